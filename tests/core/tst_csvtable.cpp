// SPDX-License-Identifier: MIT
// CSV reading: the happy path round-trips exactly, and every malformed file is refused with file:line.
#include "io/AtomicFile.h"
#include "io/CsvTable.h"
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

QTEST_MAIN(TestCsvTable)
#include "tst_csvtable.moc"
