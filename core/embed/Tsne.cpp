// SPDX-License-Identifier: MIT
#include "embed/Tsne.h"

#include "embed/NearestNeighbours.h"
#include "embed/Pca.h"
#include "embed/QuadTree.h"
#include "util/InputError.h"
#include "util/RunControl.h"
#include "util/SeededRandom.h"

#include <ATen/ATen.h>
#include <ATen/Parallel.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>

namespace aclwb {
namespace {

/// Conditional p_{j|i} over one point's neighbours: binary search on the Gaussian precision so the entropy matches
/// log(perplexity) (as in bhtsne).
void calibrateRow(const double* distances, int64_t k, double perplexity, double* out)
{
    const double target = std::log(perplexity);
    double beta = 1.0;
    double lo = 0.0;
    double hi = std::numeric_limits<double>::infinity();
    const double shift = distances[0];
    for (int iter = 0; iter < 200; ++iter) {
        double sum = 0.0;
        double weighted = 0.0;
        for (int64_t j = 0; j < k; ++j) {
            out[j] = std::exp(-beta * (distances[j] - shift));
            sum += out[j];
            weighted += (distances[j] - shift) * out[j];
        }
        const double entropy = std::log(sum) + beta * weighted / sum;
        if (std::abs(entropy - target) < 1e-5) {
            break;
        }
        if (entropy > target) {
            lo = beta;
            beta = std::isinf(hi) ? beta * 2.0 : 0.5 * (beta + hi);
        } else {
            hi = beta;
            beta = 0.5 * (beta + lo);
        }
    }
    double sum = 0.0;
    for (int64_t j = 0; j < k; ++j) {
        sum += out[j];
    }
    for (int64_t j = 0; j < k; ++j) {
        out[j] /= sum;
    }
}

} // namespace

TsneMethod parseTsneMethod(const std::string& text)
{
    if (text == "auto") {
        return TsneMethod::Auto;
    }
    if (text == "exact") {
        return TsneMethod::Exact;
    }
    if (text == "barnes-hut") {
        return TsneMethod::BarnesHut;
    }
    if (text == "fft") {
        throw InputError("invalid parameter method = fft: FFT-accelerated interpolation is not implemented in this "
                         "version; use barnes-hut (or auto)");
    }
    throw InputError("invalid parameter method = " + text + ": expected auto, exact or barnes-hut");
}

Tsne::Tsne(const at::Tensor& data, TsneOptions options)
    : m_options(options)
{
    prepare(data);
    const at::Tensor& x = m_input;
    // Initial layout: PCA scaled to std 1e-4 on the first axis, or a seeded Gaussian of the same scale.
    m_y.resize(static_cast<size_t>(2 * m_n));
    bool usePcaInit = false;
    if (options.pca_init()) {
        at::Tensor init = pcaProject(x, 2);
        const double spread = init.select(1, 0).std().item<double>();
        usePcaInit = spread > 0.0 && std::isfinite(spread);
        if (usePcaInit) {
            init = (init / spread * 1e-4).contiguous();
            std::copy(init.data_ptr<double>(), init.data_ptr<double>() + 2 * m_n, m_y.begin());
        }
    }
    if (!usePcaInit) {
        SeededRandom rng(options.seed());
        for (double& v : m_y) {
            // Box-Muller from our own uniform draws, so the seed gives the same start everywhere.
            const double u1 = (static_cast<double>(rng.below(1ULL << 53)) + 0.5) / static_cast<double>(1ULL << 53);
            const double u2 = (static_cast<double>(rng.below(1ULL << 53)) + 0.5) / static_cast<double>(1ULL << 53);
            v = 1e-4 * std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * M_PI * u2);
        }
    }
    m_gradient.assign(m_y.size(), 0.0);
    m_update.assign(m_y.size(), 0.0);
    m_gains.assign(m_y.size(), 1.0);
}

