#include "Instrument.h"

#include "Localised.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace hearth::measures {

namespace {

using Kind = Instrument::Kind;

// ---- definitions -------------------------------------------------------------------------

QList<ResponseOption> options(std::initializer_list<std::pair<int, const char*>> list)
{
    QList<ResponseOption> result;
    for (const auto& [code, label] : list) {
        result.append({code, QCoreApplication::translate("hearth::measures", label)});
    }
    return result;
}

Item item(const char* text, const QList<ResponseOption>& options, const char* part = "")
{
    return {QCoreApplication::translate("hearth::measures", text), options, QString::fromLatin1(part)};
}

Instrument onsDirect()
{
    Instrument i;
    i.kind = Kind::OnsDirect;
    i.id = QStringLiteral("ons-direct");
    i.name = QCoreApplication::translate("hearth::measures", "ONS direct question (adults 16+)");
    i.minimum = 1;
    i.maximum = 5;
    i.lonelyLabel = QCoreApplication::translate("hearth::measures", "Chronically lonely");
    i.items = {item(QT_TRANSLATE_NOOP("hearth::measures", "How often do you feel lonely?"),
                    options({{5, QT_TRANSLATE_NOOP("hearth::measures", "Often/always")},
                             {4, QT_TRANSLATE_NOOP("hearth::measures", "Some of the time")},
                             {3, QT_TRANSLATE_NOOP("hearth::measures", "Occasionally")},
                             {2, QT_TRANSLATE_NOOP("hearth::measures", "Hardly ever")},
                             {1, QT_TRANSLATE_NOOP("hearth::measures", "Never")}}),
                    "how_often_lonely")};
    return i;
}

Instrument ucla3()
{
    Instrument i;
    i.kind = Kind::Ucla3;
    i.id = QStringLiteral("ucla3");
    i.name = QCoreApplication::translate("hearth::measures", "3-item UCLA Loneliness Scale");
    i.leadIn = QCoreApplication::translate(
        "hearth::measures",
        "The next questions are about relationships with others. For each one, please say how "
        "often (if at all) you feel that way.");
    i.minimum = 3;
    i.maximum = 9;
    i.lonelyLabel = QCoreApplication::translate("hearth::measures", "Lonely");
    const auto answers = options({{1, QT_TRANSLATE_NOOP("hearth::measures", "Hardly ever or never")},
                                  {2, QT_TRANSLATE_NOOP("hearth::measures", "Some of the time")},
                                  {3, QT_TRANSLATE_NOOP("hearth::measures", "Often")}});
    i.items = {
        item(QT_TRANSLATE_NOOP("hearth::measures", "How often do you feel that you lack companionship?"), answers),
        item(QT_TRANSLATE_NOOP("hearth::measures", "How often do you feel left out?"), answers),
        item(QT_TRANSLATE_NOOP("hearth::measures", "How often do you feel isolated from others?"), answers)};
    return i;
}

Instrument cel()
{
    Instrument i;
    i.kind = Kind::Cel;
    i.id = QStringLiteral("cel");
    i.name = QCoreApplication::translate("hearth::measures",
                                         "Campaign to End Loneliness Measurement Tool (not a screening tool)");
    i.notice = QCoreApplication::translate(
        "hearth::measures",
        "The tool's authors say it is not a screening tool: do not use it to decide whether "
        "someone is eligible for support.");
    i.screeningAllowed = false;
    i.minimum = 0;
    i.maximum = 12;
    // Items 1 and 3 are read from "strongly disagree", item 2 from "strongly agree".
    const auto fromDisagree = options({{4, QT_TRANSLATE_NOOP("hearth::measures", "Strongly disagree")},
                                       {3, QT_TRANSLATE_NOOP("hearth::measures", "Disagree")},
                                       {2, QT_TRANSLATE_NOOP("hearth::measures", "Neutral")},
                                       {1, QT_TRANSLATE_NOOP("hearth::measures", "Agree")},
                                       {0, QT_TRANSLATE_NOOP("hearth::measures", "Strongly agree")}});
    const auto fromAgree = options({{0, QT_TRANSLATE_NOOP("hearth::measures", "Strongly agree")},
                                    {1, QT_TRANSLATE_NOOP("hearth::measures", "Agree")},
                                    {2, QT_TRANSLATE_NOOP("hearth::measures", "Neutral")},
                                    {3, QT_TRANSLATE_NOOP("hearth::measures", "Disagree")},
                                    {4, QT_TRANSLATE_NOOP("hearth::measures", "Strongly disagree")}});
    i.items = {
        item(QT_TRANSLATE_NOOP("hearth::measures", "I am content with my friendships and relationships"), fromDisagree),
        item(QT_TRANSLATE_NOOP("hearth::measures",
                               "I have enough people I feel comfortable asking for help at any time"),
             fromAgree),
        item(QT_TRANSLATE_NOOP("hearth::measures", "My relationships are as satisfying as I would want them to be"),
             fromDisagree)};
    return i;
}

// De Jong Gierveld answers. measures.md names no codes; Hearth stores yes = 1, more or less = 2,
// no = 3 (the usual coding of the published data sets).
constexpr int kDjgYes = 1;
constexpr int kDjgMoreOrLess = 2;
constexpr int kDjgNo = 3;

Instrument djg6()
{
    Instrument i;
    i.kind = Kind::Djg6;
    i.id = QStringLiteral("djg6");
    i.name = QCoreApplication::translate("hearth::measures", "De Jong Gierveld 6-item Loneliness Scale");
    i.minimum = 0;
    i.maximum = 6;
    i.lonelyLabel = QCoreApplication::translate("hearth::measures", "Lonely"); // moderately or severely
    const auto answers = options({{kDjgYes, QT_TRANSLATE_NOOP("hearth::measures", "Yes")},
                                  {kDjgMoreOrLess, QT_TRANSLATE_NOOP("hearth::measures", "More or less")},
                                  {kDjgNo, QT_TRANSLATE_NOOP("hearth::measures", "No")}});
    i.items = {
        item(QT_TRANSLATE_NOOP("hearth::measures", "I experience a general sense of emptiness"), answers, "emotional"),
        item(QT_TRANSLATE_NOOP("hearth::measures", "I miss having people around me"), answers, "emotional"),
        item(QT_TRANSLATE_NOOP("hearth::measures", "I often feel rejected"), answers, "emotional"),
        item(QT_TRANSLATE_NOOP("hearth::measures", "There are plenty of people I can rely on when I have problems"),
             answers, "social"),
        item(QT_TRANSLATE_NOOP("hearth::measures", "There are many people I can trust completely"), answers, "social"),
        item(QT_TRANSLATE_NOOP("hearth::measures", "There are enough people I feel close to"), answers, "social")};
    return i;
}

QList<ResponseOption> wemwbsAnswers()
{
    return options({{1, QT_TRANSLATE_NOOP("hearth::measures", "None of the time")},
                    {2, QT_TRANSLATE_NOOP("hearth::measures", "Rarely")},
                    {3, QT_TRANSLATE_NOOP("hearth::measures", "Some of the time")},
                    {4, QT_TRANSLATE_NOOP("hearth::measures", "Often")},
                    {5, QT_TRANSLATE_NOOP("hearth::measures", "All of the time")}});
}

Instrument swemwbs()
{
    Instrument i;
    i.kind = Kind::Swemwbs;
    i.id = QStringLiteral("swemwbs");
    i.name = QCoreApplication::translate("hearth::measures", "Short Warwick-Edinburgh Mental Wellbeing Scale");
    i.leadIn = QCoreApplication::translate(
        "hearth::measures",
        "Below are some statements about feelings and thoughts. Please tick the box that best "
        "describes your experience of each over the last 2 weeks.");
    i.notice = QStringLiteral("© NHS Health Scotland, University of Warwick and University of Edinburgh, 2008");
    i.higherIsBetter = true;
    i.minimum = 7;
    i.maximum = 35;
    i.lonelyLabel = QCoreApplication::translate("hearth::measures", "Low wellbeing");
    const auto answers = wemwbsAnswers();
    i.items = {
        item(QT_TRANSLATE_NOOP("hearth::measures", "I've been feeling optimistic about the future"), answers),
        item(QT_TRANSLATE_NOOP("hearth::measures", "I've been feeling useful"), answers),
        item(QT_TRANSLATE_NOOP("hearth::measures", "I've been feeling relaxed"), answers),
        item(QT_TRANSLATE_NOOP("hearth::measures", "I've been dealing with problems well"), answers),
        item(QT_TRANSLATE_NOOP("hearth::measures", "I've been thinking clearly"), answers),
        item(QT_TRANSLATE_NOOP("hearth::measures", "I've been feeling close to other people"), answers),
        item(QT_TRANSLATE_NOOP("hearth::measures", "I've been able to make up my own mind about things"), answers)};
    return i;
}

Instrument wemwbs()
{
    Instrument i;
    i.kind = Kind::Wemwbs;
    i.id = QStringLiteral("wemwbs");
    i.name = QCoreApplication::translate("hearth::measures", "Warwick-Edinburgh Mental Wellbeing Scale");
    // WEMWBS (the 14-item scale) dates from 2006; SWEMWBS, derived from it, from 2008.
    i.notice = QStringLiteral("© NHS Health Scotland, University of Warwick and University of Edinburgh, 2006");
    i.higherIsBetter = true;
    i.minimum = 14;
    i.maximum = 70;
    // The item wording is licensed: Hearth ships the structure only, with placeholder labels that a
    // council replaces with the wording its licence gives it.
    const auto answers = wemwbsAnswers();
    for (int n = 1; n <= 14; ++n) {
        i.items.append({QCoreApplication::translate("hearth::measures", "Item %1").arg(n), answers, {}});
    }
    return i;
}

Instrument ons4()
{
    Instrument i;
    i.kind = Kind::Ons4;
    i.id = QStringLiteral("ons4");
    i.name = QCoreApplication::translate("hearth::measures", "ONS personal wellbeing questions (ONS4)");
    i.leadIn = QCoreApplication::translate(
        "hearth::measures",
        "Please answer each question on a scale of 0 to 10, where 0 is \"not at all\" and 10 is "
        "\"completely\".");
    i.minimum = 0;
    i.maximum = 10;
    QList<ResponseOption> answers;
    for (int code = 0; code <= 10; ++code) {
        answers.append({code,
                        code == 0        ? QCoreApplication::translate("hearth::measures", "0 (not at all)")
                            : code == 10 ? QCoreApplication::translate("hearth::measures", "10 (completely)")
                                         : QString::number(code)});
    }
    i.items = {
        item(QT_TRANSLATE_NOOP("hearth::measures", "Overall, how satisfied are you with your life nowadays?"), answers,
             "life_satisfaction"),
        item(QT_TRANSLATE_NOOP(
                 "hearth::measures",
                 "Overall, to what extent do you feel that the things you do in your life are worthwhile?"),
             answers, "worthwhile"),
        item(QT_TRANSLATE_NOOP("hearth::measures", "Overall, how happy did you feel yesterday?"), answers, "happiness"),
        item(QT_TRANSLATE_NOOP("hearth::measures", "Overall, how anxious did you feel yesterday?"), answers,
             "anxiety")};
    return i;
}

// ---- scoring -----------------------------------------------------------------------------

QString itemList(const QList<int>& numbers)
{
    QStringList parts;
    for (const int n : numbers) {
        parts.append(QString::number(n));
    }
    return (numbers.size() == 1 ? QCoreApplication::translate("hearth::measures", "item %1")
                                : QCoreApplication::translate("hearth::measures", "items %1"))
        .arg(parts.join(QStringLiteral(", ")));
}

// Requires every item: the total is the sum, or missing with the reason.
void sumAllRequired(const Instrument& instrument, const Responses& responses, Scores& scores)
{
    if (!scores.missingItems.isEmpty()) {
        scores.unscoredReason =
            (scores.missingItems.size() == 1
                 ? QCoreApplication::translate("hearth::measures", "all %1 items are required; %2 is missing")
                 : QCoreApplication::translate("hearth::measures", "all %1 items are required; %2 are missing"))
                .arg(instrument.items.size())
                .arg(itemList(scores.missingItems));
        return;
    }
    int total = 0;
    for (const auto& response : responses) {
        total += *response;
    }
    scores.total = total;
}

void classify(Scores& scores, const char* code, const char* label)
{
    scores.classification = QString::fromLatin1(code);
    scores.classificationLabel = QCoreApplication::translate("hearth::measures", label);
}

QString onsBand(int value, bool anxiety)
{
    if (anxiety) {
        return value <= 1 ? QStringLiteral("very_low")
            : value <= 3  ? QStringLiteral("low")
            : value <= 5  ? QStringLiteral("medium")
                          : QStringLiteral("high");
    }
    return value <= 4 ? QStringLiteral("low")
        : value <= 6  ? QStringLiteral("medium")
        : value <= 8  ? QStringLiteral("high")
                      : QStringLiteral("very_high");
}

QString bandLabel(const QString& band)
{
    if (band == QLatin1String("very_low")) {
        return QCoreApplication::translate("hearth::measures", "Very low");
    }
    if (band == QLatin1String("low")) {
        return QCoreApplication::translate("hearth::measures", "Low");
    }
    if (band == QLatin1String("medium")) {
        return QCoreApplication::translate("hearth::measures", "Medium");
    }
    if (band == QLatin1String("high")) {
        return QCoreApplication::translate("hearth::measures", "High");
    }
    return QCoreApplication::translate("hearth::measures", "Very high");
}

const char* ons4Label(const QString& key)
{
    if (key == QLatin1String("life_satisfaction")) {
        return QT_TRANSLATE_NOOP("hearth::measures", "Life satisfaction");
    }
    if (key == QLatin1String("worthwhile")) {
        return QT_TRANSLATE_NOOP("hearth::measures", "Worthwhile");
    }
    if (key == QLatin1String("happiness")) {
        return QT_TRANSLATE_NOOP("hearth::measures", "Happiness yesterday");
    }
    return QT_TRANSLATE_NOOP("hearth::measures", "Anxiety yesterday");
}

void scoreDjg6(const Instrument& instrument, const Responses& responses, Scores& scores)
{
    // Emotional items score a point for yes or more or less; social items for no or more or less.
    const auto point = [](const Item& item, int code) {
        if (item.part == QLatin1String("emotional")) {
            return code == kDjgYes || code == kDjgMoreOrLess ? 1 : 0;
        }
        return code == kDjgNo || code == kDjgMoreOrLess ? 1 : 0;
    };
    for (const char* key : {"emotional", "social"}) {
        PartScore part;
        part.key = QString::fromLatin1(key);
        part.label = part.key == QLatin1String("emotional")
            ? QCoreApplication::translate("hearth::measures", "Emotional loneliness")
            : QCoreApplication::translate("hearth::measures", "Social loneliness");
        int sum = 0;
        bool complete = true;
        for (qsizetype n = 0; n < instrument.items.size(); ++n) {
            if (instrument.items[n].part != part.key) {
                continue;
            }
            if (!responses[n]) {
                complete = false;
            } else {
                sum += point(instrument.items[n], *responses[n]);
            }
        }
        // A subscale is missing if any of its items is missing.
        if (complete) {
            part.value = sum;
            part.classification = sum == 0 ? QStringLiteral("not_lonely") : QStringLiteral("lonely");
            part.classificationLabel = sum == 0 ? QCoreApplication::translate("hearth::measures", "Not lonely")
                                                : QCoreApplication::translate("hearth::measures", "Lonely");
        }
        scores.subscales.append(part);
    }
    // The total is missing if more than one item is missing; with one missing it is the sum of the
    // five answered items.
    if (scores.missingItems.size() > 1) {
        scores.unscoredReason =
            QCoreApplication::translate("hearth::measures", "the total needs at least 5 of the 6 items; %1 are missing")
                .arg(itemList(scores.missingItems));
        return;
    }
    int total = 0;
    for (qsizetype n = 0; n < instrument.items.size(); ++n) {
        if (responses[n]) {
            total += point(instrument.items[n], *responses[n]);
        }
    }
    scores.total = total;
    if (total <= 1) {
        classify(scores, "not_lonely", QT_TRANSLATE_NOOP("hearth::measures", "Not lonely"));
    } else if (total <= 4) {
        classify(scores, "moderately_lonely", QT_TRANSLATE_NOOP("hearth::measures", "Moderately lonely"));
    } else {
        classify(scores, "severely_lonely", QT_TRANSLATE_NOOP("hearth::measures", "Severely lonely"));
    }
    scores.lonely = total >= 2;
}

QList<Instrument> buildInstruments()
{
    return {onsDirect(), ucla3(), cel(), djg6(), swemwbs(), wemwbs(), ons4()};
}

} // namespace

