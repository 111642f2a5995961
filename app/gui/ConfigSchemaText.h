// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

#include <string>

namespace aclwb {
struct ConfigKey;
}

namespace aclwb::gui {

/// The config schema's texts in the interface language. The core (no Qt) holds the English label source and help of
/// every key; ConfigSchemaText.cpp lists them for lupdate (context "ConfigSchema"), so the forms generated from the
/// schema are translated like the rest of the window.
/// "epochs_linear" -> "Epochs linear", translated: a form label from a key name.
QString schemaLabel(const std::string& key);
QString schemaHelp(const ConfigKey& key);

/// The schema's English texts (labels and help) that the translation list lacks: a new or reworded key. The test
/// prints them as the lines to add.
QStringList schemaTextsMissingFromList();

} // namespace aclwb::gui
