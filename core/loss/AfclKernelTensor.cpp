// SPDX-License-Identifier: MIT
//
// The AFCL loss family as whole-tensor ATen operations: runs on any device (CUDA included). Same numerics as
// the fused CPU kernel (see AfclKernelCpu.cpp): max-subtracted softmax, 1 - p without cancellation at the
// row's arg-max, log(1 - p) clamped at the dtype's epsilon, and the analytic gradient.
#include "loss/AfclKernel.h"

#include <ATen/ATen.h>

#include <limits>

namespace aclwb::detail {

at::Tensor afclForwardTensorOps(const at::Tensor& gram, const at::Tensor& labels, const AfclKernelParams& params,
                                at::Tensor* gradGram)
{
    const int64_t n = gram.size(0);
    const double epsilon = gram.scalar_type() == at::kDouble ? std::numeric_limits<double>::epsilon()
                                                             : std::numeric_limits<float>::epsilon();
    const at::Tensor eye = at::eye(n, gram.options().dtype(at::kBool));
    const at::Tensor y = labels.to(gram.device(), at::kLong);
    const at::Tensor same = y.unsqueeze(1).eq(y.unsqueeze(0));
    const at::Tensor positive = same.logical_and(eye.logical_not());
    const at::Tensor negative = same.logical_not();

    const at::Tensor logits
        = (gram * params.inverseTemperature).masked_fill(eye, -std::numeric_limits<double>::infinity());
    const auto [maxLogit, argMax] = logits.max(1, /*keepdim=*/true);
    const at::Tensor isArgMax = at::zeros_like(eye).scatter_(1, argMax, true);
    const at::Tensor e = (logits - maxLogit).exp();
    const at::Tensor rest = e.masked_fill(isArgMax, 0).sum(1, /*keepdim=*/true);
    const at::Tensor sum = rest + 1;
    const at::Tensor p = e / sum;
    const at::Tensor logp = (logits - maxLogit - rest.log1p()).masked_fill(eye, 0);
    const at::Tensor q = at::where(isArgMax, rest / sum, 1 - p);
    const at::Tensor logq = q.clamp_min(epsilon).log();

    // Per-anchor weights 1 / (N * D).
    const double nd = static_cast<double>(n);
    at::Tensor wPos;
    at::Tensor wNeg;
    if (params.perAnchorNormalization) {
        const at::Tensor positives = positive.sum(1, /*keepdim=*/true).to(gram.scalar_type());
        const at::Tensor negatives = negative.sum(1, /*keepdim=*/true).to(gram.scalar_type());
        wPos = at::where(positives > 0, 1.0 / (nd * positives), at::zeros_like(positives));
        wNeg = at::where(negatives > 0, 1.0 / (nd * negatives), at::zeros_like(negatives));
    } else {
        wPos = at::full({ n, 1 }, 1.0 / (nd * nd), gram.options());
        wNeg = wPos;
    }

    const at::Tensor focal = params.gamma == 0.0 ? at::ones_like(q) : q.pow(params.gamma);
    const at::Tensor positiveTerm = at::where(positive, -focal * logp, at::zeros_like(q)).sum(1, true);
    const at::Tensor negativeTerm = at::where(negative, -logq, at::zeros_like(q)).sum(1, true);
    const at::Tensor loss = (wPos * positiveTerm + wNeg * params.eta * negativeTerm).sum();

    if (gradGram != nullptr) {
        const at::Tensor ratio = at::where(q > 0, logp / q, at::full_like(q, -1.0));
        const at::Tensor hPos = wPos * focal * (params.gamma * p * ratio - 1);
        const at::Tensor hNeg = at::where(q > epsilon, wNeg * params.eta * p / q, at::zeros_like(q));
        const at::Tensor h = at::where(positive, hPos, at::where(negative, hNeg, at::zeros_like(q)));
        *gradGram = h - p * h.sum(1, /*keepdim=*/true);
    }
    return loss;
}

} // namespace aclwb::detail
