// Long work off the GUI thread (issue 10, item 4): the work runs on a worker thread while the event
// loop keeps running, its progress is shown, Cancel leaves nothing half-done, and the result
// appears when it finishes.

#include "AuditLog.h"
#include "DemoGenerator.h"
#include "FileDialog.h"
#include "KpiReport.h"
#include "LongWorkSupport.h"
#include "MessageBox.h"
#include "SecretStream.h"
#include "Sqlite.h"
#include "UiFixture.h"
#include "audit/AuditPage.h"
#include "caseload/SubjectAccessDialog.h"
#include "reports/ReportsPage.h"
#include "work/BackgroundTask.h"
#include "work/TaskProgress.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QStatusBar>
#include <QThread>
#include <QTimer>

#include <catch2/catch.hpp>

#include <algorithm>
#include <atomic>
#include <cstdio>

using namespace hearth;
using test::HeldWorker;
using test::timerFiresWhile;
using ui::BackgroundTask;
using ui::TaskContext;

namespace {

qint64 auditEvents(storage::Store& store, const QString& action = {})
{
    storage::AuditLog::Filter filter;
    filter.action = action;
    return store.audit().count(filter);
}

qint64 kpiValue(storage::Store& store, const QString& quarter, const QString& kpiId)
{
    reports::KpiRequest request;
    request.period = *Period::fromQuarter(quarter);
    const auto figure = reports::KpiReport::build(store, request).figure(kpiId);
    REQUIRE(figure);
    return figure->value;
}

void makeDemo(test::UiFixture& f, int residents)
{
    auto store = f.openStore(f.folder.dbPath());
    demo::DemoOptions options;
    options.residents = residents;
    demo::generateDemo(*store, options);
}

} // namespace

TEST_CASE("A background task runs its work on a worker, reports progress and delivers its outcome", "[longwork]")
{
    QThread* worker = nullptr;
    BackgroundTask task;
    QList<qint64> shown;
    QObject::connect(&task, &BackgroundTask::progress,
                     [&](const QString&, qint64 done, qint64) { shown.append(done); });
    std::optional<BackgroundTask::Outcome> outcome;
    QString error;
    const auto done = [&](BackgroundTask::Outcome result, const QString& message) {
        outcome = result;
        error = message;
    };

    SECTION("finished")
    {
        task.start(
            QStringLiteral("Counting"), QString(), nullptr,
            [&](TaskContext& context) {
                worker = QThread::currentThread();
                CHECK(context.store() == nullptr);
                for (int i = 0; i <= 3; ++i) {
                    context.progress(QStringLiteral("Counting"), i, 3);
                }
            },
            done);
        CHECK(task.isRunning());
        REQUIRE(task.wait());
        REQUIRE(outcome);
        CHECK(*outcome == BackgroundTask::Outcome::Finished);
        CHECK(worker != nullptr);
        CHECK(worker != QThread::currentThread());
        CHECK(shown.contains(3));
        CHECK_FALSE(task.isRunning());
    }
    SECTION("failed: the error's message comes back")
    {
        task.start(
            QStringLiteral("Failing"), QString(), nullptr,
            [](TaskContext&) { throw std::runtime_error("the disk is full"); }, done);
        REQUIRE(task.wait());
        REQUIRE(outcome);
        CHECK(*outcome == BackgroundTask::Outcome::Failed);
        CHECK(error == QStringLiteral("the disk is full"));
    }
    SECTION("cancelled at the next progress report")
    {
        HeldWorker held(QStringLiteral("Counting"));
        bool afterCancel = false;
        task.start(
            QStringLiteral("Counting"), QString(), nullptr,
            [&](TaskContext& context) {
                context.progress(QStringLiteral("Counting"), 0, 2);
                context.progress(QStringLiteral("Counting"), 1, 2); // throws: Cancel was asked
                afterCancel = true;
            },
            done);
        REQUIRE(held.waitUntilHeld());
        task.cancel();
        CHECK(task.isCancelling());
        held.release();
        REQUIRE(task.wait());
        REQUIRE(outcome);
        CHECK(*outcome == BackgroundTask::Outcome::Cancelled);
        CHECK_FALSE(afterCancel);
    }
    SECTION("a newer run abandons the one going: only the newer one's outcome is delivered")
    {
        HeldWorker held(QStringLiteral("Old"));
        int oldDone = 0;
        task.start(
            QStringLiteral("Old"), QString(), nullptr,
            [](TaskContext& context) { context.progress(QStringLiteral("Old"), 0, 1); },
            [&](BackgroundTask::Outcome, const QString&) { ++oldDone; });
        REQUIRE(held.waitUntilHeld());
        task.start(
            QStringLiteral("New"), QString(), nullptr, [](TaskContext&) {}, done);
        REQUIRE(task.wait());
        held.release();
        task.waitForAll();
        CHECK(oldDone == 0);
        REQUIRE(outcome);
        CHECK(*outcome == BackgroundTask::Outcome::Finished);
    }
}

