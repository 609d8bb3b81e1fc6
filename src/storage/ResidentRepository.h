#pragma once

#include "Caseload.h"
#include "Resident.h"

#include <QList>

#include <functional>
#include <optional>

namespace hearth::storage {

class Store;

// Residents and their cases. Every change is validated, stamped with sync metadata and audited
// in the same transaction; reads of a whole record for a person to see are audited as views.
class ResidentRepository
{
public:
    explicit ResidentRepository(Store& store)
        : m_store(store)
    {
    }

    Resident create(Resident resident);
    // Registers many residents (a spreadsheet import) in one transaction, all or none: each is
    // checked as create() checks it (a problem throws Error naming the row's index), then written
    // through BulkWrite, with one "create" audit event per resident and one "import" event whose
    // summary is `auditSummary` (no personal data). `progress` (optional) is called with the rows
    // written so far; returning false cancels, and nothing is written. Returns the stored
    // residents, or nullopt when cancelled.
    std::optional<QList<Resident>> createMany(QList<Resident> residents, const QString& auditSummary,
                                              const std::function<bool(int done, int total)>& progress = {});
    // Saves changed fields of an open or closed case; status changes go through close/reopen.
    Resident update(const Resident& resident);
    Resident close(const QString& id, const QDate& on, const QString& reason);
    Resident reopen(const QString& id);

    std::optional<Resident> find(const QString& id);
    // The record as a person is shown it: audited as a view.
    Resident view(const QString& id);

    struct Page
    {
        QList<ResidentSummary> rows;
        qint64 total = 0; // rows matching the filters, over all pages
    };
    Page list(const ResidentQuery& query);
    qint64 count(const ResidentQuery& query);
    // Every matching resident's id in the query's order (offset and limit ignored): what a view
    // needs to page through a large caseload without re-sorting for every page it shows.
    QStringList listIds(const ResidentQuery& query);
    // The list rows of these residents, in the order given; ids that match nothing are left out.
    QList<ResidentSummary> summaries(const QStringList& ids);

private:
    Resident require(const QString& id);
    void checkReferences(const Resident& resident);

    Store& m_store;
};

// Turns what a person types into an FTS5 query: every word must match as a prefix.
QString toFtsQuery(const QString& text);

} // namespace hearth::storage
