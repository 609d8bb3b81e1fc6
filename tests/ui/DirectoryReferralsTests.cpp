// The Directory and Referrals pages and the resident record's Referrals tab (issue 5), driven on
// the real widgets of a main window over a temporary database.
#include "UiFixture.h"

#include "DemoGenerator.h"
#include "DirectoryRepository.h"
#include "FileDialog.h"
#include "MessageBox.h"
#include "ReferralRepository.h"
#include "caseload/CaseloadPage.h"
#include "caseload/ResidentDialog.h"
#include "directory/DirectoryPage.h"
#include "directory/ServiceDialog.h"
#include "directory/ServicePlacesDialog.h"
#include "forms/FieldErrorDisplay.h"
#include "referrals/ReferDialog.h"
#include "referrals/ReferralsPage.h"
#include "referrals/ResidentReferralsWidget.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>

using namespace hearth;
using namespace hearth::ui;

namespace {

const QDate kToday(2026, 11, 22); // test::fixedNow()

struct Directory
{
    QString residentId;
    QString riversideClub; // serves Riverside, the resident's ward
    QString hillsideClub; // serves Hillside only
    QString staleService; // serves Riverside, for no target group; last checked two years ago
};

// Two wards, an officer, a resident in Riverside, and three services, written before the window
// opens. The stale one is added with the clock two years back.
Directory prepare(test::UiFixture& f)
{
    Directory d;
    auto store = f.openStore(f.folder.dbPath(), storage::Store::OpenMode::CreateNew);
    store->wards().save({QStringLiteral("E05000001"), QStringLiteral("Riverside"), {}});
    store->wards().save({QStringLiteral("E05000002"), QStringLiteral("Hillside"), {}});
    const Officer officer =
        store->officers().add({{}, QStringLiteral("Alex Officer"), QStringLiteral("officer"), {}, {}});
    store->setActingOfficer(officer.id);
    Resident resident;
    resident.givenName = QStringLiteral("Ada");
    resident.familyName = QStringLiteral("Referred");
    resident.wardCode = QStringLiteral("E05000001");
    resident.identifiedOn = QDate(2026, 9, 1);
    resident.targetGroups = {QStringLiteral("older_people")};
    d.residentId = store->residents().create(resident).id;

    storage::DirectoryRepository directory(*store);
    Organisation organisation;
    organisation.name = QStringLiteral("Hearthdale Voluntary Action");
    organisation = directory.addOrganisation(organisation);
    const auto service = [&](const char* name, const char* ward, const char* category, bool olderPeople = true) {
        Service s;
        s.organisationId = organisation.id;
        s.name = QString::fromLatin1(name);
        s.categories = {QString::fromLatin1(category)};
        s.wardsServed = {QString::fromLatin1(ward)};
        if (olderPeople) {
            s.targetGroups = {QStringLiteral("older_people")};
        }
        return directory.addService(s).id;
    };
    d.riversideClub = service("Riverside lunch club", "E05000001", "lunch_club");
    d.hillsideClub = service("Hillside lunch club", "E05000002", "lunch_club");
    f.clock.set(test::fixedNow().addYears(-2));
    d.staleService = service("Old befriending line", "E05000001", "befriending", false);
    f.clock.set(test::fixedNow());
    return d;
}

template <class T>
T* page(ui::MainWindow& window, const char* key)
{
    window.findChild<QAction*>(QStringLiteral("actionGo_") + QLatin1String(key))->trigger();
    auto* found = window.findChild<T*>();
    REQUIRE(found);
    REQUIRE(found->isVisible());
    return found;
}

QPushButton* transitionButton(ReferralsPage& referrals, ReferralStatus to)
{
    for (QPushButton* button : referrals.transitionButtons()) {
        if (button->objectName() == QStringLiteral("transition_") + referralStatusCode(to)) {
            return button;
        }
    }
    return nullptr;
}

QStringList column(const QTableWidget* table, int column)
{
    QStringList texts;
    for (int row = 0; row < table->rowCount(); ++row) {
        texts.append(table->item(row, column)->text());
    }
    return texts;
}

} // namespace

