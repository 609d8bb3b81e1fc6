#include "KpiFixture.h"
#include "KpiReport.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace hearth;
using namespace hearth::reports;
using hearth::test::KpiFixture;

namespace {

const Period kQ1 = *Period::fromQuarter(QStringLiteral("FY2026-Q1"));
const QString kRiverside = QStringLiteral("E05000001");
const QString kHillside = QStringLiteral("E05000002");

qint64 value(const KpiReport& report, const char* id, const QString& key = {}, const QString& own = {})
{
    const auto figure = report.figure(QString::fromLatin1(id), key, own);
    INFO(id << " " << key.toStdString() << " " << own.toStdString());
    REQUIRE(figure);
    return figure->value;
}

std::optional<double> rate(const KpiReport& report, const char* id, const QString& key = {})
{
    const auto result = report.rate(QString::fromLatin1(id), key);
    REQUIRE(result);
    return result->first;
}

KpiReport report(KpiFixture& fixture, const Period& period, const QString& dimension = {}, bool publish = false)
{
    return KpiReport::build(fixture.store, {period, dimension, publish});
}

QJsonObject kpiJson(const QJsonObject& root, const char* id)
{
    for (const auto& each : root.value(QStringLiteral("kpis")).toArray()) {
        if (each.toObject().value(QStringLiteral("id")).toString() == QLatin1String(id)) {
            return each.toObject();
        }
    }
    FAIL("no KPI " << id);
    return {};
}

} // namespace

// Closures by the episode in force (docs/architecture.md § Case closures): Eve was closed on 10 May
// and reopened only on 22 November (the fixture's today), so at the end of Q1 her case was closed.
//   on_register at 30 June: identified by then (Ann, Bob, Cat, Eve, Gus, Hal, Ivy, Jo; Dan later,
//     Fay deleted) less closed then (Cat 1 Apr, Eve 10 May, Gus 30 Jun, Hal 31 Mar) = Ann, Bob, Ivy,
//     Jo: 4 (Riverside Ann, Ivy; Hillside Bob, Jo).
//   cases_closed in Q1: Cat 1 Apr (improved), Eve 10 May (moved away), Gus 30 Jun (moved away): 3;
//     not Hal (31 Mar). Riverside: Cat improved, Eve moved away; Hillside: Gus moved away.
// Hearth before the closure history counted Eve as open (on_register 5, cases_closed 2).
TEST_CASE("Every KPI for FY2026-Q1 matches the hand count", "[kpi-report]")
{
    KpiFixture fixture;
    const KpiReport r = report(fixture, kQ1);
    CHECK(value(r, "identified") == 3); // Ann (first day), Bob (last day), Ivy
    CHECK(value(r, "on_register") == 4); // Ann, Bob, Ivy, Jo; not Eve (closed then, reopened later)
    CHECK(value(r, "supported") == 4); // Ann, Eve (contacts); Bob, Ivy (referrals)
    CHECK(value(r, "supported_not_previously_engaged") == 2); // Ann, Eve
    CHECK(value(r, "referrals_sent") == 4); // Bob, Eve, Ivy x2: not the draft, Dan's, Fay's
    CHECK(value(r, "referrals_taken_up") == 2); // accepted, completed
    CHECK(rate(r, "referral_uptake_rate") == 50.0);
    CHECK(value(r, "followed_up") == 3); // Cat, Eve, Ivy; not Jo (deleted review)
    CHECK(value(r, "improved") == 1); // Cat
    CHECK(rate(r, "improved_rate") == 33.3);
    CHECK(value(r, "lonely_at_baseline") == 3);
    CHECK(value(r, "lonely_at_latest") == 2); // Eve, Ivy
    CHECK(value(r, "services_available") == 3); // S1, S3, S7
    CHECK(value(r, "new_opportunities") == 2); // S1, S5
    CHECK(value(r, "cases_closed") == 3); // Cat (first day), Eve (reopened later), Gus (last day); not Hal
    CHECK(value(r, "cases_closed", {}, QStringLiteral("improved")) == 1);
    CHECK(value(r, "cases_closed", {}, QStringLiteral("moved_away")) == 2);
    CHECK(value(r, "cases_closed", {}, QStringLiteral("no_contact")) == 0);
    CHECK(value(r, "actions_by_status") == 4);
    CHECK(value(r, "actions_by_status", {}, QStringLiteral("on_track")) == 1);
    CHECK(value(r, "actions_by_status", {}, QStringLiteral("not_started")) == 1);
    CHECK(value(r, "actions_by_status", {}, QStringLiteral("complete")) == 1);
    CHECK(value(r, "actions_by_status", {}, QStringLiteral("at_risk")) == 1);
    CHECK(value(r, "actions_by_status", {}, QStringLiteral("off_track")) == 0);
    CHECK(value(r, "actions_overdue") == 2); // A1, A4; not A2 (due on the last day)
}

