#pragma once

#include "AuditLog.h"
#include "ContactRepository.h"
#include "OfficerRepository.h"
#include "ResidentRepository.h"
#include "Store.h"
#include "WardRepository.h"

#include "TestSupport.h"

namespace hearth::test {

// A new database with one ward and one officer acting, on a fixed clock.
struct StorageFixture
{
    TempFolder folder;
    FixedClock clock {fixedNow()};
    storage::Store store {folder.dbPath(), storage::Store::OpenMode::CreateNew, clock};
    Officer officer;
    Ward ward;

    StorageFixture()
    {
        ward = store.wards().save({QStringLiteral("E05000001"), QStringLiteral("Riverside"), {}});
        officer = store.officers().add({{}, QStringLiteral("Alex Officer"), QStringLiteral("officer"), {}, {}});
        store.setActingOfficer(officer.id);
    }

    Resident makeResident(const QString& given = QStringLiteral("Jean"),
                          const QString& family = QStringLiteral("Smith"))
    {
        Resident resident;
        resident.givenName = given;
        resident.familyName = family;
        resident.wardCode = ward.code;
        resident.identifiedOn = QDate(2026, 10, 1);
        resident.postcode = QStringLiteral("ab1 2cd");
        resident.phone = QStringLiteral("07700 900123");
        resident.targetGroups = {QStringLiteral("older_people")};
        return resident;
    }

    qint64 count(const char* table)
    {
        auto statement = store.db().prepare(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
        statement.step();
        return statement.integer(0);
    }
};

} // namespace hearth::test
