#include "Csv.h"

#include "TestSupport.h"

using namespace hearth;

namespace {

// The error a parse throws; fails the test when it does not throw.
CsvError parseError(const QByteArray& data, const CsvOptions& options = {})
{
    try {
        parseCsv(data, options);
    } catch (const CsvError& error) {
        return error;
    }
    FAIL("parseCsv accepted the data");
    return CsvError(0, QString());
}

QByteArray utf16(const QString& text, bool littleEndian)
{
    QByteArray bytes = littleEndian ? QByteArray("\xFF\xFE") : QByteArray("\xFE\xFF");
    for (const QChar c : text) {
        const char high = static_cast<char>(c.unicode() >> 8);
        const char low = static_cast<char>(c.unicode() & 0xFF);
        bytes.append(littleEndian ? low : high);
        bytes.append(littleEndian ? high : low);
    }
    return bytes;
}

} // namespace

TEST_CASE("CSV: header, rows and line numbers", "[csv]")
{
    const CsvTable table = parseCsv("Given name, Surname ,Ward\nJean,Smith,E05000001\n\nAmir,Khan,E05000002\n");
    CHECK(table.encoding == QStringLiteral("UTF-8"));
    CHECK(table.delimiter == QLatin1Char(','));
    CHECK(table.header
          == QStringList {QStringLiteral("Given name"), QStringLiteral("Surname"), QStringLiteral("Ward")});
    REQUIRE(table.rows.size() == 2); // the blank line is left out
    CHECK(table.rows.at(0).line == 2);
    CHECK(table.rows.at(1).line == 4);
    CHECK(table.rows.at(1).fields
          == QStringList {QStringLiteral("Amir"), QStringLiteral("Khan"), QStringLiteral("E05000002")});
    CHECK(table.warnings.isEmpty());
}

TEST_CASE("CSV: quoted fields, doubled quotes, delimiters and line breaks inside quotes", "[csv]")
{
    const CsvTable table =
        parseCsv("a,b,c\r\n\"Smith, Jean\",\"said \"\"hello\"\"\",\"line one\r\nline two\"\r\nx,5'11\",z\r\n");
    REQUIRE(table.rows.size() == 2);
    CHECK(table.rows.at(0).fields.at(0) == QStringLiteral("Smith, Jean"));
    CHECK(table.rows.at(0).fields.at(1) == QStringLiteral("said \"hello\""));
    CHECK(table.rows.at(0).fields.at(2) == QStringLiteral("line one\r\nline two"));
    // The record after a two-line field starts on line 4, and a quote inside an unquoted field stays.
    CHECK(table.rows.at(1).line == 4);
    CHECK(table.rows.at(1).fields.at(1) == QStringLiteral("5'11\""));
}

TEST_CASE("CSV: CRLF, LF and lone CR line ends give the same records", "[csv]")
{
    const CsvTable lf = parseCsv("a,b\n1,2\n3,4\n");
    const CsvTable crlf = parseCsv("a,b\r\n1,2\r\n3,4\r\n");
    const CsvTable cr = parseCsv("a,b\r1,2\r3,4");
    for (const CsvTable* table : {&crlf, &cr}) {
        REQUIRE(table->rows.size() == 2);
        CHECK(table->rows.at(1).fields == lf.rows.at(1).fields);
        CHECK(table->rows.at(1).line == 3);
    }
}

TEST_CASE("CSV: empty fields and a last line without a line end", "[csv]")
{
    const CsvTable table = parseCsv("a,b,c\n,,x\n\"\",y,");
    REQUIRE(table.rows.size() == 2);
    CHECK(table.rows.at(0).fields == QStringList {QString(), QString(), QStringLiteral("x")});
    CHECK(table.rows.at(1).fields == QStringList {QString(), QStringLiteral("y"), QString()});
}

TEST_CASE("CSV: rows of empty cells, as spreadsheets leave them, are left out", "[csv]")
{
    const CsvTable table = parseCsv("a,b\n1,2\n,\n , \n3,4\n");
    REQUIRE(table.rows.size() == 2);
    CHECK(table.rows.at(1).line == 5);
}

TEST_CASE("CSV: a UTF-8 byte-order mark is dropped", "[csv]")
{
    const CsvTable table = parseCsv("\xEF\xBB\xBFGiven name,Town\nZo\xC3\xAB,Ystrad\n");
    CHECK(table.encoding == QStringLiteral("UTF-8"));
    CHECK(table.header.first() == QStringLiteral("Given name"));
    CHECK(table.rows.at(0).fields.at(0) == QString::fromUtf8("Zo\xC3\xAB"));
}

