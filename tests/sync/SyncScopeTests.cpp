// What goes where (design.md § Sync: hub and spoke; each officer's caseload in their own database):
// the hub sends an officer the council-wide data and that officer's caseload only; a resident
// re-assigned to an officer arrives whole; one re-assigned away is removed from the old officer's
// database (without a purge marker: the hub keeps it) once the hub has every change made there.
#include "Bundle.h"
#include "SyncFixture.h"

using namespace hearth;
using namespace hearth::test;

namespace {

Contact newContact(const QString& residentId, const QString& note)
{
    Contact contact;
    contact.residentId = residentId;
    contact.contactOn = QDate(2026, 11, 1);
    contact.type = QStringLiteral("phone");
    contact.note = note;
    return contact;
}

void reassign(Replica& at, const QString& residentId, const Replica& to)
{
    Resident resident = at.resident(residentId);
    resident.assignedOfficerId = to.officer.id;
    at.store->residents().update(resident);
}

bool holds(Replica& replica, const QString& residentId)
{
    return replica.store->residents().find(residentId).has_value();
}

QList<AuditEvent> auditOf(Replica& replica, const QString& entityId)
{
    storage::AuditLog::Filter filter;
    filter.entityId = entityId;
    return replica.store->audit().list(filter);
}

} // namespace

TEST_CASE("Scope: an officer's database never receives another officer's residents", "[sync][scope]")
{
    Team team(2);
    Resident jean = team.officer(1).newResident(QStringLiteral("Jean"), QStringLiteral("Smith"));
    team.officer(1).store->contacts().add(newContact(jean.id, QStringLiteral("Talked about the lunch club")));
    Resident bob = team.officer(2).newResident(QStringLiteral("Bob"), QStringLiteral("Jones"));
    bob.phone = QStringLiteral("07700 900777");
    team.officer(2).store->residents().update(bob);
    team.round();
    team.round();
    // The manager registers a resident for officer 2 at the hub, and edits Jean.
    Resident cy = team.hub().newResident(QStringLiteral("Cy"), QStringLiteral("Brown"));
    reassign(team.hub(), cy.id, team.officer(2));
    Resident atHub = team.hub().resident(jean.id);
    atHub.town = QStringLiteral("Bromley");
    team.hub().store->residents().update(atHub);
    team.round();

    const QByteArray one = team.officer(1).dump();
    const QByteArray two = team.officer(2).dump();
    CHECK_FALSE(one.contains(bob.id.toUtf8()));
    CHECK_FALSE(one.contains("Bob"));
    CHECK_FALSE(one.contains("07700 900777"));
    CHECK_FALSE(one.contains(cy.id.toUtf8()));
    CHECK_FALSE(two.contains(jean.id.toUtf8()));
    CHECK_FALSE(two.contains("Jean"));
    CHECK_FALSE(two.contains("lunch club"));
    CHECK(team.officer(1).resident(jean.id).town == QStringLiteral("Bromley"));
    CHECK(team.officer(2).resident(cy.id).givenName == QStringLiteral("Cy"));
    CHECK(team.hub().store->residents().list({}).total == 3);
    for (auto& replica : team.replicas) {
        CHECK(Team::dumpOf(*replica) == team.expectedDump(*replica));
    }
    // The hub learnt whose database each peer is from the peer's first bundle.
    for (const auto& peer : team.hub().engine->peers()) {
        CHECK_FALSE(peer.officerId.isEmpty());
    }
    // Once both have confirmed all that, an edit of Jean at the hub goes to officer 1 only.
    team.send(team.officer(1), team.hub());
    team.send(team.officer(2), team.hub());
    atHub = team.hub().resident(jean.id);
    atHub.phone = QStringLiteral("07700 900888");
    team.hub().store->residents().update(atHub);
    CHECK(sync::readBundleHeader(team.bundle(team.hub(), team.officer(2))).rows == 0);
    CHECK(sync::readBundleHeader(team.bundle(team.hub(), team.officer(1))).rows == 1);
}

