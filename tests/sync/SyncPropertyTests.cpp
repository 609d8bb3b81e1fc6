// The properties of design.md § Sync by file export, one group each, and every kind of bad bundle.
#include "Bundle.h"
#include "ClosureHistory.h"
#include "Migrations.h"
#include "SyncFixture.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace hearth;
using namespace hearth::test;
using sync::BundleError;
using sync::SyncEngine;

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

qint64 found(Replica& replica, const QString& search)
{
    ResidentQuery query;
    query.search = search;
    return replica.store->residents().list(query).total;
}

QList<AuditEvent> auditOf(Replica& replica, const QString& action, const QString& entityId = {})
{
    storage::AuditLog::Filter filter;
    filter.action = action;
    filter.entityId = entityId;
    return replica.store->audit().list(filter);
}

// Runs an import that must be refused; returns the kind and checks the database did not change.
BundleError::Kind refusedKind(Replica& replica, const QByteArray& bundle, const QString& passphrase = kPassphrase)
{
    const QByteArray before = replica.dump();
    const auto ledgerBefore = replica.repo().ledger().size();
    const auto conflictsBefore = replica.repo().conflicts(false).size();
    try {
        replica.engine->importBundle(bundle, passphrase);
    } catch (const BundleError& error) {
        INFO(error.message().toStdString());
        CHECK_FALSE(error.message().isEmpty());
        CHECK(replica.dump() == before);
        CHECK(replica.repo().ledger().size() == ledgerBefore);
        CHECK(replica.repo().conflicts(false).size() == conflictsBefore);
        return error.kind();
    }
    FAIL("the bundle was imported, but it should have been refused");
    return BundleError::Kind::Damaged;
}

// A bundle sealed by hand, for headers and payloads Hearth itself would never write.
QByteArray handMadeBundle(Replica& from, Replica& to, int schemaVersion, const QJsonArray& rows)
{
    sync::BundleHeader header;
    header.schemaVersion = schemaVersion;
    header.sender = from.store->siteId();
    header.recipient = to.store->siteId();
    header.batchId = from.store->ids().next(from.store->clock().nowUtc());
    header.seqFrom = 0;
    header.seqTo = 1000;
    header.createdAt = from.store->clock().nowUtc();
    header.rows = rows.size();
    header.kdf = sync::KdfLimits::fastForTestsOnly();
    const QJsonObject payload {{QStringLiteral("format"), QStringLiteral("hearth-sync-payload")},
                               {QStringLiteral("ack"), 0},
                               {QStringLiteral("rows"), rows},
                               {QStringLiteral("purges"), QJsonArray()}};
    return sync::sealBundle(header, qCompress(QJsonDocument(payload).toJson(QJsonDocument::Compact)), kPassphrase);
}

} // namespace

TEST_CASE("A bundle carries an officer's new records to the hub and the hub's back", "[sync]")
{
    Team team(2);
    const Resident jean = team.officer(1).newResident(QStringLiteral("Jean"), QStringLiteral("Smith"));
    team.officer(1).store->contacts().add(newContact(jean.id, QStringLiteral("First call")));
    const Resident hubs = team.hub().newResident(QStringLiteral("Ann"), QStringLiteral("Hub"));
    team.round();
    const Resident atHub = team.hub().resident(jean.id);
    CHECK(atHub.givenName == QStringLiteral("Jean"));
    CHECK(team.hub().store->contacts().forResident(jean.id).size() == 1);
    // The search index and derived activity are kept for rows that arrive by sync too.
    CHECK(found(team.hub(), QStringLiteral("Jean")) == 1);
    // Each officer's database holds that officer's caseload and the council-wide data only.
    CHECK_FALSE(team.officer(2).store->residents().find(jean.id));
    CHECK_FALSE(team.officer(1).store->residents().find(hubs.id));
    CHECK(team.officer(2).store->officers().find(team.officer(1).officer.id)); // the team is council-wide
    for (auto& replica : team.replicas) {
        CHECK(Team::dumpOf(*replica) == team.expectedDump(*replica));
    }
}