TEST_CASE("From a resident's record a resident is referred to a suggested service and the referral moved to "
          "attending on the Referrals page",
          "[referrals][directory]")
{
    test::UiFixture f;
    const Directory d = prepare(f);
    auto window = f.openWindow(f.folder.dbPath());

    // The record: the Referrals tab, Refer…, a suggestion that fits the resident's ward.
    auto* caseload = page<CaseloadPage>(*window, "caseload");
    ResidentDialog* record = caseload->openRecord(d.residentId);
    REQUIRE(record);
    auto* tabs = record->findChild<QTabWidget*>(QStringLiteral("tabs"));
    REQUIRE(tabs);
    ResidentReferralsWidget* referralsTab = record->referralsWidget();
    REQUIRE(referralsTab);
    CHECK(tabs->indexOf(referralsTab) >= 0);
    tabs->setCurrentWidget(referralsTab);
    CHECK(referralsTab->table()->rowCount() == 0);

    QTest::mouseClick(referralsTab->findChild<QPushButton*>(QStringLiteral("referButton")), Qt::LeftButton);
    auto* refer = record->findChild<ReferDialog*>();
    REQUIRE(refer);
    REQUIRE(QTest::qWaitForWindowExposed(refer));
    const QStringList suggested = column(refer->suggestions(), 0);
    CHECK(suggested.contains(QStringLiteral("Riverside lunch club")));
    CHECK_FALSE(suggested.contains(QStringLiteral("Hillside lunch club"))); // not the resident's ward
    CHECK(suggested.first() == QStringLiteral("Riverside lunch club")); // shares the target group
    CHECK(column(refer->suggestions(), 2).first().contains(QStringLiteral("serves their ward")));

    SECTION("without a service chosen, the dialog says so beside the list and writes nothing")
    {
        QTest::mouseClick(refer->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        CHECK(refer->isVisible());
        CHECK(refer->errors().messageFor(QStringLiteral("service")).contains(QStringLiteral("choose a service")));
        CHECK(storage::ReferralRepository(window->store()).list({{}, false, d.residentId}, kToday).isEmpty());
        refer->reject();
    }

    SECTION("a date that is not one, or is in the future, is refused beside the field")
    {
        REQUIRE(refer->chooseService(d.riversideClub));
        refer->setDateText(GENERATE(QStringLiteral("31/13/2026"), QStringLiteral("23/11/2026"))); // not one; tomorrow
        QTest::mouseClick(refer->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        CHECK(refer->isVisible());
        CHECK_FALSE(refer->errors().messageFor(QStringLiteral("created_on")).isEmpty());
        CHECK(storage::ReferralRepository(window->store()).list({{}, false, d.residentId}, kToday).isEmpty());
        refer->reject();
    }

    SECTION("the referral is made, shows on the record, and moves through the legal states only")
    {
        REQUIRE(refer->chooseService(d.riversideClub));
        refer->setKind(QStringLiteral("warm"));
        refer->setDateText(QStringLiteral("01/11/2026")); // 21 days ago: past the 14 no-response days
        QTest::mouseClick(refer->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QTRY_VERIFY(record->findChild<ReferDialog*>() == nullptr);
        REQUIRE(referralsTab->table()->rowCount() == 1);
        CHECK(referralsTab->table()->item(0, 0)->text() == QStringLiteral("Riverside lunch club"));
        CHECK(referralsTab->table()->item(0, 2)->text() == QStringLiteral("Sent"));

        const auto held = storage::ReferralRepository(window->store()).list({{}, false, d.residentId}, kToday);
        REQUIRE(held.size() == 1);
        const QString id = held.first().referral.id;
        CHECK(held.first().referral.serviceId == d.riversideClub);
        CHECK(held.first().referral.sentOn == QDate(2026, 11, 1));
        record->reject();

        auto* referrals = page<ReferralsPage>(*window, "referrals");
        REQUIRE(referrals->table()->rowCount() == 1);
        CHECK(referrals->table()->item(0, 0)->text() == QStringLiteral("Sent"));
        CHECK(referrals->table()->item(0, 1)->text() == QStringLiteral("21"));
        CHECK(referrals->table()->item(0, 2)->text().contains(QStringLiteral("No response for 21 days")));

        REQUIRE(referrals->selectReferral(id));
        QStringList offered;
        for (QPushButton* button : referrals->transitionButtons()) {
            offered.append(button->objectName());
        }
        // From sent: accepted, declined, no response or withdrawn; never attending or completed.
        CHECK(offered.contains(QStringLiteral("transition_accepted")));
        CHECK(offered.contains(QStringLiteral("transition_withdrawn")));
        CHECK_FALSE(offered.contains(QStringLiteral("transition_attending")));
        CHECK_FALSE(offered.contains(QStringLiteral("transition_completed")));
        CHECK_FALSE(offered.contains(QStringLiteral("transition_sent")));

        QTest::mouseClick(transitionButton(*referrals, ReferralStatus::Accepted), Qt::LeftButton);
        CHECK(referrals->selectedReferralId() == id);
        CHECK(referrals->table()->item(0, 0)->text() == QStringLiteral("Accepted"));
        CHECK(referrals->table()->item(0, 2)->text().isEmpty()); // answered: no longer "no response"
        CHECK(transitionButton(*referrals, ReferralStatus::Accepted) == nullptr);
        REQUIRE(transitionButton(*referrals, ReferralStatus::Attending));
        QTest::mouseClick(transitionButton(*referrals, ReferralStatus::Attending), Qt::LeftButton);
        CHECK(referrals->table()->item(0, 0)->text() == QStringLiteral("Attending"));
        CHECK(transitionButton(*referrals, ReferralStatus::Completed));
        CHECK(transitionButton(*referrals, ReferralStatus::StoppedAttending));
        CHECK(transitionButton(*referrals, ReferralStatus::Accepted) == nullptr);

        storage::ReferralRepository repository(window->store());
        CHECK(repository.require(id).status == ReferralStatus::Attending);
        const auto history = repository.history(id);
        REQUIRE(history.size() == 4);
        CHECK(history[0].toStatus == ReferralStatus::Draft);
        CHECK(history[1].toStatus == ReferralStatus::Sent);
        CHECK(history[1].on == QDate(2026, 11, 1));
        CHECK(history[2].fromStatus == ReferralStatus::Sent);
        CHECK(history[2].toStatus == ReferralStatus::Accepted);
        CHECK(history[2].on == kToday);
        CHECK(history[3].toStatus == ReferralStatus::Attending);
        CHECK(history[3].officerId == window->store().actingOfficerId());
    }
}

TEST_CASE("A transition the database refuses is shown with its message and changes nothing", "[referrals]")
{
    test::UiFixture f;
    const Directory d = prepare(f);
    QString id;
    {
        auto store = f.openStore(f.folder.dbPath(), storage::Store::OpenMode::Existing);
        store->setActingOfficer(store->officers().list().first().id);
        Referral referral;
        referral.residentId = d.residentId;
        referral.serviceId = d.riversideClub;
        referral.createdOn = QDate(2026, 11, 10);
        id = storage::ReferralRepository(*store).add(referral, true).id;
    }
    auto window = f.openWindow(f.folder.dbPath());
    auto* referrals = page<ReferralsPage>(*window, "referrals");
    auto* filter = referrals->findChild<QComboBox*>(QStringLiteral("statusFilter"));
    REQUIRE(filter);
    filter->setCurrentIndex(filter->findData(QStringLiteral("accepted")));
    CHECK(referrals->table()->rowCount() == 0);
    filter->setCurrentIndex(filter->findData(QStringLiteral("sent")));
    CHECK(referrals->table()->rowCount() == 1);
    REQUIRE(referrals->selectReferral(id));
    // The referral was answered on another machine in the meantime: the button offered is now illegal.
    storage::ReferralRepository(window->store()).transition(id, ReferralStatus::Declined, kToday);
    CHECK_FALSE(referrals->moveSelected(ReferralStatus::Accepted));
    CHECK(referrals->messageText().contains(QStringLiteral("declined")));
    CHECK(referrals->messageText().contains(QStringLiteral("accepted")));
    CHECK(storage::ReferralRepository(window->store()).require(id).status == ReferralStatus::Declined);
}

TEST_CASE("The Directory page lists and searches services and flags a stale one in words", "[directory]")
{
    test::UiFixture f;
    const Directory d = prepare(f);
    auto window = f.openWindow(f.folder.dbPath());
    auto* directory = page<DirectoryPage>(*window, "directory");
    CHECK(directory->listedServiceIds().size() == 3);
    CHECK(directory->reviewText(d.staleService).contains(QStringLiteral("Review overdue")));
    CHECK_FALSE(directory->reviewText(d.riversideClub).contains(QStringLiteral("Review overdue")));

    directory->setSearchText(QStringLiteral("hillside"));
    CHECK(directory->listedServiceIds() == QStringList {d.hillsideClub});
    directory->setSearchText(QStringLiteral("befriending")); // a category
    CHECK(directory->listedServiceIds() == QStringList {d.staleService});
    directory->setSearchText({});
    directory->findChild<QCheckBox*>(QStringLiteral("staleOnlyCheck"))->setChecked(true);
    CHECK(directory->listedServiceIds() == QStringList {d.staleService});

    REQUIRE(directory->selectService(d.staleService));
    CHECK(directory->detailsText().contains(QStringLiteral("Review overdue")));

    SECTION("editing the service validates beside the field, and saving counts as a review")
    {
        ServiceDialog* edit = directory->editSelected();
        REQUIRE(edit);
        auto* minimumAge = edit->findChild<QLineEdit*>(QStringLiteral("minimum_ageEdit"));
        REQUIRE(minimumAge);
        minimumAge->setText(QStringLiteral("sixty"));
        auto* name = edit->findChild<QLineEdit*>(QStringLiteral("nameEdit"));
        name->clear();
        QTest::mouseClick(edit->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save), Qt::LeftButton);
        CHECK(edit->isVisible());
        CHECK(edit->errors().messageFor(QStringLiteral("minimum_age")).contains(QStringLiteral("whole number")));
        CHECK(storage::DirectoryRepository(window->store()).requireService(d.staleService).name
              == QStringLiteral("Old befriending line"));

        minimumAge->setText(QStringLiteral("50"));
        name->setText(QStringLiteral("Befriending line"));
        QTest::mouseClick(edit->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save), Qt::LeftButton);
        QTRY_VERIFY(directory->findChild<ServiceDialog*>() == nullptr);
        const Service saved = storage::DirectoryRepository(window->store()).requireService(d.staleService);
        CHECK(saved.name == QStringLiteral("Befriending line"));
        CHECK(saved.minimumAge == 50);
        directory->findChild<QCheckBox*>(QStringLiteral("staleOnlyCheck"))->setChecked(false);
        CHECK_FALSE(directory->reviewText(d.staleService).contains(QStringLiteral("Review overdue")));
    }
}

TEST_CASE("A new service is added from the Directory page, under a new or a held organisation", "[directory]")
{
    test::UiFixture f;
    const Directory d = prepare(f);
    auto window = f.openWindow(f.folder.dbPath());
    auto* directory = page<DirectoryPage>(*window, "directory");
    const auto servicesBefore = storage::DirectoryRepository(window->store()).services().size();
    const auto organisationsBefore = storage::DirectoryRepository(window->store()).organisations().size();

    // The page's shortcut opens the dialog from the keyboard.
    window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(window.get()));
    QTRY_VERIFY(QApplication::activeWindow() == window.get());
    directory->servicesTable()->setFocus();
    QTRY_VERIFY(directory->servicesTable()->hasFocus());
    QTest::keyClick(directory->servicesTable(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    ServiceDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = directory->findChild<ServiceDialog*>()) != nullptr);
    auto* organisation = dialog->findChild<QComboBox*>(QStringLiteral("organisationCombo"));
    REQUIRE(organisation);
    auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("nameEdit"));
    auto* capacity = dialog->findChild<QLineEdit*>(QStringLiteral("capacityEdit"));
    auto* ended = dialog->findChild<QLineEdit*>(QStringLiteral("ended_onEdit"));
    REQUIRE(capacity);
    REQUIRE(ended);
    const auto save = [&] {
        QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save), Qt::LeftButton);
    };

    SECTION("problems show beside their fields and nothing is added")
    {
        organisation->setEditText(QString());
        name->setText(QStringLiteral("Knit and natter"));
        capacity->setText(QStringLiteral("a dozen"));
        ended->setText(QStringLiteral("31/02/2026"));
        save();
        CHECK(dialog->isVisible());
        CHECK(dialog->errors().messageFor(QStringLiteral("organisation")).contains(QStringLiteral("required")));
        CHECK(dialog->errors().messageFor(QStringLiteral("capacity")).contains(QStringLiteral("whole number")));
        CHECK(dialog->errors().messageFor(QStringLiteral("ended_on")).contains(QStringLiteral("not a date")));
        CHECK(storage::DirectoryRepository(window->store()).services().size() == servicesBefore);
        dialog->reject();
    }
    SECTION("a new organisation's name adds it with the service")
    {
        organisation->setEditText(QStringLiteral("Hearthdale Knitters"));
        name->setText(QStringLiteral("Knit and natter"));
        capacity->setText(QStringLiteral("12"));
        dialog->findChild<QCheckBox*>(QStringLiteral("transportCheck"))->setChecked(true);
        save();
        QTRY_VERIFY(directory->findChild<ServiceDialog*>() == nullptr);
        storage::DirectoryRepository held(window->store());
        CHECK(held.services().size() == servicesBefore + 1);
        CHECK(held.organisations().size() == organisationsBefore + 1);
        const QStringList listed = directory->listedServiceIds();
        Service added;
        for (const Service& service : held.services()) {
            if (service.name == QStringLiteral("Knit and natter")) {
                added = service;
            }
        }
        REQUIRE_FALSE(added.id.isEmpty());
        CHECK(listed.contains(added.id));
        CHECK(added.capacity == 12);
        CHECK(added.transportProvided);
        CHECK(held.requireOrganisation(added.organisationId).name == QStringLiteral("Hearthdale Knitters"));
    }
    SECTION("an organisation held is chosen by name, not added again")
    {
        REQUIRE(organisation->count() > 0);
        const QString heldName = organisation->itemText(0);
        organisation->setEditText(heldName.toUpper());
        name->setText(QStringLiteral("Chair yoga"));
        save();
        QTRY_VERIFY(directory->findChild<ServiceDialog*>() == nullptr);
        storage::DirectoryRepository held(window->store());
        CHECK(held.services().size() == servicesBefore + 1);
        CHECK(held.organisations().size() == organisationsBefore);
    }
    (void)d;
}

