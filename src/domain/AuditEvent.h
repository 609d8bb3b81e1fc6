#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace hearth {

// One line of the append-only audit trail: who did what to which record, when. The summary never
// holds personal data (field names, counts and ids only). Each event carries the hash of the one
// before it, so a changed or removed event breaks the chain.
struct AuditEvent
{
    qint64 sequence = 0;
    QDateTime at;
    QString officerId;
    QString action; // vocab::auditActions
    QString entity; // "resident", "contact", "database", …
    QString entityId;
    QString summary;
    QByteArray previousHash; // hex SHA-256; empty for the first event
    QByteArray hash; // hex SHA-256 of previousHash and the fields above

    QByteArray computeHash() const;
    bool operator==(const AuditEvent&) const = default;
};

} // namespace hearth
