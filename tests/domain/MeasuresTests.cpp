// Outcome instruments, written from spec/measures.md and spec/kpis.md: the tables, boundaries and
// rules below are copied from the spec, not from the implementation.
#include "CouncilSettings.h"
#include "Measurement.h"
#include "measures/Instrument.h"

#include "DomainTestHelpers.h"

#include <QJsonArray>

#include <algorithm>
#include <iterator>

using hearth::CouncilSettings;
using hearth::measures::ChangeDirection;
using hearth::measures::instrument;
using hearth::measures::Instrument;
using hearth::measures::MeasureThresholds;
using hearth::measures::Responses;
using hearth::measures::Scores;
using hearth::test::errorFields;

namespace {

const Instrument& get(const char* id)
{
    const Instrument* found = instrument(QString::fromLatin1(id));
    REQUIRE(found != nullptr);
    return *found;
}

Responses answers(std::initializer_list<int> codes)
{
    Responses responses;
    for (const int code : codes) {
        responses.append(code);
    }
    return responses;
}

// `count` answers between low and high that add up to `sum`.
Responses summingTo(int sum, int count, int low, int high)
{
    REQUIRE(sum >= count * low);
    REQUIRE(sum <= count * high);
    Responses responses;
    int left = sum - count * low;
    for (int n = 0; n < count; ++n) {
        const int extra = std::min(left, high - low);
        responses.append(low + extra);
        left -= extra;
    }
    return responses;
}

Scores score(const char* id, const Responses& responses, const MeasureThresholds& thresholds = {})
{
    return get(id).score(responses, thresholds);
}

ChangeDirection change(const char* id, const Responses& before, const Responses& after,
                       const MeasureThresholds& thresholds = {})
{
    const auto result = hearth::measures::compareMeasurements(get(id), before, after, thresholds);
    REQUIRE(result.has_value());
    return result->direction;
}

QStringList labels(const hearth::measures::Item& item)
{
    QStringList result;
    for (const auto& option : item.options) {
        result.append(option.label);
    }
    return result;
}

QList<int> codes(const hearth::measures::Item& item)
{
    QList<int> result;
    for (const auto& option : item.options) {
        result.append(option.code);
    }
    return result;
}

} // namespace

TEST_CASE("Hearth has the seven instruments of measures.md with their items", "[measures]")
{
    const QStringList ids {QStringLiteral("ons-direct"), QStringLiteral("ucla3"),   QStringLiteral("cel"),
                           QStringLiteral("djg6"),       QStringLiteral("swemwbs"), QStringLiteral("wemwbs"),
                           QStringLiteral("ons4")};
    QStringList registered;
    for (const auto& each : hearth::measures::instruments()) {
        registered.append(each.id);
    }
    CHECK(registered == ids);
    CHECK(hearth::instrumentIds() == ids);
    CHECK(instrument(QStringLiteral("gad7")) == nullptr);

    const std::pair<const char*, int> itemCounts[] = {{"ons-direct", 1}, {"ucla3", 3},   {"cel", 3}, {"djg6", 6},
                                                      {"swemwbs", 7},    {"wemwbs", 14}, {"ons4", 4}};
    for (const auto& [id, count] : itemCounts) {
        CAPTURE(id);
        CHECK(get(id).items.size() == count);
    }
    CHECK(get("ons-direct").items[0].text == QStringLiteral("How often do you feel lonely?"));
    CHECK(get("ucla3").items[0].text == QStringLiteral("How often do you feel that you lack companionship?"));
    CHECK(get("ucla3").items[1].text == QStringLiteral("How often do you feel left out?"));
    CHECK(get("ucla3").items[2].text == QStringLiteral("How often do you feel isolated from others?"));
    CHECK(get("ucla3").leadIn.startsWith(QStringLiteral("The next questions are about relationships with others.")));
    CHECK(get("djg6").items[3].text == QStringLiteral("There are plenty of people I can rely on when I have problems"));
    CHECK(get("swemwbs").items[6].text == QStringLiteral("I've been able to make up my own mind about things"));
}

