#include "WardRepository.h"

#include <QCoreApplication>

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

void WardRepository::saveAll(const QList<Ward>& wards)
{
    sql::Transaction transaction(m_store.db());
    for (const Ward& ward : wards) {
        save(ward);
    }
    transaction.commit();
}

int WardRepository::usage(const QString& code)
{
    auto statement = m_store.db().prepare(
        QStringLiteral("SELECT (SELECT count(*) FROM residents WHERE ward_code = ?1 AND deleted_at IS NULL)"
                       " + (SELECT count(*) FROM locations WHERE ward_code = ?1 AND deleted_at IS NULL)"
                       " + (SELECT count(*) FROM services, json_each(services.wards_served)"
                       "    WHERE json_each.value = ?1 AND services.deleted_at IS NULL)"));
    statement.bind(1, code);
    statement.step();
    return static_cast<int>(statement.integer(0));
}

void WardRepository::remove(const QString& code)
{
    sql::Transaction transaction(m_store.db());
    auto held = find(code);
    if (!held || held->meta.isDeleted()) {
        throw Error(Error::Kind::NotFound,
                    QCoreApplication::translate("hearth::storage", "code: there is no ward %1").arg(code));
    }
    if (const int uses = usage(code); uses > 0) {
        throw Error(FieldErrors {
            {QStringLiteral("code"),
             QCoreApplication::translate(
                 "hearth::storage",
                 "ward %1 is still used by %2 resident(s), location(s) or service(s); it cannot be removed")
                 .arg(code)
                 .arg(uses)}});
    }
    held->meta.deletedAt = m_store.clock().nowUtc();
    m_store.touch(held->meta);
    updateRow(m_store.db(), wardTable(), *held);
    m_store.audit().record(m_store.actingOfficerId(), QStringLiteral("delete"), QStringLiteral("ward"), code,
                           QStringLiteral("ward removed"));
    transaction.commit();
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
