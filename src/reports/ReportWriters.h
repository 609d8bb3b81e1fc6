#pragma once

#include "ReportTable.h"

#include <QByteArray>
#include <QStringList>

#include <optional>
#include <stdexcept>

namespace hearth::reports {

enum class Format { Csv, Xlsx, Odt, Html, Pdf };

// "csv", "xlsx", "odt", "html", "pdf".
std::optional<Format> formatFromName(const QString& name);
QStringList formatNames();
QString formatName(Format format);

class ReportError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// The whole file, in memory, so that a caller writes it in one go (QSaveFile) and never leaves a
// half-written file behind. PDF needs a QGuiApplication (fonts); the others only Qt Core.
QByteArray writeReport(const ReportDocument& document, Format format);

QByteArray writeCsv(const ReportDocument& document);
QByteArray writeHtml(const ReportDocument& document);
QByteArray writeOdt(const ReportDocument& document);
QByteArray writeXlsx(const ReportDocument& document);
QByteArray writePdf(const ReportDocument& document);

} // namespace hearth::reports