TEST_CASE("Response options carry the spec's codes in the order they are read out", "[measures]")
{
    const auto& onsDirect = get("ons-direct").items[0];
    CHECK(codes(onsDirect) == QList<int> {5, 4, 3, 2, 1});
    CHECK(labels(onsDirect).first() == QStringLiteral("Often/always"));
    CHECK(labels(onsDirect).last() == QStringLiteral("Never"));

    for (const auto& item : get("ucla3").items) {
        CHECK(codes(item) == QList<int> {1, 2, 3});
        CHECK(labels(item)
              == QStringList {QStringLiteral("Hardly ever or never"), QStringLiteral("Some of the time"),
                              QStringLiteral("Often")});
    }

    // CEL: strongly disagree = 4 ... strongly agree = 0; items 1 and 3 read from "strongly
    // disagree", item 2 from "strongly agree".
    const auto& cel = get("cel");
    const QStringList fromDisagree {QStringLiteral("Strongly disagree"), QStringLiteral("Disagree"),
                                    QStringLiteral("Neutral"), QStringLiteral("Agree"),
                                    QStringLiteral("Strongly agree")};
    CHECK(labels(cel.items[0]) == fromDisagree);
    CHECK(codes(cel.items[0]) == QList<int> {4, 3, 2, 1, 0});
    CHECK(labels(cel.items[2]) == fromDisagree);
    CHECK(codes(cel.items[2]) == QList<int> {4, 3, 2, 1, 0});
    QStringList fromAgree = fromDisagree;
    std::reverse(fromAgree.begin(), fromAgree.end());
    CHECK(labels(cel.items[1]) == fromAgree);
    CHECK(codes(cel.items[1]) == QList<int> {0, 1, 2, 3, 4});

    for (const auto& item : get("djg6").items) {
        CHECK(labels(item)
              == QStringList {QStringLiteral("Yes"), QStringLiteral("More or less"), QStringLiteral("No")});
    }
    for (const char* id : {"swemwbs", "wemwbs"}) {
        for (const auto& item : get(id).items) {
            CHECK(codes(item) == QList<int> {1, 2, 3, 4, 5});
            CHECK(labels(item).first() == QStringLiteral("None of the time"));
            CHECK(labels(item).last() == QStringLiteral("All of the time"));
        }
    }
    for (const auto& item : get("ons4").items) {
        CHECK(codes(item) == QList<int> {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10});
    }
}

TEST_CASE("CEL is marked as not a screening tool, and SWEMWBS and WEMWBS carry their copyright line", "[measures]")
{
    CHECK_FALSE(get("cel").screeningAllowed);
    CHECK(get("cel").name.contains(QStringLiteral("not a screening tool")));
    CHECK(get("ucla3").screeningAllowed);
    CHECK(get("swemwbs").notice
          == QStringLiteral("© NHS Health Scotland, University of Warwick and University of Edinburgh, 2008"));
    CHECK(get("wemwbs").notice.startsWith(
        QStringLiteral("© NHS Health Scotland, University of Warwick and University of Edinburgh")));
    // WEMWBS wording is licensed: Hearth ships placeholders a council replaces.
    for (int n = 0; n < 14; ++n) {
        CHECK(get("wemwbs").items[n].text == QStringLiteral("Item %1").arg(n + 1));
    }
}

TEST_CASE("SWEMWBS converts every raw score with the published table", "[measures][swemwbs]")
{
    // measures.md's conversion table, raw -> metric.
    const std::pair<int, double> table[] = {
        {7, 7.00},   {8, 9.51},   {9, 11.25},  {10, 12.40}, {11, 13.33}, {12, 14.08}, {13, 14.75}, {14, 15.32},
        {15, 15.84}, {16, 16.36}, {17, 16.88}, {18, 17.43}, {19, 17.98}, {20, 18.59}, {21, 19.25}, {22, 19.98},
        {23, 20.73}, {24, 21.54}, {25, 22.35}, {26, 23.21}, {27, 24.11}, {28, 25.03}, {29, 26.02}, {30, 27.03},
        {31, 28.13}, {32, 29.31}, {33, 30.70}, {34, 32.55}, {35, 35.00},
    };
    CHECK(std::size(table) == 29);
    for (const auto& [raw, metric] : table) {
        CAPTURE(raw);
        const Scores scores = score("swemwbs", summingTo(raw, 7, 1, 5));
        REQUIRE(scores.scored());
        CHECK(scores.total == raw);
        REQUIRE(scores.metric.has_value());
        CHECK(*scores.metric == Approx(metric).margin(1e-9));
        // kpis.md: low wellbeing is a metric below 19.25, i.e. raw 20 or less.
        CHECK(scores.lonely == (raw <= 20));
        CHECK(scores.classification
              == (raw <= 20 ? QStringLiteral("low_wellbeing") : QStringLiteral("not_low_wellbeing")));
    }
    CHECK_FALSE(hearth::measures::swemwbsMetric(6).has_value());
    CHECK_FALSE(hearth::measures::swemwbsMetric(36).has_value());
}

