// hearth-cli retention [--json] [--as-of D], retention anonymise (--all | ID...) --reason TEXT:
// the retention review of closed cases (storage/Retention.h). Output names no one: ids and dates.
#include "Cli.h"
#include "Retention.h"

#include <QJsonArray>
#include <QJsonObject>

namespace hearth::cli {

namespace {

QDate asOf(Context& context, const QCommandLineParser& parser)
{
    return parser.isSet(QStringLiteral("as-of"))
        ? requireDate(QStringLiteral("--as-of"), parser.value(QStringLiteral("as-of")))
        : context.clock().today();
}

void asOfOption(QCommandLineParser& parser)
{
    parser.addOption(
        {QStringLiteral("as-of"), QStringLiteral("Review as on this date (default: today)."), QStringLiteral("DATE")});
}

int list(Context& context, const QCommandLineParser& parser)
{
    auto& store = context.store();
    const QDate on = asOf(context, parser);
    const int years = store.councilSettings().retentionYears;
    const auto due = storage::Retention(store).due(on, years);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray cases;
        for (const auto& entry : due) {
            cases.append(QJsonObject {{QStringLiteral("id"), entry.residentId},
                                      {QStringLiteral("closed_on"), entry.closedOn.toString(Qt::ISODate)},
                                      {QStringLiteral("due_on"), entry.dueOn.toString(Qt::ISODate)},
                                      {QStringLiteral("years_past"), entry.yearsPast}});
        }
        context.printJson(QJsonObject {{QStringLiteral("as_of"), on.toString(Qt::ISODate)},
                                       {QStringLiteral("retention_years"), years},
                                       {QStringLiteral("cases"), cases}});
        return ExitOk;
    }
    for (const auto& entry : due) {
        context.out() << entry.residentId << "  closed " << entry.closedOn.toString(Qt::ISODate) << "  "
                      << QString::number(entry.yearsPast, 'f', 1) << " years past\n";
    }
    context.err() << due.size() << " closed cases are past the retention period of " << years << " years as of "
                  << on.toString(Qt::ISODate) << ".\n";
    return ExitOk;
}

int anonymise(Context& context, const QCommandLineParser& parser)
{
    const QString reason = parser.value(QStringLiteral("reason")).trimmed();
    if (reason.isEmpty()) {
        throw Failure(ExitUsage, QStringLiteral("--reason TEXT is required: say why the cases are anonymised"));
    }
    const bool all = parser.isSet(QStringLiteral("all"));
    QStringList ids = parser.positionalArguments();
    if (all == !ids.isEmpty()) {
        throw Failure(ExitUsage, QStringLiteral("give --all or the ids of the cases to anonymise, not both"));
    }
    auto& store = context.store();
    const QDate on = asOf(context, parser);
    const int years = store.councilSettings().retentionYears;
    storage::Retention retention(store);
    if (all) {
        for (const auto& entry : retention.due(on, years)) {
            ids.append(entry.residentId);
        }
    }
    ids.removeDuplicates();
    const qint64 done = retention.anonymise(ids, reason, on, years);
    context.err() << "Anonymised " << done << " closed cases; names, contact details and notes are erased, the "
                  << "figures stay. The change travels in the next bundles.\n";
    return ExitOk;
}

} // namespace

QList<Command> retentionCommands()
{
    return {
        {{QStringLiteral("retention")},
         QStringLiteral("[--json] [--as-of DATE]"),
         QStringLiteral("List closed cases past the council's retention period (ids and dates only)."),
         {},
         [](QCommandLineParser& parser) {
             parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON.")});
             asOfOption(parser);
         },
         list},
        {{QStringLiteral("retention"), QStringLiteral("anonymise")},
         QStringLiteral("(--all | ID...) --reason TEXT [--as-of DATE]"),
         QStringLiteral("Anonymise closed cases past the retention period, all or none: keep the statistical "
                        "fields the KPIs count, erase names, contact details and notes. Audited; travels."),
         {QStringLiteral("ID...")},
         [](QCommandLineParser& parser) {
             parser.addOption({QStringLiteral("all"), QStringLiteral("Every case the review lists.")});
             parser.addOption({QStringLiteral("reason"), QStringLiteral("Why (audited; no personal data)."),
                               QStringLiteral("TEXT")});
             asOfOption(parser);
         },
         anonymise},
    };
}

} // namespace hearth::cli
