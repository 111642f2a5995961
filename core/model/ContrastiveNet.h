// SPDX-License-Identifier: MIT
#pragma once

#include <torch/nn/cloneable.h>
#include <torch/nn/modules/container/any.h>
#include <torch/nn/modules/container/sequential.h>
#include <torch/nn/modules/linear.h>
#include <torch/nn/pimpl.h>

#include <string>

namespace aclwb {

/// Options of the two-stage model.
///
///   ContrastiveNet net(ContrastiveNetOptions("cnn-small", /*in_channels=*/1, /*classes=*/2));
struct ContrastiveNetOptions {
    ContrastiveNetOptions(std::string encoder, int64_t in_channels, int64_t classes)
        : encoder_(std::move(encoder))
        , in_channels_(in_channels)
        , classes_(classes)
    { }
    /// "cnn-small" (128-d features) or "resnet18" (512-d).
    TORCH_ARG(std::string, encoder);
    TORCH_ARG(int64_t, in_channels);
    TORCH_ARG(int64_t, classes);
    /// Output size of the projection head (the contrastive embedding).
    TORCH_ARG(int64_t, projection_dim) = 128;
};

/// Encoder + projection head (Linear(F,F) -> ReLU -> Linear(F,128), L2-normalised, as in the authors' model) +
/// linear classifier. Stage 1 trains encoder and head with the contrastive loss; stage 2 freezes the encoder and
/// trains the classifier. Parameter names: encoder.*, head.*, classifier.* (PyTorch style, for model.pt).
class ContrastiveNetImpl : public torch::nn::Cloneable<ContrastiveNetImpl> {
public:
    explicit ContrastiveNetImpl(ContrastiveNetOptions options);
    void reset() override;

    torch::Tensor features(const torch::Tensor& images);
    torch::Tensor project(const torch::Tensor& features);
    torch::Tensor classify(const torch::Tensor& features);
    /// images -> class logits.
    torch::Tensor forward(const torch::Tensor& images);

    int64_t featureDim() const { return m_featureDim; }

    ContrastiveNetOptions options;
    torch::nn::Sequential encoder { nullptr };
    torch::nn::Sequential head { nullptr };
    torch::nn::Linear classifier { nullptr };

private:
    int64_t m_featureDim = 0;
};
TORCH_MODULE(ContrastiveNet);

} // namespace aclwb
