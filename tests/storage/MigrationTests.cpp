#include "Migrations.h"
#include "StorageFixture.h"

#include <QFileInfo>

using namespace hearth;
using namespace hearth::storage;

namespace {

qint64 scalar(sql::Connection& db, const QString& query)
{
    auto statement = db.prepare(query);
    REQUIRE(statement.step());
    return statement.integer(0);
}

// A database migrated only up to `version`, as an older Hearth would have left it.
std::unique_ptr<sql::Connection> databaseAt(const QString& path, int version)
{
    auto db = std::make_unique<sql::Connection>(path, sql::Connection::Mode::ReadWriteCreate);
    db->exec(QStringLiteral("PRAGMA application_id = 1213355080")); // "HRTH"
    db->exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    migrate(*db, version);
    REQUIRE(db->userVersion() == version);
    return db;
}

const QString kMeta = QStringLiteral("'2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', NULL, 'site', 1, NULL");

void insertSchema1Caseload(sql::Connection& db)
{
    db.exec(QStringLiteral("INSERT INTO wards VALUES ('E05000001', 'Riverside', %1)").arg(kMeta));
    db.exec(QStringLiteral("INSERT INTO residents (id, given_name, family_name, postcode, phone, ward_code, "
                           "identified_on, created_at, updated_at, updated_by, site_id, row_version, deleted_at) "
                           "VALUES ('01890000-0000-7000-8000-000000000001', 'Mabel', 'Okafor', 'AB1 2CD', "
                           "'07700 900123', 'E05000001', '2026-01-01', %1)")
                .arg(kMeta));
    db.exec(QStringLiteral("INSERT INTO contacts (id, resident_id, contact_on, type, note, follow_up_due, created_at, "
                           "updated_at, updated_by, site_id, row_version, deleted_at) VALUES "
                           "('01890000-0000-7000-8000-000000000002', '01890000-0000-7000-8000-000000000001', "
                           "'2026-01-02', 'phone', 'Talked about the lunch club', '2026-01-09', %1)")
                .arg(kMeta));
}

} // namespace

TEST_CASE("Migrations are numbered 1..N with no gaps", "[migrations]")
{
    const auto& all = migrations();
    REQUIRE(all.size() >= 4);
    for (qsizetype i = 0; i < all.size(); ++i) {
        CHECK(all.at(i).version == i + 1);
        CHECK_FALSE(all.at(i).sql.isEmpty());
    }
    CHECK(latestSchemaVersion() == all.last().version);
}

TEST_CASE("Migration 1 creates the caseload tables in an empty file", "[migrations]")
{
    test::TempFolder folder;
    auto db = databaseAt(folder.dbPath(), 1);
    for (const char* table : {"local_meta", "settings", "officers", "wards", "residents", "contacts", "audit_events",
                              "resident_activity"}) {
        CAPTURE(table);
        CHECK(scalar(*db,
                     QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = '%1'").arg(QLatin1String(table)))
              == 1);
    }
    insertSchema1Caseload(*db);
    // The activity trigger of schema 1 tracks the last contact and its follow-up.
    auto activity = db->prepare(QStringLiteral("SELECT last_contact_on, next_follow_up_on FROM resident_activity"));
    REQUIRE(activity.step());
    CHECK(activity.text(0) == QStringLiteral("2026-01-02"));
    CHECK(activity.text(1) == QStringLiteral("2026-01-09"));
}

TEST_CASE("Migration 2 indexes residents and notes that schema 1 already held", "[migrations]")
{
    test::TempFolder folder;
    auto db = databaseAt(folder.dbPath(), 1);
    insertSchema1Caseload(*db);
    migrate(*db, 2);
    CHECK(db->userVersion() == 2);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM search_index WHERE search_index MATCH 'okafor'")) == 1);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM search_index WHERE search_index MATCH 'lunch'")) == 1);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM search_index WHERE search_index MATCH '07700900123'")) == 1);
}

