#pragma once

#include "MeasureThresholds.h"
#include "Validation.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace hearth::measures {

// The raw answers to one questionnaire: one per item, in item order; nullopt is a missing item.
using Responses = QList<std::optional<int>>;

// One answer a respondent can give, with the code that is stored.
struct ResponseOption
{
    int code = 0;
    QString label;
};

struct Item
{
    QString text;
    QList<ResponseOption> options; // in the order they are read out (and shown on a form)
    QString part; // the subscale (djg6) or question key (ons4, ons-direct) it feeds; else empty

    bool allows(int code) const;
    QList<int> codes() const; // ascending
    QString label(int code) const; // empty when the code is not an option
};

// A subscale (djg6) or a single question (ons-direct, ons4), scored on its own.
struct PartScore
{
    QString key;
    QString label;
    std::optional<int> value; // nullopt: missing (an item it needs is missing)
    QString classification; // a code; empty when unclassified
    QString classificationLabel;
};

// Everything computed from one set of responses. Nothing here is stored: it is always recomputed.
struct Scores
{
    std::optional<int> total; // the sum (swemwbs: the raw score); nullopt when it cannot be scored
    std::optional<double> metric; // swemwbs only: the raw score converted with the published table
    QList<PartScore> subscales; // djg6: emotional, social
    QList<PartScore> questions; // ons-direct, ons4: each question on its own
    QString classification; // a code ("lonely", "low_wellbeing", …); empty when none applies
    QString classificationLabel;
    // The instrument's "lonely" (kpis.md; for swemwbs "low wellbeing"). nullopt when the instrument
    // has no such classification (cel, wemwbs, ons4) or the score is missing.
    std::optional<bool> lonely;
    QList<int> missingItems; // 1-based item numbers
    QString unscoredReason; // why there is no total/metric/question score; empty when scored

    bool scored() const { return unscoredReason.isEmpty(); }
};

enum class ChangeDirection { Improved, NoChange, Worsened };

QString changeCode(ChangeDirection direction); // improved | no_change | worsened
QString changeLabel(ChangeDirection direction); // "Improved", "No meaningful change", "Worsened"

struct PartChange
{
    QString key;
    QString label;
    ChangeDirection direction = ChangeDirection::NoChange;
    int difference = 0; // latest minus baseline
};

// The change from a baseline to a later measurement, judged with the instrument's rule.
struct Change
{
    ChangeDirection direction = ChangeDirection::NoChange;
    // Latest minus baseline on the score the rule uses (swemwbs: metric points, rounded to 2
    // decimals; ons-direct: response codes). nullopt for ons4, which has no single score.
    std::optional<double> difference;
    std::optional<bool> lonelyAtBaseline;
    std::optional<bool> lonelyAtLatest;
    bool movedOutOfLonely = false; // lonely at baseline and not lonely at latest
    QList<PartChange> parts; // ons4: each question that was answered both times
};

// One outcome instrument from measures.md: items, options, range, scoring, classification and
// change rule. Instances come from instruments(); there is one per id.
struct Instrument
{
    enum class Kind { OnsDirect, Ucla3, Cel, Djg6, Swemwbs, Wemwbs, Ons4 };

    Kind kind = Kind::Ucla3;
    QString id; // as in files and on the command line
    QString name;
    QString leadIn; // read before the items; may be empty
    QString notice; // copyright line or a caution shown with the instrument; may be empty
    bool screeningAllowed = true; // false for cel: its authors say it is not a screening tool
    bool higherIsBetter = false; // swemwbs and wemwbs measure wellbeing
    int minimum = 0; // range of the total (swemwbs raw; ons-direct and ons4: of each question)
    int maximum = 0;
    QString lonelyLabel; // what "lonely" means for KPIs ("Lonely", "Low wellbeing"); empty: none
    QList<Item> items;

    Scores score(const Responses& responses, const MeasureThresholds& thresholds) const;
};

// The seven instruments, in the order measures.md lists them.
const QList<Instrument>& instruments();
// The instrument with this id, or nullptr.
const Instrument* instrument(const QString& id);

// SWEMWBS raw score (7-35) to metric score, from the published conversion table.
std::optional<double> swemwbsMetric(int raw);

// Checks that the responses fit the instrument: the right number, every answer one of the item's
// options, and at least one answered. Each error names the item:
// "responses[2] (item 3, 'How often do you feel isolated from others?'): 4 is not one of 1, 2, 3".
FieldErrors validateResponses(const Instrument& instrument, const Responses& responses);

// The change from baseline to latest under the instrument's rule; nullopt when either cannot be
// scored on what the rule compares.
std::optional<Change> compareMeasurements(const Instrument& instrument, const Scores& baseline, const Scores& latest,
                                          const MeasureThresholds& thresholds);
std::optional<Change> compareMeasurements(const Instrument& instrument, const Responses& baseline,
                                          const Responses& latest, const MeasureThresholds& thresholds);

// JSON shapes used by hearth-cli and documented in docs/formats.md.
QJsonObject scoresToJson(const Scores& scores);
QJsonObject changeToJson(const Change& change);

} // namespace hearth::measures
