// The user guide's pictures, taken from the application itself so that they stay current. Hidden
// from the usual run; `cmake --build build/dev --target guide-screenshots` runs it with
// HEARTH_SCREENSHOT_DIR set to docs/guide/images. It opens the demo council (made here, with the
// test clock's date) offscreen and saves each page and the dialogs the guide describes.
#include "UiFixture.h"

#include "CaseloadModel.h"
#include "DemoGenerator.h"
#include "MeasurementRepository.h"
#include "ResidentRepository.h"
#include "actionplan/ActionPlanPage.h"
#include "caseload/CaseloadPage.h"
#include "caseload/CloseCaseDialog.h"
#include "caseload/ResidentDialog.h"
#include "caseload/SubjectAccessDialog.h"
#include "dataprotection/BackupsDialog.h"
#include "dataprotection/RetentionReviewDialog.h"
#include "directory/DirectoryPage.h"
#include "firstrun/FirstRunWizard.h"
#include "help/GuideWindow.h"
#include "measures/MeasureDialog.h"
#include "measures/MeasurementHistoryWidget.h"
#include "referrals/ReferDialog.h"
#include "referrals/ReferralsPage.h"
#include "reports/ReportsPage.h"
#include "settings/CouncilSettingsDialog.h"
#include "settings/SignInDialog.h"

#include <QDir>
#include <QRadioButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>

using namespace hearth;
using namespace hearth::ui;