TEST_CASE("A service's places and times are added and removed from the Directory page", "[directory]")
{
    test::UiFixture f;
    const Directory d = prepare(f);
    auto window = f.openWindow(f.folder.dbPath());
    auto* directory = page<DirectoryPage>(*window, "directory");
    REQUIRE(directory->selectService(d.riversideClub));
    ServicePlacesDialog* dialog = directory->editPlaces();
    REQUIRE(dialog);
    const int placesBefore = dialog->placesList()->count();
    const int timesBefore = dialog->timesList()->count();
    const auto edit = [&](const char* name) {
        return dialog->findChild<QLineEdit*>(QLatin1String(name) + QStringLiteral("Edit"));
    };
    const auto click = [&](const char* name) {
        QTest::mouseClick(dialog->findChild<QPushButton*>(QLatin1String(name)), Qt::LeftButton);
    };

    // A bad postcode is refused beside the field.
    edit("name")->setText(QStringLiteral("St Mary's church hall"));
    edit("postcode")->setText(QStringLiteral("NOT A CODE"));
    click("addPlaceButton");
    CHECK(dialog->errors().messageFor(QStringLiteral("postcode")).contains(QStringLiteral("not a UK postcode")));
    CHECK(dialog->placesList()->count() == placesBefore);
    edit("postcode")->setText(QStringLiteral("ab1 2cd"));
    click("addPlaceButton");
    REQUIRE(dialog->placesList()->count() == placesBefore + 1);
    CHECK(dialog->placesList()->item(placesBefore)->text().contains(QStringLiteral("AB1 2CD")));

    // A time needs a day, and closing after opening.
    edit("opens_at")->setText(QStringLiteral("14:00"));
    edit("closes_at")->setText(QStringLiteral("12:00"));
    click("addTimeButton");
    CHECK(dialog->errors().messageFor(QStringLiteral("by_day")).contains(QStringLiteral("at least one day")));
    dialog->findChild<QCheckBox*>(QStringLiteral("day_TU"))->setChecked(true);
    dialog->findChild<QCheckBox*>(QStringLiteral("day_TH"))->setChecked(true);
    click("addTimeButton");
    CHECK(dialog->errors().messageFor(QStringLiteral("closes_at")).contains(QStringLiteral("after the opening")));
    CHECK(dialog->timesList()->count() == timesBefore);
    edit("closes_at")->setText(QStringLiteral("16:00"));
    auto* at = dialog->findChild<QComboBox*>(QStringLiteral("atPlaceCombo"));
    at->setCurrentIndex(at->count() - 1); // the hall just added
    click("addTimeButton");
    REQUIRE(dialog->timesList()->count() == timesBefore + 1);
    CHECK(dialog->timesList()->item(timesBefore)->text()
          == QStringLiteral("Weekly on Tuesday and Thursday, 14:00 to 16:00, at St Mary's church hall"));
    CHECK(storage::DirectoryRepository(window->store())
              .entry(storage::DirectoryRepository(window->store()).requireService(d.riversideClub))
              .schedules.size()
          == timesBefore + 1);

    // Removing the place takes its times with it.
    dialog->placesList()->setCurrentRow(placesBefore);
    click("removePlaceButton");
    CHECK(dialog->placesList()->count() == placesBefore);
    CHECK(dialog->timesList()->count() == timesBefore);
    dialog->accept();
    QTRY_VERIFY(directory->findChild<ServicePlacesDialog*>() == nullptr);
}

