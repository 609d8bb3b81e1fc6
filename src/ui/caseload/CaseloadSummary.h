#pragma once

#include <QDate>

namespace hearth::storage {
class ResidentRepository;
}

namespace hearth::ui {

// The headline figures of a caseload, as the Caseload page shows them.
struct CaseloadSummary
{
    qint64 open = 0;
    qint64 closed = 0;
    qint64 followUpsDue = 0; // open cases whose next follow-up is due on or before today
};

CaseloadSummary summariseCaseload(storage::ResidentRepository& residents, const QDate& today);

} // namespace hearth::ui
