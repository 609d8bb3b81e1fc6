// The GUI's data protection: erasing a resident from their record, the retention review queue,
// backing up, restoring from a backup and checking the database (src/ui/dataprotection).
#include "UiFixture.h"

#include "LongWorkSupport.h"

#include "AuditLog.h"
#include "Backup.h"
#include "CaseloadModel.h"
#include "MessageBox.h"
#include "caseload/CaseloadPage.h"
#include "caseload/ResidentDialog.h"
#include "dataprotection/BackupController.h"
#include "dataprotection/BackupsDialog.h"
#include "dataprotection/EraseResidentDialog.h"
#include "dataprotection/RetentionReviewDialog.h"
#include "work/BackgroundTask.h"
#include "work/TaskProgress.h"

#include <QCheckBox>
#include <QDir>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>

#include <catch2/catch.hpp>

using namespace hearth;
using namespace hearth::ui;

namespace {

QString residentId(storage::Store& store, const QString& family)
{
    ResidentQuery query;
    query.search = family;
    const auto ids = store.residents().listIds(query);
    REQUIRE(ids.size() == 1);
    return ids.first();
}

// Pictures for a person to look at, when HEARTH_SCREENSHOTS names a folder.
void screenshot(QWidget* widget, const QString& name)
{
    const QString folder = qEnvironmentVariable("HEARTH_SCREENSHOTS");
    if (!folder.isEmpty()) {
        widget->grab().save(QDir(folder).filePath(name + QStringLiteral(".png")));
    }
}

QList<AuditEvent> auditOf(storage::Store& store, const QString& action)
{
    storage::AuditLog::Filter filter;
    filter.action = action;
    return store.audit().list(filter);
}

} // namespace

TEST_CASE("An officer erases a resident from their record, giving a reason and confirming", "[ui][dataprotection]")
{
    test::UiFixture f;
    {
        auto store = f.openStore(f.folder.dbPath(), storage::Store::OpenMode::CreateNew);
        test::addSampleCaseload(*store);
    }
    auto window = f.openWindow(f.folder.dbPath());
    auto* page = window->findChild<CaseloadPage*>();
    REQUIRE(page);
    const QString id = residentId(window->store(), QStringLiteral("Overdue"));
    REQUIRE(page->model()->rowOfId(id) >= 0);

    ResidentDialog* record = page->openRecord(id);
    REQUIRE(record);
    auto* eraseButton = record->findChild<QPushButton*>(QStringLiteral("eraseResidentButton"));
    REQUIRE(eraseButton);
    CHECK(eraseButton->isVisible());
    CHECK(!eraseButton->accessibleName().isEmpty());
    eraseButton->click();
    auto* dialog = qobject_cast<EraseResidentDialog*>(record->lastChildDialog());
    REQUIRE(dialog);
    QPointer<ResidentDialog> recordAlive(record);

    // Neither the reason alone nor the box alone is enough.
    CHECK(!dialog->eraseButton()->isEnabled());
    QTest::keyClicks(dialog->reasonEdit(), QStringLiteral("erasure request ER-17"));
    CHECK(!dialog->eraseButton()->isEnabled());
    dialog->confirmBox()->setChecked(true);
    CHECK(dialog->eraseButton()->isEnabled());
    dialog->confirmBox()->setChecked(false);
    dialog->reasonEdit()->clear();
    dialog->confirmBox()->setChecked(true);
    CHECK(!dialog->eraseButton()->isEnabled());
    QTest::keyClicks(dialog->reasonEdit(), QStringLiteral("erasure request ER-17"));
    screenshot(dialog, QStringLiteral("erase-resident"));
    dialog->eraseButton()->click();

    // The record closes; the resident is gone from the database and the caseload.
    QTRY_VERIFY(recordAlive.isNull() || !recordAlive->isVisible());
    CHECK(!window->store().residents().find(id));
    CHECK(page->model()->rowOfId(id) < 0);
    const auto events = auditOf(window->store(), QStringLiteral("purge"));
    REQUIRE(events.size() == 1);
    CHECK(events.first().entityId == id);
    CHECK(events.first().summary.contains(QStringLiteral("ER-17")));
    CHECK(!events.first().summary.contains(QStringLiteral("Overdue")));
}

namespace {

// The sample caseload (its closed case closed in 2026: not due) and two cases closed in 2018, past
// the retention period; their ids.
QStringList addOldClosedCases(test::UiFixture& f)
{
    QStringList oldIds;
    auto store = f.openStore(f.folder.dbPath(), storage::Store::OpenMode::CreateNew);
    test::addSampleCaseload(*store);
    for (const char* family : {"Oldcase", "Eldercase"}) {
        Resident resident;
        resident.givenName = QStringLiteral("Olive");
        resident.familyName = QLatin1String(family);
        resident.wardCode = QStringLiteral("E05000001");
        resident.identifiedOn = QDate(2017, 3, 1);
        resident.dateOfBirth = QDate(1940, 1, 1);
        resident = store->residents().create(resident);
        store->residents().close(resident.id, QDate(2018, 4, 1), QStringLiteral("improved"));
        oldIds.append(resident.id);
    }
    return oldIds;
}

} // namespace