TEST_CASE("The hub's answer leaves out what the officer sent, and acknowledges it", "[sync]")
{
    Team team(1);
    for (int i = 0; i < 10; ++i) {
        team.officer(1).newResident(QStringLiteral("Resident%1").arg(i), QStringLiteral("Family"));
    }
    const auto first = team.send(team.officer(1), team.hub());
    CHECK(first.header.rows >= 12); // the residents, the officer, the ward
    sync::ExportRequest answer;
    answer.passphrase = kPassphrase;
    answer.kdf = sync::KdfLimits::fastForTestsOnly();
    const auto reply = team.hub().engine->exportBundle(answer);
    CHECK(reply.header.rows <= 3); // the hub's own officer, and the ward both made
    team.receive(team.officer(1), reply.bundle);
    // Acknowledged: the officer's next bundle is empty.
    CHECK(sync::readBundleHeader(team.bundle(team.officer(1), team.hub())).rows == 0);
    CHECK(team.hub().dump() == team.officer(1).dump());
}

TEST_CASE("Idempotent: importing the same bundle twice changes nothing the second time", "[sync]")
{
    Team team(1);
    team.officer(1).newResident(QStringLiteral("Jean"), QStringLiteral("Smith"));
    const QByteArray bundle = team.bundle(team.officer(1), team.hub());
    const auto first = team.receive(team.hub(), bundle);
    CHECK_FALSE(first.alreadyImported);
    CHECK(first.rowsApplied >= 3); // the ward, the officer, the resident
    const QByteArray after = team.hub().dump();
    const auto auditBefore = team.hub().store->audit().list({}).size();
    const auto second = team.receive(team.hub(), bundle);
    CHECK(second.alreadyImported);
    CHECK(second.firstImportedAt.isValid());
    CHECK(second.rowsApplied == 0);
    CHECK(team.hub().dump() == after);
    CHECK(team.hub().repo().ledger().size() == 1);
    CHECK(team.hub().store->audit().list({}).size() == auditBefore);
}

TEST_CASE("Idempotent: a stale bundle imported after a newer one changes nothing", "[sync]")
{
    Team team(1);
    Resident jean = team.officer(1).newResident(QStringLiteral("Jean"), QStringLiteral("Smith"));
    const QByteArray older = team.bundle(team.officer(1), team.hub());
    jean.phone = QStringLiteral("07700 900999");
    team.officer(1).store->residents().update(jean);
    // Not yet acknowledged by the hub, so the newer bundle carries everything the older one did.
    const QByteArray newer = team.bundle(team.officer(1), team.hub());
    team.receive(team.hub(), newer);
    const QByteArray afterNewer = team.hub().dump();
    const auto stale = team.receive(team.hub(), older);
    CHECK_FALSE(stale.alreadyImported);
    CHECK(stale.rowsApplied == 0);
    CHECK(stale.conflictsRaised == 0);
    CHECK(team.hub().dump() == afterNewer);
    CHECK(team.hub().resident(jean.id).phone == QStringLiteral("07700 900999"));
}

TEST_CASE("Atomic: a bundle refused partway leaves the database untouched", "[sync]")
{
    Team team(1);
    team.round();
    team.officer(1).newResident(QStringLiteral("Jean"), QStringLiteral("Smith"));
    // A contact whose resident the bundle does not carry (made behind Hearth's back): the import
    // must stop at the end, after the resident was already merged, and undo it.
    auto& db = team.officer(1).store->db();
    db.exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
    db.exec(QStringLiteral("INSERT INTO contacts (id, resident_id, contact_on, type, created_at, updated_at, site_id) "
                           "VALUES ('01890000-0000-7000-8000-00000000000c', '01890000-0000-7000-8000-0000000000ff', "
                           "'2026-11-01', 'phone', '2026-11-01T00:00:00.000Z', '2026-11-01T00:00:00.000Z', 'x')"));
    db.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    const QByteArray bundle = team.bundle(team.officer(1), team.hub());
    CHECK(refusedKind(team.hub(), bundle) == BundleError::Kind::Rejected);
    CHECK(team.hub().store->residents().list({}).total == 0);
}

TEST_CASE("Convergent: edits to different fields of one record merge on every replica", "[sync]")
{
    Team team(2);
    const Resident jean = team.officer(1).newResident(QStringLiteral("Jean"), QStringLiteral("Smith"));
    team.round();
    team.round();
    Resident one = team.officer(1).resident(jean.id);
    one.phone = QStringLiteral("07700 900111");
    team.officer(1).store->residents().update(one);
    // The manager edits another field of the officer's resident at the hub.
    Resident two = team.hub().resident(jean.id);
    two.town = QStringLiteral("Bromley");
    team.hub().store->residents().update(two);
    team.round();
    team.round();
    for (auto* replica : {&team.hub(), &team.officer(1)}) {
        const Resident merged = replica->resident(jean.id);
        CHECK(merged.phone == QStringLiteral("07700 900111"));
        CHECK(merged.town == QStringLiteral("Bromley"));
    }
    for (auto& replica : team.replicas) {
        CHECK(replica->engine->conflicts().isEmpty());
        CHECK(Team::dumpOf(*replica) == team.expectedDump(*replica));
    }
}