TEST_CASE("SWEMWBS needs all seven items and its low-wellbeing threshold is configurable", "[measures][swemwbs]")
{
    Responses oneMissing = summingTo(20, 7, 1, 5);
    oneMissing[3] = std::nullopt;
    const Scores missing = score("swemwbs", oneMissing);
    CHECK_FALSE(missing.scored());
    CHECK_FALSE(missing.total.has_value());
    CHECK_FALSE(missing.metric.has_value());
    CHECK_FALSE(missing.lonely.has_value());
    CHECK(missing.missingItems == QList<int> {4});
    CHECK(missing.unscoredReason.contains(QStringLiteral("item 4")));

    MeasureThresholds thresholds;
    thresholds.swemwbsLowWellbeingBelow = 19.98; // raw 22's metric: now raw 21 is low, 22 is not
    CHECK(score("swemwbs", summingTo(21, 7, 1, 5), thresholds).lonely == true);
    CHECK(score("swemwbs", summingTo(22, 7, 1, 5), thresholds).lonely == false);
}

TEST_CASE("UCLA-3 sums three items: 6-9 is lonely, 3-5 not lonely, and the cut is configurable", "[measures][ucla3]")
{
    for (int total = 3; total <= 9; ++total) {
        CAPTURE(total);
        const Scores scores = score("ucla3", summingTo(total, 3, 1, 3));
        CHECK(scores.total == total);
        CHECK(scores.lonely == (total >= 6));
        CHECK(scores.classification == (total >= 6 ? QStringLiteral("lonely") : QStringLiteral("not_lonely")));
    }
    CHECK(score("ucla3", answers({1, 2, 3})).total == 6);

    MeasureThresholds thresholds;
    thresholds.ucla3LonelyFrom = 7;
    CHECK(score("ucla3", answers({2, 2, 2}), thresholds).lonely == false);
    CHECK(score("ucla3", answers({3, 2, 2}), thresholds).lonely == true);

    // All three items are required.
    const Scores missing = score("ucla3", {1, std::nullopt, 3});
    CHECK_FALSE(missing.total.has_value());
    CHECK_FALSE(missing.lonely.has_value());
    CHECK(missing.missingItems == QList<int> {2});
    CHECK(missing.unscoredReason.contains(QStringLiteral("item 2")));
}

TEST_CASE("CEL sums 0-12, higher is lonelier, needs all items and has no lonely classification", "[measures][cel]")
{
    CHECK(score("cel", answers({4, 4, 4})).total == 12);
    CHECK(score("cel", answers({0, 0, 0})).total == 0);
    CHECK(score("cel", answers({4, 0, 2})).total == 6);
    const Scores scores = score("cel", answers({3, 1, 2}));
    CHECK(scores.total == 6);
    CHECK(scores.classification.isEmpty());
    CHECK_FALSE(scores.lonely.has_value());
    CHECK_FALSE(score("cel", {3, std::nullopt, 2}).total.has_value());
}

namespace {

// measures.md's De Jong Gierveld rules, restated for the test: codes yes = 1, more or less = 2, no = 3.
int djgPoint(int item, int code)
{
    const bool emotional = item < 3;
    return emotional ? (code == 1 || code == 2 ? 1 : 0) : (code == 3 || code == 2 ? 1 : 0);
}

} // namespace

