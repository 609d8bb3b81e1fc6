#pragma once

#include "RowMeta.h"
#include "Validation.h"

#include <QDate>

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

} // namespace hearth
