// SPDX-License-Identifier: MIT
#include "model/ContrastiveNet.h"

#include "model/CnnSmall.h"
#include "model/ResNet18.h"
#include "util/InputError.h"

#include <torch/nn/functional/normalization.h>
#include <torch/nn/modules/activation.h>

namespace aclwb {

ContrastiveNetImpl::ContrastiveNetImpl(ContrastiveNetOptions options_)
    : options(std::move(options_))
{
    reset();
}

void ContrastiveNetImpl::reset()
{
    namespace nn = torch::nn;
    if (options.in_channels() < 1 || options.classes() < 2) {
        throw InputError("the model needs at least 1 input channel and 2 classes");
    }
    if (options.encoder() == "cnn-small") {
        encoder = nn::Sequential(CnnSmall(CnnSmallOptions(options.in_channels())));
        m_featureDim = CnnSmallImpl::kFeatures;
    } else if (options.encoder() == "resnet18") {
        encoder = nn::Sequential(ResNet18(ResNet18Options(options.in_channels())));
        m_featureDim = ResNet18Impl::kFeatures;
    } else {
        throw InputError("invalid parameter encoder = " + options.encoder() + ": expected cnn-small or resnet18");
    }
    register_module("encoder", encoder);
    head = register_module("head",
                           nn::Sequential(nn::Linear(m_featureDim, m_featureDim), nn::ReLU(),
                                          nn::Linear(m_featureDim, options.projection_dim())));
    classifier = register_module("classifier", nn::Linear(m_featureDim, options.classes()));
}

torch::Tensor ContrastiveNetImpl::features(const torch::Tensor& images)
{
    return encoder->forward(images);
}

torch::Tensor ContrastiveNetImpl::project(const torch::Tensor& features)
{
    return torch::nn::functional::normalize(head->forward(features),
                                            torch::nn::functional::NormalizeFuncOptions().dim(1));
}

torch::Tensor ContrastiveNetImpl::classify(const torch::Tensor& features)
{
    return classifier->forward(features);
}

torch::Tensor ContrastiveNetImpl::forward(const torch::Tensor& images)
{
    return classify(features(images));
}

} // namespace aclwb
