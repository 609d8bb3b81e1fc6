#pragma once

#include "ActionPlan.h"
#include "Period.h"
#include "measures/Instrument.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace hearth::kpi {

// The KPIs of spec/kpis.md, defined once: id, label and definition text, and the rules that count
// them from plain facts read by storage (storage/KpiQueries). Pure functions, unit-tested.

enum class Subject {
    Resident, // counts residents; breaks down by the resident dimensions
    Referral, // counts referrals; breaks down by their resident's dimensions
    Service, // counts directory services; breaks down by ward and category
    Action, // counts action-plan items; no breakdown beyond their status
};

struct Definition
{
    QString id;
    QString label;
    QString definition;
    Subject subject = Subject::Resident;
    QString numerator; // rates: the ids of the two counts; empty for a count
    QString denominator;
    QString ownDimension; // a breakdown the KPI always has: cases_closed by closure_reason,
                          // actions_by_status by status

    bool isRate() const { return !numerator.isEmpty(); }
};

// In kpis.md's order.
const QList<Definition>& definitions();
const Definition* definition(const QString& id);

// Breakdown dimensions, as on the command line (`--by`).
const QStringList& residentDimensions(); // ward, target_group, age_band, sex, identified_by, officer
const QStringList& serviceDimensions(); // ward, category
QStringList allDimensions(); // every dimension, once
bool supports(const Definition& kpi, const QString& dimension);
QString dimensionLabel(const QString& dimension);

// Breakdown keys for values that are not recorded, and for services that serve the whole area.
QString notRecordedKey();
QString wholeAreaKey();

// What storage reads for the KPIs: no names, contact details or notes. Soft-deleted rows are never
// among the facts; contacts, referrals and measurements of a resident who is not among
// `residents` (soft-deleted) are ignored.
// One closure of a resident's case (storage: case_closures, and the resident's current closure).
struct ClosureEpisode
{
    QDate closedOn;
    QDate reopenedOn; // empty while the closure is in force
    QString reason;

    // Closed at the end of `day`: closed on or before it and not reopened on or before it.
    bool inForceOn(const QDate& day) const
    {
        return closedOn.isValid() && closedOn <= day && !(reopenedOn.isValid() && reopenedOn <= day);
    }
};

struct ResidentFacts
{
    QString id;
    QString wardCode;
    QStringList targetGroups;
    QDate dateOfBirth;
    QString ageBandEstimate; // an age band code when the date of birth is unknown
    QString sex;
    QString identifiedBy;
    QString officerId; // assigned officer
    std::optional<bool> previouslyEngaged;
    QDate identifiedOn;
    // Every closure of the case, reopened ones too, in any order (duplicates do no harm). The
    // register and the closure KPIs read the episode in force at the date they look at, so a case
    // closed in March and reopened in July counts as closed at the end of March.
    QList<ClosureEpisode> closures;

    bool closedOn(const QDate& day) const; // a closure in force at the end of `day`
    // The latest closure made in the period, or none.
    const ClosureEpisode* latestClosureIn(const Period& period) const;
};

struct ReferralFacts
{
    QString residentId;
    QString status; // current status code
    QDate sentOn;
};

// One measurement on the primary instrument.
struct MeasurementFacts
{
    QString residentId;
    QString stage;
    QDate takenOn;
    measures::Responses responses;
};

struct ServiceFacts
{
    QString status;
    QDate startedOn;
    QDate endedOn;
    QStringList categories;
    QStringList wardsServed; // empty: the whole council area
};

struct ActionFacts
{
    ActionItem item;
    QList<ActionUpdate> updates;
};

struct Facts
{
    QList<ResidentFacts> residents; // every live resident
    QSet<QString> contactedResidentIds; // residents with a contact (not a correction) in the period
    QList<ReferralFacts> referrals; // referrals sent in the period
    // Each resident's measurements on the primary instrument dated on or before the period's end,
    // for residents with one in the period; oldest first (by date, then as recorded).
    QHash<QString, QList<MeasurementFacts>> measurements;
    QList<ServiceFacts> services; // every live service
    QList<ActionFacts> actions; // every live action item
};

// A count, its breakdown and (for KPIs with their own dimension) the count per own key, each
// broken down too. With a multi-valued dimension (target_group, a service's wards or categories)
// a subject counts once in each of its keys and once in the total.
struct Count
{
    qint64 total = 0;
    QMap<QString, qint64> by;
};

struct Result
{
    const Definition* definition = nullptr;
    Count count; // a rate's numerator
    Count denominator; // rates only
    QMap<QString, Count> own; // cases_closed: per closure reason; actions_by_status: per status

    std::optional<double> rate() const; // rates only; nullopt when the denominator is zero
    std::optional<double> rate(const QString& key) const;
};

struct Options
{
    Period period;
    QString dimension; // empty: no breakdown
    QString primaryInstrument = QStringLiteral("ucla3");
    measures::MeasureThresholds thresholds;
};

// Every KPI of definitions(), in that order.
QList<Result> compute(const Facts& facts, const Options& options);

// Counts the dashboard charts show beyond the KPI table, for one period:
// - referralsByStatus: the referrals of referrals_sent by their current status code (its total is
//   referrals_sent's; accepted + attending + completed is referrals_taken_up);
// - servicesByCategory: the services of services_available by category, a service counting once
//   in each of its categories ("not_recorded" when it has none); its total is services_available's.
struct ChartCounts
{
    Count referralsByStatus;
    Count servicesByCategory;
};
ChartCounts chartCounts(const Facts& facts, const Period& period);

// The status codes a sent referral can have, in the order of the referral's life (no draft).
QStringList sentReferralStatuses();
// The statuses whose referrals count as taken up: accepted, attending, completed.
const QStringList& takenUpStatuses();

// numerator / denominator as a percentage rounded to one decimal; nullopt when denominator is 0.
std::optional<double> percentage(qint64 numerator, qint64 denominator);

// The breakdown keys a resident falls under (several for target_group; "not_recorded" when the
// value is missing). Age is taken on the identified-on date.
QStringList residentKeys(const ResidentFacts& resident, const QString& dimension);
QString ageBandKey(const ResidentFacts& resident);
QStringList serviceKeys(const ServiceFacts& service, const QString& dimension);

// kpis.md followed_up / improved / lonely_*: one resident's measurements (oldest first, all on or
// before the period's end). nullopt when none dated in the period is later than the baseline.
struct FollowUp
{
    MeasurementFacts baseline;
    MeasurementFacts latest;
};
std::optional<FollowUp> followUp(const QList<MeasurementFacts>& measurements, const Period& period);

// Keys in report order for a dimension, given the keys that occur: vocabulary order for coded
// dimensions, sorted for the others, "not_recorded" and "whole_area" last.
QStringList orderedKeys(const QString& dimension, const QSet<QString>& keys);

} // namespace hearth::kpi
