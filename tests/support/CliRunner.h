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

/// Runs the aclwb-cli built alongside the tests (path compiled in as ACLWB_CLI_PATH) and waits up to `timeoutMs`
/// (5 minutes unless a test that must finish promptly, such as a refusal that once hung, asks for less).
CliRun runCli(const QStringList& arguments,
              const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment(),
              int timeoutMs = 300000);

} // namespace aclwb::test