TEST_CASE("The gap analysis is exported from the Directory page as a report", "[directory][gaps]")
{
    test::UiFixture f;
    const Directory d = prepare(f);
    (void)d;
    auto window = f.openWindow(f.folder.dbPath());
    auto* directory = page<DirectoryPage>(*window, "directory");
    directory->tabs()->setCurrentIndex(1);
    ui::MessageBox::clearLastShown();

    const QString path = f.folder.path(QStringLiteral("gaps.xlsx"));
    ui::FileDialog::setNextFileName(path);
    QTest::mouseClick(directory->findChild<QPushButton*>(QStringLiteral("exportGapsButton")), Qt::LeftButton);
    CHECK_FALSE(ui::MessageBox::lastShown());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(2) == QByteArray("PK"));

    const QString bad = f.folder.path(QStringLiteral("gaps.txt"));
    ui::FileDialog::setNextFileName(bad);
    directory->exportGaps();
    CHECK_FALSE(QFile::exists(bad));
    REQUIRE(ui::MessageBox::lastShown());
    CHECK(ui::MessageBox::lastShown()->informativeText.contains(QStringLiteral("gaps.txt")));
}

TEST_CASE("The gap view of the demo database shows the known gap: no lunch club in Cindermoor", "[directory][gaps]")
{
    test::UiFixture f;
    {
        auto store = f.openStore(f.folder.dbPath(), storage::Store::OpenMode::CreateNew);
        demo::DemoOptions options;
        options.residents = 300;
        options.today = kToday;
        demo::generateDemo(*store, options);
    }
    auto window = f.openWindow(f.folder.dbPath());
    auto* directory = page<DirectoryPage>(*window, "directory");
    directory->tabs()->setCurrentIndex(1);
    const QString cindermoor = directory->gapCellText(QStringLiteral("E05900007"), QStringLiteral("lunch_club"));
    CHECK(cindermoor.startsWith(QStringLiteral("Gap: no service")));
    CHECK(directory->gapSummary().contains(QStringLiteral("Cindermoor, Lunch and coffee clubs: no service")));
    // A ward that has a lunch club is not a gap.
    CHECK_FALSE(directory->gapCellText(QStringLiteral("E05900001"), QStringLiteral("lunch_club"))
                    .startsWith(QStringLiteral("Gap")));
    CHECK(directory->gapsTable()->rowCount() > 1);
}