TEST_CASE("De Jong Gierveld scores emotional and social items as the spec says, for every answer", "[measures][djg6]")
{
    const auto& djg = get("djg6");
    for (int n = 0; n < 6; ++n) {
        CHECK(codes(djg.items[n]) == QList<int> {1, 2, 3});
    }
    for (int combination = 0; combination < 729; ++combination) {
        Responses responses;
        int emotional = 0;
        int social = 0;
        int rest = combination;
        for (int n = 0; n < 6; ++n) {
            const int code = rest % 3 + 1;
            rest /= 3;
            responses.append(code);
            (n < 3 ? emotional : social) += djgPoint(n, code);
        }
        const Scores scores = djg.score(responses, {});
        REQUIRE(scores.subscales.size() == 2);
        CHECK(scores.subscales[0].key == QStringLiteral("emotional"));
        CHECK(scores.subscales[1].key == QStringLiteral("social"));
        CHECK(scores.subscales[0].value == emotional);
        CHECK(scores.subscales[1].value == social);
        CHECK(scores.total == emotional + social);
    }
}

TEST_CASE("De Jong Gierveld classification boundaries for the total and the subscales", "[measures][djg6]")
{
    // Emotional: "no" scores 0; social: "yes" scores 0. Build totals 0..6 from the emotional side first.
    const QList<std::pair<int, QString>> totals {
        {0, QStringLiteral("not_lonely")},        {1, QStringLiteral("not_lonely")},
        {2, QStringLiteral("moderately_lonely")}, {3, QStringLiteral("moderately_lonely")},
        {4, QStringLiteral("moderately_lonely")}, {5, QStringLiteral("severely_lonely")},
        {6, QStringLiteral("severely_lonely")},
    };
    for (const auto& [total, classification] : totals) {
        CAPTURE(total);
        Responses responses;
        for (int n = 0; n < 6; ++n) {
            const bool point = n < total;
            responses.append(n < 3 ? (point ? 1 : 3) : (point ? 3 : 1));
        }
        const Scores scores = score("djg6", responses);
        CHECK(scores.total == total);
        CHECK(scores.classification == classification);
        CHECK(scores.lonely == (total >= 2));
        const int emotional = std::min(total, 3);
        const int social = std::max(total - 3, 0);
        CHECK(scores.subscales[0].value == emotional);
        CHECK(scores.subscales[0].classification
              == (emotional == 0 ? QStringLiteral("not_lonely") : QStringLiteral("lonely")));
        CHECK(scores.subscales[1].classification
              == (social == 0 ? QStringLiteral("not_lonely") : QStringLiteral("lonely")));
    }
}

TEST_CASE("De Jong Gierveld missing items: total allows one, a subscale none", "[measures][djg6]")
{
    const std::optional<int> missing;
    // One emotional item missing: total from the five answered, emotional missing, social scored.
    const Scores one = score("djg6", {missing, 1, 1, 3, 3, 2});
    CHECK(one.missingItems == QList<int> {1});
    CHECK(one.total == 5);
    CHECK_FALSE(one.subscales[0].value.has_value());
    CHECK(one.subscales[0].classification.isEmpty());
    CHECK(one.subscales[1].value == 3);

    // One social item missing.
    const Scores socialGap = score("djg6", {3, 3, 3, 1, missing, 1});
    CHECK(socialGap.total == 0);
    CHECK(socialGap.classification == QStringLiteral("not_lonely"));
    CHECK(socialGap.subscales[0].value == 0);
    CHECK_FALSE(socialGap.subscales[1].value.has_value());

    // Two missing in one subscale: no total, that subscale missing, the other scored.
    const Scores twoEmotional = score("djg6", {missing, missing, 1, 3, 3, 3});
    CHECK_FALSE(twoEmotional.total.has_value());
    CHECK(twoEmotional.classification.isEmpty());
    CHECK_FALSE(twoEmotional.lonely.has_value());
    CHECK_FALSE(twoEmotional.subscales[0].value.has_value());
    CHECK(twoEmotional.subscales[1].value == 3);
    CHECK(twoEmotional.unscoredReason.contains(QStringLiteral("items 1, 2")));

    // One missing in each: no total and no subscale.
    const Scores spread = score("djg6", {1, missing, 1, 3, 3, missing});
    CHECK_FALSE(spread.total.has_value());
    CHECK_FALSE(spread.subscales[0].value.has_value());
    CHECK_FALSE(spread.subscales[1].value.has_value());
}

