#pragma once

#include "ActionPlan.h"

#include <QList>

#include <optional>

namespace hearth::storage {

class Store;

// The council's action plan: strategies, their priorities, action items and dated progress
// updates. An item's status history is its updates, which are only ever appended; the item's own
// status and percent are those of its latest update by date (a back-dated update is allowed and
// takes its place in date order). Every write is audited with ids and statuses only.
class ActionPlanRepository
{
public:
    explicit ActionPlanRepository(Store& store)
        : m_store(store)
    {
    }

    Strategy addStrategy(Strategy strategy);
    Priority addPriority(Priority priority);
    // Validates, checks the priority and the lead officer. A status of complete needs 100 percent
    // unless `forceComplete` (the officer has said so explicitly).
    ActionItem addItem(ActionItem item, bool forceComplete = false);
    // Changes everything but the status and percent, which only progress updates change.
    ActionItem updateItem(const ActionItem& item);
    // Appends a progress update (not in the future; the officer defaults to the acting one) and
    // sets the item's status and percent to those of its latest update by date, in one transaction.
    ActionUpdate recordUpdate(ActionUpdate update, bool forceComplete = false);

    std::optional<Strategy> findStrategy(const QString& id);
    std::optional<Priority> findPriority(const QString& id);
    std::optional<ActionItem> findItem(const QString& id);
    QList<Strategy> strategies();
    QList<Priority> priorities(const QString& strategyId = {});
    // All items, or those under one strategy; ordered by priority position, due date, title.
    QList<ActionItem> items(const QString& strategyId = {});
    // Oldest first: by date, then in the order recorded.
    QList<ActionUpdate> updates(const QString& itemId);

    struct Attention
    {
        ActionItem item;
        QString status; // as of the date
        QDate lastUpdateOn; // the latest update on or before the date; null when none
        QStringList reasons; // attentionReasons codes
    };
    // Items needing a manager's attention as of a date (attentionReasons), in items() order.
    QList<Attention> attention(const QDate& asOf, int weeksWithoutUpdate = defaultWeeksWithoutUpdate,
                               const QString& strategyId = {});

private:
    void checkLead(const ActionItem& item);
    void checkPriority(const ActionItem& item);

    Store& m_store;
};

// Refuses complete with less than 100 percent, naming percent_complete.
void checkCompletePercent(const QString& status, int percent, bool forceComplete);

} // namespace hearth::storage
