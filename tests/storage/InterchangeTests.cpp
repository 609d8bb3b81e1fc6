#include "Backup.h"
#include "Interchange.h"
#include "StorageFixture.h"
#include "Tables.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace hearth;
using namespace hearth::storage;

namespace {

// A small caseload touching every kind of field.
void fill(test::StorageFixture& f)
{
    Resident resident = f.makeResident();
    resident.dateOfBirth = QDate(1944, 2, 29);
    resident.livesAlone = true;
    resident.previouslyEngaged = false;
    resident.consentToStore = true;
    resident.consentDate = QDate(2026, 10, 1);
    resident.lawfulBasis = QStringLiteral("public_task");
    resident.barriers = {QStringLiteral("transport"), QStringLiteral("cost")};
    resident = f.store.residents().create(resident);
    Contact contact;
    contact.residentId = resident.id;
    contact.contactOn = QDate(2026, 10, 2);
    contact.contactTime = QStringLiteral("14:30");
    contact.durationMinutes = 45;
    contact.type = QStringLiteral("visit");
    contact.note = QStringLiteral("Café visit — talked about the choir. \"Quotes\" and ünïcödé survive.");
    contact.followUpDue = QDate(2026, 10, 9);
    f.store.contacts().add(contact);
    CouncilSettings settings;
    settings.councilName = QStringLiteral("Testshire");
    settings.primaryInstrument = QStringLiteral("swemwbs");
    f.store.saveCouncilSettings(settings);
    f.store.residents().close(resident.id, QDate(2026, 11, 1), QStringLiteral("improved"));
}

} // namespace

TEST_CASE("Every synced table is in the interchange format, parents first", "[interchange]")
{
    QStringList names;
    for (const auto& table : syncedTables()) {
        names.append(table.name);
    }
    CHECK(names.indexOf(QStringLiteral("wards")) < names.indexOf(QStringLiteral("residents")));
    CHECK(names.indexOf(QStringLiteral("residents")) < names.indexOf(QStringLiteral("contacts")));
    CHECK(names.indexOf(QStringLiteral("services")) < names.indexOf(QStringLiteral("referrals")));
    // Each table of the schema that carries sync metadata is exported.
    test::StorageFixture f;
    auto statement = f.store.db().prepare(
        QStringLiteral("SELECT m.name FROM sqlite_schema m WHERE m.type = 'table' AND EXISTS "
                       "(SELECT 1 FROM pragma_table_info(m.name) c WHERE c.name = 'row_version') ORDER BY m.name"));
    QStringList synced;
    while (statement.step()) {
        synced.append(statement.text(0));
    }
    QStringList sortedNames = names;
    sortedNames.sort();
    CHECK(synced == sortedNames);
}

TEST_CASE("Export then import into an empty database gives the same dump", "[interchange]")
{
    test::StorageFixture source;
    fill(source);
    const QByteArray exported = exportJson(source.store);
    const QByteArray dump = dumpJson(source.store);

    test::TempFolder folder;
    FixedClock clock(test::fixedNow().addDays(1));
    Store target(folder.dbPath(), Store::OpenMode::CreateNew, clock);
    const auto summary = importJson(target, exported);
    CHECK(summary.inserted.value(QStringLiteral("residents")) == 1);
    CHECK(summary.inserted.value(QStringLiteral("contacts")) == 1);
    CHECK(dumpJson(target) == dump);
    CHECK(target.councilSettings().primaryInstrument == QStringLiteral("swemwbs"));
    // The imported caseload is searchable and its activity derived.
    ResidentQuery query;
    query.search = QStringLiteral("choir");
    CHECK(target.residents().count(query) == 1);
    CHECK(target.check().isEmpty());
}

TEST_CASE("The dump does not depend on when or where it is taken", "[interchange]")
{
    test::StorageFixture f;
    fill(f);
    const QByteArray first = dumpJson(f.store);
    f.clock.advanceMs(3'600'000);
    f.store.residents().view(f.store.residents().list({}).rows.first().id);
    CHECK(dumpJson(f.store) == first);
    CHECK_FALSE(first.contains("exported_at"));
}

