// The Audit page (filters, paging over a large trail, Verify chain in words), the audit of GUI
// record views and KPI exports, and the record's "Subject access export…" (issue 9).
#include "UiFixture.h"

#include "AuditEventModel.h"
#include "AuditLog.h"
#include "FileDialog.h"
#include "MessageBox.h"
#include "Sqlite.h"
#include "SubjectAccessExport.h"
#include "ZipWriter.h"
#include "audit/AuditPage.h"
#include "caseload/CaseloadPage.h"
#include "caseload/ResidentDialog.h"
#include "caseload/SubjectAccessDialog.h"
#include "reports/ReportsPage.h"
#include "work/BackgroundTask.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>

using namespace hearth;
using ui::AuditPage;

namespace {

qint64 countEvents(storage::Store& store, const QString& residentId, const QString& action)
{
    storage::AuditLog::Filter filter;
    filter.residentId = residentId;
    filter.action = action;
    return store.audit().count(filter);
}

QString residentNamed(storage::Store& store, const QString& given)
{
    ResidentQuery query;
    query.search = given;
    query.today = store.clock().today();
    const auto page = store.residents().list(query);
    REQUIRE(page.rows.size() == 1);
    return page.rows.first().id;
}

} // namespace

TEST_CASE("Opening a resident's record in the GUI writes a view event, and nothing personal", "[audit][caseload]")
{
    test::UiFixture f;
    QString ada;
    {
        auto store = f.openStore(f.folder.dbPath());
        test::addSampleCaseload(*store);
        ada = residentNamed(*store, QStringLiteral("Ada"));
    }
    auto window = f.openWindow(f.folder.dbPath());
    auto& store = window->store();
    const qint64 before = countEvents(store, ada, QStringLiteral("view"));
    auto* page = window->findChild<ui::CaseloadPage*>();
    REQUIRE(page);
    ui::ResidentDialog* record = page->openRecord(ada);
    REQUIRE(record);
    CHECK(countEvents(store, ada, QStringLiteral("view")) == before + 1);
    storage::AuditLog::Filter filter;
    filter.limit = 1;
    const auto newest = store.audit().list(filter);
    REQUIRE(newest.size() == 1);
    CHECK(newest.first().action == QStringLiteral("view"));
    CHECK(newest.first().entityId == ada);
    CHECK(newest.first().officerId == store.actingOfficerId());
    CHECK_FALSE(newest.first().summary.contains(QStringLiteral("Ada")));
    record->done(QDialog::Rejected);
}

TEST_CASE("A KPI export from the Reports page is audited", "[audit][reports]")
{
    test::UiFixture f;
    auto store = f.openStore(f.folder.dbPath());
    test::addSampleCaseload(*store);
    ui::ReportsPage page;
    page.setStore(store.get());
    page.refresh(); // what the main window does when the page is shown
    REQUIRE(page.waitForWork());
    storage::AuditLog::Filter exports;
    exports.action = QStringLiteral("export");
    REQUIRE(store->audit().count(exports) == 0);
    QString error;
    REQUIRE(page.exportTo(f.folder.path(QStringLiteral("kpis.html")), &error));
    const auto events = store->audit().list(exports);
    REQUIRE(events.size() == 1);
    CHECK(events.first().entity == QStringLiteral("kpi"));
    CHECK(events.first().summary.contains(QStringLiteral("html")));
    page.setStore(nullptr);
}

