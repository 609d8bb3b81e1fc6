#pragma once

#include "RowMeta.h"
#include "Validation.h"

#include <QDate>
#include <QList>
#include <QStringList>

namespace hearth {

// The council's loneliness strategy: strategy -> priorities -> action items -> progress updates.
// An item's status history is its list of updates; nothing is overwritten.

struct Strategy
{
    QString id;
    QString title;
    QDate periodFrom;
    QDate periodTo;
    RowMeta meta;

    FieldErrors validate() const;
    bool operator==(const Strategy&) const = default;
};

struct Priority
{
    QString id;
    QString strategyId;
    int position = 0;
    QString title;
    QString description;
    RowMeta meta;

    FieldErrors validate() const;
    bool operator==(const Priority&) const = default;
};

struct ActionItem
{
    QString id;
    QString priorityId;
    QString title;
    QString description;
    QString leadOfficerId;
    QString partnerOrganisation;
    QDate startOn;
    QDate dueOn;
    QString status = QStringLiteral("not_started"); // vocab::actionStatuses
    int percentComplete = 0;
    QString kpiId; // optional link to a KPI id of kpis.md
    RowMeta meta;

    FieldErrors validate() const;
    bool operator==(const ActionItem&) const = default;
};

struct ActionUpdate
{
    QString id;
    QString itemId;
    QDate updateOn;
    QString status;
    int percentComplete = 0;
    QString commentary;
    QString officerId;
    RowMeta meta;

    FieldErrors validate(const QDate& today) const;
    bool operator==(const ActionUpdate&) const = default;
};

// Status rules of the action plan (kpis.md: actions_by_status, actions_overdue) and the manager's
// "what needs attention" review. Pure functions: `updates` are one item's progress updates, in any
// order; only those dated on or before `asOf` are considered.

inline constexpr int defaultWeeksWithoutUpdate = 8;

// The latest update dated on or before `asOf` (ties: the later in `updates`, which repositories
// list in the order recorded); nullptr when there is none.
const ActionUpdate* latestUpdateAsOf(const QList<ActionUpdate>& updates, const QDate& asOf);

// An item's status as of a date: the status of its latest update on or before that date. Without
// such an update: the item's own status if it has no updates at all (the status it was added
// with, which no update has replaced yet), else "not_started" (every update it has is later, so on
// that date nothing had been reported).
QString statusAsOf(const ActionItem& item, const QList<ActionUpdate>& updates, const QDate& asOf);

// kpis.md actions_overdue: a due date before `asOf` (due on `asOf` is not overdue) and a status as
// of `asOf` other than complete.
bool isOverdue(const ActionItem& item, const QList<ActionUpdate>& updates, const QDate& asOf);

// Why an item needs a manager's attention as of a date, as codes in this order:
// - "overdue": isOverdue;
// - "at_risk" / "off_track": its status as of the date;
// - "no_recent_update": nothing reported in the last `weeksWithoutUpdate` weeks, i.e. its latest
//   update on or before `asOf` (else its start date, else the day it was added) is more than
//   7 x weeks days before `asOf`. An update dated exactly 7 x weeks days before still counts; an item
//   not yet started (start after `asOf`) is not flagged.
// A complete item (as of the date) needs no attention. Empty: nothing to report.
QStringList attentionReasons(const ActionItem& item, const QList<ActionUpdate>& updates, const QDate& asOf,
                             int weeksWithoutUpdate = defaultWeeksWithoutUpdate);

// "Overdue", "At risk", "Off track", "No update in the last 8 weeks".
QString attentionReasonLabel(const QString& reason, int weeksWithoutUpdate = defaultWeeksWithoutUpdate);

} // namespace hearth
