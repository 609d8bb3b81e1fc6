#include "Measurement.h"

#include <QCoreApplication>

#include "Vocabulary.h"

namespace hearth {

const QStringList& instrumentIds()
{
    static const QStringList ids {
        QStringLiteral("ons-direct"), QStringLiteral("ucla3"),  QStringLiteral("cel"),  QStringLiteral("djg6"),
        QStringLiteral("swemwbs"),    QStringLiteral("wemwbs"), QStringLiteral("ons4"),
    };
    return ids;
}

FieldErrors Measurement::validate(const QDate& today) const
{
    Validator v;
    v.optionalId(QStringLiteral("id"), id);
    v.requireId(QStringLiteral("resident"), residentId);
    if (!instrumentIds().contains(instrument)) {
        v.fail(QStringLiteral("instrument"),
               QCoreApplication::translate("hearth::Measurement", "'%1' is not one of: %2")
                   .arg(instrument, instrumentIds().join(QStringLiteral(", "))));
    }
    v.requireCode(QStringLiteral("stage"), stage, vocab::measurementStages());
    v.requireDate(QStringLiteral("on"), takenOn);
    v.notAfter(QStringLiteral("on"), takenOn, today, QStringLiteral("today"));
    if (responses.isEmpty()) {
        v.fail(QStringLiteral("responses"), QCoreApplication::translate("hearth::Measurement", "are required"));
    }
    v.optionalId(QStringLiteral("officer"), officerId);
    return v.errors();
}

std::optional<QDate> reviewDueOn(const QList<Measurement>& onOneInstrument, int intervalWeeks)
{
    const Measurement* baseline = nullptr;
    for (const auto& each : onOneInstrument) {
        if (each.stage == QLatin1String("baseline") && (!baseline || each.takenOn < baseline->takenOn)) {
            baseline = &each;
        }
    }
    if (!baseline) {
        return std::nullopt;
    }
    for (const auto& each : onOneInstrument) {
        if (&each != baseline && each.stage != QLatin1String("baseline") && each.takenOn >= baseline->takenOn) {
            return std::nullopt;
        }
    }
    return baseline->takenOn.addDays(7LL * intervalWeeks);
}

} // namespace hearth
