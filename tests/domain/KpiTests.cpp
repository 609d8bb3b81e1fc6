#include "Kpi.h"

#include "TestSupport.h"

#include <tuple>

using namespace hearth;
using namespace hearth::kpi;

namespace {

ResidentFacts resident(const QString& id, const QDate& identifiedOn)
{
    ResidentFacts facts;
    facts.id = id;
    facts.wardCode = QStringLiteral("E05000001");
    facts.identifiedOn = identifiedOn;
    return facts;
}

MeasurementFacts measurement(const char* stage, const QDate& on, const measures::Responses& responses = {1, 1, 1})
{
    return {QStringLiteral("r"), QString::fromLatin1(stage), on, responses};
}

const Period kQ1 {QDate(2026, 4, 1), QDate(2026, 6, 30)};

const Result& find(const QList<Result>& results, const char* id)
{
    for (const auto& result : results) {
        if (result.definition->id == QLatin1String(id)) {
            return result;
        }
    }
    FAIL("no KPI " << id);
    return results.first();
}

} // namespace

TEST_CASE("Every KPI of kpis.md is defined once, in order, with a label and a definition", "[kpi]")
{
    const QStringList expected {QStringLiteral("identified"),
                                QStringLiteral("on_register"),
                                QStringLiteral("supported"),
                                QStringLiteral("supported_not_previously_engaged"),
                                QStringLiteral("referrals_sent"),
                                QStringLiteral("referrals_taken_up"),
                                QStringLiteral("referral_uptake_rate"),
                                QStringLiteral("followed_up"),
                                QStringLiteral("improved"),
                                QStringLiteral("improved_rate"),
                                QStringLiteral("lonely_at_baseline"),
                                QStringLiteral("lonely_at_latest"),
                                QStringLiteral("services_available"),
                                QStringLiteral("new_opportunities"),
                                QStringLiteral("cases_closed"),
                                QStringLiteral("actions_by_status"),
                                QStringLiteral("actions_overdue")};
    QStringList ids;
    for (const auto& each : definitions()) {
        ids.append(each.id);
        CHECK_FALSE(each.label.isEmpty());
        CHECK_FALSE(each.definition.isEmpty());
        if (each.isRate()) {
            CHECK(definition(each.numerator));
            CHECK(definition(each.denominator));
        }
    }
    CHECK(ids == expected);
    CHECK(definition(QStringLiteral("nope")) == nullptr);
}

TEST_CASE("Breakdowns: resident KPIs by the six resident dimensions, services by ward and category", "[kpi]")
{
    const Definition& identified = *definition(QStringLiteral("identified"));
    const Definition& services = *definition(QStringLiteral("services_available"));
    const Definition& actions = *definition(QStringLiteral("actions_overdue"));
    for (const auto& dimension : residentDimensions()) {
        CHECK(supports(identified, dimension));
    }
    CHECK_FALSE(supports(identified, QStringLiteral("category")));
    CHECK(supports(services, QStringLiteral("ward")));
    CHECK(supports(services, QStringLiteral("category")));
    CHECK_FALSE(supports(services, QStringLiteral("sex")));
    CHECK_FALSE(supports(actions, QStringLiteral("ward")));
    CHECK(supports(*definition(QStringLiteral("referrals_sent")), QStringLiteral("age_band")));
    CHECK(allDimensions().size() == 7);
}

TEST_CASE("Percentages have one decimal, rounded half up, and none without a denominator", "[kpi]")
{
    CHECK(percentage(1, 3) == 33.3);
    CHECK(percentage(2, 3) == 66.7);
    CHECK(percentage(1, 8) == 12.5);
    CHECK(percentage(1, 16) == 6.3); // 6.25 rounds up
    CHECK(percentage(5, 5) == 100.0);
    CHECK(percentage(0, 7) == 0.0);
    CHECK_FALSE(percentage(0, 0));
}

TEST_CASE("Age band is taken on the identified-on date, else the estimate, else unknown", "[kpi]")
{
    ResidentFacts facts = resident(QStringLiteral("r"), QDate(2026, 4, 1));
    facts.dateOfBirth = QDate(2002, 4, 2); // 23 on 2026-04-01, 24 the next day
    CHECK(ageBandKey(facts) == QStringLiteral("16-24"));
    facts.dateOfBirth = QDate(2001, 4, 1); // 25 that day
    CHECK(ageBandKey(facts) == QStringLiteral("25-34"));
    facts.dateOfBirth = QDate(1951, 4, 1);
    CHECK(ageBandKey(facts) == QStringLiteral("75+"));
    facts.dateOfBirth = QDate(2011, 1, 1);
    CHECK(ageBandKey(facts) == QStringLiteral("under-16"));
    facts.dateOfBirth = {};
    facts.ageBandEstimate = QStringLiteral("65-74");
    CHECK(ageBandKey(facts) == QStringLiteral("65-74"));
    facts.ageBandEstimate.clear();
    CHECK(ageBandKey(facts) == QStringLiteral("unknown"));
}