TEST_CASE("The Reports page works its figures out off the GUI thread, with progress and Cancel", "[longwork][reports]")
{
    test::UiFixture f;
    makeDemo(f, 600);
    auto store = f.openStore(f.folder.dbPath(), storage::Store::OpenMode::Existing);
    const qint64 eventsBefore = auditEvents(*store);
    auto held = std::make_unique<HeldWorker>(QStringLiteral("figures"), 2);
    ui::ReportsPage page;
    page.resize(1200, 800);
    page.show();
    page.setStore(store.get());
    page.refresh(); // what the main window does when the page is shown

    // Held on the worker after two of the eight quarters: the event loop runs meanwhile.
    REQUIRE(held->waitUntilHeld());
    CHECK(held->thread() != QThread::currentThread());
    CHECK(timerFiresWhile([&] { return page.isWorking(); }));
    // The progress is shown, in numbers and words; nothing of the figures yet.
    QProgressBar* bar = page.progress()->bar();
    CHECK(page.progress()->isVisible());
    REQUIRE(QTest::qWaitFor([&] { return bar->value() == 2; }, 5000));
    CHECK(bar->maximum() == 8);
    CHECK(page.progress()->stageText().contains(QStringLiteral("FY2026-Q3")));
    CHECK(page.progress()->cancelButton()->isVisible());
    CHECK_FALSE(page.report());
    CHECK(page.tileValue(QStringLiteral("identified")) == QStringLiteral("–"));
    CHECK_FALSE(page.findChild<QPushButton*>(QStringLiteral("exportButton"))->isEnabled());

    SECTION("the figures appear when the work finishes")
    {
        held->release();
        REQUIRE(page.waitForWork());
        CHECK_FALSE(page.progress()->isVisible());
        REQUIRE(page.report());
        CHECK(page.tileValue(QStringLiteral("identified"))
              == QString::number(kpiValue(*store, QStringLiteral("FY2026-Q3"), QStringLiteral("identified"))));
        CHECK(page.findChild<QPushButton*>(QStringLiteral("exportButton"))->isEnabled());
    }
    SECTION("a new quarter abandons the work going: its figures are never shown")
    {
        // The quarter before is worked out while the first request is still held.
        page.setQuarter(QStringLiteral("FY2026-Q2"));
        CHECK(page.isWorking());
        REQUIRE(page.waitForWork());
        REQUIRE(page.report());
        CHECK(page.report()->request().period.quarterLabel() == QStringLiteral("FY2026-Q2"));
        const QString shown = page.tileValue(QStringLiteral("identified"));
        CHECK(shown == QString::number(kpiValue(*store, QStringLiteral("FY2026-Q2"), QStringLiteral("identified"))));
        // The first request, let go now, ends without showing anything.
        held->release();
        page.task()->waitForAll();
        QTest::qWait(20);
        CHECK(page.report()->request().period.quarterLabel() == QStringLiteral("FY2026-Q2"));
        CHECK(page.tileValue(QStringLiteral("identified")) == shown);
    }
    SECTION("Cancel stops the work and shows no figures; Refresh works them out")
    {
        page.progress()->cancelButton()->click();
        CHECK(page.progress()->stageText() == QStringLiteral("Cancelling…"));
        CHECK_FALSE(page.progress()->cancelButton()->isEnabled());
        held->release();
        REQUIRE(page.waitForWork());
        CHECK_FALSE(page.report());
        CHECK(page.tileValue(QStringLiteral("identified")) == QStringLiteral("–"));
        CHECK(page.findChild<QLabel*>(QStringLiteral("reportNotice"))->text().contains(QStringLiteral("Cancelled")));
        CHECK_FALSE(page.progress()->isVisible());
        page.refresh();
        REQUIRE(page.waitForWork());
        REQUIRE(page.report());
    }
    CHECK(auditEvents(*store) == eventsBefore); // working the figures out changes nothing
    held.reset();
    page.setStore(nullptr);
}

