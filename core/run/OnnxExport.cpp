// SPDX-License-Identifier: MIT
#include "run/OnnxExport.h"

#include "util/InputError.h"

#ifdef ACLWB_WITH_ONNX

#include "aclwb/Version.h"
#include "io/AtomicFile.h"
#include "model/CnnSmall.h"
#include "model/ResNet18.h"
#include "run/RunModel.h"
#include "train/ConfigSchema.h"

#include <nlohmann/json.hpp>
#include <torch/nn/modules/activation.h>
#include <torch/nn/modules/batchnorm.h>
#include <torch/nn/modules/conv.h>
#include <torch/nn/modules/linear.h>
#include <torch/nn/modules/pooling.h>
#include <torch/torch.h>

#include <cmath>
#include <initializer_list>
#include <vector>

#include <onnx/checker.h>
#include <onnx/onnx_pb.h>

namespace aclwb {
namespace {

/// A convolution's padding as its reset() resolved it, [w_begin, w_end, h_begin, h_end]. Read from the protected member
/// (through a derived class's member pointer) rather than the options' variant, whose type differs between LibTorch
/// versions (c10::variant in 1.13, std::variant later).
struct ResolvedPadding : torch::nn::Conv2dImpl {
    static const std::vector<int64_t>& of(const torch::nn::Conv2dImpl& conv)
    {
        return conv.*(&ResolvedPadding::_reversed_padding_repeated_twice);
    }
};

/// Appends nodes and initializers to one graph, naming every value uniquely.
class GraphBuilder {
public:
    explicit GraphBuilder(onnx::GraphProto* graph)
        : m_graph(graph)
    { }

    /// A float32 initializer holding `t` (copied, contiguous, on the CPU).
    std::string constant(const std::string& hint, const at::Tensor& t)
    {
        const at::Tensor c = t.detach().to(at::kCPU, at::kFloat).contiguous();
        onnx::TensorProto* proto = m_graph->add_initializer();
        const std::string name = unique(hint);
        proto->set_name(name);
        proto->set_data_type(onnx::TensorProto::FLOAT);
        for (int64_t d : c.sizes()) {
            proto->add_dims(d);
        }
        proto->set_raw_data(std::string(reinterpret_cast<const char*>(c.data_ptr<float>()),
                                        static_cast<size_t>(c.numel()) * sizeof(float)));
        return name;
    }

    /// One node; returns its (single) output's name. Attributes are added by the caller through `attributes`.
    onnx::NodeProto* node(const std::string& op, std::initializer_list<std::string> inputs, std::string* output,
                          const std::string& outputName = {})
    {
        onnx::NodeProto* n = m_graph->add_node();
        n->set_op_type(op);
        n->set_name(unique(op));
        for (const std::string& in : inputs) {
            n->add_input(in);
        }
        *output = outputName.empty() ? unique(op + "_out") : outputName;
        n->add_output(*output);
        return n;
    }

    static void ints(onnx::NodeProto* n, const std::string& name, std::initializer_list<int64_t> values)
    {
        onnx::AttributeProto* a = n->add_attribute();
        a->set_name(name);
        a->set_type(onnx::AttributeProto::INTS);
        for (int64_t v : values) {
            a->add_ints(v);
        }
    }

    static void integer(onnx::NodeProto* n, const std::string& name, int64_t value)
    {
        onnx::AttributeProto* a = n->add_attribute();
        a->set_name(name);
        a->set_type(onnx::AttributeProto::INT);
        a->set_i(value);
    }

    std::string unary(const std::string& op, const std::string& x, const std::string& outputName = {})
    {
        std::string y;
        node(op, { x }, &y, outputName);
        return y;
    }

    /// Conv followed by BatchNorm, folded into one Conv for inference: W' = W s, b' = beta - mean s (+ b s), with
    /// s = gamma / sqrt(var + eps) per output channel.
    std::string convBn(const std::string& x, torch::nn::Conv2dImpl& conv, torch::nn::BatchNorm2dImpl& bn)
    {
        torch::NoGradGuard noGrad;
        const at::Tensor scale = bn.weight / torch::sqrt(bn.running_var + bn.options.eps());
        const at::Tensor weight = conv.weight * scale.view({ -1, 1, 1, 1 });
        at::Tensor bias = bn.bias - bn.running_mean * scale;
        if (conv.bias.defined()) {
            bias = bias + conv.bias * scale;
        }
        const auto& k = conv.options.kernel_size();
        const auto& s = conv.options.stride();
        const std::vector<int64_t>& p = ResolvedPadding::of(conv);
        if (torch::enumtype::get_enum_name(conv.options.padding_mode()) != "kZeros" || p.size() != 4
            || (*conv.options.dilation())[0] != 1 || (*conv.options.dilation())[1] != 1 || conv.options.groups() != 1) {
            throw std::logic_error("ONNX export: a convolution with padding mode, dilation or groups not exported");
        }
        std::string y;
        onnx::NodeProto* n = node("Conv", { x, constant("conv_w", weight), constant("conv_b", bias) }, &y);
        ints(n, "kernel_shape", { (*k)[0], (*k)[1] });
        ints(n, "strides", { (*s)[0], (*s)[1] });
        ints(n, "pads", { p[2], p[0], p[3], p[1] });
        return y;
    }

