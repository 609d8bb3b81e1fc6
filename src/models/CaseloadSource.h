#pragma once

#include "Caseload.h"

#include <QList>

namespace hearth::storage {
class Store;
}

namespace hearth::models {

// Where the caseload model reads its rows: declared here, by the layer that uses it, so model
// tests can count and fail the reads. StoreCaseloadSource is the real one.
//
// The model asks once per query for the matching ids in order (SQL filters and sorts them), then
// for the rows of the pages a view shows. Only ids are held for the whole caseload (about 10 MB at
// 100,000 residents); names and the rest come a page at a time, and a page costs the same
// wherever the view has scrolled, because nothing is sorted or skipped again.
class CaseloadSource
{
public:
    virtual ~CaseloadSource() = default;
    // The ids of every resident matching the query's filters, in its order.
    virtual QStringList ids(const ResidentQuery& query) = 0;
    // The rows of these residents (one page), in the order given.
    virtual QList<ResidentSummary> rows(const QStringList& ids) = 0;
};

// Reads through the store's ResidentRepository. The store must outlive the source.
class StoreCaseloadSource : public CaseloadSource
{
public:
    explicit StoreCaseloadSource(storage::Store& store)
        : m_store(store)
    {
    }
    QStringList ids(const ResidentQuery& query) override;
    QList<ResidentSummary> rows(const QStringList& ids) override;

private:
    storage::Store& m_store;
};

} // namespace hearth::models
