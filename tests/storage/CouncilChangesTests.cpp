// Wards and officers as the Council settings dialog changes them: removal only when unused,
// deactivation, and all the dialog's changes saved together or not at all.
#include "CouncilChanges.h"
#include "StorageFixture.h"

using hearth::CouncilSettings;
using hearth::Officer;
using hearth::Ward;
using hearth::storage::applyCouncilChanges;
using hearth::storage::AuditLog;
using hearth::storage::CouncilChanges;
using hearth::storage::Error;

TEST_CASE("A ward can be removed only while nothing refers to it, and the removal is audited", "[wards]")
{
    hearth::test::StorageFixture f;
    auto wards = f.store.wards();
    wards.save({QStringLiteral("E05000002"), QStringLiteral("Hill"), {}});
    f.store.residents().create(f.makeResident());

    CHECK(wards.usage(QStringLiteral("E05000001")) == 1);
    CHECK(wards.usage(QStringLiteral("E05000002")) == 0);
    try {
        wards.remove(QStringLiteral("E05000001"));
        FAIL("removed a ward a resident lives in");
    } catch (const Error& error) {
        REQUIRE(error.fields().size() == 1);
        CHECK(error.fields().first().field == QStringLiteral("code"));
        CHECK(error.message().contains(QStringLiteral("still used by 1")));
    }
    CHECK(wards.list().size() == 2);

    wards.remove(QStringLiteral("E05000002"));
    REQUIRE(wards.list().size() == 1);
    CHECK(wards.list().first().code == QStringLiteral("E05000001"));
    const auto removed = wards.find(QStringLiteral("E05000002"));
    REQUIRE(removed);
    CHECK(removed->meta.isDeleted());
    CHECK(removed->meta.rowVersion == 2);
    const auto events = f.store.audit().list(
        AuditLog::Filter {QStringLiteral("ward"), QStringLiteral("E05000002"), {}, QStringLiteral("delete")});
    CHECK(events.size() == 1);

    CHECK_THROWS_AS(wards.remove(QStringLiteral("E05000002")), Error); // already removed
    CHECK_THROWS_AS(wards.remove(QStringLiteral("E05009999")), Error);

    // Adding it again brings it back.
    wards.save({QStringLiteral("E05000002"), QStringLiteral("Hill"), {}});
    CHECK(wards.list().size() == 2);
}

TEST_CASE("Saving a list of wards saves all of them or, with one bad ward, none", "[wards]")
{
    hearth::test::StorageFixture f;
    auto wards = f.store.wards();
    CHECK_THROWS_AS(wards.saveAll({{QStringLiteral("E05000002"), QStringLiteral("Hill"), {}},
                                   {QStringLiteral("E05000003"), QString(), {}}}),
                    Error);
    CHECK(wards.list().size() == 1);

    wards.saveAll({{QStringLiteral("E05000002"), QStringLiteral("Hill"), {}},
                   {QStringLiteral("E05000001"), QStringLiteral("Riverside North"), {}}});
    const auto list = wards.list();
    REQUIRE(list.size() == 2);
    CHECK(wards.find(QStringLiteral("E05000001"))->name == QStringLiteral("Riverside North"));
}

TEST_CASE("A deactivated officer is no longer listed but keeps their name on their records", "[officers]")
{
    hearth::test::StorageFixture f;
    auto officers = f.store.officers();
    const Officer leaver = officers.add({{}, QStringLiteral("Lee Leaver"), QStringLiteral("officer"), {}, {}});
    REQUIRE(officers.list().size() == 2);
    officers.deactivate(leaver.id);
    REQUIRE(officers.list().size() == 1);
    CHECK(officers.list().first().id == f.officer.id);
    const auto found = officers.find(leaver.id);
    REQUIRE(found);
    CHECK(found->displayName == QStringLiteral("Lee Leaver"));
    CHECK(found->meta.isDeleted());
    CHECK(f.store.audit()
              .list(AuditLog::Filter {QStringLiteral("officer"), leaver.id, {}, QStringLiteral("update")})
              .first()
              .summary
          == QStringLiteral("officer deactivated"));
    CHECK_THROWS_AS(officers.deactivate(leaver.id), Error);
}

TEST_CASE("The council settings dialog's changes are saved together, or on one bad change not at all", "[settings]")
{
    hearth::test::StorageFixture f;
    CouncilSettings settings = f.store.councilSettings();
    settings.councilName = QStringLiteral("Riverton Borough Council");
    settings.reviewIntervalWeeks = 8;

    CouncilChanges changes;
    changes.settings = settings;
    changes.savedWards = {{QStringLiteral("E05000002"), QStringLiteral("Hill"), {}}};
    changes.addedOfficers = {{{}, QStringLiteral("Nia Manager"), QStringLiteral("manager"), {}, {}}};
    Officer renamed = f.officer;
    renamed.displayName = QStringLiteral("Alex Officer-Jones");
    changes.updatedOfficers = {renamed};

    SECTION("all saved")
    {
        const QStringList added = applyCouncilChanges(f.store, changes);
        REQUIRE(added.size() == 1);
        CHECK(f.store.officers().find(added.first())->role == QStringLiteral("manager"));
        CHECK(f.store.councilSettings() == settings);
        CHECK(f.store.wards().list().size() == 2);
        CHECK(f.store.officers().find(f.officer.id)->displayName == QStringLiteral("Alex Officer-Jones"));
    }
    SECTION("a ward in use cannot be removed, and then nothing is saved")
    {
        f.store.residents().create(f.makeResident());
        changes.removedWards = {QStringLiteral("E05000001")};
        const qint64 events = f.count("audit_events");
        CHECK_THROWS_AS(applyCouncilChanges(f.store, changes), Error);
        CHECK(f.store.councilSettings().councilName.isEmpty());
        CHECK(f.store.wards().list().size() == 1);
        CHECK(f.store.officers().list().size() == 1);
        CHECK(f.store.officers().find(f.officer.id)->displayName == QStringLiteral("Alex Officer"));
        CHECK(f.count("audit_events") == events);
    }
}
