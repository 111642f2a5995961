// SPDX-License-Identifier: MIT
// ONNX export, checked by runtimes that are not ours: OpenCV's DNN module runs the exported graph and its logits equal
// LibTorch's (both encoders, 1 and 3 channels, batch 1 and 7, with batch norms holding non-trivial statistics, since
// the export folds them into the convolutions); Python's onnx checker accepts the files; a damaged, foreign or
// non-ACL Workbench file is refused in one line.
#include "model/ContrastiveNet.h"
#include "run/OnnxExport.h"
#include "run/OnnxModel.h"
#include "run/RunModel.h"
#include "support/TestData.h"
#include "util/InputError.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest/QtTest>

#include <torch/torch.h>

using namespace aclwb;
using namespace aclwb::test;

namespace {

/// An untrained model whose batch norms hold random running statistics and affine parameters: an export that got
/// the folding wrong (or forgot it) gives other logits.
RunModel randomModel(const std::string& encoder, int64_t channels, int64_t side, int64_t classes)
{
    torch::manual_seed(7);
    RunModel run;
    run.config.encoder = encoder;
    run.imageShape = { channels, side, side };
    for (int64_t c = 0; c < classes; ++c) {
        run.classNames.push_back("class " + std::to_string(c));
    }
    run.model = ContrastiveNet(ContrastiveNetOptions(encoder, channels, classes));
    torch::NoGradGuard noGrad;
    for (auto& item : run.model->named_buffers()) {
        if (item.key().find("running_mean") != std::string::npos) {
            item.value().uniform_(-0.2, 0.2);
        } else if (item.key().find("running_var") != std::string::npos) {
            item.value().uniform_(0.5, 2.0);
        }
    }
    for (auto& item : run.model->named_parameters()) {
        if (item.key().find("bn") != std::string::npos || item.key().find("layers.1.") != std::string::npos) {
            item.value().uniform_(0.5, 1.5);
        }
    }
    run.model->eval();
    return run;
}

} // namespace

class TestOnnxExport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void opencvAgreesWithLibTorch_data();
    void opencvAgreesWithLibTorch();
    void projectionOutput();
    void noProjectionNoEmbedding();
    void pythonCheckerAccepts();
    void damagedOrForeignFilesRefused();

private:
    QTemporaryDir m_dir;
};

void TestOnnxExport::initTestCase()
{
    if (!onnxExportAvailable() || !onnxInferenceAvailable()) {
        QSKIP("this build has no ONNX (libonnx-dev) or no OpenCV DNN");
    }
    QVERIFY(m_dir.isValid());
}

void TestOnnxExport::opencvAgreesWithLibTorch_data()
{
    QTest::addColumn<QString>("encoder");
    QTest::addColumn<int>("channels");
    QTest::addColumn<int>("side");
    QTest::addColumn<int>("batch");
    QTest::newRow("cnn-small grey, batch 1") << "cnn-small" << 1 << 28 << 1;
    QTest::newRow("cnn-small grey, batch 7") << "cnn-small" << 1 << 28 << 7;
    QTest::newRow("cnn-small RGB, batch 7") << "cnn-small" << 3 << 32 << 7;
    QTest::newRow("resnet18 RGB, batch 1") << "resnet18" << 3 << 32 << 1;
    QTest::newRow("resnet18 RGB, batch 7") << "resnet18" << 3 << 32 << 7;
    QTest::newRow("resnet18 grey, batch 7") << "resnet18" << 1 << 28 << 7;
}