Tsne::Tsne(const at::Tensor& data, TsneOptions options, const TsneWarmStart& warm)
    : m_options(options)
{
    prepare(data);
    if (warm.indices.size() != static_cast<size_t>(m_n) || warm.previousLayout.size() != 2 * warm.previousIndices.size()
        || warm.previousIndices.empty()) {
        throw InputError("t-SNE warm start: need one index per row and a 2-D previous layout with one row per index");
    }
    std::map<int64_t, size_t> previousRow;
    for (size_t r = 0; r < warm.previousIndices.size(); ++r) {
        previousRow[warm.previousIndices[r]] = r;
    }
    m_y.assign(static_cast<size_t>(2 * m_n), 0.0);
    std::vector<int64_t> matched;
    std::vector<int64_t> unmatched;
    for (int64_t i = 0; i < m_n; ++i) {
        const auto found = previousRow.find(warm.indices[static_cast<size_t>(i)]);
        if (found == previousRow.end()) {
            unmatched.push_back(i);
            continue;
        }
        matched.push_back(i);
        m_y[static_cast<size_t>(2 * i)] = warm.previousLayout[2 * found->second];
        m_y[static_cast<size_t>(2 * i + 1)] = warm.previousLayout[2 * found->second + 1];
    }
    if (matched.empty()) {
        throw InputError("t-SNE warm start: no row of the new data has a previous position");
    }
    if (!unmatched.empty()) {
        // Each new point starts at its nearest matched neighbour (in the input space), jittered by a tiny seeded
        // offset so coincident points can separate.
        const at::Tensor known = m_input.index_select(0, at::tensor(matched, at::kLong));
        const at::Tensor fresh = m_input.index_select(0, at::tensor(unmatched, at::kLong));
        const at::Tensor nearest = at::cdist(fresh, known).argmin(1).contiguous();
        SeededRandom rng(m_options.seed());
        const at::Tensor layoutNow = at::from_blob(m_y.data(), { m_n, 2 }, at::kDouble);
        const double jitter = 1e-3 * std::max(layoutNow.std().item<double>(), 1e-12);
        for (size_t u = 0; u < unmatched.size(); ++u) {
            const auto from = static_cast<size_t>(matched[static_cast<size_t>(nearest.data_ptr<int64_t>()[u])]);
            const auto to = static_cast<size_t>(unmatched[u]);
            for (size_t axis = 0; axis < 2; ++axis) {
                const double u01 = static_cast<double>(rng.below(1ULL << 30)) / static_cast<double>(1ULL << 30);
                m_y[2 * to + axis] = m_y[2 * from + axis] + jitter * (u01 - 0.5);
            }
        }
    }
    m_gradient.assign(m_y.size(), 0.0);
    m_update.assign(m_y.size(), 0.0);
    m_gains.assign(m_y.size(), 1.0);
}

