// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QStringList>

namespace aclwb::test {

/// One finished aclwb-cli process: exit code (-1 on timeout, -2 on crash), stdout and stderr.
struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const;
};

/// The aclwb-cli built alongside the tests, for tests that drive a process themselves (signals, timing).
QString cliPath();

/// `aclwb-cli train` on writeTinyIdxDataset's images in `dataDir` into `out`: classes 0 and 6 at ratio 4, afcl
/// (gamma 1.5, eta 5), two contrastive epochs of batch 16 on 2 threads, the solved probe. Seconds on 2 cores; tests
/// change a flag with withFlag.
QStringList tinyTrainArgs(const QString& dataDir, const QString& out);
/// `args` with the value after `flag` replaced by `value`.
QStringList withFlag(QStringList args, const QString& flag, const QString& value);

/// Runs the aclwb-cli built alongside the tests (path compiled in as ACLWB_CLI_PATH) and waits up to `timeoutMs`
/// (5 minutes unless a test that must finish promptly, such as a refusal that once hung, asks for less).
CliRun runCli(const QStringList& arguments,
              const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment(),
              int timeoutMs = 300000);

} // namespace aclwb::test
