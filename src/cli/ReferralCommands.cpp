// hearth-cli referral add|suggest|status|list|show
#include "Cli.h"
#include "DirectoryRepository.h"
#include "ReferralRepository.h"
#include "ResidentRepository.h"
#include "Tables.h"

#include <QJsonArray>
#include <QJsonObject>

namespace hearth::cli {

namespace {

QString statusCodes()
{
    QStringList codes;
    for (const auto status : allReferralStatuses()) {
        codes.append(referralStatusCode(status));
    }
    return codes.join(QStringLiteral(", "));
}

// "no response", "no-response" and "no_response" all name the same state.
ReferralStatus requireStatus(const QString& text)
{
    QString code = text.trimmed().toLower();
    code.replace(QLatin1Char(' '), QLatin1Char('_'));
    code.replace(QLatin1Char('-'), QLatin1Char('_'));
    if (const auto status = referralStatusFromCode(code)) {
        return *status;
    }
    throw Failure(ExitDataError, QStringLiteral("status: '%1' is not one of: %2").arg(text, statusCodes()));
}

QDate dateOption(Context& context, const QCommandLineParser& parser)
{
    return parser.isSet(QStringLiteral("on")) ? requireDate(QStringLiteral("on"), parser.value(QStringLiteral("on")))
                                              : context.clock().today();
}

int add(Context& context, const QCommandLineParser& parser)
{
    auto& store = context.store();
    Referral referral;
    referral.residentId = parser.positionalArguments().at(0);
    referral.serviceId = parser.positionalArguments().at(1);
    if (parser.isSet(QStringLiteral("kind"))) {
        referral.kind = parser.value(QStringLiteral("kind"));
    }
    referral.createdOn = dateOption(context, parser);
    referral.note = parser.value(QStringLiteral("note"));
    const Referral saved = storage::ReferralRepository(store).add(referral, parser.isSet(QStringLiteral("send")));
    if (parser.isSet(QStringLiteral("json"))) {
        context.printJson(storage::rowToJson(storage::referralTable(), saved));
    } else {
        context.out() << saved.id << '\n';
    }
    return ExitOk;
}

int suggest(Context& context, const QCommandLineParser& parser)
{
    auto& store = context.store();
    const Resident resident = store.residents().view(parser.positionalArguments().at(0));
    const auto suggestions = storage::DirectoryRepository(store).suggestionsFor(resident, context.clock().today());
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray rows;
        for (const auto& each : suggestions) {
            rows.append(QJsonObject {{QStringLiteral("service_id"), each.service.id},
                                     {QStringLiteral("name"), each.service.name},
                                     {QStringLiteral("score"), each.score},
                                     {QStringLiteral("reasons"), QJsonArray::fromStringList(each.reasons)}});
        }
        context.printJson(rows);
        return ExitOk;
    }
    for (const auto& each : suggestions) {
        context.out() << each.service.id << "  " << each.service.name << "  ("
                      << each.reasons.join(QStringLiteral(", ")) << ")\n";
    }
    if (suggestions.isEmpty()) {
        context.err() << "no running service serves this resident's ward and age\n";
    }
    return ExitOk;
}

int status(Context& context, const QCommandLineParser& parser)
{
    auto& store = context.store();
    const ReferralStatus to = requireStatus(parser.positionalArguments().at(1));
    const Referral saved = storage::ReferralRepository(store).transition(
        parser.positionalArguments().at(0), to, dateOption(context, parser), parser.value(QStringLiteral("note")),
        parser.value(QStringLiteral("outcome")));
    if (parser.isSet(QStringLiteral("json"))) {
        context.printJson(storage::rowToJson(storage::referralTable(), saved));
    } else {
        context.out() << saved.id << ' ' << referralStatusCode(saved.status) << '\n';
    }
    return ExitOk;
}

int list(Context& context, const QCommandLineParser& parser)
{
    auto& store = context.store();
    storage::ReferralRepository::Query query;
    if (parser.isSet(QStringLiteral("status"))) {
        query.status = requireStatus(parser.value(QStringLiteral("status")));
    }
    query.openOnly = !parser.isSet(QStringLiteral("all"));
    query.residentId = parser.value(QStringLiteral("resident"));
    const auto rows = storage::ReferralRepository(store).list(query, context.clock().today());
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray json;
        for (const auto& row : rows) {
            QJsonObject object = storage::rowToJson(storage::referralTable(), row.referral);
            object.insert(QStringLiteral("service_name"), row.serviceName);
            object.insert(QStringLiteral("age_days"), row.ageDays);
            object.insert(QStringLiteral("no_response"), row.noResponse);
            json.append(object);
        }
        context.printJson(json);
        return ExitOk;
    }
    for (const auto& row : rows) {
        context.out() << row.referral.id << "  " << referralStatusCode(row.referral.status) << "  " << row.ageDays
                      << " days  " << row.serviceName << "  " << row.referral.kind
                      << (row.noResponse ? QStringLiteral("  NO RESPONSE") : QString()) << '\n';
    }
    return ExitOk;
}