bool Item::allows(int code) const
{
    return std::any_of(options.begin(), options.end(), [code](const ResponseOption& o) { return o.code == code; });
}

QList<int> Item::codes() const
{
    QList<int> result;
    for (const auto& option : options) {
        result.append(option.code);
    }
    std::sort(result.begin(), result.end());
    return result;
}

QString Item::label(int code) const
{
    for (const auto& option : options) {
        if (option.code == code) {
            return option.label;
        }
    }
    return {};
}

QString changeCode(ChangeDirection direction)
{
    switch (direction) {
    case ChangeDirection::Improved:
        return QStringLiteral("improved");
    case ChangeDirection::Worsened:
        return QStringLiteral("worsened");
    case ChangeDirection::NoChange:
        break;
    }
    return QStringLiteral("no_change");
}

QString changeLabel(ChangeDirection direction)
{
    switch (direction) {
    case ChangeDirection::Improved:
        return QCoreApplication::translate("hearth::measures", "Improved");
    case ChangeDirection::Worsened:
        return QCoreApplication::translate("hearth::measures", "Worsened");
    case ChangeDirection::NoChange:
        break;
    }
    return QCoreApplication::translate("hearth::measures", "No meaningful change");
}

const QList<Instrument>& instruments()
{
    // Built per language: names, items and options are shown to people.
    return perLanguage<buildInstruments>("hearth::measures", "How often do you feel lonely?");
}

