// SPDX-License-Identifier: MIT
// aclwb: the ACL Workbench desktop application.
#include "DeviceInfo.h"
#include "GuiEvents.h"
#include "MainWindow.h"
#include "Translations.h"
#include "aclwb/Version.h"
#include "util/MemoryTuning.h"
#include "util/ThreadingEnvironment.h"
#include "util/Threads.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>
#include <QTimer>

#include <cstdio>
#include <string>

namespace {

struct Options {
    QCommandLineOption version { QStringList { QStringLiteral("v"), QStringLiteral("version") },
                                 QCoreApplication::translate("main",
                                                             "Show the versions of the app, Qt and LibTorch, "
                                                             "and the device.") };
    QCommandLineOption config {
        QStringLiteral("config"),
        QCoreApplication::translate("main", "Load this experiment config (config.json format)."), QStringLiteral("FILE")
    };
    QCommandLineOption start { QStringLiteral("start"),
                               QCoreApplication::translate("main", "Start training the experiment right away.") };
};

void describe(QCommandLineParser& parser, const Options& options)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "ACL Workbench: contrastive learning on imbalanced image data (the AFCL loss family)."));
    parser.addHelpOption();
    parser.addOption(options.version);
    parser.addOption(options.config);
    parser.addOption(options.start);
    parser.addPositionalArgument(
        QStringLiteral("RUN_DIR"),
        QCoreApplication::translate("main", "Open this run directory (curves, results, config)."),
        QStringLiteral("[RUN_DIR]"));
}

void setNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("ACL Workbench"));
    QCoreApplication::setApplicationName(QStringLiteral("aclwb"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(aclwb::kVersion));
}

/// --help and --version answer without a display (on a server, in a terminal).
bool textOnly(int argc, char** argv)
{
    for (int k = 1; k < argc; ++k) {
        const std::string a = argv[k];
        if (a == "-h" || a == "--help" || a == "--help-all" || a == "-v" || a == "--version" || a == "-?") {
            return true;
        }
    }
    return false;
}

} // namespace

int main(int argc, char** argv)
{
    aclwb::preferPassiveOpenMpWait(argv);
    aclwb::keepFreedMemoryForReuse();
    Options options;
    if (textOnly(argc, argv)) {
        QCoreApplication app(argc, argv);
        setNames();
        QCommandLineParser parser;
        describe(parser, options);
        parser.process(app); // prints --help and exits
        aclwb::configureThreads(0);
        std::printf("aclwb %s (Qt %s, LibTorch %s, %s)\n", aclwb::kVersion, qVersion(),
                    aclwb::gui::libtorchVersion().toUtf8().constData(),
                    aclwb::gui::deviceDescription().toUtf8().constData());
        return 0;
    }
    QApplication app(argc, argv);
    setNames();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/aclwb.svg")));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.aclworkbench.aclwb")); // Wayland finds the icon
    // The remembered interface language, or the system's (View > Language switches it while running).
    aclwb::gui::Translations::instance()->setLanguage(aclwb::gui::Translations::instance()->savedChoice());
    aclwb::gui::registerGuiEventTypes();
    aclwb::configureThreads(0); // once per process: one LibTorch thread per hardware thread
    QCommandLineParser parser;
    describe(parser, options);
    parser.process(app);

    aclwb::gui::MainWindow window;
    window.show();
    bool ok = true;
    if (parser.isSet(options.config)) {
        ok = window.loadConfig(parser.value(options.config));
    }
    if (!parser.positionalArguments().isEmpty()) {
        ok = window.openRun(parser.positionalArguments().front()) && ok;
    }
    if (parser.isSet(options.start) && ok) {
        QTimer::singleShot(0, &window, &aclwb::gui::MainWindow::startRun);
    }
    return QApplication::exec();
}