TEST_CASE("Nothing lost silently: the same field changed on two sides is a conflict with both values", "[sync]")
{
    Team team(2);
    const Resident jean = team.officer(1).newResident(QStringLiteral("Jean"), QStringLiteral("Smith"));
    team.round();
    team.round();
    // The manager at the hub and the officer change the same field before exchanging bundles.
    Resident one = team.hub().resident(jean.id);
    one.phone = QStringLiteral("07700 900111");
    team.hub().store->residents().update(one);
    Resident two = team.officer(1).resident(jean.id);
    two.phone = QStringLiteral("07700 900222");
    team.officer(1).store->residents().update(two);
    const auto result = team.send(team.officer(1), team.hub());
    CHECK(result.conflictsRaised == 1);
    const auto conflicts = team.hub().engine->conflicts();
    REQUIRE(conflicts.size() == 1);
    const auto& conflict = conflicts.first();
    CHECK(conflict.table == QStringLiteral("residents"));
    CHECK(conflict.key == jean.id);
    CHECK(conflict.column == QStringLiteral("phone"));
    CHECK(conflict.kind == QStringLiteral("field"));
    CHECK(conflict.baseKnown);
    CHECK(conflict.base.toString() == QStringLiteral("07700 900123"));
    CHECK(conflict.mine.toString() == QStringLiteral("07700 900111"));
    CHECK(conflict.theirs.toString() == QStringLiteral("07700 900222"));
    CHECK(conflict.theirSite == team.officer(1).store->siteId());
    CHECK(conflict.theirOfficer == team.officer(1).officer.id);
    CHECK(conflict.theirAt.isValid());

    SECTION("a merged value decided at the hub is audited and travels to both officers")
    {
        team.hub().engine->resolve(conflict.id, SyncEngine::Keep::Merged, QStringLiteral("07700 900333"));
        CHECK(team.hub().engine->conflicts().isEmpty());
        const auto decided = team.hub().repo().conflict(conflict.id);
        CHECK(decided->status == QStringLiteral("resolved"));
        CHECK(decided->decision == QStringLiteral("merged"));
        CHECK(decided->decidedBy == team.hub().officer.id);
        const auto audit = auditOf(team.hub(), QStringLiteral("update"), jean.id);
        REQUIRE_FALSE(audit.isEmpty());
        CHECK(audit.first().summary.contains(QStringLiteral("conflict")));
        CHECK_FALSE(audit.first().summary.contains(QStringLiteral("07700"))); // no personal data in the audit
        team.round();
        team.round();
        for (auto* replica : {&team.hub(), &team.officer(1)}) {
            CHECK(replica->resident(jean.id).phone == QStringLiteral("07700 900333"));
        }
        for (auto& replica : team.replicas) {
            CHECK(replica->engine->conflicts().isEmpty());
            CHECK(Team::dumpOf(*replica) == team.expectedDump(*replica));
        }
    }
    SECTION("keeping the value the hub already holds still travels and settles the officers' copies")
    {
        team.hub().engine->resolve(conflict.id, SyncEngine::Keep::Mine);
        team.round();
        team.round();
        for (auto* replica : {&team.hub(), &team.officer(1)}) {
            CHECK(replica->resident(jean.id).phone == QStringLiteral("07700 900111"));
        }
        for (auto& replica : team.replicas) {
            CHECK(replica->engine->conflicts().isEmpty());
            CHECK(Team::dumpOf(*replica) == team.expectedDump(*replica));
        }
    }
    SECTION("a decided conflict cannot be decided again")
    {
        team.hub().engine->resolve(conflict.id, SyncEngine::Keep::Theirs);
        CHECK(team.hub().resident(jean.id).phone == QStringLiteral("07700 900222"));
        CHECK_THROWS_AS(team.hub().engine->resolve(conflict.id, SyncEngine::Keep::Mine), storage::Error);
        CHECK_THROWS_AS(team.hub().engine->resolve(9999, SyncEngine::Keep::Mine), storage::Error);
    }
}

