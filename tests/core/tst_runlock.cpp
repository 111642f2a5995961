// SPDX-License-Identifier: MIT
// One writer per run folder, and one rule for who holds it: the lock refuses a second writer naming the first,
// the marker carries host, pid, start time and a heartbeat, and judgeHolder tells a live run from a killed one on
// this host (pid start time) and on another (heartbeat age). The marker-file fallback (no flock) obeys the same rule.
#include "run/RunDirectory.h"
#include "run/RunHolder.h"
#include "run/RunLock.h"
#include "util/InputError.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest/QtTest>

#include <cstdlib>
#include <fstream>
#include <thread>

#include <sys/wait.h>
#include <unistd.h>

using namespace aclwb;

namespace {

std::string readAll(const QString& path)
{
    std::ifstream in(path.toStdString());
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

/// Restores an environment variable when the test ends, however it ends.
class ScopedEnv {
public:
    ScopedEnv(const char* name, const char* value)
        : m_name(name)
    {
        if (const char* old = std::getenv(name)) {
            m_old = old;
            m_had = true;
        }
        ::setenv(name, value, 1);
    }
    ~ScopedEnv()
    {
        if (m_had) {
            ::setenv(m_name, m_old.c_str(), 1);
        } else {
            ::unsetenv(m_name);
        }
    }

private:
    const char* m_name;
    std::string m_old;
    bool m_had = false;
};

} // namespace

class TestRunLock : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void secondWriterIsRefusedNamingTheFirst();
    void markerNamesHolderAndHeartbeats();
    void holderRule();
    void lockIsSeenFromAnotherPidNamespace();
    void markerFileFallback();
};

void TestRunLock::secondWriterIsRefusedNamingTheFirst()
{
    QTemporaryDir dir;
    const std::string run = dir.path().toStdString();
    auto first = std::make_unique<RunLock>(run);
    QVERIFY(runLockHeld(run));
    try {
        RunLock second(run); // another open file description: flock refuses it as it would another process
        QFAIL("a second writer took a held run folder");
    } catch (const RunFolderInUse& e) {
        const QString what = QString::fromUtf8(e.what());
        QVERIFY2(what.contains(QStringLiteral("is in use")), e.what());
        QVERIFY2(what.contains(QStringLiteral("pid %1").arg(::getpid())), e.what());
        QVERIFY2(what.contains(QString::fromStdString(currentHostName())), e.what());
    }
    // The refusal changed nothing: the first holder's marker is still there.
    QVERIFY(QFile::exists(dir.filePath(QString::fromLatin1(kRunningMarker))));
    first->release();
    QVERIFY(!QFile::exists(dir.filePath(QString::fromLatin1(kRunningMarker))));
    QVERIFY(!runLockHeld(run));
    QVERIFY(QFile::exists(dir.filePath(QString::fromLatin1(kRunLockFile)))); // never deleted while the folder lives
    RunLock third(run);                                                      // free again
    QVERIFY(runLockHeld(run));
}

void TestRunLock::markerNamesHolderAndHeartbeats()
{
    QTemporaryDir dir;
    RunLock lock(dir.path().toStdString(), 0.1);
    const std::optional<RunHolder> h = RunHolder::parse(readAll(dir.filePath(QString::fromLatin1(kRunningMarker))));
    QVERIFY(h.has_value());
    QCOMPARE(h->host, currentHostName());
    QCOMPARE(h->pid, static_cast<int64_t>(::getpid()));
    QCOMPARE(h->startTicks, processStartTicks(::getpid()).value());
    QCOMPARE(h->bootId, currentBootId());
    QCOMPARE(h->lock, std::string("flock"));
    QCOMPARE(h->heartbeatInterval, 0.1);
    std::this_thread::sleep_for(std::chrono::milliseconds(500));
    const std::optional<RunHolder> later = RunHolder::parse(readAll(dir.filePath(QString::fromLatin1(kRunningMarker))));
    QVERIFY(later.has_value());
    QVERIFY2(later->heartbeat > h->heartbeat + 0.2, "the heartbeat did not advance");
    QCOMPARE(later->startedAt, h->startedAt);
}