TEST_CASE("WEMWBS sums 14 items to 14-70 with no clinical label", "[measures][wemwbs]")
{
    for (const int total : {14, 42, 70}) {
        const Scores scores = score("wemwbs", summingTo(total, 14, 1, 5));
        CHECK(scores.total == total);
        CHECK(scores.classification.isEmpty());
        CHECK_FALSE(scores.lonely.has_value());
    }
    Responses gap = summingTo(40, 14, 1, 5);
    gap[13] = std::nullopt;
    CHECK_FALSE(score("wemwbs", gap).total.has_value());
}

TEST_CASE("ONS direct question: chronically lonely only when often/always", "[measures][ons-direct]")
{
    for (int code = 1; code <= 5; ++code) {
        CAPTURE(code);
        const Scores scores = score("ons-direct", answers({code}));
        CHECK_FALSE(scores.total.has_value()); // no total
        REQUIRE(scores.questions.size() == 1);
        CHECK(scores.questions[0].value == code);
        CHECK(scores.lonely == (code == 5));
        CHECK(scores.classification
              == (code == 5 ? QStringLiteral("chronically_lonely") : QStringLiteral("not_chronically_lonely")));
    }
}

TEST_CASE("ONS4: each question on its own, banded at every boundary", "[measures][ons4]")
{
    // 0-4 low, 5-6 medium, 7-8 high, 9-10 very high; anxiety 0-1 very low, 2-3 low, 4-5 medium, 6-10 high.
    const char* wellbeing[] = {"low",    "low",  "low",  "low",       "low",      "medium",
                               "medium", "high", "high", "very_high", "very_high"};
    const char* anxiety[] = {"very_low", "very_low", "low",  "low",  "medium", "medium",
                             "high",     "high",     "high", "high", "high"};
    for (int value = 0; value <= 10; ++value) {
        CAPTURE(value);
        const Scores scores = score("ons4", answers({value, value, value, value}));
        CHECK_FALSE(scores.total.has_value());
        CHECK(scores.classification.isEmpty());
        REQUIRE(scores.questions.size() == 4);
        for (int q = 0; q < 3; ++q) {
            CHECK(scores.questions[q].value == value);
            CHECK(scores.questions[q].classification == QString::fromLatin1(wellbeing[value]));
        }
        CHECK(scores.questions[3].key == QStringLiteral("anxiety"));
        CHECK(scores.questions[3].classification == QString::fromLatin1(anxiety[value]));
    }
    const Scores partial = score("ons4", {7, std::nullopt, 3, 2});
    CHECK(partial.scored());
    CHECK(partial.missingItems == QList<int> {2});
    CHECK_FALSE(partial.questions[1].value.has_value());
    CHECK(partial.questions[2].value == 3);
}

TEST_CASE("Responses are checked against the instrument and errors name the item", "[measures][validation]")
{
    const auto& ucla = get("ucla3");
    CHECK(hearth::measures::validateResponses(ucla, answers({1, 2, 3})).isEmpty());
    CHECK(hearth::measures::validateResponses(ucla, {1, std::nullopt, 3}).isEmpty());

    const auto outside = hearth::measures::validateResponses(ucla, answers({1, 2, 4}));
    REQUIRE(outside.size() == 1);
    CHECK(outside[0].text()
          == QStringLiteral(
              "responses[2] (item 3, 'How often do you feel isolated from others?'): 4 is not one of 1, 2, 3"));

    const auto tooMany = hearth::measures::validateResponses(ucla, answers({1, 2, 3, 1}));
    CHECK(errorFields(tooMany) == QStringList {QStringLiteral("responses")});
    CHECK(tooMany[0].message.contains(QStringLiteral("3 items")));
    CHECK(errorFields(hearth::measures::validateResponses(ucla, answers({1, 2})))
          == QStringList {QStringLiteral("responses")});
    CHECK(errorFields(hearth::measures::validateResponses(ucla, {std::nullopt, std::nullopt, std::nullopt}))
          == QStringList {QStringLiteral("responses")});

    // CEL runs 0-4; 5 is out, 0 is in.
    CHECK(hearth::measures::validateResponses(get("cel"), answers({0, 4, 0})).isEmpty());
    const auto cel = hearth::measures::validateResponses(get("cel"), answers({0, 5, 0}));
    REQUIRE(cel.size() == 1);
    CHECK(cel[0].field.startsWith(QStringLiteral("responses[1] (item 2, 'I have enough people")));
    // ONS4 runs 0-10.
    CHECK(hearth::measures::validateResponses(get("ons4"), answers({0, 10, 5, 11})).size() == 1);
    // An invalid set is never scored.
    CHECK_FALSE(ucla.score(answers({1, 2, 4}), {}).scored());
}

