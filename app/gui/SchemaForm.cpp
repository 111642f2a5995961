// SPDX-License-Identifier: MIT
#include "SchemaForm.h"

#include "ConfigSchemaText.h"
#include "ExperimentModel.h"
#include "train/ConfigSchema.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QSettings>
#include <QSpinBox>
#include <QToolButton>

#include <cmath>
#include <limits>

namespace aclwb::gui {
namespace {

int clampToInt(double v)
{
    return static_cast<int>(std::clamp(v, static_cast<double>(std::numeric_limits<int>::min()),
                                       static_cast<double>(std::numeric_limits<int>::max())));
}

bool isPathKey(const std::string& key)
{
    return key == "data_dir" || key == "cache_dir" || key == "encoder_weights";
}

/// A QLineEdit of a path key sits in a row with a browse button; this finds the edit inside.
QLineEdit* lineEditOf(QWidget* control)
{
    if (auto* edit = qobject_cast<QLineEdit*>(control)) {
        return edit;
    }
    return control != nullptr ? control->findChild<QLineEdit*>() : nullptr;
}

} // namespace

std::vector<std::string> SchemaForm::keysOfGroups(const QStringList& groups, const QStringList& skip)
{
    std::vector<std::string> keys;
    for (const ConfigKey& k : configSchema()) {
        if (groups.contains(QString::fromStdString(k.group)) && !skip.contains(QString::fromStdString(k.name))) {
            keys.push_back(k.name);
        }
    }
    return keys;
}

SchemaForm::SchemaForm(ExperimentModel* model, const std::vector<std::string>& keys, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_layout(new QFormLayout(this))
{
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (const std::string& name : keys) {
        const ConfigKey* key = findConfigKey(name);
        if (key == nullptr) {
            continue;
        }
        QWidget* control = nullptr;
        QWidget* field = nullptr;
        switch (key->type) {
        case ConfigType::Bool: {
            auto* box = new QCheckBox(this);
            connect(box, &QCheckBox::toggled, this, [this, name] { commit(name); });
            control = box;
            break;
        }
        case ConfigType::Integer: {
            auto* spin = new QSpinBox(this);
            spin->setRange(clampToInt(key->minimum), clampToInt(key->maximum));
            spin->setGroupSeparatorShown(true);
            connect(spin, &QSpinBox::valueChanged, this, [this, name] { commit(name); });
            control = spin;
            break;
        }
        case ConfigType::Real: {
            auto* spin = new QDoubleSpinBox(this);
            spin->setDecimals(name == "lr" || name == "lr_linear" || name == "weight_decay" || name == "temperature"
                                      || name == "linear_l2"
                                  ? 6
                                  : 3);
            const double top = std::isfinite(key->maximum) ? key->maximum : 1e9;
            const double bottom = (name == "lr" || name == "lr_linear") ? 1e-6 : key->minimum;
            spin->setRange(bottom, name == "momentum" ? 0.999 : top);
            spin->setStepType(QAbstractSpinBox::AdaptiveDecimalStepType);
            connect(spin, &QDoubleSpinBox::valueChanged, this, [this, name] { commit(name); });
            control = spin;
            break;
        }
        case ConfigType::Choice: {
            auto* combo = new QComboBox(this);
            for (const std::string& c : key->choices) {
                combo->addItem(QString::fromStdString(c));
            }
            connect(combo, &QComboBox::currentTextChanged, this, [this, name] { commit(name); });
            control = combo;
            break;
        }
        case ConfigType::Unsigned:
        case ConfigType::Text:
        case ConfigType::IntegerList: {
            auto* edit = new QLineEdit(this);
            if (key->type == ConfigType::Unsigned) {
                edit->setValidator(
                    new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{1,20}")), edit));
            } else if (key->type == ConfigType::IntegerList) {
                edit->setValidator(
                    new QRegularExpressionValidator(QRegularExpression(QStringLiteral("([0-9]+(,[0-9]+)*)?")), edit));
                edit->setPlaceholderText(tr("e.g. 0,6 (empty: all)"));
            }
            connect(edit, &QLineEdit::editingFinished, this, [this, name] { commit(name); });
            control = edit;
            if (isPathKey(name)) {
                auto* row = new QWidget(this);
                auto* rowLayout = new QHBoxLayout(row);
                rowLayout->setContentsMargins(0, 0, 0, 0);
                edit->setParent(row);
                rowLayout->addWidget(edit, 1);
                auto* browse = new QToolButton(row);
                browse->setText(tr("..."));
                browse->setToolTip(tr("Choose with a dialog"));
                rowLayout->addWidget(browse);
                connect(browse, &QToolButton::clicked, this, [this, name, edit] {
                    // Starts where the field points, else where this key's dialog was last used (remembered).
                    QSettings settings;
                    const QString remembered = QStringLiteral("paths/") + QString::fromStdString(name);
                    const QString start = edit->text().isEmpty() ? settings.value(remembered).toString() : edit->text();
                    const QString chosen = name == "encoder_weights"
                        ? QFileDialog::getOpenFileName(this, tr("Encoder weights"), start,
                                                       tr("State dict (*.pt *.pth);;All files (*)"))
                        : QFileDialog::getExistingDirectory(this, schemaLabel(name), start);
                    if (!chosen.isEmpty()) {
                        settings.setValue(remembered, chosen);
                        edit->setText(chosen);
                        commit(name);
                    }
                });
                field = row;
            }
            break;
        }
        }
        control->setObjectName(QString::fromStdString(name));
        control->setToolTip(QStringLiteral("<b>%1</b> (<code>%2</code>)<br>%3<br><i>%4</i>")
                                .arg(schemaLabel(name), QString::fromStdString(key->flag()), schemaHelp(*key),
                                     QString::fromStdString(key->expectation())));
        m_controls.insert(QString::fromStdString(name), control);
        m_layout->addRow(schemaLabel(name), field != nullptr ? field : control);
    }
    connect(m_model, &ExperimentModel::valueChanged, this, [this](const QString& key) { refresh(key.toStdString()); });
    connect(m_model, &ExperimentModel::configReplaced, this, &SchemaForm::refreshAll);
    refreshAll();
}

void SchemaForm::setChoices(const std::string& key, const QStringList& choices)
{
    QWidget* old = control(key);
    if (old == nullptr) {
        return;
    }
    auto* combo = new QComboBox(this);
    combo->addItems(choices);
    combo->setObjectName(old->objectName());
    combo->setToolTip(old->toolTip());
    m_layout->replaceWidget(old, combo);
    old->deleteLater();
    m_controls.insert(QString::fromStdString(key), combo);
    connect(combo, &QComboBox::currentTextChanged, this, [this, key] { commit(key); });
    refresh(key);
}

// UI -> model: the control's value, parsed by the key's type, set on the model. A refused value (a typed list
// that does not parse) puts the model's value back into the control.
void SchemaForm::commit(const std::string& name)
{
    if (m_updating) {
        return;
    }
    const ConfigKey* key = findConfigKey(name);
    QWidget* c = control(name);
    nlohmann::json value;
    if (auto* box = qobject_cast<QCheckBox*>(c)) {
        value = box->isChecked();
    } else if (auto* spin = qobject_cast<QSpinBox*>(c)) {
        value = static_cast<int64_t>(spin->value());
    } else if (auto* dspin = qobject_cast<QDoubleSpinBox*>(c)) {
        value = dspin->value();
    } else if (auto* combo = qobject_cast<QComboBox*>(c)) {
        value = combo->currentText().toStdString();
    } else if (QLineEdit* edit = lineEditOf(c)) {
        try {
            value = key->type == ConfigType::Text ? nlohmann::json(edit->text().toStdString())
                                                  : parseConfigText(*key, edit->text().toStdString(), key->flag());
        } catch (const std::exception&) {
            refresh(name);
            return;
        }
    }
    if (!m_model->setValue(name, value).isEmpty()) {
        refresh(name);
    }
}

// model -> UI
void SchemaForm::refresh(const std::string& name)
{
    QWidget* c = control(name);
    if (c == nullptr) {
        return;
    }
    const nlohmann::json value = m_model->value(name);
    m_updating = true;
    if (auto* box = qobject_cast<QCheckBox*>(c)) {
        box->setChecked(value.get<bool>());
    } else if (auto* spin = qobject_cast<QSpinBox*>(c)) {
        spin->setValue(clampToInt(value.get<double>()));
    } else if (auto* dspin = qobject_cast<QDoubleSpinBox*>(c)) {
        dspin->setValue(value.get<double>());
    } else if (auto* combo = qobject_cast<QComboBox*>(c)) {
        const QString text = QString::fromStdString(value.get<std::string>());
        if (combo->findText(text) < 0) {
            combo->addItem(text);
        }
        combo->setCurrentText(text);
    } else if (QLineEdit* edit = lineEditOf(c)) {
        if (value.is_string()) {
            edit->setText(QString::fromStdString(value.get<std::string>()));
        } else if (value.is_array()) {
            QStringList items;
            for (const auto& v : value) {
                items.push_back(QString::number(v.get<int64_t>()));
            }
            edit->setText(items.join(QLatin1Char(',')));
        } else {
            edit->setText(QString::fromStdString(value.dump()));
        }
    }
    m_updating = false;
}

void SchemaForm::refreshAll()
{
    for (auto it = m_controls.constBegin(); it != m_controls.constEnd(); ++it) {
        refresh(it.key().toStdString());
    }
}

} // namespace aclwb::gui