const Instrument* instrument(const QString& id)
{
    for (const auto& candidate : instruments()) {
        if (candidate.id == id) {
            return &candidate;
        }
    }
    return nullptr;
}

std::optional<double> swemwbsMetric(int raw)
{
    // The published SWEMWBS raw-to-metric conversion (measures.md), indexed by raw - 7.
    static constexpr double table[] = {
        7.00,  9.51,  11.25, 12.40, 13.33, 14.08, 14.75, 15.32, 15.84, 16.36, // 7-16
        16.88, 17.43, 17.98, 18.59, 19.25, 19.98, 20.73, 21.54, 22.35, 23.21, // 17-26
        24.11, 25.03, 26.02, 27.03, 28.13, 29.31, 30.70, 32.55, 35.00, // 27-35
    };
    if (raw < 7 || raw > 35) {
        return std::nullopt;
    }
    return table[raw - 7];
}

FieldErrors validateResponses(const Instrument& instrument, const Responses& responses)
{
    Validator v;
    if (responses.size() != instrument.items.size()) {
        v.fail(QStringLiteral("responses"),
               (responses.size() == 1 ? QCoreApplication::translate("hearth::measures",
                                                                    "%1 has %2 items, so it needs %2 responses (an "
                                                                    "empty one for a missing item); %3 was given")
                                      : QCoreApplication::translate("hearth::measures",
                                                                    "%1 has %2 items, so it needs %2 responses (an "
                                                                    "empty one for a missing item); %3 were given"))
                   .arg(instrument.id)
                   .arg(instrument.items.size())
                   .arg(responses.size()));
        return v.errors();
    }
    bool anyAnswered = false;
    for (qsizetype n = 0; n < responses.size(); ++n) {
        if (!responses[n]) {
            continue;
        }
        anyAnswered = true;
        const Item& item = instrument.items[n];
        if (!item.allows(*responses[n])) {
            QStringList codes;
            for (const int code : item.codes()) {
                codes.append(QString::number(code));
            }
            v.fail(QStringLiteral("responses[%1] (item %2, '%3')").arg(n).arg(n + 1).arg(item.text),
                   QCoreApplication::translate("hearth::measures", "%1 is not one of %2")
                       .arg(*responses[n])
                       .arg(codes.join(QStringLiteral(", "))));
        }
    }
    if (!anyAnswered) {
        v.fail(QStringLiteral("responses"), QCoreApplication::translate("hearth::measures", "no item is answered"));
    }
    return v.errors();
}