TEST_CASE("Nothing lost silently: an edit versus a delete is a conflict, not a silent win", "[sync]")
{
    Team team(2);
    const Resident jean = team.officer(1).newResident(QStringLiteral("Jean"), QStringLiteral("Smith"));
    team.round();
    team.round();
    // One side deletes the record, the other edits it, before they exchange bundles.
    const bool officerDeletes = GENERATE(true, false);
    Replica& deleting = officerDeletes ? team.officer(1) : team.hub();
    Replica& editing = officerDeletes ? team.hub() : team.officer(1);
    deleting.softDelete(QStringLiteral("residents"), jean.id);
    Resident two = editing.resident(jean.id);
    two.town = QStringLiteral("Bromley");
    editing.store->residents().update(two);
    CHECK(team.send(team.officer(1), team.hub()).conflictsRaised == 1);
    const auto conflicts = team.hub().engine->conflicts();
    REQUIRE(conflicts.size() == 1);
    CHECK(conflicts.first().kind == QStringLiteral("delete"));
    CHECK(conflicts.first().column == QStringLiteral("deleted_at"));
    CHECK(conflicts.first().editedFields.contains(QStringLiteral("town")));
    // Deciding for the edit restores the record, with the edit, everywhere.
    const bool editWasMine = conflicts.first().mine.isNull();
    team.hub().engine->resolve(conflicts.first().id, editWasMine ? SyncEngine::Keep::Mine : SyncEngine::Keep::Theirs);
    team.round();
    team.round();
    for (auto* replica : {&team.hub(), &team.officer(1)}) {
        const Resident kept = replica->resident(jean.id);
        CHECK_FALSE(kept.meta.isDeleted());
        CHECK(kept.town == QStringLiteral("Bromley"));
    }
    for (auto& replica : team.replicas) {
        CHECK(Team::dumpOf(*replica) == team.expectedDump(*replica));
    }
}

TEST_CASE("Erasure travels: a purged record stays erased when a late bundle carries it", "[sync]")
{
    Team team(2);
    Resident jean = team.officer(1).newResident(QStringLiteral("Jean"), QStringLiteral("Smith"));
    team.officer(1).store->contacts().add(newContact(jean.id, QStringLiteral("First call")));
    team.round();
    team.round();
    // Officer 1 goes on editing, and adds a contact, before hearing of the erasure.
    jean.town = QStringLiteral("Bromley");
    team.officer(1).store->residents().update(jean);
    team.officer(1).store->contacts().add(newContact(jean.id, QStringLiteral("Second call")));
    const QByteArray late = team.bundle(team.officer(1), team.hub());

    CHECK(team.hub().engine->purgeResident(jean.id) == 2); // the resident and the first contact
    CHECK_FALSE(team.hub().store->residents().find(jean.id));
    const auto purgeAudit = auditOf(team.hub(), QStringLiteral("purge"));
    CHECK(purgeAudit.size() == 1);

    const auto result = team.receive(team.hub(), late);
    CHECK(result.discarded >= 2);
    CHECK_FALSE(team.hub().store->residents().find(jean.id));
    CHECK(team.hub().store->contacts().forResident(jean.id).isEmpty());
    team.round();
    team.round();
    for (auto& replica : team.replicas) {
        CHECK_FALSE(replica->store->residents().find(jean.id));
        // The marker reaches every database that held the record (officer 2 never did).
        CHECK(replica->repo().isPurged(QStringLiteral("residents"), jean.id) != (replica.get() == &team.officer(2)));
        CHECK(Team::dumpOf(*replica) == team.expectedDump(*replica));
        // Nothing of the resident is left to search for.
        CHECK(found(*replica, QStringLiteral("Jean")) == 0);
    }
    CHECK_THROWS_AS(team.hub().engine->purgeResident(jean.id), storage::Error);
}

TEST_CASE("Confidential: a bundle holds no personal data in clear", "[sync]")
{
    Team team(1);
    team.officer(1).newResident(QStringLiteral("Zebedee"), QStringLiteral("Quartermaine"));
    const QByteArray bundle = team.bundle(team.officer(1), team.hub());
    CHECK_FALSE(bundle.contains("Zebedee"));
    CHECK_FALSE(bundle.contains("Quartermaine"));
    CHECK_FALSE(bundle.contains("900123"));
    const auto header = sync::readBundleHeader(bundle);
    CHECK(header.sender == team.officer(1).store->siteId());
    CHECK(header.recipient == team.hub().store->siteId());
    CHECK(header.schemaVersion == storage::latestSchemaVersion());
    CHECK(header.rows >= 3);
    CHECK(header.kdf.opsLimit == sync::KdfLimits::fastForTestsOnly().opsLimit);
    // Production bundles use the real limits: the fast ones are only ever asked for explicitly.
    CHECK(sync::ExportRequest().kdf.memLimit == sync::KdfLimits::production().memLimit);
    CHECK(sync::KdfLimits::production().memLimit >= 256ull * 1024 * 1024);
}

