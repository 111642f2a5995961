// SPDX-License-Identifier: MIT
#pragma once

#include <QMap>
#include <QStringList>
#include <QWidget>

#include <string>
#include <vector>

class QFormLayout;

namespace aclwb::gui {

class ExperimentModel;

/// A form generated from the core's config schema: one control per key (check box, spin box, combo box, line edit,
/// with a folder/file button for paths), labelled, with the key's help and range as tooltip. A new config key gets a
/// control without GUI code. Bound both ways to an ExperimentModel, with a guard so the two directions never feed
/// back into each other.
class SchemaForm : public QWidget {
    Q_OBJECT

public:
    /// Controls for `keys`, in that order.
    SchemaForm(ExperimentModel* model, const std::vector<std::string>& keys, QWidget* parent = nullptr);
    /// Controls for every key of the schema's `groups`, except `skip`.
    static std::vector<std::string> keysOfGroups(const QStringList& groups, const QStringList& skip = {});

    /// The control of a key (tests, and panels that place a key's control themselves).
    QWidget* control(const std::string& key) const { return m_controls.value(QString::fromStdString(key)); }
    const QMap<QString, QWidget*>& controls() const { return m_controls; }
    /// Offers a fixed list of choices for a free-text key (e.g. the devices LibTorch sees for "device").
    void setChoices(const std::string& key, const QStringList& choices);

private:
    // UI -> model
    void commit(const std::string& key);
    // model -> UI
    void refresh(const std::string& key);
    void refreshAll();

    ExperimentModel* m_model = nullptr;
    QFormLayout* m_layout = nullptr;
    QMap<QString, QWidget*> m_controls;
    bool m_updating = false; // set while the model writes into the controls
};

} // namespace aclwb::gui
