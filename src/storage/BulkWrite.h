#pragma once

#include "Sqlite.h"

#include <QList>
#include <QString>

namespace hearth::storage {

// A bulk write (demo data, an import): inside the caller's transaction, suspends the triggers
// that keep derived data row by row (the search index and each resident's latest contact) and, at
// finish(), derives it for every new row in a few set-based statements. Row-by-row FTS5 updates
// inside one transaction cost most of a 100,000-resident import (docs/performance.md).
//
// Use it after opening the transaction and call finish() before committing. If the scope is left
// without finish(), the triggers are put back and the caller's rollback discards the rows.
class BulkWrite
{
public:
    explicit BulkWrite(sql::Connection& db);
    ~BulkWrite();
    BulkWrite(const BulkWrite&) = delete;
    BulkWrite& operator=(const BulkWrite&) = delete;

    void finish();

private:
    void restoreTriggers();

    sql::Connection& m_db;
    QList<std::pair<QString, QString>> m_triggers; // name, CREATE statement
    qint64 m_residentsBefore = 0;
    qint64 m_contactsBefore = 0;
    qint64 m_searchRowsBefore = 0;
    bool m_done = false;
};

} // namespace hearth::storage
