// SPDX-License-Identifier: MIT
#include "RunsTableModel.h"

#include "loss/LossVariant.h"
#include "run/RunDirectory.h"
#include "run/RunHolder.h"

#include <QColor>
#include <QDir>
#include <QFileInfo>
#include <QLocale>

#include <cmath>

namespace aclwb::gui {

QVector<RunRow> loadRuns(const QString& workspace)
{
    QVector<RunRow> rows;
    if (!QFileInfo(workspace).isDir()) {
        return rows; // no run yet: the workspace folder is created by the first one
    }
    std::vector<RunListing> listing;
    try {
        listing = listRuns(workspace.toStdString());
    } catch (const std::exception&) {
        return rows; // removed or unreadable between the check and the listing
    }
    for (const RunListing& l : listing) {
        RunRow r;
        r.path = QString::fromStdString(l.path);
        r.folder = QString::fromStdString(l.name);
        r.status = QString::fromLatin1(statusName(l.status));
        r.reason = QString::fromStdString(l.reason);
        if (!l.holderHost.empty() && l.holderHost != currentHostName()) {
            r.holderHost = QString::fromStdString(l.holderHost); // this host's runs need no host name
        }
        r.stale = l.staleHolder;
        r.seconds = l.seconds;
        r.device = QString::fromStdString(l.device);
        r.epochsDone = static_cast<int>(l.epochsDone);
        r.epochsTotal = static_cast<int>(l.epochsTotal);
        if (l.config) {
            const TrainConfig& c = *l.config;
            r.hasConfig = true;
            // What the run computes, as `aclwb-cli runs` lists it: afcl with gamma = eta = 0 is "afcl (= CL)".
            r.loss = QString::fromStdString(effectiveLossName(c.loss, c.gamma, c.eta));
            r.gamma = c.gamma;
            r.eta = c.eta;
            r.tau = c.temperature;
            r.ratio = c.imbalanceRatio;
            r.seed = static_cast<qint64>(c.seed);
            if (r.device.isEmpty()) {
                r.device = QString::fromStdString(c.device);
            }
        }
        QStringList names;
        for (const std::string& n : l.classNames) {
            names << QString::fromStdString(n);
        }
        if (names.isEmpty() && l.config) {
            for (int64_t c : l.config->classes) {
                names << QString::number(c);
            }
        }
        r.classes = names.join(QStringLiteral(", "));
        if (l.test) {
            r.accuracy = l.test->accuracy;
            r.balanced = l.test->balancedAccuracy;
            r.macroF1 = l.test->macroF1;
            r.minority = l.minorityAccuracy().value_or(-1.0);
        }
        r.notes = RunNotes::read(r.path);
        rows << r;
    }
    return rows;
}

RunsTableModel::RunsTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void RunsTableModel::setRuns(const QVector<RunRow>& runs)
{
    bool samePaths = runs.size() == m_runs.size();
    for (int k = 0; samePaths && k < runs.size(); ++k) {
        samePaths = runs[k].path == m_runs[k].path;
    }
    if (!samePaths) {
        beginResetModel();
        m_runs = runs;
        endResetModel();
        return;
    }
    m_runs = runs;
    if (!m_runs.isEmpty()) {
        Q_EMIT dataChanged(index(0, 0), index(static_cast<int>(m_runs.size()) - 1, ColumnCount - 1));
    }
}

int RunsTableModel::rowOf(const QString& path) const
{
    for (int k = 0; k < m_runs.size(); ++k) {
        if (m_runs[k].path == path) {
            return k;
        }
    }
    return -1;
}

int RunsTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_runs.size());
}

int RunsTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunsTableModel::data(const QModelIndex& index, int role) const
{
    const RunRow* r = runAt(index.row());
    if (r == nullptr) {
        return {};
    }
    const auto metric = [&](double v) -> QVariant {
        if (role == Qt::UserRole) {
            return v;
        }
        return v < 0.0 ? QString() : QLocale().toString(v, 'f', 4);
    };
    const auto number = [&](double v) -> QVariant {
        if (role == Qt::UserRole) {
            return v;
        }
        return r->hasConfig ? QLocale().toString(v, 'g', 6) : QString();
    };
    if (role == Qt::ToolTipRole) {
        QString tip = QDir::toNativeSeparators(r->path);
        if (!r->reason.isEmpty()) {
            tip += QLatin1Char('\n') + r->reason;
        }
        if (!r->notes.note.isEmpty()) {
            tip += QLatin1Char('\n') + r->notes.note;
        }
        return tip;
    }
    if (role == Qt::ForegroundRole && index.column() == Status) {
        if (r->status == QStringLiteral("damaged") || r->status == QStringLiteral("failed")) {
            return QColor(192, 57, 43);
        }
        if (r->status == QStringLiteral("running")) {
            return QColor(31, 119, 180);
        }
        if (r->stale) {
            return QColor(230, 126, 34); // probably killed on its host: look before resuming
        }
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::UserRole) {
        return {};
    }
    switch (index.column()) {
    case Name:
        return r->displayName();
    case Status:
        if (role == Qt::DisplayRole && r->status == QStringLiteral("running") && !r->holderHost.isEmpty()) {
            return tr("running on %1 (%2/%3)").arg(r->holderHost).arg(r->epochsDone).arg(r->epochsTotal);
        }
        if (role == Qt::DisplayRole && r->status == QStringLiteral("running") && r->epochsTotal > 0) {
            return tr("running (%1/%2)").arg(r->epochsDone).arg(r->epochsTotal);
        }
        if (role == Qt::DisplayRole && r->stale) {
            return tr("stale (%1)").arg(r->holderHost.isEmpty() ? tr("this host") : r->holderHost);
        }
        return r->status;
    case Loss:
        return r->loss;
    case Gamma:
        return number(r->gamma);
    case Eta:
        return number(r->eta);
    case Tau:
        return number(r->tau);
    case Ratio:
        return number(r->ratio);
    case Classes:
        return r->classes;
    case Seed:
        return role == Qt::UserRole ? QVariant(r->seed) : QVariant(r->hasConfig ? QString::number(r->seed) : QString());
    case Accuracy:
        return metric(r->accuracy);
    case Balanced:
        return metric(r->balanced);
    case Minority:
        return metric(r->minority);
    case MacroF1:
        return metric(r->macroF1);
    case Time:
        if (role == Qt::UserRole) {
            return r->seconds;
        }
        return r->seconds > 0.0 ? tr("%1 s").arg(QLocale().toString(r->seconds, 'f', 0)) : QString();
    case Device:
        return r->device;
    case Tags:
        return r->notes.tags.join(QStringLiteral(", "));
    case Note:
        return r->notes.note;
    default:
        return {};
    }
}

QVariant RunsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Name:
        return tr("Run");
    case Status:
        return tr("Status");
    case Loss:
        return tr("Loss");
    case Gamma:
        return tr("gamma");
    case Eta:
        return tr("eta");
    case Tau:
        return tr("tau");
    case Ratio:
        return tr("Ratio");
    case Classes:
        return tr("Classes");
    case Seed:
        return tr("Seed");
    case Accuracy:
        return tr("Accuracy");
    case Balanced:
        return tr("Balanced acc.");
    case Minority:
        return tr("Minority acc.");
    case MacroF1:
        return tr("Macro-F1");
    case Time:
        return tr("Time");
    case Device:
        return tr("Device");
    case Tags:
        return tr("Tags");
    case Note:
        return tr("Note");
    default:
        return {};
    }
}

} // namespace aclwb::gui