TEST_CASE("A KPI export from the Reports page is written off the GUI thread, and Cancel leaves no file",
          "[longwork][reports]")
{
    test::UiFixture f;
    makeDemo(f, 300);
    auto store = f.openStore(f.folder.dbPath(), storage::Store::OpenMode::Existing);
    ui::ReportsPage page;
    page.show();
    page.setStore(store.get());
    page.refresh();
    REQUIRE(page.waitForWork());
    REQUIRE(page.report());
    const qint64 exportsBefore = auditEvents(*store, QStringLiteral("export"));
    const QString path = f.folder.path(QStringLiteral("committee.pdf"));
    ui::MessageBox::clearLastShown();
    auto* status = page.findChild<QLabel*>(QStringLiteral("reportStatus"));
    REQUIRE(status);

    SECTION("cancelled before the file is written: no file, nothing audited")
    {
        // Held after the report is drawn, before the file is written.
        HeldWorker held(QStringLiteral("committee.pdf"), 2);
        ui::FileDialog::setNextFileName(path);
        page.exportReport();
        REQUIRE(held.waitUntilHeld());
        CHECK(held.thread() != QThread::currentThread());
        CHECK(timerFiresWhile([&] { return page.isWorking(); }));
        CHECK(page.progress()->isVisible());
        REQUIRE(QTest::qWaitFor([&] { return page.progress()->bar()->value() == 2; }, 5000));
        CHECK(page.progress()->bar()->maximum() == 3);
        page.progress()->cancelButton()->click();
        held.release();
        REQUIRE(page.waitForWork());
        CHECK_FALSE(QFile::exists(path));
        // Nor a partly written temporary file beside it.
        CHECK(QDir(f.folder.path(QString())).entryList({QStringLiteral("committee*")}, QDir::Files).isEmpty());
        CHECK(auditEvents(*store, QStringLiteral("export")) == exportsBefore);
        CHECK(status->text().contains(QStringLiteral("no file was written")));
        CHECK_FALSE(ui::MessageBox::lastShown());
        CHECK(page.report()); // the figures stay shown
    }
    SECTION("finished: the file is there and the export audited")
    {
        ui::FileDialog::setNextFileName(path);
        page.exportReport();
        CHECK(page.isWorking());
        REQUIRE(page.waitForWork());
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        CHECK(file.read(4) == QByteArray("%PDF"));
        CHECK(auditEvents(*store, QStringLiteral("export")) == exportsBefore + 1);
        CHECK(status->text().contains(QStringLiteral("committee.pdf")));
    }
    page.setStore(nullptr);
}

// Not run by default: HEARTH_BIG_DB names a large database (hearth-cli demo --residents 100000);
// prints how long the Reports page takes to show its figures and the longest the GUI thread went
// without handling its events meanwhile (docs/performance.md § Long work).
TEST_CASE("Measure: the Reports page on a large database", "[.measure]")
{
    const QString path = qEnvironmentVariable("HEARTH_BIG_DB");
    REQUIRE_FALSE(path.isEmpty());
    test::UiFixture f;
    auto store = f.openStore(path, storage::Store::OpenMode::Existing);
    ui::ReportsPage page;
    page.resize(1200, 800);
    page.show();
    page.setStore(store.get());
    for (const QString& breakdown : {QString(), QStringLiteral("ward")}) {
        page.setDimension(breakdown);
        page.task()->waitForAll();
        QElapsedTimer sinceTick;
        qint64 longestGap = 0;
        QTimer ticker;
        ticker.setInterval(10);
        QObject::connect(&ticker, &QTimer::timeout, [&] { longestGap = std::max(longestGap, sinceTick.restart()); });
        QElapsedTimer total;
        total.start();
        sinceTick.start();
        ticker.start();
        page.refresh();
        const qint64 started = total.elapsed();
        REQUIRE(page.waitForWork(600000));
        const qint64 shown = total.elapsed();
        ticker.stop();
        REQUIRE(page.report());
        std::printf("| Reports page, breakdown %s | refresh() returns %lld ms | figures shown %lld ms | longest GUI "
                    "gap %lld ms |\n",
                    breakdown.isEmpty() ? "none" : qPrintable(breakdown), static_cast<long long>(started),
                    static_cast<long long>(shown), static_cast<long long>(longestGap));
    }
    page.setStore(nullptr);
}

