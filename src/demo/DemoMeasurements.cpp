#include "DemoMeasurements.h"

#include "DemoRandom.h"
#include "Ids.h"
#include "Measurement.h"
#include "Tables.h"

#include <QDateTime>
#include <QVarLengthArray>

#include <algorithm>
#include <array>

namespace hearth::demo {

namespace {

// Random streams of this step (DemoRandom::stream). DemoGenerator.cpp numbers its own steps from 1
// upwards; these sit far above them so that neither list renumbers the other.
constexpr std::uint64_t kMeasurementStep = 101;
constexpr std::uint64_t kMeasurementIdStep = 102;

// A UCLA-3 or SWEMWBS questionnaire: item codes from `low` to `high` that add up to `total`.
QList<std::optional<int>> split(DemoRandom& r, int items, int low, int high, int total)
{
    QVarLengthArray<int, 8> codes(items, low);
    int left = std::clamp(total, items * low, items * high) - items * low;
    while (left > 0) {
        const int n = r.below(items);
        if (codes[n] < high) {
            ++codes[n];
            --left;
        }
    }
    QList<std::optional<int>> responses;
    for (const int code : codes) {
        responses.append(code);
    }
    return responses;
}

enum class Trend { Improved, Same, Worsened };

// The totals over a case: baseline, then each later questionnaire, moving towards the final total.
struct Course
{
    int baseline = 0;
    int final = 0;
};

} // namespace

int writeDemoMeasurements(sql::Connection& db, std::uint64_t seed, const QString& siteId, const MeasuredCase& c)
{
    DemoRandom r = DemoRandom::stream(seed, kMeasurementStep, static_cast<std::uint64_t>(c.index));
    IdGenerator ids(DemoRandom::stream(seed, kMeasurementIdStep, static_cast<std::uint64_t>(c.index)).next());

    // Most residents answer UCLA-3 at the start; some cases close or go quiet before anyone asks.
    if (!r.percent(82)) {
        return 0;
    }
    const int span = static_cast<int>(c.identifiedOn.daysTo(c.lastDay));
    const QDate baselineOn = c.identifiedOn.addDays(std::min(span, std::min(r.below(22), r.below(22))));
    const bool swemwbs = r.percent(28); // the councils that follow Kent ask SWEMWBS as well

    // The dates of the later questionnaires: a review about 12 weeks after the baseline, if the case
    // lasted that long and the officer got to it (some are left overdue), and an exit questionnaire
    // on the closing day of some closed cases.
    QVarLengthArray<std::pair<QDate, const char*>, 3> later;
    const QDate reviewOn = baselineOn.addDays(84 + r.between(-7, 24));
    const bool reviewed = reviewOn <= c.lastDay && r.percent(72);
    if (reviewed) {
        later.append({reviewOn, "review"});
    }
    const QDate exitOn = c.lastDay;
    if (c.closed && exitOn > (reviewed ? reviewOn : baselineOn.addDays(28)) && r.percent(c.closedImproved ? 60 : 25)) {
        later.append({exitOn, "exit"});
    }

    // Who got better: most of those whose case closed as "improved", over half of the rest.
    const int improvedChance = c.closedImproved ? 88 : 55;
    const int draw = r.below(100);
    const Trend trend = draw < improvedChance                     ? Trend::Improved
        : draw < improvedChance + (100 - improvedChance) * 7 / 10 ? Trend::Same
                                                                  : Trend::Worsened;

    // UCLA-3 totals 3-9: people referred to the team are mostly lonely at the start (6 or more).
    Course ucla;
    ucla.baseline = std::array {4, 5, 6, 6, 7, 7, 7, 8, 8, 9}[static_cast<std::size_t>(r.below(10))];
    switch (trend) {
    case Trend::Improved:
        ucla.final = std::max(3, ucla.baseline - r.between(1, 3));
        break;
    case Trend::Same:
        ucla.final = ucla.baseline;
        break;
    case Trend::Worsened:
        ucla.final = std::min(9, ucla.baseline + r.between(1, 2));
        break;
    }
    // SWEMWBS raw 7-35, low at the start; a meaningful change is 3 metric points (about 4-5 raw).
    Course wellbeing;
    wellbeing.baseline = r.between(13, 23);
    switch (trend) {
    case Trend::Improved:
        wellbeing.final = std::min(35, wellbeing.baseline + r.between(5, 8));
        break;
    case Trend::Same:
        wellbeing.final = wellbeing.baseline + r.between(-1, 1);
        break;
    case Trend::Worsened:
        wellbeing.final = std::max(7, wellbeing.baseline - r.between(5, 7));
        break;
    }

    int written = 0;
    const int minute = 10 * 60 + 15 * r.below(24);
    const auto write = [&](const char* instrument, const char* stage, const QDate& on,
                           QList<std::optional<int>> responses, int offsetMinutes) {
        Measurement m;
        m.residentId = c.residentId;
        m.instrument = QString::fromLatin1(instrument);
        m.stage = QString::fromLatin1(stage);
        m.takenOn = on;
        m.responses = std::move(responses);
        m.officerId = c.officerId;
        // Written up the same day, after the visit.
        const QDateTime createdAt =
            QDateTime(on, QTime(0, 0), Qt::UTC).addMSecs(qint64(minute + offsetMinutes) * 60'000 + r.below(60'000));
        m.meta.createdAt = createdAt;
        m.meta.updatedAt = createdAt;
        m.meta.updatedBy = c.officerId;
        m.meta.siteId = siteId;
        m.meta.rowVersion = 1;
        m.id = ids.next(createdAt);
        storage::insertRow(db, storage::measurementTable(), m);
        ++written;
    };
    const auto at = [](const Course& course, qsizetype step, qsizetype steps) {
        // Part of the way at a review followed by an exit; the whole way at the last one.
        return step + 1 == steps ? course.final : (course.baseline + course.final) / 2;
    };

    write("ucla3", "baseline", baselineOn, split(r, 3, 1, 3, ucla.baseline), 45);
    if (swemwbs) {
        write("swemwbs", "baseline", baselineOn, split(r, 7, 1, 5, wellbeing.baseline), 50);
    }
    for (qsizetype step = 0; step < later.size(); ++step) {
        const auto& [on, stage] = later[step];
        write("ucla3", stage, on, split(r, 3, 1, 3, at(ucla, step, later.size())), 45);
        if (swemwbs) {
            write("swemwbs", stage, on, split(r, 7, 1, 5, at(wellbeing, step, later.size())), 50);
        }
    }
    return written;
}

} // namespace hearth::demo
