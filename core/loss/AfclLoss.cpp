// SPDX-License-Identifier: MIT
#include "loss/AfclLoss.h"

#include "loss/AfclFunctional.h"
#include "loss/LossVariant.h"

#include <ostream>

namespace aclwb {

AfclLossImpl::AfclLossImpl(AfclLossOptions options_)
    : options(std::move(options_))
{
    reset();
}

void AfclLossImpl::reset()
{
    validate(options);
}

void AfclLossImpl::pretty_print(std::ostream& stream) const
{
    stream << "aclwb::AfclLoss(variant=" << toString(classifyVariant(options.gamma(), options.eta()))
           << ", gamma=" << options.gamma() << ", eta=" << options.eta() << ", temperature=" << options.temperature()
           << ", normalization=" << toString(options.normalization()) << ")";
}

torch::Tensor AfclLossImpl::forward(const torch::Tensor& features, const torch::Tensor& labels)
{
    return functional::afclLoss(features, labels, options);
}

} // namespace aclwb
