// hearth-cli action strategy add | action priority add | action add|edit|update|list|export|import,
// template actions
#include "ActionPlanImport.h"
#include "ActionPlanReport.h"
#include "ActionPlanRepository.h"
#include "Cli.h"
#include "OfficerRepository.h"
#include "ReportWriters.h"
#include "Tables.h"
#include "Vocabulary.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <map>

namespace hearth::cli {

namespace {

QString statusList()
{
    return vocab::actionStatuses().codes().join(QStringLiteral(", "));
}

int requireInt(const QString& field, const QString& text)
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    if (!ok) {
        throw Failure(ExitDataError, QStringLiteral("%1: '%2' is not a whole number").arg(field, text));
    }
    return value;
}

void requireOption(const QCommandLineParser& parser, const char* name)
{
    if (!parser.isSet(QString::fromLatin1(name))) {
        throw Failure(ExitUsage, QStringLiteral("--%1 is required").arg(QString::fromLatin1(name)));
    }
}

// The CLI's form of the "complete needs 100 percent" question: refuse and say how to proceed.
void checkComplete(const QString& status, int percent, const QCommandLineParser& parser)
{
    if (status == QLatin1String("complete") && percent < 100 && !parser.isSet(QStringLiteral("force-complete"))) {
        throw Failure(ExitDataError,
                      QStringLiteral("percent_complete: is %1 but the status is complete; give --percent 100, or "
                                     "add --force-complete to record it as complete at %1 percent")
                          .arg(percent));
    }
}

void printIdOrJson(Context& context, const QCommandLineParser& parser, const QString& id, const QJsonObject& json)
{
    if (parser.isSet(QStringLiteral("json"))) {
        context.printJson(json);
    } else {
        context.out() << id << '\n';
    }
}

int addStrategy(Context& context, const QCommandLineParser& parser)
{
    auto& store = context.store();
    requireOption(parser, "title");
    Strategy strategy;
    strategy.title = parser.value(QStringLiteral("title"));
    if (parser.isSet(QStringLiteral("from"))) {
        strategy.periodFrom = requireDate(QStringLiteral("period_from"), parser.value(QStringLiteral("from")));
    }
    if (parser.isSet(QStringLiteral("to"))) {
        strategy.periodTo = requireDate(QStringLiteral("period_to"), parser.value(QStringLiteral("to")));
    }
    const Strategy saved = store.actionPlan().addStrategy(strategy);
    printIdOrJson(context, parser, saved.id, storage::rowToJson(storage::strategyTable(), saved));
    return ExitOk;
}

int addPriority(Context& context, const QCommandLineParser& parser)
{
    auto& store = context.store();
    requireOption(parser, "title");
    Priority priority;
    priority.strategyId = parser.positionalArguments().at(0);
    priority.title = parser.value(QStringLiteral("title"));
    priority.description = parser.value(QStringLiteral("description"));
    if (parser.isSet(QStringLiteral("position"))) {
        priority.position = requireInt(QStringLiteral("position"), parser.value(QStringLiteral("position")));
    }
    const Priority saved = store.actionPlan().addPriority(priority);
    printIdOrJson(context, parser, saved.id, storage::rowToJson(storage::priorityTable(), saved));
    return ExitOk;
}

// The item fields shared by add and edit, from the options given.
void applyItemOptions(storage::Store& store, const QCommandLineParser& parser, ActionItem& item)
{
    if (parser.isSet(QStringLiteral("title"))) {
        item.title = parser.value(QStringLiteral("title"));
    }
    if (parser.isSet(QStringLiteral("description"))) {
        item.description = parser.value(QStringLiteral("description"));
    }
    if (parser.isSet(QStringLiteral("lead"))) {
        const QString lead = parser.value(QStringLiteral("lead"));
        item.leadOfficerId = lead.isEmpty() ? QString() : requireOfficerId(store, QStringLiteral("lead"), lead);
    }
    if (parser.isSet(QStringLiteral("partner"))) {
        item.partnerOrganisation = parser.value(QStringLiteral("partner"));
    }
    if (parser.isSet(QStringLiteral("start"))) {
        item.startOn = requireDate(QStringLiteral("start_on"), parser.value(QStringLiteral("start")));
    }
    if (parser.isSet(QStringLiteral("due"))) {
        item.dueOn = requireDate(QStringLiteral("due_on"), parser.value(QStringLiteral("due")));
    }
    if (parser.isSet(QStringLiteral("kpi"))) {
        item.kpiId = parser.value(QStringLiteral("kpi"));
    }
}

int addItem(Context& context, const QCommandLineParser& parser)
{
    auto& store = context.store();
    requireOption(parser, "title");
    ActionItem item;
    item.priorityId = parser.positionalArguments().at(0);
    applyItemOptions(store, parser, item);
    if (parser.isSet(QStringLiteral("status"))) {
        item.status = parser.value(QStringLiteral("status"));
    }
    if (parser.isSet(QStringLiteral("percent"))) {
        item.percentComplete = requireInt(QStringLiteral("percent_complete"), parser.value(QStringLiteral("percent")));
    }
    checkComplete(item.status, item.percentComplete, parser);
    const ActionItem saved = store.actionPlan().addItem(item, parser.isSet(QStringLiteral("force-complete")));
    printIdOrJson(context, parser, saved.id, storage::rowToJson(storage::actionItemTable(), saved));
    return ExitOk;
}

int editItem(Context& context, const QCommandLineParser& parser)
{
    auto& store = context.store();
    auto repository = store.actionPlan();
    const QString id = parser.positionalArguments().at(0);
    auto item = repository.findItem(id);
    if (!item) {
        throw Failure(ExitDataError, QStringLiteral("item: no action item has the id %1").arg(id));
    }
    applyItemOptions(store, parser, *item);
    const ActionItem saved = repository.updateItem(*item);
    printIdOrJson(context, parser, saved.id, storage::rowToJson(storage::actionItemTable(), saved));
    return ExitOk;
}

int recordUpdate(Context& context, const QCommandLineParser& parser)
{
    auto& store = context.store();
    auto repository = store.actionPlan();
    requireOption(parser, "status");
    const QString id = parser.positionalArguments().at(0);
    const auto item = repository.findItem(id);
    if (!item) {
        throw Failure(ExitDataError, QStringLiteral("item: no action item has the id %1").arg(id));
    }
    ActionUpdate update;
    update.itemId = id;
    update.status = parser.value(QStringLiteral("status"));
    update.percentComplete = parser.isSet(QStringLiteral("percent"))
        ? requireInt(QStringLiteral("percent_complete"), parser.value(QStringLiteral("percent")))
        : item->percentComplete;
    update.updateOn = parser.isSet(QStringLiteral("on"))
        ? requireDate(QStringLiteral("on"), parser.value(QStringLiteral("on")))
        : context.clock().today();
    update.commentary = parser.value(QStringLiteral("commentary"));
    if (parser.isSet(QStringLiteral("officer"))) {
        update.officerId = requireOfficerId(store, QStringLiteral("officer"), parser.value(QStringLiteral("officer")));
    }
    checkComplete(update.status, update.percentComplete, parser);
    const ActionUpdate saved = repository.recordUpdate(update, parser.isSet(QStringLiteral("force-complete")));
    printIdOrJson(context, parser, saved.id, storage::rowToJson(storage::actionUpdateTable(), saved));
    return ExitOk;
}

struct Listed
{
    ActionItem item;
    QString status; // as of the date
    bool overdue = false;
    QDate lastUpdateOn;
    QStringList reasons;
    QList<ActionUpdate> updates;
};

QJsonObject listedJson(const Listed& listed, const QString& leadName)
{
    QJsonObject object = storage::rowToJson(storage::actionItemTable(), listed.item);
    object.insert(QStringLiteral("lead_name"), leadName.isEmpty() ? QJsonValue() : QJsonValue(leadName));
    object.insert(QStringLiteral("status_as_of"), listed.status);
    object.insert(QStringLiteral("overdue"), listed.overdue);
    object.insert(QStringLiteral("last_update_on"),
                  listed.lastUpdateOn.isValid() ? QJsonValue(listed.lastUpdateOn.toString(Qt::ISODate)) : QJsonValue());
    object.insert(QStringLiteral("reasons"), QJsonArray::fromStringList(listed.reasons));
    QJsonArray updates;
    for (const auto& update : listed.updates) {
        updates.append(storage::rowToJson(storage::actionUpdateTable(), update));
    }
    object.insert(QStringLiteral("updates"), updates);
    return object;
}

int list(Context& context, const QCommandLineParser& parser)
{
    auto& store = context.store();
    auto repository = store.actionPlan();
    const QDate asOf = parser.isSet(QStringLiteral("as-of"))
        ? requireDate(QStringLiteral("as_of"), parser.value(QStringLiteral("as-of")))
        : context.clock().today();
    const int weeks = parser.isSet(QStringLiteral("weeks"))
        ? requireInt(QStringLiteral("weeks"), parser.value(QStringLiteral("weeks")))
        : store.councilSettings().actionNoUpdateWeeks;
    if (weeks < 1) {
        throw Failure(ExitDataError, QStringLiteral("weeks: must be 1 or more"));
    }
    const QString by = parser.value(QStringLiteral("by"));
    if (!by.isEmpty() && by != QLatin1String("lead") && by != QLatin1String("partner")) {
        throw Failure(ExitUsage, QStringLiteral("--by must be lead or partner, not '%1'").arg(by));
    }
    const QString strategyId = parser.value(QStringLiteral("strategy"));
    if (!strategyId.isEmpty() && !repository.findStrategy(strategyId)) {
        throw Failure(ExitDataError, QStringLiteral("strategy: no strategy has the id %1").arg(strategyId));
    }
    const bool attentionOnly = parser.isSet(QStringLiteral("attention"));

    std::map<QString, QString> officerNames;
    for (const auto& officer : store.officers().list()) {
        officerNames[officer.id] = officer.displayName;
    }
    auto leadName = [&officerNames](const ActionItem& item) {
        const auto found = officerNames.find(item.leadOfficerId);
        return found == officerNames.end() ? QString() : found->second;
    };

    QList<Listed> listed;
    for (const auto& item : repository.items(strategyId)) {
        Listed each;
        each.item = item;
        const QList<ActionUpdate> all = repository.updates(item.id);
        each.updates = all;
        each.updates.removeIf([&asOf](const ActionUpdate& update) { return update.updateOn > asOf; });
        each.status = statusAsOf(item, all, asOf);
        each.overdue = isOverdue(item, all, asOf);
        if (const auto* latest = latestUpdateAsOf(all, asOf)) {
            each.lastUpdateOn = latest->updateOn;
        }
        each.reasons = attentionReasons(item, all, asOf, weeks);
        if (attentionOnly && each.reasons.isEmpty()) {
            continue;
        }
        listed.append(each);
    }

    // Groups in name order; items without a lead or partner last.
    std::map<std::pair<bool, QString>, QList<Listed>> groups;
    if (!by.isEmpty()) {
        for (const auto& each : listed) {
            const QString key = by == QLatin1String("lead")
                ? (leadName(each.item).isEmpty() ? each.item.leadOfficerId : leadName(each.item))
                : each.item.partnerOrganisation;
            groups[{key.isEmpty(), key}].append(each);
        }
    }

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject document;
        document.insert(QStringLiteral("as_of"), asOf.toString(Qt::ISODate));
        document.insert(QStringLiteral("attention_only"), attentionOnly);
        document.insert(QStringLiteral("weeks_without_update"), weeks);
        if (by.isEmpty()) {
            QJsonArray items;
            for (const auto& each : listed) {
                items.append(listedJson(each, leadName(each.item)));
            }
            document.insert(QStringLiteral("items"), items);
        } else {
            document.insert(QStringLiteral("by"), by);
            QJsonArray groupArray;
            for (const auto& [key, members] : groups) {
                QJsonArray items;
                for (const auto& each : members) {
                    items.append(listedJson(each, leadName(each.item)));
                }
                QJsonObject group;
                group.insert(by, key.second.isEmpty() ? QJsonValue() : QJsonValue(key.second));
                group.insert(QStringLiteral("items"), items);
                groupArray.append(group);
            }
            document.insert(QStringLiteral("groups"), groupArray);
        }
        context.printJson(document);
        return ExitOk;
    }

