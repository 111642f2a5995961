// SPDX-License-Identifier: MIT
// The translations: lupdate finds no string unfinished or missing in any language, and the main window switches
// language at run time (menus, tabs, actions, plots, results) and back, with numbers following the language.
#include "ConfigSchemaText.h"
#include "CurvesView.h"
#include "ExperimentPanel.h"
#include "MainWindow.h"
#include "PlotWidget.h"
#include "ResultsView.h"
#include "Translations.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest/QtTest>

using namespace aclwb::gui;

class TestTranslations : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void nothingUnfinishedOrMissing_data();
    void nothingUnfinishedOrMissing();
    void schemaTextsAreListedForTranslation();
    void mainWindowSwitchesLanguageAtRunTime();
    void firstStartShowsTheThreeSteps();
    void cleanupTestCase();
};

void TestTranslations::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // the language choice goes to a test settings file
}

void TestTranslations::cleanupTestCase()
{
    Translations::instance()->setLanguage(QString());
}

void TestTranslations::nothingUnfinishedOrMissing_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en (plural forms only)") << QStringLiteral("en");
    QTest::newRow("de") << QStringLiteral("de");
    QTest::newRow("id") << QStringLiteral("id");
}

void TestTranslations::nothingUnfinishedOrMissing()
{
    // lupdate over today's sources, into copies of the committed files: a tr() string that is new, changed or only
    // half translated shows up as unfinished there.
    QFETCH(QString, language);
    QTemporaryDir out;
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral("bash"), { QStringLiteral(ACLWB_SOURCE_DIR "/translations/update.sh"), out.path() });
    QVERIFY(lupdate.waitForFinished(120000));
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());
    QFile ts(out.filePath(QStringLiteral("aclwb_%1.ts").arg(language)));
    QVERIFY(ts.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&ts);
    QString source;
    QStringList unfinished;
    int messages = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            continue;
        }
        if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            ++messages;
            const bool flagged = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
            if (flagged || xml.readElementText(QXmlStreamReader::IncludeChildElements).isEmpty()) {
                unfinished << source;
            }
        }
    }
    QVERIFY(!xml.hasError());
    QVERIFY2(unfinished.isEmpty(),
             qPrintable(QStringLiteral("%1 unfinished in aclwb_%2.ts, e.g. \"%3\"; run "
                                       "translations/update.sh and translate them")
                            .arg(unfinished.size())
                            .arg(language, unfinished.value(0))));
    if (language != QStringLiteral("en")) {
        QVERIFY2(messages > 150, qPrintable(QString::number(messages)));
    }
}

void TestTranslations::schemaTextsAreListedForTranslation()
{
    // The forms are generated from the core's schema (English, no Qt): its labels and help must be in the list
    // lupdate reads, or a new key would show up untranslated.
    const QStringList missing = schemaTextsMissingFromList();
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("add to app/gui/ConfigSchemaText.cpp, then run "
                                       "translations/update.sh and translate:\n")
                        + missing.join(QLatin1Char('\n'))));
}

