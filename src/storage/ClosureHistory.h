#pragma once

#include "CaseClosure.h"
#include "Sqlite.h"

#include <QList>

namespace hearth::storage {

// The history of a resident's case closures (schema 12, case_closures). The database writes it
// itself, in the transaction of every write of a resident row (0012_closures.sql's triggers).
// Every closure of the case, reopened ones too, oldest first; soft-deleted ones (a closing date
// corrected while closed) are left out.
QList<CaseClosure> caseClosures(sql::Connection& db, const QString& residentId);

// While one lives, writes of resident rows do not touch the history: for writers that bring the
// history rows themselves (a sync bundle, a JSON import of a file that has them). Make it inside
// the writer's transaction; resume() before committing.
class ClosureHistoryPause
{
public:
    explicit ClosureHistoryPause(sql::Connection& db);
    ~ClosureHistoryPause();
    ClosureHistoryPause(const ClosureHistoryPause&) = delete;
    ClosureHistoryPause& operator=(const ClosureHistoryPause&) = delete;

    void resume();

private:
    sql::Connection& m_db;
    bool m_paused = true;
};

} // namespace hearth::storage