Scores Instrument::score(const Responses& responses, const MeasureThresholds& thresholds) const
{
    Scores scores;
    if (const auto errors = validateResponses(*this, responses); !errors.isEmpty()) {
        scores.unscoredReason = joinErrors(errors);
        return scores;
    }
    for (qsizetype n = 0; n < responses.size(); ++n) {
        if (!responses[n]) {
            scores.missingItems.append(static_cast<int>(n + 1));
        }
    }
    switch (kind) {
    case Kind::OnsDirect: {
        PartScore question {
            items[0].part, QCoreApplication::translate("hearth::measures", "How often lonely"), responses[0], {}, {}};
        // validateResponses refuses a questionnaire with nothing answered, so the one item is here.
        const bool chronic = *responses[0] == 5;
        scores.questions.append(question);
        if (chronic) {
            classify(scores, "chronically_lonely", QT_TRANSLATE_NOOP("hearth::measures", "Chronically lonely"));
        } else {
            classify(scores, "not_chronically_lonely", QT_TRANSLATE_NOOP("hearth::measures", "Not chronically lonely"));
        }
        scores.lonely = chronic;
        break;
    }
    case Kind::Ucla3:
        sumAllRequired(*this, responses, scores);
        if (scores.total) {
            const bool lonely = *scores.total >= thresholds.ucla3LonelyFrom;
            lonely ? classify(scores, "lonely", QT_TRANSLATE_NOOP("hearth::measures", "Lonely"))
                   : classify(scores, "not_lonely", QT_TRANSLATE_NOOP("hearth::measures", "Not lonely"));
            scores.lonely = lonely;
        }
        break;
    case Kind::Cel:
    case Kind::Wemwbs:
        // No classification: CEL is not a screening tool; WEMWBS's owners publish no cut point.
        sumAllRequired(*this, responses, scores);
        break;
    case Kind::Djg6:
        scoreDjg6(*this, responses, scores);
        break;
    case Kind::Swemwbs:
        sumAllRequired(*this, responses, scores);
        if (scores.total) {
            scores.metric = swemwbsMetric(*scores.total);
            const bool low = *scores.metric < thresholds.swemwbsLowWellbeingBelow;
            low ? classify(scores, "low_wellbeing", QT_TRANSLATE_NOOP("hearth::measures", "Low wellbeing"))
                : classify(scores, "not_low_wellbeing", QT_TRANSLATE_NOOP("hearth::measures", "Not low wellbeing"));
            scores.lonely = low;
        }
        break;
    case Kind::Ons4:
        // No composite: each question is reported, and banded, on its own.
        for (qsizetype n = 0; n < items.size(); ++n) {
            PartScore question {items[n].part,
                                QCoreApplication::translate("hearth::measures", ons4Label(items[n].part)),
                                responses[n],
                                {},
                                {}};
            if (responses[n]) {
                question.classification = onsBand(*responses[n], items[n].part == QLatin1String("anxiety"));
                question.classificationLabel = bandLabel(question.classification);
            }
            scores.questions.append(question);
        }
        break;
    }
    return scores;
}