TEST_CASE("The days either side of the quarter count in their own periods", "[kpi-report]")
{
    KpiFixture fixture;
    const KpiReport after = report(fixture, {QDate(2026, 7, 1), QDate(2026, 7, 1)});
    CHECK(value(after, "identified") == 1); // Dan
    CHECK(value(after, "referrals_sent") == 1); // Dan's
    CHECK(value(after, "on_register") == 5); // Ann, Bob, Dan, Ivy, Jo; Eve still closed
    CHECK(value(after, "services_available") == 3); // S1, S4 (starts that day), S7; not S3 (ended)
    CHECK(value(after, "new_opportunities") == 1); // S4

    const KpiReport before = report(fixture, {QDate(2026, 3, 31), QDate(2026, 3, 31)});
    CHECK(value(before, "identified") == 1); // Cat
    CHECK(value(before, "cases_closed") == 1); // Hal
    CHECK(value(before, "cases_closed", {}, QStringLiteral("no_contact")) == 1);
    CHECK(value(before, "supported") == 1); // Cat's contact that day
    CHECK(value(before, "services_available") == 3); // S2 ended that day, S3 and S7 running
}

TEST_CASE("KPIs by ward", "[kpi-report]")
{
    KpiFixture fixture;
    const KpiReport r = report(fixture, kQ1, QStringLiteral("ward"));
    CHECK(r.keys() == QStringList {kRiverside, kHillside, kpi::wholeAreaKey()});
    CHECK(value(r, "identified", kRiverside) == 2);
    CHECK(value(r, "identified", kHillside) == 1);
    CHECK(value(r, "on_register", kRiverside) == 2); // Ann, Ivy
    CHECK(value(r, "on_register", kHillside) == 2);
    CHECK(value(r, "supported", kRiverside) == 3);
    CHECK(value(r, "supported", kHillside) == 1);
    CHECK(value(r, "referrals_sent", kRiverside) == 3);
    CHECK(value(r, "referrals_taken_up", kHillside) == 1);
    CHECK(rate(r, "referral_uptake_rate", kRiverside) == 33.3);
    CHECK(rate(r, "referral_uptake_rate", kHillside) == 100.0);
    CHECK(value(r, "followed_up", kRiverside) == 3);
    CHECK(value(r, "followed_up", kHillside) == 0);
    CHECK(rate(r, "improved_rate", kHillside) == std::nullopt);
    CHECK(value(r, "services_available", kRiverside) == 1);
    CHECK(value(r, "services_available", kHillside) == 1);
    CHECK(value(r, "services_available", kpi::wholeAreaKey()) == 1);
    CHECK(value(r, "new_opportunities", kRiverside) == 2);
    CHECK(value(r, "cases_closed", kRiverside, QStringLiteral("improved")) == 1);
    CHECK(value(r, "cases_closed", kRiverside, QStringLiteral("moved_away")) == 1); // Eve
    CHECK(value(r, "cases_closed", kHillside, QStringLiteral("moved_away")) == 1);
    CHECK(value(r, "cases_closed", kHillside) == 1);
    // Residents have no "whole area" cell; action items no ward at all.
    CHECK_FALSE(r.figure(QStringLiteral("identified"), kpi::wholeAreaKey()));
    CHECK_FALSE(r.figure(QStringLiteral("actions_overdue"), kRiverside));
}

