// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QObject>
#include <QPair>
#include <QString>

class QTranslator;

namespace aclwb::gui {

/// The interface language: the workbench's translations (compiled from translations/*.ts into the program) and Qt's
/// own. Switching installs the translators, which sends QEvent::LanguageChange to every widget; each retranslates
/// itself, so no restart is needed. The choice is remembered; "" follows the system locale. Numbers shown in the
/// window follow the chosen language (QLocale's default); files (CSV, JSON) never do.
class Translations : public QObject {
    Q_OBJECT

public:
    /// The one instance, owned by the application.
    static Translations* instance();

    /// (code, name in its own language): "", "en", "de", "id".
    static QList<QPair<QString, QString>> languages();
    /// The supported language the system locale asks for ("de", "id", else "en").
    static QString systemLanguage();

    /// The remembered choice ("" = system), applied at start.
    QString savedChoice() const;
    /// Applies `code` ("" = the system's) and remembers it; false when its translation is missing.
    bool setLanguage(const QString& code);
    /// The language in effect ("en", "de" or "id").
    QString current() const { return m_current; }

Q_SIGNALS:
    void languageChanged(const QString& code);

private:
    explicit Translations(QObject* parent);

    QTranslator* m_app = nullptr;
    QTranslator* m_qt = nullptr;
    QString m_current = QStringLiteral("en");
};

} // namespace aclwb::gui