TEST_CASE("Breakdown keys: several target groups, and not recorded", "[kpi]")
{
    ResidentFacts facts = resident(QStringLiteral("r"), QDate(2026, 4, 1));
    facts.targetGroups = {QStringLiteral("carer"), QStringLiteral("bereaved")};
    CHECK(residentKeys(facts, QStringLiteral("target_group")) == facts.targetGroups);
    facts.targetGroups.clear();
    CHECK(residentKeys(facts, QStringLiteral("target_group")) == QStringList {notRecordedKey()});
    CHECK(residentKeys(facts, QStringLiteral("sex")) == QStringList {notRecordedKey()});
    CHECK(residentKeys(facts, QStringLiteral("officer")) == QStringList {notRecordedKey()});
    CHECK(residentKeys(facts, QStringLiteral("ward")) == QStringList {QStringLiteral("E05000001")});
    ServiceFacts service;
    CHECK(serviceKeys(service, QStringLiteral("ward")) == QStringList {wholeAreaKey()});
    service.wardsServed = {QStringLiteral("E1"), QStringLiteral("E2")};
    CHECK(serviceKeys(service, QStringLiteral("ward")) == service.wardsServed);
}

TEST_CASE("Follow-up: a measurement in the period later than the baseline", "[kpi]")
{
    const QDate before(2026, 1, 10);
    // Baseline before the period, review on its last day: followed up, latest is the review.
    auto pair = followUp({measurement("baseline", before), measurement("review", kQ1.to)}, kQ1);
    REQUIRE(pair);
    CHECK(pair->baseline.takenOn == before);
    CHECK(pair->latest.takenOn == kQ1.to);
    // Only a baseline in the period: not followed up.
    CHECK_FALSE(followUp({measurement("baseline", kQ1.from)}, kQ1));
    // A review on the baseline's own day is not later than it.
    CHECK_FALSE(followUp({measurement("baseline", kQ1.from), measurement("review", kQ1.from)}, kQ1));
    // A review only after the period: not followed up in it.
    CHECK_FALSE(followUp({measurement("baseline", before), measurement("review", kQ1.to.addDays(1))}, kQ1));
    // Reviews before and in the period: the latest on or before the end.
    pair = followUp({measurement("baseline", before), measurement("review", kQ1.from.addDays(-1)),
                     measurement("review", kQ1.from), measurement("exit", kQ1.to.addDays(1))},
                    kQ1);
    REQUIRE(pair);
    CHECK(pair->latest.takenOn == kQ1.from);
    // Without a baseline-stage measurement, the earliest is the baseline.
    pair = followUp({measurement("review", before), measurement("review", kQ1.from.addDays(3))}, kQ1);
    REQUIRE(pair);
    CHECK(pair->baseline.takenOn == before);
    CHECK(followUp({}, kQ1) == std::nullopt);
}

TEST_CASE("compute: distinct totals over several target groups, reopened cases on the register", "[kpi]")
{
    Facts facts;
    ResidentFacts a = resident(QStringLiteral("a"), kQ1.from);
    a.targetGroups = {QStringLiteral("carer"), QStringLiteral("bereaved")};
    a.previouslyEngaged = false;
    ResidentFacts b = resident(QStringLiteral("b"), kQ1.to);
    b.targetGroups = {QStringLiteral("carer")};
    ResidentFacts c = resident(QStringLiteral("c"), kQ1.to.addDays(1)); // identified after the period
    ResidentFacts d = resident(QStringLiteral("d"), QDate(2025, 1, 1)); // closed in the period
    d.closures = {{kQ1.to, {}, QStringLiteral("moved_away")}};
    ResidentFacts e = resident(QStringLiteral("e"), QDate(2025, 1, 1)); // closed before, reopened in the period
    e.closures = {{QDate(2026, 3, 1), kQ1.from.addDays(5), QStringLiteral("improved")}};
    facts.residents = {a, b, c, d, e};
    facts.contactedResidentIds = {QStringLiteral("a")};
    facts.referrals = {{QStringLiteral("a"), QStringLiteral("accepted"), kQ1.from},
                       {QStringLiteral("b"), QStringLiteral("declined"), kQ1.to},
                       {QStringLiteral("b"), QStringLiteral("draft"), kQ1.to}};

    Options options;
    options.period = kQ1;
    options.dimension = QStringLiteral("target_group");
    const QList<Result> results = compute(facts, options);

    const Result& identified = find(results, "identified");
    CHECK(identified.count.total == 2);
    CHECK(identified.count.by.value(QStringLiteral("carer")) == 2);
    CHECK(identified.count.by.value(QStringLiteral("bereaved")) == 1);
    CHECK(find(results, "on_register").count.total == 3); // a, b, e; not c (later), not d (closed)
    const Result& closed = find(results, "cases_closed");
    CHECK(closed.count.total == 1);
    CHECK(closed.own.value(QStringLiteral("moved_away")).total == 1);
    CHECK(closed.own.value(QStringLiteral("improved")).total == 0);
    CHECK(find(results, "supported").count.total == 2); // a (contact and referral), b (referral)
    CHECK(find(results, "supported_not_previously_engaged").count.total == 1);
    CHECK(find(results, "referrals_sent").count.total == 2); // the draft is not sent
    const Result& rate = find(results, "referral_uptake_rate");
    CHECK(rate.rate() == 50.0);
    CHECK(rate.rate(QStringLiteral("bereaved")) == 100.0);
    CHECK(rate.rate(QStringLiteral("veteran")) == std::nullopt);
}