TEST_CASE("Verify chain reads the audit trail off the GUI thread, with progress and Cancel", "[longwork][audit]")
{
    test::UiFixture f;
    makeDemo(f, 600);
    auto store = f.openStore(f.folder.dbPath(), storage::Store::OpenMode::Existing);
    {
        // A year of an officer's work: the demo writes its records without an audit event each.
        sql::Transaction transaction(store->db());
        for (int n = 0; n < 5000; ++n) {
            store->audit().record(store->actingOfficerId(), QStringLiteral("view"), QStringLiteral("resident"),
                                  QStringLiteral("r%1").arg(n % 500), QStringLiteral("record viewed"));
        }
        transaction.commit();
    }
    const qint64 events = auditEvents(*store);
    REQUIRE(events > 5000);
    ui::AuditPage page;
    page.show();
    page.setStore(store.get());
    page.refresh();
    auto* verification = page.findChild<QLabel*>(QStringLiteral("verificationLabel"));
    auto* verify = page.findChild<QPushButton*>(QStringLiteral("verifyButton"));
    REQUIRE(verification);
    REQUIRE(verify);

    // Held after the first 2,000 events are checked.
    auto held = std::make_unique<HeldWorker>(QStringLiteral("audit chain"), 2000);
    verify->click();
    REQUIRE(held->waitUntilHeld());
    CHECK(held->thread() != QThread::currentThread());
    CHECK(timerFiresWhile([&] { return page.task()->isRunning(); }));
    CHECK(page.progress()->isVisible());
    REQUIRE(QTest::qWaitFor([&] { return page.progress()->bar()->value() == 2000; }, 5000));
    CHECK(page.progress()->bar()->maximum() == events);
    CHECK_FALSE(verify->isEnabled()); // one check at a time
    CHECK(verification->text().contains(QStringLiteral("Checking")));

    SECTION("cancelled: says the chain was not checked, and nothing changed")
    {
        page.progress()->cancelButton()->click();
        held->release();
        REQUIRE(page.task()->wait());
        CHECK(verification->text() == QStringLiteral("Check cancelled: the chain was not checked."));
        CHECK_FALSE(verification->text().contains(QStringLiteral("intact")));
        CHECK(verify->isEnabled());
        CHECK_FALSE(page.progress()->isVisible());
        CHECK(auditEvents(*store) == events);
    }
    SECTION("finished: says the chain is intact, with every event counted")
    {
        held->release();
        REQUIRE(page.task()->wait());
        CHECK(verification->text()
              == QStringLiteral("✔ The chain is intact: all %1 events are as they were written.")
                     .arg(QLocale().toString(events)));
        CHECK_FALSE(page.progress()->isVisible());
    }
    held.reset();
    page.setStore(nullptr);
}

TEST_CASE("A subject access export is made off the GUI thread, and Cancel writes no file and records nothing",
          "[longwork][sar]")
{
    test::UiFixture f;
    auto store = f.openStore(f.folder.dbPath());
    test::addSampleCaseload(*store);
    QString ada;
    {
        auto statement = store->db().prepare(QStringLiteral("SELECT id FROM residents WHERE given_name = 'Ada'"));
        REQUIRE(statement.step());
        ada = statement.text(0);
    }
    const qint64 eventsBefore = auditEvents(*store);
    ui::SubjectAccessDialog dialog(*store, ada);
    dialog.setKdfLimits(crypto::KdfLimits::fastForTestsOnly());
    dialog.show();
    dialog.passphraseEdit()->setText(QStringLiteral("river stone"));
    dialog.confirmEdit()->setText(QStringLiteral("river stone"));
    const QString path = f.folder.path(QStringLiteral("ada.hsar"));
    auto* problem = dialog.findChild<QLabel*>(QStringLiteral("problemLabel"));
    REQUIRE(problem);

    SECTION("cancelled with the file written but not yet committed: no file, no audit event")
    {
        HeldWorker held(QStringLiteral("Writing"), 3);
        ui::FileDialog::setNextFileName(path);
        dialog.accept();
        REQUIRE(held.waitUntilHeld());
        CHECK(held.thread() != QThread::currentThread());
        CHECK(timerFiresWhile([&] { return dialog.task()->isRunning(); }));
        CHECK(dialog.progress()->isVisible());
        REQUIRE(QTest::qWaitFor([&] { return dialog.progress()->bar()->value() == 3; }, 5000));
        CHECK(dialog.progress()->bar()->maximum() == 4);
        CHECK_FALSE(dialog.passphraseEdit()->isEnabled());
        dialog.reject(); // Escape or the dialog's Cancel: stops the export, the dialog stays
        CHECK(dialog.isVisible());
        held.release();
        REQUIRE(dialog.task()->wait());
        CHECK(dialog.isVisible());
        CHECK_FALSE(QFile::exists(path));
        CHECK(QDir(f.folder.path(QString())).entryList({QStringLiteral("ada*")}, QDir::Files).isEmpty());
        CHECK(auditEvents(*store) == eventsBefore);
        CHECK(problem->text().contains(QStringLiteral("no file was written and nothing was recorded")));
        CHECK(dialog.writtenPath().isEmpty());
        CHECK(dialog.passphraseEdit()->isEnabled());
    }
    SECTION("finished: the file is there, the export audited and the dialog closed")
    {
        ui::FileDialog::setNextFileName(path);
        dialog.accept();
        CHECK(dialog.task()->isRunning());
        REQUIRE(dialog.task()->wait());
        CHECK(dialog.writtenPath() == path);
        CHECK(QFile::exists(path));
        CHECK(auditEvents(*store, QStringLiteral("export")) == 1);
        CHECK_FALSE(dialog.isVisible());
    }
}