int show(Context& context, const QCommandLineParser& parser)
{
    auto& store = context.store();
    storage::ReferralRepository referrals(store);
    const Referral referral = referrals.require(parser.positionalArguments().at(0));
    const auto history = referrals.history(referral.id);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject object = storage::rowToJson(storage::referralTable(), referral);
        QJsonArray events;
        for (const auto& event : history) {
            events.append(storage::rowToJson(storage::referralEventTable(), event));
        }
        object.insert(QStringLiteral("history"), events);
        context.printJson(object);
        return ExitOk;
    }
    context.out() << referral.id << "  " << referralStatusCode(referral.status) << "  " << referral.kind << '\n';
    for (const auto& event : history) {
        context.out() << "  " << event.on.toString(Qt::ISODate) << "  "
                      << (event.fromStatus ? referralStatusCode(*event.fromStatus) : QStringLiteral("(new)")) << " -> "
                      << referralStatusCode(event.toStatus) << "  by " << event.officerId << '\n';
    }
    return ExitOk;
}

QCommandLineOption jsonOption()
{
    return {QStringLiteral("json"), QStringLiteral("Print JSON.")};
}

} // namespace

QList<Command> referralCommands()
{
    return {
        {{QStringLiteral("referral"), QStringLiteral("add")},
         QStringLiteral("RESIDENT SERVICE [--kind signpost|warm] [--on DATE] [--send] [--note TEXT] [--json]"),
         QStringLiteral("Refer or signpost a resident to a service (in draft; --send also sends it); prints the id."),
         {QStringLiteral("RESIDENT"), QStringLiteral("SERVICE")},
         [](QCommandLineParser& parser) {
             parser.addOption(
                 {QStringLiteral("kind"), QStringLiteral("signpost or warm (default warm)."), QStringLiteral("KIND")});
             parser.addOption(
                 {QStringLiteral("on"), QStringLiteral("Date made (default today)."), QStringLiteral("DATE")});
             parser.addOption({QStringLiteral("send"), QStringLiteral("Mark it sent on the same date.")});
             parser.addOption({QStringLiteral("note"), QStringLiteral("Note."), QStringLiteral("TEXT")});
             parser.addOption(jsonOption());
         },
         add},
        {{QStringLiteral("referral"), QStringLiteral("suggest")},
         QStringLiteral("RESIDENT [--json]"),
         QStringLiteral("Services matching the resident's ward, age, target groups and barriers, best first."),
         {QStringLiteral("RESIDENT")},
         [](QCommandLineParser& parser) { parser.addOption(jsonOption()); },
         suggest},
        {{QStringLiteral("referral"), QStringLiteral("status")},
         QStringLiteral("REFERRAL STATUS [--on DATE] [--note TEXT] [--outcome TEXT] [--json]"),
         QStringLiteral("Move a referral to a new status (%1); an illegal transition is refused (65).")
             .arg(statusCodes()),
         {QStringLiteral("REFERRAL"), QStringLiteral("STATUS")},
         [](QCommandLineParser& parser) {
             parser.addOption(
                 {QStringLiteral("on"), QStringLiteral("Date of the change (default today)."), QStringLiteral("DATE")});
             parser.addOption(
                 {QStringLiteral("note"), QStringLiteral("Note for the history."), QStringLiteral("TEXT")});
             parser.addOption({QStringLiteral("outcome"), QStringLiteral("Outcome."), QStringLiteral("TEXT")});
             parser.addOption(jsonOption());
         },
         status},
        {{QStringLiteral("referral"), QStringLiteral("list")},
         QStringLiteral("[--status S] [--all] [--resident ID] [--json]"),
         QStringLiteral("Open referrals by status and age; NO RESPONSE marks those sent and unanswered for the "
                        "council's no_response_days (14 unless changed)."),
         {},
         [](QCommandLineParser& parser) {
             parser.addOption({QStringLiteral("status"), QStringLiteral("Only this status."), QStringLiteral("S")});
             parser.addOption({QStringLiteral("all"), QStringLiteral("Closed referrals too.")});
             parser.addOption(
                 {QStringLiteral("resident"), QStringLiteral("Only this resident's."), QStringLiteral("ID")});
             parser.addOption(jsonOption());
         },
         list},
        {{QStringLiteral("referral"), QStringLiteral("show")},
         QStringLiteral("REFERRAL [--json]"),
         QStringLiteral("A referral with its dated history of transitions and who made them."),
         {QStringLiteral("REFERRAL")},
         [](QCommandLineParser& parser) { parser.addOption(jsonOption()); },
         show},
    };
}

} // namespace hearth::cli
