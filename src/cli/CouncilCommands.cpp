// hearth-cli settings show|set, ward import|remove, officer update|deactivate: what the GUI's
// Council settings dialog does, scriptable.
#include "Cli.h"
#include "OfficerRepository.h"
#include "WardCsv.h"
#include "WardRepository.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

namespace hearth::cli {

namespace {

int settingsShow(Context& context, const QCommandLineParser& parser)
{
    const auto values = context.store().councilSettings().values();
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject object;
        for (const auto& [key, value] : values) {
            bool isNumber = false;
            const double number = value.toDouble(&isNumber);
            // Numbers as JSON numbers; the name and the instrument id as strings.
            object.insert(key,
                          isNumber && key != QLatin1String("council_name") ? QJsonValue(number) : QJsonValue(value));
        }
        context.printJson(object);
        return ExitOk;
    }
    for (const auto& [key, value] : values) {
        context.out() << key << " = " << value << '\n';
    }
    return ExitOk;
}

int settingsSet(Context& context, const QCommandLineParser& parser)
{
    auto& store = context.store();
    const QString key = parser.positionalArguments().at(0);
    CouncilSettings settings = store.councilSettings();
    if (const QString problem = settings.setValue(key, parser.positionalArguments().at(1)); !problem.isEmpty()) {
        throw Failure(ExitDataError, key + QStringLiteral(": ") + problem);
    }
    store.saveCouncilSettings(settings); // validates: a value out of range is refused, naming the key
    return ExitOk;
}

int wardImport(Context& context, const QCommandLineParser& parser)
{
    const QString path = parser.positionalArguments().at(0);
    QFile file(path);
    if (!file.exists()) {
        throw Failure(ExitNoInput, QStringLiteral("%1: no such file").arg(path));
    }
    if (!file.open(QIODevice::ReadOnly)) {
        throw Failure(ExitNoInput, QStringLiteral("%1: cannot be read (%2)").arg(path, file.errorString()));
    }
    const WardCsv csv = parseWardCsv(file.readAll(), QFileInfo(path).fileName());
    if (!csv.ok()) {
        QStringList lines;
        for (const auto& problem : csv.problems) {
            lines.append(problem.text());
        }
        throw Failure(ExitDataError,
                      QStringLiteral("no ward was imported; %1 problem(s):\n%2")
                          .arg(csv.problems.size())
                          .arg(lines.join(QLatin1Char('\n'))));
    }
    auto wards = context.store().wards();
    int added = 0;
    int renamed = 0;
    for (const Ward& ward : csv.wards) {
        const auto held = wards.find(ward.code);
        if (!held || held->meta.isDeleted()) {
            ++added;
        } else if (held->name != ward.name) {
            ++renamed;
        }
    }
    wards.saveAll(csv.wards);
    context.err() << "Imported " << csv.wards.size() << " ward(s) from " << QFileInfo(path).fileName() << ": " << added
                  << " new, " << renamed << " renamed.\n";
    return ExitOk;
}

int wardRemove(Context& context, const QCommandLineParser& parser)
{
    context.store().wards().remove(parser.positionalArguments().at(0));
    return ExitOk;
}

int officerUpdate(Context& context, const QCommandLineParser& parser)
{
    auto& store = context.store();
    const QString id = requireOfficerId(store, QStringLiteral("officer"), parser.positionalArguments().at(0));
    Officer officer = *store.officers().find(id);
    if (parser.isSet(QStringLiteral("name"))) {
        officer.displayName = parser.value(QStringLiteral("name"));
    }
    if (parser.isSet(QStringLiteral("role"))) {
        officer.role = parser.value(QStringLiteral("role"));
    }
    if (parser.isSet(QStringLiteral("team"))) {
        officer.team = parser.value(QStringLiteral("team"));
    }
    store.officers().update(officer);
    return ExitOk;
}

int officerDeactivate(Context& context, const QCommandLineParser& parser)
{
    auto& store = context.store();
    const QString id = requireOfficerId(store, QStringLiteral("officer"), parser.positionalArguments().at(0));
    store.officers().deactivate(id);
    if (id == store.actingOfficerId()) {
        context.err() << "You acted as this officer; choose another with 'hearth-cli officer use'.\n";
    }
    return ExitOk;
}

} // namespace

QList<Command> councilCommands()
{
    return {
        {{QStringLiteral("settings"), QStringLiteral("show")},
         QStringLiteral("[--json]"),
         QStringLiteral("Show the council settings (name, primary instrument, intervals, thresholds)."),
         {},
         [](QCommandLineParser& parser) {
             parser.addOption({QStringLiteral("json"), QStringLiteral("Print a JSON object.")});
         },
         settingsShow},
        {{QStringLiteral("settings"), QStringLiteral("set")},
         QStringLiteral("KEY VALUE"),
         QStringLiteral("Change one council setting; 'settings show' lists the keys."),
         {QStringLiteral("KEY"), QStringLiteral("VALUE")},
         nullptr,
         settingsSet},
        {{QStringLiteral("ward"), QStringLiteral("import")},
         QStringLiteral("FILE.csv"),
         QStringLiteral("Add or rename wards from a CSV of ONS code and name: every row, or none if any is wrong."),
         {QStringLiteral("FILE.csv")},
         nullptr,
         wardImport},
        {{QStringLiteral("ward"), QStringLiteral("remove")},
         QStringLiteral("CODE"),
         QStringLiteral("Remove a ward that no resident, location or service refers to."),
         {QStringLiteral("CODE")},
         nullptr,
         wardRemove},
        {{QStringLiteral("officer"), QStringLiteral("update")},
         QStringLiteral("OFFICER [--name NAME] [--role officer|manager] [--team TEAM]"),
         QStringLiteral("Rename an officer (id or exact name), or change their role or team."),
         {QStringLiteral("OFFICER")},
         [](QCommandLineParser& parser) {
             parser.addOption({QStringLiteral("name"), QStringLiteral("New display name."), QStringLiteral("NAME")});
             parser.addOption({QStringLiteral("role"), QStringLiteral("officer or manager."), QStringLiteral("ROLE")});
             parser.addOption(
                 {QStringLiteral("team"), QStringLiteral("Team name (empty to clear)."), QStringLiteral("TEAM")});
         },
         officerUpdate},
        {{QStringLiteral("officer"), QStringLiteral("deactivate")},
         QStringLiteral("OFFICER"),
         QStringLiteral("An officer has left: keep their records, stop listing them."),
         {QStringLiteral("OFFICER")},
         nullptr,
         officerDeactivate},
    };
}

} // namespace hearth::cli
