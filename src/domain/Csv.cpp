#include "Csv.h"

#include <QCoreApplication>

#include <QStringDecoder>

#include <array>

namespace hearth {

namespace {

const QChar kComma = QLatin1Char(',');
const QChar kSemicolon = QLatin1Char(';');
const QChar kTab = QLatin1Char('\t');
const QChar kQuote = QLatin1Char('"');

// Windows-1252 bytes 0x80..0x9F; 0 marks the five bytes it leaves undefined.
constexpr std::array<char16_t, 32> kCp1252High {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178,
};

int lineAt(const QByteArray& data, qsizetype offset)
{
    return static_cast<int>(data.left(offset).count('\n')) + 1;
}

// The offset of the first byte that does not start a well-formed UTF-8 sequence, or -1.
qsizetype firstInvalidUtf8(const QByteArray& data)
{
    const auto* bytes = reinterpret_cast<const unsigned char*>(data.constData());
    const qsizetype size = data.size();
    qsizetype i = 0;
    while (i < size) {
        const unsigned char c = bytes[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned int lowest = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
            lowest = 0x80;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            lowest = 0x800;
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            lowest = 0x10000;
        } else {
            return i;
        }
        if (i + length > size) {
            return i;
        }
        unsigned int point = c & (0x7F >> length);
        for (int k = 1; k < length; ++k) {
            const unsigned char next = bytes[i + k];
            if ((next & 0xC0) != 0x80) {
                return i;
            }
            point = (point << 6) | (next & 0x3F);
        }
        if (point < lowest || point > 0x10FFFF || (point >= 0xD800 && point <= 0xDFFF)) {
            return i;
        }
        i += length;
    }
    return -1;
}

QString decodeCp1252(const QByteArray& data, qsizetype* undefinedAt)
{
    QString text;
    text.reserve(data.size());
    for (qsizetype i = 0; i < data.size(); ++i) {
        const auto c = static_cast<unsigned char>(data.at(i));
        if (c >= 0x80 && c <= 0x9F) {
            const char16_t mapped = kCp1252High[c - 0x80];
            if (mapped == 0) {
                *undefinedAt = i;
                return {};
            }
            text.append(QChar(mapped));
        } else {
            text.append(QChar(static_cast<char16_t>(c))); // the rest of Windows-1252 is Latin-1
        }
    }
    *undefinedAt = -1;
    return text;
}

struct Decoded
{
    QString text;
    QString encoding;
    QStringList warnings;
};

Decoded decode(const QByteArray& data)
{
    if (data.startsWith("\xFF\xFE") || data.startsWith("\xFE\xFF")) {
        const bool little = data.startsWith("\xFF\xFE");
        QStringDecoder decoder(little ? QStringConverter::Utf16LE : QStringConverter::Utf16BE,
                               QStringConverter::Flag::Stateless);
        QString text = decoder(data.mid(2));
        if (decoder.hasError() || data.size() % 2 != 0) {
            throw CsvError(
                0,
                QCoreApplication::translate("hearth::Csv", "the file starts as UTF-16 text but is not valid UTF-16"));
        }
        return {text, little ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE"), {}};
    }
    if (data.startsWith("PK\x03\x04")) {
        throw CsvError(
            0,
            QCoreApplication::translate("hearth::Csv",
                                        "this is a spreadsheet workbook (.xlsx or .ods), not a CSV file: save it as "
                                        "\"CSV UTF-8\" and import that"));
    }
    const bool bom = data.startsWith("\xEF\xBB\xBF");
    const QByteArray body = bom ? data.mid(3) : data;
    if (const qsizetype nul = body.indexOf('\0'); nul >= 0) {
        throw CsvError(
            lineAt(body, nul),
            QCoreApplication::translate("hearth::Csv",
                                        "the file holds NUL bytes, so it is not UTF-8 text (UTF-16 without a "
                                        "byte-order mark, or not a text file?): save it as \"CSV UTF-8\""));
    }
    const qsizetype invalid = firstInvalidUtf8(body);
    if (invalid < 0) {
        return {QString::fromUtf8(body), QStringLiteral("UTF-8"), {}};
    }
    const int line = lineAt(body, invalid);
    if (bom) {
        throw CsvError(
            line,
            QCoreApplication::translate("hearth::Csv", "the file is marked as UTF-8 but this line is not valid UTF-8"));
    }
    qsizetype undefinedAt = -1;
    QString text = decodeCp1252(body, &undefinedAt);
    if (undefinedAt >= 0) {
        throw CsvError(
            line,
            QCoreApplication::translate("hearth::Csv",
                                        "the file is neither UTF-8 nor Windows-1252 text (first unreadable byte "
                                        "on this line): save it as \"CSV UTF-8\""));
    }
    return {text,
            QStringLiteral("Windows-1252"),
            {QCoreApplication::translate(
                 "hearth::Csv",
                 "the file is not UTF-8 (first on line %1), so it was read as Windows-1252, as Excel "
                 "saves \"CSV\" on Windows; check accented letters, or save it as \"CSV UTF-8\"")
                 .arg(line)}};
}

// How many times each candidate occurs outside quotes on the first record.
int countOutsideQuotes(const QString& text, QChar candidate)
{
    int count = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == kQuote) {
            quoted = !quoted;
        } else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r'))) {
            break;
        } else if (!quoted && c == candidate) {
            ++count;
        }
    }
    return count;
}

