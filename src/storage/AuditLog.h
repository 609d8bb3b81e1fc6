#pragma once

#include "AuditEvent.h"
#include "Clock.h"
#include "Sqlite.h"

#include <QList>

namespace hearth::storage {

// The append-only, hash-chained audit trail. Writes join the caller's transaction, so an action
// and its audit event are stored together or not at all.
class AuditLog
{
public:
    AuditLog(sql::Connection& db, const Clock& clock);

    AuditEvent record(const QString& officerId, const QString& action, const QString& entity, const QString& entityId,
                      const QString& summary);

    struct Filter
    {
        QString entity;
        QString entityId;
        QString officerId;
        QString action;
        int limit = 1000;
    };
    QList<AuditEvent> list(const Filter& filter);

    struct Verification
    {
        bool ok = true;
        qint64 events = 0;
        QString problem; // which event broke the chain, and how
    };
    Verification verify();

private:
    sql::Connection& m_db;
    const Clock& m_clock;
};

} // namespace hearth::storage