TEST_CASE("Check database runs off the GUI thread under a busy indicator whose Cancel stops waiting",
          "[longwork][dataprotection]")
{
    test::UiFixture f;
    {
        auto store = f.openStore(f.folder.dbPath(), storage::Store::OpenMode::CreateNew);
        test::addSampleCaseload(*store);
    }
    auto window = f.openWindow(f.folder.dbPath());
    const qint64 eventsBefore = auditEvents(window->store());
    ui::MessageBox::clearLastShown();
    auto held = std::make_unique<HeldWorker>(QStringLiteral("Checking the database"));
    window->checkDatabaseNow();
    auto* task = window->findChild<BackgroundTask*>(QStringLiteral("checkDatabaseTask"));
    REQUIRE(task);
    REQUIRE(held->waitUntilHeld());
    CHECK(held->thread() != QThread::currentThread());
    CHECK(timerFiresWhile([&] { return task->isRunning(); }));
    auto* progress = window->findChild<QProgressDialog*>(QStringLiteral("checkDatabaseProgress"));
    REQUIRE(progress);
    CHECK(progress->labelText() == QStringLiteral("Checking the database…"));

    SECTION("cancelled: no answer is shown, and nothing changed")
    {
        auto* cancel = progress->findChild<QPushButton*>();
        REQUIRE(cancel);
        cancel->click();
        CHECK_FALSE(task->isRunning());
        held->release();
        task->waitForAll();
        QTest::qWait(20);
        CHECK_FALSE(ui::MessageBox::lastShown());
        CHECK(auditEvents(window->store()) == eventsBefore);
        CHECK(window->findChild<QProgressDialog*>(QStringLiteral("checkDatabaseProgress")) == nullptr);
    }
    SECTION("Escape is Cancel: it stops waiting, rather than hiding the dialog while the check goes on")
    {
        progress->show();
        QTest::keyClick(progress, Qt::Key_Escape);
        CHECK_FALSE(task->isRunning());
        held->release();
        task->waitForAll();
        QTest::qWait(20);
        CHECK_FALSE(ui::MessageBox::lastShown());
        CHECK(window->statusBar()->currentMessage() == QStringLiteral("Check database cancelled."));
        CHECK(window->findChild<QProgressDialog*>(QStringLiteral("checkDatabaseProgress")) == nullptr);
    }
    SECTION("finished: the answer in words")
    {
        held->release();
        REQUIRE(task->wait());
        REQUIRE(ui::MessageBox::lastShown());
        CHECK(ui::MessageBox::lastShown()->text == QStringLiteral("The database is sound."));
        QTest::qWait(20);
        CHECK(window->findChild<QProgressDialog*>(QStringLiteral("checkDatabaseProgress")) == nullptr);
    }
    held.reset();
}

// Not run by default: saves reports-working.png (the Reports page while it works its figures
// out: the stage in words, the bar and Cancel) into HEARTH_SCREENSHOT_DIR.
TEST_CASE("Screenshot of the Reports page working", "[.screenshot]")
{
    const QString folder = qEnvironmentVariable("HEARTH_SCREENSHOT_DIR");
    REQUIRE_FALSE(folder.isEmpty());
    test::UiFixture f;
    makeDemo(f, 300);
    auto store = f.openStore(f.folder.dbPath(), storage::Store::OpenMode::Existing);
    HeldWorker held(QStringLiteral("figures"), 5);
    ui::ReportsPage page;
    page.resize(1200, 500);
    page.show();
    page.setStore(store.get());
    page.refresh();
    REQUIRE(held.waitUntilHeld());
    REQUIRE(QTest::qWaitFor([&] { return page.progress()->bar()->value() == 5; }, 5000));
    QTest::qWait(100);
    CHECK(page.grab().save(folder + QStringLiteral("/reports-working.png")));
    held.release();
    REQUIRE(page.waitForWork());
    page.setStore(nullptr);
}
