#pragma once

#include "AuditEvent.h"
#include "Clock.h"
#include "Sqlite.h"

#include <QDate>
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

    // All set fields must match. Filtering, counting and paging happen in SQL, so a page of a
    // trail of hundreds of thousands of events costs no more than the page.
    struct Filter
    {
        QString entity;
        QString entityId;
        QString officerId;
        QString action;
        int limit = 1000;
        // Events about this resident and about their contacts, measurements and referrals.
        QString residentId {};
        QDate from {}; // inclusive, by the event's UTC date
        QDate to {}; // inclusive
        qint64 offset = 0; // events skipped, newest first
    };
    QList<AuditEvent> list(const Filter& filter);
    qint64 count(const Filter& filter);
    // Whether any event names this resident (for a resident since erased).
    bool mentionsResident(const QString& residentId);

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
