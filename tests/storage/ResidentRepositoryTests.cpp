#include "StorageFixture.h"

using namespace hearth;
using namespace hearth::storage;

TEST_CASE("Registering a resident stores it with an id, sync metadata and an audit event", "[residents]")
{
    test::StorageFixture f;
    const Resident created = f.store.residents().create(f.makeResident());
    CHECK(isUuid(created.id));
    CHECK(uuidV7Millis(created.id) == test::fixedNow().toMSecsSinceEpoch());
    CHECK(created.postcode == QStringLiteral("AB1 2CD"));
    CHECK(created.meta.rowVersion == 1);
    CHECK(created.meta.siteId == f.store.siteId());
    CHECK(created.meta.updatedBy == f.officer.id);
    CHECK(created.assignedOfficerId == f.officer.id);

    const auto found = f.store.residents().find(created.id);
    REQUIRE(found);
    CHECK(*found == created);

    const auto events = f.store.audit().list({QStringLiteral("resident"), created.id, {}, {}, 10});
    REQUIRE(events.size() == 1);
    CHECK(events.first().action == QStringLiteral("create"));
    CHECK_FALSE(events.first().summary.contains(QStringLiteral("Jean")));
}
