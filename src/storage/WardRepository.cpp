#include "WardRepository.h"

#include "AuditLog.h"
#include "Store.h"
#include "Tables.h"

namespace hearth::storage {

Ward WardRepository::save(const Ward& ward)
{
    if (const auto errors = ward.validate(); !errors.isEmpty()) {
        throw Error(errors);
    }
    sql::Transaction transaction(m_store.db());
    Ward stored = ward;
    if (const auto held = find(ward.code)) {
        if (held->name == ward.name && !held->meta.isDeleted()) {
            return *held;
        }
        stored.meta = held->meta;
        stored.meta.deletedAt = {};
        m_store.touch(stored.meta);
        updateRow(m_store.db(), wardTable(), stored);
        m_store.audit().record(m_store.actingOfficerId(), QStringLiteral("update"), QStringLiteral("ward"), ward.code,
                               QStringLiteral("ward renamed"));
    } else {
        stored.meta = m_store.newRowMeta();
        insertRow(m_store.db(), wardTable(), stored);
        m_store.audit().record(m_store.actingOfficerId(), QStringLiteral("create"), QStringLiteral("ward"), ward.code,
                               QStringLiteral("ward added"));
    }
    transaction.commit();
    return stored;
}

std::optional<Ward> WardRepository::find(const QString& code)
{
    return findRow(m_store.db(), wardTable(), code);
}

QList<Ward> WardRepository::list()
{
    QList<Ward> wards;
    auto statement =
        m_store.db().prepare(selectSql(wardTable()) + QStringLiteral(" WHERE deleted_at IS NULL ORDER BY name, code"));
    while (statement.step()) {
        wards.append(readRow(wardTable(), statement));
    }
    return wards;
}

} // namespace hearth::storage
