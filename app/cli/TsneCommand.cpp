// SPDX-License-Identifier: MIT
#include "TsneCommand.h"

#include "ArgumentChecks.h"
#include "CliSupport.h"
#include "embed/EmbeddingQuality.h"
#include "embed/Tsne.h"
#include "io/AtomicFile.h"
#include "io/CsvTable.h"
#include "util/InputError.h"
#include "util/Threads.h"

#include <CLI/CLI.hpp>
#include <torch/torch.h>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <limits>
#include <memory>

#include <unistd.h>

namespace aclwb::cli {
namespace {

struct TsneSettings {
    std::string input;
    std::string out;
    double perplexity = 30.0;
    int64_t iterations = 1000;
    double theta = 0.5;
    std::string method = "auto";
    uint64_t seed = 1;
    int threads = 0;
    std::string pca = "50";
    std::string labelColumn = "none";
    bool metrics = false;
};

void runTsne(const TsneSettings& s)
{
    refuseDanglingSymlink(s.out, "--out");
    const int threads = configureThreads(s.threads);
    const TsneMethod method = parseTsneMethod(s.method);
    int64_t pcaDims = 0;
    if (s.pca != "none") {
        // Strict: std::stoll read "5x" as 5 and " 8" as 8.
        try {
            pcaDims = parseIntegerText(s.pca, "--pca", 2, std::numeric_limits<int64_t>::max());
        } catch (const InputError&) {
            throw InputError("invalid parameter pca = " + s.pca + ": expected a number >= 2 or none");
        }
    }
    if (s.labelColumn != "none" && s.labelColumn != "last") {
        throw InputError("invalid parameter label-column = " + s.labelColumn + ": expected last or none");
    }
    const CsvTable table = readNumericCsv(s.input, /*allowHeader=*/true);
    const bool labelled = s.labelColumn == "last";
    if (labelled && table.columns < 2) {
        throw InputError(s.input + ": --label-column last needs at least 2 columns");
    }
    const torch::Tensor all
        = torch::from_blob(const_cast<double*>(table.values.data()), { table.rows, table.columns }, torch::kDouble);
    const torch::Tensor data = labelled ? all.narrow(1, 0, table.columns - 1) : all;
    torch::Tensor labels;
    if (labelled) {
        const torch::Tensor column = all.select(1, table.columns - 1);
        if (!torch::equal(column, column.round())) {
            throw InputError(s.input + ": the last column must hold integer labels (--label-column last)");
        }
        labels = column.to(torch::kLong);
    }
    if (table.rows < 4) {
        throw InputError(s.input + ": t-SNE needs at least 4 rows, found " + std::to_string(table.rows));
    }

    const auto start = std::chrono::steady_clock::now();
    Tsne tsne(data,
              TsneOptions()
                  .perplexity(s.perplexity)
                  .iterations(s.iterations)
                  .theta(s.theta)
                  .method(method)
                  .pca_dimensions(pcaDims)
                  .seed(s.seed));
    const bool terminal = ::isatty(STDERR_FILENO) == 1;
    while (!tsne.finished()) {
        tsne.step(50);
        if (terminal) {
            std::fprintf(stderr, "\r\033[K[tsne] iteration %lld/%lld", static_cast<long long>(tsne.iteration()),
                         static_cast<long long>(s.iterations));
        }
    }
    if (terminal) {
        std::fprintf(stderr, "\r\033[K");
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const torch::Tensor layout = tsne.layout();

    const torch::Tensor rows = labelled ? torch::cat({ layout, labels.to(torch::kDouble).unsqueeze(1) }, 1).contiguous()
                                        : layout.contiguous();
    writeFileAtomically(s.out,
                        std::string(labelled ? "x,y,label\n" : "x,y\n")
                            + formatCsv(rows.data_ptr<double>(), rows.size(0), rows.size(1)));
    nlohmann::json out { { "kl_divergence", tsne.klDivergence() },
                         { "seconds", seconds },
                         { "n", table.rows },
                         { "dim", data.size(1) },
                         { "method", tsne.method() == TsneMethod::Exact ? "exact" : "barnes-hut" },
                         { "iterations", tsne.iteration() },
                         { "perplexity", s.perplexity },
                         { "threads", threads },
                         { "out", s.out } };
    if (s.metrics) {
        const int64_t k = std::min<int64_t>(10, (table.rows - 1) / 2);
        out["trustworthiness"] = trustworthiness(data, layout, k);
        if (labelled) {
            out["knn_accuracy_layout"] = knnAccuracy(layout, labels, k);
            out["knn_accuracy_original"] = knnAccuracy(data, labels, k);
        }
    }
    printJson(out);
}

} // namespace

void registerTsneCommand(CLI::App& app)
{
    auto settings = std::make_shared<TsneSettings>();
    CLI::App* cmd = app.add_subcommand("tsne", "2-D t-SNE layout of embeddings from a CSV file");
    cmd->add_option("--input", settings->input, "CSV: one row per point (a header row is allowed)")->required();
    cmd->add_option("--out", settings->out, "Layout CSV to write (x,y[,label])")->required();
    addNumberOption(*cmd, "--perplexity", settings->perplexity, "Perplexity (< (N - 1) / 3)");
    addNumberOption(*cmd, "--iterations", settings->iterations, "Optimisation iterations");
    addNumberOption(*cmd, "--theta", settings->theta, "Barnes-Hut accuracy (0 = exact forces)");
    cmd->add_option("--method", settings->method, "auto, exact or barnes-hut (fft is not implemented)")
        ->capture_default_str();
    // TsneOptions::seed is a uint64_t: "-1" and 2^64 are refused, not wrapped or saturated into another seed.
    addNumberOption(*cmd, "--seed", settings->seed, "Seed (used with random initialisation)");
    addNumberOption(*cmd, "--threads", settings->threads, "CPU threads (0 = one per hardware thread)");
    cmd->add_option("--pca", settings->pca, "Reduce to this many dimensions first when the input has more, or none")
        ->capture_default_str();
    cmd->add_option("--label-column", settings->labelColumn, "last: the last column holds integer labels; none")
        ->capture_default_str();
    cmd->add_flag("--metrics", settings->metrics, "Also report trustworthiness (k = 10) and kNN accuracies");
    cmd->callback([settings] { runTsne(*settings); });
}

} // namespace aclwb::cli
