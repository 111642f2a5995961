// SPDX-License-Identifier: MIT
//
// The fused CPU kernel of the AFCL loss family. For each anchor row i of S = Z Z^T / tau it computes, in a
// handful of vectorised sweeps over that row (kept in cache), the softmax over j != i, the positive and
// negative terms, and dLoss/dS_ij = H_ij - p_ij * sum_k H_ik with H_ij = p_ij * dLoss/dp_ij, writing the
// gradient over the row in place. The only O(N^2 d) work left is the two matrix products around it.
//
// Numerics: the row maximum is subtracted before exp; 1 - p_ij is exact for every j but the arg-max a
// (there p_ij <= 1/2) and computed as sum_{k != a} e_k / sum_k e_k at a, so log(1 - p) and the focal
// factor (1 - p)^gamma never suffer cancellation; log(1 - p) is clamped at the dtype's epsilon (the
// documented guard: only reachable at a, e.g. N = 2 with two classes), with zero gradient where it clamps.
#include "loss/AfclKernel.h"

#include <ATen/ATen.h>
#include <ATen/Dispatch.h>
#include <ATen/Parallel.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <vector>

#if defined(__GNUC__) && !defined(__clang__) && defined(__x86_64__) && defined(__GLIBC__)
// glibc's libmvec provides SSE/AVX2 versions of these; declaring them SIMD lets GCC vectorise our loops
// (math-vector.h only does so under -ffast-math, which we avoid: the kernel relies on IEEE inf semantics).
extern "C" {
float expf(float) noexcept __attribute__((simd("notinbranch")));
float logf(float) noexcept __attribute__((simd("notinbranch")));
double exp(double) noexcept __attribute__((simd("notinbranch")));
double log(double) noexcept __attribute__((simd("notinbranch")));
}
#define ACLWB_MULTIVERSION __attribute__((target_clones("avx2", "default")))
#define ACLWB_INLINE inline __attribute__((always_inline))
#else
#define ACLWB_MULTIVERSION
#define ACLWB_INLINE inline
#endif