TEST_CASE("Closure episodes: the one in force at the date counts, reopened or not", "[kpi]")
{
    const Period q4 {QDate(2026, 1, 1), QDate(2026, 3, 31)};
    const Period q2 {QDate(2026, 7, 1), QDate(2026, 9, 30)};
    const auto figures = [](const ResidentFacts& r, const Period& period) {
        Facts facts;
        facts.residents = {r};
        Options options;
        options.period = period;
        const QList<Result> results = compute(facts, options);
        const Result& closed = find(results, "cases_closed");
        QStringList reasons;
        for (auto it = closed.own.cbegin(); it != closed.own.cend(); ++it) {
            if (it.value().total > 0) {
                reasons.append(it.key());
            }
        }
        return std::tuple(find(results, "on_register").count.total, closed.count.total, reasons.join(u','));
    };

    SECTION("closed in Q4, reopened in Q2: closed at the end of Q4 and Q1, open at the end of Q2")
    {
        ResidentFacts eve = resident(QStringLiteral("eve"), QDate(2025, 6, 1));
        eve.closures = {{QDate(2026, 3, 10), QDate(2026, 7, 1), QStringLiteral("moved_away")}};
        CHECK(figures(eve, q4) == std::tuple(0, 1, QStringLiteral("moved_away")));
        CHECK(figures(eve, kQ1) == std::tuple(0, 0, QString()));
        CHECK(figures(eve, q2) == std::tuple(1, 0, QString()));
        // Reopened on the last day of a period: open at its end.
        eve.closures.first().reopenedOn = q4.to;
        CHECK(figures(eve, q4) == std::tuple(1, 1, QStringLiteral("moved_away")));
    }
    SECTION("closed, reopened and closed again: each closure counts in its own period")
    {
        ResidentFacts ann = resident(QStringLiteral("ann"), QDate(2025, 6, 1));
        ann.closures = {{QDate(2026, 8, 20), {}, QStringLiteral("improved")},
                        {QDate(2026, 2, 1), QDate(2026, 5, 1), QStringLiteral("declined")}};
        CHECK(figures(ann, q4) == std::tuple(0, 1, QStringLiteral("declined")));
        CHECK(figures(ann, kQ1) == std::tuple(1, 0, QString()));
        CHECK(figures(ann, q2) == std::tuple(0, 1, QStringLiteral("improved")));
    }
    SECTION("closed and reopened within one quarter: open at its end, closed once in it")
    {
        ResidentFacts bob = resident(QStringLiteral("bob"), QDate(2025, 6, 1));
        bob.closures = {{QDate(2026, 4, 10), QDate(2026, 5, 2), QStringLiteral("moved_away")}};
        CHECK(figures(bob, kQ1) == std::tuple(1, 1, QStringLiteral("moved_away")));
        // Closed twice in the quarter: one case closed, by the reason of the later closure.
        bob.closures.append({QDate(2026, 6, 1), {}, QStringLiteral("improved")});
        CHECK(figures(bob, kQ1) == std::tuple(0, 1, QStringLiteral("improved")));
    }
}

TEST_CASE("Keys are ordered as their vocabulary, with not recorded last", "[kpi]")
{
    const QStringList keys = orderedKeys(QStringLiteral("age_band"),
                                         {QStringLiteral("75+"), QStringLiteral("16-24"), QStringLiteral("unknown")});
    CHECK(keys == QStringList {QStringLiteral("16-24"), QStringLiteral("75+"), QStringLiteral("unknown")});
    CHECK(orderedKeys(QStringLiteral("ward"), {notRecordedKey(), QStringLiteral("E2"), QStringLiteral("E1")})
          == QStringList {QStringLiteral("E1"), QStringLiteral("E2"), notRecordedKey()});
}

