#include "BackupController.h"

#include "Backup.h"
#include "StorageError.h"
#include "Store.h"
#include "UiLog.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QThread>

namespace hearth::ui {

BackupController::BackupController(QObject* parent)
    : QObject(parent)
{
}

BackupController::~BackupController()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void BackupController::setStore(storage::Store* store)
{
    if (store != m_store) {
        wait(); // the audit of a running backup goes to the database it copied
    }
    m_store = store;
}

bool BackupController::start(const QString& why)
{
    if (m_thread || !m_store) {
        return false;
    }
    m_why = why;
    m_databasePath = m_store->path();
    m_result.clear();
    m_error.clear();
    const QString path = m_databasePath;
    const QString folder = storage::backupFolderFor(path);
    const QDateTime now = m_store->clock().nowUtc();
    m_thread = QThread::create([this, path, folder, now] {
        try {
            m_result = storage::writeRotatingBackup(path, folder, now, [this](int done, int total) {
                emit progress(done, total); // queued to the GUI thread
            });
        } catch (const std::exception& error) {
            m_error = QString::fromUtf8(error.what());
        }
    });
    connect(m_thread, &QThread::finished, this, &BackupController::threadFinished, Qt::QueuedConnection);
    m_thread->start(QThread::LowPriority);
    return true;
}

void BackupController::wait()
{
    // The events processed meanwhile may include the thread's own finished() call, which clears
    // m_thread.
    while (m_thread && !m_thread->wait(20)) {
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    }
    threadFinished();
}

bool BackupController::startIfDue()
{
    if (!m_store || !storage::rotatingBackupDue(m_store->path(), m_store->clock().nowUtc())) {
        return false;
    }
    return start(QStringLiteral("daily"));
}

void BackupController::threadFinished()
{
    if (!m_thread || !m_thread->isFinished()) {
        return; // handled by wait() already (a late queued call), or a newer backup still running
    }
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    if (!m_error.isEmpty()) {
        m_lastError = m_error;
        uiLog()->warn("automatic backup failed");
        emit finished(false, m_error);
        return;
    }
    m_lastPath = m_result;
    m_lastError.clear();
    if (m_store && m_store->path() == m_databasePath) {
        try {
            storage::recordRotatingBackup(*m_store, m_result, m_why);
            storage::pruneBackups(storage::backupFolderFor(m_databasePath), storage::backupsToKeep(*m_store));
        } catch (const std::exception& error) {
            m_lastError = QString::fromUtf8(error.what());
            emit finished(false, m_lastError);
            return;
        }
    }
    emit finished(true, m_result);
}

} // namespace hearth::ui
