// Case closure history (schema 12): the migration that builds it from the audit trail, and the
// database keeping it on every write of a resident, in the same transaction.
#include "ClosureHistory.h"
#include "Interchange.h"
#include "Migrations.h"
#include "StorageFixture.h"
#include "SyncRepository.h"
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

// "closed_on..reopened_on reason" of each closure, oldest first ("-" for none).
QStringList episodes(sql::Connection& db, const QString& residentId)
{
    QStringList list;
    for (const auto& closure : caseClosures(db, residentId)) {
        list.append(
            QStringLiteral("%1..%2 %3")
                .arg(closure.closedOn.toString(Qt::ISODate),
                     closure.reopenedOn.isValid() ? closure.reopenedOn.toString(Qt::ISODate) : QStringLiteral("-"),
                     closure.reason.isEmpty() ? QStringLiteral("-") : closure.reason));
    }
    return list;
}

QString residentId(int n)
{
    return QStringLiteral("01890000-0000-7000-8000-%1").arg(n, 12, 10, QLatin1Char('0'));
}

} // namespace

TEST_CASE("Migration 11 builds the closure history from the audit trail and the closed cases", "[migrations]")
{
    test::TempFolder folder;
    {
        sql::Connection db(folder.dbPath(), sql::Connection::Mode::ReadWriteCreate);
        db.exec(QStringLiteral("PRAGMA application_id = 1213355080")); // "HRTH"
        db.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        migrate(db, 10);
        REQUIRE(db.userVersion() == 10);
        db.exec(QStringLiteral("INSERT INTO local_meta VALUES ('site_id', 'site-a')"));
        const QString meta =
            QStringLiteral("'2026-01-01T00:00:00.000Z', '2026-08-01T09:00:00.000Z', NULL, 'site-a', 1, NULL");
        db.exec(QStringLiteral("INSERT INTO wards VALUES ('E05000001', 'Riverside', %1)").arg(meta));
        // 1 closed; 2 closed and reopened; 3 closed, reopened, closed again; 4 closed, reopened, closed
        // again on the same day and reopened again; 5 open and never closed.
        const auto resident = [&](int n, const QString& closure) {
            db.exec(QStringLiteral("INSERT INTO residents (id, ward_code, identified_on, status, closed_on, "
                                   "closure_reason, created_at, updated_at, updated_by, site_id, row_version, "
                                   "deleted_at) VALUES ('%1', 'E05000001', '2025-06-01', %2, %3)")
                        .arg(residentId(n), closure, meta));
        };
        resident(1, QStringLiteral("'closed', '2026-03-10', 'moved_away'"));
        resident(2, QStringLiteral("'open', NULL, NULL"));
        resident(3, QStringLiteral("'closed', '2026-07-20', 'improved'"));
        resident(4, QStringLiteral("'open', NULL, NULL"));
        resident(5, QStringLiteral("'open', NULL, NULL"));
        int sequence = 0;
        const auto event = [&](const QString& at, const QString& action, const QString& id, const QString& text) {
            db.prepare(QStringLiteral("INSERT INTO audit_events (sequence, at, officer_id, action, entity, entity_id, "
                                      "summary, hash) VALUES (?, ?, NULL, ?, 'resident', ?, ?, 'x')"))
                .bind(1, static_cast<qint64>(++sequence))
                .bind(2, at)
                .bind(3, action)
                .bind(4, id)
                .bind(5, text)
                .run();
        };
        event(QStringLiteral("2026-07-01T10:00:00.000Z"), QStringLiteral("reopen"), residentId(2),
              QStringLiteral("case reopened; was closed on 2026-03-10 (moved_away)"));
        event(QStringLiteral("2026-05-02T10:00:00.000Z"), QStringLiteral("reopen"), residentId(3),
              QStringLiteral("case reopened; was closed on 2026-02-01 (declined)"));
        event(QStringLiteral("2026-04-01T10:00:00.000Z"), QStringLiteral("reopen"), residentId(4),
              QStringLiteral("case reopened; was closed on 2026-03-01 (improved)"));
        event(QStringLiteral("2026-04-03T10:00:00.000Z"), QStringLiteral("reopen"), residentId(4),
              QStringLiteral("case reopened; was closed on 2026-03-01 (died)"));
        // Unreadable: a damaged date, another text, a reopen dated before its closure.
        event(QStringLiteral("2026-04-03T10:00:00.000Z"), QStringLiteral("reopen"), residentId(5),
              QStringLiteral("case reopened; was closed on 2026-02-30 (improved)"));
        event(QStringLiteral("2026-04-03T10:00:00.000Z"), QStringLiteral("reopen"), residentId(5),
              QStringLiteral("something else"));
        event(QStringLiteral("2026-01-03T10:00:00.000Z"), QStringLiteral("reopen"), residentId(5),
              QStringLiteral("case reopened; was closed on 2026-02-01 (improved)"));
        // A resident erased since: the event is read but has no resident to belong to.
        event(QStringLiteral("2026-04-03T10:00:00.000Z"), QStringLiteral("reopen"), residentId(9),
              QStringLiteral("case reopened; was closed on 2026-02-01 (improved)"));
        event(QStringLiteral("2026-04-03T10:00:00.000Z"), QStringLiteral("close"), residentId(1),
              QStringLiteral("case closed: moved_away"));

        migrate(db, 12);
        CHECK(episodes(db, residentId(1)) == QStringList {QStringLiteral("2026-03-10..- moved_away")});
        CHECK(episodes(db, residentId(2)) == QStringList {QStringLiteral("2026-03-10..2026-07-01 moved_away")});
        CHECK(episodes(db, residentId(3))
              == QStringList {QStringLiteral("2026-02-01..2026-05-02 declined"),
                              QStringLiteral("2026-07-20..- improved")});
        CHECK(episodes(db, residentId(4)) == QStringList {QStringLiteral("2026-03-01..2026-04-03 died")});
        CHECK(episodes(db, residentId(5)).isEmpty());
        CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM case_closures")) == 5);
        CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM case_closures WHERE site_id = 'site-a'")) == 5);
        CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM sync_dirty WHERE tbl = 'case_closures'")) == 5);
        CHECK(scalar(db, QStringLiteral("SELECT value FROM local_meta WHERE key = 'migration_0011_skipped'")) == 3);
    }
    // Opening the database logs the count once and forgets it.
    FixedClock clock {test::fixedNow()};
    Store store(folder.dbPath(), Store::OpenMode::Existing, clock);
    CHECK(scalar(store.db(), QStringLiteral("SELECT count(*) FROM local_meta WHERE key = 'migration_0011_skipped'"))
          == 0);
    // (Not Store::check: the events above carry no real audit hashes.)
    CHECK(scalar(store.db(), QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")) == 0);
    // The rows are read and checked like any synced table's.
    const QJsonArray rows = [&] {
        for (const auto& table : syncedTables()) {
            if (table.name == QLatin1String("case_closures")) {
                return table.rowsAsJson(store.db());
            }
        }
        return QJsonArray();
    }();
    REQUIRE(rows.size() == 5);
    for (const auto& row : rows) {
        QString problem;
        const auto closure = rowFromJson(caseClosureTable(), row.toObject(), QStringLiteral("row"), &problem);
        REQUIRE(closure);
        CHECK(closure->validate().isEmpty());
    }
}

TEST_CASE("Closing and reopening keep the case's closure history", "[residents][closures]")
{
    test::StorageFixture f;
    const Resident resident = f.store.residents().create(f.makeResident());
    auto& db = f.store.db();
    f.store.residents().close(resident.id, QDate(2026, 10, 20), QStringLiteral("moved_away"));
    CHECK(episodes(db, resident.id) == QStringList {QStringLiteral("2026-10-20..- moved_away")});

    SECTION("reopened on the day of the change, then closed again")
    {
        f.clock.set(QDateTime(QDate(2026, 11, 3), QTime(10, 0), Qt::UTC));
        f.store.residents().reopen(resident.id);
        CHECK(episodes(db, resident.id) == QStringList {QStringLiteral("2026-10-20..2026-11-03 moved_away")});
        f.store.residents().close(resident.id, QDate(2026, 11, 3), QStringLiteral("improved"));
        CHECK(episodes(db, resident.id)
              == QStringList {QStringLiteral("2026-10-20..2026-11-03 moved_away"),
                              QStringLiteral("2026-11-03..- improved")});
        const auto rows = caseClosures(db, resident.id);
        CHECK(rows.first().id == CaseClosure::keyFor(resident.id, QDate(2026, 10, 20)));
        CHECK(rows.first().meta.updatedBy == f.officer.id);
        CHECK(rows.first().meta.siteId == f.store.siteId());
    }
    SECTION("closed again from the same day: the one closure is in force again")
    {
        f.store.residents().reopen(resident.id);
        f.store.residents().close(resident.id, QDate(2026, 10, 20), QStringLiteral("declined"));
        CHECK(episodes(db, resident.id) == QStringList {QStringLiteral("2026-10-20..- declined")});
        CHECK(scalar(db, QStringLiteral("SELECT row_version FROM case_closures")) == 3);
    }
    SECTION("a failed write leaves no history behind")
    {
        f.store.residents().reopen(resident.id);
        {
            sql::Transaction transaction(db);
            f.store.residents().close(resident.id, QDate(2026, 10, 25), QStringLiteral("improved"));
            // not committed
        }
        CHECK(episodes(db, resident.id).size() == 1);
        CHECK_FALSE(f.store.residents().find(resident.id)->isClosed());
    }
}

TEST_CASE("Erasing a resident erases their closure history, with purge markers", "[residents][closures][purge]")
{
    test::StorageFixture f;
    const Resident resident = f.store.residents().create(f.makeResident());
    const Resident other = f.store.residents().create(f.makeResident(QStringLiteral("Ann"), QStringLiteral("Lee")));
    f.store.residents().close(resident.id, QDate(2026, 10, 20), QStringLiteral("moved_away"));
    f.store.residents().reopen(resident.id);
    f.store.residents().close(other.id, QDate(2026, 10, 21), QStringLiteral("improved"));
    SyncRepository repo(f.store);
    repo.capture();
    const auto markers = repo.purge(QStringLiteral("residents"), resident.id, f.clock.nowUtc(), f.store.siteId());
    CHECK(caseClosures(f.store.db(), resident.id).isEmpty());
    CHECK(repo.isPurged(QStringLiteral("case_closures"), CaseClosure::keyFor(resident.id, QDate(2026, 10, 20))));
    CHECK(caseClosures(f.store.db(), other.id).size() == 1);
    CHECK(f.store.check().isEmpty());
}

TEST_CASE("A JSON export keeps the closure history through an import", "[interchange][closures]")
{
    test::StorageFixture source;
    const Resident resident = source.store.residents().create(source.makeResident());
    source.store.residents().close(resident.id, QDate(2026, 10, 20), QStringLiteral("moved_away"));
    source.clock.set(QDateTime(QDate(2026, 11, 3), QTime(10, 0), Qt::UTC));
    source.store.residents().reopen(resident.id);
    source.store.residents().close(resident.id, QDate(2026, 11, 3), QStringLiteral("improved"));
    const QByteArray exported = exportJson(source.store);

    test::TempFolder folder;
    FixedClock clock(test::fixedNow().addDays(1));
    Store target(folder.dbPath(), Store::OpenMode::CreateNew, clock);
    const auto summary = importJson(target, exported);
    CHECK(summary.inserted.value(QStringLiteral("case_closures")) == 2);
    CHECK(caseClosures(target.db(), resident.id) == caseClosures(source.store.db(), resident.id));
    CHECK(dumpJson(target) == dumpJson(source.store));
    CHECK(scalar(target.db(), QStringLiteral("SELECT count(*) FROM local_meta WHERE key = 'closures_paused'")) == 0);

    // A file from before schema 12 has no history: the closed cases of the file get one.
    QJsonObject root = QJsonDocument::fromJson(exported).object();
    QJsonObject tables = root.value(QStringLiteral("tables")).toObject();
    tables.remove(QStringLiteral("case_closures"));
    root.insert(QStringLiteral("tables"), tables);
    test::TempFolder older;
    Store fromOlder(older.dbPath(), Store::OpenMode::CreateNew, clock);
    importJson(fromOlder, QJsonDocument(root).toJson());
    CHECK(episodes(fromOlder.db(), resident.id) == QStringList {QStringLiteral("2026-11-03..- improved")});
}
