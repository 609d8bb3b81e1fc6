#pragma once

#include "ReportTable.h"

#include <QString>

class QWidget;

namespace hearth::ui {

// How every page saves a report (KPIs, gaps, the action plan): the file name's extension says the
// format (CSV, XLSX, ODT, HTML or PDF), an existing file is never replaced, and the file is written
// in one go, so a failure leaves nothing half-written.

// Writes `document` to `path`; false with the reason in `error`.
bool saveReport(const reports::ReportDocument& document, const QString& path, QString* error);

// Asks where to save (the format chosen by the file type), saves, and says so if it failed.
// Returns the path written, or an empty string when cancelled or failed.
QString exportReportAs(QWidget* parent, const QString& title, const reports::ReportDocument& document);

} // namespace hearth::ui