TEST_CASE("Migration 3 keeps the caseload and adds measures, directory and referrals", "[migrations]")
{
    test::TempFolder folder;
    auto db = databaseAt(folder.dbPath(), 2);
    insertSchema1Caseload(*db);
    migrate(*db, 3);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM residents")) == 1);
    db->exec(QStringLiteral("INSERT INTO measurements (id, resident_id, instrument, stage, taken_on, responses, "
                            "created_at, updated_at, updated_by, site_id, row_version, deleted_at) VALUES ('m1', "
                            "'01890000-0000-7000-8000-000000000001', 'ucla3', 'baseline', '2026-01-02', '[2,2,3]', %1)")
                 .arg(kMeta));
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM measurements")) == 1);
    // A measurement of a resident who does not exist is refused.
    CHECK_THROWS_AS(db->exec(QStringLiteral("INSERT INTO measurements (id, resident_id, instrument, stage, taken_on, "
                                            "responses, created_at, updated_at, updated_by, site_id, row_version, "
                                            "deleted_at) VALUES ('m2', 'nobody', 'ucla3', 'baseline', '2026-01-02', "
                                            "'[1,1,1]', %1)")
                                 .arg(kMeta)),
                    sql::Error);
    for (const char* table : {"organisations", "services", "locations", "service_locations", "schedules",
                              "taxonomy_terms", "referrals", "referral_events"}) {
        CAPTURE(table);
        CHECK(scalar(*db,
                     QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = '%1'").arg(QLatin1String(table)))
              == 1);
    }
}

TEST_CASE("Migration 4 keeps earlier data and adds the action plan", "[migrations]")
{
    test::TempFolder folder;
    auto db = databaseAt(folder.dbPath(), 3);
    insertSchema1Caseload(*db);
    migrate(*db, 4);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM contacts")) == 1);
    db->exec(QStringLiteral("INSERT INTO strategies VALUES ('s1', 'Tackling loneliness 2026-2029', '2026-04-01', "
                            "'2029-03-31', %1)")
                 .arg(kMeta));
    db->exec(QStringLiteral("INSERT INTO priorities VALUES ('p1', 's1', 1, 'Raise awareness', NULL, %1)").arg(kMeta));
    db->exec(QStringLiteral("INSERT INTO action_items (id, priority_id, title, status, percent_complete, created_at, "
                            "updated_at, updated_by, site_id, row_version, deleted_at) VALUES ('a1', 'p1', "
                            "'Launch campaign', 'on_track', 40, %1)")
                 .arg(kMeta));
    CHECK_THROWS_AS(db->exec(QStringLiteral("UPDATE action_items SET percent_complete = 140 WHERE id = 'a1'")),
                    sql::Error);
}

TEST_CASE("All pending migrations apply in one transaction at open", "[migrations]")
{
    test::TempFolder folder;
    {
        auto db = databaseAt(folder.dbPath(), 1);
        insertSchema1Caseload(*db);
    }
    FixedClock clock(test::fixedNow());
    Store store(folder.dbPath(), Store::OpenMode::Existing, clock);
    CHECK(store.db().userVersion() == latestSchemaVersion());
    CHECK(store.residents().find(QStringLiteral("01890000-0000-7000-8000-000000000001")));
    CHECK(store.check().isEmpty());
}

TEST_CASE("A database from a newer Hearth is refused, not changed", "[migrations]")
{
    test::TempFolder folder;
    {
        auto db = databaseAt(folder.dbPath(), latestSchemaVersion());
        db->setUserVersion(latestSchemaVersion() + 1);
    }
    FixedClock clock(test::fixedNow());
    try {
        Store store(folder.dbPath(), Store::OpenMode::Existing, clock);
        FAIL("a newer schema was opened");
    } catch (const Error& error) {
        CHECK(error.kind() == Error::Kind::NewerSchema);
        CHECK(error.message().contains(QStringLiteral("newer Hearth")));
    }
    sql::Connection db(folder.dbPath(), sql::Connection::Mode::ReadOnly);
    CHECK(db.userVersion() == latestSchemaVersion() + 1);
}

TEST_CASE("Files that are not Hearth databases are refused with a clear message", "[migrations]")
{
    test::TempFolder folder;
    FixedClock clock(test::fixedNow());

    SECTION("a text file")
    {
        QFile file(folder.path(QStringLiteral("notes.txt")));
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("This is not a database, just some notes about residents.\n").repeated(100));
        file.close();
        try {
            Store store(file.fileName(), Store::OpenMode::Existing, clock);
            FAIL("a text file was opened");
        } catch (const Error& error) {
            CHECK(error.kind() == Error::Kind::NotHearth);
        }
    }
    SECTION("another program's SQLite database")
    {
        {
            sql::Connection other(folder.path(QStringLiteral("other.db")), sql::Connection::Mode::ReadWriteCreate);
            other.exec(QStringLiteral("CREATE TABLE t (x); PRAGMA user_version = 3"));
        }
        try {
            Store store(folder.path(QStringLiteral("other.db")), Store::OpenMode::Existing, clock);
            FAIL("another program's database was opened");
        } catch (const Error& error) {
            CHECK(error.kind() == Error::Kind::NotHearth);
        }
    }
    SECTION("a missing file")
    {
        try {
            Store store(folder.path(QStringLiteral("missing.db")), Store::OpenMode::Existing, clock);
            FAIL("a missing file was opened");
        } catch (const Error& error) {
            CHECK(error.kind() == Error::Kind::CannotOpen);
            CHECK_FALSE(QFile::exists(folder.path(QStringLiteral("missing.db"))));
        }
    }
}

