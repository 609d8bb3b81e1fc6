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
    return v.errors();
}

} // namespace hearth
