#include "ClosureHistory.h"

#include "Logging.h"
#include "Tables.h"

namespace hearth::storage {

QList<CaseClosure> caseClosures(sql::Connection& db, const QString& residentId)
{
    auto& statement =
        db.cached(selectSql(caseClosureTable())
                  + QStringLiteral(" WHERE resident_id = ? AND deleted_at IS NULL ORDER BY closed_on, id"));
    statement.bind(1, residentId);
    QList<CaseClosure> closures;
    while (statement.step()) {
        closures.append(readRow(caseClosureTable(), statement));
    }
    statement.reset();
    return closures;
}

ClosureHistoryPause::ClosureHistoryPause(sql::Connection& db)
    : m_db(db)
{
    m_db.exec(QStringLiteral("INSERT OR REPLACE INTO local_meta (key, value) VALUES ('closures_paused', '1')"));
}

ClosureHistoryPause::~ClosureHistoryPause()
{
    if (!m_paused) {
        return;
    }
    try {
        resume();
    } catch (const sql::Error&) {
        storageLog()->error("could not resume the case closure history after a sync or import");
    }
}

void ClosureHistoryPause::resume()
{
    m_db.exec(QStringLiteral("DELETE FROM local_meta WHERE key = 'closures_paused'"));
    m_paused = false;
}

} // namespace hearth::storage