TEST_CASE("compute: with SWEMWBS as the primary instrument, low wellbeing stands for lonely", "[kpi]")
{
    Facts facts;
    facts.residents = {resident(QStringLiteral("r"), QDate(2025, 1, 1))};
    // Raw 14 (metric well below 19.25: low wellbeing) to raw 28 (not low): improved.
    facts.measurements[QStringLiteral("r")] = {measurement("baseline", QDate(2026, 1, 5), {2, 2, 2, 2, 2, 2, 2}),
                                               measurement("review", QDate(2026, 5, 5), {4, 4, 4, 4, 4, 4, 4})};
    Options options;
    options.period = kQ1;
    options.primaryInstrument = QStringLiteral("swemwbs");
    const QList<Result> results = compute(facts, options);
    CHECK(find(results, "followed_up").count.total == 1);
    CHECK(find(results, "improved").count.total == 1);
    CHECK(find(results, "lonely_at_baseline").count.total == 1);
    CHECK(find(results, "lonely_at_latest").count.total == 0);
    CHECK(find(results, "improved_rate").rate() == 100.0);

    // Read as UCLA-3 (storage reads only the primary instrument's rows; here the same facts), seven
    // answers do not score, so nothing is improved or lonely: the instrument's own rules apply.
    options.primaryInstrument = QStringLiteral("ucla3");
    const QList<Result> ucla = compute(facts, options);
    CHECK(find(ucla, "followed_up").count.total == 1);
    CHECK(find(ucla, "improved").count.total == 0);
    CHECK(find(ucla, "lonely_at_baseline").count.total == 0);
}

TEST_CASE("Chart counts: referrals sent by status and services available by category", "[kpi]")
{
    Facts facts;
    facts.residents = {resident(QStringLiteral("a"), QDate(2026, 1, 5)),
                       resident(QStringLiteral("b"), QDate(2026, 1, 5))};
    const auto referral = [](const char* who, const char* status, const QDate& sent) {
        return ReferralFacts {QString::fromLatin1(who), QString::fromLatin1(status), sent};
    };
    facts.referrals = {
        referral("a", "accepted", QDate(2026, 4, 1)), // first day: counts
        referral("a", "accepted", QDate(2026, 6, 30)), // last day: counts
        referral("b", "declined", QDate(2026, 5, 2)),     referral("b", "completed", QDate(2026, 5, 3)),
        referral("b", "sent", QDate(2026, 3, 31)), // the day before: not in the period
        referral("b", "draft", QDate(2026, 5, 3)), // a draft is not sent
        referral("gone", "attending", QDate(2026, 5, 3)), // a soft-deleted resident: not counted
    };
    const auto service = [](const char* status, const QDate& started, const QDate& ended, const QStringList& cats) {
        ServiceFacts facts;
        facts.status = QString::fromLatin1(status);
        facts.startedOn = started;
        facts.endedOn = ended;
        facts.categories = cats;
        return facts;
    };
    facts.services = {
        service("active", {}, {}, {QStringLiteral("arts"), QStringLiteral("walking")}), // once in each category
        service("active", QDate(2026, 6, 30), {}, {QStringLiteral("arts")}),
        service("active", {}, {}, {}), // no category: not recorded
        service("active", QDate(2026, 7, 1), {}, {QStringLiteral("arts")}), // starts after the period
        service("active", {}, QDate(2026, 3, 31), {QStringLiteral("walking")}), // ended before it
        service("defunct", {}, {}, {QStringLiteral("walking")}),
    };
    const ChartCounts counts = chartCounts(facts, kQ1);
    CHECK(counts.referralsByStatus.total == 4);
    CHECK(counts.referralsByStatus.by
          == QMap<QString, qint64> {
              {QStringLiteral("accepted"), 2}, {QStringLiteral("declined"), 1}, {QStringLiteral("completed"), 1}});
    CHECK(counts.servicesByCategory.total == 3);
    CHECK(
        counts.servicesByCategory.by
        == QMap<QString, qint64> {{QStringLiteral("arts"), 2}, {QStringLiteral("walking"), 1}, {notRecordedKey(), 1}});

    // The totals are the KPIs' own.
    Options options;
    options.period = kQ1;
    const auto results = compute(facts, options);
    CHECK(find(results, "referrals_sent").count.total == counts.referralsByStatus.total);
    CHECK(find(results, "services_available").count.total == counts.servicesByCategory.total);
    qint64 takenUp = 0;
    for (const auto& status : takenUpStatuses()) {
        takenUp += counts.referralsByStatus.by.value(status);
    }
    CHECK(find(results, "referrals_taken_up").count.total == takenUp);
    CHECK(sentReferralStatuses().first() == QStringLiteral("sent"));
    CHECK_FALSE(sentReferralStatuses().contains(QStringLiteral("draft")));
}
