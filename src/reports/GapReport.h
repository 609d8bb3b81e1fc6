#pragma once

#include "DirectoryRepository.h"
#include "ReportTable.h"

#include <QDate>
#include <QList>

namespace hearth::reports {

// The directory's gap analysis (DirectoryRepository::gaps) as a report for the export writers:
// first the gaps (wards with residents on the register but no running service of a category),
// then each ward's coverage: services running, categories with one and those with none. Counts of
// residents are not suppressed, so the report is marked not for publication; it holds no names.
ReportDocument gapReport(const QList<storage::DirectoryRepository::GapCell>& cells, const QDate& asOf,
                         const QString& councilName = {});

} // namespace hearth::reports
