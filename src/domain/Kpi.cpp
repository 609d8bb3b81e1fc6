#include "Kpi.h"

#include "AgeBand.h"
#include "Localised.h"
#include "Referral.h"
#include "Vocabulary.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace hearth::kpi {

namespace {

Definition make(const char* id, const char* label, const char* text, Subject subject, const char* numerator = "",
                const char* denominator = "", const char* own = "")
{
    return {QString::fromUtf8(id),
            QCoreApplication::translate("hearth::Kpi", label),
            QCoreApplication::translate("hearth::Kpi", text),
            subject,
            QString::fromUtf8(numerator),
            QString::fromUtf8(denominator),
            QString::fromUtf8(own)};
}

const QStringList kTakenUp {QStringLiteral("accepted"), QStringLiteral("attending"), QStringLiteral("completed")};

void add(Count& count, const QStringList& keys)
{
    ++count.total;
    for (const auto& key : keys) {
        ++count.by[key];
    }
}

// kpis.md services_available: running at some time in the period and not defunct.
bool isAvailable(const ServiceFacts& service, const Period& period)
{
    const bool started = !service.startedOn.isValid() || service.startedOn <= period.to;
    const bool notEnded = !service.endedOn.isValid() || service.endedOn >= period.from;
    return started && notEnded && service.status != QLatin1String("defunct");
}

// kpis.md referrals_sent: sent in the period (a draft is not sent).
bool isSentIn(const ReferralFacts& referral, const Period& period)
{
    return period.contains(referral.sentOn) && referral.status != QLatin1String("draft");
}

QList<Definition> buildDefinitions()
{
    return {
        make("identified", QT_TRANSLATE_NOOP("hearth::Kpi", "Residents identified as isolated or lonely"),
             QT_TRANSLATE_NOOP("hearth::Kpi", "Residents whose identified-on date is in the period."),
             Subject::Resident),
        make("on_register", QT_TRANSLATE_NOOP("hearth::Kpi", "Residents on the register at period end"),
             QT_TRANSLATE_NOOP("hearth::Kpi",
                               "Residents identified on or before the period's end and not closed on or before it."),
             Subject::Resident),
        make("supported", QT_TRANSLATE_NOOP("hearth::Kpi", "Residents supported"),
             QT_TRANSLATE_NOOP(
                 "hearth::Kpi",
                 "Distinct residents with at least one contact or at least one referral sent in the period."),
             Subject::Resident),
        make("supported_not_previously_engaged",
             QT_TRANSLATE_NOOP("hearth::Kpi", "…of whom not previously engaged with services"),
             QT_TRANSLATE_NOOP("hearth::Kpi", "Supported residents whose \"previously engaged with services\" is no."),
             Subject::Resident),
        make("referrals_sent", QT_TRANSLATE_NOOP("hearth::Kpi", "Referrals made"),
             QT_TRANSLATE_NOOP("hearth::Kpi", "Referrals whose sent date is in the period (a draft is not sent)."),
             Subject::Referral),
        make(
            "referrals_taken_up", QT_TRANSLATE_NOOP("hearth::Kpi", "Referrals taken up"),
            QT_TRANSLATE_NOOP("hearth::Kpi",
                              "Of the referrals made, those whose current status is accepted, attending or completed."),
            Subject::Referral),
        make("referral_uptake_rate", QT_TRANSLATE_NOOP("hearth::Kpi", "Referral take-up rate"),
             QT_TRANSLATE_NOOP("hearth::Kpi",
                               "Referrals taken up as a percentage of referrals made, to one decimal place."),
             Subject::Referral, "referrals_taken_up", "referrals_sent"),
        make("followed_up", QT_TRANSLATE_NOOP("hearth::Kpi", "Residents with a follow-up measure"),
             QT_TRANSLATE_NOOP(
                 "hearth::Kpi",
                 "Residents with a measurement on the primary loneliness instrument dated in the period that is later "
                 "than their baseline on that instrument."),
             Subject::Resident),
        make("improved", QT_TRANSLATE_NOOP("hearth::Kpi", "Residents whose loneliness improved"),
             QT_TRANSLATE_NOOP(
                 "hearth::Kpi",
                 "Of those followed up, those whose change from baseline to their latest measurement on or before the "
                 "period's end is \"improved\" under the instrument's rule."),
             Subject::Resident),
        make("improved_rate", QT_TRANSLATE_NOOP("hearth::Kpi", "Improvement rate"),
             QT_TRANSLATE_NOOP(
                 "hearth::Kpi",
                 "Residents whose loneliness improved as a percentage of those followed up, to one decimal place."),
             Subject::Resident, "improved", "followed_up"),
        make("lonely_at_baseline", QT_TRANSLATE_NOOP("hearth::Kpi", "Of those followed up: lonely at baseline"),
             QT_TRANSLATE_NOOP("hearth::Kpi",
                               "Of those followed up, those classified lonely (low wellbeing on SWEMWBS) at baseline."),
             Subject::Resident),
        make("lonely_at_latest", QT_TRANSLATE_NOOP("hearth::Kpi", "Of those followed up: lonely at latest"),
             QT_TRANSLATE_NOOP(
                 "hearth::Kpi",
                 "Of those followed up, those classified lonely (low wellbeing on SWEMWBS) at their latest measurement "
                 "on or before the period's end."),
             Subject::Resident),
        make("services_available", QT_TRANSLATE_NOOP("hearth::Kpi", "Services available"),
             QT_TRANSLATE_NOOP(
                 "hearth::Kpi",
                 "Services in the directory that were running at some time in the period: started on or before its end "
                 "(or no start date), not ended before its start, and not defunct."),
             Subject::Service),
        make("new_opportunities", QT_TRANSLATE_NOOP("hearth::Kpi", "New community opportunities"),
             QT_TRANSLATE_NOOP("hearth::Kpi", "Services whose started-on date is in the period."), Subject::Service),
        make("cases_closed", QT_TRANSLATE_NOOP("hearth::Kpi", "Cases closed"),
             QT_TRANSLATE_NOOP(
                 "hearth::Kpi",
                 "Residents whose closed-on date is in the period, by closure reason. A case reopened since counts as "
                 "open."),
             Subject::Resident, "", "", "closure_reason"),
        make("actions_by_status", QT_TRANSLATE_NOOP("hearth::Kpi", "Action-plan items by status"),
             QT_TRANSLATE_NOOP(
                 "hearth::Kpi",
                 "Action items by their latest status on or before the period's end (not started, on track, at risk, "
                 "off track, complete)."),
             Subject::Action, "", "", "status"),
        make("actions_overdue", QT_TRANSLATE_NOOP("hearth::Kpi", "Action-plan items overdue"),
             QT_TRANSLATE_NOOP(
                 "hearth::Kpi",
                 "Action items with a due date before the period's end whose status at the period's end is not "
                 "complete."),
             Subject::Action),
    };
}

} // namespace

