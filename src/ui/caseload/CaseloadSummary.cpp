#include "CaseloadSummary.h"

#include "ResidentRepository.h"

namespace hearth::ui {

CaseloadSummary summariseCaseload(storage::ResidentRepository& residents, const QDate& today)
{
    CaseloadSummary summary;
    ResidentQuery query;
    query.status = QStringLiteral("open");
    summary.open = residents.count(query);
    query.status = QStringLiteral("closed");
    summary.closed = residents.count(query);
    query.status.clear();
    query.followUpOverdue = true;
    query.today = today;
    summary.followUpsDue = residents.count(query);
    return summary;
}

} // namespace hearth::ui