TEST_CASE("The retention review lists closed cases past the period and anonymises the ticked ones",
          "[ui][dataprotection]")
{
    test::UiFixture f;
    addOldClosedCases(f);
    auto window = f.openWindow(f.folder.dbPath());
    RetentionReviewDialog* review = window->showRetentionReview();
    REQUIRE(review);
    QTableWidget* table = review->table();
    REQUIRE(table->rowCount() == 2);
    CHECK(table->item(0, 0)->text().contains(QStringLiteral("Olive")));
    CHECK(!review->anonymiseButton()->isEnabled());

    table->item(0, 0)->setCheckState(Qt::Checked);
    CHECK(!review->anonymiseButton()->isEnabled()); // no reason yet
    QTest::keyClicks(review->reasonEdit(), QStringLiteral("annual retention review"));
    CHECK(review->anonymiseButton()->isEnabled());
    screenshot(review, QStringLiteral("retention-review"));

    // Asked first; "Cancel" changes nothing.
    MessageBox::setNextAnswer(MessageBox::Cancel);
    CHECK_FALSE(review->anonymiseChecked());
    CHECK_FALSE(review->task()->isRunning());
    CHECK(table->rowCount() == 2);

    const QString chosen = review->checkedIds().first();
    MessageBox::setNextAnswer(MessageBox::Yes);
    REQUIRE(review->anonymiseChecked());
    REQUIRE(review->task()->wait());
    CHECK(table->rowCount() == 1);
    CHECK(review->status().contains(QStringLiteral("Anonymised 1 case")));
    const Resident anonymised = *window->store().residents().find(chosen);
    CHECK(anonymised.familyName.isEmpty());
    CHECK(!anonymised.dateOfBirth.isValid());
    CHECK(anonymised.ageBandEstimate == QStringLiteral("75+"));
    CHECK(auditOf(window->store(), QStringLiteral("anonymise")).size() == 1);

    // Tick all, anonymise the rest.
    review->setAllChecked(true);
    QTest::keyClicks(review->reasonEdit(), QStringLiteral("annual retention review"));
    MessageBox::setNextAnswer(MessageBox::Yes);
    REQUIRE(review->anonymiseChecked());
    REQUIRE(review->task()->wait());
    CHECK(table->rowCount() == 0);
    CHECK(review->status().contains(QStringLiteral("No closed case")));
}

TEST_CASE("The retention review anonymises off the GUI thread, and Cancel leaves every case as it was",
          "[ui][dataprotection][longwork]")
{
    test::UiFixture f;
    const QStringList oldIds = addOldClosedCases(f);
    auto window = f.openWindow(f.folder.dbPath());
    storage::Store& store = window->store();
    RetentionReviewDialog* review = window->showRetentionReview();
    REQUIRE(review->table()->rowCount() == 2);
    QSignalSpy anonymised(review, &RetentionReviewDialog::anonymised);
    const auto digests = [&store] {
        QList<QByteArray> all;
        for (const char* table : {"residents", "contacts", "audit_events"}) {
            all.append(test::tableDigest(store, QLatin1String(table)));
        }
        return all;
    };
    const QList<QByteArray> before = digests();
    TaskProgress* progress = review->progress();
    CHECK(progress->isHidden());

    review->setAllChecked(true);
    QTest::keyClicks(review->reasonEdit(), QStringLiteral("annual retention review"));
    {
        // Held after the first of the two cases is anonymised, inside the transaction.
        test::HeldWorker held(QStringLiteral("Anonymising"), 1);
        MessageBox::setNextAnswer(MessageBox::Yes);
        REQUIRE(review->anonymiseChecked());
        REQUIRE(held.waitUntilHeld());
        CHECK(held.thread() != QThread::currentThread());
        CHECK(test::timerFiresWhile([&] { return review->task()->isRunning(); }));
        CHECK(progress->isVisible());
        CHECK(progress->stageText() == QStringLiteral("Anonymising…"));
        REQUIRE(QTest::qWaitFor([&] { return progress->bar()->value() == 1; }, 5000));
        CHECK(progress->bar()->maximum() == 2);
        screenshot(review, QStringLiteral("retention-review-working"));
        // One run at a time: nothing to tick, type or press meanwhile, and a second start is refused.
        CHECK_FALSE(review->anonymiseButton()->isEnabled());
        CHECK_FALSE(review->table()->isEnabled());
        CHECK_FALSE(review->reasonEdit()->isEnabled());
        CHECK_FALSE(review->anonymiseChecked());
        QPushButton* cancel = progress->cancelButton();
        CHECK(cancel->hasFocus());
        CHECK(cancel->accessibleName() == QStringLiteral("Cancel"));
        CHECK(cancel->toolTip().contains(QStringLiteral("exactly as it was")));

        SECTION("Cancel pressed from the keyboard")
        {
            QTest::keyClick(cancel, Qt::Key_Space);
        }
        SECTION("closing the dialog cancels and the dialog stays open")
        {
            review->close();
            CHECK(review->isVisible());
        }
        CHECK(review->task()->isCancelling());
        held.release();
        REQUIRE(review->task()->wait());
    }
    CHECK(review->isVisible());
    CHECK(progress->isHidden());
    CHECK(review->status().contains(QStringLiteral("Cancelled: no case was anonymised")));
    CHECK(review->status().contains(QStringLiteral("exactly as it was")));
    CHECK(digests() == before);
    CHECK(review->table()->rowCount() == 2);
    CHECK(review->table()->isEnabled());
    CHECK(anonymised.isEmpty());
    for (const QString& id : oldIds) {
        CHECK_FALSE(store.residents().find(id)->familyName.isEmpty());
    }

    // Run to the end: the list empties, the status says so and the window is told.
    review->setAllChecked(true);
    MessageBox::setNextAnswer(MessageBox::Yes);
    REQUIRE(review->anonymiseChecked());
    CHECK(review->task()->isRunning());
    REQUIRE(review->task()->wait());
    CHECK(review->status().contains(QStringLiteral("Anonymised 2 case")));
    CHECK(review->table()->rowCount() == 0);
    REQUIRE(anonymised.size() == 1);
    CHECK(anonymised.first().first().toLongLong() == 2);
    for (const QString& id : oldIds) {
        CHECK(store.residents().find(id)->familyName.isEmpty());
    }
    CHECK(auditOf(store, QStringLiteral("anonymise")).size() == 2);
}