class Parser
{
public:
    Parser(const QString& text, QChar delimiter)
        : m_text(text)
        , m_delimiter(delimiter)
    {
    }

    QList<CsvRow> records()
    {
        QList<CsvRow> rows;
        while (m_pos < m_text.size()) {
            CsvRow row;
            row.line = m_line;
            bool blank = true;
            bool more = true;
            while (more) {
                QString field;
                more = readField(field);
                if (!field.trimmed().isEmpty()) {
                    blank = false;
                }
                row.fields.append(field);
            }
            if (!blank) {
                rows.append(row);
            }
        }
        return rows;
    }

private:
    // Reads one field; returns true when another field of the same record follows.
    bool readField(QString& field)
    {
        const qsizetype size = m_text.size();
        if (m_pos < size && m_text.at(m_pos) == kQuote) {
            const int startLine = m_line;
            ++m_pos;
            while (true) {
                if (m_pos >= size) {
                    throw CsvError(startLine,
                                   QCoreApplication::translate("hearth::Csv",
                                                               "a quoted field starts on this line and has no closing "
                                                               "quote"));
                }
                const QChar c = m_text.at(m_pos);
                if (c == kQuote) {
                    if (m_pos + 1 < size && m_text.at(m_pos + 1) == kQuote) {
                        field.append(kQuote);
                        m_pos += 2;
                        continue;
                    }
                    ++m_pos;
                    break;
                }
                if (c == QLatin1Char('\n') || (c == QLatin1Char('\r') && !isCrLf(m_pos))) {
                    ++m_line;
                }
                field.append(c);
                ++m_pos;
            }
            if (m_pos < size && m_text.at(m_pos) != m_delimiter && !isLineEnd(m_pos)) {
                throw CsvError(m_line,
                               QCoreApplication::translate("hearth::Csv",
                                                           "text follows the closing quote of a quoted field (a quote "
                                                           "inside a field is written as two quotes: \"\")"));
            }
        } else {
            const qsizetype start = m_pos;
            while (m_pos < size && m_text.at(m_pos) != m_delimiter && !isLineEnd(m_pos)) {
                ++m_pos;
            }
            field = m_text.mid(start, m_pos - start);
        }
        if (m_pos >= size) {
            return false;
        }
        if (m_text.at(m_pos) == m_delimiter) {
            ++m_pos;
            return true;
        }
        // A line end: CRLF, LF or a lone CR (old Mac spreadsheets).
        m_pos += isCrLf(m_pos) ? 2 : 1;
        ++m_line;
        return false;
    }

    bool isLineEnd(qsizetype pos) const
    {
        const QChar c = m_text.at(pos);
        return c == QLatin1Char('\n') || c == QLatin1Char('\r');
    }
    bool isCrLf(qsizetype pos) const
    {
        return m_text.at(pos) == QLatin1Char('\r') && pos + 1 < m_text.size()
            && m_text.at(pos + 1) == QLatin1Char('\n');
    }