    auto printItem = [&](const Listed& each) {
        const QString due = each.item.dueOn.isValid() ? each.item.dueOn.toString(Qt::ISODate) : QStringLiteral("-");
        context.out() << each.item.id << "  due " << due.leftJustified(10) << "  " << each.status.leftJustified(11)
                      << "  " << QString::number(each.item.percentComplete).rightJustified(3) << "%  "
                      << each.item.title;
        const QString lead = leadName(each.item);
        if (!lead.isEmpty()) {
            context.out() << "  [lead: " << lead << "]";
        }
        if (!each.item.partnerOrganisation.isEmpty()) {
            context.out() << "  [partner: " << each.item.partnerOrganisation << "]";
        }
        if (!each.reasons.isEmpty()) {
            QStringList labels;
            for (const auto& reason : each.reasons) {
                labels.append(attentionReasonLabel(reason, weeks).toLower());
            }
            context.out() << "  -- " << labels.join(QStringLiteral("; "));
        }
        context.out() << '\n';
    };
    if (listed.isEmpty()) {
        context.out() << (attentionOnly ? "Nothing needs attention as of " : "No action items as of ")
                      << asOf.toString(Qt::ISODate) << ".\n";
        return ExitOk;
    }
    if (by.isEmpty()) {
        for (const auto& each : listed) {
            printItem(each);
        }
        return ExitOk;
    }
    bool first = true;
    for (const auto& [key, members] : groups) {
        if (!first) {
            context.out() << '\n';
        }
        first = false;
        context.out() << (by == QLatin1String("lead") ? "Lead: " : "Partner: ")
                      << (key.second.isEmpty() ? QStringLiteral("(none)") : key.second) << '\n';
        for (const auto& each : members) {
            printItem(each);
        }
    }
    return ExitOk;
}