TEST_CASE("The retention review anonymises nothing when the worker refuses one of the ticked cases",
          "[ui][dataprotection][longwork]")
{
    test::UiFixture f;
    const QStringList oldIds = addOldClosedCases(f);
    auto window = f.openWindow(f.folder.dbPath());
    storage::Store& store = window->store();
    RetentionReviewDialog* review = window->showRetentionReview();
    REQUIRE(review->table()->rowCount() == 2);
    review->setAllChecked(true);
    QTest::keyClicks(review->reasonEdit(), QStringLiteral("annual retention review"));
    // One of them is reopened after the list was read: no longer a closed case.
    store.residents().reopen(oldIds.last());
    const QByteArray residentsBefore = test::tableDigest(store, QStringLiteral("residents"));
    MessageBox::clearLastShown();
    MessageBox::setNextAnswer(MessageBox::Yes);
    REQUIRE(review->anonymiseChecked());
    REQUIRE(review->task()->wait());
    const auto shown = MessageBox::lastShown();
    REQUIRE(shown);
    CHECK(shown->title == QStringLiteral("Nothing anonymised"));
    CHECK(shown->informativeText.contains(oldIds.last()));
    CHECK(test::tableDigest(store, QStringLiteral("residents")) == residentsBefore);
    CHECK_FALSE(store.residents().find(oldIds.first())->familyName.isEmpty());
    CHECK(review->table()->rowCount() == 1); // read again: the reopened case is no longer listed
    CHECK(review->table()->isEnabled());
}

TEST_CASE("Back up now writes a rotating backup off the GUI thread, audited, and closing writes another",
          "[ui][dataprotection][backup]")
{
    test::UiFixture f;
    {
        auto store = f.openStore(f.folder.dbPath(), storage::Store::OpenMode::CreateNew);
        test::addSampleCaseload(*store);
    }
    auto window = f.openWindow(f.folder.dbPath());
    const QString folder = storage::backupFolderFor(f.folder.dbPath());
    REQUIRE(window->backUpNow());
    window->backups()->wait();
    INFO(window->backups()->lastError().toStdString());
    const auto files = storage::rotatingBackups(folder);
    REQUIRE(files.size() == 1);
    CHECK(window->backups()->lastPath() == files.first().path);
    CHECK(auditOf(window->store(), QStringLiteral("backup")).size() == 1);

    f.clock.advanceMs(60 * 1000);
    window->close();
    CHECK(storage::rotatingBackups(folder).size() == 2);
}