namespace {

// Judges a difference on a score where a fall (lowerIsBetter) or a rise is an improvement of at
// least `threshold`, in the same units.
ChangeDirection judge(double difference, double threshold, bool higherIsBetter)
{
    const double gain = higherIsBetter ? difference : -difference;
    // Compare in hundredths so that 22.35 - 19.35 counts as exactly 3.
    const auto gainCenti = std::llround(gain * 100.0);
    const auto thresholdCenti = std::llround(threshold * 100.0);
    if (gainCenti >= thresholdCenti) {
        return ChangeDirection::Improved;
    }
    if (gainCenti <= -thresholdCenti) {
        return ChangeDirection::Worsened;
    }
    return ChangeDirection::NoChange;
}

} // namespace

std::optional<Change> compareMeasurements(const Instrument& instrument, const Scores& baseline, const Scores& latest,
                                          const MeasureThresholds& thresholds)
{
    Change change;
    change.lonelyAtBaseline = baseline.lonely;
    change.lonelyAtLatest = latest.lonely;
    change.movedOutOfLonely = baseline.lonely == true && latest.lonely == false;

    const auto totals = [&](double threshold, bool higherIsBetter) -> std::optional<Change> {
        if (!baseline.total || !latest.total) {
            return std::nullopt;
        }
        change.difference = *latest.total - *baseline.total;
        change.direction = judge(*change.difference, threshold, higherIsBetter);
        return change;
    };

    switch (instrument.kind) {
    case Kind::OnsDirect: {
        if (baseline.questions.isEmpty() || latest.questions.isEmpty() || !baseline.questions[0].value
            || !latest.questions[0].value) {
            return std::nullopt;
        }
        // Any move to a lower code is an improvement.
        change.difference = *latest.questions[0].value - *baseline.questions[0].value;
        change.direction = judge(*change.difference, 1, false);
        return change;
    }
    case Kind::Ucla3:
        return totals(thresholds.ucla3Improvement, false);
    case Kind::Cel:
        return totals(thresholds.celChange, false);
    case Kind::Djg6:
        return totals(thresholds.djg6Change, false);
    case Kind::Wemwbs:
        return totals(thresholds.wemwbsChange, true);
    case Kind::Swemwbs: {
        if (!baseline.metric || !latest.metric) {
            return std::nullopt;
        }
        change.difference = std::llround((*latest.metric - *baseline.metric) * 100.0) / 100.0;
        change.direction = judge(*change.difference, thresholds.swemwbsChange, true);
        return change;
    }
    case Kind::Ons4: {
        // A rise of 1 or more in the first three, a fall of 1 or more in anxiety, question by
        // question. Overall (Hearth's rule, as measures.md judges only each question): improved when
        // at least one question improved and none worsened, worsened in the mirror case, otherwise
        // no meaningful change.
        int improved = 0;
        int worsened = 0;
        for (const auto& before : baseline.questions) {
            for (const auto& after : latest.questions) {
                if (after.key != before.key || !before.value || !after.value) {
                    continue;
                }
                PartChange part {before.key, before.label, ChangeDirection::NoChange, *after.value - *before.value};
                part.direction = judge(part.difference, 1, before.key != QLatin1String("anxiety"));
                improved += part.direction == ChangeDirection::Improved ? 1 : 0;
                worsened += part.direction == ChangeDirection::Worsened ? 1 : 0;
                change.parts.append(part);
            }
        }
        if (change.parts.isEmpty()) {
            return std::nullopt;
        }
        change.direction = improved > 0 && worsened == 0 ? ChangeDirection::Improved
            : worsened > 0 && improved == 0              ? ChangeDirection::Worsened
                                                         : ChangeDirection::NoChange;
        return change;
    }
    }
    return std::nullopt;
}