// The committee progress report (reports/ActionPlanReport.h) in one of the export formats, written
// in one go: nothing is left behind when the file cannot be written.
int exportPlan(Context& context, const QCommandLineParser& parser)
{
    // Check every argument before touching the database.
    const QString out = parser.value(QStringLiteral("out"));
    QString formatText = parser.value(QStringLiteral("format")).toLower();
    if (formatText.isEmpty() && !out.isEmpty()) {
        formatText = QFileInfo(out).suffix().toLower();
    }
    if (formatText.isEmpty()) {
        throw Failure(ExitUsage,
                      QStringLiteral("give --format (%1) or an --out file with one of those extensions")
                          .arg(reports::formatNames().join(QStringLiteral(", "))));
    }
    const auto format = reports::formatFromName(formatText);
    if (!format) {
        throw Failure(ExitUsage,
                      QStringLiteral("--format: '%1' is not a format; choose one of %2")
                          .arg(formatText, reports::formatNames().join(QStringLiteral(", "))));
    }
    const bool binary =
        *format == reports::Format::Xlsx || *format == reports::Format::Odt || *format == reports::Format::Pdf;
    if (binary && out.isEmpty()) {
        throw Failure(ExitUsage, QStringLiteral("--format %1 writes a file: add --out FILE").arg(formatText));
    }
    const QDate asOf = parser.isSet(QStringLiteral("as-of"))
        ? requireDate(QStringLiteral("--as-of"), parser.value(QStringLiteral("as-of")))
        : context.clock().today();

    const reports::ActionPlanData plan =
        reports::readActionPlan(context.store(), parser.value(QStringLiteral("strategy")));
    if (plan.strategies.isEmpty()) {
        throw Failure(ExitDataError,
                      QStringLiteral("there is no action plan to export: add a strategy first "
                                     "(action strategy add, or action import)"));
    }
    QByteArray data;
    try {
        data = reports::writeReport(reports::actionPlanReport(plan, asOf), *format);
    } catch (const reports::ReportError& error) {
        throw Failure(ExitSoftware,
                      QStringLiteral("the %1 export failed: %2").arg(formatText, QString::fromUtf8(error.what())));
    }
    if (out.isEmpty()) {
        context.out() << QString::fromUtf8(data);
        return ExitOk;
    }
    writeFileAtomically(out, data, parser.isSet(QStringLiteral("force")));
    context.err() << "Wrote the action plan progress as of " << asOf.toString(Qt::ISODate) << " (" << plan.items.size()
                  << " actions) to " << out << ".\n";
    return ExitOk;
}