TEST_CASE("Restore from backup lists the backups, asks, and reopens the database as it was",
          "[ui][dataprotection][backup]")
{
    test::UiFixture f;
    {
        auto store = f.openStore(f.folder.dbPath(), storage::Store::OpenMode::CreateNew);
        test::addSampleCaseload(*store);
    }
    auto window = f.openWindow(f.folder.dbPath());
    REQUIRE(window->backUpNow());
    window->backups()->wait();
    f.clock.advanceMs(60 * 1000);

    // Something recorded after the backup.
    Resident later;
    later.givenName = QStringLiteral("Fay");
    later.familyName = QStringLiteral("Afterwards");
    later.wardCode = QStringLiteral("E05000001");
    later.identifiedOn = QDate(2026, 11, 20);
    later = window->store().residents().create(later);
    window->refresh();

    BackupsDialog* dialog = window->showBackups();
    REQUIRE(dialog);
    REQUIRE(dialog->table()->rowCount() == 1);
    CHECK(dialog->table()->item(0, 1)->text().contains(QStringLiteral("B"))); // a size in words, e.g. "312 KiB"
    CHECK(dialog->keepSpin()->value() == 7);
    dialog->keepSpin()->setValue(5);
    CHECK(storage::backupsToKeep(window->store()) == 5);
    screenshot(dialog, QStringLiteral("restore-from-backup"));

    // Asked first: "Cancel" restores nothing.
    MessageBox::setNextAnswer(MessageBox::Cancel);
    dialog->restoreChosen();
    CHECK(window->store().residents().find(later.id));

    MessageBox::setNextAnswer(MessageBox::Yes);
    const QPointer<BackupsDialog> list(dialog);
    dialog->restoreChosen();
    // On a worker thread (tests/ui/RestoreTests.cpp): the database is reopened when it is done.
    auto* task = window->findChild<ui::BackgroundTask*>(QStringLiteral("restoreTask"));
    REQUIRE(task);
    REQUIRE(task->wait());
    // The list of backups, of the database as it was, is closed.
    CHECK((!list || !list->isVisible()));
    CHECK(!window->store().residents().find(later.id));
    CHECK(window->store().residents().count(ResidentQuery {}) == 5);
    CHECK(window->store().check().isEmpty());
    auto* page = window->findChild<CaseloadPage*>();
    CHECK(page->model()->rowOfId(later.id) < 0);
    // The database as it was before restoring was backed up first.
    CHECK(storage::rotatingBackups(storage::backupFolderFor(f.folder.dbPath())).size() == 2);
    CHECK(MessageBox::lastShown()->text.contains(QStringLiteral("restored")));

    // A file that is not a backup is refused, and nothing changes.
    QFile junk(f.folder.path(QStringLiteral("junk.sqlite")));
    REQUIRE(junk.open(QIODevice::WriteOnly));
    junk.write("not a database");
    junk.close();
    MessageBox::setNextAnswer(MessageBox::Yes);
    REQUIRE(window->restoreBackup(junk.fileName()));
    REQUIRE(task->wait());
    CHECK(MessageBox::lastShown()->title == QStringLiteral("Cannot restore"));
    CHECK(window->store().residents().count(ResidentQuery {}) == 5);
}

TEST_CASE("Check database says in words whether the database is sound", "[ui][dataprotection]")
{
    test::UiFixture f;
    {
        auto store = f.openStore(f.folder.dbPath(), storage::Store::OpenMode::CreateNew);
        test::addSampleCaseload(*store);
    }
    auto window = f.openWindow(f.folder.dbPath());
    MessageBox::clearLastShown();
    window->checkDatabaseNow();
    // On a worker thread: the answer comes when it is done.
    auto* task = window->findChild<ui::BackgroundTask*>(QStringLiteral("checkDatabaseTask"));
    REQUIRE(task);
    REQUIRE(task->wait());
    REQUIRE(MessageBox::lastShown());
    CHECK(MessageBox::lastShown()->kind == MessageBox::Kind::Information);
    CHECK(MessageBox::lastShown()->text == QStringLiteral("The database is sound."));
    CHECK(MessageBox::lastShown()->informativeText.contains(QStringLiteral("5 resident")));

    // A broken link: a measurement of a resident who is not there.
    auto& db = window->store().db();
    db.exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
    db.exec(QStringLiteral("INSERT INTO measurements (id, resident_id, instrument, stage, taken_on, responses,"
                           " created_at, updated_at, site_id) VALUES ('m1', 'nobody', 'ucla3', 'baseline',"
                           " '2026-11-01', '[1,1,1]', '2026-11-01T00:00:00Z', '2026-11-01T00:00:00Z', 'x')"));
    db.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    window->checkDatabaseNow();
    REQUIRE(task->wait());
    CHECK(MessageBox::lastShown()->kind == MessageBox::Kind::Critical);
    CHECK(MessageBox::lastShown()->text == QStringLiteral("The database has 1 problem(s)."));
    CHECK(MessageBox::lastShown()->informativeText.contains(QStringLiteral("A record's link is broken")));
    CHECK(MessageBox::lastShown()->informativeText.contains(QStringLiteral("Restore the newest good backup")));
}
