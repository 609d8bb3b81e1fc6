#pragma once

// Spreadsheet import of residents, in the steps a wizard shows: read the CSV file, propose a
// mapping of its columns to resident fields, preview (every row checked; every problem named by
// line and column), then commit all valid rows in one transaction. hearth-cli's
// `import residents` and the GUI's import wizard both go through these functions.

#include "CouncilVocabulary.h"
#include "Csv.h"
#include "Officer.h"
#include "Resident.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>
#include <stdexcept>

namespace hearth {
class Vocabulary;
namespace storage {
class Store;
}
} // namespace hearth

namespace hearth::import {

// A failure of the import as a whole, in words a user can act on.
class ImportError : public std::runtime_error
{
public:
    enum class Kind {
        CannotRead, // the file is missing or unreadable
        Invalid, // the file, the mapping or the rows are not fit to import
    };
    ImportError(Kind kind, const QString& message)
        : std::runtime_error(message.toStdString())
        , m_kind(kind)
    {
    }
    Kind kind() const { return m_kind; }
    QString message() const { return QString::fromUtf8(what()); }

private:
    Kind m_kind;
};

// One column a resident CSV may hold: the field it fills and how its cells are read.
struct ImportColumn
{
    enum class Kind {
        Text,
        Code, // one code of `codes`, given as the code or its label
        Codes, // several, separated by ';' or '|' in one cell
        Date, // YYYY-MM-DD or dd/mm/yyyy
        Boolean, // yes/no, y/n, true/false, 1/0
        Ward, // an ONS ward code or a ward's name
        Officer, // an officer's id or display name
    };
    QString field; // the resident field, named as in JSON files (given_name)
    QString header; // the column's name in the template ("Given name")
    QStringList synonyms; // other headers that match it
    Kind kind = Kind::Text;
    const Vocabulary* codes = nullptr;
    QString example; // the template's fictional example
};

// Every column the import reads, in the template's order.
const QList<ImportColumn>& residentImportColumns();
// The fields a mapping must include: a resident needs a ward, a date identified and a name.
const QStringList& requiredImportFields();

// Which resident field each CSV column fills, by the column's header. An empty field means the
// column is deliberately not imported.
struct ImportMapping
{
    QMap<QString, QString> columns; // header -> field

    // The mapping file: {"hearth_mapping": "residents", "version": 1, "columns": {"Forename": "given_name"}}.
    QByteArray toJson() const;
    // Throws ImportError (Invalid) naming the JSON path of the problem.
    static ImportMapping fromJson(const QByteArray& json);
    bool operator==(const ImportMapping&) const = default;
};

// Headers compared without case, spaces, underscores or punctuation ("Date_of birth" == "DATE OF BIRTH").
QString normaliseHeader(const QString& header);
// A mapping for this header: what `remembered` says about a header (when it says anything), else the
// field whose name, template header or synonym matches; columns matching nothing map to "".
ImportMapping proposeMapping(const QStringList& header, const ImportMapping& remembered = {});

struct MappingCheck
{
    QStringList errors; // nothing can be imported until these are fixed
    QStringList warnings; // columns that will not be imported
};
MappingCheck checkMapping(const QStringList& header, const ImportMapping& mapping);

// One problem with one row.
struct ImportIssue
{
    int line = 0; // in the file
    QString column; // the CSV header, when the problem belongs to a column
    QString field; // the resident field, when no column holds it
    QString message;

    // `column "Postcode": is not a UK postcode`, without the line.
    QString text() const;
    bool operator==(const ImportIssue&) const = default;
};

struct ImportRow
{
    int line = 0;
    Resident resident;
    bool valid = true;
};

struct ImportPreview
{
    QString encoding;
    QChar delimiter;
    QStringList mappingErrors; // when any, no row was read
    QStringList warnings; // the file's encoding, columns not imported
    QList<ImportRow> rows;
    QList<ImportIssue> issues; // every problem of every invalid row, in file order

    int validCount() const;
    int invalidCount() const;
    QList<int> invalidLines() const;
};

// What rows are checked against: the wards and officers held, today's date and the council's
// target groups and barriers (a new row may use an active term, given by code or label).
struct ImportLookups
{
    QList<Ward> wards;
    QList<Officer> officers;
    QDate today;
    CouncilVocabulary vocabulary;
};
ImportLookups lookupsFrom(storage::Store& store);

// Reads and decodes a CSV file. Throws ImportError (CannotRead) or CsvError.
CsvTable readCsvFile(const QString& path, const CsvOptions& options = {});

// Checks the mapping and then every row; never throws for bad data. `progress(done, total)` is
// called as the rows are checked (about a hundred times); it may throw to stop the check.
ImportPreview previewImport(const CsvTable& table, const ImportMapping& mapping, const ImportLookups& lookups,
                            const std::function<void(int done, int total)>& progress = {});

struct CommitResult
{
    int written = 0;
    QList<int> skippedLines; // invalid rows left out (only with skipInvalid)
    bool cancelled = false; // the progress callback said stop: nothing was written
};

// Writes the preview's valid rows in one transaction, audited. Unless `skipInvalid`, a preview with
// any invalid row writes nothing and throws ImportError (Invalid); so does one with no valid row.
// `progress(done, total)` returning false cancels, leaving the database unchanged.
CommitResult commitImport(storage::Store& store, const ImportPreview& preview, bool skipInvalid,
                          const std::function<bool(int done, int total)>& progress = {});

// The template: a header row naming every column and one row of fictional example data, CRLF line
// ends. `wardCode` fills the example's ward (one the database holds, so the template imports).
QString residentTemplateCsv(const QString& wardCode = QStringLiteral("E05000001"));

} // namespace hearth::import
