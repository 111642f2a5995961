// SPDX-License-Identifier: MIT
// The training engine on tiny in-memory data: it learns, it is deterministic, resume equals an uninterrupted run,
// divergence and cancellation are handled, and the exports hold what they promise.
#include "data/ImbalancedDataset.h"
#include "model/ContrastiveNet.h"
#include "model/ResNet18.h"
#include "support/TestData.h"
#include "train/Checkpoint.h"
#include "train/ModelIo.h"
#include "train/RunExport.h"
#include "train/RunFiles.h"
#include "train/Trainer.h"
#include "util/InputError.h"
#include "util/RunControl.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest/QtTest>

#include <torch/torch.h>

#include <future>
#include <thread>

using namespace aclwb;

namespace {

using test::tinyConfig;
using test::tinyData;

bool sameParameters(ContrastiveNet& a, ContrastiveNet& b)
{
    const auto pa = a->named_parameters();
    const auto pb = b->named_parameters();
    for (const auto& item : pa) {
        if (!torch::equal(item.value(), pb[item.key()])) {
            return false;
        }
    }
    return true;
}

/// Cancels the run when a given epoch of a given stage ends (as a user would click Stop).
class CancelAt : public TrainingObserver {
public:
    CancelAt(Stage stage, int64_t epoch, RunControl& control)
        : m_stage(stage)
        , m_epoch(epoch)
        , m_control(control)
    { }
    void onStep(const TrainingProgress& p) override
    {
        if (p.stage == m_stage && p.epoch == m_epoch + 1) {
            m_control.cancel();
        }
    }

private:
    Stage m_stage;
    int64_t m_epoch;
    RunControl& m_control;
};

/// Counts finished epochs, to tell a resumed run from one that silently started over.
class EpochCounter : public TrainingObserver {
public:
    void onEpoch(const EpochSummary& e) override { epochs += e.replayed ? 0 : 1; }
    int epochs = 0;
};

QJsonObject readJson(const QString& path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QJsonDocument::fromJson(f.readAll()).object();
}

} // namespace

class TestTrainer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { torch::set_num_threads(2); }
    void contrastiveLearnsSeparableData_data();
    void contrastiveLearnsSeparableData();
    void crossEntropyBaselinesLearn_data();
    void crossEntropyBaselinesLearn();
    void sameSeedSameResult();
    void resumeEqualsUninterrupted_data();
    void resumeEqualsUninterrupted();
    void divergenceStopsWithClearError_data();
    void linearProbeFindsTheMinority();
    void divergenceStopsWithClearError();
    void cancelFromAnotherThread();
    void exportsAreComplete();
    void encoderWeightsLoad();
    void resnet18Shapes();
    void runFileReadersRefuseNamedPipes();
};

void TestTrainer::contrastiveLearnsSeparableData_data()
{
    QTest::addColumn<QString>("loss");
    QTest::newRow("cl") << QStringLiteral("cl");
    QTest::newRow("afcl") << QStringLiteral("afcl");
}

void TestTrainer::contrastiveLearnsSeparableData()
{
    QFETCH(QString, loss);
    QTemporaryDir dir;
    Trainer trainer(tinyConfig(loss.toStdString()), tinyData(), torch::kCPU);
    const TrainingResult r = trainer.run(dir.path().toStdString(), false);
    QVERIFY(!r.cancelled);
    QCOMPARE(r.history.size(), size_t(4)); // 3 contrastive epochs + the linear probe, solved in one
    QCOMPARE(r.history.front().stage, Stage::Contrastive);
    QCOMPARE(r.history.back().stage, Stage::Linear);
    QVERIFY2(r.history[2].meanLoss < r.history[0].meanLoss, "the contrastive loss did not fall");
    QVERIFY2(r.test.balancedAccuracy > 0.8, qPrintable(QString::number(r.test.balancedAccuracy)));
    QVERIFY(r.history.back().validation.has_value());
    QVERIFY(r.imagesPerSecond > 0);
}

void TestTrainer::crossEntropyBaselinesLearn_data()
{
    QTest::addColumn<QString>("loss");
    QTest::newRow("ce") << QStringLiteral("ce");
    QTest::newRow("ce-weighted") << QStringLiteral("ce-weighted");
}

void TestTrainer::crossEntropyBaselinesLearn()
{
    QFETCH(QString, loss);
    QTemporaryDir dir;
    Trainer trainer(tinyConfig(loss.toStdString()), tinyData(), torch::kCPU);
    const TrainingResult r = trainer.run(dir.path().toStdString(), false);
    QCOMPARE(r.history.size(), size_t(6)); // one stage of epochs_contrastive + epochs_linear
    QCOMPARE(r.history.front().stage, Stage::CrossEntropy);
    QVERIFY2(r.test.balancedAccuracy > 0.8, qPrintable(QString::number(r.test.balancedAccuracy)));
}