namespace aclwb::detail {
namespace {

template <typename T>
struct RowArgs {
    int64_t n = 0;
    int64_t anchor = 0;
    T* row = nullptr;          // in: Z_i . Z_j (Gram row); out: dLoss/dS_ij
    const T* labels = nullptr; // dense class ids as T, so comparisons vectorise with the data
    T* scratch = nullptr;      // n elements
    T gamma = 0;
    T eta = 0;
    T inverseTemperature = 1;
    T positiveWeight = 0; // 1 / (N * D_pos) for this anchor
    T negativeWeight = 0; // 1 / (N * D_neg) for this anchor
};

/// Loss terms and H over the columns [begin, end), which never include the anchor or the row's arg-max.
/// (1 - p)^gamma: by multiplication for gamma = 1 and 2 (the common choices; one exp saved per pair), through
/// exp(gamma log q) otherwise. kFocal: 0 no focal term, 1 and 2 those integers, 3 any other gamma.
template <typename T, int kFocal>
ACLWB_INLINE T focalFactor(T q, T logq, T gamma)
{
    if constexpr (kFocal == 0) {
        return T(1);
    } else if constexpr (kFocal == 1) {
        return q;
    } else if constexpr (kFocal == 2) {
        return q * q;
    } else {
        return std::exp(gamma * logq);
    }
}

template <typename T, int kFocal, bool kAsymmetric>
ACLWB_INLINE void sweepSegment(const RowArgs<T>& a, int64_t begin, int64_t end, T maxLogit, T logSum, T invSum,
                               T& positiveSum, T& negativeSum, T& hSum)
{
    T* __restrict row = a.row;
    const T* __restrict e = a.scratch;
    const T* __restrict y = a.labels;
    const T yi = y[a.anchor];
    const T gamma = a.gamma;
    const T wPos = a.positiveWeight;
    const T wNegEta = a.negativeWeight * a.eta;
    T lp = 0;
    T ln = 0;
    T hs = 0;
#pragma omp simd reduction(+ : lp, ln, hs)
    for (int64_t j = begin; j < end; ++j) {
        const T logp = row[j] - maxLogit - logSum;
        const T p = e[j] * invSum;
        const T q = T(1) - p; // >= 1/2 off the arg-max: no cancellation, no clamp needed
        const T invQ = T(1) / q;
        const bool positive = y[j] == yi;
        T lq = 0;
        if constexpr (kFocal != 0 || kAsymmetric) {
            lq = std::log(q);
        }
        const T qg = focalFactor<T, kFocal>(q, lq, gamma);
        const T hPos = wPos * qg * (gamma * p * logp * invQ - T(1));
        const T hNeg = kAsymmetric ? wNegEta * p * invQ : T(0);
        lp += positive ? -qg * logp : T(0);
        ln += positive ? T(0) : -lq;
        const T h = positive ? hPos : hNeg;
        hs += h;
        row[j] = h;
    }
    positiveSum += lp;
    negativeSum += ln;
    hSum += hs;
}

template <typename T, int kFocal, bool kAsymmetric>
ACLWB_INLINE double afclRow(const RowArgs<T>& a)
{
    const int64_t n = a.n;
    const int64_t i = a.anchor;
    T* __restrict row = a.row;
    T* __restrict e = a.scratch;
    const T* __restrict y = a.labels;
    constexpr T kLowest = std::numeric_limits<T>::lowest();
    constexpr T kEpsilon = std::numeric_limits<T>::epsilon();
    const T invTau = a.inverseTemperature;

    // Sweep 1: logits s_ij = z_i.z_j / tau and their maximum over j != i.
    row[i] = kLowest;
    T maxLogit = -std::numeric_limits<T>::infinity();
#pragma omp simd reduction(max : maxLogit)
    for (int64_t j = 0; j < n; ++j) {
        const T s = row[j] * invTau;
        row[j] = s;
        maxLogit = s > maxLogit ? s : maxLogit;
    }
    int64_t argMax = 0;
    while (argMax < n && (argMax == i || row[argMax] != maxLogit)) {
        ++argMax;
    }
    // Sweep 2: e_j = exp(s_j - max); `rest` sums all but the arg-max (whose e is exactly 1).
#pragma omp simd
    for (int64_t j = 0; j < n; ++j) {
        e[j] = std::exp(row[j] - maxLogit);
    }
    e[i] = 0;
    e[argMax] = 0;
    T rest = 0;
#pragma omp simd reduction(+ : rest)
    for (int64_t j = 0; j < n; ++j) {
        rest += e[j];
    }
    e[argMax] = 1;
    const T sum = T(1) + rest;
    const T invSum = T(1) / sum;
    const T logSum = std::log1p(rest);

    // Sweep 3: loss terms and H_ij, skipping the anchor and the arg-max.
    T positiveSum = 0;
    T negativeSum = 0;
    T hSum = 0;
    const int64_t lo = std::min(i, argMax);
    const int64_t hi = std::max(i, argMax);
    sweepSegment<T, kFocal, kAsymmetric>(a, 0, lo, maxLogit, logSum, invSum, positiveSum, negativeSum, hSum);
    sweepSegment<T, kFocal, kAsymmetric>(a, lo + 1, hi, maxLogit, logSum, invSum, positiveSum, negativeSum, hSum);
    sweepSegment<T, kFocal, kAsymmetric>(a, hi + 1, n, maxLogit, logSum, invSum, positiveSum, negativeSum, hSum);

    // The arg-max column, with 1 - p computed without cancellation.
    {
        const T p = invSum;
        const T q = rest * invSum;
        const T logp = -logSum;
        T h = 0;
        if (y[argMax] == y[i]) {
            const T qg = kFocal != 0 ? (q > 0 ? std::pow(q, a.gamma) : T(0)) : T(1);
            const T r = q > 0 ? logp / q : T(-1); // lim_{q->0} log(1-q)/q = -1
            positiveSum += -qg * logp;
            h = a.positiveWeight * qg * (a.gamma * p * r - T(1));
        } else {
            negativeSum += -std::log(std::max(q, kEpsilon));
            h = (kAsymmetric && q > kEpsilon) ? a.negativeWeight * a.eta * p / q : T(0);
        }
        row[argMax] = h;
        hSum += h;
    }
    row[i] = 0;

    // Sweep 4: dLoss/ds_ij = H_ij - p_ij * sum_k H_ik (e_i = 0 keeps the diagonal at 0).
    const T scale = invSum * hSum;
#pragma omp simd
    for (int64_t j = 0; j < n; ++j) {
        row[j] -= e[j] * scale;
    }
    return static_cast<double>(a.positiveWeight) * positiveSum
        + static_cast<double>(a.negativeWeight) * static_cast<double>(a.eta) * negativeSum;
}

template <typename T>
ACLWB_INLINE double afclRowDispatch(const RowArgs<T>& a)
{
    const bool asymmetric = a.eta != T(0);
    if (a.gamma == T(0)) {
        return asymmetric ? afclRow<T, 0, true>(a) : afclRow<T, 0, false>(a);
    }
    if (a.gamma == T(1)) {
        return asymmetric ? afclRow<T, 1, true>(a) : afclRow<T, 1, false>(a);
    }
    if (a.gamma == T(2)) {
        return asymmetric ? afclRow<T, 2, true>(a) : afclRow<T, 2, false>(a);
    }
    return asymmetric ? afclRow<T, 3, true>(a) : afclRow<T, 3, false>(a);
}

ACLWB_MULTIVERSION double afclRowFloat(const RowArgs<float>& a)
{
    return afclRowDispatch<float>(a);
}

ACLWB_MULTIVERSION double afclRowDouble(const RowArgs<double>& a)
{
    return afclRowDispatch<double>(a);
}

double afclRowTyped(const RowArgs<float>& a)
{
    return afclRowFloat(a);
}

double afclRowTyped(const RowArgs<double>& a)
{
    return afclRowDouble(a);
}

} // namespace

at::Tensor afclForwardFusedCpu(const at::Tensor& z, const at::Tensor& labels, const AfclKernelParams& params,
                               at::Tensor* gradientTimesZ)
{
    TORCH_CHECK(z.device().is_cpu() && z.is_contiguous() && z.dim() == 2,
                "afclForwardFusedCpu: z must be a contiguous CPU matrix");
    const int64_t n = z.size(0);
    const at::Tensor labelsCpu = labels.to(at::kCPU, at::kLong).contiguous();
    const int64_t* rawLabels = labelsCpu.data_ptr<int64_t>();

    // Dense class ids and class sizes: |P(i)| = size(y_i) - 1, |N(i)| = N - size(y_i).
    std::map<int64_t, int64_t> ids;
    for (int64_t j = 0; j < n; ++j) {
        ids.emplace(rawLabels[j], static_cast<int64_t>(ids.size()));
    }
    std::vector<int64_t> dense(static_cast<size_t>(n));
    std::vector<int64_t> classSize(ids.size(), 0);
    for (int64_t j = 0; j < n; ++j) {
        dense[static_cast<size_t>(j)] = ids[rawLabels[j]];
        ++classSize[static_cast<size_t>(dense[static_cast<size_t>(j)])];
    }

    const bool withGradient = gradientTimesZ != nullptr;
    // Rows are processed in blocks of about 8 MB: the Gram block is computed, swept, and (for the gradient) both
    // its products with Z are taken while it is still in cache, G_blk Z into its rows of (G + G^T) Z and
    // G_blk^T Z_blk added to all rows. The N x N matrix is never stored (block sizes measured:
    // docs/PERFORMANCE.md).
    const int64_t block = std::clamp<int64_t>((int64_t(1) << 23) / std::max<int64_t>(1, n * z.element_size()), 16, n);
    at::Tensor scratchBlock = at::empty({ block, n }, z.options());
    at::Tensor transposedPart;
    if (withGradient) {
        *gradientTimesZ = at::empty_like(z);
        transposedPart = at::zeros_like(z);
    }
    std::vector<double> rowLoss(static_cast<size_t>(n), 0.0);
    const double nd = static_cast<double>(n);
    AT_DISPATCH_FLOATING_TYPES(z.scalar_type(), "afclForwardFusedCpu", [&] {
        using T = scalar_t;
        const std::vector<T> labelValues(dense.begin(), dense.end());
        const int64_t grain = std::max<int64_t>(1, 32768 / std::max<int64_t>(n, 1));
        for (int64_t first = 0; first < n; first += block) {
            const int64_t rows = std::min(block, n - first);
            at::Tensor gram = scratchBlock.narrow(0, 0, rows);
            at::mm_out(gram, z.narrow(0, first, rows), z.t());
            T* data = gram.data_ptr<T>();
            at::parallel_for(0, rows, grain, [&](int64_t begin, int64_t end) {
                std::vector<T> scratch(static_cast<size_t>(n));
                RowArgs<T> args;
                args.n = n;
                args.labels = labelValues.data();
                args.scratch = scratch.data();
                args.gamma = static_cast<T>(params.gamma);
                args.eta = static_cast<T>(params.eta);
                args.inverseTemperature = static_cast<T>(params.inverseTemperature);
                for (int64_t r = begin; r < end; ++r) {
                    const int64_t i = first + r;
                    const int64_t size = classSize[static_cast<size_t>(dense[static_cast<size_t>(i)])];
                    const double positives = static_cast<double>(size - 1);
                    const double negatives = static_cast<double>(n - size);
                    if (params.perAnchorNormalization) {
                        args.positiveWeight = positives > 0 ? static_cast<T>(1.0 / (nd * positives)) : T(0);
                        args.negativeWeight = negatives > 0 ? static_cast<T>(1.0 / (nd * negatives)) : T(0);
                    } else {
                        args.positiveWeight = static_cast<T>(1.0 / (nd * nd));
                        args.negativeWeight = args.positiveWeight;
                    }
                    args.anchor = i;
                    args.row = data + r * n;
                    rowLoss[static_cast<size_t>(i)] = afclRowTyped(args);
                }
            });
            if (withGradient) {
                at::Tensor out = gradientTimesZ->narrow(0, first, rows);
                at::mm_out(out, gram, z);
                transposedPart.addmm_(gram.t(), z.narrow(0, first, rows));
            }
        }
    });
    if (withGradient) {
        gradientTimesZ->add_(transposedPart);
    }
    double total = 0.0; // summed in row order: the result does not depend on the thread count
    for (double v : rowLoss) {
        total += v;
    }
    return at::scalar_tensor(total, z.options());
}

} // namespace aclwb::detail
