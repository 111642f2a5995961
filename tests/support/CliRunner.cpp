// SPDX-License-Identifier: MIT
#include "support/CliRunner.h"

#include "CliPath.h"

#include <QJsonDocument>
#include <QProcess>

namespace aclwb::test {

QJsonObject CliRun::json() const
{
    return QJsonDocument::fromJson(out).object();
}

QString cliPath()
{
    return QStringLiteral(ACLWB_CLI_PATH);
}

CliRun runCli(const QStringList& arguments, const QProcessEnvironment& environment, int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(ACLWB_CLI_PATH), arguments);
    CliRun run;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

} // namespace aclwb::test
