// SPDX-License-Identifier: MIT
#include "loss/AfclFunctional.h"

#include "loss/AfclKernel.h"
#include "util/InputError.h"

#include <torch/torch.h>

#include <string>

namespace aclwb::functional {
namespace {

using torch::autograd::AutogradContext;
using torch::autograd::variable_list;

/// Forward computes the loss and, when a gradient will be wanted, (G + G^T) Z with G = dLoss/dS in the same
/// sweep, so the backward is a scaling. Inputs are already validated and normalised.
class AfclFunction : public torch::autograd::Function<AfclFunction> {
public:
    static torch::Tensor forward(AutogradContext* ctx, const torch::Tensor& z, const torch::Tensor& labels,
                                 double gamma, double eta, double temperature, bool perAnchor, int64_t backend)
    {
        detail::AfclKernelParams params;
        params.gamma = gamma;
        params.eta = eta;
        params.inverseTemperature = 1.0 / temperature;
        params.perAnchorNormalization = perAnchor;
        params.computeGradient = z.requires_grad();

        const auto choice = static_cast<LossBackend>(backend);
        const bool fused = choice == LossBackend::FusedCpu || (choice == LossBackend::Auto && z.device().is_cpu());
        torch::Tensor loss;
        torch::Tensor direction; // (G + G^T) Z, dLoss/dZ up to the factor 1/tau
        if (fused) {
            TORCH_CHECK(z.device().is_cpu(), "the fused AFCL kernel runs on the CPU only");
            loss = detail::afclForwardFusedCpu(z.contiguous(), labels, params,
                                               params.computeGradient ? &direction : nullptr);
        } else {
            torch::Tensor gradGram;
            loss = detail::afclForwardTensorOps(torch::mm(z, z.t()), labels, params,
                                                params.computeGradient ? &gradGram : nullptr);
            if (params.computeGradient) {
                direction = torch::addmm(torch::mm(gradGram, z), gradGram.t(), z);
            }
        }
        if (params.computeGradient) {
            ctx->save_for_backward({ direction });
            ctx->saved_data["inverse_temperature"] = params.inverseTemperature;
        }
        return loss;
    }

    static variable_list backward(AutogradContext* ctx, variable_list gradOutputs)
    {
        const auto saved = ctx->get_saved_variables();
        const double inverseTemperature = ctx->saved_data["inverse_temperature"].toDouble();
        // dLoss/dZ = (G + G^T) Z / tau, formed in the forward pass (G already includes the 1/N averaging).
        torch::Tensor gradZ = saved[0] * (gradOutputs[0] * inverseTemperature);
        return { gradZ,           torch::Tensor(), torch::Tensor(), torch::Tensor(),
                 torch::Tensor(), torch::Tensor(), torch::Tensor() };
    }
};

void validateInputs(const torch::Tensor& features, const torch::Tensor& labels)
{
    if (!features.defined() || features.dim() != 2) {
        throw InputError("features must be a 2-D tensor (N x d), got "
                         + (features.defined() ? std::to_string(features.dim()) + " dimensions" : "none"));
    }
    if (features.scalar_type() != torch::kFloat && features.scalar_type() != torch::kDouble) {
        throw InputError(std::string("features must be float32 or float64, got ")
                         + c10::toString(features.scalar_type()));
    }
    const int64_t n = features.size(0);
    if (n < 2) {
        throw InputError("features must have at least 2 rows (a contrastive loss needs pairs), got "
                         + std::to_string(n));
    }
    if (features.size(1) < 1) {
        throw InputError("features must have at least 1 column");
    }
    if (!labels.defined() || labels.dim() != 1 || labels.size(0) != n) {
        throw InputError("labels must be a 1-D tensor with one entry per feature row (" + std::to_string(n)
                         + "), got shape " + (labels.defined() ? c10::str(labels.sizes()) : std::string("none")));
    }
    if (torch::isFloatingType(labels.scalar_type()) || labels.scalar_type() == torch::kBool) {
        throw InputError(std::string("labels must be integers, got ") + c10::toString(labels.scalar_type()));
    }
    if (labels.device() != features.device()) {
        throw InputError("labels and features must be on the same device");
    }
    if (!torch::isfinite(features).all().item<bool>()) {
        const auto bad = torch::isfinite(features).logical_not().any(1).nonzero();
        throw InputError("features contain NaN or infinite values (first in row "
                         + std::to_string(bad[0].item<int64_t>()) + ", counting from 0)");
    }
}

} // namespace

at::Tensor afclLoss(const at::Tensor& features, const at::Tensor& labels, const AfclLossOptions& options)
{
    validate(options);
    validateInputs(features, labels);
    torch::Tensor z = features.contiguous();
    if (options.normalize_input()) {
        // x / max|x| first: the norm of 1e20 in float32 would overflow and that of 1e-30 underflow. The scale is
        // held constant for autograd; x/||x|| does not depend on it, so the gradient is still exact.
        const torch::Tensor scale = features.detach().abs().amax(1, /*keepdim=*/true);
        const torch::Tensor zeroRows = (scale == 0).squeeze(1);
        if (zeroRows.any().item<bool>()) {
            throw InputError("features row " + std::to_string(zeroRows.nonzero()[0][0].item<int64_t>())
                             + " is all zeros: it has no direction to normalise");
        }
        z = torch::nn::functional::normalize(features / scale, torch::nn::functional::NormalizeFuncOptions().dim(1));
    }
    return AfclFunction::apply(z, labels, options.gamma(), options.eta(), options.temperature(),
                               options.normalization() == LossNormalization::Positives,
                               static_cast<int64_t>(options.backend()));
}

} // namespace aclwb::functional
