// SPDX-License-Identifier: MIT
// aclwb-screenshots: drives the real main window through the default experiment and saves the main screens
// (setup, during training, results, loss, the embedding live, after the run and a selection's gallery, a sweep, a comparison
// and the runs table) as PNG, for docs/images and for looking at every screen in every look
// (size, light/dark palette, scale) without clicking. Used by packaging/screenshots.sh.
#include "CompareView.h"
#include "CurvesView.h"
#include "EmbeddingExplorer.h"
#include "EmbeddingScatter.h"
#include "EmbeddingView.h"
#include "ExperimentModel.h"
#include "ExperimentPanel.h"
#include "GuiEvents.h"
#include "MainWindow.h"
#include "HeatMapView.h"
#include "ResultsView.h"
#include "RunsView.h"
#include "SweepRunner.h"
#include "SweepView.h"
#include "TrainingWorker.h"
#include "util/Threads.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QLabel>
#include <QMouseEvent>
#include <QPalette>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTimer>

#include <cstdio>

namespace {

void wait(int milliseconds)
{
    QEventLoop loop;
    QTimer::singleShot(milliseconds, &loop, &QEventLoop::quit);
    loop.exec();
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(45, 45, 48));
    p.setColor(QPalette::WindowText, QColor(230, 230, 230));
    p.setColor(QPalette::Base, QColor(30, 30, 32));
    p.setColor(QPalette::AlternateBase, QColor(50, 50, 54));
    p.setColor(QPalette::Text, QColor(230, 230, 230));
    p.setColor(QPalette::Button, QColor(55, 55, 60));
    p.setColor(QPalette::ButtonText, QColor(230, 230, 230));
    p.setColor(QPalette::Highlight, QColor(42, 130, 218));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, QColor(60, 60, 60));
    p.setColor(QPalette::ToolTipText, QColor(230, 230, 230));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(120, 120, 120));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(120, 120, 120));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(120, 120, 120));
    return p;
}