void Tsne::prepare(const at::Tensor& data)
{
    const TsneOptions& options = m_options;

    if (data.dim() != 2 || data.size(0) < 4 || data.size(1) < 1) {
        throw InputError("t-SNE needs a 2-D input with at least 4 rows, got shape "
                         + (data.defined() ? c10::str(data.sizes()) : std::string("none")));
    }
    m_n = data.size(0);
    if (!at::isfinite(data).all().item<bool>()) {
        throw InputError("t-SNE input contains NaN or infinite values");
    }
    const double perplexity = options.perplexity();
    if (!(perplexity >= 1.0) || 3.0 * perplexity >= static_cast<double>(m_n - 1)) {
        throw InputError("invalid parameter perplexity = " + std::to_string(perplexity)
                         + ": needs 1 <= perplexity < (N - 1) / 3 = "
                         + std::to_string(static_cast<double>(m_n - 1) / 3.0) + " for N = " + std::to_string(m_n));
    }
    if (options.iterations() < 1 || !(options.theta() >= 0.0) || options.early_exaggeration() < 1.0
        || options.early_exaggeration_iterations() < 0 || options.learning_rate() < 0.0
        || options.pca_dimensions() < 0) {
        throw InputError(
            "invalid t-SNE parameters: need iterations >= 1, theta >= 0, exaggeration >= 1, learning rate >= 0");
    }
    m_method = options.method();
    if (m_method == TsneMethod::Auto) {
        m_method = m_n <= 1000 ? TsneMethod::Exact : TsneMethod::BarnesHut;
    }
    m_device = data.device();
    m_learningRate
        = options.learning_rate() > 0 ? options.learning_rate() : std::max(static_cast<double>(m_n) / 12.0, 200.0);

    // Centre and rescale to max |x| = 1: t-SNE is invariant to it (kNN order and perplexity calibration do not
    // depend on scale), and it keeps squared distances finite for inputs around 1e160 and beyond.
    at::Tensor x = data.to(at::kCPU, at::kDouble);
    x = x - x.mean(0, /*keepdim=*/true);
    const double scale = x.abs().max().item<double>();
    if (!(scale > 0.0) || !std::isfinite(scale)) {
        throw InputError("t-SNE input has no variance: all " + std::to_string(m_n)
                         + " points are identical, so there is no structure to lay out");
    }
    x = x / scale;
    if (options.pca_dimensions() > 0 && x.size(1) > options.pca_dimensions()) {
        x = pcaProject(x, options.pca_dimensions());
    }

    // Input similarities on the k = 3 * perplexity nearest neighbours, symmetrised: P = (P + P^T) / sum.
    const int64_t k = std::min<int64_t>(m_n - 1, static_cast<int64_t>(3.0 * perplexity));
    const Neighbours nn = nearestNeighbours(x, k);
    const at::Tensor d = nn.distances.contiguous();
    const at::Tensor idx = nn.indices.contiguous();
    std::vector<double> conditional(static_cast<size_t>(m_n * k));
    at::parallel_for(0, m_n, 64, [&](int64_t begin, int64_t end) {
        for (int64_t i = begin; i < end; ++i) {
            calibrateRow(d.data_ptr<double>() + i * k, k, perplexity, conditional.data() + i * k);
        }
    });
    std::vector<std::tuple<int64_t, int64_t, double>> entries;
    entries.reserve(static_cast<size_t>(2 * m_n * k));
    const int64_t* neighbour = idx.data_ptr<int64_t>();
    for (int64_t i = 0; i < m_n; ++i) {
        for (int64_t j = 0; j < k; ++j) {
            const double v = conditional[static_cast<size_t>(i * k + j)];
            entries.emplace_back(i, neighbour[i * k + j], v);
            entries.emplace_back(neighbour[i * k + j], i, v);
        }
    }
    std::sort(entries.begin(), entries.end());
    m_rowStart.assign(static_cast<size_t>(m_n + 1), 0);
    double total = 0.0;
    for (size_t e = 0; e < entries.size(); ++e) {
        const auto& [r, c, v] = entries[e];
        if (!m_columns.empty() && e > 0 && std::get<0>(entries[e - 1]) == r && std::get<1>(entries[e - 1]) == c) {
            m_values.back() += v;
        } else {
            m_columns.push_back(c);
            m_values.push_back(v);
            ++m_rowStart[static_cast<size_t>(r + 1)];
        }
        total += v;
    }
    for (int64_t i = 0; i < m_n; ++i) {
        m_rowStart[static_cast<size_t>(i + 1)] += m_rowStart[static_cast<size_t>(i)];
    }
    for (double& v : m_values) {
        v /= total;
    }
    m_columns32.assign(m_columns.begin(), m_columns.end());
    m_values32.assign(m_values.begin(), m_values.end());
    if (m_method == TsneMethod::Exact) {
        at::Tensor dense = at::zeros({ m_n, m_n }, at::kDouble);
        double* p = dense.data_ptr<double>();
        for (int64_t i = 0; i < m_n; ++i) {
            for (int64_t e = m_rowStart[static_cast<size_t>(i)]; e < m_rowStart[static_cast<size_t>(i + 1)]; ++e) {
                p[i * m_n + m_columns[static_cast<size_t>(e)]] = m_values[static_cast<size_t>(e)];
            }
        }
        m_denseP = dense.to(m_device);
    }

    m_input = x;
}

