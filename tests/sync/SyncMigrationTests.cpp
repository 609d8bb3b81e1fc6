// Schema 6 (sync): a database made at schema 5 keeps its data and has every row ready to sync;
// every synced table is watched by the capture triggers.
#include "Migrations.h"
#include "SyncFixture.h"
#include "Tables.h"

using namespace hearth;
using namespace hearth::storage;

namespace {

qint64 scalar(sql::Connection& db, const QString& query)
{
    auto statement = db.prepare(query);
    REQUIRE(statement.step());
    return statement.integer(0);
}

} // namespace

TEST_CASE("Migration 6 keeps earlier data and marks every synced row for capture", "[migrations][sync]")
{
    test::TempFolder folder;
    {
        sql::Connection db(folder.dbPath(), sql::Connection::Mode::ReadWriteCreate);
        db.exec(QStringLiteral("PRAGMA application_id = 1213355080")); // "HRTH"
        db.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        migrate(db, 5);
        const QString meta =
            QStringLiteral("'2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', NULL, 'site', 1, NULL");
        db.exec(QStringLiteral("INSERT INTO wards VALUES ('E05000001', 'Riverside', %1)").arg(meta));
        db.exec(
            QStringLiteral("INSERT INTO residents (id, given_name, ward_code, identified_on, created_at, updated_at, "
                           "updated_by, site_id, row_version, deleted_at) VALUES "
                           "('01890000-0000-7000-8000-000000000001', 'Mabel', 'E05000001', '2026-01-01', %1)")
                .arg(meta));
        migrate(db, 6);
        CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM sync_dirty")) == 2);
        CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM residents")) == 1);
    }
    FixedClock clock {test::fixedNow()};
    Store store(folder.dbPath(), Store::OpenMode::Existing, clock);
    SyncRepository repo(store);
    CHECK(repo.capture() == 2);
    const auto state = repo.state(QStringLiteral("residents"), QStringLiteral("01890000-0000-7000-8000-000000000001"));
    REQUIRE(state);
    CHECK(state->fields.value(QStringLiteral("given_name")).value.toString() == QStringLiteral("Mabel"));
    CHECK(state->versions.value(store.siteId()) == 1);
    CHECK(repo.capture() == 0);
}

TEST_CASE("Every synced table has the triggers that capture its changes", "[migrations][sync]")
{
    test::TempFolder folder;
    FixedClock clock {test::fixedNow()};
    Store store(folder.dbPath(), Store::OpenMode::CreateNew, clock);
    for (const auto& table : syncedTables()) {
        INFO(table.name.toStdString() << " needs the triggers " << table.name.toStdString()
                                      << "_sync_insert and _sync_update (see 0006_sync.sql)");
        CHECK(scalar(store.db(),
                     QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND name IN "
                                    "('%1_sync_insert', '%1_sync_update')")
                         .arg(table.name))
              == 2);
    }
}

TEST_CASE("Capture versions only the fields that changed, and only once", "[sync]")
{
    test::Team team(1);
    auto& officer = team.officer(1);
    Resident jean = officer.newResident(QStringLiteral("Jean"), QStringLiteral("Smith"));
    auto repo = officer.repo();
    repo.capture();
    const auto first = *repo.state(QStringLiteral("residents"), jean.id);
    const QString self = officer.store->siteId();
    CHECK(first.versions.value(self) == 1);
    jean.town = QStringLiteral("Bromley");
    officer.store->residents().update(jean);
    CHECK(repo.capture() == 1);
    const auto second = *repo.state(QStringLiteral("residents"), jean.id);
    CHECK(second.versions.value(self) == 2);
    CHECK(second.fields.value(QStringLiteral("town")).counter == 2);
    CHECK(second.fields.value(QStringLiteral("town")).previous == QJsonValue(QJsonValue::Null));
    CHECK(second.fields.value(QStringLiteral("given_name")).counter == 1); // unchanged
    CHECK(repo.capture() == 0);
}

TEST_CASE("Migration 9 keeps the peers and adds what scopes a hub's bundles to each officer", "[migrations][sync]")
{
    test::TempFolder folder;
    const QString peerSite = QStringLiteral("01890000-0000-7000-8000-0000000000aa");
    {
        sql::Connection db(folder.dbPath(), sql::Connection::Mode::ReadWriteCreate);
        db.exec(QStringLiteral("PRAGMA application_id = 1213355080")); // "HRTH"
        db.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        migrate(db, 8);
        db.exec(QStringLiteral("INSERT INTO sync_peers (site_id, name, acked_seq, received_seq, added_at) VALUES "
                               "('%1', 'Sam''s laptop', 4, 7, '2026-01-01T00:00:00.000Z')")
                    .arg(peerSite));
        migrate(db, 9);
        CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM sync_scope")) == 0);
        CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM sync_caseload")) == 0);
    }
    FixedClock clock {test::fixedNow()};
    Store store(folder.dbPath(), Store::OpenMode::Existing, clock);
    const auto peer = SyncRepository(store).peer(peerSite);
    REQUIRE(peer);
    CHECK(peer->name == QStringLiteral("Sam's laptop"));
    CHECK(peer->ackedSeq == 4);
    CHECK(peer->receivedSeq == 7);
    CHECK(peer->officerId.isEmpty()); // learnt from the peer's next bundle
}
