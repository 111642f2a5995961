// SPDX-License-Identifier: MIT
// CSV reading: the happy path round-trips exactly, and every malformed file is refused with file:line.
#include "io/AtomicFile.h"
#include "io/CsvTable.h"
#include "io/RegularFile.h"
#include "support/TestData.h"
#include "util/InputError.h"

#include <QTemporaryDir>
#include <QtTest/QtTest>

#include <cmath>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace aclwb;

class TestCsvTable : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void readsNumbersAndRoundTrips();
    void readsLabels();
    void rejectsMalformedFiles_data();
    void rejectsMalformedFiles();
    void atomicWriteReplacesWholeFile();
    void atomicWriteToMissingDirectoryFails();
    void atomicWriteFollowsSymlinks();
    void atomicWriteKeepsSpecialFiles();
    void nonRegularFilesRefusedWithoutBlocking();
    void float32RangeNamesFileLineAndColumn();

private:
    QTemporaryDir m_dir;
    std::string path(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)).toStdString(); }
};

void TestCsvTable::readsNumbersAndRoundTrips()
{
    const double values[] = { 0.1, -2.5e-17, 3.0, 1.0 / 3.0, 12345.678, -0.0 };
    const std::string text = formatCsv(values, 2, 3);
    QVERIFY(test::writeText(QString::fromStdString(path("t.csv")), QByteArray::fromStdString(" " + text + "\n\n")));
    const CsvTable table = readNumericCsv(path("t.csv"));
    QCOMPARE(table.rows, int64_t(2));
    QCOMPARE(table.columns, int64_t(3));
    for (int k = 0; k < 6; ++k) {
        QCOMPARE(table.values[static_cast<size_t>(k)], values[k]); // bit-exact round trip
    }
}

void TestCsvTable::readsLabels()
{
    QVERIFY(test::writeText(QString::fromStdString(path("l.csv")), "3\n-1\r\n 7 \n"));
    QCOMPARE(readLabelFile(path("l.csv")), (std::vector<int64_t> { 3, -1, 7 }));
}

void TestCsvTable::rejectsMalformedFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("labels");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("ragged") << QByteArray("1,2,3\n4,5\n") << false << QStringLiteral(":2: expected 3 columns");
    QTest::newRow("non-numeric") << QByteArray("1,2\n3,abc\n") << false
                                 << QStringLiteral(":2: column 2 is not a number");
    QTest::newRow("empty cell") << QByteArray("1,,2\n") << false << QStringLiteral(":1: column 2");
    QTest::newRow("nan") << QByteArray("1,nan\n") << false << QStringLiteral("not a finite number");
    QTest::newRow("blank inside") << QByteArray("1,2\n\n3,4\n") << false << QStringLiteral(":2: blank line");
    QTest::newRow("empty") << QByteArray("") << false << QStringLiteral("empty");
    QTest::newRow("label not integer") << QByteArray("1\n2.5\n") << true << QStringLiteral(":2: expected one integer");
    QTest::newRow("two labels on a line") << QByteArray("1,2\n") << true << QStringLiteral(":1:");
}

void TestCsvTable::rejectsMalformedFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(bool, labels);
    QFETCH(QString, mentions);
    const std::string file = path("bad.csv");
    QVERIFY(test::writeText(QString::fromStdString(file), content));
    try {
        if (labels) {
            readLabelFile(file);
        } else {
            readNumericCsv(file);
        }
        QFAIL("no exception");
    } catch (const InputError& e) {
        const QString message = QString::fromUtf8(e.what());
        QVERIFY2(message.contains(QString::fromStdString(file)), e.what());
        QVERIFY2(message.contains(mentions), e.what());
    }
}

void TestCsvTable::atomicWriteReplacesWholeFile()
{
    const std::string file = path("out.csv");
    writeFileAtomically(file, "old contents that are longer\n");
    writeFileAtomically(file, "new\n");
    QFile f(QString::fromStdString(file));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("new\n"));
    // No temporary files left behind.
    QCOMPARE(QDir(m_dir.path())
                 .entryList(QStringList { QStringLiteral(".out.csv.tmp-*") }, QDir::Hidden | QDir::Files)
                 .size(),
             0);
}

void TestCsvTable::atomicWriteToMissingDirectoryFails()
{
    QVERIFY_EXCEPTION_THROWN(writeFileAtomically(path("no/such/dir/x.csv"), "x"), InputError);
    QVERIFY_EXCEPTION_THROWN(readNumericCsv(path("missing.csv")), InputError);
}

void TestCsvTable::atomicWriteFollowsSymlinks()
{
    const std::string target = path("target.csv");
    const std::string link = path("link.csv");
    writeFileAtomically(target, "old\n");
    QVERIFY(QFile::link(QString::fromStdString(target), QString::fromStdString(link)));
    writeFileAtomically(link, "new\n");
    // The link is still a link, and its target holds the new contents.
    QVERIFY(QFileInfo(QString::fromStdString(link)).isSymLink());
    QFile f(QString::fromStdString(target));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("new\n"));
    QVERIFY_EXCEPTION_THROWN(writeFileAtomically(m_dir.path().toStdString(), "x"), InputError);
}