bool save(QWidget& window, const QString& dir, const QString& name)
{
    const QString path = dir + QLatin1Char('/') + name;
    const bool ok = window.grab().save(path);
    std::printf("%s %s\n", ok ? "wrote" : "FAILED", path.toUtf8().constData());
    return ok;
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ACL Workbench screenshots"));
    QApplication::setApplicationName(QStringLiteral("aclwb-screenshots"));
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("Folder for the PNG files"),
                                 QStringLiteral("DIR"), QStringLiteral("docs/images"));
    const QCommandLineOption size(QStringLiteral("size"), QStringLiteral("Window size"), QStringLiteral("WxH"),
                                  QStringLiteral("1280x800"));
    const QCommandLineOption dark(QStringLiteral("dark"), QStringLiteral("Dark palette"));
    const QCommandLineOption prefix(QStringLiteral("prefix"), QStringLiteral("File name prefix"),
                                    QStringLiteral("TEXT"));
    parser.addOptions({ out, size, dark, prefix });
    parser.process(app);
    aclwb::gui::registerGuiEventTypes();
    aclwb::configureThreads(0);
    if (parser.isSet(dark)) {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
    }
    const QStringList wh = parser.value(size).split(QLatin1Char('x'));
    const QString dir = parser.value(out);
    const QString p = parser.value(prefix);
    QDir().mkpath(dir);

    aclwb::gui::MainWindow window;
    window.resize(wh.value(0).toInt(), wh.value(1).toInt());
    window.show();
    // The default experiment's preview (Fashion-MNIST read once) first.
    for (int k = 0; k < 200 && window.experimentPanel()->lastPreview().classNames.isEmpty(); ++k) {
        wait(100);
    }
    wait(300);
    bool ok = save(window, dir, p + QStringLiteral("setup.png"));
    window.setupTabs()->setCurrentIndex(1); // the Loss page of the experiment dock
    wait(200);
    ok = save(window, dir, p + QStringLiteral("loss.png")) && ok;
    window.setupTabs()->setCurrentIndex(0);

    bool ended = false;
    QObject::connect(&window, &aclwb::gui::MainWindow::runEnded, [&] { ended = true; });
    bool shotDuringTraining = false;
    QObject::connect(window.controller()->worker(), &aclwb::gui::TrainingWorker::epochFinished,
                     [&](const aclwb::gui::EpochEvent& e) {
                         if (!shotDuringTraining && e.globalEpoch == 4 && !e.replayed) {
                             shotDuringTraining = true;
                             ok = save(window, dir, p + QStringLiteral("training.png")) && ok;
                         }
                         if (e.globalEpoch == 7 && !e.replayed) {
                             // The embedding while training goes on: wait for a frame of the animation.
                             window.tabs()->setCurrentWidget(window.embedding());
                             aclwb::gui::EmbeddingExplorer* explorer = window.embedding()->explorer();
                             for (int k = 0; k < 100 && explorer->layout().isEmpty(); ++k) {
                                 wait(50);
                             }
                             wait(400);
                             ok = save(window, dir, p + QStringLiteral("embedding-live.png")) && ok;
                             window.tabs()->setCurrentWidget(window.curves());
                         }
                     });
    if (!window.startRun()) {
        return 1;
    }
    while (!ended) {
        wait(200);
    }
    wait(300);
    ok = save(window, dir, p + QStringLiteral("curves.png")) && ok;
    window.tabs()->setCurrentWidget(window.results());
    wait(300);
    ok = save(window, dir, p + QStringLiteral("results.png")) && ok;

    // The embedding of the last snapshot, a minority sample under the cursor, then a gallery of the minority
    // samples that the classifier gets wrong.
    aclwb::gui::EmbeddingView* view = window.embedding();
    aclwb::gui::EmbeddingExplorer* explorer = view->explorer();
    window.tabs()->setCurrentWidget(view);
    for (int k = 0; k < 600 && (explorer->computing() || !explorer->imagesLoaded()); ++k) {
        wait(100);
    }
    wait(300);
    const QVector<int> labels = explorer->shownPoints().labels;
    const QVector<double> xy = explorer->layout();
    int minority = -1;
    QVector<int> wrongMinority;
    for (int r = 0; r < labels.size(); ++r) {
        if (labels[r] == 1) {
            minority = minority < 0 ? r : minority;
            if (explorer->wrong(r)) {
                wrongMinority << r;
            }
        }
    }
    if (minority >= 0 && xy.size() == 2 * labels.size()) {
        aclwb::widgets::EmbeddingScatter* scatter = view->scatter();
        const QPointF pixel(scatter->xAxis->coordToPixel(xy[2 * minority]),
                            scatter->yAxis->coordToPixel(xy[2 * minority + 1]));
        QMouseEvent move(QEvent::MouseMove, pixel, scatter->mapToGlobal(pixel), Qt::NoButton, Qt::NoButton,
                         Qt::NoModifier);
        QApplication::sendEvent(scatter, &move);
    }
    wait(300);
    ok = save(window, dir, p + QStringLiteral("embedding.png")) && ok;
    if (!wrongMinority.isEmpty()) {
        QWidget* gallery = view->showGallery(wrongMinority);
        QWidget* dialog = gallery->window();
        dialog->resize(760, 420);
        wait(400);
        ok = save(*dialog, dir, p + QStringLiteral("embedding-gallery.png")) && ok;
        dialog->close();
    }
    // A 3 x 3 gamma x eta sweep with two seeds of a shorter experiment (3 epochs, at most 1500 images per class),
    // run in the app two at a time; then the best cell compared with plain CL (gamma = eta = 0), and the runs table.
    window.model()->setValue("epochs_contrastive", int64_t(3));
    window.model()->setValue("max_per_class", int64_t(1500));
    window.model()->setValue("snapshot_every", int64_t(0));
    aclwb::gui::SweepView* sweeps = window.sweepView();
    window.tabs()->setCurrentWidget(sweeps);
    const aclwb::SweepPlan plan(window.model()->config(), { "gamma=0,1,2", "eta=0,10,100" }, { "1", "2" });
    QString error;
    const QString root = window.workspace() + QStringLiteral("/sweeps/gamma-eta");
    if (!sweeps->createSweep(plan, root, &error) || !sweeps->startSweep(2)) {
        std::printf("FAILED sweep: %s\n", error.toUtf8().constData());
        return 1;
    }
    bool halfShot = false;
    while (sweeps->runner()->running()) {
        wait(500);
        if (!halfShot && sweeps->progressLabel()->text().startsWith(QStringLiteral("9 of"))) {
            halfShot = true;
            ok = save(window, dir, p + QStringLiteral("sweep-running.png")) && ok;
        }
    }
    sweeps->refreshGrid();
    wait(300);
    ok = save(window, dir, p + QStringLiteral("sweep.png")) && ok;
    const QPair<int, int> best = sweeps->heatMap()->bestCell();
    QStringList runs = sweeps->cellRuns(0, 0); // plain CL: gamma = 0, eta = 0
    for (const QString& r : sweeps->cellRuns(best.first, best.second)) {
        if (!runs.contains(r)) {
            runs.prepend(r);
        }
    }
    QString compareError;
    if (!window.compareView()->compare(runs, window.workspace(), &compareError)) {
        std::printf("FAILED compare: %s\n", compareError.toUtf8().constData());
        return 1;
    }
    window.tabs()->setCurrentWidget(window.compareView());
    wait(400);
    ok = save(window, dir, p + QStringLiteral("compare.png")) && ok;
    window.tabs()->setCurrentWidget(window.runsView());
    window.runsView()->refreshNow();
    wait(400);
    ok = save(window, dir, p + QStringLiteral("runs.png")) && ok;
    return ok ? 0 : 1;
}
