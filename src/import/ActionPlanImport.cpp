#include "ActionPlanImport.h"

#include <QCoreApplication>

#include "ActionPlanRepository.h"
#include "AuditLog.h"
#include "OfficerRepository.h"
#include "Sqlite.h"
#include "StorageError.h"
#include "Store.h"
#include "Validation.h"
#include "Vocabulary.h"

#include <QHash>
#include <QRegularExpression>

namespace hearth::import {

namespace {

QString S(const char* text)
{
    return QString::fromUtf8(text);
}

enum Column { kPriority, kAction, kDescription, kLead, kPartner, kStart, kDue, kStatus, kPercent, kKpi, kColumnCount };

QDate parseDate(const QString& text)
{
    if (const QDate iso = parseIsoDate(text); iso.isValid()) {
        return iso;
    }
    static const QRegularExpression uk(QStringLiteral("^(\\d{1,2})/(\\d{1,2})/(\\d{4})\\z"));
    const auto match = uk.match(text);
    if (!match.hasMatch()) {
        return {};
    }
    return QDate(match.captured(3).toInt(), match.captured(2).toInt(), match.captured(1).toInt());
}

QString key(const QString& priority, const QString& title)
{
    return priority.trimmed().toCaseFolded() + QChar(0x1F) + title.trimmed().toCaseFolded();
}

} // namespace

const QList<ActionImportColumn>& actionImportColumns()
{
    static const QList<ActionImportColumn> columns {
        {S("Priority"),
         {S("Objective"), S("Priority title"), S("Theme")},
         true,
         S("Build the social prescribing model"),
         S("The priority (objective) the action serves, by its title; a new title adds a priority.")},
        {S("Action"),
         {S("Action title"), S("Title"), S("Item")},
         true,
         S("Place a link worker in each primary care network"),
         S("The action's title.")},
        {S("Description"),
         {S("Details")},
         false,
         S("Jointly funded posts that see residents in the surgery."),
         S("Optional.")},
        {S("Lead"),
         {S("Lead officer"), S("Owner"), S("Responsible officer")},
         false,
         S("Sam Officer"),
         S("An officer held in Hearth, by id or display name; empty: no lead.")},
        {S("Partner"),
         {S("Partner organisation"), S("Partners")},
         false,
         S("NHS ICB"),
         S("The accountable partner organisation, as text.")},
        {S("Start"),
         {S("Start date"), S("Start on")},
         false,
         S("2026-04-01"),
         S("YYYY-MM-DD or DD/MM/YYYY; optional.")},
        {S("Due"),
         {S("Due date"), S("Due on"), S("Deadline"), S("Target date")},
         false,
         S("2027-03-31"),
         S("YYYY-MM-DD or DD/MM/YYYY; optional; not before the start.")},
        {S("Status"),
         {S("RAG"), S("Progress status")},
         false,
         S("On track"),
         S("not_started, on_track, at_risk, off_track or complete, or their labels (On track…); empty: not "
           "started.")},
        {S("Percent complete"),
         {S("Percent"), S("% complete"), S("Complete %"), S("Progress")},
         false,
         S("40"),
         S("A whole number 0 to 100, with or without %; empty: 100 when complete, else 0. Complete needs 100.")},
        {S("KPI"), {S("KPI id"), S("Linked KPI")}, false, S(""), S("Optional id of a KPI (spec/kpis.md).")},
    };
    return columns;
}

int ActionImportPreview::toAdd() const
{
    return static_cast<int>(std::count_if(rows.begin(), rows.end(),
                                          [](const ActionImportRow& row) { return row.matchedItemId.isEmpty(); }));
}

int ActionImportPreview::toUpdate() const
{
    return static_cast<int>(rows.size()) - toAdd();
}

ActionImportLookups actionLookupsFrom(storage::Store& store, const QString& strategyId)
{
    ActionImportLookups lookups;
    lookups.officers = store.officers().list();
    auto plan = store.actionPlan();
    lookups.priorities = plan.priorities(strategyId);
    lookups.items = plan.items(strategyId);
    return lookups;
}

ActionImportPreview previewActionImport(const CsvTable& table, const ActionImportLookups& lookups)
{
    ActionImportPreview preview;
    preview.warnings = table.warnings;
    const auto& columns = actionImportColumns();

    // The header: each known column once; the required ones present.
    std::array<int, kColumnCount> at {};
    at.fill(-1);
    for (int c = 0; c < table.header.size(); ++c) {
        const QString name = normaliseHeader(table.header.at(c));
        bool known = false;
        for (int k = 0; k < kColumnCount; ++k) {
            const auto& column = columns.at(k);
            bool matches = normaliseHeader(column.header) == name;
            for (const auto& synonym : column.synonyms) {
                matches = matches || normaliseHeader(synonym) == name;
            }
            if (!matches) {
                continue;
            }
            known = true;
            if (at[k] >= 0) {
                preview.issues.append({1,
                                       table.header.at(c),
                                       {},
                                       QCoreApplication::translate("hearth::import", "repeats the column \"%1\"")
                                           .arg(table.header.at(at[k]))});
            } else {
                at[k] = c;
            }
        }
        if (!known && !table.header.at(c).isEmpty()) {
            preview.warnings.append(
                QCoreApplication::translate("hearth::import", "column \"%1\" is not imported").arg(table.header.at(c)));
        }
    }
    for (int k = 0; k < kColumnCount; ++k) {
        if (columns.at(k).required && at[k] < 0) {
            preview.issues.append({1,
                                   {},
                                   columns.at(k).header,
                                   QCoreApplication::translate("hearth::import", "the file has no \"%1\" column")
                                       .arg(columns.at(k).header)});
        }
    }
    if (!preview.issues.isEmpty()) {
        return preview;
    }

    QHash<QString, QString> officerById, officerByName;
    for (const auto& officer : lookups.officers) {
        officerById.insert(officer.id, officer.id);
        officerByName.insert(officer.displayName.trimmed().toCaseFolded(), officer.id);
    }
    QHash<QString, QString> heldPriorities; // folded title -> id
    for (const auto& priority : lookups.priorities) {
        heldPriorities.insert(priority.title.trimmed().toCaseFolded(), priority.id);
    }
    QHash<QString, QString> priorityTitleById;
    for (const auto& priority : lookups.priorities) {
        priorityTitleById.insert(priority.id, priority.title);
    }
    QHash<QString, QString> heldItems; // key(priority, title) -> item id
    for (const auto& item : lookups.items) {
        heldItems.insert(key(priorityTitleById.value(item.priorityId), item.title), item.id);
    }
    const Vocabulary& statuses = vocab::actionStatuses();
    QHash<QString, QString> statusCodes; // folded code or label -> code
    for (const auto& code : statuses.codes()) {
        statusCodes.insert(code.toCaseFolded(), code);
        statusCodes.insert(statuses.label(code).toCaseFolded(), code);
    }
    QHash<QString, int> seen; // key -> line

    for (const auto& csvRow : table.rows) {
        const auto cellOf = [&](Column k) {
            return at[k] >= 0 && at[k] < csvRow.fields.size() ? csvRow.fields.at(at[k]).trimmed() : QString();
        };
        const auto issue = [&](Column k, const QString& message) {
            preview.issues.append({csvRow.line, table.header.at(at[k]), {}, message});
        };
        const auto before = preview.issues.size();
        ActionImportRow row;
        row.line = csvRow.line;
        row.priorityTitle = cellOf(kPriority);
        if (row.priorityTitle.isEmpty()) {
            issue(kPriority, QCoreApplication::translate("hearth::import", "is required"));
        }
        ActionItem& item = row.item;
        item.title = cellOf(kAction);
        if (item.title.isEmpty()) {
            issue(kAction, QCoreApplication::translate("hearth::import", "is required"));
        }
        item.description = cellOf(kDescription);
        item.partnerOrganisation = cellOf(kPartner);
        item.kpiId = cellOf(kKpi);
        if (const QString lead = cellOf(kLead); !lead.isEmpty()) {
            item.leadOfficerId = officerById.value(lead, officerByName.value(lead.toCaseFolded()));
            if (item.leadOfficerId.isEmpty()) {
                issue(kLead,
                      QCoreApplication::translate("hearth::import", "no officer has the id or name '%1'").arg(lead));
            }
        }
        const auto date = [&](Column k) {
            const QString text = cellOf(k);
            if (text.isEmpty()) {
                return QDate();
            }
            const QDate parsed = parseDate(text);
            if (!parsed.isValid()) {
                issue(k,
                      QCoreApplication::translate("hearth::import", "'%1' is not a date as YYYY-MM-DD or DD/MM/YYYY")
                          .arg(text));
            }
            return parsed;
        };
        item.startOn = date(kStart);
        item.dueOn = date(kDue);
        if (item.startOn.isValid() && item.dueOn.isValid() && item.dueOn < item.startOn) {
            issue(kDue,
                  QCoreApplication::translate("hearth::import", "%1 is before the start, %2")
                      .arg(item.dueOn.toString(Qt::ISODate), item.startOn.toString(Qt::ISODate)));
        }
        if (const QString status = cellOf(kStatus); !status.isEmpty()) {
            item.status = statusCodes.value(status.toCaseFolded());
            if (item.status.isEmpty()) {
                issue(kStatus,
                      QCoreApplication::translate("hearth::import", "'%1' is not a status; use one of %2")
                          .arg(status, statuses.codes().join(QStringLiteral(", "))));
            }
        }
        const QString percentText = cellOf(kPercent);
        bool percentOk = true;
        if (percentText.isEmpty()) {
            item.percentComplete = item.status == QLatin1String("complete") ? 100 : 0;
        } else {
            QString digits = percentText;
            if (digits.endsWith(QLatin1Char('%'))) {
                digits.chop(1);
            }
            item.percentComplete = digits.trimmed().toInt(&percentOk);
            if (!percentOk) {
                issue(kPercent,
                      QCoreApplication::translate("hearth::import", "'%1' is not a whole number").arg(percentText));
            } else if (item.percentComplete < 0 || item.percentComplete > 100) {
                percentOk = false;
                issue(
                    kPercent,
                    QCoreApplication::translate("hearth::import", "%1 is outside 0 to 100").arg(item.percentComplete));
            }
        }
        if (percentOk && item.status == QLatin1String("complete") && item.percentComplete < 100) {
            issue(kPercent,
                  QCoreApplication::translate("hearth::import",
                                              "is %1 but the status is complete: give 100, or another status")
                      .arg(item.percentComplete));
        }
        // Anything else the item's own rules refuse (lengths).
        if (preview.issues.size() == before) {
            for (const auto& error : item.validate()) {
                if (error.field == QLatin1String("priority")) {
                    continue; // added or found on commit
                }
                const Column k = error.field == QLatin1String("title") ? kAction
                    : error.field == QLatin1String("description")      ? kDescription
                    : error.field == QLatin1String("partner")          ? kPartner
                                                                       : kAction;
                issue(k, error.message);
            }
        }
        const QString rowKey = key(row.priorityTitle, item.title);
        if (!row.priorityTitle.isEmpty() && !item.title.isEmpty()) {
            if (seen.contains(rowKey)) {
                issue(kAction,
                      QCoreApplication::translate("hearth::import", "repeats line %1 (the same priority and action)")
                          .arg(seen.value(rowKey)));
            } else {
                seen.insert(rowKey, csvRow.line);
            }
        }
        row.matchedItemId = heldItems.value(rowKey);
        if (!row.priorityTitle.isEmpty() && !heldPriorities.contains(row.priorityTitle.toCaseFolded())
            && !preview.newPriorities.contains(row.priorityTitle, Qt::CaseInsensitive)) {
            preview.newPriorities.append(row.priorityTitle);
        }
        preview.rows.append(row);
    }
    if (table.rows.isEmpty()) {
        preview.issues.append(
            {0, {}, {}, QCoreApplication::translate("hearth::import", "the file has no rows to import")});
    }
    return preview;
}

ActionImportResult commitActionImport(storage::Store& store, const QString& strategyId,
                                      const ActionImportPreview& preview)
{
    if (!preview.ok()) {
        throw ImportError(
            ImportError::Kind::Invalid,
            QCoreApplication::translate("hearth::import", "%1 problem(s) in the file; nothing was imported")
                .arg(preview.issues.size()));
    }
    auto plan = store.actionPlan();
    if (!plan.findStrategy(strategyId)) {
        throw storage::Error(
            storage::Error::Kind::NotFound,
            QCoreApplication::translate("hearth::import", "strategy: no strategy has the id %1").arg(strategyId));
    }
    ActionImportResult result;
    sql::Transaction transaction(store.db());
    QHash<QString, QString> priorityIds; // folded title -> id
    for (const auto& priority : plan.priorities(strategyId)) {
        priorityIds.insert(priority.title.trimmed().toCaseFolded(), priority.id);
    }
    const QDate today = store.clock().today();
    for (const auto& row : preview.rows) {
        const QString folded = row.priorityTitle.toCaseFolded();
        if (!priorityIds.contains(folded)) {
            Priority priority;
            priority.strategyId = strategyId;
            priority.title = row.priorityTitle;
            priorityIds.insert(folded, plan.addPriority(priority).id);
            ++result.prioritiesAdded;
        }
        ActionItem item = row.item;
        item.priorityId = priorityIds.value(folded);
        if (row.matchedItemId.isEmpty()) {
            plan.addItem(item);
            ++result.added;
            continue;
        }
        const auto held = plan.findItem(row.matchedItemId);
        if (!held) {
            throw storage::Error(
                storage::Error::Kind::NotFound,
                QCoreApplication::translate("hearth::import", "line %1: the action it updates is no longer there")
                    .arg(row.line));
        }
        item.id = held->id;
        item.meta = held->meta;
        bool changed = false;
        if (item.description != held->description || item.leadOfficerId != held->leadOfficerId
            || item.partnerOrganisation != held->partnerOrganisation || item.startOn != held->startOn
            || item.dueOn != held->dueOn || item.kpiId != held->kpiId || item.title != held->title) {
            ActionItem details = item;
            details.status = held->status;
            details.percentComplete = held->percentComplete;
            plan.updateItem(details);
            changed = true;
        }
        if (item.status != held->status || item.percentComplete != held->percentComplete) {
            ActionUpdate update;
            update.itemId = held->id;
            update.updateOn = today;
            update.status = item.status;
            update.percentComplete = item.percentComplete;
            update.commentary = S("Status imported from a spreadsheet.");
            plan.recordUpdate(update);
            ++result.progressUpdates;
            changed = true;
        }
        if (changed) {
            ++result.updated;
        }
    }
    store.audit().record(store.actingOfficerId(), QStringLiteral("import"), QStringLiteral("strategy"), strategyId,
                         S("action plan imported from CSV: %1 added, %2 updated, %3 priorities added")
                             .arg(result.added)
                             .arg(result.updated)
                             .arg(result.prioritiesAdded));
    transaction.commit();
    return result;
}

QString actionTemplateCsv(const QString& leadName)
{
    QStringList header;
    QStringList example;
    for (const auto& column : actionImportColumns()) {
        header.append(column.header);
        example.append(column.example);
    }
    example[kLead] = leadName;
    QStringList second {S("Build the social prescribing model"),
                        S("Agree a referral pathway with the primary care networks"),
                        {},
                        {},
                        S("NHS ICB"),
                        S("2026-04-01"),
                        S("2026-09-30"),
                        S("complete"),
                        S("100"),
                        {}};
    return csvLine(header) + S("\r\n") + csvLine(example) + S("\r\n") + csvLine(second) + S("\r\n");
}

} // namespace hearth::import