    const QString& m_text;
    QChar m_delimiter;
    qsizetype m_pos = 0;
    int m_line = 1;
};

} // namespace

CsvError::CsvError(int line, const QString& message)
    : std::runtime_error((line > 0 ? QStringLiteral("line %1: %2").arg(line).arg(message) : message).toStdString())
    , m_line(line)
    , m_message(message)
{
}

QString CsvError::text() const
{
    return QString::fromUtf8(what());
}

QString delimiterName(QChar delimiter)
{
    if (delimiter == kComma) {
        return QStringLiteral("comma");
    }
    if (delimiter == kSemicolon) {
        return QStringLiteral("semicolon");
    }
    if (delimiter == kTab) {
        return QStringLiteral("tab");
    }
    return QStringLiteral("'%1'").arg(delimiter);
}

std::optional<QChar> delimiterFromName(const QString& name)
{
    const QString lower = name.trimmed().toLower();
    if (lower == QLatin1String("comma") || name == QLatin1String(",")) {
        return kComma;
    }
    if (lower == QLatin1String("semicolon") || name == QLatin1String(";")) {
        return kSemicolon;
    }
    if (lower == QLatin1String("tab") || name == QLatin1String("\t")) {
        return kTab;
    }
    return std::nullopt;
}

CsvTable parseCsv(const QByteArray& data, const CsvOptions& options)
{
    Decoded decoded = decode(data);
    if (decoded.text.trimmed().isEmpty()) {
        throw CsvError(0, QCoreApplication::translate("hearth::Csv", "the file is empty"));
    }
    // The header is the first line that is not blank.
    qsizetype headerStart = 0;
    while (decoded.text.at(headerStart) == QLatin1Char('\n') || decoded.text.at(headerStart) == QLatin1Char('\r')) {
        ++headerStart;
    }
    const QString fromHeader = decoded.text.mid(headerStart);
    const QList<QChar> candidates {kComma, kSemicolon, kTab};
    QChar delimiter = kComma;
    int best = 0;
    for (const QChar candidate : candidates) {
        const int count = countOutsideQuotes(fromHeader, candidate);
        if (count > best) {
            best = count;
            delimiter = candidate;
        }
    }
    if (options.delimiter) {
        const QChar chosen = *options.delimiter;
        if (countOutsideQuotes(fromHeader, chosen) == 0 && best > 0) {
            throw CsvError(
                1,
                QCoreApplication::translate("hearth::Csv",
                                            "the header is one column when split at each %1, but the file looks "
                                            "separated by %2 (%3 columns): choose %2 as the delimiter")
                    .arg(delimiterName(chosen), delimiterName(delimiter))
                    .arg(best + 1));
        }
        delimiter = chosen;
    } else if (best == 0 && countOutsideQuotes(fromHeader, QLatin1Char('|')) > 0) {
        throw CsvError(
            1,
            QCoreApplication::translate("hearth::Csv",
                                        "the header is one column; the file looks separated by '|', which is not a "
                                        "CSV delimiter: save it with commas"));
    }

    QList<CsvRow> records = Parser(decoded.text, delimiter).records();
    if (records.isEmpty()) {
        throw CsvError(0,
                       QCoreApplication::translate("hearth::Csv", "the file has no header line (every line is blank)"));
    }
    CsvTable table;
    table.encoding = decoded.encoding;
    table.delimiter = delimiter;
    table.warnings = decoded.warnings;
    // A byte order mark inside the header (files joined after their first) is invisible, and JSON
    // mapping files cannot keep it (Qt's JSON reader drops it): found by fuzzing the import.
    for (QString name : records.takeFirst().fields) {
        table.header.append(name.remove(QChar(0xFEFF)).trimmed());
    }
    table.rows = std::move(records);
    return table;
}

QString csvLine(const QStringList& fields, QChar delimiter)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString& field : fields) {
        const bool needsQuotes = field.contains(delimiter) || field.contains(kQuote)
            || field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r')) || field != field.trimmed();
        if (needsQuotes) {
            QString escaped = field;
            escaped.replace(kQuote, QStringLiteral("\"\""));
            quoted.append(kQuote + escaped + kQuote);
        } else {
            quoted.append(field);
        }
    }
    return quoted.join(delimiter);
}

} // namespace hearth
