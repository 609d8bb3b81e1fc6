// hearth-cli import residents FILE.csv, template residents
#include "Cli.h"
#include "ResidentImport.h"
#include "WardRepository.h"

#include <QFileInfo>

namespace hearth::cli {

namespace {

using import::ImportError;

Failure toFailure(const ImportError& error, const QString& where)
{
    const ExitCode code = error.kind() == ImportError::Kind::CannotRead ? ExitNoInput : ExitDataError;
    return Failure(code, where.isEmpty() ? error.message() : where + QStringLiteral(": ") + error.message());
}

import::ImportMapping readMapping(const QString& path){const QString text = readTextFile(path);
try {
    return import::ImportMapping::fromJson(text.toUtf8());
} catch (const ImportError& error) {
    throw toFailure(error, path);
}
} // namespace

int importResidents(Context& context, const QCommandLineParser& parser)
{
    const QString path = parser.positionalArguments().at(0);
    CsvOptions options;
    if (parser.isSet(QStringLiteral("delimiter"))) {
        options.delimiter = delimiterFromName(parser.value(QStringLiteral("delimiter")));
        if (!options.delimiter) {
            throw Failure(ExitUsage,
                          QStringLiteral("--delimiter: '%1' is not one of: comma, semicolon, tab")
                              .arg(parser.value(QStringLiteral("delimiter"))));
        }
    }
    CsvTable table;
    try {
        table = import::readCsvFile(path, options);
    } catch (const ImportError& error) {
        throw toFailure(error, QString());
    } catch (const CsvError& error) {
        const QString where = error.line() > 0 ? QStringLiteral("%1:%2").arg(path).arg(error.line()) : path;
        throw Failure(ExitDataError, QStringLiteral("%1: %2; nothing was imported").arg(where, error.message()));
    }
    import::ImportMapping remembered;
    if (parser.isSet(QStringLiteral("mapping"))) {
        remembered = readMapping(parser.value(QStringLiteral("mapping")));
    }
    const import::ImportMapping mapping = import::proposeMapping(table.header, remembered);
    if (parser.isSet(QStringLiteral("save-mapping"))) {
        const QString mappingPath = parser.value(QStringLiteral("save-mapping"));
        writeFileAtomically(mappingPath, mapping.toJson(), true);
        context.err() << "Saved the column mapping to " << mappingPath << '\n';
    }

    auto& store = context.store();
    const import::ImportPreview preview = import::previewImport(table, mapping, import::lookupsFrom(store));
    auto& err = context.err();
    err << path << ": " << table.encoding << ", " << delimiterName(table.delimiter) << "-separated, "
        << preview.rows.size() << " rows\n";
    if (parser.isSet(QStringLiteral("dry-run"))) {
        for (const QString& header : table.header) {
            if (!header.isEmpty()) {
                const QString field = mapping.columns.value(header);
                err << "  \"" << header << "\" -> " << (field.isEmpty() ? QStringLiteral("(not imported)") : field)
                    << '\n';
            }
        }
    }
    for (const QString& warning : preview.warnings) {
        err << path << ": warning: " << warning << '\n';
    }
    if (!preview.mappingErrors.isEmpty()) {
        for (const QString& error : preview.mappingErrors) {
            err << path << ": " << error << '\n';
        }
        throw Failure(ExitDataError,
                      QStringLiteral("the columns cannot be imported as mapped; nothing was imported. "
                                     "Rename the headers, or map them with --mapping FILE (write one "
                                     "to edit with --save-mapping FILE)"));
    }
    for (const auto& issue : preview.issues) {
        err << path << ':' << issue.line << ": " << issue.text() << '\n';
    }
    const int valid = preview.validCount();
    const int invalid = preview.invalidCount();
    const bool skip = parser.isSet(QStringLiteral("skip-invalid"));
    err << valid << " valid rows, " << invalid << " invalid rows\n";
    if (invalid > 0 && !skip) {
        throw Failure(ExitDataError,
                      QStringLiteral("%1 of %2 rows are invalid, so nothing was imported. Correct "
                                     "them, or add --skip-invalid to import the %3 valid rows only")
                          .arg(invalid)
                          .arg(preview.rows.size())
                          .arg(valid));
    }
    if (parser.isSet(QStringLiteral("dry-run"))) {
        err << "Dry run: " << valid << " residents would be imported; nothing was written\n";
        return valid > 0 ? ExitOk : ExitDataError;
    }
    import::CommitResult result;
    try {
        result = import::commitImport(store, preview, skip);
    } catch (const ImportError& error) {
        throw toFailure(error, path);
    }
    err << "Imported " << result.written << " residents from " << path;
    if (!result.skippedLines.isEmpty()) {
        QStringList lines;
        for (int line : result.skippedLines) {
            lines.append(QString::number(line));
        }
        err << "; skipped the invalid rows on lines " << lines.join(QStringLiteral(", "));
    }
    err << '\n';
    context.out() << result.written << '\n';
    return ExitOk;
}

int templateResidents(Context& context, const QCommandLineParser& parser)
{
    // The example row names a ward the database holds, when there is one, so the template imports.
    QString ward = QStringLiteral("E05000001");
    if (QFileInfo::exists(context.dbPath())) {
        const QList<Ward> wards = context.store().wards().list();
        if (!wards.isEmpty()) {
            ward = wards.first().code;
        }
    }
    const QString text = import::residentTemplateCsv(ward);
    const QString path = parser.value(QStringLiteral("out"));
    if (path.isEmpty()) {
        context.out() << text;
        return ExitOk;
    }
    // A byte-order mark, so that Excel opens the file as UTF-8.
    writeFileAtomically(path, QByteArray("\xEF\xBB\xBF") + text.toUtf8(), parser.isSet(QStringLiteral("force")));
    context.err() << "Wrote the resident import template to " << path << '\n';
    return ExitOk;
}

} // namespace hearth::cli

QList<Command> importCommands()
{
    return {
        {{QStringLiteral("import"), QStringLiteral("residents")},
         QStringLiteral("FILE.csv [--mapping FILE] [--skip-invalid] [--dry-run] [--save-mapping FILE] "
                        "[--delimiter comma|semicolon|tab]"),
         QStringLiteral("Import residents from a spreadsheet saved as CSV: all rows or none, every bad row listed."),
         {QStringLiteral("FILE.csv")},
         [](QCommandLineParser& parser) {
             parser.addOption({QStringLiteral("mapping"),
                               QStringLiteral("Column mapping (JSON, see docs/formats.md); columns it does not name "
                                              "are matched by their headers."),
                               QStringLiteral("FILE")});
             parser.addOption({QStringLiteral("save-mapping"),
                               QStringLiteral("Write the mapping used to FILE (replacing it), to edit and reuse."),
                               QStringLiteral("FILE")});
             parser.addOption({QStringLiteral("skip-invalid"),
                               QStringLiteral("Import the valid rows and skip the invalid ones (listed).")});
             parser.addOption(
                 {QStringLiteral("dry-run"), QStringLiteral("Check every row and report; write nothing.")});
             parser.addOption({QStringLiteral("delimiter"),
                               QStringLiteral("The delimiter, when detection from the header is not wanted."),
                               QStringLiteral("comma|semicolon|tab")});
         },
         importResidents},
        {{QStringLiteral("template"), QStringLiteral("residents")},
         QStringLiteral("[--out FILE] [--force]"),
         QStringLiteral("A CSV template for 'import residents': every column and a fictional example row."),
         {},
         [](QCommandLineParser& parser) {
             parser.addOption({QStringLiteral("out"),
                               QStringLiteral("Write to FILE (UTF-8 with BOM) instead of stdout."),
                               QStringLiteral("FILE")});
             parser.addOption({QStringLiteral("force"), QStringLiteral("Replace FILE if it exists.")});
         },
         templateResidents},
    };
}

} // namespace hearth::cli
