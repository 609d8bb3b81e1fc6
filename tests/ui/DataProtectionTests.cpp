// The GUI's data protection: erasing a resident from their record, the retention review queue,
// backing up, restoring from a backup and checking the database (src/ui/dataprotection).
#include "UiFixture.h"

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

#include <QCheckBox>
#include <QDir>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
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

TEST_CASE("The retention review lists closed cases past the period and anonymises the ticked ones",
          "[ui][dataprotection]")
{
    test::UiFixture f;
    QStringList oldIds;
    {
        auto store = f.openStore(f.folder.dbPath(), storage::Store::OpenMode::CreateNew);
        test::addSampleCaseload(*store); // its closed case closed in 2026: not due
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
    }
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
    CHECK(review->anonymiseChecked() == 0);
    CHECK(table->rowCount() == 2);

    const QString chosen = review->checkedIds().first();
    MessageBox::setNextAnswer(MessageBox::Yes);
    CHECK(review->anonymiseChecked() == 1);
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
    CHECK(review->anonymiseChecked() == 1);
    CHECK(table->rowCount() == 0);
    CHECK(review->status().contains(QStringLiteral("No closed case")));
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
