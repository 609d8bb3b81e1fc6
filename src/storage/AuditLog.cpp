#include "AuditLog.h"

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

QList<AuditEvent> AuditLog::list(const Filter& filter)
{
    QString sql = QStringLiteral("SELECT ") + kColumns + QStringLiteral(" WHERE 1 = 1");
    QStringList values;
    const auto add = [&](const QString& column, const QString& value) {
        if (!value.isEmpty()) {
            sql += QStringLiteral(" AND %1 = ?").arg(column);
            values.append(value);
        }
    };
    add(QStringLiteral("entity"), filter.entity);
    add(QStringLiteral("entity_id"), filter.entityId);
    add(QStringLiteral("officer_id"), filter.officerId);
    add(QStringLiteral("action"), filter.action);
    sql += QStringLiteral(" ORDER BY sequence DESC LIMIT %1").arg(filter.limit);
    auto statement = m_db.prepare(sql);
    for (int i = 0; i < values.size(); ++i) {
        statement.bind(i + 1, values.at(i));
    }
    QList<AuditEvent> events;
    while (statement.step()) {
        events.append(readEvent(statement));
    }
    return events;
}

AuditLog::Verification AuditLog::verify()
{
    Verification result;
    auto statement = m_db.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" ORDER BY sequence"));
    QByteArray previousHash;
    qint64 expectedSequence = 1;
    while (statement.step()) {
        const AuditEvent event = readEvent(statement);
        ++result.events;
        if (event.sequence != expectedSequence) {
            result.ok = false;
            result.problem = QStringLiteral("event %1 is missing").arg(expectedSequence);
            return result;
        }
        if (event.previousHash != previousHash) {
            result.ok = false;
            result.problem =
                QStringLiteral("event %1 does not follow event %2").arg(event.sequence).arg(expectedSequence - 1);
            return result;
        }
        if (event.computeHash() != event.hash) {
            result.ok = false;
            result.problem = QStringLiteral("event %1 has been changed").arg(event.sequence);
            return result;
        }
        previousHash = event.hash;
        ++expectedSequence;
    }
    return result;
}

} // namespace hearth::storage