TEST_CASE("Scope: a peer whose officer is not known yet gets the council-wide data only", "[sync][scope]")
{
    Team team(1);
    const Resident cy = team.hub().newResident(QStringLiteral("Cy"), QStringLiteral("Brown"));
    // The hub has not heard from the officer: it sends the team and the wards, no resident.
    team.send(team.hub(), team.officer(1));
    CHECK_FALSE(holds(team.officer(1), cy.id));
    CHECK(team.officer(1).store->officers().find(team.hub().officer.id));
    // Told explicitly whose database it is, the hub sends that officer's caseload.
    team.hub().store->officers().add({{}, QStringLiteral("Dee"), QStringLiteral("officer"), {}, {}});
    const auto dee = *team.hub().store->officers().findByIdOrName(QStringLiteral("Dee"));
    team.hub().engine->addPeer(team.officer(1).store->siteId(), QStringLiteral("Dee's laptop"), dee.id);
    Resident forDee = team.hub().resident(cy.id);
    forDee.assignedOfficerId = dee.id;
    team.hub().store->residents().update(forDee);
    team.send(team.hub(), team.officer(1));
    CHECK(holds(team.officer(1), cy.id));
    // An officer the hub does not hold is refused with a message.
    CHECK_THROWS_AS(team.hub().engine->addPeer(team.officer(1).store->siteId(), QStringLiteral("X"),
                                               QStringLiteral("01890000-0000-7000-8000-0000000000ff")),
                    storage::Error);
}

TEST_CASE("Scope: a resident re-assigned to an officer arrives whole, and the old officer lets it go", "[sync][scope]")
{
    Team team(2);
    const Resident jean = team.officer(1).newResident(QStringLiteral("Jean"), QStringLiteral("Smith"));
    for (int i = 0; i < 3; ++i) {
        team.officer(1).store->contacts().add(newContact(jean.id, QStringLiteral("Call %1").arg(i)));
    }
    team.round();
    team.round();
    REQUIRE_FALSE(holds(team.officer(2), jean.id));

    const bool byTheHub = GENERATE(true, false);
    if (byTheHub) {
        reassign(team.hub(), jean.id, team.officer(2)); // the manager moves the case
    } else {
        reassign(team.officer(1), jean.id, team.officer(2)); // the officer hands it over
        team.send(team.officer(1), team.hub());
    }
    // Only the resident's row changed, but officer 2 gets the whole record.
    const auto arrived = team.send(team.hub(), team.officer(2));
    CHECK(arrived.rowsApplied >= 4);
    REQUIRE(holds(team.officer(2), jean.id));
    CHECK(team.officer(2).store->contacts().forResident(jean.id).size() == 3);
    CHECK(team.officer(2).resident(jean.id).assignedOfficerId == team.officer(2).officer.id);

    // Officer 1's database lets it go: removed, but not erased (no purge marker), and audited.
    const auto released = team.send(team.hub(), team.officer(1));
    CHECK(released.released == 1);
    CHECK_FALSE(holds(team.officer(1), jean.id));
    CHECK(team.officer(1).store->contacts().forResident(jean.id).isEmpty());
    CHECK_FALSE(team.officer(1).repo().isPurged(QStringLiteral("residents"), jean.id));
    CHECK_FALSE(team.officer(1).dump().contains("Jean"));
    bool audited = false;
    for (const auto& event : auditOf(team.officer(1), jean.id)) {
        audited = audited || event.summary.contains(QStringLiteral("re-assigned"));
    }
    CHECK(audited);
    // The hub keeps it, and the next exchanges change nothing more.
    CHECK(holds(team.hub(), jean.id));
    team.round();
    team.round();
    CHECK(holds(team.officer(2), jean.id));
    CHECK_FALSE(holds(team.officer(1), jean.id));
    for (auto& replica : team.replicas) {
        CHECK(Team::dumpOf(*replica) == team.expectedDump(*replica));
    }

    SECTION("and when it comes back it arrives whole again")
    {
        reassign(team.hub(), jean.id, team.officer(1));
        team.round();
        team.round();
        CHECK(holds(team.officer(1), jean.id));
        CHECK(team.officer(1).store->contacts().forResident(jean.id).size() == 3);
        CHECK_FALSE(holds(team.officer(2), jean.id));
        for (auto& replica : team.replicas) {
            CHECK(Team::dumpOf(*replica) == team.expectedDump(*replica));
        }
    }
}