void TestTrainer::sameSeedSameResult()
{
    QTemporaryDir a;
    QTemporaryDir b;
    Trainer first(tinyConfig("afcl"), tinyData(), torch::kCPU);
    Trainer second(tinyConfig("afcl"), tinyData(), torch::kCPU);
    const TrainingResult ra = first.run(a.path().toStdString(), false);
    const TrainingResult rb = second.run(b.path().toStdString(), false);
    QCOMPARE(ra.test.confusion, rb.test.confusion);
    QCOMPARE(ra.history.back().meanLoss, rb.history.back().meanLoss);
    QVERIFY(sameParameters(first.model(), second.model()));
    TrainConfig other = tinyConfig("afcl");
    other.seed = 2;
    QTemporaryDir c;
    Trainer third(other, tinyData(2), torch::kCPU);
    third.run(c.path().toStdString(), false);
    QVERIFY(!sameParameters(first.model(), third.model()));
}

void TestTrainer::resumeEqualsUninterrupted_data()
{
    QTest::addColumn<QString>("solver");
    QTest::addColumn<QString>("stage");
    QTest::addColumn<int>("epoch"); // cancelled during the epoch after this one (0-based)
    QTest::newRow("killed in stage 1") << QStringLiteral("lbfgs") << QStringLiteral("contrastive") << 0;
    QTest::newRow("killed during the L-BFGS probe") << QStringLiteral("lbfgs") << QStringLiteral("linear") << -1;
    QTest::newRow("killed in stage 2 (minibatch)") << QStringLiteral("minibatch") << QStringLiteral("linear") << 1;
}

void TestTrainer::resumeEqualsUninterrupted()
{
    QFETCH(QString, solver);
    QFETCH(QString, stage);
    QFETCH(int, epoch);
    TrainConfig config = tinyConfig("afcl");
    config.linearSolver = solver.toStdString();
    const int epochs = static_cast<int>(totalEpochsOf(config));
    QTemporaryDir full;
    QTemporaryDir split;
    Trainer uninterrupted(config, tinyData(), torch::kCPU);
    const TrainingResult want = uninterrupted.run(full.path().toStdString(), false);
    QCOMPARE(static_cast<int>(want.history.size()), epochs);

    RunControl control;
    CancelAt observer(parseStage(stage.toStdString()), epoch, control);
    Trainer interrupted(config, tinyData(), torch::kCPU);
    interrupted.setObserver(&observer);
    interrupted.setRunControl(&control);
    const TrainingResult partial = interrupted.run(split.path().toStdString(), false);
    QVERIFY(partial.cancelled);
    QVERIFY(QFile::exists(split.filePath(QStringLiteral("checkpoint.pt"))));
    const int done = static_cast<int>(partial.history.size());
    QVERIFY(done >= 1 && done < epochs);
    for (const StepRecord& s : partial.steps) { // no step of the unfinished epoch is kept
        QVERIFY(globalEpochOf(config, s.stage, s.epoch) <= done);
    }

    Trainer resumed(config, tinyData(), torch::kCPU); // a new process would start like this
    EpochCounter counter;
    resumed.setObserver(&counter);
    const TrainingResult got = resumed.run(split.path().toStdString(), true);
    QCOMPARE(counter.epochs, epochs - done); // only the missing epochs ran
    QVERIFY(!got.cancelled);
    QCOMPARE(got.history.size(), want.history.size());
    QCOMPARE(got.test.confusion, want.test.confusion);
    QCOMPARE(got.history.back().meanLoss, want.history.back().meanLoss);
    QVERIFY(sameParameters(resumed.model(), uninterrupted.model()));
}

void TestTrainer::linearProbeFindsTheMinority()
{
    // 20:1 on separable classes, one contrastive epoch: the frozen features separate the classes, so the probe must
    // find the minority (the minibatch probe on raw features predicted only the majority: issue 14).
    ImbalanceOptions o;
    o.ratio = 20;
    o.seed = 3;
    o.test = TestComposition::Balanced;
    const ImbalancedDataset data = buildImbalancedDataset(test::separableSplits({ 400, 400 }, 40, 8, 5), o);
    TrainConfig c = tinyConfig("cl");
    c.epochsContrastive = 1;
    QTemporaryDir dir;
    Trainer trainer(c, data, torch::kCPU);
    const TrainingResult r = trainer.run(dir.path().toStdString(), false);
    QCOMPARE(r.history.back().stage, Stage::Linear);
    QVERIFY2(r.test.perClassAccuracy[1] == 1.0, qPrintable(QString::number(r.test.perClassAccuracy[1])));
    QVERIFY2(r.test.balancedAccuracy > 0.95, qPrintable(QString::number(r.test.balancedAccuracy)));
    // One step record per loss evaluation of the probe, numbered from 0.
    int64_t probeSteps = 0;
    for (const StepRecord& s : r.steps) {
        if (s.stage == Stage::Linear) {
            QCOMPARE(s.step, probeSteps++);
        }
    }
    QVERIFY(probeSteps >= 2);
}

