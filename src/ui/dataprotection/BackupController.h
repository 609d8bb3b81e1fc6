#pragma once

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QString>

class QThread;

namespace hearth::storage {
class Store;
}

namespace hearth::ui {

// Automatic rotating backups of the open database (storage/Backup.h): when the window closes, and
// at most daily (a while after a database opens, if the newest backup is older than a day). The
// copy runs on a worker thread through its own connection, so the window stays responsive; the
// audit event and the removal of the oldest copies follow on the GUI thread once the copy is
// written and checked, so a failed backup leaves the earlier ones as they were.
class BackupController : public QObject
{
    Q_OBJECT

public:
    explicit BackupController(QObject* parent = nullptr);
    ~BackupController() override;

    void setStore(storage::Store* store);

    // Starts a backup unless one is running; `why` goes into the audit event ("daily", …).
    bool start(const QString& why);
    bool isRunning() const { return m_thread != nullptr; }
    // Waits for the running backup, keeping events flowing (the progress stays painted).
    void wait();
    // Starts a "daily" backup when the newest one is older than a day.
    bool startIfDue();

    QString lastPath() const { return m_lastPath; }
    QString lastError() const { return m_lastError; }

signals:
    void progress(int done, int total);
    // ok: `detail` is the new file; else it is what went wrong.
    void finished(bool ok, const QString& detail);

private:
    void threadFinished();

    storage::Store* m_store = nullptr;
    QThread* m_thread = nullptr;
    QString m_why;
    QString m_databasePath;
    QString m_result; // written by the worker, read after it finished
    QString m_error;
    QString m_lastPath;
    QString m_lastError;
};

} // namespace hearth::ui
