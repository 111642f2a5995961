// SPDX-License-Identifier: MIT
#pragma once

#include <ATen/core/Tensor.h>
#include <torch/arg.h>

#include <atomic>
#include <string>
#include <vector>

namespace aclwb {

class RunControl;

/// How the t-SNE gradient is computed.
enum class TsneMethod {
    Auto,      // Exact up to 1000 points, Barnes-Hut above
    Exact,     // O(N^2) per iteration, whole-tensor ops (runs on the data's device, CUDA included)
    BarnesHut, // O(N log N) per iteration, multithreaded quadtree on the CPU
};

/// t-SNE options; the defaults are the standard optimisation (van der Maaten 2014; openTSNE's initialisation).
///
///   Tsne tsne(features, TsneOptions().perplexity(30).iterations(1000));
struct TsneOptions {
    TORCH_ARG(double, perplexity) = 30.0;
    TORCH_ARG(int64_t, iterations) = 1000;
    TORCH_ARG(double, theta) = 0.5;
    TORCH_ARG(TsneMethod, method) = TsneMethod::Auto;
    TORCH_ARG(int64_t, early_exaggeration_iterations) = 250;
    TORCH_ARG(double, early_exaggeration) = 12.0;
    /// 0: max(N / 12, 200).
    TORCH_ARG(double, learning_rate) = 0.0;
    /// Reduce to this many dimensions by PCA first when the data has more (0 = never).
    TORCH_ARG(int64_t, pca_dimensions) = 50;
    /// PCA initialisation (scaled to std 1e-4) keeps more global structure than a random one.
    TORCH_ARG(bool, pca_init) = true;
    TORCH_ARG(uint64_t, seed) = 1;
};

/// A previous layout to start from, so the layouts of successive training epochs move smoothly instead of
/// jumping: rows are matched by sample index; a row without a previous position starts at its nearest matched
/// neighbour's (nearest in the input space), slightly jittered. Early exaggeration is usually shortened or skipped
/// (set options.early_exaggeration_iterations, e.g. to 0), since the clusters are already formed.
struct TsneWarmStart {
    std::vector<int64_t> previousIndices; // sample index of each row of previousLayout
    std::vector<double> previousLayout;   // previousIndices.size() x 2, row-major
    std::vector<int64_t> indices;         // sample index of each row of the new data
};

/// Parses auto / exact / barnes-hut; "fft" is refused (not implemented), like any other name, with an InputError.
TsneMethod parseTsneMethod(const std::string& text);

/// t-SNE as an object that advances a few iterations at a time, so a GUI can animate the layout and a trainer can
/// refresh it between epochs without blocking. Construction computes the input similarities (PCA, exact kNN on
/// k = 3 x perplexity neighbours, perplexity calibration, symmetrised sparse P).
class Tsne {
public:
    /// `data`: N x d, finite, N >= 4, perplexity < (N - 1) / 3. InputError otherwise, naming the parameter.
    Tsne(const at::Tensor& data, TsneOptions options = {});
    /// Starts from `warm` instead of the PCA / random initialisation (InputError when its sizes do not fit).
    Tsne(const at::Tensor& data, TsneOptions options, const TsneWarmStart& warm);

    /// Runs up to `count` further iterations (never past options.iterations); returns how many ran. Stops early,
    /// between iterations, when the cancel flag is set.
    int64_t step(int64_t count);
    void setCancelFlag(const std::atomic<bool>* cancel) { m_cancel = cancel; }
    /// Checked every iteration: pause blocks, cancel stops (step returns early, as with the cancel flag).
    void setRunControl(const RunControl* control) { m_control = control; }

    bool finished() const { return m_iteration >= m_options.iterations(); }
    int64_t iteration() const { return m_iteration; }
    int64_t size() const { return m_n; }
    TsneMethod method() const { return m_method; }
    /// The current layout, N x 2 (float64).
    at::Tensor layout() const;
    /// The same as plain numbers, row-major x0, y0, x1, y1, ... (for views that never see a tensor).
    const std::vector<double>& coordinates() const { return m_y; }
    /// KL(P || Q) of the current layout, exaggeration excluded (exact Q, O(N^2) in blocks).
    double klDivergence() const;
    /// The same with the normalisation Z of the last iteration's gradient (Barnes-Hut's estimate, or the exact Z
    /// of the exact method), as openTSNE reports during optimisation: O(nnz(P)) instead of O(N^2), so an animation
    /// can show it every frame. Z is one iteration behind the layout; klDivergence() before the first iteration.
    double klDivergenceEstimate() const;

private:
    void prepare(const at::Tensor& data);
    void gradientBarnesHut(double exaggeration);
    void gradientExact(double exaggeration);
    /// KL over the non-zero entries of P with the given normalisation.
    double klWithZ(double z) const;

    TsneOptions m_options;
    TsneMethod m_method = TsneMethod::Auto;
    int64_t m_n = 0;
    int64_t m_iteration = 0;
    double m_learningRate = 200.0;
    double m_lastZ = 0.0; // Z of the last gradient (klDivergenceEstimate)
    // Sparse symmetric P in CSR form.
    std::vector<int64_t> m_rowStart;
    std::vector<int64_t> m_columns;
    std::vector<double> m_values;
    // The same P for the attractive-force loop: 32-bit columns and float values halve its memory traffic.
    std::vector<int32_t> m_columns32;
    std::vector<float> m_values32;
    at::Tensor m_denseP; // exact method only (on the data's device)
    std::vector<double> m_y;
    std::vector<double> m_gradient;
    std::vector<double> m_update;
    std::vector<double> m_gains;
    const std::atomic<bool>* m_cancel = nullptr;
    const RunControl* m_control = nullptr;
    at::Tensor m_input; // the (centred, rescaled, PCA-reduced) input: warm start places new points with it
    at::Device m_device { at::kCPU };
};

} // namespace aclwb