void Tsne::gradientBarnesHut(double exaggeration)
{
    std::vector<double> sumQ(static_cast<size_t>(m_n), 0.0);
    std::vector<double> repulsive(m_y.size(), 0.0);
    {
        const QuadTree tree(m_y);
        tree.repulsion(m_options.theta(), repulsive, sumQ);
    }
    const std::vector<float> yf(m_y.begin(), m_y.end());
    at::parallel_for(0, m_n, 64, [&](int64_t begin, int64_t end) {
        for (int64_t i = begin; i < end; ++i) {
            const float xi = yf[static_cast<size_t>(2 * i)];
            const float yi = yf[static_cast<size_t>(2 * i + 1)];
            float ax = 0.0f;
            float ay = 0.0f;
            const int64_t rowEnd = m_rowStart[static_cast<size_t>(i + 1)];
            for (int64_t e = m_rowStart[static_cast<size_t>(i)]; e < rowEnd; ++e) {
                const int32_t j = m_columns32[static_cast<size_t>(e)];
                const float dx = xi - yf[static_cast<size_t>(2 * j)];
                const float dy = yi - yf[static_cast<size_t>(2 * j + 1)];
                const float w = m_values32[static_cast<size_t>(e)] / (1.0f + dx * dx + dy * dy);
                ax += w * dx;
                ay += w * dy;
            }
            m_gradient[static_cast<size_t>(2 * i)] = exaggeration * static_cast<double>(ax);
            m_gradient[static_cast<size_t>(2 * i + 1)] = exaggeration * static_cast<double>(ay);
        }
    });
    double z = 0.0; // summed in index order: the same result for any thread count
    for (double q : sumQ) {
        z += q;
    }
    m_lastZ = z;
    for (size_t k = 0; k < m_y.size(); ++k) {
        m_gradient[k] = 4.0 * (m_gradient[k] - repulsive[k] / z);
    }
}

void Tsne::gradientExact(double exaggeration)
{
    if (m_device.is_cpu()) {
        // Two fused passes over the pairs (Z, then the forces), rows in parallel: the whole-tensor version below
        // builds [N, N, 2] temporaries and took 8 s for 1000 iterations of 660 points on 2 cores; this takes about
        // a tenth of that.
        const double* y = m_y.data();
        const double* p = m_denseP.data_ptr<double>();
        std::vector<double> rowZ(static_cast<size_t>(m_n), 0.0);
        at::parallel_for(0, m_n, 16, [&](int64_t begin, int64_t end) {
            for (int64_t i = begin; i < end; ++i) {
                const double xi = y[2 * i], yi = y[2 * i + 1];
                double sum = 0.0;
                for (int64_t j = 0; j < m_n; ++j) {
                    const double dx = xi - y[2 * j], dy = yi - y[2 * j + 1];
                    sum += 1.0 / (1.0 + dx * dx + dy * dy);
                }
                rowZ[static_cast<size_t>(i)] = sum - 1.0; // minus the diagonal's w_ii = 1
            }
        });
        double z = 0.0; // in index order: the same result for any thread count
        for (double v : rowZ) {
            z += v;
        }
        m_lastZ = z;
        at::parallel_for(0, m_n, 16, [&](int64_t begin, int64_t end) {
            for (int64_t i = begin; i < end; ++i) {
                const double xi = y[2 * i], yi = y[2 * i + 1];
                const double* pi = p + i * m_n;
                double gx = 0.0, gy = 0.0;
                for (int64_t j = 0; j < m_n; ++j) {
                    const double dx = xi - y[2 * j], dy = yi - y[2 * j + 1];
                    const double w = 1.0 / (1.0 + dx * dx + dy * dy);
                    const double c = (pi[j] * exaggeration - w / z) * w; // w_ii's term has dx = dy = 0
                    gx += c * dx;
                    gy += c * dy;
                }
                m_gradient[static_cast<size_t>(2 * i)] = 4.0 * gx;
                m_gradient[static_cast<size_t>(2 * i + 1)] = 4.0 * gy;
            }
        });
        return;
    }
    const at::Tensor y = at::from_blob(m_y.data(), { m_n, 2 }, at::kDouble).to(m_device);
    const at::Tensor diff = y.unsqueeze(1) - y.unsqueeze(0); // [N, N, 2]
    at::Tensor w = 1.0 / (1.0 + diff.pow(2).sum(2));         // (1 + d^2)^-1
    w.fill_diagonal_(0.0);
    const double z = w.sum().item<double>();
    m_lastZ = z;
    const at::Tensor coefficient = (m_denseP * exaggeration - w / z) * w; // (p_ij - q_ij) (1 + d^2)^-1
    const at::Tensor grad = (4.0 * (coefficient.unsqueeze(2) * diff).sum(1)).to(at::kCPU).contiguous();
    std::copy(grad.data_ptr<double>(), grad.data_ptr<double>() + 2 * m_n, m_gradient.begin());
}

