#include "ActionPlanRepository.h"

#include <QCoreApplication>

#include "AuditLog.h"
#include "OfficerRepository.h"
#include "Store.h"
#include "Tables.h"

#include <algorithm>

namespace hearth::storage {

void checkCompletePercent(const QString& status, int percent, bool forceComplete)
{
    if (status == QLatin1String("complete") && percent < 100 && !forceComplete) {
        throw Error({{QStringLiteral("percent_complete"),
                      QCoreApplication::translate(
                          "hearth::storage",
                          "is %1 but the status is complete: give 100 percent, or confirm that the item "
                          "is complete anyway")
                          .arg(percent)}});
    }
}

Strategy ActionPlanRepository::addStrategy(Strategy strategy)
{
    strategy.id = m_store.ids().next(m_store.clock().nowUtc());
    if (const auto errors = strategy.validate(); !errors.isEmpty()) {
        throw Error(errors);
    }
    strategy.meta = m_store.newRowMeta();
    sql::Transaction transaction(m_store.db());
    insertRow(m_store.db(), strategyTable(), strategy);
    m_store.audit().record(m_store.actingOfficerId(), QStringLiteral("create"), QStringLiteral("strategy"), strategy.id,
                           QStringLiteral("strategy added"));
    transaction.commit();
    return strategy;
}

Priority ActionPlanRepository::addPriority(Priority priority)
{
    priority.id = m_store.ids().next(m_store.clock().nowUtc());
    if (const auto errors = priority.validate(); !errors.isEmpty()) {
        throw Error(errors);
    }
    if (!findStrategy(priority.strategyId)) {
        throw Error(
            {{QStringLiteral("strategy"),
              QCoreApplication::translate("hearth::storage", "no strategy has the id %1").arg(priority.strategyId)}});
    }
    if (priority.position <= 0) {
        int last = 0;
        for (const auto& held : priorities(priority.strategyId)) {
            last = std::max(last, held.position);
        }
        priority.position = last + 1;
    }
    priority.meta = m_store.newRowMeta();
    sql::Transaction transaction(m_store.db());
    insertRow(m_store.db(), priorityTable(), priority);
    m_store.audit().record(m_store.actingOfficerId(), QStringLiteral("create"), QStringLiteral("priority"), priority.id,
                           QStringLiteral("priority added to strategy %1").arg(priority.strategyId));
    transaction.commit();
    return priority;
}

void ActionPlanRepository::checkLead(const ActionItem& item)
{
    if (!item.leadOfficerId.isEmpty() && !m_store.officers().find(item.leadOfficerId)) {
        throw Error(
            {{QStringLiteral("lead"),
              QCoreApplication::translate("hearth::storage", "no officer has the id %1").arg(item.leadOfficerId)}});
    }
}

void ActionPlanRepository::checkPriority(const ActionItem& item)
{
    if (!findPriority(item.priorityId)) {
        throw Error(
            {{QStringLiteral("priority"),
              QCoreApplication::translate("hearth::storage", "no priority has the id %1").arg(item.priorityId)}});
    }
}

ActionItem ActionPlanRepository::addItem(ActionItem item, bool forceComplete)
{
    item.id = m_store.ids().next(m_store.clock().nowUtc());
    if (const auto errors = item.validate(); !errors.isEmpty()) {
        throw Error(errors);
    }
    checkCompletePercent(item.status, item.percentComplete, forceComplete);
    checkPriority(item);
    checkLead(item);
    item.meta = m_store.newRowMeta();
    sql::Transaction transaction(m_store.db());
    insertRow(m_store.db(), actionItemTable(), item);
    m_store.audit().record(
        m_store.actingOfficerId(), QStringLiteral("create"), QStringLiteral("action_item"), item.id,
        QStringLiteral("action item added to priority %1, status %2").arg(item.priorityId, item.status));
    transaction.commit();
    return item;
}

ActionItem ActionPlanRepository::updateItem(const ActionItem& item)
{
    const auto held = findItem(item.id);
    if (!held) {
        throw Error(Error::Kind::NotFound,
                    QCoreApplication::translate("hearth::storage", "item: no action item has the id %1").arg(item.id));
    }
    ActionItem changed = item;
    changed.status = held->status;
    changed.percentComplete = held->percentComplete;
    changed.meta = held->meta;
    if (const auto errors = changed.validate(); !errors.isEmpty()) {
        throw Error(errors);
    }
    checkPriority(changed);
    checkLead(changed);
    m_store.touch(changed.meta);
    sql::Transaction transaction(m_store.db());
    updateRow(m_store.db(), actionItemTable(), changed);
    m_store.audit().record(m_store.actingOfficerId(), QStringLiteral("update"), QStringLiteral("action_item"),
                           changed.id, QStringLiteral("action item updated"));
    transaction.commit();
    return changed;
}

ActionUpdate ActionPlanRepository::recordUpdate(ActionUpdate update, bool forceComplete)
{
    update.id = m_store.ids().next(m_store.clock().nowUtc());
    if (update.officerId.isEmpty()) {
        update.officerId = m_store.actingOfficerId();
    }
    if (const auto errors = update.validate(m_store.clock().today()); !errors.isEmpty()) {
        throw Error(errors);
    }
    checkCompletePercent(update.status, update.percentComplete, forceComplete);
    auto item = findItem(update.itemId);
    if (!item) {
        throw Error(
            Error::Kind::NotFound,
            QCoreApplication::translate("hearth::storage", "item: no action item has the id %1").arg(update.itemId));
    }
    if (!update.officerId.isEmpty() && !m_store.officers().find(update.officerId)) {
        throw Error(
            {{QStringLiteral("officer"),
              QCoreApplication::translate("hearth::storage", "no officer has the id %1").arg(update.officerId)}});
    }
    update.meta = m_store.newRowMeta();
    sql::Transaction transaction(m_store.db());
    insertRow(m_store.db(), actionUpdateTable(), update);
    const QList<ActionUpdate> history = updates(item->id);
    const ActionUpdate& latest = history.last(); // by date, then as recorded: a back-dated entry is not the latest
    if (item->status != latest.status || item->percentComplete != latest.percentComplete) {
        item->status = latest.status;
        item->percentComplete = latest.percentComplete;
        m_store.touch(item->meta);
        updateRow(m_store.db(), actionItemTable(), *item);
    }
    m_store.audit().record(m_store.actingOfficerId(), QStringLiteral("create"), QStringLiteral("action_update"),
                           update.id,
                           QStringLiteral("progress update on action item %1 dated %2, status %3; item now %4")
                               .arg(item->id, update.updateOn.toString(Qt::ISODate), update.status, item->status));
    transaction.commit();
    return update;
}

std::optional<Strategy> ActionPlanRepository::findStrategy(const QString& id)
{
    auto row = findRow(m_store.db(), strategyTable(), id);
    return row && !row->meta.isDeleted() ? row : std::nullopt;
}

std::optional<Priority> ActionPlanRepository::findPriority(const QString& id)
{
    auto row = findRow(m_store.db(), priorityTable(), id);
    return row && !row->meta.isDeleted() ? row : std::nullopt;
}

std::optional<ActionItem> ActionPlanRepository::findItem(const QString& id)
{
    auto row = findRow(m_store.db(), actionItemTable(), id);
    return row && !row->meta.isDeleted() ? row : std::nullopt;
}

QList<Strategy> ActionPlanRepository::strategies()
{
    QList<Strategy> rows;
    auto statement = m_store.db().prepare(
        selectSql(strategyTable()) + QStringLiteral(" WHERE deleted_at IS NULL ORDER BY period_from, title, id"));
    while (statement.step()) {
        rows.append(readRow(strategyTable(), statement));
    }
    return rows;
}

QList<Priority> ActionPlanRepository::priorities(const QString& strategyId)
{
    QList<Priority> rows;
    auto statement = m_store.db().prepare(
        selectSql(priorityTable())
        + QStringLiteral(
            " WHERE deleted_at IS NULL AND (?1 IS NULL OR strategy_id = ?1) ORDER BY position, title, id"));
    statement.bind(1, strategyId);
    while (statement.step()) {
        rows.append(readRow(priorityTable(), statement));
    }
    return rows;
}

QList<ActionItem> ActionPlanRepository::items(const QString& strategyId)
{
    QStringList columns;
    for (const auto& column : columnsOf(actionItemTable())) {
        columns.append(QStringLiteral("a.") + column);
    }
    QList<ActionItem> rows;
    auto statement =
        m_store.db().prepare(QStringLiteral("SELECT %1 FROM action_items a JOIN priorities p ON p.id = a.priority_id"
                                            " WHERE a.deleted_at IS NULL AND (?1 IS NULL OR p.strategy_id = ?1)"
                                            " ORDER BY p.position, p.title, a.due_on IS NULL, a.due_on, a.title, a.id")
                                 .arg(columns.join(QStringLiteral(", "))));
    statement.bind(1, strategyId);
    while (statement.step()) {
        rows.append(readRow(actionItemTable(), statement));
    }
    return rows;
}

QList<ActionUpdate> ActionPlanRepository::updates(const QString& itemId)
{
    QList<ActionUpdate> rows;
    auto statement = m_store.db().prepare(
        selectSql(actionUpdateTable())
        + QStringLiteral(" WHERE item_id = ?1 AND deleted_at IS NULL ORDER BY update_on, created_at, id"));
    statement.bind(1, itemId);
    while (statement.step()) {
        rows.append(readRow(actionUpdateTable(), statement));
    }
    return rows;
}

QList<ActionPlanRepository::Attention> ActionPlanRepository::attention(const QDate& asOf, int weeksWithoutUpdate,
                                                                       const QString& strategyId)
{
    QList<Attention> result;
    for (const auto& item : items(strategyId)) {
        const QList<ActionUpdate> history = updates(item.id);
        Attention each;
        each.reasons = attentionReasons(item, history, asOf, weeksWithoutUpdate);
        if (each.reasons.isEmpty()) {
            continue;
        }
        each.item = item;
        each.status = statusAsOf(item, history, asOf);
        if (const auto* latest = latestUpdateAsOf(history, asOf)) {
            each.lastUpdateOn = latest->updateOn;
        }
        result.append(each);
    }
    return result;
}

} // namespace hearth::storage
