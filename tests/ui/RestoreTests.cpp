// Restore from backup off the GUI thread (issue 10, item 4): the backup is checked, the database as
// it is now backed up and the backup copied over it on a worker thread while the event loop keeps
// running; the stages and a bar are shown; Cancel during the copy leaves the database exactly as it
// was; a finished restore shows the backup's data.
#include "LongWorkSupport.h"
#include "UiFixture.h"

#include "AuditLog.h"
#include "Backup.h"
#include "CaseloadModel.h"
#include "MessageBox.h"
#include "caseload/CaseloadPage.h"
#include "dataprotection/BackupController.h"
#include "work/BackgroundTask.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProgressDialog>
#include <QPushButton>
#include <QStatusBar>
#include <QThread>
#include <QTimer>

#include <catch2/catch.hpp>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <mutex>

using namespace hearth;
using test::timerFiresWhile;
using ui::BackgroundTask;

namespace {

const QString kChecking = QStringLiteral("Checking the backup…");
const QString kBackingUp = QStringLiteral("Backing up the database as it is now…");
const QString kRestoring = QStringLiteral("Restoring the backup…");

// What the residents table holds, row by row, as a checksum would see it.
QStringList residentRows(storage::Store& store)
{
    auto rows = store.db().prepare(QStringLiteral("SELECT id, updated_at FROM residents ORDER BY id"));
    QStringList list;
    while (rows.step()) {
        list.append(rows.text(0) + QLatin1Char('|') + rows.text(1));
    }
    return list;
}

// Pictures for a person to look at, when HEARTH_SCREENSHOTS names a folder.
void screenshot(QWidget* widget, const QString& name)
{
    const QString folder = qEnvironmentVariable("HEARTH_SCREENSHOTS");
    if (!folder.isEmpty()) {
        widget->grab().save(QDir(folder).filePath(name + QStringLiteral(".png")));
    }
}

} // namespace