TEST_CASE("Tamper-evident: wrong passphrase, flipped bytes and truncation are refused", "[sync]")
{
    Team team(1);
    for (int i = 0; i < 40; ++i) { // enough records for several chunks
        team.officer(1).newResident(QStringLiteral("Resident%1").arg(i), QStringLiteral("Family%1").arg(i));
    }
    const QByteArray bundle = team.bundle(team.officer(1), team.hub());
    const auto headerLength = static_cast<qsizetype>(sync::readBundleHeader(bundle).toJson().size());
    REQUIRE(bundle.size() > 1000);

    SECTION("wrong passphrase")
    {
        CHECK(refusedKind(team.hub(), bundle, QStringLiteral("wrong horse")) == BundleError::Kind::Authentication);
    }
    SECTION("a flipped byte anywhere")
    {
        std::vector<qsizetype> positions {
            20, 40, 12 + headerLength / 2, bundle.size() / 2, bundle.size() - 20, bundle.size() - 1};
        for (const qsizetype at : positions) {
            QByteArray flipped = bundle;
            flipped[at] = static_cast<char>(flipped[at] ^ 0x01);
            INFO("flipped byte " << at << " of " << bundle.size());
            const auto kind = refusedKind(team.hub(), flipped);
            CHECK((kind == BundleError::Kind::Authentication || kind == BundleError::Kind::Damaged
                   || kind == BundleError::Kind::Misaddressed || kind == BundleError::Kind::UnknownSender));
        }
        // In the encrypted part, a flipped byte is always an authentication failure.
        QByteArray body = bundle;
        body[bundle.size() / 2] = static_cast<char>(body[bundle.size() / 2] ^ 0x80);
        CHECK(refusedKind(team.hub(), body) == BundleError::Kind::Authentication);
    }
    SECTION("a truncated file")
    {
        for (const qsizetype length :
             {qsizetype(4), qsizetype(10), qsizetype(100), bundle.size() / 2, bundle.size() - 17, bundle.size() - 1}) {
            INFO("truncated to " << length << " of " << bundle.size());
            CHECK(refusedKind(team.hub(), bundle.left(length)) != BundleError::Kind::Authentication);
        }
        // Cut exactly after a chunk: only the missing final tag shows it.
        CHECK(refusedKind(team.hub(), bundle.left(bundle.size() - 1)) == BundleError::Kind::Truncated);
    }
    SECTION("bytes added after the end")
    {
        CHECK(refusedKind(team.hub(), bundle + QByteArray("extra")) == BundleError::Kind::Authentication);
    }
    SECTION("a file that is not a bundle")
    {
        CHECK(refusedKind(team.hub(), QByteArray()) == BundleError::Kind::NotABundle);
        CHECK(refusedKind(team.hub(), storage::exportJson(*team.officer(1).store)) == BundleError::Kind::NotABundle);
    }
    // The untouched bundle still imports after all that.
    CHECK(team.receive(team.hub(), bundle).rowsApplied > 40);
}

TEST_CASE("Versioned: a newer schema is refused, an older row without a field leaves that field", "[sync]")
{
    Team team(1);
    CHECK(refusedKind(team.hub(), handMadeBundle(team.officer(1), team.hub(), storage::latestSchemaVersion() + 1, {}))
          == BundleError::Kind::NewerSchema);

    Resident jean = team.officer(1).newResident(QStringLiteral("Jean"), QStringLiteral("Smith"));
    team.round();
    // The officer's row as an older Hearth would send it: a changed phone, and no town field at all.
    auto state = *team.officer(1).repo().state(QStringLiteral("residents"), jean.id);
    jean.town = QStringLiteral("Bromley");
    team.hub().store->residents().update(jean);
    state.fields.remove(QStringLiteral("town"));
    state.fields[QStringLiteral("phone")] = {QStringLiteral("07700 900555"), team.officer(1).store->siteId(),
                                             state.versions.value(team.officer(1).store->siteId()) + 1, std::nullopt};
    state.versions[team.officer(1).store->siteId()] += 1;
    const auto result = team.receive(
        team.hub(),
        handMadeBundle(team.officer(1), team.hub(), storage::latestSchemaVersion() - 1, QJsonArray {state.toJson()}));
    CHECK(result.rowsApplied == 1);
    const Resident merged = team.hub().resident(jean.id);
    CHECK(merged.phone == QStringLiteral("07700 900555"));
    CHECK(merged.town == QStringLiteral("Bromley"));
}

