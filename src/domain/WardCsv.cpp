#include "WardCsv.h"

#include <QCoreApplication>

#include <QHash>
#include <QRegularExpression>
#include <QStringDecoder>

namespace hearth {

QString WardCsvProblem::text() const
{
    QString where = file;
    if (line > 0) {
        where += QStringLiteral(", line %1").arg(line);
    }
    if (!field.isEmpty()) {
        where += QStringLiteral(", ") + field;
    }
    return where + QStringLiteral(": ") + message;
}

WardCsv parseWardCsv(const QByteArray& data, const QString& fileName)
{
    WardCsv result;
    const auto problem = [&](int line, const QString& field, const QString& message) {
        result.problems.append({fileName, line, field, message});
    };

    // Text: UTF-8 only (Excel's "CSV UTF-8"); name the first line that is not.
    QByteArray bytes = data;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        bytes.remove(0, 3);
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        const QList<QByteArray> lines = bytes.split('\n');
        int badLine = 0;
        for (int index = 0; index < lines.size() && badLine == 0; ++index) {
            QStringDecoder lineDecoder(QStringDecoder::Utf8);
            const QString decoded = lineDecoder.decode(lines.at(index)); // decoding happens here, not in decode()
            if (lineDecoder.hasError()) {
                badLine = index + 1;
            }
        }
        problem(badLine, {},
                QCoreApplication::translate("hearth::WardCsv", "is not UTF-8 text; save the file as “CSV UTF-8”"));
        return result;
    }

    // Records (RFC 4180), each with the line it starts on.
    struct Record
    {
        int line = 0;
        QStringList fields;
    };
    QList<Record> records;
    Record record {1, {}};
    QString field;
    int line = 1;
    int quoteLine = 0;
    bool inQuotes = false;
    bool afterQuote = false;
    bool broken = false; // this record had a quoting problem, already reported
    const auto endField = [&] {
        record.fields.append(field);
        field.clear();
        afterQuote = false;
    };
    const auto endRecord = [&] {
        endField();
        if (!broken) {
            records.append(record);
        }
        broken = false;
        record = Record {line + 1, {}};
    };
    const auto column = [&] { return QStringLiteral("column %1").arg(record.fields.size() + 1); };
    for (qsizetype index = 0; index < text.size(); ++index) {
        const QChar c = text.at(index);
        const QChar next = index + 1 < text.size() ? text.at(index + 1) : QChar();
        if (inQuotes) {
            if (c == QLatin1Char('"') && next == QLatin1Char('"')) {
                field += c;
                ++index;
            } else if (c == QLatin1Char('"')) {
                inQuotes = false;
                afterQuote = true;
            } else {
                if (c == QLatin1Char('\n')) {
                    ++line;
                }
                field += c;
            }
        } else if (c == QLatin1Char(',')) {
            endField();
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && next == QLatin1Char('\n')) {
                ++index;
            }
            endRecord();
            ++line;
        } else if (c == QLatin1Char('"') && field.trimmed().isEmpty() && !afterQuote) {
            // Spreadsheets write `a, "b"`: spaces before a quoted field are not part of it.
            field.clear();
            inQuotes = true;
            quoteLine = line;
        } else if (afterQuote && (c == QLatin1Char(' ') || c == QLatin1Char('\t'))) {
            // and spaces after it neither.
        } else if (afterQuote || c == QLatin1Char('"')) {
            if (!broken) {
                problem(
                    line, column(),
                    afterQuote
                        ? QCoreApplication::translate("hearth::WardCsv", "has text after its closing quote mark")
                        : QCoreApplication::translate("hearth::WardCsv",
                                                      "has a quote mark inside it; put the whole field in quotes and "
                                                      "double the quote mark"));
                broken = true;
            }
            field += c;
        } else {
            field += c;
        }
    }
    if (inQuotes) {
        problem(quoteLine, column(),
                QCoreApplication::translate("hearth::WardCsv", "opens a quote mark that is never closed"));
    } else if (!field.isEmpty() || !record.fields.isEmpty()) {
        endRecord();
    }

    // Blank lines are allowed anywhere.
    records.removeIf([](const Record& r) {
        return std::all_of(r.fields.cbegin(), r.fields.cend(), [](const QString& f) { return f.trimmed().isEmpty(); });
    });
    if (records.isEmpty()) {
        if (result.problems.isEmpty()) {
            problem(0, {}, QCoreApplication::translate("hearth::WardCsv", "holds no wards"));
        }
        return result;
    }

    // The columns: named by a header, or code then name.
    static const QRegularExpression onsCode(QStringLiteral("^[EWSN]\\d{8}$"),
                                            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression onsCodeHeader(QStringLiteral("^WD\\d\\dCD$"),
                                                  QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression onsNameHeader(QStringLiteral("^WD\\d\\dNM$"),
                                                  QRegularExpression::CaseInsensitiveOption);
    qsizetype codeColumn = 0;
    qsizetype nameColumn = 1;
    qsizetype firstRow = 0;
    const Record& first = records.first();
    if (!onsCode.match(first.fields.first().trimmed()).hasMatch()) {
        codeColumn = -1;
        nameColumn = -1;
        for (qsizetype index = 0; index < first.fields.size(); ++index) {
            const QString heading = first.fields.at(index).trimmed().toLower();
            if (codeColumn < 0
                && (heading == QLatin1String("code") || heading == QLatin1String("ons code")
                    || heading == QLatin1String("ward code") || onsCodeHeader.match(heading).hasMatch())) {
                codeColumn = index;
            } else if (nameColumn < 0
                       && (heading == QLatin1String("name") || heading == QLatin1String("ward name")
                           || heading == QLatin1String("ward") || onsNameHeader.match(heading).hasMatch())) {
                nameColumn = index;
            }
        }
        if (codeColumn < 0) {
            problem(first.line, QStringLiteral("header"),
                    QCoreApplication::translate(
                        "hearth::WardCsv",
                        "no column is headed “code” (or ONS's “WD24CD”); the first row must name the "
                        "columns or be a ward such as E05000001,Riverside"));
        }
        if (nameColumn < 0) {
            problem(first.line, QStringLiteral("header"),
                    QCoreApplication::translate("hearth::WardCsv", "no column is headed “name” (or ONS's “WD24NM”)"));
        }
        if (codeColumn < 0 || nameColumn < 0) {
            return result;
        }
        firstRow = 1;
    }

    QHash<QString, int> seenOn; // code -> line
    QList<Ward> wards;
    for (qsizetype index = firstRow; index < records.size(); ++index) {
        const Record& row = records.at(index);
        Ward ward;
        ward.code = row.fields.value(codeColumn).trimmed().toUpper();
        ward.name = row.fields.value(nameColumn).trimmed();
        const FieldErrors errors = ward.validate();
        for (const FieldError& error : errors) {
            problem(row.line, error.field, error.message);
        }
        if (errors.isEmpty()) {
            if (const auto seen = seenOn.constFind(ward.code); seen != seenOn.cend()) {
                problem(row.line, QStringLiteral("code"),
                        QCoreApplication::translate("hearth::WardCsv", "%1 is listed already on line %2")
                            .arg(ward.code)
                            .arg(*seen));
            } else {
                seenOn.insert(ward.code, row.line);
            }
        }
        wards.append(ward);
    }
    if (wards.isEmpty() && result.problems.isEmpty()) {
        problem(0, {}, QCoreApplication::translate("hearth::WardCsv", "holds a header but no wards"));
    }
    if (result.problems.isEmpty()) {
        result.wards = wards;
    }
    return result;
}

} // namespace hearth
