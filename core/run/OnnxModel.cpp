// SPDX-License-Identifier: MIT
#include "run/OnnxModel.h"

#include "util/InputError.h"

#if defined(ACLWB_WITH_ONNX) && !defined(ACLWB_NO_OPENCV)

#include "io/RegularFile.h"

#include <ATen/ATen.h>
#include <nlohmann/json.hpp>
#include <opencv2/core.hpp>
#include <opencv2/dnn.hpp>

#include <fstream>
#include <iterator>

#include <onnx/onnx_pb.h>

namespace aclwb {
namespace {

/// An OpenCV message on one line: they span several (which node failed, and why, come after the first).
std::string oneLine(std::string text)
{
    for (char& c : text) {
        if (c == '\n' || c == '\r') {
            c = ' ';
        }
    }
    return text.size() > 500 ? text.substr(0, 500) + "..." : text;
}

bool hasValue(const google::protobuf::RepeatedPtrField<onnx::ValueInfoProto>& values, const std::string& name)
{
    for (const onnx::ValueInfoProto& v : values) {
        if (v.name() == name) {
            return true;
        }
    }
    return false;
}

} // namespace

struct OnnxModel::Net {
    cv::dnn::Net net;
};

OnnxModel::OnnxModel() = default;
OnnxModel::~OnnxModel() = default;
OnnxModel::OnnxModel(OnnxModel&&) noexcept = default;
OnnxModel& OnnxModel::operator=(OnnxModel&&) noexcept = default;

bool onnxInferenceAvailable()
{
    return true;
}

OnnxModel OnnxModel::load(const std::string& path)
{
    requireRegularFile(path, "ONNX model");
    std::ifstream in(path, std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (!in.good() && !in.eof()) {
        throw InputError(path + ": cannot be read");
    }
    onnx::ModelProto proto;
    // Protobuf parses many byte strings without complaint, so a file counts as ONNX only with a graph and an IR
    // version.
    if (bytes.empty() || !proto.ParseFromString(bytes) || !proto.has_graph() || proto.ir_version() <= 0) {
        throw InputError(path + ": is not an ONNX model (damaged, or another format)");
    }
    OnnxModel model;
    std::string classNames;
    std::string imageShape;
    for (const onnx::StringStringEntryProto& entry : proto.metadata_props()) {
        if (entry.key() == "class_names") {
            classNames = entry.value();
        } else if (entry.key() == "image_shape") {
            imageShape = entry.value();
        } else if (entry.key() == "aclwb_config") {
            model.m_configJson = entry.value();
        }
    }
    const onnx::GraphProto& graph = proto.graph();
    if (classNames.empty() || imageShape.empty() || !hasValue(graph.input(), "images")
        || !hasValue(graph.output(), "logits")) {
        throw InputError(path
                         + ": is an ONNX model, but not one ACL Workbench exported (it needs the metadata class_names "
                           "and image_shape, an input 'images' and an output 'logits'; see docs/MODEL_FORMAT.md)");
    }
    try {
        model.m_classNames = nlohmann::json::parse(classNames).get<std::vector<std::string>>();
        model.m_imageShape = nlohmann::json::parse(imageShape).get<std::vector<int64_t>>();
    } catch (const nlohmann::json::exception&) {
        throw InputError(path + ": its metadata class_names or image_shape is not a JSON list of names or sizes");
    }
    const std::vector<int64_t>& shape = model.m_imageShape;
    if (model.m_classNames.size() < 2 || shape.size() != 3 || (shape[0] != 1 && shape[0] != 3) || shape[1] < 4
        || shape[1] > 4096 || shape[2] != shape[1]) {
        throw InputError(path + ": its metadata holds " + std::to_string(model.m_classNames.size())
                         + " class names and image_shape " + imageShape
                         + " (expected 2 or more classes and [1 or 3, side, side])");
    }
    model.m_hasEmbedding = hasValue(graph.output(), "embedding");
    model.m_net = std::make_unique<Net>();
    try {
        model.m_net->net = cv::dnn::readNetFromONNX(bytes.data(), bytes.size());
        model.m_net->net.setPreferableBackend(cv::dnn::DNN_BACKEND_OPENCV);
        model.m_net->net.setPreferableTarget(cv::dnn::DNN_TARGET_CPU);
    } catch (const cv::Exception& e) {
        throw InputError(path + ": OpenCV's DNN module cannot load it: " + oneLine(e.what()));
    }
    if (model.m_net->net.empty()) {
        throw InputError(path + ": OpenCV's DNN module loaded an empty network");
    }
    return model;
}

at::Tensor OnnxModel::logits(const at::Tensor& images) const
{
    const at::Tensor out = run(images, "logits");
    if (out.size(1) != static_cast<int64_t>(m_classNames.size())) {
        throw InputError("the ONNX model's logits have " + std::to_string(out.size(1)) + " columns for "
                         + std::to_string(m_classNames.size()) + " class names");
    }
    return out;
}

at::Tensor OnnxModel::embedding(const at::Tensor& images) const
{
    if (!m_hasEmbedding) {
        throw InputError("the ONNX model has no 'embedding' output: export it with --with-projection");
    }
    return run(images, "embedding");
}

at::Tensor OnnxModel::run(const at::Tensor& images, const std::string& output) const
{
    const std::vector<int64_t>& shape = m_imageShape;
    if (images.dim() != 4 || images.size(1) != shape[0] || images.size(2) != shape[1] || images.size(3) != shape[2]) {
        throw InputError("the ONNX model takes images of shape [N, " + std::to_string(shape[0]) + ", "
                         + std::to_string(shape[1]) + ", " + std::to_string(shape[2]) + "]");
    }
    const at::Tensor input = images.to(at::kCPU, at::kFloat).contiguous();
    const int sizes[4] = { static_cast<int>(input.size(0)), static_cast<int>(input.size(1)),
                           static_cast<int>(input.size(2)), static_cast<int>(input.size(3)) };
    const cv::Mat blob(4, sizes, CV_32F, const_cast<float*>(input.data_ptr<float>()));
    cv::Mat out;
    try {
        m_net->net.setInput(blob, "images");
        out = m_net->net.forward(output);
    } catch (const cv::Exception& e) {
        throw InputError("OpenCV's DNN module failed to run the ONNX model: " + oneLine(e.what()));
    }
    if (out.dims != 2 || out.size[0] != sizes[0]) {
        throw InputError("the ONNX model's output '" + output + "' is not [N, K] for N = " + std::to_string(sizes[0]));
    }
    return at::from_blob(out.ptr<float>(), { out.size[0], out.size[1] }, at::kFloat).to(at::kDouble).clone();
}

} // namespace aclwb

#else // no ONNX library or no OpenCV in this build

namespace aclwb {

struct OnnxModel::Net { };

OnnxModel::OnnxModel() = default;
OnnxModel::~OnnxModel() = default;
OnnxModel::OnnxModel(OnnxModel&&) noexcept = default;
OnnxModel& OnnxModel::operator=(OnnxModel&&) noexcept = default;

bool onnxInferenceAvailable()
{
    return false;
}

OnnxModel OnnxModel::load(const std::string& path)
{
    throw InputError("cannot run " + path
                     + ": this build has no ONNX inference (it needs libonnx-dev and OpenCV's DNN "
                       "module at configure time); give the run directory instead");
}

at::Tensor OnnxModel::logits(const at::Tensor&) const
{
    throw InputError("this build has no ONNX inference");
}

at::Tensor OnnxModel::embedding(const at::Tensor&) const
{
    throw InputError("this build has no ONNX inference");
}

at::Tensor OnnxModel::run(const at::Tensor&, const std::string&) const
{
    throw InputError("this build has no ONNX inference");
}

} // namespace aclwb

#endif