// The strategy an import goes into: --strategy, else the only one there is.
QString importStrategy(storage::Store& store, const QCommandLineParser& parser)
{
    auto repository = store.actionPlan();
    if (parser.isSet(QStringLiteral("strategy"))) {
        const QString id = parser.value(QStringLiteral("strategy"));
        if (!repository.findStrategy(id)) {
            throw Failure(ExitDataError, QStringLiteral("strategy: no strategy has the id %1").arg(id));
        }
        return id;
    }
    const QList<Strategy> strategies = repository.strategies();
    if (strategies.isEmpty()) {
        throw Failure(ExitDataError,
                      QStringLiteral("there is no strategy to import into: add one first (action strategy add)"));
    }
    if (strategies.size() > 1) {
        throw Failure(ExitUsage,
                      QStringLiteral("there are %1 strategies: say which with --strategy ID").arg(strategies.size()));
    }
    return strategies.first().id;
}

int importPlan(Context& context, const QCommandLineParser& parser)
{
    const QString path = parser.positionalArguments().at(0);
    CsvOptions options;
    if (parser.isSet(QStringLiteral("delimiter"))) {
        options.delimiter = delimiterFromName(parser.value(QStringLiteral("delimiter")));
        if (!options.delimiter) {
            throw Failure(ExitUsage,
                          QStringLiteral("--delimiter: '%1' is not one of: comma, semicolon, tab")
                              .arg(parser.value(QStringLiteral("delimiter"))));
        }
    }
    CsvTable table;
    try {
        table = import::readCsvFile(path, options);
    } catch (const import::ImportError& error) {
        throw Failure(error.kind() == import::ImportError::Kind::CannotRead ? ExitNoInput : ExitDataError,
                      error.message());
    } catch (const CsvError& error) {
        const QString where = error.line() > 0 ? QStringLiteral("%1:%2").arg(path).arg(error.line()) : path;
        throw Failure(ExitDataError, QStringLiteral("%1: %2; nothing was imported").arg(where, error.message()));
    }
    auto& store = context.store();
    const QString strategyId = importStrategy(store, parser);
    const import::ActionImportPreview preview =
        import::previewActionImport(table, import::actionLookupsFrom(store, strategyId));
    auto& err = context.err();
    for (const auto& warning : preview.warnings) {
        err << path << ": warning: " << warning << '\n';
    }
    if (!preview.ok()) {
        for (const auto& issue : preview.issues) {
            err << path << ':' << issue.line << ": " << issue.text() << '\n';
        }
        throw Failure(ExitDataError,
                      QStringLiteral("%1: %2 problem(s); nothing was imported").arg(path).arg(preview.issues.size()));
    }
    if (parser.isSet(QStringLiteral("dry-run"))) {
        err << "Dry run: " << preview.toAdd() << " actions would be added and " << preview.toUpdate()
            << " matched and updated; nothing was written\n";
        return ExitOk;
    }
    const import::ActionImportResult result = import::commitActionImport(store, strategyId, preview);
    err << "Imported " << path << ": " << result.added << " actions added, " << result.updated << " updated ("
        << result.progressUpdates << " progress updates), " << result.prioritiesAdded << " priorities added\n";
    context.out() << result.added + result.updated << '\n';
    return ExitOk;
}

