#pragma once

#include "Sqlite.h"

#include <QDate>
#include <QString>

#include <cstdint>

namespace hearth::demo {

// What the measurement step needs to know about one demo case (DemoGenerator.cpp's Case).
struct MeasuredCase
{
    int index = 0; // the resident's place in the demo, for its random stream
    QString residentId;
    QDate identifiedOn;
    QDate lastDay; // the last day anything can happen on the case: closed_on, or the day before today
    bool closed = false;
    bool closedImproved = false; // closed with the reason "improved"
    QString officerId; // the case officer, who takes the questionnaires
};

// Writes one case's outcome measurements (issue 4) straight into the caller's transaction, as the
// rest of the demo does: a UCLA-3 baseline for most residents (and SWEMWBS for some) soon after
// they are identified; a review about 12 weeks later where the case lasted that long, and an exit
// questionnaire for some closed cases; about 60% of the residents measured twice improve. The same
// seed and case give the same rows. Returns the number of measurements written.
int writeDemoMeasurements(sql::Connection& db, std::uint64_t seed, const QString& siteId, const MeasuredCase& c);

} // namespace hearth::demo