TEST_CASE("An empty file or a version-0 database is not opened as an existing Hearth database", "[migrations]")
{
    test::TempFolder folder;
    FixedClock clock(test::fixedNow());
    const QString empty = folder.path(QStringLiteral("empty.db"));
    {
        QFile file(empty);
        REQUIRE(file.open(QIODevice::WriteOnly));
    }
    try {
        Store store(empty, Store::OpenMode::Existing, clock);
        FAIL("an empty file was opened as a Hearth database");
    } catch (const Error& error) {
        CHECK(error.kind() == Error::Kind::NotHearth);
    }
    CHECK(QFileInfo(empty).size() == 0);
    // Creating one in that file on purpose still works.
    Store created(empty, Store::OpenMode::CreateIfMissing, clock);
    CHECK(created.schemaVersion() == latestSchemaVersion());
}

TEST_CASE("Migration 5 restates the latest-contact rule as a view and keeps the activity current", "[migrations]")
{
    test::TempFolder folder;
    auto db = databaseAt(folder.dbPath(), 4);
    insertSchema1Caseload(*db);
    migrate(*db, 5);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'residents_live'")) == 1);
    // The activity derived under schema 1 is still there, and the new triggers keep it.
    db->exec(QStringLiteral("INSERT INTO contacts (id, resident_id, contact_on, type, follow_up_due, created_at, "
                            "updated_at, updated_by, site_id, row_version, deleted_at) VALUES ('c2', "
                            "'01890000-0000-7000-8000-000000000001', '2026-01-05', 'phone', NULL, %1)")
                 .arg(kMeta));
    auto activity = db->prepare(QStringLiteral("SELECT last_contact_on, next_follow_up_on FROM resident_activity"));
    REQUIRE(activity.step());
    CHECK(activity.text(0) == QStringLiteral("2026-01-05"));
    CHECK(activity.isNull(1));
    activity.reset();
    db->exec(QStringLiteral("DELETE FROM contacts WHERE id = 'c2'"));
    REQUIRE(activity.step());
    CHECK(activity.text(0) == QStringLiteral("2026-01-02"));
    CHECK(activity.text(1) == QStringLiteral("2026-01-09"));
}

TEST_CASE("Migration 7 adds the KPI indexes and the KPI queries use them", "[migrations]")
{
    test::TempFolder folder;
    auto db = databaseAt(folder.dbPath(), 6);
    insertSchema1Caseload(*db);
    migrate(*db, 7);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM contacts")) == 1);
    CHECK(scalar(*db,
                 QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND name IN "
                                "('contacts_kpi', 'measurements_kpi')"))
          == 2);
    // The planner reads a quarter's live contacts from the partial index alone.
    auto plan = db->prepare(
        QStringLiteral("EXPLAIN QUERY PLAN SELECT DISTINCT resident_id FROM contacts WHERE contact_on BETWEEN ? AND ? "
                       "AND deleted_at IS NULL AND corrects_contact_id IS NULL"));
    QString detail;
    while (plan.step()) {
        detail += plan.text(3) + QLatin1Char('\n');
    }
    CHECK(detail.contains(QStringLiteral("contacts_kpi")));
}

