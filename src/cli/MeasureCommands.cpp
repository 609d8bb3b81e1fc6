// hearth-cli measure add|list
#include "Cli.h"
#include "MeasurementRepository.h"
#include "OfficerRepository.h"
#include "ResidentRepository.h"
#include "Tables.h"
#include "Vocabulary.h"

#include <QJsonArray>
#include <QJsonObject>

#include <map>

namespace hearth::cli {

namespace {

QString instrumentList()
{
    QStringList ids;
    for (const auto& each : measures::instruments()) {
        ids.append(each.id);
    }
    return ids.join(QStringLiteral(", "));
}

// "2,,3" -> {2, missing, 3}. A slot that is not a whole number is refused, naming the item.
measures::Responses parseResponses(const QString& text, const measures::Instrument* instrument)
{
    measures::Responses responses;
    const QStringList parts = text.split(QLatin1Char(','));
    for (qsizetype n = 0; n < parts.size(); ++n) {
        const QString part = parts[n].trimmed();
        if (part.isEmpty()) {
            responses.append(std::nullopt);
            continue;
        }
        bool ok = false;
        const int code = part.toInt(&ok);
        if (!ok) {
            const QString item = instrument && n < instrument->items.size()
                ? QStringLiteral(" (item %1, '%2')").arg(n + 1).arg(instrument->items[n].text)
                : QString();
            throw Failure(ExitDataError,
                          QStringLiteral("responses[%1]%2: '%3' is not a whole number (leave the slot "
                                         "empty for a missing item)")
                              .arg(n)
                              .arg(item, part));
        }
        responses.append(code);
    }
    return responses;
}

QJsonObject measurementJson(storage::MeasurementRepository& repository, const Measurement& measurement)
{
    QJsonObject object = storage::rowToJson(storage::measurementTable(), measurement);
    const measures::Scores scores = repository.scores(measurement);
    object.insert(QStringLiteral("scores"), measures::scoresToJson(scores));
    object.insert(QStringLiteral("classification"),
                  scores.classification.isEmpty() ? QJsonValue() : QJsonValue(scores.classification));
    object.insert(QStringLiteral("classification_label"),
                  scores.classification.isEmpty() ? QJsonValue() : QJsonValue(scores.classificationLabel));
    object.insert(QStringLiteral("lonely"), scores.lonely ? QJsonValue(*scores.lonely) : QJsonValue());
    return object;
}

// "8 (lonely)", "raw 21, metric 19.25 (not low wellbeing)", "4 questions", "not scored: …"
QString describe(const measures::Scores& scores)
{
    QString text;
    if (scores.metric) {
        text = QStringLiteral("raw %1, metric %2").arg(*scores.total).arg(*scores.metric, 0, 'f', 2);
    } else if (scores.total) {
        text = QString::number(*scores.total);
    } else if (!scores.questions.isEmpty()) {
        QStringList parts;
        for (const auto& question : scores.questions) {
            parts.append(QStringLiteral("%1 %2").arg(
                question.key, question.value ? QString::number(*question.value) : QStringLiteral("missing")));
        }
        text = parts.join(QStringLiteral(", "));
    }
    if (!scores.classificationLabel.isEmpty()) {
        text += QStringLiteral(" (%1)").arg(scores.classificationLabel.toLower());
    }
    if (!scores.scored()) {
        text = (text.isEmpty() ? QString() : text + QStringLiteral("; ")) + QStringLiteral("not scored: ")
            + scores.unscoredReason;
    }
    return text;
}

int add(Context& context, const QCommandLineParser& parser)
{
    auto& store = context.store();
    for (const char* required : {"instrument", "stage", "responses"}) {
        if (!parser.isSet(QString::fromLatin1(required))) {
            throw Failure(ExitUsage, QStringLiteral("--%1 is required").arg(QString::fromLatin1(required)));
        }
    }
    Measurement measurement;
    measurement.residentId = parser.positionalArguments().at(0);
    measurement.instrument = parser.value(QStringLiteral("instrument"));
    measurement.stage = parser.value(QStringLiteral("stage"));
    measurement.takenOn = parser.isSet(QStringLiteral("on"))
        ? requireDate(QStringLiteral("on"), parser.value(QStringLiteral("on")))
        : context.clock().today();
    measurement.responses =
        parseResponses(parser.value(QStringLiteral("responses")), measures::instrument(measurement.instrument));
    if (parser.isSet(QStringLiteral("officer"))) {
        measurement.officerId =
            requireOfficerId(store, QStringLiteral("officer"), parser.value(QStringLiteral("officer")));
    }
    auto repository = store.measurements();
    const Measurement saved = repository.add(measurement);
    context.printJson(measurementJson(repository, saved));
    return ExitOk;
}

int list(Context& context, const QCommandLineParser& parser)
{
    auto& store = context.store();
    const QString residentId = parser.positionalArguments().at(0);
    if (!store.residents().find(residentId)) {
        throw Failure(ExitDataError, QStringLiteral("resident: no resident has the id %1").arg(residentId));
    }
    const QString instrumentId = parser.value(QStringLiteral("instrument"));
    if (!instrumentId.isEmpty() && !measures::instrument(instrumentId)) {
        throw Failure(ExitDataError,
                      QStringLiteral("instrument: '%1' is not one of: %2").arg(instrumentId, instrumentList()));
    }
    auto repository = store.measurements();
    const QList<Measurement> measurements = repository.forResident(residentId, instrumentId);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray rows;
        for (const auto& measurement : measurements) {
            rows.append(measurementJson(repository, measurement));
        }
        context.printJson(rows);
        return ExitOk;
    }
    std::map<QString, int> perInstrument; // sorted, for a stable order of the change lines
    for (const auto& measurement : measurements) {
        context.out() << measurement.id << "  " << measurement.takenOn.toString(Qt::ISODate) << "  "
                      << measurement.instrument.leftJustified(10) << "  " << measurement.stage.leftJustified(8) << "  "
                      << describe(repository.scores(measurement)) << '\n';
        ++perInstrument[measurement.instrument];
    }
    bool separated = false;
    for (const auto& [instrument, count] : perInstrument) {
        if (count < 2) {
            continue;
        }
        const auto summary = repository.change(residentId, instrument);
        if (!summary) {
            continue;
        }
        if (!separated) {
            context.out() << '\n';
            separated = true;
        }
        context.out() << "Change on " << instrument << ", baseline " << summary->baseline.takenOn.toString(Qt::ISODate)
                      << " to " << summary->latest.takenOn.toString(Qt::ISODate) << ": ";
        if (!summary->change) {
            context.out() << "cannot be judged (one of the two is not scored)\n";
            continue;
        }
        const auto& change = *summary->change;
        context.out() << measures::changeLabel(change.direction).toLower();
        if (change.difference) {
            context.out() << " (" << (*change.difference > 0 ? "+" : "") << QString::number(*change.difference) << ")";
        }
        if (change.movedOutOfLonely) {
            const auto* definition = measures::instrument(instrument);
            context.out() << "; moved out of "
                          << (definition && !definition->lonelyLabel.isEmpty() ? definition->lonelyLabel.toLower()
                                                                               : QStringLiteral("lonely"));
        }
        context.out() << '\n';
    }
    return ExitOk;
}

} // namespace

