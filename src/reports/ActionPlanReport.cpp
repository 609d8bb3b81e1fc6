#include "ActionPlanReport.h"
#include "ReportLocale.h"

#include <QCoreApplication>

#include "ActionPlanRepository.h"
#include "OfficerRepository.h"
#include "StorageError.h"
#include "Store.h"
#include "Vocabulary.h"

#include <QLocale>

namespace hearth::reports {

namespace {

// Committee papers are in the application's language (Welsh or British English), whatever the
// machine's locale.
QString longDate(const QDate& date)
{
    return reportLocale().toString(date, QStringLiteral("d MMMM yyyy"));
}

QString shortDate(const QDate& date)
{
    return date.isValid() ? reportLocale().toString(date, QStringLiteral("d MMM yyyy")) : QString();
}

QString monthYear(const QDate& date)
{
    return reportLocale().toString(date, QStringLiteral("MMMM yyyy"));
}

// The percent reported as of the date, as statusAsOf reads the status.
int percentAsOf(const ActionItem& item, const QList<ActionUpdate>& updates, const QDate& asOf)
{
    if (const auto* latest = latestUpdateAsOf(updates, asOf)) {
        return latest->percentComplete;
    }
    return updates.isEmpty() ? item.percentComplete : 0;
}

QString strategyLine(const Strategy& strategy)
{
    if (strategy.periodFrom.isValid() && strategy.periodTo.isValid()) {
        return QCoreApplication::translate("hearth::reports", "%1 (%2 to %3)")
            .arg(strategy.title, monthYear(strategy.periodFrom), monthYear(strategy.periodTo));
    }
    return strategy.title;
}

} // namespace

QStringList actionPlanColumns()
{
    return {QCoreApplication::translate("hearth::reports", "Action"),
            QCoreApplication::translate("hearth::reports", "Lead officer"),
            QCoreApplication::translate("hearth::reports", "Partner"),
            QCoreApplication::translate("hearth::reports", "Due"),
            QCoreApplication::translate("hearth::reports", "Status"),
            QCoreApplication::translate("hearth::reports", "% complete"),
            QCoreApplication::translate("hearth::reports", "Last update"),
            QCoreApplication::translate("hearth::reports", "Commentary")};
}

ActionPlanData readActionPlan(storage::Store& store, const QString& strategyId)
{
    auto repository = store.actionPlan();
    ActionPlanData plan;
    plan.councilName = store.councilSettings().councilName;
    if (strategyId.isEmpty()) {
        plan.strategies = repository.strategies();
    } else {
        const auto strategy = repository.findStrategy(strategyId);
        if (!strategy) {
            throw storage::Error(
                storage::Error::Kind::NotFound,
                QCoreApplication::translate("hearth::reports", "strategy: no strategy has the id %1").arg(strategyId));
        }
        plan.strategies = {*strategy};
    }
    // Priorities strategy by strategy, each strategy's in its own order.
    for (const auto& strategy : plan.strategies) {
        plan.priorities += repository.priorities(strategy.id);
    }
    plan.items = repository.items(strategyId);
    auto officers = store.officers();
    for (const auto& officer : officers.list()) {
        plan.officerNames.insert(officer.id, officer.displayName);
    }
    for (const auto& item : plan.items) {
        plan.updates.insert(item.id, repository.updates(item.id));
        if (!item.leadOfficerId.isEmpty() && !plan.officerNames.contains(item.leadOfficerId)) {
            if (const auto officer = officers.find(item.leadOfficerId)) { // deactivated since
                plan.officerNames.insert(officer->id, officer->displayName);
            }
        }
    }
    return plan;
}

ReportDocument actionPlanReport(const ActionPlanData& plan, const QDate& asOf)
{
    const Vocabulary& statuses = vocab::actionStatuses();
    ReportDocument document;
    document.title = plan.strategies.size() == 1
        ? QCoreApplication::translate("hearth::reports", "Action plan progress: %1").arg(plan.strategies.first().title)
        : QCoreApplication::translate("hearth::reports", "Action plan progress");
    QStringList subtitle;
    if (!plan.councilName.isEmpty()) {
        subtitle.append(plan.councilName);
    }
    subtitle.append(QCoreApplication::translate("hearth::reports", "Progress as of %1").arg(longDate(asOf)));
    if (plan.strategies.size() == 1) {
        subtitle.append(
            QCoreApplication::translate("hearth::reports", "Strategy: %1").arg(strategyLine(plan.strategies.first())));
    }
    document.subtitle = subtitle.join(QStringLiteral(". ")) + QLatin1Char('.');
    document.notice =
        QCoreApplication::translate("hearth::reports",
                                    "For the Policy Development and Scrutiny committee. This report holds no "
                                    "information about residents.");

    QMap<QString, QString> strategyTitles;
    for (const auto& strategy : plan.strategies) {
        strategyTitles.insert(strategy.id, strategy.title);
    }

    // Counts by status as of the date, and how many of each are overdue.
    QMap<QString, int> byStatus;
    QMap<QString, int> overdueByStatus;
    int total = 0;
    int overdueTotal = 0;

    QList<ReportTable> priorityTables;
    int number = 0;
    for (const auto& priority : plan.priorities) {
        ++number;
        ReportTable table;
        const QString name =
            QCoreApplication::translate("hearth::reports", "Priority %1: %2").arg(number).arg(priority.title);
        table.title = plan.strategies.size() > 1
            ? QStringLiteral("%1 – %2").arg(strategyTitles.value(priority.strategyId), name)
            : name;
        table.columns = actionPlanColumns();
        // In characters (XLSX) and as proportions (ODT, HTML, PDF): room for the action and the
        // commentary, which committees read.
        table.columnWidths = {28, 15, 17, 11, 15, 11, 12, 40};
        for (const auto& item : plan.items) {
            if (item.priorityId != priority.id) {
                continue;
            }
            const QList<ActionUpdate> updates = plan.updates.value(item.id);
            const QString status = statusAsOf(item, updates, asOf);
            const bool overdue = isOverdue(item, updates, asOf);
            ++byStatus[status];
            ++total;
            if (overdue) {
                ++overdueByStatus[status];
                ++overdueTotal;
            }
            const ActionUpdate* latest = latestUpdateAsOf(updates, asOf);
            QString statusText = statuses.label(status);
            if (overdue) {
                statusText += QCoreApplication::translate("hearth::reports", ", overdue");
            }
            const QString lead = item.leadOfficerId.isEmpty()
                ? QString()
                : plan.officerNames.value(item.leadOfficerId, item.leadOfficerId);
            table.rows.append({
                ReportCell::label(item.title),
                ReportCell::label(lead),
                ReportCell::label(item.partnerOrganisation),
                ReportCell::label(shortDate(item.dueOn)),
                ReportCell::label(statusText),
                ReportCell::count(percentAsOf(item, updates, asOf)),
                ReportCell::label(latest ? shortDate(latest->updateOn)
                                         : QCoreApplication::translate("hearth::reports", "None yet")),
                ReportCell::label(latest ? latest->commentary : QString()),
            });
        }
        if (table.rows.isEmpty()) {
            QList<ReportCell> row {ReportCell::label(
                QCoreApplication::translate("hearth::reports", "No actions under this priority yet"))};
            while (row.size() < table.columns.size()) {
                row.append(ReportCell::empty());
            }
            table.rows.append(row);
        }
        if (!priority.description.isEmpty()) {
            table.footnotes.append(priority.description);
        }
        priorityTables.append(table);
    }

    ReportTable summary;
    summary.title = QCoreApplication::translate("hearth::reports", "Summary: actions by status");
    summary.columns = {QCoreApplication::translate("hearth::reports", "Status"),
                       QCoreApplication::translate("hearth::reports", "Actions"),
                       QCoreApplication::translate("hearth::reports", "Of which overdue")};
    for (const auto& code : statuses.codes()) {
        summary.rows.append(
            {ReportCell::label(statuses.label(code)), ReportCell::count(byStatus.value(code)),
             code == QLatin1String("complete") ? ReportCell::empty() : ReportCell::count(overdueByStatus.value(code))});
    }
    summary.rows.append({ReportCell::label(QCoreApplication::translate("hearth::reports", "All actions")),
                         ReportCell::count(total), ReportCell::count(overdueTotal)});

    document.tables.append(summary);
    document.tables += priorityTables;
    document.footnotes = {
        QCoreApplication::translate(
            "hearth::reports",
            "Status: each action's status as of %1 is that of its latest progress update on or before "
            "that date (Not started when its first update is later; the status it was entered with when it "
            "has never had one).")
            .arg(longDate(asOf)),
        QCoreApplication::translate("hearth::reports", "Overdue: due before %1 and not complete.").arg(longDate(asOf)),
        QCoreApplication::translate("hearth::reports",
                                    "Last update and commentary: the latest progress update on or before %1.")
            .arg(longDate(asOf)),
    };
    return document;
}

} // namespace hearth::reports