TEST_CASE("CSV: UTF-16 with a byte-order mark is decoded, either byte order", "[csv]")
{
    const QString text = QString::fromUtf8("Name\tTown\r\nZo\xC3\xAB\tCaf\xC3\xA9\r\n");
    for (const bool little : {true, false}) {
        const CsvTable table = parseCsv(utf16(text, little));
        CHECK(table.encoding == (little ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE")));
        CHECK(table.delimiter == QLatin1Char('\t'));
        REQUIRE(table.rows.size() == 1);
        CHECK(table.rows.at(0).fields.at(1) == QString::fromUtf8("Caf\xC3\xA9"));
    }
}

TEST_CASE("CSV: bytes that are not UTF-8 are read as Windows-1252, with a warning naming the line", "[csv]")
{
    // \xE9 is é and \x92 a right single quote in Windows-1252; neither is valid UTF-8.
    const CsvTable table = parseCsv("Name,Town\nJean,Leeds\nRen\xE9,O\x92Hara\n");
    CHECK(table.encoding == QStringLiteral("Windows-1252"));
    CHECK(table.rows.at(1).fields.at(0) == QString::fromUtf8("Ren\xC3\xA9"));
    CHECK(table.rows.at(1).fields.at(1) == QString::fromUtf8("O\xE2\x80\x99Hara"));
    REQUIRE(table.warnings.size() == 1);
    CHECK(table.warnings.first().contains(QStringLiteral("line 3")));
    CHECK(table.warnings.first().contains(QStringLiteral("Windows-1252")));
}

TEST_CASE("CSV: text that is neither UTF-8 nor Windows-1252 is refused with the line", "[csv]")
{
    const CsvError error = parseError("Name,Town\nJean,Leeds\nA\x81\x8D,B\n");
    CHECK(error.line() == 3);
    CHECK(error.message().contains(QStringLiteral("neither UTF-8 nor Windows-1252")));
}

TEST_CASE("CSV: a file marked UTF-8 with bytes that are not UTF-8 is refused", "[csv]")
{
    const CsvError error = parseError("\xEF\xBB\xBFName,Town\nRen\xE9,Leeds\n");
    CHECK(error.line() == 2);
    CHECK(error.message().contains(QStringLiteral("marked as UTF-8")));
}

TEST_CASE("CSV: UTF-16 without a byte-order mark, a workbook, an empty file are refused", "[csv]")
{
    QByteArray noBom = utf16(QStringLiteral("Name,Town\n"), true).mid(2);
    CHECK(parseError(noBom).message().contains(QStringLiteral("NUL")));
    CHECK(parseError(QByteArray("PK\x03\x04rest", 8)).message().contains(QStringLiteral("workbook")));
    CHECK(parseError("").message().contains(QStringLiteral("empty")));
    CHECK(parseError("\n\r\n").message().contains(QStringLiteral("empty")));
}

TEST_CASE("CSV: the delimiter is detected from the header", "[csv]")
{
    SECTION("semicolon, as Excel saves in some locales")
    {
        const CsvTable table = parseCsv("Name;Date of birth;Town\n\"Smith, Jean\";01/02/1950;Leeds\n");
        CHECK(table.delimiter == QLatin1Char(';'));
        CHECK(table.header.size() == 3);
        CHECK(table.rows.at(0).fields.at(0) == QStringLiteral("Smith, Jean"));
    }
    SECTION("tab")
    {
        const CsvTable table = parseCsv("Name\tTown, county\tWard\nJean\tLeeds, West Yorkshire\tE05000001\n");
        CHECK(table.delimiter == QLatin1Char('\t'));
        CHECK(table.rows.at(0).fields.at(1) == QStringLiteral("Leeds, West Yorkshire"));
    }
    SECTION("a comma inside a quoted header name does not count")
    {
        const CsvTable table = parseCsv("\"Surname, forename\";Ward;Town\nx;y;z\n");
        CHECK(table.delimiter == QLatin1Char(';'));
    }
}

TEST_CASE("CSV: a chosen delimiter that leaves the header one column is named, with the one that fits", "[csv]")
{
    const CsvError error = parseError("Name;Ward;Town\nJean;E05000001;Leeds\n", CsvOptions {QLatin1Char(',')});
    CHECK(error.line() == 1);
    CHECK(error.message().contains(QStringLiteral("comma")));
    CHECK(error.message().contains(QStringLiteral("semicolon")));
    CHECK(error.message().contains(QStringLiteral("3 columns")));
    // A chosen delimiter that fits is used even where another occurs more often.
    const CsvTable table = parseCsv("a;b,c;d\n1;2,3;4\n", CsvOptions {QLatin1Char(',')});
    CHECK(table.header.size() == 2);
}

TEST_CASE("CSV: a pipe-separated file is named as such", "[csv]")
{
    const CsvError error = parseError("Name|Ward|Town\nJean|E05000001|Leeds\n");
    CHECK(error.message().contains(QStringLiteral("'|'")));
}

TEST_CASE("CSV: an unterminated quote is an error naming the line it starts on", "[csv]")
{
    const CsvError error = parseError("a,b\n1,2\n3,\"never closed\n4,5\n6,7\n");
    CHECK(error.line() == 3);
    CHECK(error.message().contains(QStringLiteral("no closing quote")));
    CHECK(error.text().startsWith(QStringLiteral("line 3: ")));
}

TEST_CASE("CSV: text after a closing quote is an error naming the line", "[csv]")
{
    const CsvError error = parseError("a,b\n1,2\n\"Smith\" Jean,3\n");
    CHECK(error.line() == 3);
}

TEST_CASE("CSV: csvLine quotes what needs it, and parses back to the same fields", "[csv]")
{
    const QStringList fields {QStringLiteral("plain"),      QStringLiteral("with, comma"), QStringLiteral("say \"hi\""),
                              QStringLiteral("two\nlines"), QStringLiteral(" padded "),    QString()};
    const QString line = csvLine(fields);
    CHECK(line.startsWith(QStringLiteral("plain,\"with, comma\",\"say \"\"hi\"\"\"")));
    const CsvTable table = parseCsv((QStringLiteral("a,b,c,d,e,f\n") + line + QStringLiteral("\n")).toUtf8());
    REQUIRE(table.rows.size() == 1);
    CHECK(table.rows.at(0).fields == fields);
}

TEST_CASE("CSV: delimiter names", "[csv]")
{
    CHECK(delimiterFromName(QStringLiteral("Semicolon")) == QLatin1Char(';'));
    CHECK(delimiterFromName(QStringLiteral("tab")) == QLatin1Char('\t'));
    CHECK(delimiterFromName(QStringLiteral(",")) == QLatin1Char(','));
    CHECK_FALSE(delimiterFromName(QStringLiteral("pipe")));
    CHECK(delimiterName(QLatin1Char(';')) == QStringLiteral("semicolon"));
}