TEST_CASE("By target group a resident counts in each group, and the total counts residents", "[kpi-report]")
{
    KpiFixture fixture;
    const KpiReport r = report(fixture, kQ1, QStringLiteral("target_group"));
    CHECK(value(r, "on_register") == 4);
    CHECK(value(r, "on_register", QStringLiteral("older_people")) == 1); // Ann (Eve closed then)
    CHECK(value(r, "on_register", QStringLiteral("carer")) == 2); // Ann, Bob
    CHECK(value(r, "on_register", QStringLiteral("bereaved")) == 0); // Eve closed then
    CHECK(value(r, "cases_closed", QStringLiteral("bereaved")) == 2); // Cat, Eve
    CHECK(value(r, "on_register", QStringLiteral("young_adult")) == 1); // Ivy
    CHECK(value(r, "on_register", kpi::notRecordedKey()) == 1); // Jo
    CHECK(value(r, "on_register", QStringLiteral("veteran")) == 0);
    CHECK(value(r, "identified", QStringLiteral("carer")) == 2);
    const ReportDocument document = r.toDocument();
    CHECK(document.tables.first().footnotes.join(QLatin1Char(' ')).contains(QStringLiteral("distinct residents")));
}

TEST_CASE("By age band, age on the identified-on date, else the estimate", "[kpi-report]")
{
    KpiFixture fixture;
    const KpiReport r = report(fixture, kQ1, QStringLiteral("age_band"));
    CHECK(value(r, "identified", QStringLiteral("75+")) == 1); // Ann, 76
    CHECK(value(r, "identified", QStringLiteral("25-34")) == 1); // Bob, 26 that day
    CHECK(value(r, "identified", QStringLiteral("16-24")) == 1); // Ivy, 24 that day
    CHECK(value(r, "followed_up", QStringLiteral("65-74")) == 2); // Cat (estimate), Eve (65)
    CHECK(value(r, "on_register", QStringLiteral("unknown")) == 1); // Jo
}

TEST_CASE("The JSON has the shape of spec/cli.md", "[kpi-report]")
{
    KpiFixture fixture;
    const QJsonObject root = report(fixture, kQ1, QStringLiteral("ward")).toJson();
    CHECK(root.value(QStringLiteral("period")).toObject().value(QStringLiteral("from")).toString()
          == QStringLiteral("2026-04-01"));
    CHECK(root.value(QStringLiteral("period")).toObject().value(QStringLiteral("to")).toString()
          == QStringLiteral("2026-06-30"));
    CHECK(root.value(QStringLiteral("published")) == QJsonValue(false));
    CHECK(root.value(QStringLiteral("kpis")).toArray().size() == kpi::definitions().size());
    const QJsonObject identified = kpiJson(root, "identified");
    CHECK(identified.value(QStringLiteral("label")).toString() == kpi::definition(QStringLiteral("identified"))->label);
    CHECK_FALSE(identified.value(QStringLiteral("definition")).toString().isEmpty());
    CHECK(identified.value(QStringLiteral("value")).toInt() == 3);
    CHECK(identified[QStringLiteral("by")][QStringLiteral("ward")][kRiverside].toInt() == 2);
    CHECK(kpiJson(root, "referral_uptake_rate").value(QStringLiteral("value")).toDouble() == 50.0);
    CHECK(kpiJson(root, "improved_rate")[QStringLiteral("by")][QStringLiteral("ward")][kHillside].isNull());
    CHECK(kpiJson(root,
                  "cases_closed")[QStringLiteral("by")][QStringLiteral("closure_reason")][QStringLiteral("improved")]
              .toInt()
          == 1);
    CHECK(kpiJson(root, "actions_by_status")[QStringLiteral("by")][QStringLiteral("status")][QStringLiteral("on_track")]
              .toInt()
          == 1);
}

