// hearth-cli officer add|list|use, ward add|list
#include "Cli.h"
#include "OfficerRepository.h"
#include "Tables.h"
#include "Vocabulary.h"
#include "WardRepository.h"

#include <QJsonArray>
#include <QJsonObject>

namespace hearth::cli {

namespace {

int officerAdd(Context& context, const QCommandLineParser& parser)
{
    auto& store = context.store();
    Officer officer;
    officer.displayName = parser.positionalArguments().at(0);
    officer.role = parser.value(QStringLiteral("role"));
    officer.team = parser.value(QStringLiteral("team"));
    const Officer saved = store.officers().add(officer);
    if (parser.isSet(QStringLiteral("use"))) {
        store.setActingOfficer(saved.id);
    }
    context.out() << saved.id << '\n';
    return ExitOk;
}

int officerList(Context& context, const QCommandLineParser& parser)
{
    auto& store = context.store();
    const auto officers = store.officers().list();
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray rows;
        for (const auto& officer : officers) {
            rows.append(storage::rowToJson(storage::officerTable(), officer));
        }
        context.printJson(rows);
        return ExitOk;
    }
    for (const auto& officer : officers) {
        context.out() << officer.id << "  " << officer.role.leftJustified(8) << "  " << officer.displayName
                      << (officer.id == store.actingOfficerId() ? QStringLiteral("  (you)") : QString()) << '\n';
    }
    return ExitOk;
}

int officerUse(Context& context, const QCommandLineParser& parser)
{
    auto& store = context.store();
    const QString officerId = requireOfficerId(store, QStringLiteral("officer"), parser.positionalArguments().at(0));
    store.setActingOfficer(officerId);
    context.err() << "Acting as officer " << officerId << '\n';
    return ExitOk;
}

int wardAdd(Context& context, const QCommandLineParser& parser)
{
    const Ward saved =
        context.store().wards().save({parser.positionalArguments().at(0), parser.positionalArguments().at(1), {}});
    context.out() << saved.code << '\n';
    return ExitOk;
}

int wardList(Context& context, const QCommandLineParser& parser)
{
    const auto wards = context.store().wards().list();
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray rows;
        for (const auto& ward : wards) {
            rows.append(storage::rowToJson(storage::wardTable(), ward));
        }
        context.printJson(rows);
        return ExitOk;
    }
    for (const auto& ward : wards) {
        context.out() << ward.code << "  " << ward.name << '\n';
    }
    return ExitOk;
}

void jsonOption(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print a JSON array.")});
}

} // namespace

QList<Command> teamCommands()
{
    return {
        {{QStringLiteral("officer"), QStringLiteral("add")},
         QStringLiteral("NAME [--role officer|manager] [--team TEAM] [--use]"),
         QStringLiteral("Add an officer or manager; prints the new id."),
         {QStringLiteral("NAME")},
         [](QCommandLineParser& parser) {
             parser.addOption({QStringLiteral("role"), QStringLiteral("officer or manager."), QStringLiteral("ROLE"),
                               QStringLiteral("officer")});
             parser.addOption({QStringLiteral("team"), QStringLiteral("Team name."), QStringLiteral("TEAM")});
             parser.addOption({QStringLiteral("use"), QStringLiteral("Act as this officer from now on.")});
         },
         officerAdd},
        {{QStringLiteral("officer"), QStringLiteral("list")},
         QStringLiteral("[--json]"),
         QStringLiteral("List officers and managers."),
         {},
         jsonOption,
         officerList},
        {{QStringLiteral("officer"), QStringLiteral("use")},
         QStringLiteral("OFFICER"),
         QStringLiteral("Act as this officer (id or exact name) in this database."),
         {QStringLiteral("OFFICER")},
         nullptr,
         officerUse},
        {{QStringLiteral("ward"), QStringLiteral("add")},
         QStringLiteral("CODE NAME"),
         QStringLiteral("Add a ward by ONS code, or rename it."),
         {QStringLiteral("CODE"), QStringLiteral("NAME")},
         nullptr,
         wardAdd},
        {{QStringLiteral("ward"), QStringLiteral("list")},
         QStringLiteral("[--json]"),
         QStringLiteral("List the council's wards."),
         {},
         jsonOption,
         wardList},
    };
}

} // namespace hearth::cli
