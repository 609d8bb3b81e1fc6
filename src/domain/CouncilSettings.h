#pragma once

#include "Validation.h"

#include <QList>
#include <QString>

#include <utility>

namespace hearth {

// Settings a council chooses once for the whole team; they travel from the hub to officers.
struct CouncilSettings
{
    QString councilName;
    QString primaryInstrument = QStringLiteral("ucla3"); // kpis.md: the primary loneliness instrument
    int reviewIntervalWeeks = 12;
    int suppressionThreshold = 5; // kpis.md disclosure control N
    int staleAfterMonths = 12; // directory entries past review
    int noResponseDays = 14; // referrals with no response
    int retentionYears = 6; // after closure
    int actionNoUpdateWeeks = 8; // action-plan items with no progress update in this many weeks need attention

    // Outcome-measure thresholds (measures.md marks them configurable; see measures/MeasureThresholds.h).
    int ucla3LonelyFrom = 6; // UCLA-3 totals from here to 9 are "lonely"
    int ucla3Improvement = 1; // UCLA-3 points a total must fall by to count as improved
    double swemwbsChange = 3.0; // SWEMWBS metric points for a meaningful change
    double swemwbsLowWellbeingBelow = 19.25; // kpis.md: SWEMWBS metric below this is "low wellbeing"
    int wemwbsChange = 3; // WEMWBS points for a meaningful change
    // Hearth's own choices where measures.md gives no change rule.
    int celChange = 1; // CEL points
    int djg6Change = 1; // De Jong Gierveld total points

    FieldErrors validate() const;

    // Every setting as stored and shown (key, text), in a fixed order. The keys are the rows of the
    // synced `settings` table and the field names validate() reports.
    QList<std::pair<QString, QString>> values() const;
    static QStringList keys();
    // Sets one setting from its text; returns what is wrong (unknown key, not a number) or an empty
    // string. Ranges are validate()'s business.
    QString setValue(const QString& key, const QString& text);

    bool operator==(const CouncilSettings&) const = default;
};

} // namespace hearth