void TestTrainer::divergenceStopsWithClearError_data()
{
    QTest::addColumn<QString>("loss");
    QTest::addColumn<double>("lr");
    QTest::addColumn<QString>("mentions");
    QTest::addColumn<bool>("mentionsTemperature");
    QTest::newRow("ce, NaN loss") << QStringLiteral("ce") << 1e35 << QStringLiteral("lr 1e+35") << false;
    // Exploding weights make the projections non-finite before any loss exists (issue: "features contain NaN").
    QTest::newRow("afcl, exploding weights") << QStringLiteral("afcl") << 1e30 << QStringLiteral("lr 1e+30") << true;
}

void TestTrainer::divergenceStopsWithClearError()
{
    QFETCH(QString, loss);
    QFETCH(double, lr);
    QFETCH(QString, mentions);
    QFETCH(bool, mentionsTemperature);
    QTemporaryDir dir;
    TrainConfig c = tinyConfig(loss.toStdString());
    c.optimizer = "sgd";
    c.lr = lr;
    c.schedule = "constant";
    Trainer trainer(c, tinyData(), torch::kCPU);
    try {
        trainer.run(dir.path().toStdString(), false);
        QFAIL("training with a huge learning rate did not diverge");
    } catch (const InputError& e) {
        const QString message = QString::fromUtf8(e.what());
        QVERIFY2(message.contains(QStringLiteral("training diverged")) && message.contains(QStringLiteral("step"))
                     && message.contains(mentions) && message.contains(QStringLiteral("lower the learning rate")),
                 e.what());
        QCOMPARE(message.contains(QStringLiteral("temperature")), mentionsTemperature);
        QVERIFY2(!message.contains(QStringLiteral("features contain")), e.what());
    }
}

void TestTrainer::cancelFromAnotherThread()
{
    QTemporaryDir dir;
    RunControl control;
    TrainConfig c = tinyConfig("afcl");
    c.epochsContrastive = 50;
    Trainer trainer(c, tinyData(), torch::kCPU);
    trainer.setRunControl(&control);
    std::thread stopper([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        control.cancel();
    });
    const auto start = std::chrono::steady_clock::now();
    const TrainingResult r = trainer.run(dir.path().toStdString(), false);
    stopper.join();
    QVERIFY(r.cancelled);
    QVERIFY(r.history.size() < 50);
    QVERIFY(std::chrono::steady_clock::now() - start < std::chrono::seconds(60));
}

void TestTrainer::exportsAreComplete()
{
    QTemporaryDir dir;
    const std::string out = dir.path().toStdString();
    Trainer trainer(tinyConfig("afcl"), tinyData(), torch::kCPU);
    writeRunConfig(out, trainer.config());
    const TrainingResult r = trainer.run(out, false);
    exportRun(out, trainer, r, 2);
    for (const char* name :
         { "config.json", "results.json", "metrics.csv", "embeddings.csv", "model.pt", "checkpoint.pt" }) {
        QVERIFY2(QFile::exists(dir.filePath(QString::fromLatin1(name))), name);
    }
    const QJsonObject results = readJson(dir.filePath(QStringLiteral("results.json")));
    QCOMPARE(results.value(QStringLiteral("class_names")).toArray().size(), 2);
    QCOMPARE(results.value(QStringLiteral("history")).toArray().size(), 4);
    QCOMPARE(results.value(QStringLiteral("threads")).toInt(), 2);
    QCOMPARE(results.value(QStringLiteral("test")).toObject().value(QStringLiteral("balanced_accuracy")).toDouble(),
             r.test.balancedAccuracy);
    QVERIFY(results.value(QStringLiteral("versions")).toObject().contains(QStringLiteral("libtorch")));
    QCOMPARE(readRunConfig(out).loss, std::string("afcl"));

    QFile metrics(dir.filePath(QStringLiteral("metrics.csv")));
    QVERIFY(metrics.open(QIODevice::ReadOnly));
    QCOMPARE(metrics.readAll().count('\n'), qsizetype(5)); // header + 4 epochs
    QFile embeddings(dir.filePath(QStringLiteral("embeddings.csv")));
    QVERIFY(embeddings.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = embeddings.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 1 + 80);
    QCOMPARE(lines.front().split(',').size(), 128 + 1);

    // model.pt: PyTorch-style keys, loadable into a fresh model with identical values.
    ContrastiveNet fresh(ContrastiveNetOptions("cnn-small", 1, 2));
    QCOMPARE(loadStateDict(*fresh, dir.filePath(QStringLiteral("model.pt")).toStdString(), ""),
             int64_t(fresh->named_parameters().size() + fresh->named_buffers().size()));
    QVERIFY(sameParameters(fresh, trainer.model()));
    QVERIFY(fresh->named_parameters().contains("encoder.0.layers.0.weight"));
    QVERIFY(fresh->named_parameters().contains("classifier.weight"));
}

