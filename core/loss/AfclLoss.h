// SPDX-License-Identifier: MIT
#pragma once

#include "loss/AfclLossOptions.h"

#include <torch/nn/cloneable.h>
#include <torch/nn/pimpl.h>

namespace aclwb {

/// The AFCL loss family as a module, for code that composes criteria as modules (its options print with it). The
/// Trainer calls functional::afclLoss directly, with options built from the run config.
///
///   AfclLoss criterion(AfclLossOptions().gamma(2).eta(10).temperature(0.1));
///   auto loss = criterion(projections, labels);
class AfclLossImpl : public torch::nn::Cloneable<AfclLossImpl> {
public:
    explicit AfclLossImpl(AfclLossOptions options = {});

    void reset() override;
    void pretty_print(std::ostream& stream) const override;

    /// `features`: N x d (normalised inside unless options.normalize_input(false)); `labels`: N integers.
    torch::Tensor forward(const torch::Tensor& features, const torch::Tensor& labels);

    AfclLossOptions options;
};

TORCH_MODULE(AfclLoss);

} // namespace aclwb
