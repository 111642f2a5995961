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

QStringList tinyTrainArgs(const QString& dataDir, const QString& out)
{
    return { QStringLiteral("train"),
             QStringLiteral("--data-dir"),
             dataDir,
             QStringLiteral("--classes"),
             QStringLiteral("0,6"),
             QStringLiteral("--imbalance-ratio"),
             QStringLiteral("4"),
             QStringLiteral("--loss"),
             QStringLiteral("afcl"),
             QStringLiteral("--gamma"),
             QStringLiteral("1.5"),
             QStringLiteral("--eta"),
             QStringLiteral("5"),
             QStringLiteral("--epochs-contrastive"),
             QStringLiteral("2"),
             QStringLiteral("--batch-size"),
             QStringLiteral("16"),
             QStringLiteral("--threads"),
             QStringLiteral("2"),
             QStringLiteral("--out"),
             out };
}

QStringList withFlag(QStringList args, const QString& flag, const QString& value)
{
    const qsizetype at = args.indexOf(flag);
    if (at >= 0 && at + 1 < args.size()) {
        args[at + 1] = value;
    }
    return args;
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