void TestRunLock::holderRule()
{
    const double now = wallClockSeconds();
    RunHolder remote;
    remote.host = "node-17.cluster.invalid";
    remote.pid = 4242;
    remote.startTicks = 123;
    remote.bootId = "another-boot";
    remote.startedAt = now - 600;
    remote.heartbeat = now - 5;
    remote.heartbeatInterval = 30;
    // Another host: a fresh heartbeat is a live run there, whatever pid 4242 is here.
    HolderVerdict v = judgeHolder(remote, false, now);
    QVERIFY(v.state == HolderVerdict::State::Alive);
    QVERIFY2(QString::fromStdString(v.description).contains(QStringLiteral("pid 4242 on node-17.cluster.invalid")),
             v.description.c_str());
    // Older than three intervals: stale, probably killed there.
    remote.heartbeat = now - 91;
    v = judgeHolder(remote, false, now);
    QVERIFY(v.state == HolderVerdict::State::Stale);
    QVERIFY2(QString::fromStdString(v.description).startsWith(QStringLiteral("stale: probably killed on node-17")),
             v.description.c_str());
    // A held lock outranks any heartbeat (the file system propagates flock).
    QVERIFY(judgeHolder(remote, true, now).state == HolderVerdict::State::Alive);

    // This host: the pid must exist with the recorded start time, in this boot.
    RunHolder self = RunHolder::current(30);
    QVERIFY(judgeHolder(self, false, now).state == HolderVerdict::State::Alive);
    RunHolder reused = self;
    reused.startTicks += 1; // the same pid, another process: a reused pid is no holder
    QVERIFY(judgeHolder(reused, false, now).state == HolderVerdict::State::Dead);
    // Another boot or another pid namespace under the same host name (a reboot, a container): our /proc says
    // nothing about it, so its heartbeat decides.
    RunHolder rebooted = self;
    rebooted.bootId = "before-the-reboot";
    QVERIFY(judgeHolder(rebooted, false, now).state == HolderVerdict::State::Alive);
    rebooted.heartbeat = now - 3600;
    QVERIFY(judgeHolder(rebooted, false, now).state == HolderVerdict::State::Stale);
    RunHolder contained = self;
    contained.pidNamespace = "pid:[1]";
    contained.pid = 999999; // no such pid here: would be "dead" if our /proc were asked
    QVERIFY(judgeHolder(contained, false, now).state == HolderVerdict::State::Alive);
    // A heartbeat means nothing on this host: a dead local process with a fresh-looking heartbeat is dead.
    RunHolder gone = self;
    gone.pid = 999999999;
    QVERIFY(judgeHolder(gone, false, now).state == HolderVerdict::State::Dead);

    // Legacy markers (a bare pid): a huge number must not wrap onto a live pid (4294967297 -> 1).
    const std::optional<RunHolder> huge = RunHolder::parse("4294967297\n");
    QVERIFY(huge.has_value());
    QVERIFY(judgeHolder(*huge, false, now).state == HolderVerdict::State::Dead);
    const std::optional<RunHolder> mine = RunHolder::parse(std::to_string(::getpid()));
    QVERIFY(mine.has_value());
    QVERIFY(judgeHolder(*mine, false, now).state == HolderVerdict::State::Alive);
    QVERIFY(!RunHolder::parse("12 34").has_value());
    QVERIFY(!RunHolder::parse("{\"host\": 3}").has_value());
    RunHolder absurd = remote; // values from another machine are data: no clock or pid can be this
    absurd.heartbeat = 1e300;
    QVERIFY(!RunHolder::parse(absurd.toJson()).has_value());
    absurd = remote;
    absurd.pid = 4294967297;
    QVERIFY(!RunHolder::parse(absurd.toJson()).has_value());
    // The marker round-trips.
    const std::optional<RunHolder> back = RunHolder::parse(remote.toJson());
    QVERIFY(back.has_value());
    QCOMPARE(back->host, remote.host);
    QCOMPARE(back->heartbeat, remote.heartbeat);
}

void TestRunLock::lockIsSeenFromAnotherPidNamespace()
{
    // A reader in another process sees the lock (runLockHeld), whatever it can see of our pid: a child process
    // probes it while we hold it and after we let go. (The CLI test runs `aclwb-cli runs` in a new pid namespace.)
    QTemporaryDir dir;
    const std::string run = dir.path().toStdString();
    auto probe = [&]() {
        const pid_t child = ::fork();
        if (child == 0) {
            ::_exit(runLockHeld(run) ? 1 : 0); // only syscalls in the child of a threaded process
        }
        int status = 0;
        ::waitpid(child, &status, 0);
        return WIFEXITED(status) && WEXITSTATUS(status) == 1;
    };
    {
        RunLock lock(run);
        QVERIFY(probe());
    }
    QVERIFY(!probe());
}

void TestRunLock::markerFileFallback()
{
    // Where flock is unavailable (or ACLWB_RUN_LOCK=marker asks for it, for NFS mounts whose flock is local only),
    // the running marker itself is the lock, created with link(2).
    const ScopedEnv env("ACLWB_RUN_LOCK", "marker");
    QTemporaryDir dir;
    const std::string run = dir.path().toStdString();
    {
        RunLock first(run);
        QVERIFY(first.usesMarkerFile());
        const std::optional<RunHolder> h = RunHolder::parse(readAll(dir.filePath(QString::fromLatin1(kRunningMarker))));
        QVERIFY(h.has_value());
        QCOMPARE(h->lock, std::string("file"));
        QVERIFY_EXCEPTION_THROWN(RunLock second(run), RunFolderInUse);
    }
    QVERIFY(!QFile::exists(dir.filePath(QString::fromLatin1(kRunningMarker))));
    // A dead holder's marker (this host, a start time no process has) is taken over; a live remote one is not.
    RunHolder dead = RunHolder::current(30);
    dead.startTicks += 7;
    dead.lock = "file";
    writeRunMarker(run, kRunningMarker, dead.toJson());
    {
        RunLock takeover(run);
        QVERIFY(takeover.usesMarkerFile());
    }
    RunHolder remote = RunHolder::current(30);
    remote.host = "node-3.cluster.invalid";
    remote.lock = "file";
    writeRunMarker(run, kRunningMarker, remote.toJson());
    try {
        RunLock refused(run);
        QFAIL("a live remote holder's marker was taken over");
    } catch (const RunFolderInUse& e) {
        QVERIFY2(QString::fromUtf8(e.what()).contains(QStringLiteral("node-3.cluster.invalid")), e.what());
    }
    QVERIFY(QString::fromStdString(readAll(dir.filePath(QString::fromLatin1(kRunningMarker))))
                .contains(QStringLiteral("node-3.cluster.invalid")));
}

QTEST_GUILESS_MAIN(TestRunLock)
#include "tst_runlock.moc"