TEST_CASE("Published: small counts are *, zero stays 0, rates from hidden counts are hidden", "[kpi-report]")
{
    KpiFixture fixture;
    const QJsonObject root = report(fixture, kQ1, QStringLiteral("ward"), true).toJson();
    CHECK(root.value(QStringLiteral("published")) == QJsonValue(true));
    CHECK(root.value(QStringLiteral("suppression_threshold")).toInt() == 5);
    const QJsonObject identified = kpiJson(root, "identified");
    CHECK(identified.value(QStringLiteral("value")).toString() == QStringLiteral("*"));
    CHECK(identified[QStringLiteral("by")][QStringLiteral("ward")][kRiverside].toString() == QStringLiteral("*"));
    CHECK(kpiJson(root, "followed_up")[QStringLiteral("by")][QStringLiteral("ward")][kHillside].toInt() == 0);
    CHECK(kpiJson(root, "followed_up")[QStringLiteral("by")][QStringLiteral("ward")][kHillside].isDouble());
    CHECK(kpiJson(root, "referral_uptake_rate").value(QStringLiteral("value")).toString() == QStringLiteral("*"));
    // The internal report of the same data shows the true figure.
    CHECK(kpiJson(report(fixture, kQ1, QStringLiteral("ward")).toJson(), "identified")
              .value(QStringLiteral("value"))
              .toInt()
          == 3);
}

TEST_CASE("Cases closed by reason and ward: one suppression for both tables, nothing worked back", "[kpi-report]")
{
    // Closures in Q1:      Riverside  Hillside | total
    //   improved                 3          8  |  11
    //   moved_away              10          6  |  16
    //   total                   13         14  |  27
    // 3 is hidden; alone it could be worked back as 11 - 8, so 8 goes too; then 3 could be worked
    // back as 13 - 10 and 8 as 14 - 6, so 10 and 6 go as well.
    kpi::Facts facts;
    const auto add = [&](const QString& ward, const char* reason, int count) {
        for (int i = 0; i < count; ++i) {
            kpi::ResidentFacts r;
            r.id = QStringLiteral("%1-%2-%3").arg(ward, QLatin1String(reason)).arg(i);
            r.wardCode = ward;
            r.identifiedOn = QDate(2025, 1, 1);
            r.closures = {{QDate(2026, 5, 1), {}, QString::fromLatin1(reason)}};
            facts.residents.append(r);
        }
    };
    add(kRiverside, "improved", 3);
    add(kHillside, "improved", 8);
    add(kRiverside, "moved_away", 10);
    add(kHillside, "moved_away", 6);
    KeyLabels labels;
    labels.wards = {{kRiverside, QStringLiteral("Riverside")}, {kHillside, QStringLiteral("Hillside")}};
    const KpiReport r = KpiReport::fromFacts(facts, {kQ1, QStringLiteral("ward"), true}, CouncilSettings {}, labels);

    const auto hidden = [&](const QString& ward, const char* reason) {
        const auto figure = r.figure(QStringLiteral("cases_closed"), ward, QString::fromLatin1(reason));
        REQUIRE(figure);
        return figure->suppressed;
    };
    CHECK(hidden(kRiverside, "improved"));
    CHECK(hidden(kHillside, "improved"));
    CHECK(hidden(kRiverside, "moved_away"));
    CHECK(hidden(kHillside, "moved_away"));
    // Totals are true figures and visible: 11, 16, 13, 14, 27.
    CHECK_FALSE(r.figure(QStringLiteral("cases_closed"), {}, QStringLiteral("improved"))->suppressed);
    CHECK_FALSE(r.figure(QStringLiteral("cases_closed"), kRiverside)->suppressed);
    CHECK(r.figure(QStringLiteral("cases_closed"))->value == 27);

    // The main table's row and the closures table's total row show the same cells.
    const ReportDocument document = r.toDocument();
    REQUIRE(document.tables.size() == 3);
    const ReportTable& closures = document.tables[1];
    CHECK(closures.columns
          == QStringList {QStringLiteral("Closure reason"), QStringLiteral("Riverside"), QStringLiteral("Hillside"),
                          QStringLiteral("Total")});
    const auto row = [](const ReportTable& table, const QString& header) {
        for (const auto& each : table.rows) {
            if (each.first().text == header) {
                QStringList cells;
                for (const auto& cell : each.mid(1)) {
                    cells.append(cell.display());
                }
                return cells;
            }
        }
        return QStringList();
    };
    CHECK(row(closures, QStringLiteral("Improved"))
          == QStringList {QStringLiteral("*"), QStringLiteral("*"), QStringLiteral("11")});
    CHECK(row(closures, QStringLiteral("Total"))
          == QStringList {QStringLiteral("13"), QStringLiteral("14"), QStringLiteral("27")});
    QStringList mainRow = row(document.tables[0], QStringLiteral("Cases closed"));
    mainRow.removeAll(QString()); // the whole-area column does not apply to residents
    CHECK(mainRow == row(closures, QStringLiteral("Total")));
    CHECK(document.footnotes.join(QLatin1Char(' ')).contains(QStringLiteral("from 1 to 4")));
}

