// SPDX-License-Identifier: MIT
#include "Translations.h"

#include <QApplication>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>
#include <QWidget>

namespace aclwb::gui {

Translations::Translations(QObject* parent)
    : QObject(parent)
    , m_app(new QTranslator(this))
    , m_qt(new QTranslator(this))
{ }

Translations* Translations::instance()
{
    static Translations* one = new Translations(QCoreApplication::instance());
    return one;
}

QList<QPair<QString, QString>> Translations::languages()
{
    return { { QString(), tr("System language") },
             { QStringLiteral("en"), QStringLiteral("English") },
             { QStringLiteral("de"), QStringLiteral("Deutsch") },
             { QStringLiteral("id"), QStringLiteral("Bahasa Indonesia") } };
}

QString Translations::systemLanguage()
{
    for (const QString& ui : QLocale::system().uiLanguages()) {
        for (const char* code : { "de", "id", "en" }) {
            if (ui.startsWith(QLatin1String(code))) {
                return QString::fromLatin1(code);
            }
        }
    }
    return QStringLiteral("en");
}

QString Translations::savedChoice() const
{
    return QSettings().value(QStringLiteral("ui/language")).toString();
}

bool Translations::setLanguage(const QString& code)
{
    const QString language = code.isEmpty() ? systemLanguage() : code;
    QCoreApplication::removeTranslator(m_app);
    QCoreApplication::removeTranslator(m_qt);
    bool ok = true;
    if (language != QStringLiteral("en")) {
        ok = m_app->load(QStringLiteral(":/i18n/aclwb_") + language);
        // Qt's own strings (standard buttons, file dialogs) where the system has them.
        if (m_qt->load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(m_qt);
        }
        if (ok) {
            QCoreApplication::installTranslator(m_app);
        }
    }
    // (Installing or removing a translator sends QEvent::LanguageChange to every window.)
    m_current = ok ? language : QStringLiteral("en");
    QLocale::setDefault(code.isEmpty() ? QLocale::system() : QLocale(m_current));
    // Widgets keep the locale they were created with: hand every window the new one (children inherit it).
    for (QWidget* window : QApplication::topLevelWidgets()) {
        window->setLocale(QLocale());
    }
    QSettings().setValue(QStringLiteral("ui/language"), code);
    Q_EMIT languageChanged(m_current);
    return ok;
}

} // namespace aclwb::gui