bool ResidentFacts::closedOn(const QDate& day) const
{
    return std::any_of(closures.cbegin(), closures.cend(),
                       [&day](const ClosureEpisode& closure) { return closure.inForceOn(day); });
}

const ClosureEpisode* ResidentFacts::latestClosureIn(const Period& period) const
{
    const ClosureEpisode* latest = nullptr;
    for (const auto& closure : closures) {
        if (period.contains(closure.closedOn) && (!latest || closure.closedOn > latest->closedOn)) {
            latest = &closure;
        }
    }
    return latest;
}

// Built per language: labels and definitions are shown to people (ids are not translated).
const QList<Definition>& definitions()
{
    return perLanguage<buildDefinitions>("hearth::Kpi", "Residents supported");
}

const Definition* definition(const QString& id)
{
    const auto& list = definitions();
    const auto found = std::find_if(list.begin(), list.end(), [&](const Definition& each) { return each.id == id; });
    return found == list.end() ? nullptr : &*found;
}

const QStringList& residentDimensions()
{
    static const QStringList list {QStringLiteral("ward"), QStringLiteral("target_group"),  QStringLiteral("age_band"),
                                   QStringLiteral("sex"),  QStringLiteral("identified_by"), QStringLiteral("officer")};
    return list;
}

const QStringList& serviceDimensions()
{
    static const QStringList list {QStringLiteral("ward"), QStringLiteral("category")};
    return list;
}

QStringList allDimensions()
{
    QStringList list = residentDimensions();
    for (const auto& each : serviceDimensions()) {
        if (!list.contains(each)) {
            list.append(each);
        }
    }
    return list;
}