TEST_CASE("Restore from backup runs off the GUI thread with its stages and a bar, and Cancel leaves the database "
          "as it was",
          "[longwork][dataprotection][backup]")
{
    test::UiFixture f;
    {
        auto store = f.openStore(f.folder.dbPath(), storage::Store::OpenMode::CreateNew);
        test::addSampleCaseload(*store);
        // Several steps of the copy (256 pages a step): about 5 MiB more.
        store->db().exec(QStringLiteral("CREATE TABLE filler (x BLOB NOT NULL)"));
        store->db().exec(
            QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1500) "
                           "INSERT INTO filler SELECT randomblob(3000) FROM n"));
    }
    auto window = f.openWindow(f.folder.dbPath());
    REQUIRE(window->backUpNow());
    window->backups()->wait();
    const QString folder = storage::backupFolderFor(f.folder.dbPath());
    const auto backups = storage::rotatingBackups(folder);
    REQUIRE(backups.size() == 1);
    const QString backup = backups.first().path;
    f.clock.advanceMs(60 * 1000);

    // Something recorded after the backup.
    Resident later;
    later.givenName = QStringLiteral("Fay");
    later.familyName = QStringLiteral("Afterwards");
    later.wardCode = QStringLiteral("E05000001");
    later.identifiedOn = QDate(2026, 11, 20);
    later = window->store().residents().create(later);
    window->refresh();
    const QStringList rowsBefore = residentRows(window->store());
    REQUIRE(rowsBefore.size() == 6);

    auto held = std::make_unique<test::HeldWorker>(kRestoring, 2 * 256);
    ui::MessageBox::clearLastShown();
    ui::MessageBox::setNextAnswer(ui::MessageBox::Yes);
    REQUIRE(window->restoreBackup(backup));
    auto* task = window->findChild<BackgroundTask*>(QStringLiteral("restoreTask"));
    REQUIRE(task);
    REQUIRE(held->waitUntilHeld());
    // On a worker, while the GUI's event loop runs.
    CHECK(held->thread() != QThread::currentThread());
    CHECK(timerFiresWhile([&] { return task->isRunning(); }));
    CHECK_FALSE(window->restoreBackup(backup)); // one restore at a time
    CHECK(held->stages() == QStringList {kChecking, kBackingUp, kRestoring});

    // The stage in words and a real bar, over the whole application.
    auto* progress = window->findChild<QProgressDialog*>(QStringLiteral("restoreProgress"));
    REQUIRE(progress);
    CHECK(QTest::qWaitFor([&] { return progress->isVisible(); }, 5000));
    CHECK(progress->windowModality() == Qt::ApplicationModal);
    CHECK(progress->accessibleName() == QStringLiteral("Restoring from a backup"));
    CHECK(progress->labelText() == kRestoring);
    CHECK(progress->maximum() == 1000);
    CHECK(progress->value() > 0);
    CHECK(progress->value() < 1000);
    screenshot(progress, QStringLiteral("restore-working"));

    SECTION("cancelled during the copy: the database is exactly as it was")
    {
        auto* cancel = progress->findChild<QPushButton*>();
        REQUIRE(cancel);
        cancel->click();
        CHECK(task->isCancelling());
        // The window stays blocked until the worker has let go of the database.
        QTest::qWait(20);
        CHECK(progress->isVisible());
        CHECK_FALSE(cancel->isEnabled());
        CHECK(progress->labelText().startsWith(QStringLiteral("Cancelling")));
        held->release();
        REQUIRE(task->wait());
        QTest::qWait(20);
        CHECK(window->findChild<QProgressDialog*>(QStringLiteral("restoreProgress")) == nullptr);
        CHECK(window->statusBar()->currentMessage() == QStringLiteral("Restore cancelled; the database is as it was."));
        CHECK_FALSE(ui::MessageBox::lastShown()->title == QStringLiteral("Cannot restore"));
        CHECK(residentRows(window->store()) == rowsBefore);
        CHECK(window->store().residents().find(later.id));
        CHECK(window->store().check().isEmpty());
        // The file as another program sees it.
        {
            auto reopened = f.openStore(f.folder.dbPath(), storage::Store::OpenMode::Existing);
            CHECK(residentRows(*reopened) == rowsBefore);
            CHECK(reopened->check().isEmpty());
        }
        // The backup of the database as it was, written before the copy began, is kept and audited.
        CHECK(storage::rotatingBackups(folder).size() == 2);
        storage::AuditLog::Filter filter;
        filter.action = QStringLiteral("backup");
        CHECK(window->store().audit().list(filter).first().summary.startsWith(QStringLiteral("before restoring")));
        // The automatic backups are back on this database.
        REQUIRE(window->backUpNow());
        window->backups()->wait();
        CHECK(storage::rotatingBackups(folder).size() == 3);

        // Asked again and left to run, it restores.
        held.reset();
        ui::MessageBox::setNextAnswer(ui::MessageBox::Yes);
        REQUIRE(window->restoreBackup(backup));
        REQUIRE(task->wait());
        CHECK_FALSE(window->store().residents().find(later.id));
    }
    SECTION("Escape cancels as the button does, and the dialog stays until the worker has stopped")
    {
        progress->activateWindow();
        QTest::keyClick(progress, Qt::Key_Escape);
        CHECK(task->isCancelling());
        QTest::qWait(20);
        CHECK(progress->isVisible());
        held->release();
        REQUIRE(task->wait());
        CHECK(residentRows(window->store()) == rowsBefore);
        CHECK(window->store().check().isEmpty());
    }
    SECTION("finished: the backup's data is shown")
    {
        held->release();
        REQUIRE(task->wait());
        held.reset();
        QTest::qWait(20);
        CHECK(window->findChild<QProgressDialog*>(QStringLiteral("restoreProgress")) == nullptr);
        REQUIRE(ui::MessageBox::lastShown());
        CHECK(ui::MessageBox::lastShown()->title == QStringLiteral("Restored"));
        CHECK_FALSE(window->store().residents().find(later.id));
        CHECK(window->store().residents().count(ResidentQuery {}) == 5);
        CHECK(window->store().check().isEmpty());
        auto* page = window->findChild<ui::CaseloadPage*>();
        REQUIRE(page);
        CHECK(page->model()->rowOfId(later.id) < 0);
        CHECK(window->statusBar()->currentMessage().startsWith(QStringLiteral("Restored")));
    }
}