TEST_CASE("Scope: edits made before hearing of the re-assignment are kept and reach the new officer", "[sync][scope]")
{
    Team team(2);
    Resident jean = team.officer(1).newResident(QStringLiteral("Jean"), QStringLiteral("Smith"));
    team.round();
    team.round();
    reassign(team.hub(), jean.id, team.officer(2));
    // Officer 1, not yet told, adds a contact and changes the phone number.
    const Contact late = team.officer(1).store->contacts().add(newContact(jean.id, QStringLiteral("Late call")));
    jean = team.officer(1).resident(jean.id);
    jean.phone = QStringLiteral("07700 900444");
    team.officer(1).store->residents().update(jean);
    // The hub's bundle says Jean has gone, but officer 1 keeps the record until the hub has its edits.
    CHECK(team.send(team.hub(), team.officer(1)).released == 0);
    CHECK(holds(team.officer(1), jean.id));
    team.send(team.officer(1), team.hub());
    CHECK(team.send(team.hub(), team.officer(1)).released == 1);
    CHECK_FALSE(holds(team.officer(1), jean.id));
    team.send(team.hub(), team.officer(2));
    CHECK(team.officer(2).resident(jean.id).phone == QStringLiteral("07700 900444"));
    CHECK(team.officer(2).store->contacts().find(late.id).has_value());
    team.round();
    for (auto& replica : team.replicas) {
        CHECK(replica->engine->conflicts().isEmpty());
        CHECK(Team::dumpOf(*replica) == team.expectedDump(*replica));
    }
}

TEST_CASE("Scope: hub bundles imported twice or out of order never bring back a resident that left", "[sync][scope]")
{
    Team team(2);
    const Resident jean = team.officer(1).newResident(QStringLiteral("Jean"), QStringLiteral("Smith"));
    team.officer(1).store->contacts().add(newContact(jean.id, QStringLiteral("First call")));
    team.round();
    team.round();
    // Moved to officer 2 (bundles A2 and A1), then back to officer 1 (B2 and B1); nobody imports yet.
    reassign(team.hub(), jean.id, team.officer(2));
    const QByteArray toTwoArrives = team.bundle(team.hub(), team.officer(2));
    const QByteArray toOneLeaves = team.bundle(team.hub(), team.officer(1));
    reassign(team.hub(), jean.id, team.officer(1));
    const QByteArray toTwoLeaves = team.bundle(team.hub(), team.officer(2));
    const QByteArray toOneBack = team.bundle(team.hub(), team.officer(1));

    const bool inOrder = GENERATE(true, false);
    if (inOrder) {
        team.receive(team.officer(2), toTwoArrives);
        team.receive(team.officer(2), toTwoLeaves);
        team.receive(team.officer(1), toOneLeaves);
        team.receive(team.officer(1), toOneBack);
    } else {
        team.receive(team.officer(2), toTwoLeaves);
        team.receive(team.officer(2), toTwoArrives); // late: Jean must not come back to officer 2
        team.receive(team.officer(1), toOneBack);
        team.receive(team.officer(1), toOneLeaves); // late: officer 1 must keep Jean
    }
    // And every one of them again: nothing changes.
    const QByteArray oneBefore = team.officer(1).dump();
    const QByteArray twoBefore = team.officer(2).dump();
    for (const auto& bundle : {toTwoArrives, toTwoLeaves}) {
        CHECK(team.receive(team.officer(2), bundle).alreadyImported);
    }
    for (const auto& bundle : {toOneLeaves, toOneBack}) {
        CHECK(team.receive(team.officer(1), bundle).alreadyImported);
    }
    CHECK(team.officer(1).dump() == oneBefore);
    CHECK(team.officer(2).dump() == twoBefore);

    CHECK_FALSE(holds(team.officer(2), jean.id));
    CHECK(holds(team.officer(1), jean.id));
    CHECK(team.officer(1).store->contacts().forResident(jean.id).size() == 1);
    team.round();
    team.round();
    for (auto& replica : team.replicas) {
        CHECK(Team::dumpOf(*replica) == team.expectedDump(*replica));
    }
}

TEST_CASE("Scope: an erasure reaches the officers that held the resident, and only them", "[sync][scope]")
{
    Team team(2);
    const Resident jean = team.officer(1).newResident(QStringLiteral("Jean"), QStringLiteral("Smith"));
    team.round();
    team.round();
    team.hub().engine->purgeResident(jean.id);
    const auto toOne = team.send(team.hub(), team.officer(1));
    const auto toTwo = team.send(team.hub(), team.officer(2));
    CHECK(toOne.header.purges == 1);
    CHECK(toTwo.header.purges == 0);
    CHECK(team.officer(1).repo().isPurged(QStringLiteral("residents"), jean.id));
    CHECK_FALSE(holds(team.officer(1), jean.id));
}
