#pragma once

#include "RowMeta.h"
#include "Validation.h"

#include <QDate>
#include <QList>

#include <optional>

namespace hearth {

// One completed (or partly completed) outcome questionnaire. The raw item responses are the
// record; scores are always computed from them by the instrument (domain/measures, issue 4).
struct Measurement
{
    QString id;
    QString residentId;
    QString instrument; // an id from measures.md: ons-direct, ucla3, cel, djg6, swemwbs, wemwbs, ons4
    QString stage; // vocab::measurementStages
    QDate takenOn;
    QList<std::optional<int>> responses; // one per item, in item order; nullopt = missing
    QString officerId;
    RowMeta meta;

    FieldErrors validate(const QDate& today) const;
    bool operator==(const Measurement&) const = default;
};

// The instrument ids measures.md defines.
const QStringList& instrumentIds();

// When a review falls due on one instrument (issue 4: `intervalWeeks` after the baseline-stage
// measurement). nullopt when there is no baseline-stage measurement, or a later measurement
// (a review or an exit) already follows it. `onOneInstrument`: one resident's measurements on one
// instrument, in any order.
std::optional<QDate> reviewDueOn(const QList<Measurement>& onOneInstrument, int intervalWeeks);

} // namespace hearth