TEST_CASE("Bundles for another database, or from a stranger, are refused", "[sync]")
{
    Team team(2);
    team.officer(1).newResident(QStringLiteral("Jean"), QStringLiteral("Smith"));
    const QByteArray forHub = team.bundle(team.officer(1), team.hub());
    CHECK(refusedKind(team.officer(2), forHub) == BundleError::Kind::Misaddressed);

    team.hub().engine->removePeer(QStringLiteral("Officer 1"));
    CHECK(refusedKind(team.hub(), forHub) == BundleError::Kind::UnknownSender);

    // Another hub with the same passphrase, to which the bundle was not addressed.
    Replica otherHub(QStringLiteral("Other hub"), team.clock, 999, QStringLiteral("hub"));
    otherHub.engine->addPeer(team.officer(1).store->siteId(), QStringLiteral("Officer 1"));
    CHECK(refusedKind(otherHub, forHub) == BundleError::Kind::Misaddressed);
}

TEST_CASE("Team set-up: role, peers and refusals of a database not set up", "[sync]")
{
    TempFolder folder;
    FixedClock clock {fixedNow()};
    storage::Store store(folder.dbPath(), storage::Store::OpenMode::CreateNew, clock);
    SyncEngine engine(store);
    CHECK(engine.role().isEmpty());
    sync::ExportRequest request;
    request.passphrase = kPassphrase;
    CHECK_THROWS_AS(engine.exportBundle(request), BundleError); // no role
    CHECK_THROWS_AS(engine.setRole(QStringLiteral("boss")), storage::Error);
    engine.setRole(QStringLiteral("officer"));
    CHECK(engine.role() == QStringLiteral("officer"));
    CHECK_THROWS_AS(engine.exportBundle(request), BundleError); // no peer
    CHECK_THROWS_AS(engine.addPeer(QStringLiteral("not-a-site"), QStringLiteral("Hub")), storage::Error);
    CHECK_THROWS_AS(engine.addPeer(store.siteId(), QStringLiteral("Me")), storage::Error);
    const QString hub = IdGenerator(7).next(clock.nowUtc());
    engine.addPeer(hub, QStringLiteral("Hub"));
    REQUIRE(engine.peers().size() == 1);
    CHECK(engine.peers().first().name == QStringLiteral("Hub"));
    request.passphrase.clear();
    CHECK_THROWS_AS(engine.exportBundle(request), BundleError); // no passphrase
    // The passphrase is never stored: no table or setting holds it.
    request.passphrase = kPassphrase;
    request.kdf = sync::KdfLimits::fastForTestsOnly();
    engine.exportBundle(request);
    QFile file(folder.dbPath());
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK_FALSE(file.readAll().contains(kPassphrase.toUtf8()));
}

TEST_CASE("Closure history travels: a case closed and reopened at an officer is closed in the past at the hub",
          "[sync][closures]")
{
    Team team(2);
    Replica& officer = team.officer(1);
    const Resident jean = officer.newResident(QStringLiteral("Jean"), QStringLiteral("Smith"));
    officer.store->residents().close(jean.id, team.clock.today(), QStringLiteral("moved_away"));
    team.round();
    team.clock.advanceMs(3 * 24 * 3'600'000LL);
    officer.store->residents().reopen(jean.id);
    team.round();
    const auto atOfficer = storage::caseClosures(officer.store->db(), jean.id);
    const auto atHub = storage::caseClosures(team.hub().store->db(), jean.id);
    REQUIRE(atHub.size() == 1);
    CHECK(atHub == atOfficer);
    CHECK(atHub.first().reopenedOn == team.clock.today());
    CHECK(atHub.first().closedOn == team.clock.today().addDays(-3));
    // The hub wrote no history of its own when the bundle changed the resident's status.
    CHECK(atHub.first().meta.siteId == officer.store->siteId());
    CHECK(team.hub().engine->conflicts().isEmpty());
    // The other officer's database holds none of it.
    CHECK(storage::caseClosures(team.officer(2).store->db(), jean.id).isEmpty());
    for (auto& replica : team.replicas) {
        CHECK(Team::dumpOf(*replica) == team.expectedDump(*replica));
    }
}
