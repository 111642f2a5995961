// SPDX-License-Identifier: MIT
#include "RunsView.h"

#include <QAction>
#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrent>

namespace aclwb::gui {
namespace {

constexpr int kRefreshMilliseconds = 3000;

} // namespace

RunsView::RunsView(QWidget* parent)
    : QWidget(parent)
    , m_model(new RunsTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Qt::UserRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_table = new QTableView(this);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(RunsTableModel::Name, Qt::DescendingOrder); // newest first (names start with the time)
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle); // a sweep point's folder: the point's name at the end stays readable
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_filter = new QLineEdit(this);
    m_filter->setClearButtonEnabled(true);
    m_columns = new QToolButton(this);
    m_columns->setPopupMode(QToolButton::InstantPopup);
    m_columns->setMenu(new QMenu(m_columns));
    m_count = new QLabel(this);
    buildActions();

    auto* bar = new QToolBar(this);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    for (QAction* a : { m_open, m_compare, m_resume, m_rename, m_tag, m_note, m_folder, m_delete, m_refresh }) {
        bar->addAction(a);
        m_table->addAction(a);
    }
    auto* top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_columns);
    top->addWidget(m_count);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(bar);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &RunsView::updateActions);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &RunsView::updateActions);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RunsView::updateActions);
    connect(m_table, &QTableView::doubleClicked, this, [this] { m_open->trigger(); });
    connect(&m_watcher, &QFutureWatcher<QVector<RunRow>>::finished, this, [this] {
        if (m_watcherGeneration != m_generation) {
            return; // older than a listing read since (refreshNow): it would bring deleted runs back
        }
        const QStringList selected = selectedPaths();
        const bool first = m_model->rowCount() == 0;
        m_model->setRuns(m_watcher.result());
        selectPaths(selected);
        if (first && m_model->rowCount() > 0) {
            m_table->resizeColumnsToContents();
            m_table->setColumnWidth(RunsTableModel::Name, std::min(m_table->columnWidth(RunsTableModel::Name), 340));
        }
        updateActions();
        Q_EMIT refreshed();
        if (m_again) {
            m_again = false;
            refresh();
        }
    });
    m_timer.setInterval(kRefreshMilliseconds);
    connect(&m_timer, &QTimer::timeout, this, &RunsView::refresh);
    retranslate();
    restoreColumns();
    updateActions();
}

RunsView::~RunsView()
{
    m_watcher.waitForFinished();
}