    std::string linear(const std::string& x, torch::nn::LinearImpl& l, const std::string& outputName = {})
    {
        std::string y;
        onnx::NodeProto* n = node("Gemm", { x, constant("fc_w", l.weight), constant("fc_b", l.bias) }, &y, outputName);
        integer(n, "transB", 1);
        return y;
    }

    std::string add(const std::string& a, const std::string& b)
    {
        std::string y;
        node("Add", { a, b }, &y);
        return y;
    }

private:
    std::string unique(const std::string& hint) { return hint + "_" + std::to_string(m_next++); }

    onnx::GraphProto* m_graph;
    int m_next = 0;
};

template <class T>
T* as(const std::shared_ptr<torch::nn::Module>& m)
{
    return dynamic_cast<T*>(m.get());
}

std::string exportCnnSmall(GraphBuilder& g, CnnSmallImpl& net, std::string x)
{
    const std::vector<std::shared_ptr<torch::nn::Module>> layers = net.layers->children();
    for (size_t k = 0; k < layers.size(); ++k) {
        if (auto* conv = as<torch::nn::Conv2dImpl>(layers[k])) {
            auto* bn = k + 1 < layers.size() ? as<torch::nn::BatchNorm2dImpl>(layers[k + 1]) : nullptr;
            if (bn == nullptr) {
                throw std::logic_error("ONNX export: cnn-small's convolution without its batch norm");
            }
            x = g.convBn(x, *conv, *bn);
            ++k;
        } else if (as<torch::nn::ReLUImpl>(layers[k]) != nullptr) {
            x = g.unary("Relu", x);
        } else if (auto* pool = as<torch::nn::MaxPool2dImpl>(layers[k])) {
            const auto& kernel = pool->options.kernel_size();
            const auto& stride = pool->options.stride();
            std::string y;
            onnx::NodeProto* n = g.node("MaxPool", { x }, &y);
            GraphBuilder::ints(n, "kernel_shape", { (*kernel)[0], (*kernel)[1] });
            GraphBuilder::ints(n, "strides", { (*stride)[0], (*stride)[1] });
            x = y;
        } else if (as<torch::nn::AdaptiveAvgPool2dImpl>(layers[k]) != nullptr) {
            x = g.unary("GlobalAveragePool", x);
        } else if (as<torch::nn::FlattenImpl>(layers[k]) != nullptr) {
            x = g.unary("Flatten", x);
        } else {
            throw std::logic_error("ONNX export: cnn-small holds a layer the exporter does not know");
        }
    }
    return x;
}

std::string exportBasicBlock(GraphBuilder& g, BasicBlockImpl& b, const std::string& x)
{
    std::string y = g.unary("Relu", g.convBn(x, *b.conv1, *b.bn1));
    y = g.convBn(y, *b.conv2, *b.bn2);
    std::string shortcut = x;
    if (!b.shortcut->is_empty()) {
        const auto parts = b.shortcut->children();
        shortcut = g.convBn(x, *as<torch::nn::Conv2dImpl>(parts.at(0)), *as<torch::nn::BatchNorm2dImpl>(parts.at(1)));
    }
    return g.unary("Relu", g.add(y, shortcut));
}

std::string exportResNet18(GraphBuilder& g, ResNet18Impl& net, const std::string& input)
{
    std::string x = g.unary("Relu", g.convBn(input, *net.conv1, *net.bn1));
    for (const torch::nn::Sequential& stage : { net.layer1, net.layer2, net.layer3, net.layer4 }) {
        for (const auto& block : stage->children()) {
            x = exportBasicBlock(g, *as<BasicBlockImpl>(block), x);
        }
    }
    return g.unary("Flatten", g.unary("GlobalAveragePool", x));
}

void valueInfo(onnx::ValueInfoProto* v, const std::string& name, const std::vector<int64_t>& fixedDims)
{
    v->set_name(name);
    onnx::TypeProto_Tensor* t = v->mutable_type()->mutable_tensor_type();
    t->set_elem_type(onnx::TensorProto::FLOAT);
    onnx::TensorShapeProto* shape = t->mutable_shape();
    shape->add_dim()->set_dim_param("batch");
    for (int64_t d : fixedDims) {
        shape->add_dim()->set_dim_value(d);
    }
}

void metadata(onnx::ModelProto& m, const std::string& key, const std::string& value)
{
    onnx::StringStringEntryProto* e = m.add_metadata_props();
    e->set_key(key);
    e->set_value(value);
}

} // namespace

bool onnxExportAvailable()
{
    return true;
}

void exportOnnx(const RunModel& run, const std::string& path, const OnnxExportOptions& options)
{
    ContrastiveNetImpl& net = *run.model.ptr(); // read only: the export copies weights
    if (run.imageShape.size() != 3) {
        throw InputError("ONNX export: the run's image shape is unknown (results.json image_shape)");
    }
    onnx::ModelProto model;
    model.set_ir_version(7);
    model.set_producer_name("aclwb");
    model.set_producer_version(kVersion);
    model.set_doc_string("ACL Workbench model (" + net.options.encoder()
                         + "): images float32 [batch, C, H, W] with pixel values 0..255 -> logits [batch, classes]");
    onnx::OperatorSetIdProto* opset = model.add_opset_import();
    opset->set_domain("");
    opset->set_version(11);
    onnx::GraphProto* graph = model.mutable_graph();
    graph->set_name("aclwb_" + net.options.encoder());
    GraphBuilder g(graph);

    valueInfo(graph->add_input(), "images", run.imageShape);
    // The network saw uint8 / 255: the graph does the division, so callers pass pixel values as stored.
    std::string x;
    g.node("Mul", { "images", g.constant("inv255", torch::full({ 1 }, 1.0 / 255.0)) }, &x);
    const auto encoderParts = net.encoder->children();
    if (auto* cnn = as<CnnSmallImpl>(encoderParts.at(0))) {
        x = exportCnnSmall(g, *cnn, x);
    } else if (auto* resnet = as<ResNet18Impl>(encoderParts.at(0))) {
        x = exportResNet18(g, *resnet, x);
    } else {
        throw std::logic_error("ONNX export: unknown encoder " + net.options.encoder());
    }
    const std::string features = x;
    g.linear(features, *net.classifier, "logits");
    valueInfo(graph->add_output(), "logits", { net.options.classes() });
    if (options.withProjection) {
        const auto headParts = net.head->children();
        std::string h = g.unary("Relu", g.linear(features, *as<torch::nn::LinearImpl>(headParts.at(0))));
        h = g.linear(h, *as<torch::nn::LinearImpl>(headParts.at(2)));
        // h / ||h||_2 as ReduceL2 and Div: OpenCV 4.6's DNN module has no LpNormalization. (No epsilon: the head's
        // output is never exactly zero in practice, and LibTorch's max(||h||, 1e-12) differs only there.)
        std::string norm;
        onnx::NodeProto* reduce = g.node("ReduceL2", { h }, &norm);
        GraphBuilder::ints(reduce, "axes", { 1 });
        GraphBuilder::integer(reduce, "keepdims", 1);
        std::string embedding;
        g.node("Div", { h, norm }, &embedding, "embedding");
        valueInfo(graph->add_output(), "embedding", { net.options.projection_dim() });
    }

    metadata(model, "class_names", nlohmann::json(run.classNames).dump());
    metadata(model, "image_shape", nlohmann::json(run.imageShape).dump());
    metadata(model, "input",
             "images: float32 [batch, C, H, W], pixel values 0..255 (the graph divides by 255), "
             "RGB channel order for 3-channel models, H x W as image_shape");
    metadata(model, "outputs",
             options.withProjection ? "logits [batch, classes]; embedding [batch, 128], L2-normalised"
                                    : "logits [batch, classes]");
    metadata(model, "aclwb_config", nlohmann::json(run.config).dump());
    metadata(model, "aclwb_version", kVersion);

    try {
        onnx::checker::check_model(model);
    } catch (const std::exception& e) {
        throw std::runtime_error(std::string("ONNX export: the graph fails onnx's checker: ") + e.what());
    }
    std::string bytes;
    if (!model.SerializeToString(&bytes)) {
        throw std::runtime_error("ONNX export: the model cannot be serialised");
    }
    writeFileAtomically(path, bytes);
}

} // namespace aclwb

#else // no ONNX library in this build

namespace aclwb {

bool onnxExportAvailable()
{
    return false;
}

void exportOnnx(const RunModel&, const std::string& path, const OnnxExportOptions&)
{
    throw InputError("cannot write " + path
                     + ": this build has no ONNX support (install libonnx-dev and configure "
                       "again); --format state-dict exports the weights");
}

} // namespace aclwb

#endif
