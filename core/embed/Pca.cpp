// SPDX-License-Identifier: MIT
#include "embed/Pca.h"

#include "util/InputError.h"

#include <ATen/ATen.h>

namespace aclwb {

at::Tensor pcaProject(const at::Tensor& data, int64_t components)
{
    if (data.dim() != 2 || components < 1 || components > data.size(1)) {
        throw InputError("PCA: cannot take " + std::to_string(components) + " components of data with "
                         + std::to_string(data.dim() == 2 ? data.size(1) : 0) + " columns");
    }
    const at::Tensor x = data.to(at::kDouble);
    const at::Tensor centred = x - x.mean(0, /*keepdim=*/true);
    const at::Tensor covariance = centred.t().mm(centred) / std::max<int64_t>(1, x.size(0) - 1);
    const auto [values, vectors] = at::linalg_eigh(covariance);
    // eigh sorts ascending: take the last `components` columns, largest first.
    at::Tensor axes = vectors.narrow(1, vectors.size(1) - components, components).flip({ 1 });
    const at::Tensor pivot = axes.abs().argmax(0);
    const at::Tensor signs = axes.gather(0, pivot.unsqueeze(0)).sign();
    axes = axes * at::where(signs == 0, at::ones_like(signs), signs);
    return centred.mm(axes);
}

} // namespace aclwb
