#include "AuditLog.h"
#include "AuditVerification.h"

#include <algorithm>

#include <QCoreApplication>

namespace hearth::storage {

namespace {

AuditEvent readEvent(const sql::Statement& statement)
{
    AuditEvent event;
    event.sequence = statement.integer(0);
    event.at = parseIsoTimestamp(statement.text(1));
    event.officerId = statement.text(2);
    event.action = statement.text(3);
    event.entity = statement.text(4);
    event.entityId = statement.text(5);
    event.summary = statement.text(6);
    event.previousHash = statement.text(7).toLatin1();
    event.hash = statement.text(8).toLatin1();
    return event;
}

const QString kColumns = QStringLiteral(
    "sequence, at, officer_id, action, entity, entity_id, summary, previous_hash, hash FROM audit_events");

} // namespace

AuditLog::AuditLog(sql::Connection& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
{
}

AuditEvent AuditLog::record(const QString& officerId, const QString& action, const QString& entity,
                            const QString& entityId, const QString& summary)
{
    AuditEvent event;
    auto& last = m_db.cached(QStringLiteral("SELECT sequence, hash FROM audit_events ORDER BY sequence DESC LIMIT 1"));
    if (last.step()) {
        event.sequence = last.integer(0) + 1;
        event.previousHash = last.text(1).toLatin1();
    } else {
        event.sequence = 1;
    }
    last.reset();
    event.at = m_clock.nowUtc();
    event.officerId = officerId;
    event.action = action;
    event.entity = entity;
    event.entityId = entityId;
    event.summary = summary;
    event.hash = event.computeHash();

    auto& insert = m_db.cached(QStringLiteral("INSERT INTO audit_events (sequence, at, officer_id, action, entity, "
                                              "entity_id, summary, previous_hash, hash) VALUES (?,?,?,?,?,?,?,?,?)"));
    insert.bind(1, event.sequence)
        .bind(2, isoTimestamp(event.at))
        .bind(3, officerId)
        .bind(4, action)
        .bind(5, entity)
        .bind(6, entityId)
        .bindText(7, summary)
        .bindText(8, QString::fromLatin1(event.previousHash))
        .bindText(9, QString::fromLatin1(event.hash))
        .run();
    return event;
}

namespace {

// The WHERE clause for a filter and the values it binds, in order.
struct Where
{
    QString sql = QStringLiteral(" WHERE 1 = 1");
    QStringList values;
};

Where whereFor(const AuditLog::Filter& filter)
{
    Where where;
    const auto add = [&](const QString& column, const QString& value) {
        if (!value.isEmpty()) {
            where.sql += QStringLiteral(" AND %1 = ?").arg(column);
            where.values.append(value);
        }
    };
    add(QStringLiteral("entity"), filter.entity);
    add(QStringLiteral("entity_id"), filter.entityId);
    add(QStringLiteral("officer_id"), filter.officerId);
    add(QStringLiteral("action"), filter.action);
    if (!filter.residentId.isEmpty()) {
        // The resident's own events, and those of the rows that belong to them (entity names as
        // the repositories write them, and table names as sync conflict decisions write them).
        where.sql += QStringLiteral(
            " AND ((entity IN ('resident', 'residents') AND entity_id = ?)"
            " OR (entity IN ('contact', 'contacts') AND entity_id IN (SELECT id FROM contacts WHERE resident_id = ?))"
            " OR (entity IN ('measurement', 'measurements')"
            " AND entity_id IN (SELECT id FROM measurements WHERE resident_id = ?))"
            " OR (entity IN ('referral', 'referrals') AND entity_id IN (SELECT id FROM referrals WHERE resident_id = "
            "?)))");
        for (int i = 0; i < 4; ++i) {
            where.values.append(filter.residentId);
        }
    }
    if (filter.from.isValid()) {
        where.sql += QStringLiteral(" AND at >= ?");
        where.values.append(filter.from.toString(Qt::ISODate));
    }
    if (filter.to.isValid()) {
        where.sql += QStringLiteral(" AND at < ?");
        where.values.append(filter.to.addDays(1).toString(Qt::ISODate));
    }
    return where;
}

} // namespace

QList<AuditEvent> AuditLog::list(const Filter& filter)
{
    const Where where = whereFor(filter);
    const QString sql = QStringLiteral("SELECT ") + kColumns + where.sql
        + QStringLiteral(" ORDER BY sequence DESC LIMIT %1 OFFSET %2").arg(filter.limit).arg(filter.offset);
    auto statement = m_db.prepare(sql);
    for (int i = 0; i < where.values.size(); ++i) {
        statement.bind(i + 1, where.values.at(i));
    }
    QList<AuditEvent> events;
    while (statement.step()) {
        events.append(readEvent(statement));
    }
    return events;
}

qint64 AuditLog::count(const Filter& filter)
{
    const Where where = whereFor(filter);
    auto statement = m_db.prepare(QStringLiteral("SELECT count(*) FROM audit_events") + where.sql);
    for (int i = 0; i < where.values.size(); ++i) {
        statement.bind(i + 1, where.values.at(i));
    }
    statement.step();
    return statement.integer(0);
}

bool AuditLog::mentionsResident(const QString& residentId)
{
    auto& statement = m_db.cached(QStringLiteral(
        "SELECT 1 FROM audit_events WHERE entity IN ('resident', 'residents') AND entity_id = ? LIMIT 1"));
    statement.bind(1, residentId);
    const bool found = statement.step();
    statement.reset();
    return found;
}

AuditLog::Verification AuditLog::verify()
{
    return verifyAuditChain(m_db, {});
}

AuditLog::Verification verifyAuditChain(sql::Connection& db,
                                        const std::function<void(qint64 done, qint64 total)>& progress)
{
    AuditLog::Verification result;
    qint64 total = 0;
    if (progress) {
        auto counting = db.prepare(QStringLiteral("SELECT count(*) FROM audit_events"));
        if (counting.step()) {
            total = counting.integer(0);
        }
        progress(0, total);
    }
    auto statement = db.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" ORDER BY sequence"));
    QByteArray previousHash;
    qint64 expectedSequence = 1;
    while (statement.step()) {
        const AuditEvent event = readEvent(statement);
        ++result.events;
        if (event.sequence != expectedSequence) {
            result.ok = false;
            result.problem =
                QCoreApplication::translate("hearth::storage", "event %1 is missing").arg(expectedSequence);
            return result;
        }
        if (event.previousHash != previousHash) {
            result.ok = false;
            result.problem = QCoreApplication::translate("hearth::storage", "event %1 does not follow event %2")
                                 .arg(event.sequence)
                                 .arg(expectedSequence - 1);
            return result;
        }
        if (event.computeHash() != event.hash) {
            result.ok = false;
            result.problem =
                QCoreApplication::translate("hearth::storage", "event %1 has been changed").arg(event.sequence);
            return result;
        }
        previousHash = event.hash;
        ++expectedSequence;
        if (progress && result.events % 2000 == 0) {
            progress(result.events, std::max(total, result.events));
        }
    }
    return result;
}

} // namespace hearth::storage
