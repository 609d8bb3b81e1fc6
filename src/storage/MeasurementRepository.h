#pragma once

#include "Measurement.h"
#include "measures/Instrument.h"

#include <QList>

#include <optional>

namespace hearth::storage {

class Store;

// Outcome measurements. The raw responses are stored; scores are computed from them with the
// council's thresholds whenever they are read, so a corrected threshold changes every report.
//
// Order rules, so that the baseline (measures.md: the earliest measurement with stage baseline,
// else the earliest) is never after a follow-up:
// - a review or exit may not be dated before the resident's baseline-stage measurement on that
//   instrument;
// - a resident has at most one baseline per instrument (a second would never be used as the
//   baseline, so it is refused: record it as a review), and a baseline may not be dated after a
//   review or exit already held on that instrument.
class MeasurementRepository
{
public:
    explicit MeasurementRepository(Store& store)
        : m_store(store)
    {
    }

    // Validates the shape and the responses against the instrument, checks the resident and the
    // order rules, stamps sync metadata and audits, all in one transaction.
    Measurement add(Measurement measurement);
    std::optional<Measurement> find(const QString& id);
    // Oldest first (by date, then by when recorded); all instruments when `instrument` is empty.
    QList<Measurement> forResident(const QString& residentId, const QString& instrument = {});

    // The scores of a stored measurement, with the council's current thresholds.
    measures::Scores scores(const Measurement& measurement);
    measures::MeasureThresholds thresholds();

    struct ChangeSummary
    {
        QString instrument;
        Measurement baseline;
        Measurement latest;
        measures::Scores baselineScores;
        measures::Scores latestScores;
        std::optional<measures::Change> change; // nullopt: one of the two cannot be scored for the rule
    };
    // Baseline to the latest measurement dated after it (and on or before `asOf` when given), on one
    // instrument; nullopt when the resident has no such pair.
    std::optional<ChangeSummary> change(const QString& residentId, const QString& instrument, const QDate& asOf = {});

private:
    void checkOrder(const Measurement& measurement);

    Store& m_store;
};

// The baseline among one resident's measurements on one instrument (measures.md): the earliest
// with stage baseline, else the earliest. `measurements` oldest first; nullptr when empty.
const Measurement* baselineOf(const QList<Measurement>& measurements);

} // namespace hearth::storage
