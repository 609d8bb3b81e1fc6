#pragma once

#include <QDateTime>
#include <QString>

namespace hearth {

// The sync metadata every synced row carries (design.md § Data model). Repositories fill it;
// sync compares it. row_version counts the changes made to the row, starting at 1.
struct RowMeta
{
    QDateTime createdAt;
    QDateTime updatedAt;
    QString updatedBy; // officer id, or empty for changes made by Hearth itself
    QString siteId; // the database that made the last change
    qint64 rowVersion = 0;
    QDateTime deletedAt; // soft delete: null while the row is live

    bool isDeleted() const { return deletedAt.isValid(); }
    bool operator==(const RowMeta&) const = default;
};

} // namespace hearth
