// SPDX-License-Identifier: MIT
#include "RunsCommand.h"

#include "CliSupport.h"
#include "loss/LossVariant.h"
#include "run/RunDirectory.h"
#include "util/InputError.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <iostream>
#include <memory>

namespace aclwb::cli {
namespace {

struct RunsSettings {
    std::string folder;
    std::string format = "table";
};

std::string fixed(const std::optional<double>& v)
{
    if (!v) {
        return "-";
    }
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%.4f", *v);
    return buffer;
}

std::string compact(double v)
{
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%g", v);
    return buffer;
}

nlohmann::json toJson(const RunListing& r)
{
    nlohmann::json j { { "run", r.name }, { "path", r.path }, { "status", statusName(r.status) } };
    if (!r.reason.empty()) {
        j["reason"] = r.reason;
    }
    if (r.config) {
        j["loss"] = r.config->loss;
        // What it computes: "afcl (= CL)" for afcl with gamma = eta = 0 (the loss key alone would say afcl).
        j["effective_loss"] = effectiveLossName(r.config->loss, r.config->gamma, r.config->eta);
        j["gamma"] = r.config->gamma;
        j["eta"] = r.config->eta;
        j["temperature"] = r.config->temperature;
        j["imbalance_ratio"] = r.config->imbalanceRatio;
        j["classes"] = r.config->classes;
        j["seed"] = r.config->seed;
    }
    j["epochs_done"] = r.epochsDone;
    j["epochs_total"] = r.epochsTotal;
    if (r.test) {
        j["test_accuracy"] = r.test->accuracy;
        j["test_balanced_accuracy"] = r.test->balancedAccuracy;
        j["test_macro_f1"] = r.test->macroF1;
        j["per_class_accuracy"] = r.test->perClassAccuracy;
    }
    if (r.minorityAccuracy()) {
        j["minority_accuracy"] = *r.minorityAccuracy();
    }
    if (r.status == RunStatus::Finished) {
        j["seconds"] = r.seconds;
        j["device"] = r.device;
    }
    return j;
}

void runRuns(const RunsSettings& s)
{
    if (s.format != "table" && s.format != "json") {
        throw InputError("invalid parameter format = " + s.format + ": expected table or json");
    }
    const std::vector<RunListing> runs = listRuns(s.folder);
    if (s.format == "json") {
        nlohmann::json rows = nlohmann::json::array();
        for (const RunListing& r : runs) {
            rows.push_back(toJson(r));
        }
        printJson({ { "folder", s.folder }, { "runs", rows } });
        return;
    }
    // The loss column is wide enough for "ce-weighted" and "afcl (= FCL)".
    std::printf("%-32s %-10s %-13s %6s %6s %6s %7s %8s %8s %8s  %s\n", "run", "status", "loss", "gamma", "eta", "ratio",
                "epochs", "bal_acc", "minority", "time", "note");
    for (const RunListing& r : runs) {
        const std::string epochs = std::to_string(r.epochsDone) + "/" + std::to_string(r.epochsTotal);
        // Listed as what it computes: afcl with gamma = eta = 0 is "afcl (= CL)", never a plain "afcl".
        const std::string loss = r.config ? effectiveLossName(r.config->loss, r.config->gamma, r.config->eta) : "-";
        std::printf("%-32s %-10s %-13s %6s %6s %6s %7s %8s %8s %8s  %s\n", r.name.c_str(), statusName(r.status),
                    loss.c_str(), r.config ? compact(r.config->gamma).c_str() : "-",
                    r.config ? compact(r.config->eta).c_str() : "-",
                    r.config ? compact(r.config->imbalanceRatio).c_str() : "-", epochs.c_str(),
                    fixed(r.test ? std::optional<double>(r.test->balancedAccuracy) : std::nullopt).c_str(),
                    fixed(r.minorityAccuracy()).c_str(),
                    r.status == RunStatus::Finished ? (compact(r.seconds) + "s").c_str() : "-", r.reason.c_str());
    }
    if (runs.empty()) {
        std::printf("(no runs under %s)\n", s.folder.c_str());
    }
}

} // namespace

void registerRunsCommand(CLI::App& app)
{
    auto settings = std::make_shared<RunsSettings>();
    CLI::App* cmd = app.add_subcommand("runs", "List the runs under a folder with their status and results");
    cmd->add_option("folder", settings->folder, "Folder holding run directories (searched 3 levels deep)")->required();
    cmd->add_option("--format", settings->format, "table or json")->capture_default_str();
    cmd->callback([settings] { runRuns(*settings); });
}

} // namespace aclwb::cli