TEST_CASE("Chart figures: referrals by status, services by category, actions by status match the hand count",
          "[kpi-report][charts]")
{
    KpiFixture fixture;
    const KpiReport r = report(fixture, kQ1);
    // Referrals sent in Q1 by live residents: Bob accepted, Eve declined, Ivy completed and
    // withdrawn (Ivy's draft, Dan's of 1 July and deleted Fay's do not count).
    const auto status = [&](const char* code) {
        const auto figure = r.chartFigure(QStringLiteral("referrals_by_status"), QString::fromLatin1(code));
        REQUIRE(figure);
        return figure->value;
    };
    CHECK(status("accepted") == 1);
    CHECK(status("declined") == 1);
    CHECK(status("completed") == 1);
    CHECK(status("withdrawn") == 1);
    CHECK(status("sent") == 0);
    CHECK(status("attending") == 0);
    CHECK_FALSE(r.chartFigure(QStringLiteral("referrals_by_status"), QStringLiteral("draft")));
    // Services available: S1 and S3 (social), S7 (no category).
    CHECK(r.chartFigure(QStringLiteral("services_by_category"), QStringLiteral("social"))->value == 2);
    CHECK(r.chartFigure(QStringLiteral("services_by_category"), kpi::notRecordedKey())->value == 1);
    CHECK(r.serviceCategories().contains(QStringLiteral("social")));

    // The same figures, as the charts describe them; no history, so only this quarter's charts.
    const QList<ReportChart> charts = r.charts();
    REQUIRE(charts.size() == 3);
    CHECK(charts[0].id == QStringLiteral("referrals_by_status"));
    CHECK(charts[0].kind == ReportChart::Kind::HorizontalBar);
    CHECK(charts[0].categories.mid(0, 3)
          == QStringList {QStringLiteral("Sent"), QStringLiteral("Accepted"), QStringLiteral("Declined")});
    CHECK(charts[0].altText.contains(QStringLiteral("Accepted 1, Declined 1, No response 0")));
    CHECK(charts[2].id == QStringLiteral("actions_by_status"));
    CHECK(charts[2].title == QStringLiteral("Action-plan items by status on 30 June 2026"));
    // A1 on track, A2 not started, A3 complete, A4 at risk (completed only after the quarter).
    CHECK(charts[2].altText.contains(QStringLiteral("Not started 1, On track 1, At risk 1, Off track 0, Complete 1")));
    CHECK_FALSE(charts[0].hasSuppressed());

    // With a category breakdown the chart shows the KPI table's own cells.
    const KpiReport byCategory = report(fixture, kQ1, QStringLiteral("category"));
    CHECK(byCategory.chartFigure(QStringLiteral("services_by_category"), QStringLiteral("social"))->value == 2);
}

