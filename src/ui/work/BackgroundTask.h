#pragma once

#include <QList>
#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <stdexcept>

namespace hearth {
class Clock;
}

namespace hearth::storage {
class Store;
}

namespace hearth::ui {

// Thrown on the worker by TaskContext::progress() and checkCancelled() once Cancel was asked: the
// work unwinds, a transaction it holds rolls back (sql::Transaction is RAII), and the task ends as
// cancelled.
class TaskCancelled : public std::runtime_error
{
public:
    TaskCancelled()
        : std::runtime_error("cancelled")
    {
    }
};

// What the work sees on the worker thread.
class TaskContext
{
public:
    // Its own connection to the database, opened on the worker and used only there (SQLite
    // connections are not shared between threads); nullptr when the task was started without a
    // database.
    storage::Store* store() const { return m_store; }
    // Reports how far the work is (queued to the GUI thread, at most about 200 updates a stage);
    // throws TaskCancelled if Cancel was asked.
    void progress(const QString& stage, qint64 done, qint64 total);
    void checkCancelled() const;
    bool cancelRequested() const;

private:
    friend class BackgroundTask;
    struct Run;
    TaskContext(std::shared_ptr<Run> run, storage::Store* store);
    std::shared_ptr<Run> m_run;
    storage::Store* m_store;
    QString m_lastStage;
    qint64 m_lastStep = -1;
};

// Runs long work off the GUI thread (issue 10: anything over about half a second), the way the
// sync export/import and the automatic backups do: the work runs on a worker thread with its own
// Store opened on the same database file, reports progress, stops at the next progress report
// once Cancel is asked (leaving nothing half-done: an uncommitted transaction rolls back, a file
// is written only whole, at the end), and its outcome comes back to the GUI thread.
//
// One run at a time counts: starting another abandons the one going (cancelled; its done is
// never called and nothing it reports is shown), so a page never shows stale results for a newer
// request. Pair it with a TaskProgress widget for the progress bar and Cancel button.
class BackgroundTask : public QObject
{
    Q_OBJECT

public:
    enum class Outcome { Finished, Failed, Cancelled };
    using Work = std::function<void(TaskContext&)>;
    // Called on the GUI thread when the current run ends; error is the failure's message.
    using Done = std::function<void(Outcome outcome, const QString& error)>;

    explicit BackgroundTask(QObject* parent = nullptr);
    // Cancels every run and waits for their threads.
    ~BackgroundTask() override;

    // Starts `work` on a new worker thread. With a database path the worker opens its own Store
    // there (the file must exist) with `clock`, which must outlive the run; with an empty path
    // the work gets no store (it must then only compute or write files).
    void start(const QString& stage, const QString& databasePath, const Clock* clock, Work work, Done done);
    // Asks the current run to stop; its done is called with Cancelled when it has.
    void cancel();
    // Abandons the current run without calling its done (a newer request, the store going).
    void abandon();
    bool isRunning() const { return m_current != nullptr; }
    bool isCancelling() const;
    QString stage() const { return m_stage; }

    // Keeps the GUI's events flowing until the current run has ended (its done called) or
    // `timeoutMs` passed; whether it has ended. For tests and for closing a store.
    bool wait(int timeoutMs = 60000);
    // Waits until every thread, abandoned ones too, has ended: before the store they read closes.
    void waitForAll();

    // Tests: called on the worker at each progress report before Cancel is checked, to press
    // Cancel at a known point or to hold the work while the test looks at the page.
    static void setProgressHook(std::function<void(const QString& stage, qint64 done, qint64 total)> hook);

signals:
    void started(const QString& stage);
    // Of the current run only. total 0: how much is unknown.
    void progress(const QString& stage, qint64 done, qint64 total);
    void cancelling();
    // The current run has ended and its done has been called.
    void finished(hearth::ui::BackgroundTask::Outcome outcome);
    // No run is current any more (it ended or was abandoned).
    void idle();

private:
    friend class TaskContext;
    void threadEnded(const std::shared_ptr<TaskContext::Run>& run);

    std::shared_ptr<TaskContext::Run> m_current;
    QList<std::shared_ptr<TaskContext::Run>> m_runs; // every run whose thread is alive
    QString m_stage;
};

} // namespace hearth::ui
