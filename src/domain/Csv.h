#pragma once

// Reads spreadsheet CSV (RFC 4180) from bytes: quoted fields, doubled quotes, line breaks inside
// quotes, CRLF or LF. Works out the encoding and the delimiter, and says what it chose.

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <stdexcept>

namespace hearth {

// A file that cannot be read as CSV: what is wrong and on which line (1-based; 0 for the whole file).
class CsvError : public std::runtime_error
{
public:
    CsvError(int line, const QString& message);
    int line() const { return m_line; }
    QString message() const { return m_message; }
    // "line 7: message", or the message alone for the whole file.
    QString text() const;

private:
    int m_line;
    QString m_message;
};

struct CsvRow
{
    int line = 0; // the line of the file on which the record starts
    QStringList fields;
};

struct CsvTable
{
    QString encoding; // "UTF-8", "UTF-16LE", "UTF-16BE" or "Windows-1252"
    QChar delimiter; // ',', ';' or '\t'
    QStringList header; // the first record, each name trimmed
    QList<CsvRow> rows; // the records after the header; blank lines are left out
    QStringList warnings; // e.g. the file was read as Windows-1252
};

struct CsvOptions
{
    // Forces the delimiter; without it, the one that occurs most often on the header line (outside
    // quotes) is chosen among comma, semicolon and tab, in that order on a tie.
    std::optional<QChar> delimiter;
};

// The name a person knows a delimiter by: "comma", "semicolon", "tab".
QString delimiterName(QChar delimiter);
// "comma" | "semicolon" | "tab" | "," | ";" -> the delimiter; nullopt for anything else.
std::optional<QChar> delimiterFromName(const QString& name);

// Decodes the bytes (UTF-8 with or without BOM; UTF-16 with a BOM; otherwise Windows-1252, with a
// warning) and splits them into records. Throws CsvError for a file that is not CSV text, an
// unterminated quote, or a header that the chosen delimiter does not split where another would.
CsvTable parseCsv(const QByteArray& data, const CsvOptions& options = {});

// One record as CSV text (fields quoted where needed), without the line ending.
QString csvLine(const QStringList& fields, QChar delimiter = QLatin1Char(','));

} // namespace hearth
