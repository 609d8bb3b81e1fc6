#include "AuditEvent.h"

#include "Clock.h"

#include <QCryptographicHash>

namespace hearth {

QByteArray AuditEvent::computeHash() const
{
    QCryptographicHash hasher(QCryptographicHash::Sha256);
    // Length-prefixed fields, so no two different events hash the same text.
    const auto add = [&hasher](const QByteArray& field) {
        hasher.addData(QByteArray::number(field.size()));
        hasher.addData(QByteArrayView(":"));
        hasher.addData(field);
    };
    add(previousHash);
    add(QByteArray::number(sequence));
    add(isoTimestamp(at).toUtf8());
    add(officerId.toUtf8());
    add(action.toUtf8());
    add(entity.toUtf8());
    add(entityId.toUtf8());
    add(summary.toUtf8());
    return hasher.result().toHex();
}

} // namespace hearth
