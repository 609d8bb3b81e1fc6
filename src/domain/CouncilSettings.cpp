#include "CouncilSettings.h"

#include "Measurement.h"

namespace hearth {

FieldErrors CouncilSettings::validate() const
{
    Validator v;
    v.requireText(QStringLiteral("council_name"), councilName, 200);
    if (!instrumentIds().contains(primaryInstrument)) {
        v.fail(QStringLiteral("primary_instrument"),
               QStringLiteral("'%1' is not a known instrument").arg(primaryInstrument));
    }
    const auto range = [&v](const char* field, int value, int low, int high) {
        if (value < low || value > high) {
            v.fail(QString::fromLatin1(field), QStringLiteral("must be between %1 and %2").arg(low).arg(high));
        }
    };
    range("review_interval_weeks", reviewIntervalWeeks, 1, 104);
    range("suppression_threshold", suppressionThreshold, 2, 100);
    range("stale_after_months", staleAfterMonths, 1, 120);
    range("no_response_days", noResponseDays, 1, 365);
    range("retention_years", retentionYears, 1, 100);
    range("action_no_update_weeks", actionNoUpdateWeeks, 1, 104);
    range("ucla3_lonely_from", ucla3LonelyFrom, 4, 9);
    range("ucla3_improvement", ucla3Improvement, 1, 6);
    range("wemwbs_change", wemwbsChange, 1, 56);
    range("cel_change", celChange, 1, 12);
    range("djg6_change", djg6Change, 1, 6);
    const auto realRange = [&v](const char* field, double value, double low, double high) {
        if (!(value >= low && value <= high)) { // also refuses NaN
            v.fail(QString::fromLatin1(field), QStringLiteral("must be between %1 and %2").arg(low).arg(high));
        }
    };
    realRange("swemwbs_change", swemwbsChange, 0.5, 28.0);
    realRange("swemwbs_low_wellbeing_below", swemwbsLowWellbeingBelow, 7.0, 35.0);
    return v.errors();
}

} // namespace hearth