void TestOnnxExport::opencvAgreesWithLibTorch()
{
    QFETCH(QString, encoder);
    QFETCH(int, channels);
    QFETCH(int, side);
    QFETCH(int, batch);
    RunModel run = randomModel(encoder.toStdString(), channels, side, 3);
    const std::string path
        = m_dir.filePath(QStringLiteral("%1-%2-%3.onnx").arg(encoder).arg(channels).arg(batch)).toStdString();
    exportOnnx(run, path);

    const OnnxModel onnx = OnnxModel::load(path);
    QCOMPARE(onnx.classNames(), run.classNames);
    QCOMPARE(onnx.imageShape(), run.imageShape);

    // Pixel values as stored (0..255): the graph divides by 255, LibTorch's model was trained on value / 255.
    torch::manual_seed(11);
    const at::Tensor pixels = torch::randint(0, 256, { batch, channels, side, side }).to(torch::kFloat);
    at::Tensor expected;
    {
        torch::NoGradGuard noGrad;
        expected = run.model->forward(pixels / 255.0).to(torch::kDouble);
    }
    const at::Tensor actual = onnx.logits(pixels);
    QCOMPARE(actual.sizes(), expected.sizes());
    // float32 through two different runtimes, with the batch norms folded: the documented tolerance
    // (docs/MODEL_FORMAT.md) is 1e-4 relative to the largest logit.
    const double error = relativeMaxError(actual, expected);
    QVERIFY2(error < 1e-4, qPrintable(QStringLiteral("relative error %1").arg(error)));
    QVERIFY(actual.argmax(1).equal(expected.argmax(1)));
}

void TestOnnxExport::projectionOutput()
{
    RunModel run = randomModel("cnn-small", 1, 28, 2);
    const std::string path = m_dir.filePath(QStringLiteral("projection.onnx")).toStdString();
    OnnxExportOptions options;
    options.withProjection = true;
    exportOnnx(run, path, options);
    // Still a valid classifier for OpenCV; the extra output does not disturb the logits.
    const OnnxModel onnx = OnnxModel::load(path);
    const at::Tensor pixels = torch::full({ 2, 1, 28, 28 }, 128.0);
    QVERIFY(onnx.hasEmbedding());
    torch::NoGradGuard noGrad;
    QVERIFY(relativeMaxError(onnx.logits(pixels), run.model->forward(pixels / 255.0).to(torch::kDouble)) < 1e-4);
    // The embedding is what the contrastive loss saw: the projection head's output, L2-normalised.
    const at::Tensor expected = run.model->project(run.model->features(pixels / 255.0)).to(torch::kDouble);
    const at::Tensor embedding = onnx.embedding(pixels);
    QCOMPARE(embedding.sizes(), expected.sizes());
    QVERIFY(relativeMaxError(embedding, expected) < 1e-4);
    QVERIFY(torch::allclose(embedding.norm(2, 1), torch::ones({ 2 }, torch::kDouble), 1e-5, 1e-5));
}

void TestOnnxExport::noProjectionNoEmbedding()
{
    RunModel run = randomModel("cnn-small", 1, 28, 2);
    const std::string path = m_dir.filePath(QStringLiteral("logits-only.onnx")).toStdString();
    exportOnnx(run, path);
    const OnnxModel onnx = OnnxModel::load(path);
    QVERIFY(!onnx.hasEmbedding());
    const QString message = inputErrorOf([&] { onnx.embedding(torch::zeros({ 1, 1, 28, 28 })); });
    QVERIFY2(message.contains(QStringLiteral("--with-projection")), qPrintable(message));
    // Images of the wrong shape are named, not passed to OpenCV.
    const QString shape = inputErrorOf([&] { onnx.logits(torch::zeros({ 1, 3, 28, 28 })); });
    QVERIFY2(shape.contains(QStringLiteral("[N, 1, 28, 28]")), qPrintable(shape));
}

