// SPDX-License-Identifier: MIT
#pragma once

#include "train/TrainConfig.h"

#include <QObject>
#include <QString>

#include <nlohmann/json.hpp>

namespace aclwb::gui {

/// The experiment being set up: one run config, edited by the panels and read by the run controller. Values are
/// checked against the config schema as they are set; contradictions between keys (cl with eta > 0, ...) are
/// allowed while editing and reported by problem(), so the user sees them inline instead of having them fixed.
class ExperimentModel : public QObject {
    Q_OBJECT

public:
    explicit ExperimentModel(QObject* parent = nullptr);

    const TrainConfig& config() const { return m_config; }
    nlohmann::json value(const std::string& key) const;
    /// Sets one key; returns an empty string, or the schema's reason for refusing the value (nothing changes then).
    QString setValue(const std::string& key, const nlohmann::json& value);
    /// Replaces the whole config (a loaded file, a preset, an opened run); emits configReplaced.
    void setConfig(const TrainConfig& config);
    /// validate()'s message for the current config, or an empty string when it can run.
    QString problem() const;
    /// The config as config.json's text.
    QString toJsonText() const;

Q_SIGNALS:
    void valueChanged(const QString& key);
    void configReplaced();

private:
    TrainConfig m_config;
};

} // namespace aclwb::gui
