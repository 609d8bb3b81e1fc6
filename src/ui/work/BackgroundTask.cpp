#include "BackgroundTask.h"

#include "Store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QMetaObject>
#include <QPointer>
#include <QThread>

#include <mutex>

namespace hearth::ui {

namespace {

std::mutex g_hookMutex;
std::function<void(const QString&, qint64, qint64)> g_progressHook;

std::function<void(const QString&, qint64, qint64)> progressHook()
{
    const std::lock_guard<std::mutex> lock(g_hookMutex);
    return g_progressHook;
}

} // namespace

struct TaskContext::Run
{
    BackgroundTask* owner = nullptr;
    QThread* thread = nullptr;
    std::atomic_bool cancel {false};
    // Written by the worker, read on the GUI thread after the thread has finished.
    BackgroundTask::Outcome outcome = BackgroundTask::Outcome::Finished;
    QString error;
    BackgroundTask::Done done;
};

TaskContext::TaskContext(std::shared_ptr<Run> run, storage::Store* store)
    : m_run(std::move(run))
    , m_store(store)
{
}

bool TaskContext::cancelRequested() const
{
    return m_run->cancel.load();
}

void TaskContext::checkCancelled() const
{
    if (cancelRequested()) {
        throw TaskCancelled();
    }
}

void TaskContext::progress(const QString& stage, qint64 done, qint64 total)
{
    checkCancelled();
    // At most about 200 updates of the bar per stage.
    const qint64 step = total > 0 ? done * 200 / total : -1;
    if (stage != m_lastStage || step != m_lastStep) {
        m_lastStage = stage;
        m_lastStep = step;
        const std::shared_ptr<Run> run = m_run;
        BackgroundTask* owner = run->owner;
        QMetaObject::invokeMethod(
            owner,
            [owner, run, stage, done, total] {
                if (owner->m_current == run && !run->cancel.load()) {
                    emit owner->progress(stage, done, total);
                }
            },
            Qt::QueuedConnection);
    }
    if (const auto hook = progressHook()) {
        hook(stage, done, total); // the bar shows this report already
    }
    checkCancelled();
}

BackgroundTask::BackgroundTask(QObject* parent)
    : QObject(parent)
{
}

BackgroundTask::~BackgroundTask()
{
    for (const auto& run : std::as_const(m_runs)) {
        run->cancel.store(true);
    }
    for (const auto& run : std::as_const(m_runs)) {
        run->thread->wait();
        delete run->thread;
    }
}

void BackgroundTask::setProgressHook(std::function<void(const QString&, qint64, qint64)> hook)
{
    const std::lock_guard<std::mutex> lock(g_hookMutex);
    g_progressHook = std::move(hook);
}

void BackgroundTask::start(const QString& stage, const QString& databasePath, const Clock* clock, Work work, Done done)
{
    abandon();
    auto run = std::make_shared<TaskContext::Run>();
    run->owner = this;
    run->done = std::move(done);
    run->thread = QThread::create([run, databasePath, clock, work = std::move(work)] {
        try {
            std::unique_ptr<storage::Store> store;
            if (!databasePath.isEmpty()) {
                // SQLite connections stay on their thread: the worker opens its own.
                store = std::make_unique<storage::Store>(databasePath, storage::Store::OpenMode::Existing, *clock);
            }
            TaskContext context(run, store.get());
            context.checkCancelled();
            work(context);
        } catch (const TaskCancelled&) {
            run->outcome = Outcome::Cancelled;
        } catch (const std::exception& error) {
            run->outcome = Outcome::Failed;
            run->error = QString::fromUtf8(error.what());
        }
    });
    run->thread->setObjectName(QStringLiteral("hearth-worker"));
    connect(
        run->thread, &QThread::finished, this, [this, run] { threadEnded(run); }, Qt::QueuedConnection);
    m_runs.append(run);
    m_current = run;
    m_stage = stage;
    run->thread->start(QThread::LowPriority);
    emit started(stage);
}

void BackgroundTask::cancel()
{
    if (m_current && !m_current->cancel.exchange(true)) {
        emit cancelling();
    }
}

bool BackgroundTask::isCancelling() const
{
    return m_current && m_current->cancel.load();
}

void BackgroundTask::abandon()
{
    if (m_current) {
        m_current->cancel.store(true);
        m_current->done = nullptr;
        m_current.reset();
        emit idle();
    }
}

void BackgroundTask::threadEnded(const std::shared_ptr<TaskContext::Run>& run)
{
    if (!m_runs.contains(run)) {
        return; // handled already (waitForAll)
    }
    run->thread->wait();
    m_runs.removeOne(run);
    run->thread->deleteLater();
    if (m_current != run) {
        return; // abandoned: nothing of it is shown
    }
    m_current.reset();
    emit idle();
    // A run that finished although Cancel came too late has done its work; it says so.
    const Outcome outcome = run->outcome;
    if (run->done) {
        run->done(outcome, run->error);
    }
    emit finished(outcome);
}

bool BackgroundTask::wait(int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    const auto run = m_current;
    // The events processed here may delete this task's owner, and with it this task (a dialog
    // that closes itself when its work is done): then the run has ended.
    const QPointer<BackgroundTask> self(this);
    while (run && m_current == run && timer.elapsed() < timeoutMs) {
        if (run->thread->isFinished()) {
            // Its last progress reports first, as the event loop would deliver them.
            QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
            if (!self) {
                return true;
            }
            threadEnded(run);
            break;
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        if (!self) {
            return true;
        }
        QThread::msleep(2);
    }
    return !run || m_current != run;
}

void BackgroundTask::waitForAll()
{
    for (const auto& run : m_runs) {
        run->cancel.store(true);
    }
    while (!m_runs.isEmpty()) {
        const auto run = m_runs.first();
        run->thread->wait();
        QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
        threadEnded(run);
    }
}

} // namespace hearth::ui