TEST_CASE("UCLA-3 change: a fall of at least the configured points is improved", "[measures][change]")
{
    CHECK(change("ucla3", answers({3, 2, 2}), answers({2, 2, 2})) == ChangeDirection::Improved);
    CHECK(change("ucla3", answers({2, 2, 2}), answers({2, 2, 2})) == ChangeDirection::NoChange);
    CHECK(change("ucla3", answers({2, 2, 2}), answers({3, 2, 2})) == ChangeDirection::Worsened);

    MeasureThresholds two;
    two.ucla3Improvement = 2;
    CHECK(change("ucla3", answers({3, 2, 2}), answers({2, 2, 2}), two) == ChangeDirection::NoChange);
    CHECK(change("ucla3", answers({3, 3, 2}), answers({2, 2, 2}), two) == ChangeDirection::Improved);

    // 6 (lonely) to 5 (not lonely): moved out of lonely; the difference is latest minus baseline.
    const auto moved = hearth::measures::compareMeasurements(get("ucla3"), answers({2, 2, 2}), answers({2, 2, 1}), {});
    REQUIRE(moved);
    CHECK(moved->movedOutOfLonely);
    CHECK(moved->lonelyAtBaseline == true);
    CHECK(moved->lonelyAtLatest == false);
    CHECK(moved->difference == -1.0);
    const auto stayed = hearth::measures::compareMeasurements(get("ucla3"), answers({3, 3, 3}), answers({2, 2, 3}), {});
    REQUIRE(stayed);
    CHECK(stayed->direction == ChangeDirection::Improved);
    CHECK_FALSE(stayed->movedOutOfLonely);

    // A measurement that cannot be scored cannot be compared.
    CHECK_FALSE(
        hearth::measures::compareMeasurements(get("ucla3"), answers({2, 2, 2}), {2, std::nullopt, 2}, {}).has_value());
}

TEST_CASE("SWEMWBS change: at least 3 metric points either way", "[measures][change][swemwbs]")
{
    // Raw 21 -> 25 is 19.25 -> 22.35: +3.10. Raw 22 -> 25 is 19.98 -> 22.35: +2.37.
    const Responses raw21 = summingTo(21, 7, 1, 5);
    const Responses raw22 = summingTo(22, 7, 1, 5);
    const Responses raw25 = summingTo(25, 7, 1, 5);
    const Responses raw20 = summingTo(20, 7, 1, 5);
    CHECK(change("swemwbs", raw21, raw25) == ChangeDirection::Improved);
    CHECK(change("swemwbs", raw22, raw25) == ChangeDirection::NoChange);
    CHECK(change("swemwbs", raw25, raw21) == ChangeDirection::Worsened);
    CHECK(change("swemwbs", raw25, raw22) == ChangeDirection::NoChange);

    const auto difference = hearth::measures::compareMeasurements(get("swemwbs"), raw21, raw25, {});
    REQUIRE(difference);
    CHECK(*difference->difference == Approx(3.10).margin(1e-9));

    // "At least": a threshold equal to the difference still counts.
    MeasureThresholds exact;
    exact.swemwbsChange = 3.10;
    CHECK(change("swemwbs", raw21, raw25, exact) == ChangeDirection::Improved);
    exact.swemwbsChange = 3.11;
    CHECK(change("swemwbs", raw21, raw25, exact) == ChangeDirection::NoChange);

    // Raw 20 (18.59, low wellbeing) -> 22 (19.98): no meaningful change, but out of low wellbeing.
    const auto moved = hearth::measures::compareMeasurements(get("swemwbs"), raw20, raw22, {});
    REQUIRE(moved);
    CHECK(moved->direction == ChangeDirection::NoChange);
    CHECK(moved->movedOutOfLonely);
}