QList<Command> measureCommands()
{
    return {
        {{QStringLiteral("measure"), QStringLiteral("add")},
         QStringLiteral("RESIDENT --instrument ID --stage baseline|review|exit [--on DATE] --responses A,B,C"),
         QStringLiteral("Record an outcome measurement; prints it with its computed scores as JSON."),
         {QStringLiteral("RESIDENT")},
         [](QCommandLineParser& parser) {
             parser.addOption({QStringLiteral("instrument"), QStringLiteral("Instrument (%1).").arg(instrumentList()),
                               QStringLiteral("ID")});
             parser.addOption(
                 {QStringLiteral("stage"),
                  QStringLiteral("Stage (%1).").arg(vocab::measurementStages().codes().join(QStringLiteral(", "))),
                  QStringLiteral("STAGE")});
             parser.addOption(
                 {QStringLiteral("on"), QStringLiteral("Date taken (default today)."), QStringLiteral("DATE")});
             parser.addOption({QStringLiteral("responses"),
                               QStringLiteral("The answer codes in item order, comma-separated; leave a slot empty "
                                              "for a missing item (2,,3)."),
                               QStringLiteral("A,B,C")});
             parser.addOption({QStringLiteral("officer"),
                               QStringLiteral("Officer who took the measurement (default: you)."),
                               QStringLiteral("OFFICER")});
         },
         add},
        {{QStringLiteral("measure"), QStringLiteral("list")},
         QStringLiteral("RESIDENT [--instrument ID] [--json]"),
         QStringLiteral("List a resident's measurements with their scores, oldest first, and the change on each "
                        "instrument."),
         {QStringLiteral("RESIDENT")},
         [](QCommandLineParser& parser) {
             parser.addOption(
                 {QStringLiteral("instrument"), QStringLiteral("Only this instrument."), QStringLiteral("ID")});
             parser.addOption({QStringLiteral("json"), QStringLiteral("Print a JSON array.")});
         },
         list},
    };
}

} // namespace hearth::cli