int templateActions(Context& context, const QCommandLineParser& parser)
{
    // The example's lead is an officer the database holds, when there is one, so the template imports.
    QString lead;
    if (QFileInfo::exists(context.dbPath())) {
        const QString acting = context.store().actingOfficerId();
        if (const auto officer = context.store().officers().find(acting)) {
            lead = officer->displayName;
        }
    }
    const QString text = import::actionTemplateCsv(lead);
    const QString path = parser.value(QStringLiteral("out"));
    if (path.isEmpty()) {
        context.out() << text;
        return ExitOk;
    }
    writeFileAtomically(path, QByteArray("\xEF\xBB\xBF") + text.toUtf8(), parser.isSet(QStringLiteral("force")));
    context.err() << "Wrote the action plan import template to " << path << '\n';
    return ExitOk;
}

void addItemOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("title"), QStringLiteral("Title."), QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("description"), QStringLiteral("Description."), QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("lead"), QStringLiteral("Lead officer (id or name)."), QStringLiteral("OFFICER")});
    parser.addOption({QStringLiteral("partner"), QStringLiteral("Partner organisation."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("start"), QStringLiteral("Start date."), QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("due"), QStringLiteral("Due date."), QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("kpi"), QStringLiteral("Linked KPI id (kpis.md)."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print the item as JSON.")});
}

QCommandLineOption forceCompleteOption()
{
    return {QStringLiteral("force-complete"),
            QStringLiteral("Record a status of complete although the percent is below 100.")};
}

} // namespace

QList<Command> actionCommands()
{
    return {
        {{QStringLiteral("action"), QStringLiteral("strategy"), QStringLiteral("add")},
         QStringLiteral("--title TEXT [--from DATE] [--to DATE] [--json]"),
         QStringLiteral("Add a strategy (the top of the action plan); prints its id."),
         {},
         [](QCommandLineParser& parser) {
             parser.addOption({QStringLiteral("title"), QStringLiteral("Title."), QStringLiteral("TEXT")});
             parser.addOption({QStringLiteral("from"), QStringLiteral("Period start."), QStringLiteral("DATE")});
             parser.addOption({QStringLiteral("to"), QStringLiteral("Period end."), QStringLiteral("DATE")});
             parser.addOption({QStringLiteral("json"), QStringLiteral("Print the strategy as JSON.")});
         },
         addStrategy},
        {{QStringLiteral("action"), QStringLiteral("priority"), QStringLiteral("add")},
         QStringLiteral("STRATEGY --title TEXT [--description TEXT] [--position N] [--json]"),
         QStringLiteral("Add a priority (objective) to a strategy; prints its id."),
         {QStringLiteral("STRATEGY")},
         [](QCommandLineParser& parser) {
             parser.addOption({QStringLiteral("title"), QStringLiteral("Title."), QStringLiteral("TEXT")});
             parser.addOption({QStringLiteral("description"), QStringLiteral("Description."), QStringLiteral("TEXT")});
             parser.addOption({QStringLiteral("position"), QStringLiteral("Order within the strategy (default: last)."),
                               QStringLiteral("N")});
             parser.addOption({QStringLiteral("json"), QStringLiteral("Print the priority as JSON.")});
         },
         addPriority},
        {{QStringLiteral("action"), QStringLiteral("add")},
         QStringLiteral("PRIORITY --title TEXT [--description TEXT] [--lead OFFICER] [--partner NAME] [--start DATE] "
                        "[--due DATE] [--status S] [--percent N] [--force-complete] [--kpi ID] [--json]"),
         QStringLiteral("Add an action item under a priority; prints its id."),
         {QStringLiteral("PRIORITY")},
         [](QCommandLineParser& parser) {
             addItemOptions(parser);
             parser.addOption({QStringLiteral("status"),
                               QStringLiteral("Status (%1; default not_started).").arg(statusList()),
                               QStringLiteral("S")});
             parser.addOption({QStringLiteral("percent"), QStringLiteral("Percent complete, 0-100 (default 0)."),
                               QStringLiteral("N")});
             parser.addOption(forceCompleteOption());
         },
         addItem},
        {{QStringLiteral("action"), QStringLiteral("edit")},
         QStringLiteral("ITEM [--title TEXT] [--description TEXT] [--lead OFFICER] [--partner NAME] [--start DATE] "
                        "[--due DATE] [--kpi ID] [--json]"),
         QStringLiteral("Change an action item's details; its status changes only by `action update`."),
         {QStringLiteral("ITEM")},
         addItemOptions,
         editItem},
        {{QStringLiteral("action"), QStringLiteral("update")},
         QStringLiteral("ITEM --status S [--percent N] [--on DATE] [--commentary TEXT] [--force-complete] [--json]"),
         QStringLiteral("Record a dated progress update; earlier updates are kept. Prints the update's id."),
         {QStringLiteral("ITEM")},
         [](QCommandLineParser& parser) {
             parser.addOption({QStringLiteral("status"), QStringLiteral("Status at that date (%1).").arg(statusList()),
                               QStringLiteral("S")});
             parser.addOption({QStringLiteral("percent"),
                               QStringLiteral("Percent complete, 0-100 (default: the item's current percent)."),
                               QStringLiteral("N")});
             parser.addOption({QStringLiteral("on"),
                               QStringLiteral("Date of the update (default today; not in the future)."),
                               QStringLiteral("DATE")});
             parser.addOption({QStringLiteral("commentary"), QStringLiteral("What happened."), QStringLiteral("TEXT")});
             parser.addOption({QStringLiteral("officer"), QStringLiteral("Officer reporting (default: you)."),
                               QStringLiteral("OFFICER")});
             parser.addOption(forceCompleteOption());
             parser.addOption({QStringLiteral("json"), QStringLiteral("Print the update as JSON.")});
         },
         recordUpdate},
        {{QStringLiteral("action"), QStringLiteral("list")},
         QStringLiteral("[--strategy ID] [--attention] [--as-of DATE] [--weeks N] [--by lead|partner] [--json]"),
         QStringLiteral("List action items with their status as of a date; --attention: only those overdue, at "
                        "risk, off track or without an update in the last N weeks."),
         {},
         [](QCommandLineParser& parser) {
             parser.addOption(
                 {QStringLiteral("strategy"), QStringLiteral("Only this strategy."), QStringLiteral("ID")});
             parser.addOption({QStringLiteral("attention"), QStringLiteral("Only items that need attention.")});
             parser.addOption({QStringLiteral("as-of"), QStringLiteral("The date to judge at (default today)."),
                               QStringLiteral("DATE")});
             parser.addOption({QStringLiteral("weeks"),
                               QStringLiteral("Weeks without an update before an item needs attention (default: the "
                                              "council setting action_no_update_weeks, 8 unless changed)."),
                               QStringLiteral("N")});
             parser.addOption({QStringLiteral("by"), QStringLiteral("Group by lead officer or partner."),
                               QStringLiteral("lead|partner")});
             parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON.")});
         },
         list},
        {{QStringLiteral("action"), QStringLiteral("export")},
         QStringLiteral("--format csv|xlsx|odt|html|pdf --out FILE [--force] [--as-of DATE] [--strategy ID]"),
         QStringLiteral("The committee progress report: actions by status, then each priority's actions with "
                        "lead, partner, due date, status as of the date and the latest update."),
         {},
         [](QCommandLineParser& parser) {
             parser.addOption({QStringLiteral("format"),
                               QStringLiteral("csv, xlsx, odt, html or pdf; else taken from --out's extension."),
                               QStringLiteral("FORMAT")});
             parser.addOption({QStringLiteral("out"), QStringLiteral("Write to this file (csv and html: else stdout)."),
                               QStringLiteral("FILE")});
             parser.addOption({QStringLiteral("force"), QStringLiteral("Replace --out if it exists.")});
             parser.addOption({QStringLiteral("as-of"),
                               QStringLiteral("Report progress as of this date (default "
                                              "today)."),
                               QStringLiteral("DATE")});
             parser.addOption({QStringLiteral("strategy"), QStringLiteral("Only this strategy (default: all)."),
                               QStringLiteral("ID")});
         },
         exportPlan},
        {{QStringLiteral("action"), QStringLiteral("import")},
         QStringLiteral("FILE.csv [--strategy ID] [--dry-run] [--delimiter comma|semicolon|tab]"),
         QStringLiteral("Import action items from a spreadsheet saved as CSV (columns: docs/formats.md): all rows "
                        "or none; rows matching an item by priority and title update it."),
         {QStringLiteral("FILE.csv")},
         [](QCommandLineParser& parser) {
             parser.addOption({QStringLiteral("strategy"),
                               QStringLiteral("The strategy to import into (needed when there are several)."),
                               QStringLiteral("ID")});
             parser.addOption(
                 {QStringLiteral("dry-run"), QStringLiteral("Check every row and report; write nothing.")});
             parser.addOption({QStringLiteral("delimiter"),
                               QStringLiteral("The delimiter, when detection from the header is not wanted."),
                               QStringLiteral("comma|semicolon|tab")});
         },
         importPlan},
        {{QStringLiteral("template"), QStringLiteral("actions")},
         QStringLiteral("[--out FILE] [--force]"),
         QStringLiteral("A CSV template for 'action import': every column and fictional example rows."),
         {},
         [](QCommandLineParser& parser) {
             parser.addOption({QStringLiteral("out"),
                               QStringLiteral("Write to FILE (UTF-8 with BOM) instead of stdout."),
                               QStringLiteral("FILE")});
             parser.addOption({QStringLiteral("force"), QStringLiteral("Replace FILE if it exists.")});
         },
         templateActions},
    };
}

} // namespace hearth::cli