TEST_CASE("WEMWBS change: 3 points, configurable", "[measures][change][wemwbs]")
{
    CHECK(change("wemwbs", summingTo(40, 14, 1, 5), summingTo(43, 14, 1, 5)) == ChangeDirection::Improved);
    CHECK(change("wemwbs", summingTo(40, 14, 1, 5), summingTo(42, 14, 1, 5)) == ChangeDirection::NoChange);
    CHECK(change("wemwbs", summingTo(40, 14, 1, 5), summingTo(38, 14, 1, 5)) == ChangeDirection::NoChange);
    CHECK(change("wemwbs", summingTo(40, 14, 1, 5), summingTo(37, 14, 1, 5)) == ChangeDirection::Worsened);
    MeasureThresholds five;
    five.wemwbsChange = 5;
    CHECK(change("wemwbs", summingTo(40, 14, 1, 5), summingTo(43, 14, 1, 5), five) == ChangeDirection::NoChange);
}

TEST_CASE("ONS direct change: a move to a lower code is improved", "[measures][change][ons-direct]")
{
    CHECK(change("ons-direct", answers({4}), answers({3})) == ChangeDirection::Improved);
    CHECK(change("ons-direct", answers({3}), answers({3})) == ChangeDirection::NoChange);
    CHECK(change("ons-direct", answers({3}), answers({5})) == ChangeDirection::Worsened);
    const auto moved = hearth::measures::compareMeasurements(get("ons-direct"), answers({5}), answers({4}), {});
    REQUIRE(moved);
    CHECK(moved->movedOutOfLonely);
}

TEST_CASE("ONS4 change: a rise of 1 in the first three and a fall of 1 in anxiety", "[measures][change][ons4]")
{
    const auto result =
        hearth::measures::compareMeasurements(get("ons4"), answers({5, 5, 5, 5}), answers({6, 5, 4, 4}), {});
    REQUIRE(result);
    REQUIRE(result->parts.size() == 4);
    CHECK(result->parts[0].direction == ChangeDirection::Improved); // life satisfaction +1
    CHECK(result->parts[1].direction == ChangeDirection::NoChange);
    CHECK(result->parts[2].direction == ChangeDirection::Worsened); // happiness -1
    CHECK(result->parts[3].direction == ChangeDirection::Improved); // anxiety -1
    CHECK(result->direction == ChangeDirection::NoChange); // mixed
    CHECK(change("ons4", answers({5, 5, 5, 5}), answers({5, 5, 5, 4})) == ChangeDirection::Improved);
    CHECK(change("ons4", answers({5, 5, 5, 5}), answers({5, 5, 5, 6})) == ChangeDirection::Worsened);
    CHECK(change("ons4", answers({5, 5, 5, 5}), answers({5, 6, 5, 5})) == ChangeDirection::Improved);
    CHECK(change("ons4", answers({5, 5, 5, 5}), answers({4, 5, 5, 5})) == ChangeDirection::Worsened);
}

TEST_CASE("CEL and De Jong Gierveld change: Hearth's one-point rule, configurable", "[measures][change]")
{
    CHECK(change("cel", answers({3, 3, 3}), answers({3, 3, 2})) == ChangeDirection::Improved);
    CHECK(change("cel", answers({3, 3, 2}), answers({3, 3, 3})) == ChangeDirection::Worsened);
    CHECK(change("djg6", answers({1, 1, 1, 3, 3, 3}), answers({3, 1, 1, 3, 3, 3})) == ChangeDirection::Improved);
    MeasureThresholds two;
    two.djg6Change = 2;
    CHECK(change("djg6", answers({1, 1, 1, 3, 3, 3}), answers({3, 1, 1, 3, 3, 3}), two) == ChangeDirection::NoChange);
    const auto moved = hearth::measures::compareMeasurements(get("djg6"), answers({1, 1, 3, 1, 1, 1}),
                                                             answers({3, 1, 3, 1, 1, 1}), {});
    REQUIRE(moved);
    CHECK(moved->movedOutOfLonely); // total 2 (moderately lonely) -> 1 (not lonely)
}