void TestOnnxExport::pythonCheckerAccepts()
{
    const RunModel cnn = randomModel("cnn-small", 3, 32, 4);
    const RunModel resnet = randomModel("resnet18", 1, 28, 2);
    const QString a = m_dir.filePath(QStringLiteral("py-cnn.onnx"));
    const QString b = m_dir.filePath(QStringLiteral("py-resnet.onnx"));
    OnnxExportOptions options;
    options.withProjection = true;
    exportOnnx(cnn, a.toStdString(), options);
    exportOnnx(resnet, b.toStdString());

    // Debian's python3-onnx lives in the system interpreter (not a pyenv or venv one earlier on PATH).
    QProcess python;
    const QString script
        = QStringLiteral("import json, sys, onnx\n"
                         "for path in sys.argv[1:]:\n"
                         "    m = onnx.load(path)\n"
                         "    onnx.checker.check_model(m, full_check=True)\n"
                         "    meta = {p.key: p.value for p in m.metadata_props}\n"
                         "    print(len(json.loads(meta['class_names'])), [o.name for o in m.graph.output],\n"
                         "          m.graph.input[0].type.tensor_type.shape.dim[0].dim_param)\n");
    python.start(QStringLiteral("/usr/bin/python3"), { QStringLiteral("-c"), script, a, b });
    QVERIFY(python.waitForFinished(120000));
    const QString err = QString::fromUtf8(python.readAllStandardError());
    if (python.exitCode() != 0 && err.contains(QStringLiteral("No module named 'onnx'"))) {
        QSKIP("python3-onnx is not installed (packaging/install-deps.sh installs it)");
    }
    QVERIFY2(python.exitCode() == 0, qPrintable(err));
    const QStringList lines = QString::fromUtf8(python.readAllStandardOutput()).trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines[0], QStringLiteral("4 ['logits', 'embedding'] batch"));
    QCOMPARE(lines[1], QStringLiteral("2 ['logits'] batch"));
}

void TestOnnxExport::damagedOrForeignFilesRefused()
{
    RunModel run = randomModel("cnn-small", 1, 28, 2);
    const QString good = m_dir.filePath(QStringLiteral("good.onnx"));
    exportOnnx(run, good.toStdString());
    QFile file(good);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();

    const auto refusal = [&](const QString& name, const QByteArray& contents) {
        const QString path = m_dir.filePath(name);
        if (!contents.isNull()) {
            writeText(path, contents);
        }
        return inputErrorOf([&] { OnnxModel::load(path.toStdString()); });
    };
    // Cut in half: the protobuf ends inside a tensor.
    QString message = refusal(QStringLiteral("half.onnx"), bytes.left(bytes.size() / 2));
    QVERIFY2(message.contains(QStringLiteral("half.onnx")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("not an ONNX model")), qPrintable(message));
    QVERIFY(!message.contains(QLatin1Char('\n')));
    // A PNG, or text, renamed.
    message = refusal(QStringLiteral("picture.onnx"), QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
    QVERIFY2(message.contains(QStringLiteral("not an ONNX model")), qPrintable(message));
    message = refusal(QStringLiteral("empty.onnx"), QByteArray(""));
    QVERIFY2(message.contains(QStringLiteral("not an ONNX model")), qPrintable(message));
    // Missing, or a folder.
    message = refusal(QStringLiteral("missing.onnx"), QByteArray());
    QVERIFY2(message.contains(QStringLiteral("does not exist")), qPrintable(message));
    QVERIFY(QDir(m_dir.path()).mkdir(QStringLiteral("folder.onnx")));
    message = refusal(QStringLiteral("folder.onnx"), QByteArray());
    QVERIFY2(message.contains(QStringLiteral("directory")), qPrintable(message));

    // A valid ONNX model that another tool wrote: the same graph without our metadata.
    const QString foreign = m_dir.filePath(QStringLiteral("foreign.onnx"));
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
                 { QStringLiteral("-c"),
                   QStringLiteral("import sys, onnx\nm = onnx.load(sys.argv[1])\ndel m.metadata_props[:]\n"
                                  "onnx.save(m, sys.argv[2])\n"),
                   good, foreign });
    QVERIFY(python.waitForFinished(120000));
    if (python.exitCode() == 0) {
        message = inputErrorOf([&] { OnnxModel::load(foreign.toStdString()); });
        QVERIFY2(message.contains(QStringLiteral("not one ACL Workbench exported")), qPrintable(message));
    }
}

QTEST_GUILESS_MAIN(TestOnnxExport)
#include "tst_onnxexport.moc"
