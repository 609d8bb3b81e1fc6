#pragma once

#include "CouncilSettings.h"

namespace hearth::measures {

// The numbers measures.md and kpis.md call configurable, taken from the council's settings, plus
// Hearth's own change rules where the spec gives none (CEL, De Jong Gierveld). The defaults are
// the spec's.
struct MeasureThresholds
{
    int ucla3LonelyFrom = 6; // UCLA-3 total 6-9 lonely, 3-5 not lonely
    int ucla3Improvement = 1; // a fall of at least this many points is "improved"
    double swemwbsChange = 3.0; // metric points either way for a meaningful change
    double swemwbsLowWellbeingBelow = 19.25; // metric below this is "low wellbeing" (raw 20 or less)
    int wemwbsChange = 3; // points either way
    int celChange = 1; // points either way (Hearth's rule: measures.md gives none)
    int djg6Change = 1; // total points either way (Hearth's rule: measures.md gives none)

    static MeasureThresholds fromSettings(const CouncilSettings& settings);
    bool operator==(const MeasureThresholds&) const = default;
};

} // namespace hearth::measures