TEST_CASE("The Audit page filters by resident, officer, action and dates, and Verify chain says what broke",
          "[audit][auditpage]")
{
    test::UiFixture f;
    auto store = f.openStore(f.folder.dbPath());
    test::addSampleCaseload(*store);
    const QString ada = residentNamed(*store, QStringLiteral("Ada"));
    const QString ben = residentNamed(*store, QStringLiteral("Ben"));
    store->residents().view(ada);
    store->residents().view(ben);
    const Officer other = store->officers().add({{}, QStringLiteral("Kim Other"), QStringLiteral("officer"), {}, {}});
    const QString alex = store->actingOfficerId();
    store->setActingOfficer(other.id);
    store->residents().view(ada);
    store->setActingOfficer(alex);

    AuditPage page;
    page.resize(1100, 600);
    page.setStore(store.get());
    page.refresh(); // what the main window does when the page is shown
    page.show();
    const qint64 all = store->audit().count({});
    CHECK(page.model()->total() == all);
    CHECK(page.summaryText() == QStringLiteral("%1 events, newest first.").arg(all));
    // Newest first.
    CHECK(page.model()->eventAt(0)->sequence == all);

    SECTION("by resident, found by name: their record's and their contacts' events only")
    {
        CHECK(page.findResidents(QStringLiteral("Ada")) == 1);
        const qint64 adaEvents = page.model()->total();
        CHECK(adaEvents == countEvents(*store, ada, {}));
        CHECK(adaEvents >= 4); // created, a contact added, viewed twice
        for (int row = 0; row < adaEvents; ++row) {
            const AuditEvent* event = page.model()->eventAt(row);
            REQUIRE(event);
            CHECK((event->entityId == ada || event->entity == QStringLiteral("contact")));
        }
        // And by id.
        CHECK(page.findResidents(ben) == 1);
        CHECK(page.model()->total() == countEvents(*store, ben, {}));
        // No match: every resident again, and the box says so.
        CHECK(page.findResidents(QStringLiteral("Zebedee")) == 0);
        CHECK(page.model()->total() == all);
        CHECK(page.findChild<QComboBox*>(QStringLiteral("residentFilter"))
                  ->currentText()
                  .contains(QStringLiteral("no match")));
    }

    SECTION("by officer and action")
    {
        page.setOfficerFilter(other.id);
        CHECK(page.model()->total() == 1);
        CHECK(page.model()->eventAt(0)->officerId == other.id);
        CHECK(page.model()->data(page.model()->index(0, models::AuditEventModel::Officer)).toString()
              == QStringLiteral("Kim Other"));
        page.setOfficerFilter({});
        page.setActionFilter(QStringLiteral("view"));
        CHECK(page.model()->total() == 3);
        CHECK(page.summaryText() == QStringLiteral("3 events match."));
        CHECK(page.model()->data(page.model()->index(0, models::AuditEventModel::Action)).toString()
              == QStringLiteral("Viewed"));
        page.setResidentFilter(ada);
        CHECK(page.model()->total() == 2);
    }

    SECTION("by dates: the fixed clock's day is in, the days around it are out")
    {
        const QDate today = f.clock.nowUtc().date();
        page.setDateRange(today, today);
        CHECK(page.model()->total() == all);
        page.setDateRange(today.addDays(1), {});
        CHECK(page.model()->total() == 0);
        page.setDateRange({}, today.addDays(-1));
        CHECK(page.model()->total() == 0);
        page.setDateRange(today.addDays(1), today);
        CHECK(page.summaryText().contains(QStringLiteral("before the From date")));
    }

    SECTION("Verify chain: intact, then an event changed")
    {
        CHECK(page.verifyChain());
        CHECK(page.verificationText()
              == QStringLiteral("✔ The chain is intact: all %1 events are as they were written.").arg(all));
        {
            sql::Connection db(f.folder.dbPath(), sql::Connection::Mode::ReadWrite);
            db.exec(QStringLiteral("DROP TRIGGER audit_events_no_update"));
            db.exec(QStringLiteral("UPDATE audit_events SET summary = 'nothing happened' WHERE sequence = 3"));
        }
        CHECK_FALSE(page.verifyChain());
        CHECK(page.verificationText().contains(QStringLiteral("The chain is broken: event 3 has been changed")));
    }

    SECTION("every control is reachable by keyboard and named")
    {
        for (const char* name : {"residentSearch", "residentFilter", "officerFilter", "actionFilter", "fromDate",
                                 "toDate", "auditTable", "verifyButton", "clearFiltersButton", "findResidentButton"}) {
            auto* widget = page.findChild<QWidget*>(QLatin1String(name));
            INFO(name);
            REQUIRE(widget);
            CHECK(widget->focusPolicy() != Qt::NoFocus);
            CHECK((!widget->accessibleName().isEmpty() || qobject_cast<QPushButton*>(widget)));
        }
    }
    page.setStore(nullptr);
}

TEST_CASE("The Audit page pages through 100,000 events holding only a few pages", "[audit][auditpage]")
{
    test::UiFixture f;
    auto store = f.openStore(f.folder.dbPath());
    test::addSampleCaseload(*store);
    {
        sql::Transaction transaction(store->db());
        for (int n = 0; n < 100000; ++n) {
            store->audit().record(store->actingOfficerId(), QStringLiteral("view"), QStringLiteral("resident"),
                                  QStringLiteral("r%1").arg(n % 500), QStringLiteral("record viewed"));
        }
        transaction.commit();
    }
    const qint64 all = store->audit().count({});
    REQUIRE(all > 100000);
    AuditPage page;
    page.resize(1100, 600);
    page.setStore(store.get());
    page.refresh(); // what the main window does when the page is shown
    page.show();
    auto* table = page.table();
    CHECK(page.model()->rowCount() == all);
    CHECK(page.model()->cachedPages() <= 1);
    table->scrollToBottom();
    QCoreApplication::processEvents();
    const QModelIndex last = page.model()->index(static_cast<int>(all - 1), models::AuditEventModel::Sequence);
    CHECK(page.model()->data(last).toLongLong() == 1);
    table->scrollTo(page.model()->index(50000, 0));
    QCoreApplication::processEvents();
    CHECK(page.model()->data(page.model()->index(50000, models::AuditEventModel::Sequence)).toLongLong()
          == all - 50000);
    CHECK(page.model()->cachedPages() <= models::AuditEventModel::kMaxCachedPages);
    // A filter is SQL's: one resident's views among the 100,000.
    page.setResidentFilter(QStringLiteral("r7"));
    CHECK(page.model()->total() == 200);
    CHECK(page.verifyChain());
    page.setStore(nullptr);
}

