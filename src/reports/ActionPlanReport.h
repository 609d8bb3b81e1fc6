#pragma once

#include "ActionPlan.h"
#include "ReportTable.h"

#include <QDate>
#include <QHash>
#include <QMap>

namespace hearth::storage {
class Store;
}

namespace hearth::reports {

// The action plan as the Policy Development and Scrutiny committee reads it: a summary of the
// items by status, then one progress table per priority. No resident data is involved: items name
// officers (staff) and partner organisations only.

// Everything the report shows, as read from the database (readActionPlan) or built by a caller.
struct ActionPlanData
{
    QString councilName;
    QList<Strategy> strategies;
    QList<Priority> priorities; // in the order they are reported
    QList<ActionItem> items; // any order; each table keeps this order for its priority's items
    QHash<QString, QList<ActionUpdate>> updates; // item id -> its progress updates, any order
    QMap<QString, QString> officerNames; // officer id -> display name
};

// One strategy's plan, or every strategy's when `strategyId` is empty. Throws storage::Error
// (NotFound) for an unknown strategy.
ActionPlanData readActionPlan(storage::Store& store, const QString& strategyId = {});

// The committee report as of a date: each item's status is that of its latest progress update on
// or before `asOf`, overdue is said in words ("At risk, overdue"), and the latest update shown is
// the latest on or before `asOf`. The GUI and hearth-cli both call
//   writeReport(actionPlanReport(readActionPlan(store, strategyId), asOf), format).
ReportDocument actionPlanReport(const ActionPlanData& plan, const QDate& asOf);

// The columns of each priority's table, in order.
QStringList actionPlanColumns();

} // namespace hearth::reports