bool supports(const Definition& kpi, const QString& dimension)
{
    switch (kpi.subject) {
    case Subject::Resident:
    case Subject::Referral:
        return residentDimensions().contains(dimension);
    case Subject::Service:
        return serviceDimensions().contains(dimension);
    case Subject::Action:
        return false;
    }
    return false;
}

QString dimensionLabel(const QString& dimension)
{
    static const QHash<QString, const char*> labels {
        {QStringLiteral("ward"), QT_TRANSLATE_NOOP("hearth::Kpi", "Ward")},
        {QStringLiteral("target_group"), QT_TRANSLATE_NOOP("hearth::Kpi", "Target group")},
        {QStringLiteral("age_band"), QT_TRANSLATE_NOOP("hearth::Kpi", "Age band")},
        {QStringLiteral("sex"), QT_TRANSLATE_NOOP("hearth::Kpi", "Sex")},
        {QStringLiteral("identified_by"), QT_TRANSLATE_NOOP("hearth::Kpi", "Identified by")},
        {QStringLiteral("officer"), QT_TRANSLATE_NOOP("hearth::Kpi", "Officer")},
        {QStringLiteral("category"), QT_TRANSLATE_NOOP("hearth::Kpi", "Category")},
        {QStringLiteral("closure_reason"), QT_TRANSLATE_NOOP("hearth::Kpi", "Closure reason")},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("hearth::Kpi", "Status")},
    };
    const char* label = labels.value(dimension, nullptr);
    return label ? QCoreApplication::translate("hearth::Kpi", label) : dimension;
}

QString notRecordedKey()
{
    return QStringLiteral("not_recorded");
}

QString wholeAreaKey()
{
    return QStringLiteral("whole_area");
}

std::optional<double> percentage(qint64 numerator, qint64 denominator)
{
    if (denominator == 0) {
        return std::nullopt;
    }
    // Round half away from zero on the exact ratio, in tenths of a percent.
    const qint64 tenths = (numerator * 2000 + denominator) / (2 * denominator);
    return static_cast<double>(tenths) / 10.0;
}

std::optional<double> Result::rate() const
{
    return percentage(count.total, denominator.total);
}

std::optional<double> Result::rate(const QString& key) const
{
    return percentage(count.by.value(key), denominator.by.value(key));
}

QString ageBandKey(const ResidentFacts& resident)
{
    if (resident.dateOfBirth.isValid()) {
        return ageBandCode(ageBandOn(resident.dateOfBirth, resident.identifiedOn));
    }
    if (ageBandFromCode(resident.ageBandEstimate)) {
        return resident.ageBandEstimate;
    }
    return ageBandCode(AgeBand::Unknown);
}

QStringList residentKeys(const ResidentFacts& resident, const QString& dimension)
{
    const auto orNotRecorded = [](const QString& value) { return value.isEmpty() ? notRecordedKey() : value; };
    if (dimension == QLatin1String("ward")) {
        return {orNotRecorded(resident.wardCode)};
    }
    if (dimension == QLatin1String("target_group")) {
        if (resident.targetGroups.isEmpty()) {
            return {notRecordedKey()};
        }
        QStringList groups = resident.targetGroups;
        groups.removeDuplicates();
        return groups;
    }
    if (dimension == QLatin1String("age_band")) {
        return {ageBandKey(resident)};
    }
    if (dimension == QLatin1String("sex")) {
        return {orNotRecorded(resident.sex)};
    }
    if (dimension == QLatin1String("identified_by")) {
        return {orNotRecorded(resident.identifiedBy)};
    }
    if (dimension == QLatin1String("officer")) {
        return {orNotRecorded(resident.officerId)};
    }
    return {};
}

QStringList serviceKeys(const ServiceFacts& service, const QString& dimension)
{
    QStringList keys;
    if (dimension == QLatin1String("ward")) {
        keys = service.wardsServed.isEmpty() ? QStringList {wholeAreaKey()} : service.wardsServed;
    } else if (dimension == QLatin1String("category")) {
        keys = service.categories.isEmpty() ? QStringList {notRecordedKey()} : service.categories;
    }
    keys.removeDuplicates();
    return keys;
}

