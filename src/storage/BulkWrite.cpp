#include "BulkWrite.h"

#include "Logging.h"

namespace hearth::storage {

namespace {

// The triggers that keep derived data for new rows; update and delete triggers stay on.
const QStringList kSuspended {QStringLiteral("residents_search_insert"), QStringLiteral("contacts_search_insert"),
                              QStringLiteral("contacts_activity_insert")};

qint64 maxRowid(sql::Connection& db, const QString& table)
{
    auto statement = db.prepare(QStringLiteral("SELECT coalesce(max(rowid), 0) FROM %1").arg(table));
    statement.step();
    return statement.integer(0);
}

} // namespace

BulkWrite::BulkWrite(sql::Connection& db)
    : m_db(db)
{
    if (!db.inTransaction()) {
        throw sql::Error(sql::ErrorKind::Other, 0, QStringLiteral("BulkWrite needs an open transaction"));
    }
    m_residentsBefore = maxRowid(db, QStringLiteral("residents"));
    m_contactsBefore = maxRowid(db, QStringLiteral("contacts"));
    m_searchRowsBefore = maxRowid(db, QStringLiteral("search_rows"));
    for (const auto& name : kSuspended) {
        auto statement =
            db.prepare(QStringLiteral("SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name = ?"));
        statement.bind(1, name);
        if (statement.step()) {
            m_triggers.append({name, statement.text(0)});
        }
    }
    for (const auto& [name, sql] : m_triggers) {
        db.exec(QStringLiteral("DROP TRIGGER %1").arg(name));
    }
}

BulkWrite::~BulkWrite()
{
    if (m_done) {
        return;
    }
    try {
        restoreTriggers();
    } catch (const sql::Error&) {
        storageLog()->error("could not restore the derived-data triggers after a bulk write");
    }
}

void BulkWrite::restoreTriggers()
{
    for (const auto& [name, sql] : m_triggers) {
        auto exists = m_db.prepare(QStringLiteral("SELECT 1 FROM sqlite_schema WHERE type = 'trigger' AND name = ?"));
        exists.bind(1, name);
        if (!exists.step()) {
            m_db.exec(sql);
        }
    }
}

void BulkWrite::finish()
{
    // The same texts and rule as the triggers: the search view of schema 2, the latest-contact view
    // of schema 5.
    auto residents =
        m_db.prepare(QStringLiteral("INSERT INTO search_rows (entity_id) SELECT id FROM residents WHERE rowid > ?"));
    residents.bind(1, m_residentsBefore).run();
    auto contacts = m_db.prepare(QStringLiteral("INSERT INTO search_rows (entity_id) SELECT id FROM contacts "
                                                "WHERE rowid > ? AND note IS NOT NULL AND note <> ''"));
    contacts.bind(1, m_contactsBefore).run();
    auto residentText = m_db.prepare(QStringLiteral(
        "INSERT INTO search_index (rowid, resident_id, body) SELECT s.rowid, t.id, t.body FROM search_rows s "
        "JOIN resident_search_text t ON t.id = s.entity_id WHERE s.rowid > ?"));
    residentText.bind(1, m_searchRowsBefore).run();
    auto noteText = m_db.prepare(QStringLiteral(
        "INSERT INTO search_index (rowid, resident_id, body) SELECT s.rowid, c.resident_id, c.note FROM search_rows s "
        "JOIN contacts c ON c.id = s.entity_id WHERE s.rowid > ?"));
    noteText.bind(1, m_searchRowsBefore).run();
    auto activity = m_db.prepare(
        QStringLiteral("INSERT OR REPLACE INTO resident_activity (resident_id, last_contact_on, next_follow_up_on) "
                       "SELECT resident_id, last_contact_on, next_follow_up_on FROM resident_latest_contact "
                       "WHERE resident_id IN (SELECT resident_id FROM contacts WHERE rowid > ?)"));
    activity.bind(1, m_contactsBefore).run();
    restoreTriggers();
    m_done = true;
}

} // namespace hearth::storage
