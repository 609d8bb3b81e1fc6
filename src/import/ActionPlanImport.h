#pragma once

// Spreadsheet import of action-plan items: councils hold their current plans in spreadsheets. One
// row per action, under a priority named in the row. All rows or none: every problem is reported
// by line and column, and a file with any problem changes nothing. hearth-cli's `action import`
// uses these functions; the GUI can show the same preview before committing.
//
// Re-import: a row whose priority and action title (compared without case or surrounding spaces)
// match an item of the strategy updates that item's details; a different status or percent is
// recorded as a progress update dated today (history is never overwritten). Other rows add items;
// priorities not yet in the strategy are added in the order the file first names them.

#include "ActionPlan.h"
#include "Csv.h"
#include "Officer.h"
#include "ResidentImport.h" // ImportIssue, ImportError, readCsvFile

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace hearth::storage {
class Store;
}

namespace hearth::import {

struct ActionImportColumn
{
    QString header; // as in the template
    QStringList synonyms; // other headers that match it
    bool required = false;
    QString example; // the template's example
    QString meaning; // for docs/formats.md and help
};

// Every column the import reads, in the template's order.
const QList<ActionImportColumn>& actionImportColumns();

struct ActionImportRow
{
    int line = 0;
    QString priorityTitle;
    ActionItem item; // priorityId, id empty; status and percent as given
    QString matchedItemId; // the item it updates, when it matches one
};

struct ActionImportPreview
{
    QList<ActionImportRow> rows; // every row that could be read, in file order
    QList<ImportIssue> issues; // every problem, in file order; any: nothing is imported
    QStringList warnings; // the file's encoding, columns not imported
    QStringList newPriorities; // titles the import would add

    bool ok() const { return issues.isEmpty(); }
    int toAdd() const;
    int toUpdate() const;
};

// What rows are checked against.
struct ActionImportLookups
{
    QList<Officer> officers; // leads by id or display name
    QList<Priority> priorities; // the strategy's
    QList<ActionItem> items; // the strategy's, for re-import
};
ActionImportLookups actionLookupsFrom(storage::Store& store, const QString& strategyId);

// Checks the header and every row; never throws for bad data.
ActionImportPreview previewActionImport(const CsvTable& table, const ActionImportLookups& lookups);

struct ActionImportResult
{
    int added = 0;
    int updated = 0; // matched items whose details or status changed
    int prioritiesAdded = 0;
    int progressUpdates = 0;
};

// Writes the whole preview in one transaction. Throws ImportError (Invalid) when the preview has
// any issue, and passes on storage::Error; in both cases the database is unchanged.
ActionImportResult commitActionImport(storage::Store& store, const QString& strategyId,
                                      const ActionImportPreview& preview);

// The template: the header row and two fictional example rows, CRLF line ends. `leadName` fills
// the example's lead (an officer the database holds, so that the template imports).
QString actionTemplateCsv(const QString& leadName = {});

} // namespace hearth::import