void RunsView::buildActions()
{
    const auto make = [this](const QKeySequence& keys) {
        auto* a = new QAction(this);
        a->setShortcut(keys);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        return a;
    };
    m_open = make(QKeySequence(Qt::Key_Return));
    m_compare = make(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_resume = make(QKeySequence());
    m_rename = make(QKeySequence(Qt::Key_F2));
    m_tag = make(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_note = make(QKeySequence(Qt::CTRL | Qt::Key_N));
    m_folder = make(QKeySequence());
    m_delete = make(QKeySequence(QKeySequence::Delete));
    m_refresh = make(QKeySequence(QKeySequence::Refresh));
    connect(m_open, &QAction::triggered, this, [this] {
        const QStringList paths = selectedPaths();
        if (!paths.isEmpty()) {
            Q_EMIT openRequested(paths.front());
        }
    });
    connect(m_compare, &QAction::triggered, this, [this] {
        if (selectedPaths().size() >= 2) {
            Q_EMIT compareRequested(selectedPaths());
        }
    });
    connect(m_resume, &QAction::triggered, this, [this] {
        const QStringList paths = selectedPaths();
        if (!paths.isEmpty()) {
            Q_EMIT resumeRequested(paths.front());
        }
    });
    connect(m_rename, &QAction::triggered, this, [this] { editNotes(0); });
    connect(m_tag, &QAction::triggered, this, [this] { editNotes(1); });
    connect(m_note, &QAction::triggered, this, [this] { editNotes(2); });
    connect(m_folder, &QAction::triggered, this, [this] {
        for (const QString& path : selectedPaths()) {
            QDesktopServices::openUrl(QUrl::fromLocalFile(path));
        }
    });
    connect(m_delete, &QAction::triggered, this, [this] {
        QString error;
        if (!deleteRuns(selectedPaths(), true, &error) && !error.isEmpty()) {
            QMessageBox::warning(this, tr("Cannot delete"), error);
        }
    });
    connect(m_refresh, &QAction::triggered, this, &RunsView::refresh);
    for (int c = 0; c < RunsTableModel::ColumnCount; ++c) {
        QAction* a = m_columns->menu()->addAction(QString());
        a->setCheckable(true);
        a->setChecked(true);
        connect(a, &QAction::toggled, this, [this, c](bool on) { setColumnVisible(c, on); });
        m_columnActions << a;
    }
}

void RunsView::retranslate()
{
    m_filter->setPlaceholderText(tr("Filter: any text of a row (loss, status, class, tag, note...)"));
    m_columns->setText(tr("Columns"));
    m_columns->setToolTip(tr("Choose the columns shown (remembered)"));
    m_open->setText(tr("Open"));
    m_open->setToolTip(tr("Show the run's curves, results, embedding and config (Enter, or double-click)"));
    m_compare->setText(tr("Compare"));
    m_compare->setToolTip(tr("Compare the selected runs side by side (Ctrl+D; select two or more)"));
    m_resume->setText(tr("Resume"));
    m_resume->setToolTip(tr("Continue a stopped or interrupted run from its last checkpoint"));
    m_rename->setText(tr("Rename"));
    m_rename->setToolTip(tr("Give the run a name of your own (F2; the folder keeps its name)"));
    m_tag->setText(tr("Tags"));
    m_tag->setToolTip(tr("Tags, separated by commas (Ctrl+T)"));
    m_note->setText(tr("Note"));
    m_note->setToolTip(tr("A note about the run (Ctrl+N)"));
    m_folder->setText(tr("Show folder"));
    m_folder->setToolTip(tr("Open the run's folder in the file manager"));
    m_delete->setText(tr("Delete"));
    m_delete->setToolTip(tr("Move the selected runs to the trash (Del; asks first)"));
    m_refresh->setText(tr("Refresh"));
    m_refresh->setToolTip(tr("Read the workspace again (F5; also every few seconds while shown)"));
    for (int c = 0; c < m_columnActions.size(); ++c) {
        m_columnActions[c]->setText(m_model->headerData(c, Qt::Horizontal).toString());
    }
    updateActions();
}

void RunsView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void RunsView::setWorkspace(const QString& folder)
{
    m_workspace = folder;
    refresh();
}

void RunsView::refresh()
{
    if (m_workspace.isEmpty()) {
        return;
    }
    if (m_watcher.isRunning()) {
        m_again = true;
        return;
    }
    m_watcherGeneration = ++m_generation;
    m_watcher.setFuture(QtConcurrent::run(loadRuns, m_workspace));
}

void RunsView::refreshNow()
{
    m_watcher.waitForFinished();
    ++m_generation;
    const QStringList selected = selectedPaths();
    m_model->setRuns(loadRuns(m_workspace));
    selectPaths(selected);
    updateActions();
    Q_EMIT refreshed();
}

void RunsView::showEvent(QShowEvent* event)
{
    refresh();
    m_timer.start();
    QWidget::showEvent(event);
}

void RunsView::hideEvent(QHideEvent* event)
{
    m_timer.stop();
    QWidget::hideEvent(event);
}

QStringList RunsView::selectedPaths() const
{
    QStringList paths;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    QList<int> proxyRows;
    for (const QModelIndex& i : rows) {
        proxyRows << i.row();
    }
    std::sort(proxyRows.begin(), proxyRows.end());
    for (int r : proxyRows) {
        const RunRow* run = m_model->runAt(m_proxy->mapToSource(m_proxy->index(r, 0)).row());
        if (run != nullptr) {
            paths << run->path;
        }
    }
    return paths;
}

void RunsView::selectPaths(const QStringList& paths)
{
    QItemSelection selection;
    for (const QString& p : paths) {
        const int row = m_model->rowOf(p);
        if (row >= 0) {
            const QModelIndex i = m_proxy->mapFromSource(m_model->index(row, 0));
            selection.select(i, i);
        }
    }
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void RunsView::updateActions()
{
    const QStringList paths = selectedPaths();
    const RunRow* first = paths.isEmpty() ? nullptr : m_model->runAt(m_model->rowOf(paths.front()));
    m_open->setEnabled(first != nullptr && first->hasConfig && first->status != QStringLiteral("damaged"));
    m_compare->setEnabled(paths.size() >= 2);
    m_resume->setEnabled(paths.size() == 1 && first != nullptr && first->resumable());
    for (QAction* a : { m_rename, m_tag, m_note }) {
        a->setEnabled(paths.size() == 1);
    }
    m_folder->setEnabled(!paths.isEmpty());
    m_delete->setEnabled(!paths.isEmpty());
    m_count->setText(tr("%1 of %n run(s)", nullptr, m_model->rowCount()).arg(m_proxy->rowCount()));
}

void RunsView::setColumnVisible(int column, bool visible)
{
    m_table->setColumnHidden(column, !visible);
    if (column < m_columnActions.size() && m_columnActions[column]->isChecked() != visible) {
        m_columnActions[column]->setChecked(visible);
    }
    QStringList hidden;
    for (int c = 0; c < RunsTableModel::ColumnCount; ++c) {
        if (m_table->isColumnHidden(c)) {
            hidden << QString::number(c);
        }
    }
    QSettings().setValue(QStringLiteral("runs/hiddenColumns"), hidden);
}

void RunsView::restoreColumns()
{
    // By default the table shows what a comparison needs; classes, macro-F1 and device are a click away.
    const QStringList fallback { QString::number(RunsTableModel::Classes), QString::number(RunsTableModel::MacroF1),
                                 QString::number(RunsTableModel::Device) };
    const QStringList hidden = QSettings().value(QStringLiteral("runs/hiddenColumns"), fallback).toStringList();
    for (int c = 0; c < RunsTableModel::ColumnCount; ++c) {
        const bool visible = !hidden.contains(QString::number(c));
        m_table->setColumnHidden(c, !visible);
        const QSignalBlocker block(m_columnActions[c]);
        m_columnActions[c]->setChecked(visible);
    }
}

bool RunsView::setNotes(const QString& path, const RunNotes& notes, QString* error)
{
    if (!notes.write(path, error)) {
        return false;
    }
    refreshNow();
    return true;
}

void RunsView::editNotes(int what)
{
    const QStringList paths = selectedPaths();
    const RunRow* selected = paths.size() == 1 ? m_model->runAt(m_model->rowOf(paths.front())) : nullptr;
    if (selected == nullptr) {
        return;
    }
    // Copies: the dialogs below run an event loop, and a refresh may replace the rows meanwhile.
    const QString path = selected->path;
    const QString folder = selected->folder;
    const QString shownName = selected->displayName();
    RunNotes notes = selected->notes;
    bool ok = false;
    if (what == 0) {
        const QString name = QInputDialog::getText(this, tr("Rename run"), tr("Name shown for %1:").arg(folder),
                                                   QLineEdit::Normal, shownName, &ok);
        notes.name = name == folder ? QString() : name.trimmed();
    } else if (what == 1) {
        const QString tags = QInputDialog::getText(this, tr("Tags"), tr("Tags, separated by commas:"),
                                                   QLineEdit::Normal, notes.tags.join(QStringLiteral(", ")), &ok);
        notes.tags.clear();
        for (const QString& t : tags.split(QLatin1Char(','))) {
            if (!t.trimmed().isEmpty()) {
                notes.tags << t.trimmed();
            }
        }
    } else {
        notes.note = QInputDialog::getMultiLineText(this, tr("Note"), tr("Note for %1:").arg(shownName), notes.note,
                                                    &ok);
    }
    QString error;
    if (ok && !setNotes(path, notes, &error)) {
        QMessageBox::warning(this, tr("Cannot save"), error);
    }
}

bool RunsView::deleteRuns(const QStringList& paths, bool confirm, QString* error, QStringList* trashed)
{
    if (paths.isEmpty()) {
        return false;
    }
    for (const QString& p : paths) {
        const RunRow* run = m_model->runAt(m_model->rowOf(p));
        if (run != nullptr && run->status == QStringLiteral("running")) {
            *error = tr("%1 is running: stop it first.").arg(run->displayName());
            return false;
        }
    }
    if (confirm
        && QMessageBox::question(this, tr("Delete runs"),
                                 tr("Move %n run(s) to the trash? They can be restored from there.", nullptr,
                                    static_cast<int>(paths.size())),
                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            != QMessageBox::Yes) {
        return false;
    }
    // Qt's trash is <data home>/Trash: without the data home (a fresh account, a test sandbox) it cannot be set up.
    QDir().mkpath(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation));
    QStringList failed;
    for (const QString& p : paths) {
        QString where;
        if (!QFile::moveToTrash(p, &where)) {
            failed << QDir::toNativeSeparators(p);
        } else if (trashed != nullptr) {
            *trashed << where;
        }
    }
    refreshNow();
    if (!failed.isEmpty()) {
        *error = tr("Could not move to the trash (nothing was deleted for good): %1").arg(failed.join(QStringLiteral(", ")));
        return false;
    }
    return true;
}

} // namespace aclwb::gui