TEST_CASE("Subject access export from the record: passphrase asked twice, file sealed, export audited", "[audit][sar]")
{
    test::UiFixture f;
    QString ada;
    {
        auto store = f.openStore(f.folder.dbPath());
        test::addSampleCaseload(*store);
        ada = residentNamed(*store, QStringLiteral("Ada"));
    }
    auto window = f.openWindow(f.folder.dbPath());
    auto& store = window->store();
    auto* caseload = window->findChild<ui::CaseloadPage*>();
    ui::ResidentDialog* record = caseload->openRecord(ada);
    REQUIRE(record);
    auto* button = record->findChild<QPushButton*>(QStringLiteral("subjectAccessButton"));
    REQUIRE(button);
    CHECK(button->isVisible());
    button->click();
    auto* dialog = qobject_cast<ui::SubjectAccessDialog*>(record->lastChildDialog());
    REQUIRE(dialog);
    dialog->setKdfLimits(crypto::KdfLimits::fastForTestsOnly());
    dialog->formatBox()->setCurrentIndex(dialog->formatBox()->findData(QStringLiteral("html")));
    CHECK(dialog->encryptBox()->isChecked());

    const QString path = f.folder.path(QStringLiteral("ada.hsar"));
    dialog->passphraseEdit()->setText(QStringLiteral("river stone"));
    dialog->confirmEdit()->setText(QStringLiteral("river stones"));
    dialog->accept();
    CHECK(dialog->problemText().contains(QStringLiteral("differ")));
    CHECK_FALSE(QFile::exists(path));
    CHECK(countEvents(store, ada, QStringLiteral("export")) == 0);

    dialog->confirmEdit()->setText(QStringLiteral("river stone"));
    ui::FileDialog::setNextFileName(path);
    const QPointer<ui::SubjectAccessDialog> open(dialog);
    dialog->accept();
    REQUIRE(dialog->task()->wait()); // made on a worker thread
    // Done, the dialog closed itself (and may be gone): the file is what it leaves.
    CHECK((open.isNull() || open->writtenPath() == path));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray sealed = file.readAll();
    CHECK(reports::isSealedSubjectAccess(sealed));
    CHECK_THROWS_AS(reports::openSubjectAccess(sealed, QStringLiteral("river")), reports::SubjectAccessFileError);
    const auto entries = reports::readStoredZip(reports::openSubjectAccess(sealed, QStringLiteral("river stone")));
    REQUIRE(entries);
    REQUIRE(entries->size() == 2);
    CHECK(entries->at(0).name == QStringLiteral("subject-access.html"));
    CHECK(entries->at(0).data.contains("Ada"));
    const QJsonObject json = QJsonDocument::fromJson(entries->at(1).data).object();
    CHECK(json.value(QStringLiteral("resident")).toObject().value(QStringLiteral("id")).toString() == ada);
    CHECK(countEvents(store, ada, QStringLiteral("export")) == 1);
    record->done(QDialog::Rejected);
}

// Not run by default: saves docs/screenshots/audit.png from the database in HEARTH_SAMPLE_DB (made
// by `hearth-cli demo`) into the folder HEARTH_SCREENSHOT_DIR.
TEST_CASE("Save a screenshot of the Audit page", "[.screenshot]")
{
    const QString path = qEnvironmentVariable("HEARTH_SAMPLE_DB");
    const QString folder = qEnvironmentVariable("HEARTH_SCREENSHOT_DIR");
    REQUIRE_FALSE(path.isEmpty());
    REQUIRE_FALSE(folder.isEmpty());
    test::UiFixture f;
    {
        auto store = f.openStore(path, storage::Store::OpenMode::Existing);
        if (store->actingOfficerId().isEmpty()) {
            store->setActingOfficer(store->officers().list().first().id);
        }
    }
    auto window = f.openWindow(path);
    window->resize(1280, 760);
    window->setCurrentPage(ui::MainWindow::Page::Audit);
    auto* page = window->findChild<AuditPage*>();
    REQUIRE(page);
    page->verifyChain();
    QTest::qWait(100);
    CHECK(window->grab().save(folder + QStringLiteral("/audit.png")));
}