void TestCsvTable::atomicWriteKeepsSpecialFiles()
{
    const std::string fifo = path("pipe");
    QCOMPARE(::mkfifo(fifo.c_str(), 0600), 0);
    // Hold the read end open so the writer does not block, then check that the bytes came through the pipe.
    const int readFd = ::open(fifo.c_str(), O_RDONLY | O_NONBLOCK);
    QVERIFY(readFd >= 0);
    writeFileAtomically(fifo, "through the pipe\n");
    char buffer[64] = {};
    const ssize_t n = ::read(readFd, buffer, sizeof buffer);
    ::close(readFd);
    QCOMPARE(QByteArray(buffer, static_cast<int>(n)), QByteArray("through the pipe\n"));
    struct stat st { };
    QCOMPARE(::lstat(fifo.c_str(), &st), 0);
    QVERIFY2(S_ISFIFO(st.st_mode), "the FIFO was replaced by a regular file");
}

void TestCsvTable::nonRegularFilesRefusedWithoutBlocking()
{
    // A named pipe with no writer: opening it to read blocks forever, so the readers must refuse it unopened.
    const QString fifo = QString::fromStdString(path("features-fifo.csv"));
    QVERIFY(test::makeFifo(fifo));
    QString numeric;
    QString labels;
    QVERIFY2(test::returnsWithoutWriter(fifo,
                                        [&] {
                                            numeric = test::inputErrorOf([&] { readNumericCsv(fifo.toStdString()); });
                                            labels = test::inputErrorOf([&] { readLabelFile(fifo.toStdString()); });
                                        }),
             "a CSV reader opened the FIFO and blocked");
    const QString expected = fifo + QStringLiteral(": is a named pipe (FIFO), not a regular file");
    QVERIFY2(numeric.contains(expected), qPrintable(numeric));
    QVERIFY2(labels.contains(expected), qPrintable(labels));

    // The other kinds are named as what they are, and `what` starts the message.
    const std::string dir = m_dir.path().toStdString();
    QCOMPARE(test::inputErrorOf([&] { readNumericCsv(dir); }),
             QString::fromStdString(dir + ": is a directory, not a file"));
    QCOMPARE(test::inputErrorOf([&] { requireRegularFile(path("absent.csv"), "--features"); }),
             QString::fromStdString("--features " + path("absent.csv") + ": does not exist"));
    QVERIFY(QFile::link(QString::fromStdString(path("absent.csv")), QString::fromStdString(path("dangling.csv"))));
    QVERIFY(test::inputErrorOf([&] {
                requireRegularFile(path("dangling.csv"));
            }).contains(QStringLiteral("is a broken symbolic link")));
    QVERIFY(test::inputErrorOf([] { requireRegularFile("/dev/null"); }).contains(QStringLiteral("is a device")));
    QVERIFY(test::inputErrorOf([] { requireRegularFile(""); }).contains(QStringLiteral("no file given")));
    // A regular file, and a link to one, pass.
    QVERIFY(test::writeText(QString::fromStdString(path("plain.csv")), "1\n"));
    QVERIFY(QFile::link(QString::fromStdString(path("plain.csv")), QString::fromStdString(path("link-to-plain.csv"))));
    requireRegularFile(path("plain.csv"));
    requireRegularFile(path("link-to-plain.csv"));
}

void TestCsvTable::float32RangeNamesFileLineAndColumn()
{
    // 1e39 became inf in float32 and was refused later as "NaN or infinite values (first in row 1)": no file, a
    // 0-based row, and no word of the cause.
    const std::string file = path("wide.csv");
    QVERIFY(test::writeText(QString::fromStdString(file), "1,0\n0.5,1e39\n1,1\n"));
    const CsvTable table = readNumericCsv(file);
    const QString overflow = test::inputErrorOf([&] { requireFloat32Range(table, file); });
    QVERIFY2(overflow.startsWith(QString::fromStdString(file + ":2: column 2 = 1e+39 overflows float32")),
             qPrintable(overflow));
    // With a header the data starts on line 2; a row that is all zero in float32 has no direction.
    QVERIFY(test::writeText(QString::fromStdString(file), "a,b\n1,2\n1e-50,-1e-60\n"));
    const CsvTable tiny = readNumericCsv(file, /*allowHeader=*/true);
    const QString underflow = test::inputErrorOf([&] { requireFloat32Range(tiny, file); });
    QVERIFY2(underflow.startsWith(QString::fromStdString(file + ":3: every value of the row underflows float32")),
             qPrintable(underflow));
    // The largest float32 itself, and values that round to it, are fine.
    QVERIFY(test::writeText(QString::fromStdString(file), "3.4028234663852886e38,1\n-3.4028235e38,1\n"));
    requireFloat32Range(readNumericCsv(file), file);
}

QTEST_MAIN(TestCsvTable)
#include "tst_csvtable.moc"