TEST_CASE("A restore whose copy fails says nothing was restored, and the database is as it was",
          "[longwork][dataprotection][backup]")
{
    test::UiFixture f;
    {
        auto store = f.openStore(f.folder.dbPath(), storage::Store::OpenMode::CreateNew);
        test::addSampleCaseload(*store);
    }
    auto window = f.openWindow(f.folder.dbPath());
    const QStringList rowsBefore = residentRows(window->store());
    // A Hearth backup from a newer Hearth: refused at the check, before anything is written.
    const QString newer = f.folder.path(QStringLiteral("newer.sqlite"));
    storage::backupTo(window->store(), newer);
    {
        auto store = f.openStore(newer, storage::Store::OpenMode::Existing);
        store->db().exec(QStringLiteral("PRAGMA user_version = 9999"));
    }
    ui::MessageBox::setNextAnswer(ui::MessageBox::Yes);
    REQUIRE(window->restoreBackup(newer));
    auto* task = window->findChild<BackgroundTask*>(QStringLiteral("restoreTask"));
    REQUIRE(task);
    REQUIRE(task->wait());
    REQUIRE(ui::MessageBox::lastShown());
    CHECK(ui::MessageBox::lastShown()->title == QStringLiteral("Cannot restore"));
    CHECK(ui::MessageBox::lastShown()->text == QStringLiteral("Nothing was restored; the database is as it was."));
    CHECK(ui::MessageBox::lastShown()->informativeText.contains(QStringLiteral("newer Hearth")));
    CHECK(residentRows(window->store()) == rowsBefore);
    // Refused before the database was backed up: no backup "before restoring".
    CHECK(storage::rotatingBackups(storage::backupFolderFor(f.folder.dbPath())).isEmpty());
}

// Not run by default: HEARTH_BIG_DB names a copy of a large database (it is restored over, from
// HEARTH_BIG_BACKUP, another large Hearth database). Prints how long the restore takes in all and
// the longest time the GUI's event loop stood still meanwhile.
TEST_CASE("Measure: restore from backup on a large database", "[.measure]")
{
    const QString path = qEnvironmentVariable("HEARTH_BIG_DB");
    const QString backup = qEnvironmentVariable("HEARTH_BIG_BACKUP");
    REQUIRE_FALSE(path.isEmpty());
    REQUIRE_FALSE(backup.isEmpty());
    test::UiFixture f;
    auto window = f.openWindow(path);
    auto* task = new BackgroundTask(window.get()); // found by restoreBackup by its name
    task->setObjectName(QStringLiteral("restoreTask"));
    QElapsedTimer sinceTick;
    qint64 longestGap = 0;
    QTimer ticker;
    ticker.setInterval(10);
    QObject::connect(&ticker, &QTimer::timeout, [&] { longestGap = std::max(longestGap, sinceTick.restart()); });
    ui::MessageBox::setNextAnswer(ui::MessageBox::Yes);
    QElapsedTimer total;
    total.start();
    sinceTick.start();
    ticker.start();
    REQUIRE(window->restoreBackup(backup));
    const qint64 started = total.elapsed();
    REQUIRE(task->wait(1800000));
    const qint64 done = total.elapsed();
    QTest::qWait(50);
    ticker.stop();
    REQUIRE(ui::MessageBox::lastShown());
    CHECK(ui::MessageBox::lastShown()->title == QStringLiteral("Restored"));
    std::printf("| restore from backup | restoreBackup returns %lld ms | restored and reopened %lld ms | longest GUI "
                "gap %lld ms |\n",
                static_cast<long long>(started), static_cast<long long>(done), static_cast<long long>(longestGap));
}
