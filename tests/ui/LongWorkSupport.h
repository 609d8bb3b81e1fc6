#pragma once

// Helpers for GUI tests of long work run off the GUI thread (issue 10, item 4): hold the worker at
// a known progress report, check the event loop runs meanwhile, and fingerprint tables to show
// that a cancelled run left the database exactly as it was.

#include "Sqlite.h"
#include "Store.h"
#include "work/BackgroundTask.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <functional>
#include <mutex>

namespace hearth::test {

// Holds the worker at its first progress report of a stage containing `needle` with at least
// `holdAt` done, until release() (or ten seconds): the test looks at the window meanwhile. It
// also records the stages reported, in order.
class HeldWorker
{
public:
    explicit HeldWorker(const QString& needle, qint64 holdAt = 0)
    {
        ui::BackgroundTask::setProgressHook([this, needle, holdAt](const QString& stage, qint64 done, qint64) {
            {
                const std::lock_guard<std::mutex> lock(m_mutex);
                if (m_stages.isEmpty() || m_stages.last() != stage) {
                    m_stages.append(stage);
                }
            }
            if (!stage.contains(needle) || done < holdAt || m_held.exchange(true)) {
                return;
            }
            m_thread.store(QThread::currentThread());
            QElapsedTimer timer;
            timer.start();
            while (!m_release.load() && timer.elapsed() < 10000) {
                QThread::msleep(2);
            }
        });
    }
    ~HeldWorker()
    {
        m_release.store(true);
        ui::BackgroundTask::setProgressHook({});
    }
    HeldWorker(const HeldWorker&) = delete;
    HeldWorker& operator=(const HeldWorker&) = delete;

    bool waitUntilHeld()
    {
        return QTest::qWaitFor([this] { return m_held.load(); }, 10000);
    }
    void release() { m_release.store(true); }
    QThread* thread() const { return m_thread.load(); }
    QStringList stages()
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        return m_stages;
    }

private:
    std::mutex m_mutex;
    QStringList m_stages;
    std::atomic_bool m_held {false};
    std::atomic_bool m_release {false};
    std::atomic<QThread*> m_thread {nullptr};
};

// Whether a QTimer fires on the GUI thread while `working()` holds: the event loop keeps running.
inline bool timerFiresWhile(const std::function<bool()>& working)
{
    bool firedWhileWorking = false;
    bool fired = false;
    QTimer::singleShot(30, [&] {
        fired = true;
        firedWhileWorking = working();
    });
    return QTest::qWaitFor([&] { return fired; }, 5000) && firedWhileWorking;
}

// A fingerprint of every row and column of `table`: equal before and after means unchanged.
inline QByteArray tableDigest(storage::Store& store, const QString& table)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    auto rows = store.db().prepare(QStringLiteral("SELECT * FROM %1 ORDER BY rowid").arg(table));
    while (rows.step()) {
        for (int column = 0; column < rows.columnCount(); ++column) {
            hash.addData(rows.isNull(column) ? QByteArrayLiteral("\x01null") : rows.text(column).toUtf8());
            hash.addData(QByteArrayLiteral("\x00"));
        }
        hash.addData(QByteArrayLiteral("\x02"));
    }
    return hash.result().toHex();
}

} // namespace hearth::test