TEST_CASE("Chart figures over eight quarters come from each quarter's own report", "[kpi-report][charts]")
{
    KpiFixture fixture;
    const QList<KpiReport> history = KpiReport::buildHistory(fixture.store, {kQ1, QStringLiteral("ward"), false});
    REQUIRE(history.size() == 8);
    CHECK(history.first().request().period.quarterLabel() == QStringLiteral("FY2024-Q2"));
    CHECK(history.last().request().period == kQ1);
    CHECK(history.last().request().dimension.isEmpty());
    const QList<ReportChart> charts = report(fixture, kQ1).charts(history);
    REQUIRE(charts.size() == 6);
    const ReportChart& residents = charts[0];
    CHECK(residents.categories.size() == 8);
    CHECK(residents.categories.last() == QStringLiteral("FY2026-Q1"));
    REQUIRE(residents.series.size() == 2);
    CHECK(residents.series[0].values.last().number == 3); // identified in Q1
    // Q4 of FY2025 (January to March 2026): Cat, Hal, Jo identified.
    CHECK(residents.series[0].values[6].number == 3);
    const ReportChart& improvement = charts[2];
    CHECK(improvement.kind == ReportChart::Kind::Line);
    // Q1: Cat, Eve and Ivy followed up, Cat improved: 33.3%. Earlier quarters: no one, n/a.
    CHECK(improvement.series[0].values.last().kind == ReportCell::Kind::Percent);
    CHECK(improvement.series[0].values.last().number == Approx(33.3));
    CHECK(improvement.series[0].values.first().display() == QStringLiteral("n/a"));
    CHECK(improvement.altText.contains(QStringLiteral("FY2026-Q1 33.3%")));
    // "n/a" is explained under the chart only when it is drawn.
    CHECK(improvement.notes.join(QLatin1Char(' ')).contains(QStringLiteral("n/a: no one had a follow-up")));
    CHECK_FALSE(charts[0].notes.join(QLatin1Char(' ')).contains(QStringLiteral("n/a")));
}

TEST_CASE("Published charts: small counts are *, and a status worked back from taken up is hidden too",
          "[kpi-report][charts]")
{
    // Referrals in Q1 by status: accepted 3, attending 10, completed 7, declined 6 (26 made, 20
    // taken up). 3 is hidden; alone in the status line, so the smallest other (declined 6) goes;
    // taken up 20 - 10 - 7 would give the 3 back, so completed 7 goes as well.
    kpi::Facts facts;
    kpi::ResidentFacts resident;
    resident.id = QStringLiteral("r");
    resident.wardCode = kRiverside;
    resident.identifiedOn = QDate(2025, 1, 1);
    facts.residents.append(resident);
    const auto add = [&](const char* status, int count) {
        for (int i = 0; i < count; ++i) {
            facts.referrals.append({QStringLiteral("r"), QString::fromLatin1(status), QDate(2026, 5, 1)});
        }
    };
    add("accepted", 3);
    add("attending", 10);
    add("completed", 7);
    add("declined", 6);
    const KpiReport published = KpiReport::fromFacts(facts, {kQ1, {}, true}, CouncilSettings {}, KeyLabels {});
    const auto hidden = [&](const char* status) {
        const auto figure = published.chartFigure(QStringLiteral("referrals_by_status"), QString::fromLatin1(status));
        REQUIRE(figure);
        return figure->suppressed;
    };
    CHECK(hidden("accepted"));
    CHECK(hidden("declined"));
    CHECK(hidden("completed"));
    CHECK_FALSE(hidden("attending"));
    CHECK_FALSE(hidden("sent")); // zero stays 0
    CHECK_FALSE(published.figure(QStringLiteral("referrals_sent"))->suppressed);
    CHECK_FALSE(published.figure(QStringLiteral("referrals_taken_up"))->suppressed);

    const ReportChart chart = published.charts().first();
    CHECK(chart.hasSuppressed());
    CHECK(chart.altText.contains(QStringLiteral("Accepted *, Declined *, No response 0, Attending 10, Completed *")));
    CHECK_FALSE(chart.notes.isEmpty());
    for (const auto& value : chart.series.first().values) {
        CHECK((value.kind != ReportCell::Kind::Count || value.number == 0 || value.number == 10));
    }
    // Internal: the true figures.
    const KpiReport internal = KpiReport::fromFacts(facts, {kQ1, {}, false}, CouncilSettings {}, KeyLabels {});
    CHECK(internal.charts().first().altText.contains(QStringLiteral("Accepted 3, Declined 6")));
}

