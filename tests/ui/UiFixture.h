#pragma once

#include "ContactRepository.h"
#include "MainWindow.h"
#include "OfficerRepository.h"
#include "ResidentRepository.h"
#include "Store.h"
#include "WardRepository.h"

#include "TestSupport.h"

#include <QApplication>
#include <QSettings>
#include <QTest>

namespace hearth::test {

// A temporary database, a temporary settings file and a fixed clock for GUI tests.
struct UiFixture
{
    TempFolder folder;
    FixedClock clock {fixedNow()};
    QSettings settings {folder.path(QStringLiteral("settings.ini")), QSettings::IniFormat};

    std::unique_ptr<storage::Store> openStore(const QString& path,
                                              storage::Store::OpenMode mode = storage::Store::OpenMode::CreateIfMissing)
    {
        return std::make_unique<storage::Store>(path, mode, clock);
    }

    // A main window on `path` (created if missing), shown and active so that shortcuts reach it.
    std::unique_ptr<ui::MainWindow> openWindow(const QString& path)
    {
        auto window = std::make_unique<ui::MainWindow>(clock, settings, openStore(path));
        window->show();
        window->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(window.get()));
        return window;
    }
};

// Fills a store with a ward, an acting officer and residents with contacts:
//   open, follow-up overdue (due 2026-11-20)   open, follow-up due today (2026-11-22)
//   open, follow-up next month                  open, no contact yet
//   closed, with a follow-up that was overdue when the case closed
// So: 4 open, 1 closed, 2 follow-ups due today or overdue (the closed case's does not count).
inline void addSampleCaseload(storage::Store& store)
{
    const Ward ward = store.wards().save({QStringLiteral("E05000001"), QStringLiteral("Riverside"), {}});
    const Officer officer =
        store.officers().add({{}, QStringLiteral("Alex Officer"), QStringLiteral("officer"), {}, {}});
    store.setActingOfficer(officer.id);

    auto residents = store.residents();
    auto contacts = store.contacts();
    const auto addResident = [&](const QString& given, const QString& family, const QDate& followUp) {
        Resident resident;
        resident.givenName = given;
        resident.familyName = family;
        resident.wardCode = ward.code;
        resident.identifiedOn = QDate(2026, 10, 1);
        resident.targetGroups = {QStringLiteral("older_people")};
        resident = residents.create(resident);
        if (followUp.isValid()) {
            Contact contact;
            contact.residentId = resident.id;
            contact.contactOn = QDate(2026, 11, 2);
            contact.type = QStringLiteral("phone");
            contact.followUpDue = followUp;
            contacts.add(contact);
        }
        return resident;
    };
    addResident(QStringLiteral("Ada"), QStringLiteral("Overdue"), QDate(2026, 11, 20));
    addResident(QStringLiteral("Ben"), QStringLiteral("Today"), QDate(2026, 11, 22));
    addResident(QStringLiteral("Cat"), QStringLiteral("Later"), QDate(2026, 12, 10));
    addResident(QStringLiteral("Dan"), QStringLiteral("Nocontact"), QDate());
    const Resident closed = addResident(QStringLiteral("Eve"), QStringLiteral("Closed"), QDate(2026, 11, 10));
    residents.close(closed.id, QDate(2026, 11, 12), QStringLiteral("improved"));
}

} // namespace hearth::test
