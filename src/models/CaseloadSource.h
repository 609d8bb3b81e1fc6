#pragma once

#include "Caseload.h"

#include <QList>

namespace hearth::storage {
class Store;
}

namespace hearth::models {

// Where the caseload model reads its rows: declared here, by the layer that uses it, so model
// tests can count and fail the reads. StoreCaseloadSource is the real one.
class CaseloadSource
{
public:
    struct Page
    {
        QList<ResidentSummary> rows;
        qint64 total = 0; // rows matching the query's filters over all pages
    };

    virtual ~CaseloadSource() = default;
    // One page of rows (query.offset, query.limit) and the total matching.
    virtual Page fetch(const ResidentQuery& query) = 0;
};

// Reads through the store's ResidentRepository. The store must outlive the source.
class StoreCaseloadSource : public CaseloadSource
{
public:
    explicit StoreCaseloadSource(storage::Store& store)
        : m_store(store)
    {
    }
    Page fetch(const ResidentQuery& query) override;

private:
    storage::Store& m_store;
};

} // namespace hearth::models