std::optional<Change> compareMeasurements(const Instrument& instrument, const Responses& baseline,
                                          const Responses& latest, const MeasureThresholds& thresholds)
{
    return compareMeasurements(instrument, instrument.score(baseline, thresholds), instrument.score(latest, thresholds),
                               thresholds);
}

namespace {

QJsonValue optionalNumber(const std::optional<int>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonArray partsToJson(const QList<PartScore>& parts)
{
    QJsonArray array;
    for (const auto& part : parts) {
        QJsonObject object {{QStringLiteral("key"), part.key},
                            {QStringLiteral("label"), part.label},
                            {QStringLiteral("value"), optionalNumber(part.value)}};
        if (!part.classification.isEmpty()) {
            object.insert(QStringLiteral("classification"), part.classification);
            object.insert(QStringLiteral("classification_label"), part.classificationLabel);
        }
        array.append(object);
    }
    return array;
}

} // namespace

QJsonObject scoresToJson(const Scores& scores)
{
    QJsonObject object;
    object.insert(QStringLiteral("total"), optionalNumber(scores.total));
    if (scores.metric) {
        object.insert(QStringLiteral("metric"), *scores.metric);
    }
    if (!scores.subscales.isEmpty()) {
        object.insert(QStringLiteral("subscales"), partsToJson(scores.subscales));
    }
    if (!scores.questions.isEmpty()) {
        object.insert(QStringLiteral("questions"), partsToJson(scores.questions));
    }
    QJsonArray missing;
    for (const int n : scores.missingItems) {
        missing.append(n);
    }
    object.insert(QStringLiteral("missing_items"), missing);
    if (!scores.unscoredReason.isEmpty()) {
        object.insert(QStringLiteral("not_scored"), scores.unscoredReason);
    }
    return object;
}

QJsonObject changeToJson(const Change& change)
{
    const auto optionalBool = [](const std::optional<bool>& value) {
        return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
    };
    QJsonObject object {
        {QStringLiteral("change"), changeCode(change.direction)},
        {QStringLiteral("change_label"), changeLabel(change.direction)},
        {QStringLiteral("difference"), change.difference ? QJsonValue(*change.difference) : QJsonValue()},
        {QStringLiteral("lonely_at_baseline"), optionalBool(change.lonelyAtBaseline)},
        {QStringLiteral("lonely_at_latest"), optionalBool(change.lonelyAtLatest)},
        {QStringLiteral("moved_out_of_lonely"), change.movedOutOfLonely},
    };
    if (!change.parts.isEmpty()) {
        QJsonArray parts;
        for (const auto& part : change.parts) {
            parts.append(QJsonObject {{QStringLiteral("key"), part.key},
                                      {QStringLiteral("change"), changeCode(part.direction)},
                                      {QStringLiteral("difference"), part.difference}});
        }
        object.insert(QStringLiteral("questions"), parts);
    }
    return object;
}

} // namespace hearth::measures
