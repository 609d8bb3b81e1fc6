// Sync writes the audit trail (issue 9): a bundle's export and its import are each a "sync" event
// naming the batch and counts, never the personal data carried.
#include "SyncFixture.h"

#include "AuditLog.h"

using namespace hearth;
using namespace hearth::test;

namespace {

QList<AuditEvent> syncEvents(Replica& replica)
{
    storage::AuditLog::Filter filter;
    filter.action = QStringLiteral("sync");
    return replica.store->audit().list(filter);
}

} // namespace

TEST_CASE("A bundle's export and import are each audited, with counts and no personal data", "[sync][audit]")
{
    Team team(1);
    team.officer(1).newResident(QStringLiteral("Jean"), QStringLiteral("Smith"));
    REQUIRE(syncEvents(team.officer(1)).isEmpty());
    REQUIRE(syncEvents(team.hub()).isEmpty());

    const QByteArray bundle = team.bundle(team.officer(1), team.hub());
    const auto exported = syncEvents(team.officer(1));
    REQUIRE(exported.size() == 1);
    CHECK(exported.first().entity == QStringLiteral("bundle"));
    CHECK(exported.first().summary.startsWith(QStringLiteral("bundle exported to Hub")));
    CHECK(exported.first().officerId == team.officer(1).store->actingOfficerId());

    team.receive(team.hub(), bundle);
    const auto imported = syncEvents(team.hub());
    REQUIRE(imported.size() == 1);
    CHECK(imported.first().entityId == exported.first().entityId); // the batch id
    CHECK(imported.first().summary.startsWith(QStringLiteral("bundle imported from Officer 1")));
    for (const auto& event : {exported.first(), imported.first()}) {
        CHECK_FALSE(event.summary.contains(QStringLiteral("Jean")));
        CHECK_FALSE(event.summary.contains(QStringLiteral("Smith")));
    }
    CHECK(team.hub().store->audit().verify().ok);
}
