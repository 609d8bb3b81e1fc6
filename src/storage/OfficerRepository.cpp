#include "OfficerRepository.h"

#include <QCoreApplication>

#include "AuditLog.h"
#include "Store.h"
#include "Tables.h"

namespace hearth::storage {

Officer OfficerRepository::add(Officer officer)
{
    officer.id = m_store.ids().next(m_store.clock().nowUtc());
    if (const auto errors = officer.validate(); !errors.isEmpty()) {
        throw Error(errors);
    }
    officer.meta = m_store.newRowMeta();
    sql::Transaction transaction(m_store.db());
    insertRow(m_store.db(), officerTable(), officer);
    m_store.audit().record(m_store.actingOfficerId(), QStringLiteral("create"), QStringLiteral("officer"), officer.id,
                           QStringLiteral("officer added, role %1").arg(officer.role));
    transaction.commit();
    return officer;
}

Officer OfficerRepository::update(const Officer& officer)
{
    auto held = find(officer.id);
    if (!held) {
        throw Error(Error::Kind::NotFound,
                    QCoreApplication::translate("hearth::storage", "id: no officer has the id %1").arg(officer.id));
    }
    if (const auto errors = officer.validate(); !errors.isEmpty()) {
        throw Error(errors);
    }
    Officer changed = officer;
    changed.meta = held->meta;
    if (changed == *held) {
        return changed;
    }
    m_store.touch(changed.meta);
    sql::Transaction transaction(m_store.db());
    updateRow(m_store.db(), officerTable(), changed);
    m_store.audit().record(m_store.actingOfficerId(), QStringLiteral("update"), QStringLiteral("officer"), changed.id,
                           QStringLiteral("officer updated"));
    transaction.commit();
    return changed;
}

void OfficerRepository::deactivate(const QString& id)
{
    auto held = find(id);
    if (!held || held->meta.isDeleted()) {
        throw Error(Error::Kind::NotFound,
                    QCoreApplication::translate("hearth::storage", "id: no active officer has the id %1").arg(id));
    }
    held->meta.deletedAt = m_store.clock().nowUtc();
    m_store.touch(held->meta);
    sql::Transaction transaction(m_store.db());
    updateRow(m_store.db(), officerTable(), *held);
    m_store.audit().record(m_store.actingOfficerId(), QStringLiteral("update"), QStringLiteral("officer"), id,
                           QStringLiteral("officer deactivated"));
    transaction.commit();
}

std::optional<Officer> OfficerRepository::find(const QString& id)
{
    return findRow(m_store.db(), officerTable(), id);
}

std::optional<Officer> OfficerRepository::findByIdOrName(const QString& idOrName)
{
    if (auto byId = find(idOrName)) {
        return byId;
    }
    auto statement = m_store.db().prepare(selectSql(officerTable())
                                          + QStringLiteral(" WHERE display_name = ? AND deleted_at IS NULL LIMIT 2"));
    statement.bind(1, idOrName);
    QList<Officer> matches;
    while (statement.step()) {
        matches.append(readRow(officerTable(), statement));
    }
    return matches.size() == 1 ? std::optional<Officer>(matches.first()) : std::nullopt;
}

QList<Officer> OfficerRepository::list()
{
    QList<Officer> officers;
    auto statement = m_store.db().prepare(selectSql(officerTable())
                                          + QStringLiteral(" WHERE deleted_at IS NULL ORDER BY display_name, id"));
    while (statement.step()) {
        officers.append(readRow(officerTable(), statement));
    }
    return officers;
}

} // namespace hearth::storage