void TestTrainer::encoderWeightsLoad()
{
    QTemporaryDir dir;
    Trainer trainer(tinyConfig("cl"), tinyData(), torch::kCPU);
    trainer.run(dir.path().toStdString(), false);
    saveStateDict(*trainer.model(), dir.filePath(QStringLiteral("w.pt")).toStdString());
    TrainConfig c = tinyConfig("cl");
    c.encoderWeights = dir.filePath(QStringLiteral("w.pt")).toStdString();
    c.seed = 99;
    Trainer warm(c, tinyData(), torch::kCPU);
    const auto a = trainer.model()->encoder->named_parameters();
    for (const auto& item : warm.model()->encoder->named_parameters()) {
        QVERIFY(torch::equal(item.value(), a[item.key()]));
    }
    // A file that is not a state dict is refused with its name.
    QVERIFY(test::writeText(dir.filePath(QStringLiteral("bad.pt")), "nope"));
    c.encoderWeights = dir.filePath(QStringLiteral("bad.pt")).toStdString();
    QVERIFY_EXCEPTION_THROWN(Trainer(c, tinyData(), torch::kCPU), InputError);
}

void TestTrainer::resnet18Shapes()
{
    ResNet18 grey(ResNet18Options(1));
    QCOMPARE(grey->forward(torch::rand({ 2, 1, 16, 16 })).sizes(), (torch::IntArrayRef { 2, 512 }));
    ContrastiveNet net(ContrastiveNetOptions("resnet18", 3, 7));
    const torch::Tensor f = net->features(torch::rand({ 2, 3, 16, 16 }));
    QCOMPARE(net->project(f).norm(2, 1).sub(1).abs().max().item<float>() < 1e-5f, true);
    QCOMPARE(net->classify(f).sizes(), (torch::IntArrayRef { 2, 7 }));
    QVERIFY(net->named_parameters().contains("encoder.0.layer2.0.shortcut.0.weight"));
}

void TestTrainer::runFileReadersRefuseNamedPipes()
{
    // A FIFO named checkpoint.pt, model.pt, metrics.csv, config.json or results.json in a run folder blocked its
    // reader forever (nothing writes to it). Each is refused before it is opened, naming the file.
    QTemporaryDir dir;
    const auto fifo = [&](const char* name) {
        const QString path = dir.filePath(QString::fromLatin1(name));
        return test::makeFifo(path) ? path : QString();
    };
    const auto refusal = [](const QString& pipe, const std::function<void()>& read) {
        QString message;
        const bool returned = test::returnsWithoutWriter(pipe, [&] { message = test::inputErrorOf(read); });
        return returned ? message : QStringLiteral("<blocked on the FIFO>");
    };
    const QString pipeTail = QStringLiteral(": is a named pipe (FIFO), not a regular file");
    torch::nn::Linear linear(2, 2);

    const QString checkpoint = fifo("checkpoint.pt");
    QVERIFY(!checkpoint.isEmpty());
    QCOMPARE(refusal(checkpoint, [&] { Checkpoint::load(checkpoint.toStdString(), *linear, nullptr); }),
             QStringLiteral("checkpoint ") + checkpoint + pipeTail);
    const QString weights = fifo("model.pt");
    QVERIFY(!weights.isEmpty());
    QCOMPARE(refusal(weights, [&] { loadStateDict(*linear, weights.toStdString(), ""); }),
             QStringLiteral("weights file ") + weights + pipeTail);
    const QString metrics = fifo("metrics.csv");
    QVERIFY(!metrics.isEmpty());
    QCOMPARE(refusal(metrics, [&] { readMetricsCsv(metrics.toStdString()); }), metrics + pipeTail);
    const QString config = fifo("config.json");
    QVERIFY(!config.isEmpty());
    QCOMPARE(refusal(config, [&] { readRunConfig(dir.path().toStdString()); }), config + pipeTail);
    const QString results = fifo("results.json");
    QVERIFY(!results.isEmpty());
    QCOMPARE(refusal(results, [&] { readRunResults(dir.path().toStdString()); }), results + pipeTail);
}

QTEST_MAIN(TestTrainer)
#include "tst_trainer.moc"