TEST_CASE("A conflicting record stops the import and leaves the database unchanged", "[interchange]")
{
    test::StorageFixture f;
    fill(f);
    QJsonObject document = QJsonDocument::fromJson(exportJson(f.store)).object();
    QJsonObject tables = document.value(QStringLiteral("tables")).toObject();
    QJsonArray residents = tables.value(QStringLiteral("residents")).toArray();
    QJsonObject changed = residents.at(0).toObject();
    changed.insert(QStringLiteral("given_name"), QStringLiteral("Someone else"));
    residents.replace(0, changed);
    tables.insert(QStringLiteral("residents"), residents);
    document.insert(QStringLiteral("tables"), tables);

    const QByteArray before = dumpJson(f.store);
    try {
        importJson(f.store, QJsonDocument(document).toJson());
        FAIL("a conflicting record was imported");
    } catch (const Error& error) {
        CHECK(error.message().startsWith(QStringLiteral("residents[0].id:")));
    }
    CHECK(dumpJson(f.store) == before);
}

TEST_CASE("Import errors name the record and field", "[interchange]")
{
    test::StorageFixture f;
    fill(f);
    const QByteArray exported = exportJson(f.store);
    test::TempFolder folder;
    FixedClock clock(test::fixedNow());
    Store target(folder.dbPath(), Store::OpenMode::CreateNew, clock);
    const QByteArray empty = dumpJson(target);

    const auto expectError = [&](const std::function<void(QJsonObject&)>& damage, const QString& start) {
        QJsonObject document = QJsonDocument::fromJson(exported).object();
        damage(document);
        try {
            importJson(target, QJsonDocument(document).toJson());
            FAIL("a damaged file was imported");
        } catch (const Error& error) {
            CHECK(error.message().startsWith(start));
        }
        CHECK(dumpJson(target) == empty);
    };
    const auto editResident = [](const QString& key, const QJsonValue& value) {
        return [key, value](QJsonObject& document) {
            QJsonObject tables = document.value(QStringLiteral("tables")).toObject();
            QJsonArray rows = tables.value(QStringLiteral("residents")).toArray();
            QJsonObject row = rows.at(0).toObject();
            if (value.isUndefined()) {
                row.remove(key);
            } else {
                row.insert(key, value);
            }
            rows.replace(0, row);
            tables.insert(QStringLiteral("residents"), rows);
            document.insert(QStringLiteral("tables"), tables);
        };
    };
    expectError(editResident(QStringLiteral("identified_on"), QJsonValue::Undefined),
                QStringLiteral("residents[0].identified_on: is required"));
    expectError(editResident(QStringLiteral("lives_alone"), QStringLiteral("yes")),
                QStringLiteral("residents[0].lives_alone: must be true or false"));
    expectError(editResident(QStringLiteral("sex"), QStringLiteral("x")), QStringLiteral("residents[0].sex:"));
    expectError(editResident(QStringLiteral("shoe_size"), 9), QStringLiteral("residents[0].shoe_size: is not a field"));
    expectError(editResident(QStringLiteral("row_version"), 0), QStringLiteral("residents[0].row_version:"));
    expectError([](QJsonObject& document) { document.insert(QStringLiteral("schema_version"), 99); },
                QStringLiteral("schema_version:"));
    expectError(
        [](QJsonObject& document) {
            QJsonObject tables = document.value(QStringLiteral("tables")).toObject();
            tables.insert(QStringLiteral("gossip"), QJsonArray());
            document.insert(QStringLiteral("tables"), tables);
        },
        QStringLiteral("tables.gossip:"));
}

TEST_CASE("A backup restores the database as it was when copied", "[backup]")
{
    test::StorageFixture f;
    fill(f);
    const QByteArray before = dumpJson(f.store);
    const QString copy = f.folder.path(QStringLiteral("copy.db"));
    backupTo(f.store, copy);
    CHECK_THROWS_AS(backupTo(f.store, copy), Error);

    f.store.residents().create(f.makeResident(QStringLiteral("Added"), QStringLiteral("Later")));
    CHECK(dumpJson(f.store) != before);
    restoreFrom(f.store, copy);
    CHECK(dumpJson(f.store) == before);
    CHECK(f.store.check().isEmpty());
    CHECK(f.store.audit().list({{}, {}, {}, QStringLiteral("restore"), 5}).size() == 1);
}

