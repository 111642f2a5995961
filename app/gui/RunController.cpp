// SPDX-License-Identifier: MIT
#include "RunController.h"

#include "TrainingWorker.h"
#include "util/RunControl.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace aclwb::gui {

RunController::RunController(QObject* parent)
    : QObject(parent)
    , m_worker(new TrainingWorker)
{
    m_thread.setObjectName(QStringLiteral("training"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &TrainingWorker::idle, this, [this] { setState(State::Idle); });
    m_thread.start();
}

RunController::~RunController()
{
    if (m_control) {
        m_control->cancel();
    }
    m_thread.quit();
    m_thread.wait();
}

void RunController::start(const QString& configJson, const QString& runDir, bool resume)
{
    if (m_state != State::Idle) {
        return;
    }
    m_control = std::make_unique<RunControl>();
    m_runDir = runDir;
    RunControl* control = m_control.get();
    TrainingWorker* worker = m_worker;
    setState(State::Running);
    QMetaObject::invokeMethod(
        m_worker, [worker, configJson, runDir, resume, control] { worker->start(configJson, runDir, resume, control); },
        Qt::QueuedConnection);
}

void RunController::pause()
{
    if (m_state == State::Running && m_control) {
        m_control->pause();
        setState(State::Paused);
    }
}

void RunController::resume()
{
    if (m_state == State::Paused && m_control) {
        m_control->resume();
        setState(State::Running);
    }
}

void RunController::stop()
{
    if ((m_state == State::Running || m_state == State::Paused) && m_control) {
        m_control->cancel();
        setState(State::Stopping);
    }
}

bool RunController::stopAndWait(int milliseconds)
{
    stop();
    QElapsedTimer timer;
    timer.start();
    while (m_state != State::Idle && timer.elapsed() < milliseconds) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(10);
    }
    return m_state == State::Idle;
}

void RunController::setState(State state)
{
    if (state != m_state) {
        m_state = state;
        Q_EMIT stateChanged(state);
    }
}

} // namespace aclwb::gui
