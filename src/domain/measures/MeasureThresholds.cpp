#include "MeasureThresholds.h"

namespace hearth::measures {

MeasureThresholds MeasureThresholds::fromSettings(const CouncilSettings& settings)
{
    MeasureThresholds thresholds;
    thresholds.ucla3LonelyFrom = settings.ucla3LonelyFrom;
    thresholds.ucla3Improvement = settings.ucla3Improvement;
    thresholds.swemwbsChange = settings.swemwbsChange;
    thresholds.swemwbsLowWellbeingBelow = settings.swemwbsLowWellbeingBelow;
    thresholds.wemwbsChange = settings.wemwbsChange;
    thresholds.celChange = settings.celChange;
    thresholds.djg6Change = settings.djg6Change;
    return thresholds;
}

} // namespace hearth::measures
