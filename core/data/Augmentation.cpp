// SPDX-License-Identifier: MIT
#include "data/Augmentation.h"

#include "util/InputError.h"

#include <ATen/ATen.h>

namespace aclwb {

Augmentation::Augmentation(AugmentationOptions options)
    : m_options(options)
{
    if (m_options.crop_padding() < 0) {
        throw InputError("invalid parameter crop-padding = " + std::to_string(m_options.crop_padding())
                         + ": must be >= 0");
    }
    if (!(m_options.brightness() >= 0.0 && m_options.brightness() <= 1.0)
        || !(m_options.contrast() >= 0.0 && m_options.contrast() <= 1.0)) {
        throw InputError("invalid parameters brightness/contrast: each must be in [0, 1]");
    }
}

at::Tensor Augmentation::apply(const at::Tensor& batch, at::Generator& generator) const
{
    TORCH_CHECK(batch.dim() == 4, "Augmentation::apply expects [B, C, H, W]");
    const int64_t b = batch.size(0);
    const int64_t h = batch.size(2);
    const int64_t w = batch.size(3);
    const auto cpuLong = at::TensorOptions().dtype(at::kLong);
    at::Tensor out = batch;
    if (const int64_t pad = m_options.crop_padding(); pad > 0) {
        const at::Tensor padded = at::constant_pad_nd(batch, { pad, pad, pad, pad }, 0.0);
        const at::Tensor offsets = at::randint(0, 2 * pad + 1, { b, 2 }, generator, cpuLong);
        const int64_t* o = offsets.data_ptr<int64_t>();
        out = at::empty_like(batch);
        for (int64_t i = 0; i < b; ++i) {
            out[i].copy_(padded[i].narrow(1, o[2 * i], h).narrow(2, o[2 * i + 1], w));
        }
    }
    if (m_options.horizontal_flip()) {
        const at::Tensor flip = (at::rand({ b }, generator, at::kFloat) < 0.5).to(batch.device()).view({ b, 1, 1, 1 });
        out = at::where(flip, out.flip({ 3 }), out);
    }
    if (m_options.brightness() > 0.0 || m_options.contrast() > 0.0) {
        const at::Tensor u = at::rand({ b, 2 }, generator, at::kFloat).to(batch.device(), batch.scalar_type());
        const at::Tensor shift = (u.select(1, 0) * 2 - 1).mul(m_options.brightness()).view({ b, 1, 1, 1 });
        const at::Tensor scale = ((u.select(1, 1) * 2 - 1).mul(m_options.contrast()) + 1).view({ b, 1, 1, 1 });
        const at::Tensor mean = out.mean({ 1, 2, 3 }, /*keepdim=*/true);
        out = ((out - mean) * scale + mean + shift).clamp(0.0, 1.0);
    }
    return out;
}

at::Tensor Augmentation::twoViews(const at::Tensor& batch, at::Generator& generator) const
{
    return at::cat({ apply(batch, generator), apply(batch, generator) });
}

} // namespace aclwb
