#include "ReportExport.h"

#include "FileDialog.h"
#include "MessageBox.h"
#include "ReportWriters.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace hearth::ui {

// Free functions have no tr(); lupdate reads the context from each call as written.
bool saveReport(const reports::ReportDocument& document, const QString& path, QString* error)
{
    const QFileInfo info(path);
    const auto format = reports::formatFromName(info.suffix());
    if (!format) {
        *error = QCoreApplication::translate("hearth::ui::ReportExport",
                                             "%1: the file name must end in one of .%2, which says the format.")
                     .arg(info.fileName(), reports::formatNames().join(QStringLiteral(", .")));
        return false;
    }
    if (info.exists()) {
        *error = QCoreApplication::translate("hearth::ui::ReportExport", "%1 already exists; choose another name.")
                     .arg(info.fileName());
        return false;
    }
    QByteArray bytes;
    try {
        bytes = reports::writeReport(document, *format);
    } catch (const std::exception& failure) {
        *error = QString::fromUtf8(failure.what());
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = QCoreApplication::translate("hearth::ui::ReportExport", "%1 could not be written: %2")
                     .arg(info.fileName(), file.errorString());
        return false;
    }
    return true;
}

QString exportReportAs(QWidget* parent, const QString& title, const reports::ReportDocument& document)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = FileDialog::getSaveFileName(
        parent, title, folder,
        QCoreApplication::translate(
            "hearth::ui::ReportExport",
            "Spreadsheet (*.xlsx);;OpenDocument text (*.odt);;Web page (*.html);;PDF (*.pdf);;CSV (*.csv)"));
    if (path.isEmpty()) {
        return {};
    }
    QString error;
    if (!saveReport(document, path, &error)) {
        MessageBox::warning(
            parent, title, QCoreApplication::translate("hearth::ui::ReportExport", "The report was not saved."), error);
        return {};
    }
    return path;
}

} // namespace hearth::ui
