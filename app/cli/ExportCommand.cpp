// SPDX-License-Identifier: MIT
#include "ExportCommand.h"

#include "ArgumentChecks.h"
#include "CliSupport.h"
#include "io/AtomicFile.h"
#include "io/RegularFile.h"
#include "run/ModelCard.h"
#include "run/OnnxExport.h"
#include "run/RunModel.h"
#include "util/InputError.h"

#include <CLI/CLI.hpp>
#include <c10/core/Device.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>

namespace aclwb::cli {
namespace fs = std::filesystem;
namespace {

struct ExportSettings {
    std::string run;
    std::string format = "onnx";
    std::string out;
    bool withProjection = false;
};

void runExport(const ExportSettings& s)
{
    if (s.format != "onnx" && s.format != "state-dict") {
        throw InputError("invalid parameter format = " + s.format + ": expected onnx or state-dict");
    }
    if (s.out.empty()) {
        throw InputError("--out FILE is required (e.g. model.onnx)");
    }
    if (s.withProjection && s.format != "onnx") {
        throw InputError("--with-projection adds an output to the ONNX graph: it needs --format onnx");
    }
    refuseDanglingSymlink(s.out, "--out");
    std::error_code ec;
    if (fs::is_directory(s.out, ec)) {
        throw InputError("--out " + s.out + " is a directory: name the file to write (e.g. " + s.out + "/model.onnx)");
    }
    // Loading checks the run whole (config, results, model, class names) before anything is written.
    const RunModel model = loadRunModel(s.run, c10::Device(c10::kCPU));
    if (s.format == "onnx") {
        OnnxExportOptions options;
        options.withProjection = s.withProjection;
        exportOnnx(model, s.out, options);
    } else {
        const std::string source = (fs::path(s.run) / "model.pt").string();
        requireRegularFile(source, "model");
        std::ifstream in(source, std::ios::binary);
        std::ostringstream bytes;
        bytes << in.rdbuf();
        writeFileAtomically(s.out, bytes.str());
    }
    const ModelCardPaths card = writeModelCard(s.run, s.out, s.format, s.withProjection);
    printJson({ { "out", s.out },
                { "format", s.format },
                { "card_json", card.json },
                { "card_markdown", card.markdown },
                { "classes", model.classNames },
                { "image_shape", model.imageShape },
                { "outputs",
                  s.format != "onnx" ? nlohmann::json::array()
                                     : (s.withProjection ? nlohmann::json { "logits", "embedding" }
                                                         : nlohmann::json { "logits" }) } });
}

} // namespace

void registerExportCommand(CLI::App& app)
{
    auto settings = std::make_shared<ExportSettings>();
    CLI::App* cmd
        = app.add_subcommand("export", "Export a finished run's model (ONNX or state dict) with a model card");
    cmd->add_option("run", settings->run, "Run directory of a finished run")->required();
    cmd->add_option("--format", settings->format, "onnx (runs without our code) or state-dict (model.pt)")
        ->capture_default_str();
    cmd->add_option("--out", settings->out, "File to write; the model card goes beside it (FILE.card.json, .md)");
    cmd->add_flag("--with-projection", settings->withProjection,
                  "ONNX: also output the L2-normalised projection ('embedding'), for nearest-neighbour search");
    cmd->callback([settings] { runExport(*settings); });
}

} // namespace aclwb::cli