std::optional<FollowUp> followUp(const QList<MeasurementFacts>& measurements, const Period& period)
{
    if (measurements.isEmpty()) {
        return std::nullopt;
    }
    // measures.md: the baseline is the earliest with stage baseline, else the earliest.
    const auto baseline = std::find_if(measurements.begin(), measurements.end(), [](const MeasurementFacts& each) {
        return each.stage == QLatin1String("baseline");
    });
    const MeasurementFacts& first = baseline != measurements.end() ? *baseline : measurements.first();
    const MeasurementFacts* latest = nullptr;
    bool inPeriod = false;
    for (const auto& each : measurements) {
        if (each.takenOn > period.to) {
            continue;
        }
        latest = &each;
        if (each.takenOn > first.takenOn && period.contains(each.takenOn)) {
            inPeriod = true;
        }
    }
    if (!inPeriod || !latest) {
        return std::nullopt;
    }
    return FollowUp {first, *latest};
}

QList<Result> compute(const Facts& facts, const Options& options)
{
    const Period& period = options.period;
    const QString& dimension = options.dimension;
    QHash<QString, Result> results;
    for (const auto& each : definitions()) {
        results[each.id].definition = &each;
    }
    const auto count = [&](const char* id) -> Count& { return results[QString::fromLatin1(id)].count; };
    // Every resident- and referral-based KPI breaks down the same way: work out each resident's keys once.
    const bool residentBreakdown = residentDimensions().contains(dimension);
    QHash<QString, qsizetype> residents;
    residents.reserve(facts.residents.size());
    QList<QStringList> keys(facts.residents.size());
    for (qsizetype i = 0; i < facts.residents.size(); ++i) {
        residents.insert(facts.residents[i].id, i);
        if (residentBreakdown) {
            keys[i] = residentKeys(facts.residents[i], dimension);
        }
    }

    // Residents: identified, on the register, closed.
    Count& identified = count("identified");
    Count& onRegister = count("on_register");
    Result& closed = results[QStringLiteral("cases_closed")];
    for (qsizetype i = 0; i < facts.residents.size(); ++i) {
        const ResidentFacts& resident = facts.residents[i];
        if (period.contains(resident.identifiedOn)) {
            add(identified, keys[i]);
        }
        if (resident.identifiedOn.isValid() && resident.identifiedOn <= period.to && !resident.closedOn(period.to)) {
            add(onRegister, keys[i]);
        }
        // Closed in the period, once per resident, by the reason of the latest closure in it.
        if (const ClosureEpisode* closure = resident.latestClosureIn(period)) {
            add(closed.count, keys[i]);
            add(closed.own[closure->reason.isEmpty() ? notRecordedKey() : closure->reason], keys[i]);
        }
    }

    // Supported: a contact in the period or a referral sent in it.
    QSet<QString> supported = facts.contactedResidentIds;
    Count& sent = count("referrals_sent");
    Count& takenUp = count("referrals_taken_up");
    for (const auto& referral : facts.referrals) {
        if (!isSentIn(referral, period)) {
            continue;
        }
        const auto found = residents.constFind(referral.residentId);
        if (found == residents.constEnd()) {
            continue;
        }
        supported.insert(referral.residentId);
        add(sent, keys[*found]);
        if (kTakenUp.contains(referral.status)) {
            add(takenUp, keys[*found]);
        }
    }
    Count& supportedCount = count("supported");
    Count& notEngaged = count("supported_not_previously_engaged");
    for (const auto& id : supported) {
        const auto found = residents.constFind(id);
        if (found == residents.constEnd()) {
            continue;
        }
        add(supportedCount, keys[*found]);
        if (facts.residents[*found].previouslyEngaged == false) {
            add(notEngaged, keys[*found]);
        }
    }

    // Outcome measures on the primary instrument.
    if (const measures::Instrument* instrument = measures::instrument(options.primaryInstrument)) {
        Count& followedUp = count("followed_up");
        Count& improved = count("improved");
        Count& lonelyAtBaseline = count("lonely_at_baseline");
        Count& lonelyAtLatest = count("lonely_at_latest");
        for (auto it = facts.measurements.begin(); it != facts.measurements.end(); ++it) {
            const auto found = residents.constFind(it.key());
            const auto pair = found != residents.constEnd() ? followUp(it.value(), period) : std::nullopt;
            if (!pair) {
                continue;
            }
            const QStringList& residentKeys = keys[*found];
            add(followedUp, residentKeys);
            const auto change = measures::compareMeasurements(*instrument, pair->baseline.responses,
                                                              pair->latest.responses, options.thresholds);
            if (change && change->direction == measures::ChangeDirection::Improved) {
                add(improved, residentKeys);
            }
            if (instrument->score(pair->baseline.responses, options.thresholds).lonely == true) {
                add(lonelyAtBaseline, residentKeys);
            }
            if (instrument->score(pair->latest.responses, options.thresholds).lonely == true) {
                add(lonelyAtLatest, residentKeys);
            }
        }
    }

    // The directory.
    const bool serviceBreakdown = serviceDimensions().contains(dimension);
    for (const auto& service : facts.services) {
        const QStringList keys = serviceBreakdown ? serviceKeys(service, dimension) : QStringList();
        if (isAvailable(service, period)) {
            add(results[QStringLiteral("services_available")].count, keys);
        }
        if (period.contains(service.startedOn)) {
            add(results[QStringLiteral("new_opportunities")].count, keys);
        }
    }

    // The action plan.
    Result& byStatus = results[QStringLiteral("actions_by_status")];
    for (const auto& status : vocab::actionStatuses().codes()) {
        byStatus.own[status];
    }
    for (const auto& action : facts.actions) {
        add(byStatus.count, {});
        add(byStatus.own[statusAsOf(action.item, action.updates, period.to)], {});
        if (isOverdue(action.item, action.updates, period.to)) {
            add(results[QStringLiteral("actions_overdue")].count, {});
        }
    }
    for (const auto& reason : vocab::closureReasons().codes()) {
        closed.own[reason];
    }

    // Rates share their counts' figures.
    QList<Result> list;
    for (const auto& each : definitions()) {
        Result result = results.value(each.id);
        if (each.isRate()) {
            result.count = results.value(each.numerator).count;
            result.denominator = results.value(each.denominator).count;
        }
        list.append(result);
    }
    return list;
}

