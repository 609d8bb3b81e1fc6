#include "MeasurementRepository.h"

#include <QCoreApplication>

#include "AuditLog.h"
#include "OfficerRepository.h"
#include "ResidentRepository.h"
#include "Store.h"
#include "Tables.h"

namespace hearth::storage {

namespace {

bool isBaseline(const Measurement& measurement)
{
    return measurement.stage == QLatin1String("baseline");
}

} // namespace

const Measurement* baselineOf(const QList<Measurement>& measurements)
{
    for (const auto& measurement : measurements) {
        if (isBaseline(measurement)) {
            return &measurement;
        }
    }
    return measurements.isEmpty() ? nullptr : &measurements.first();
}

Measurement MeasurementRepository::add(Measurement measurement)
{
    measurement.id = m_store.ids().next(m_store.clock().nowUtc());
    if (measurement.officerId.isEmpty()) {
        measurement.officerId = m_store.actingOfficerId();
    }
    FieldErrors errors = measurement.validate(m_store.clock().today());
    if (const auto* instrument = measures::instrument(measurement.instrument);
        instrument && !measurement.responses.isEmpty()) {
        errors += measures::validateResponses(*instrument, measurement.responses);
    }
    if (!errors.isEmpty()) {
        throw Error(errors);
    }
    if (!m_store.residents().find(measurement.residentId)) {
        throw Error(Error::Kind::NotFound,
                    QCoreApplication::translate("hearth::storage", "resident: no resident has the id %1")
                        .arg(measurement.residentId));
    }
    if (!measurement.officerId.isEmpty() && !m_store.officers().find(measurement.officerId)) {
        throw Error(
            {{QStringLiteral("officer"),
              QCoreApplication::translate("hearth::storage", "no officer has the id %1").arg(measurement.officerId)}});
    }
    measurement.meta = m_store.newRowMeta();
    sql::Transaction transaction(m_store.db());
    checkOrder(measurement);
    insertRow(m_store.db(), measurementTable(), measurement);
    // Instrument and stage only: answers and scores are health data and stay out of the trail.
    m_store.audit().record(m_store.actingOfficerId(), QStringLiteral("create"), QStringLiteral("measurement"),
                           measurement.id,
                           QStringLiteral("%1 %2 measurement added for resident %3")
                               .arg(measurement.instrument, measurement.stage, measurement.residentId));
    transaction.commit();
    return measurement;
}

void MeasurementRepository::checkOrder(const Measurement& measurement)
{
    const QList<Measurement> held = forResident(measurement.residentId, measurement.instrument);
    const Measurement* baseline = nullptr;
    for (const auto& each : held) {
        if (isBaseline(each)) {
            baseline = &each;
            break;
        }
    }
    const QString on = measurement.takenOn.toString(Qt::ISODate);
    if (isBaseline(measurement)) {
        if (baseline) {
            throw Error(
                {{QStringLiteral("stage"),
                  QCoreApplication::translate("hearth::storage",
                                              "this resident already has a %1 baseline, dated %2; record this one as a "
                                              "review or exit")
                      .arg(measurement.instrument, baseline->takenOn.toString(Qt::ISODate))}});
        }
        for (const auto& each : held) {
            if (each.takenOn < measurement.takenOn) {
                throw Error({{QStringLiteral("on"),
                              QCoreApplication::translate(
                                  "hearth::storage",
                                  "%1 is after this resident's %2 %3 dated %4; a baseline cannot follow "
                                  "a review or exit")
                                  .arg(on, measurement.instrument, each.stage, each.takenOn.toString(Qt::ISODate))}});
            }
        }
        return;
    }
    if (baseline && measurement.takenOn < baseline->takenOn) {
        throw Error(
            {{QStringLiteral("on"),
              QCoreApplication::translate("hearth::storage",
                                          "%1 is before this resident's %2 baseline, dated %3; a %4 "
                                          "cannot come before the baseline")
                  .arg(on, measurement.instrument, baseline->takenOn.toString(Qt::ISODate), measurement.stage)}});
    }
}

std::optional<Measurement> MeasurementRepository::find(const QString& id)
{
    return findRow(m_store.db(), measurementTable(), id);
}

QList<Measurement> MeasurementRepository::forResident(const QString& residentId, const QString& instrument)
{
    QList<Measurement> measurements;
    auto statement = m_store.db().prepare(
        selectSql(measurementTable())
        + QStringLiteral(" WHERE resident_id = ?1 AND (?2 IS NULL OR instrument = ?2) AND deleted_at IS NULL"
                         " ORDER BY taken_on, created_at, id"));
    statement.bind(1, residentId).bind(2, instrument);
    while (statement.step()) {
        measurements.append(readRow(measurementTable(), statement));
    }
    return measurements;
}

measures::MeasureThresholds MeasurementRepository::thresholds()
{
    return measures::MeasureThresholds::fromSettings(m_store.councilSettings());
}

measures::Scores MeasurementRepository::scores(const Measurement& measurement)
{
    const auto* instrument = measures::instrument(measurement.instrument);
    if (!instrument) {
        measures::Scores unknown;
        unknown.unscoredReason =
            QCoreApplication::translate("hearth::storage", "'%1' is not an instrument Hearth scores")
                .arg(measurement.instrument);
        return unknown;
    }
    return instrument->score(measurement.responses, thresholds());
}

std::optional<MeasurementRepository::ChangeSummary>
MeasurementRepository::change(const QString& residentId, const QString& instrumentId, const QDate& asOf)
{
    const auto* instrument = measures::instrument(instrumentId);
    if (!instrument) {
        return std::nullopt;
    }
    QList<Measurement> held = forResident(residentId, instrumentId);
    if (asOf.isValid()) {
        held.removeIf([&asOf](const Measurement& m) { return m.takenOn > asOf; });
    }
    const Measurement* baseline = baselineOf(held);
    if (!baseline) {
        return std::nullopt;
    }
    const Measurement* latest = nullptr;
    for (const auto& each : held) {
        if (each.takenOn > baseline->takenOn) {
            latest = &each; // oldest first, so the last one wins
        }
    }
    if (!latest) {
        return std::nullopt;
    }
    const auto limits = thresholds();
    ChangeSummary summary;
    summary.instrument = instrumentId;
    summary.baseline = *baseline;
    summary.latest = *latest;
    summary.baselineScores = instrument->score(baseline->responses, limits);
    summary.latestScores = instrument->score(latest->responses, limits);
    summary.change = measures::compareMeasurements(*instrument, summary.baselineScores, summary.latestScores, limits);
    return summary;
}

} // namespace hearth::storage