int64_t Tsne::step(int64_t count)
{
    int64_t done = 0;
    while (done < count && !finished()) {
        if ((m_cancel != nullptr && m_cancel->load(std::memory_order_relaxed)) || !proceed(m_control)) {
            break;
        }
        const bool early = m_iteration < m_options.early_exaggeration_iterations();
        const double exaggeration = early ? m_options.early_exaggeration() : 1.0;
        const double momentum = early ? 0.5 : 0.8;
        if (m_method == TsneMethod::Exact) {
            gradientExact(exaggeration);
        } else {
            gradientBarnesHut(exaggeration);
        }
        double meanX = 0.0;
        double meanY = 0.0;
        for (size_t k = 0; k < m_y.size(); ++k) {
            // Delta-bar-delta gains: grow where the gradient keeps its direction against the last update.
            const bool flip = (m_gradient[k] > 0) != (m_update[k] > 0);
            m_gains[k] = std::max(0.01, flip ? m_gains[k] + 0.2 : m_gains[k] * 0.8);
            m_update[k] = momentum * m_update[k] - m_learningRate * m_gains[k] * m_gradient[k];
            m_y[k] += m_update[k];
            (k % 2 == 0 ? meanX : meanY) += m_y[k];
        }
        meanX /= static_cast<double>(m_n);
        meanY /= static_cast<double>(m_n);
        for (int64_t i = 0; i < m_n; ++i) {
            m_y[static_cast<size_t>(2 * i)] -= meanX;
            m_y[static_cast<size_t>(2 * i + 1)] -= meanY;
        }
        ++m_iteration;
        ++done;
    }
    // A layout is never handed out with NaN or infinite coordinates.
    if (!std::all_of(m_y.begin(), m_y.end(), [](double v) { return std::isfinite(v); })) {
        throw InputError("t-SNE diverged at iteration " + std::to_string(m_iteration)
                         + " (non-finite coordinates); try a lower learning rate or perplexity");
    }
    return done;
}

at::Tensor Tsne::layout() const
{
    return at::from_blob(const_cast<double*>(m_y.data()), { m_n, 2 }, at::kDouble).clone();
}

double Tsne::klDivergence() const
{
    // Z = sum_{k != l} (1 + d_kl^2)^-1 in row blocks, then KL over the non-zero entries of P.
    const at::Tensor y = layout();
    const at::Tensor norms = (y * y).sum(1);
    double z = 0.0;
    for (int64_t start = 0; start < m_n; start += 1024) {
        const int64_t rows = std::min<int64_t>(1024, m_n - start);
        const at::Tensor d2 = (norms.narrow(0, start, rows).unsqueeze(1) + norms.unsqueeze(0)
                               - 2.0 * y.narrow(0, start, rows).mm(y.t()))
                                  .clamp_min(0.0);
        z += (1.0 / (1.0 + d2)).sum().item<double>() - static_cast<double>(rows); // minus the diagonal's 1s
    }
    return klWithZ(z);
}

double Tsne::klDivergenceEstimate() const
{
    return m_lastZ > 0.0 ? klWithZ(m_lastZ) : klDivergence();
}

double Tsne::klWithZ(double z) const
{
    double kl = 0.0;
    for (int64_t i = 0; i < m_n; ++i) {
        for (int64_t e = m_rowStart[static_cast<size_t>(i)]; e < m_rowStart[static_cast<size_t>(i + 1)]; ++e) {
            const int64_t j = m_columns[static_cast<size_t>(e)];
            const double p = m_values[static_cast<size_t>(e)];
            const double dx = m_y[static_cast<size_t>(2 * i)] - m_y[static_cast<size_t>(2 * j)];
            const double dy = m_y[static_cast<size_t>(2 * i + 1)] - m_y[static_cast<size_t>(2 * j + 1)];
            const double q = 1.0 / ((1.0 + dx * dx + dy * dy) * z);
            kl += p * std::log(std::max(p, 1e-300) / std::max(q, 1e-300));
        }
    }
    return kl;
}

} // namespace aclwb