TEST_CASE("A reopened case counts as closed in the quarters it was closed, and open after", "[kpi-report][closures]")
{
    // Through the repositories and the database's closure history, on the clock of each change.
    test::StorageFixture f;
    const auto on = [&](int year, int month, int day) {
        f.clock.set(QDateTime(QDate(year, month, day), QTime(12, 0), Qt::UTC));
        return QDate(year, month, day);
    };
    const auto resident = [&](const char* name) {
        Resident r = f.makeResident(QString::fromLatin1(name), QStringLiteral("Privateson"));
        r.identifiedOn = QDate(2025, 6, 1);
        return f.store.residents().create(r).id;
    };
    on(2025, 6, 1);
    // Eve: closed 10 March 2026 (FY2025-Q4), reopened 1 July 2026 (FY2026-Q2).
    const QString eve = resident("Eve");
    // Ann: closed 1 February (Q4), reopened 1 May (Q1), closed again 20 August (Q2).
    const QString ann = resident("Ann");
    // Bob: closed 10 April and reopened 2 May, both in Q1.
    const QString bob = resident("Bob");
    auto residents = f.store.residents();
    residents.close(ann, on(2026, 2, 1), QStringLiteral("declined"));
    residents.close(eve, on(2026, 3, 10), QStringLiteral("moved_away"));
    residents.close(bob, on(2026, 4, 10), QStringLiteral("moved_away"));
    on(2026, 5, 1);
    residents.reopen(ann);
    on(2026, 5, 2);
    residents.reopen(bob);
    on(2026, 7, 1);
    residents.reopen(eve);
    residents.close(ann, on(2026, 8, 20), QStringLiteral("improved"));
    on(2026, 11, 22);

    const auto figures = [&](const char* quarter) {
        const KpiReport r = KpiReport::build(f.store, {*Period::fromQuarter(QString::fromLatin1(quarter)), {}, false});
        return QStringLiteral("register %1, closed %2 (improved %3, moved away %4, declined %5)")
            .arg(value(r, "on_register"))
            .arg(value(r, "cases_closed"))
            .arg(value(r, "cases_closed", {}, QStringLiteral("improved")))
            .arg(value(r, "cases_closed", {}, QStringLiteral("moved_away")))
            .arg(value(r, "cases_closed", {}, QStringLiteral("declined")));
    };
    // Q3 (to 31 Dec 2025): all three open.
    CHECK(figures("FY2025-Q3") == QStringLiteral("register 3, closed 0 (improved 0, moved away 0, declined 0)"));
    // Q4 (to 31 Mar): Ann and Eve closed in it and at its end; Bob open.
    CHECK(figures("FY2025-Q4") == QStringLiteral("register 1, closed 2 (improved 0, moved away 1, declined 1)"));
    // Q1 (to 30 Jun): Ann reopened, Bob closed and reopened in it (one closure), Eve still closed.
    CHECK(figures("FY2026-Q1") == QStringLiteral("register 2, closed 1 (improved 0, moved away 1, declined 0)"));
    // Q2 (to 30 Sep): Eve reopened, Ann closed again.
    CHECK(figures("FY2026-Q2") == QStringLiteral("register 2, closed 1 (improved 1, moved away 0, declined 0)"));
}

TEST_CASE("By target group, a council's added group appears with its label, and a retired group still counts",
          "[kpi-report][vocabulary]")
{
    KpiFixture fixture;
    CouncilVocabulary vocabulary = fixture.store.councilVocabulary();
    REQUIRE(vocabulary.targetGroups().add(QStringLiteral("Refugees")).isEmpty());
    fixture.store.saveCouncilVocabulary(vocabulary);
    fixture.resident("Zed", kRiverside, QDate(2026, 5, 1), {QStringLiteral("refugees"), QStringLiteral("bereaved")});
    // Retired after Zed was registered: Zed keeps it and still counts.
    REQUIRE(vocabulary.targetGroups().setRetired(QStringLiteral("refugees"), true).isEmpty());
    REQUIRE(vocabulary.targetGroups().setRetired(QStringLiteral("bereaved"), true).isEmpty());
    fixture.store.saveCouncilVocabulary(vocabulary);

    const KpiReport r = report(fixture, kQ1, QStringLiteral("target_group"));
    CHECK(value(r, "on_register", QStringLiteral("refugees")) == 1); // Zed
    CHECK(value(r, "on_register", QStringLiteral("bereaved")) == 1); // Zed (Eve was closed then)
    CHECK(r.keys().contains(QStringLiteral("refugees")));
    CHECK(r.toDocument().tables.first().columns.contains(QStringLiteral("Refugees")));
}