QStringList sentReferralStatuses()
{
    QStringList codes;
    for (const ReferralStatus status : allReferralStatuses()) {
        if (status != ReferralStatus::Draft) {
            codes.append(referralStatusCode(status));
        }
    }
    return codes;
}

const QStringList& takenUpStatuses()
{
    return kTakenUp;
}

ChartCounts chartCounts(const Facts& facts, const Period& period)
{
    ChartCounts counts;
    QSet<QString> live;
    live.reserve(facts.residents.size());
    for (const auto& resident : facts.residents) {
        live.insert(resident.id);
    }
    for (const auto& referral : facts.referrals) {
        if (isSentIn(referral, period) && live.contains(referral.residentId)) {
            add(counts.referralsByStatus, {referral.status});
        }
    }
    for (const auto& service : facts.services) {
        if (isAvailable(service, period)) {
            add(counts.servicesByCategory, serviceKeys(service, QStringLiteral("category")));
        }
    }
    return counts;
}

QStringList orderedKeys(const QString& dimension, const QSet<QString>& keys)
{
    QStringList order;
    if (dimension == QLatin1String("target_group")) {
        order = vocab::targetGroups().codes();
    } else if (dimension == QLatin1String("age_band")) {
        order = ageBandCodes();
    } else if (dimension == QLatin1String("sex")) {
        order = vocab::sex().codes();
    } else if (dimension == QLatin1String("identified_by")) {
        order = vocab::identifiedBy().codes();
    } else if (dimension == QLatin1String("closure_reason")) {
        order = vocab::closureReasons().codes();
    } else if (dimension == QLatin1String("status")) {
        order = vocab::actionStatuses().codes();
    } else if (dimension == QLatin1String("referral_status")) {
        order = sentReferralStatuses();
    }
    QStringList result;
    for (const auto& key : order) {
        if (keys.contains(key)) {
            result.append(key);
        }
    }
    QStringList rest;
    for (const auto& key : keys) {
        if (!result.contains(key) && key != notRecordedKey() && key != wholeAreaKey()) {
            rest.append(key);
        }
    }
    std::sort(rest.begin(), rest.end());
    result += rest;
    for (const auto& last : {wholeAreaKey(), notRecordedKey()}) {
        if (keys.contains(last)) {
            result.append(last);
        }
    }
    return result;
}

} // namespace hearth::kpi