TEST_CASE("Screenshots of the Directory and Referrals pages", "[.screenshot]")
{
    const QString out = qEnvironmentVariable("HEARTH_SCREENSHOT_DIR");
    if (out.isEmpty()) {
        WARN("set HEARTH_SCREENSHOT_DIR to save the screenshots");
        return;
    }
    test::UiFixture f;
    {
        auto store = f.openStore(f.folder.dbPath(), storage::Store::OpenMode::CreateNew);
        demo::DemoOptions options;
        options.residents = 300;
        options.today = kToday;
        demo::generateDemo(*store, options);
    }
    auto window = f.openWindow(f.folder.dbPath());
    window->resize(1280, 800);
    auto* directory = page<DirectoryPage>(*window, "directory");
    const QStringList ids = directory->listedServiceIds();
    REQUIRE_FALSE(ids.isEmpty());
    directory->selectService(ids.first());
    QTest::qWait(100);
    CHECK(window->grab().save(QDir(out).filePath(QStringLiteral("directory.png"))));
    {
        ServiceDialog* edit = directory->editSelected();
        REQUIRE(edit);
        edit->adjustSize();
        QTest::qWait(100);
        CHECK(edit->grab().save(QDir(out).filePath(QStringLiteral("service-dialog.png"))));
        edit->reject();
        ServicePlacesDialog* places = directory->editPlaces();
        REQUIRE(places);
        QTest::qWait(100);
        CHECK(places->grab().save(QDir(out).filePath(QStringLiteral("service-places.png"))));
        places->reject();
    }
    directory->tabs()->setCurrentIndex(1);
    QTest::qWait(100);
    CHECK(window->grab().save(QDir(out).filePath(QStringLiteral("directory-gaps.png"))));
    auto* referrals = page<ReferralsPage>(*window, "referrals");
    if (referrals->table()->rowCount() > 0) {
        referrals->table()->selectRow(0);
    }
    QTest::qWait(100);
    CHECK(window->grab().save(QDir(out).filePath(QStringLiteral("referrals.png"))));
}