TEST_CASE("An imported measurement is checked against its instrument's options", "[interchange][measures]")
{
    test::StorageFixture f;
    fill(f);
    QJsonObject document = QJsonDocument::fromJson(exportJson(f.store)).object();
    QJsonObject tables = document.value(QStringLiteral("tables")).toObject();
    const QJsonObject resident = tables.value(QStringLiteral("residents")).toArray().at(0).toObject();
    QJsonObject measurement = metaToJson(f.store.newRowMeta());
    measurement.insert(QStringLiteral("id"), QStringLiteral("01890000-0000-7000-8000-0000000000aa"));
    measurement.insert(QStringLiteral("resident_id"), resident.value(QStringLiteral("id")));
    measurement.insert(QStringLiteral("instrument"), QStringLiteral("ucla3"));
    measurement.insert(QStringLiteral("stage"), QStringLiteral("baseline"));
    measurement.insert(QStringLiteral("taken_on"), QStringLiteral("2026-10-02"));
    measurement.insert(QStringLiteral("responses"), QJsonArray {1, 2, 4});
    tables.insert(QStringLiteral("measurements"), QJsonArray {measurement});
    document.insert(QStringLiteral("tables"), tables);

    test::TempFolder folder;
    FixedClock clock(test::fixedNow());
    Store target(folder.dbPath(), Store::OpenMode::CreateNew, clock);
    try {
        importJson(target, QJsonDocument(document).toJson());
        FAIL("an answer outside the instrument's options was imported");
    } catch (const Error& error) {
        CHECK(error.message().startsWith(QStringLiteral("measurements[0].responses[2] (item 3")));
    }
    CHECK(target.residents().count({}) == 0);
}

// Found by the interchange fuzz target (docs/fuzzing.md): 1e300 in a whole-number field was cast
// to an integer (undefined behaviour), and a number past int's range wrapped to a valid-looking one.
TEST_CASE("A whole number out of range is refused, not wrapped", "[interchange][fuzz]")
{
    test::StorageFixture f;
    fill(f);
    const QByteArray exported = exportJson(f.store);
    const auto importWith = [&](const QString& table, const QString& field, const QJsonValue& value) {
        QJsonObject document = QJsonDocument::fromJson(exported).object();
        QJsonObject tables = document.value(QStringLiteral("tables")).toObject();
        QJsonArray rows = tables.value(table).toArray();
        QJsonObject row = rows.at(0).toObject();
        row.insert(field, value);
        rows.replace(0, row);
        tables.insert(table, rows);
        document.insert(QStringLiteral("tables"), tables);
        test::TempFolder folder;
        FixedClock clock(test::fixedNow());
        Store target(folder.dbPath(), Store::OpenMode::CreateNew, clock);
        const QByteArray empty = dumpJson(target);
        QString message;
        try {
            importJson(target, QJsonDocument(document).toJson());
        } catch (const Error& error) {
            message = error.message();
            CHECK(dumpJson(target) == empty);
        }
        return message;
    };
    const QString duration = QStringLiteral("contacts[0].duration_minutes: must be a whole number");
    CHECK(importWith(QStringLiteral("contacts"), QStringLiteral("duration_minutes"), 1e300).startsWith(duration));
    CHECK(importWith(QStringLiteral("contacts"), QStringLiteral("duration_minutes"), -1e300).startsWith(duration));
    CHECK(
        importWith(QStringLiteral("contacts"), QStringLiteral("duration_minutes"), 4294967341.0).startsWith(duration));
    CHECK(importWith(QStringLiteral("contacts"), QStringLiteral("duration_minutes"), 45.5).startsWith(duration));
    // In range, it imports.
    CHECK(importWith(QStringLiteral("contacts"), QStringLiteral("duration_minutes"), 90).isEmpty());

    // An answer of 2^32 + 2 would have wrapped to 2, a valid UCLA-3 answer.
    QJsonObject document = QJsonDocument::fromJson(exported).object();
    QJsonObject tables = document.value(QStringLiteral("tables")).toObject();
    QJsonObject measurement = metaToJson(f.store.newRowMeta());
    measurement.insert(QStringLiteral("id"), QStringLiteral("01890000-0000-7000-8000-0000000000aa"));
    measurement.insert(
        QStringLiteral("resident_id"),
        tables.value(QStringLiteral("residents")).toArray().at(0).toObject().value(QStringLiteral("id")));
    measurement.insert(QStringLiteral("instrument"), QStringLiteral("ucla3"));
    measurement.insert(QStringLiteral("stage"), QStringLiteral("baseline"));
    measurement.insert(QStringLiteral("taken_on"), QStringLiteral("2026-10-02"));
    measurement.insert(QStringLiteral("responses"), QJsonArray {4294967298.0, 2, 2});
    tables.insert(QStringLiteral("measurements"), QJsonArray {measurement});
    document.insert(QStringLiteral("tables"), tables);
    test::TempFolder folder;
    FixedClock clock(test::fixedNow());
    Store target(folder.dbPath(), Store::OpenMode::CreateNew, clock);
    try {
        importJson(target, QJsonDocument(document).toJson());
        FAIL("an answer past int's range was imported");
    } catch (const Error& error) {
        CHECK(error.message().startsWith(
            QStringLiteral("measurements[0].responses: must be a list of whole numbers or nulls")));
    }
    CHECK(target.residents().count({}) == 0);
}
