#pragma once

#include "RowMeta.h"
#include "Validation.h"

#include <QDate>
#include <QString>

namespace hearth {

// One closure of a resident's case, kept when the case is reopened (schema 12, case_closures).
// The resident row holds only the case's current status; the KPIs read these to tell whether a
// case was closed at a past date. Written by the database itself whenever a resident row's status
// or closing date changes (0012_closures.sql); synced like the resident's other rows.
struct CaseClosure
{
    QString id; // "<resident id>/<closed on, YYYY-MM-DD>"
    QString residentId;
    QDate closedOn;
    QString reason; // a closure reason code, or empty
    QDate reopenedOn; // empty while the closure is in force
    RowMeta meta;

    static QString keyFor(const QString& residentId, const QDate& closedOn)
    {
        return residentId + QLatin1Char('/') + closedOn.toString(Qt::ISODate);
    }

    FieldErrors validate() const
    {
        Validator v;
        v.requireDate(QStringLiteral("closed_on"), closedOn);
        if (reopenedOn.isValid()) {
            v.notBefore(QStringLiteral("reopened_on"), reopenedOn, closedOn, QStringLiteral("closed_on"));
        }
        if (closedOn.isValid() && !residentId.isEmpty() && id != keyFor(residentId, closedOn)) {
            v.fail(QStringLiteral("id"), QStringLiteral("must be the resident id, '/' and the closing date"));
        }
        return v.errors();
    }

    bool operator==(const CaseClosure&) const = default;
};

} // namespace hearth