void TestTranslations::mainWindowSwitchesLanguageAtRunTime()
{
    MainWindow w;
    w.show();
    const auto menuTitles = [&w] {
        QStringList titles;
        for (QAction* a : w.menuBar()->actions()) {
            titles << a->text();
        }
        return titles;
    };
    const auto runAction = [&w] {
        for (QAction* a : w.menuBar()->actions().value(1)->menu()->actions()) {
            return a->text();
        }
        return QString();
    };
    const auto stateOf = [&] {
        return QStringList { menuTitles().join(QLatin1Char('|')), w.tabs()->tabText(0), runAction(),
                             w.curves()->qualityPlot()->xAxis->label(), w.results()->normalizeBox()->text() };
    };
    // The application posts QEvent::LanguageChange to every window; the event loop delivers it.
    const auto switchTo = [](const QString& code) {
        const bool ok = Translations::instance()->setLanguage(code);
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        return ok;
    };
    const auto ratioText = [&w] {
        for (auto* spin : w.experimentPanel()->findChildren<QDoubleSpinBox*>()) {
            if (spin->value() == 10.0) {
                return spin->text(); // the imbalance ratio of the default experiment
            }
        }
        return QString();
    };
    QVERIFY(switchTo(QStringLiteral("en")));
    const QStringList english = stateOf();
    QCOMPARE(menuTitles(),
             (QStringList { QStringLiteral("&File"), QStringLiteral("&Run"), QStringLiteral("&View"),
                            QStringLiteral("&Help") }));
    QCOMPARE(w.tabs()->tabText(0), QStringLiteral("Curves"));

    QVERIFY(switchTo(QStringLiteral("de")));
    QCOMPARE(Translations::instance()->current(), QStringLiteral("de"));
    const QStringList german = stateOf();
    QCOMPARE(menuTitles().value(0), QStringLiteral("&Datei"));
    QCOMPARE(w.tabs()->tabText(0), QStringLiteral("Kurven"));
    QCOMPARE(w.curves()->qualityPlot()->xAxis->label(), QStringLiteral("Epoche (gesamter Lauf)"));
    QCOMPARE(w.setupTabs()->tabText(1), QStringLiteral("&Verlust")); // the rebuilt experiment panels
    for (int k = 0; k < english.size(); ++k) {
        QVERIFY2(german[k] != english[k], qPrintable(english[k] + QStringLiteral(" was not translated")));
    }
    QCOMPARE(QLocale().toString(1.5, 'f', 1), QStringLiteral("1,5")); // numbers follow the language
    QCOMPARE(ratioText(), QStringLiteral("10,0"));                    // in the existing widgets too
    QCOMPARE(w.curves()->qualityPlot()->locale().decimalPoint(), QStringLiteral(","));

    QVERIFY(switchTo(QStringLiteral("id")));
    QCOMPARE(menuTitles().value(0), QStringLiteral("&Berkas"));
    QCOMPARE(w.tabs()->tabText(0), QStringLiteral("Kurva"));
    QCOMPARE(w.setupTabs()->tabText(2), QStringLiteral("&Pelatihan"));
    const QStringList indonesian = stateOf();
    for (int k = 0; k < english.size(); ++k) {
        QVERIFY2(indonesian[k] != english[k], qPrintable(english[k] + QStringLiteral(" was not translated")));
    }

    QVERIFY(switchTo(QStringLiteral("en")));
    QCOMPARE(stateOf(), english); // and back, with nothing left behind
    QCOMPARE(w.setupTabs()->tabText(1), QStringLiteral("&Loss"));
    QCOMPARE(QLocale().toString(1.5, 'f', 1), QStringLiteral("1.5"));
    QCOMPARE(ratioText(), QStringLiteral("10.0"));
    QCOMPARE(w.curves()->qualityPlot()->locale().decimalPoint(), QStringLiteral("."));
    QCOMPARE(Translations::instance()->savedChoice(), QStringLiteral("en"));
    // The window still works after the panels were rebuilt: the experiment panel edits the model.
    QVERIFY(w.experimentPanel() != nullptr);
    QCOMPARE(w.setupTabs()->count(), 3);
}

void TestTranslations::firstStartShowsTheThreeSteps()
{
    // The very first window shows the workflow once, without blocking; later windows do not.
    QSettings().remove(QStringLiteral("ui/gettingStartedShown"));
    {
        MainWindow w;
        w.show();
        QTRY_VERIFY(w.findChild<QMessageBox*>() != nullptr);
        const auto* box = w.findChild<QMessageBox*>();
        QVERIFY(!box->isModal());
        QCOMPARE(box->text(), w.gettingStartedText());
        QVERIFY(box->text().contains(QStringLiteral("Ctrl+R")));
    }
    MainWindow again;
    again.show();
    QTest::qWait(50);
    QVERIFY(again.findChild<QMessageBox*>() == nullptr);
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