namespace {

constexpr int kMaxWidth = 1200;
constexpr int kMaxHeight = 800;

// Saves `widget` as <folder>/<name>.png, no larger than 1200x800.
void save(QWidget* widget, const QString& folder, const QString& name)
{
    REQUIRE(widget);
    if (widget->width() > kMaxWidth || widget->height() > kMaxHeight) {
        widget->resize(std::min(widget->width(), kMaxWidth), std::min(widget->height(), kMaxHeight));
    }
    QTest::qWait(150);
    QImage image = widget->grab().toImage();
    if (image.width() > kMaxWidth || image.height() > kMaxHeight) {
        image = image.scaled(kMaxWidth, kMaxHeight, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    }
    const QString path = QDir(folder).filePath(name + QStringLiteral(".png"));
    INFO(path.toStdString());
    CHECK(image.save(path, "PNG"));
}

void showDialog(QDialog* dialog)
{
    dialog->show();
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
}

} // namespace

TEST_CASE("Take the user guide's screenshots", "[.guide-screenshots]")
{
    const QString folder = qEnvironmentVariable("HEARTH_SCREENSHOT_DIR");
    REQUIRE_FALSE(folder.isEmpty());
    REQUIRE(QDir().mkpath(folder));
    test::UiFixture f;
    const QDate today = f.clock.today();

    // The first-run wizard, before there is a database.
    {
        FirstRunWizard wizard(f.clock, f.folder.path(QStringLiteral("first.db")));
        wizard.resize(760, 560);
        showDialog(&wizard);
        save(&wizard, folder, QStringLiteral("first-run"));
        wizard.reject();
    }

    // The demo council, signed in as the officer of an open case with UCLA-3 measures to compare,
    // so that the record's tabs and the due list have something to show.
    QString residentId;
    {
        auto store = f.openStore(f.folder.dbPath(), storage::Store::OpenMode::CreateNew);
        demo::DemoOptions options;
        options.residents = 300;
        options.today = today;
        demo::generateDemo(*store, options);
        ResidentQuery open;
        open.status = QStringLiteral("open");
        open.today = today;
        auto measurements = store->measurements();
        for (const QString& id : store->residents().listIds(open)) {
            if (measurements.forResident(id, QStringLiteral("ucla3")).size() >= 2) {
                residentId = id;
                break;
            }
        }
        REQUIRE_FALSE(residentId.isEmpty());
        const auto resident = store->residents().find(residentId);
        REQUIRE(resident);
        if (!resident->assignedOfficerId.isEmpty()) {
            store->setActingOfficer(resident->assignedOfficerId);
        }
    }
    auto window = f.openWindow(f.folder.dbPath());
    window->resize(kMaxWidth, kMaxHeight);
    storage::Store& store = window->store();

    {
        SignInDialog signIn(store, window.get());
        showDialog(&signIn);
        save(&signIn, folder, QStringLiteral("sign-in"));
    }

    // A day's casework.
    window->setCurrentPage(MainWindow::Page::Caseload);
    auto* caseload = window->findChild<CaseloadPage*>();
    REQUIRE(caseload);
    save(window.get(), folder, QStringLiteral("caseload"));
    ResidentDialog* record = caseload->openRecord(residentId);
    REQUIRE(record);
    record->resize(1100, 760);
    save(record, folder, QStringLiteral("resident-record"));
    auto* tabs = record->findChild<QTabWidget*>(QStringLiteral("tabs"));
    REQUIRE(tabs);
    tabs->setCurrentIndex(1);
    save(record, folder, QStringLiteral("resident-contacts"));
    if (record->measuresWidget()) {
        tabs->setCurrentWidget(record->measuresWidget()->parentWidget());
        if (tabs->currentWidget() != record->measuresWidget()->parentWidget()) {
            tabs->setCurrentIndex(tabs->count() - 1);
        }
        save(record, folder, QStringLiteral("resident-measures"));
    }
    {
        MeasureDialog measure(store, residentId, QStringLiteral("ucla3"), today, record);
        showDialog(&measure);
        // Two of the three questions answered: the form says what is left.
        const QList<QRadioButton*> answers = measure.findChildren<QRadioButton*>();
        if (answers.size() >= 9) {
            answers.at(2)->click();
            answers.at(4)->click();
        }
        save(&measure, folder, QStringLiteral("measure-dialog"));
    }
    {
        CloseCaseDialog close(store, residentId, record);
        showDialog(&close);
        save(&close, folder, QStringLiteral("close-case"));
    }
    {
        ReferDialog refer(store, residentId, record);
        showDialog(&refer);
        save(&refer, folder, QStringLiteral("refer-dialog"));
    }
    {
        SubjectAccessDialog access(store, residentId, record);
        showDialog(&access);
        save(&access, folder, QStringLiteral("subject-access"));
    }
    record->done(QDialog::Rejected);

    // Referrals and the directory.
    window->setCurrentPage(MainWindow::Page::Directory);
    auto* directory = window->findChild<DirectoryPage*>();
    REQUIRE(directory);
    const QStringList services = directory->listedServiceIds();
    if (!services.isEmpty()) {
        directory->selectService(services.first());
    }
    save(window.get(), folder, QStringLiteral("directory"));
    directory->tabs()->setCurrentIndex(1);
    save(window.get(), folder, QStringLiteral("directory-gaps"));
    directory->tabs()->setCurrentIndex(0);
    window->setCurrentPage(MainWindow::Page::Referrals);
    auto* referrals = window->findChild<ReferralsPage*>();
    REQUIRE(referrals);
    if (referrals->table()->rowCount() > 0) {
        referrals->table()->selectRow(0);
    }
    save(window.get(), folder, QStringLiteral("referrals"));

    // The action plan: the items, then the manager's review.
    window->setCurrentPage(MainWindow::Page::ActionPlan);
    auto* plan = window->findChild<ActionPlanPage*>();
    REQUIRE(plan);
    save(window.get(), folder, QStringLiteral("action-plan"));
    plan->tabs()->setCurrentIndex(1);
    save(window.get(), folder, QStringLiteral("action-plan-review"));
    plan->tabs()->setCurrentIndex(0);

    // Reports, sync and the audit log.
    window->setCurrentPage(MainWindow::Page::Reports);
    auto* reports = window->findChild<ReportsPage*>();
    REQUIRE(reports);
    REQUIRE(reports->waitForWork()); // the figures are read off the GUI thread
    save(window.get(), folder, QStringLiteral("reports"));
    reports->setDimension(QStringLiteral("ward"));
    reports->setForPublication(true);
    REQUIRE(reports->waitForWork());
    // Scrolled down to the table, where the hidden small counts show as *.
    auto* scroll = reports->findChild<QScrollArea*>();
    auto* kpiTable = reports->findChild<QTableWidget*>(QStringLiteral("breakdownTable"));
    if (scroll && kpiTable) {
        scroll->ensureWidgetVisible(kpiTable, 0, 0);
    }
    save(window.get(), folder, QStringLiteral("reports-publication"));
    reports->setDimension(QString());
    reports->setForPublication(false);
    window->setCurrentPage(MainWindow::Page::Sync);
    save(window.get(), folder, QStringLiteral("sync"));
    window->setCurrentPage(MainWindow::Page::Audit);
    save(window.get(), folder, QStringLiteral("audit"));

    // Data protection dialogs and the council settings.
    {
        // The demo's cases closed within two years: a one-year period for the picture lists some.
        CouncilSettings council = store.councilSettings();
        const int years = council.retentionYears;
        council.retentionYears = 1;
        store.saveCouncilSettings(council);
        RetentionReviewDialog* review = window->showRetentionReview();
        if (review->table()->rowCount() > 1) {
            review->table()->item(0, 0)->setCheckState(Qt::Checked);
        }
        save(review, folder, QStringLiteral("retention-review"));
        review->close();
        council.retentionYears = years;
        store.saveCouncilSettings(council);
    }
    save(window->showBackups(), folder, QStringLiteral("backups"));
    window->showBackups()->close();
    {
        CouncilSettingsDialog settings(store, window.get());
        settings.resize(900, 640);
        showDialog(&settings);
        save(&settings, folder, QStringLiteral("council-settings"));
    }

    // The guide itself, when it has been rendered (HEARTH_GUIDE_DIR).
    const QString guideFolder = findGuideFolder();
    if (!guideFolder.isEmpty()) {
        GuideWindow guide(guideFolder, nullptr);
        guide.showChapter(QStringLiteral("getting-started"));
        guide.resize(960, 640);
        guide.show();
        REQUIRE(QTest::qWaitForWindowExposed(&guide));
        save(&guide, folder, QStringLiteral("user-guide"));
    }
}