TEST_CASE("Migration 8 lists open cases by name from an index, without sorting", "[migrations]")
{
    test::TempFolder folder;
    auto db = databaseAt(folder.dbPath(), 7);
    insertSchema1Caseload(*db);
    migrate(*db, 8);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM residents")) == 1);
    auto plan = db->prepare(QStringLiteral(
        "EXPLAIN QUERY PLAN SELECT r.id FROM residents r WHERE r.deleted_at IS NULL AND r.status = 'open' "
        "ORDER BY r.family_name COLLATE NOCASE DESC, r.given_name COLLATE NOCASE DESC, r.id DESC"));
    QString detail;
    while (plan.step()) {
        detail += plan.text(3) + QLatin1Char('\n');
    }
    CHECK(detail.contains(QStringLiteral("residents_list_by_name")));
    CHECK_FALSE(detail.contains(QStringLiteral("TEMP B-TREE")));
}

TEST_CASE("Migration 10 keeps notes append-only but lets a closed case's notes be erased", "[migrations]")
{
    test::TempFolder folder;
    auto db = databaseAt(folder.dbPath(), 9);
    insertSchema1Caseload(*db);
    migrate(*db, 10);
    const QString note = QStringLiteral("SELECT count(*) FROM contacts WHERE note = 'Talked about the lunch club'");
    CHECK(scalar(*db, note) == 1);
    const QString erase = QStringLiteral("UPDATE contacts SET note = NULL");
    // Open case: no change of any kind.
    CHECK_THROWS(db->exec(QStringLiteral("UPDATE contacts SET note = 'Something else'")));
    CHECK_THROWS(db->exec(erase));
    CHECK(scalar(*db, note) == 1);
    // Closed case: erased, and gone from the search index; still never rewritten.
    db->exec(QStringLiteral("UPDATE residents SET status = 'closed', closed_on = '2026-02-01', "
                            "closure_reason = 'improved'"));
    CHECK_THROWS(db->exec(QStringLiteral("UPDATE contacts SET note = 'Something else'")));
    CHECK(scalar(*db,
                 QStringLiteral("SELECT count(*) FROM search_rows WHERE entity_id = "
                                "'01890000-0000-7000-8000-000000000002'"))
          == 1);
    db->exec(erase);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM contacts WHERE note IS NULL")) == 1);
    CHECK(scalar(*db,
                 QStringLiteral("SELECT count(*) FROM search_rows WHERE entity_id = "
                                "'01890000-0000-7000-8000-000000000002'"))
          == 0);
}

TEST_CASE("Migration 11 sorts the caseload by any column from one index, without reading residents' rows",
          "[migrations]")
{
    test::TempFolder folder;
    auto db = databaseAt(folder.dbPath(), 10);
    insertSchema1Caseload(*db);
    migrate(*db, 11);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM residents")) == 1);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'residents_list_by_name'")) == 0);
    const auto planOf = [&](const QString& order) {
        // As ResidentRepository::listIds asks it.
        auto plan = db->prepare(QStringLiteral("EXPLAIN QUERY PLAN SELECT r.id FROM residents r INDEXED BY "
                                               "residents_caseload LEFT JOIN wards w ON w.code = r.ward_code "
                                               "WHERE r.deleted_at IS NULL AND r.status = 'open' ORDER BY ")
                                + order);
        QString detail;
        while (plan.step()) {
            detail += plan.text(3) + QLatin1Char('\n');
        }
        return detail;
    };
    const QString byName = QStringLiteral("r.family_name COLLATE NOCASE, r.given_name COLLATE NOCASE, r.id");
    // By name: read in order, no sort.
    CHECK(planOf(byName).contains(QStringLiteral("COVERING INDEX residents_caseload")));
    CHECK_FALSE(planOf(byName).contains(QStringLiteral("TEMP B-TREE")));
    // By any other key of the row: one sort, but from the index alone.
    for (const QString& key : {QStringLiteral("w.name"), QStringLiteral("r.target_groups"),
                               QStringLiteral("r.assigned_officer_id"), QStringLiteral("r.identified_on"),
                               QStringLiteral("(r.crisis_since IS NULL AND r.safeguarding_since IS NULL)")}) {
        INFO(key.toStdString());
        CHECK(
            planOf(key + QStringLiteral(", ") + byName).contains(QStringLiteral("COVERING INDEX residents_caseload")));
    }
}