TEST_CASE("Measure thresholds come from the council settings, defaults as the spec", "[measures][settings]")
{
    const CouncilSettings defaults;
    const MeasureThresholds thresholds = MeasureThresholds::fromSettings(defaults);
    CHECK(thresholds.ucla3LonelyFrom == 6);
    CHECK(thresholds.ucla3Improvement == 1);
    CHECK(thresholds.swemwbsChange == 3.0);
    CHECK(thresholds.swemwbsLowWellbeingBelow == 19.25);
    CHECK(thresholds.wemwbsChange == 3);
    CHECK(thresholds == MeasureThresholds {});

    CouncilSettings changed;
    changed.councilName = QStringLiteral("Kent");
    changed.ucla3LonelyFrom = 7;
    changed.swemwbsLowWellbeingBelow = 20.0;
    CHECK(changed.validate().isEmpty());
    CHECK(MeasureThresholds::fromSettings(changed).ucla3LonelyFrom == 7);
    CHECK(MeasureThresholds::fromSettings(changed).swemwbsLowWellbeingBelow == 20.0);

    const auto refused = [](auto member, auto value, const char* field) {
        CouncilSettings s;
        s.councilName = QStringLiteral("Kent");
        s.*member = value;
        CAPTURE(field);
        CHECK(errorFields(s.validate()) == QStringList {QString::fromLatin1(field)});
    };
    refused(&CouncilSettings::ucla3LonelyFrom, 10, "ucla3_lonely_from");
    refused(&CouncilSettings::ucla3LonelyFrom, 3, "ucla3_lonely_from");
    refused(&CouncilSettings::ucla3Improvement, 0, "ucla3_improvement");
    refused(&CouncilSettings::swemwbsChange, 0.0, "swemwbs_change");
    refused(&CouncilSettings::swemwbsLowWellbeingBelow, 36.0, "swemwbs_low_wellbeing_below");
    refused(&CouncilSettings::wemwbsChange, 0, "wemwbs_change");
    refused(&CouncilSettings::celChange, 13, "cel_change");
    refused(&CouncilSettings::djg6Change, 7, "djg6_change");
}

TEST_CASE("Scores as JSON carry the total, metric, parts and missing items", "[measures]")
{
    const QJsonObject swemwbs = hearth::measures::scoresToJson(score("swemwbs", summingTo(21, 7, 1, 5)));
    CHECK(swemwbs.value(QStringLiteral("total")).toInt() == 21);
    CHECK(swemwbs.value(QStringLiteral("metric")).toDouble() == Approx(19.25));
    const QJsonObject djg = hearth::measures::scoresToJson(score("djg6", {std::nullopt, 1, 1, 3, 3, 3}));
    CHECK(djg.value(QStringLiteral("missing_items")).toArray() == QJsonArray {1});
    CHECK(djg.value(QStringLiteral("subscales")).toArray().size() == 2);
}

TEST_CASE("A review falls due the configured number of weeks after the baseline, until one is recorded",
          "[measures][review]")
{
    const auto measurement = [](const char* stage, const QDate& on) {
        hearth::Measurement m;
        m.instrument = QStringLiteral("ucla3");
        m.stage = QString::fromLatin1(stage);
        m.takenOn = on;
        m.responses = {2, 2, 2};
        return m;
    };
    const QDate baselineOn(2026, 3, 2);
    // No baseline-stage measurement: nothing is due.
    CHECK_FALSE(hearth::reviewDueOn({}, 12));
    CHECK_FALSE(hearth::reviewDueOn({measurement("review", baselineOn)}, 12));
    // Twelve weeks after the baseline, or the council's own interval.
    CHECK(hearth::reviewDueOn({measurement("baseline", baselineOn)}, 12) == QDate(2026, 5, 25));
    CHECK(hearth::reviewDueOn({measurement("baseline", baselineOn)}, 8) == QDate(2026, 4, 27));
    // A review or an exit after the baseline means the review is done.
    CHECK_FALSE(
        hearth::reviewDueOn({measurement("baseline", baselineOn), measurement("review", QDate(2026, 4, 1))}, 12));
    CHECK_FALSE(hearth::reviewDueOn({measurement("exit", QDate(2026, 6, 1)), measurement("baseline", baselineOn)}, 12));
}
