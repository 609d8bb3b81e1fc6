#include "BulkWrite.h"
#include "Interchange.h"
#include "StorageFixture.h"
#include "Tables.h"

using namespace hearth;
using namespace hearth::storage;

namespace {

// Writes residents and contacts straight to their tables, as bulk writers do.
void writeRows(test::StorageFixture& f, int residents)
{
    for (int i = 0; i < residents; ++i) {
        Resident resident = f.makeResident(QStringLiteral("Bulk%1").arg(i), QStringLiteral("Family%1").arg(i % 7));
        resident.id = f.store.ids().next(f.clock.nowUtc());
        resident.meta = f.store.newRowMeta();
        insertRow(f.store.db(), residentTable(), resident);
        for (int j = 0; j < 3; ++j) {
            Contact contact;
            contact.id = f.store.ids().next(f.clock.nowUtc());
            contact.residentId = resident.id;
            contact.contactOn = QDate(2026, 10, 1 + j + i % 5);
            contact.type = QStringLiteral("phone");
            contact.note = j == 1 ? QStringLiteral("spoke about the knitting circle %1").arg(i) : QString();
            contact.followUpDue = j == 2 && i % 2 == 0 ? QDate(2026, 11, 1 + i % 20) : QDate();
            contact.meta = f.store.newRowMeta();
            insertRow(f.store.db(), contactTable(), contact);
        }
    }
}

QStringList table(Store& store, const QString& query)
{
    QStringList rows;
    auto statement = store.db().prepare(query);
    while (statement.step()) {
        QStringList cells;
        for (int c = 0; c < statement.columnCount(); ++c) {
            cells.append(statement.text(c));
        }
        rows.append(cells.join(QLatin1Char('|')));
    }
    return rows;
}

const QString kActivity = QStringLiteral("SELECT * FROM resident_activity ORDER BY resident_id");
const QString kSearch = QStringLiteral("SELECT s.entity_id, i.resident_id, i.body FROM search_index i "
                                       "JOIN search_rows s ON s.rowid = i.rowid ORDER BY s.entity_id");

} // namespace

TEST_CASE("A bulk write derives the same search index and activity as row-by-row triggers", "[bulk]")
{
    test::StorageFixture rowByRow;
    test::StorageFixture bulk;
    bulk.store.reseedIds(42);
    rowByRow.store.reseedIds(42);
    {
        sql::Transaction transaction(rowByRow.store.db());
        writeRows(rowByRow, 40);
        transaction.commit();
    }
    {
        sql::Transaction transaction(bulk.store.db());
        BulkWrite write(bulk.store.db());
        writeRows(bulk, 40);
        write.finish();
        transaction.commit();
    }
    CHECK(table(bulk.store, kActivity) == table(rowByRow.store, kActivity));
    CHECK(table(bulk.store, kActivity).size() == 40);
    CHECK(table(bulk.store, kSearch) == table(rowByRow.store, kSearch));
    ResidentQuery query;
    query.search = QStringLiteral("knitting");
    CHECK(bulk.store.residents().count(query) == 40);
    CHECK(bulk.store.check().isEmpty());

    // The triggers are back: a resident registered afterwards is found.
    const Resident later = bulk.store.residents().create(bulk.makeResident(QStringLiteral("Afterwards")));
    query.search = QStringLiteral("afterwards");
    CHECK(bulk.store.residents().list(query).rows.first().id == later.id);
}

TEST_CASE("A bulk write that fails leaves the database and its triggers as they were", "[bulk]")
{
    test::StorageFixture f;
    const QByteArray before = dumpJson(f.store);
    const QStringList triggersBefore =
        table(f.store, QStringLiteral("SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' ORDER BY name"));
    try {
        sql::Transaction transaction(f.store.db());
        BulkWrite write(f.store.db());
        writeRows(f, 5);
        throw std::runtime_error("the file ended early");
    } catch (const std::runtime_error&) {
    }
    CHECK(dumpJson(f.store) == before);
    CHECK(table(f.store, QStringLiteral("SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' ORDER BY name"))
          == triggersBefore);
    CHECK_THROWS_AS(BulkWrite(f.store.db()), sql::Error); // only inside a transaction
}
