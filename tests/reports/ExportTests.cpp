// The exports, checked for structure: the XLSX and ODT packages are unzipped (with unzip(1)) and
// their XML read; none holds a resident's name, contact details or notes.
#include "KpiFixture.h"
#include "KpiReport.h"
#include "ReportWriters.h"
#include "ZipWriter.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>

using namespace hearth;
using namespace hearth::reports;
using hearth::test::KpiFixture;
using hearth::test::TempFolder;

namespace {

const Period kQ1 = *Period::fromQuarter(QStringLiteral("FY2026-Q1"));

QString saved(const TempFolder& folder, const QString& name, const QByteArray& data)
{
    const QString path = folder.path(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(data);
    return path;
}

QStringList zipEntries(const QString& path)
{
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-Z1"), path});
    REQUIRE(unzip.waitForFinished(30000));
    REQUIRE(unzip.exitCode() == 0);
    return QString::fromUtf8(unzip.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QString zipEntry(const QString& path, const QString& entry)
{
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), path, entry});
    REQUIRE(unzip.waitForFinished(30000));
    INFO(entry.toStdString());
    REQUIRE(unzip.exitCode() == 0);
    return QString::fromUtf8(unzip.readAllStandardOutput());
}

// Nothing personal from the fixture: names, postcode, phone, note text.
void checkNoPersonalData(const QString& text)
{
    for (const char* personal :
         {"Privateson", "Ann", "Ivy", "AB1 2CD", "07700", "private note", "private referral", "Friends of the Park"}) {
        INFO(personal);
        CHECK_FALSE(text.contains(QString::fromLatin1(personal)));
    }
}

ReportDocument fixtureDocument(KpiFixture& fixture, bool publish, const QString& dimension = QStringLiteral("ward"))
{
    return KpiReport::build(fixture.store, {kQ1, dimension, publish}).toDocument();
}

} // namespace

TEST_CASE("XLSX: a real table with a header row, a definitions sheet and the footnotes", "[export]")
{
    KpiFixture fixture;
    TempFolder folder;
    const QString path = saved(folder, QStringLiteral("kpi.xlsx"), writeXlsx(fixtureDocument(fixture, true)));
    const QStringList entries = zipEntries(path);
    CHECK(entries.contains(QStringLiteral("xl/worksheets/sheet1.xml")));
    CHECK(entries.contains(QStringLiteral("xl/worksheets/sheet2.xml")));
    CHECK(entries.contains(QStringLiteral("xl/tables/table1.xml")));

    const QString workbook = zipEntry(path, QStringLiteral("xl/workbook.xml"));
    CHECK(workbook.contains(QStringLiteral("name=\"Report\"")));
    CHECK(workbook.contains(QStringLiteral("name=\"Definitions\"")));

    // The KPI table: its header row names the indicator column, each ward and the total.
    const QString table = zipEntry(path, QStringLiteral("xl/tables/table1.xml"));
    CHECK_FALSE(table.contains(QStringLiteral("headerRowCount=\"0\"")));
    CHECK(table.contains(QStringLiteral("<tableColumn id=\"1\" name=\"Indicator\"")));
    CHECK(table.contains(QStringLiteral("name=\"Riverside\"")));
    CHECK(table.contains(QStringLiteral("name=\"Total\"")));

    const QString strings = zipEntry(path, QStringLiteral("xl/sharedStrings.xml"));
    CHECK(strings.contains(QStringLiteral("Residents identified as isolated or lonely")));
    CHECK(strings.contains(QStringLiteral("Residents whose identified-on date is in the period.")));
    CHECK(strings.contains(QStringLiteral("counts from 1 to 4 are shown as *")));
    CHECK(strings.contains(QStringLiteral("<t>*</t>")));
    // The definitions sheet holds a table of every KPI.
    bool definitionsTable = false;
    for (const auto& entry : entries) {
        if (entry.startsWith(QStringLiteral("xl/tables/"))
            && zipEntry(path, entry).contains(QStringLiteral("name=\"Definition\""))) {
            definitionsTable = true;
        }
    }
    CHECK(definitionsTable);

    QString everything;
    for (const auto& entry : entries) {
        if (entry.startsWith(QLatin1Char('['))) {
            continue; // [Content_Types].xml: unzip reads the brackets as a pattern; it lists types only
        }
        everything += zipEntry(path, entry);
    }
    checkNoPersonalData(everything);
}

TEST_CASE("ODT: an OpenDocument package with headings and table header rows", "[export]")
{
    KpiFixture fixture;
    TempFolder folder;
    const QByteArray odt = writeOdt(fixtureDocument(fixture, false));
    // ODF: the first entry is "mimetype", stored, so the type sits at byte 38 for any reader.
    CHECK(odt.mid(30, 8) == QByteArray("mimetype"));
    CHECK(odt.mid(38, 39) == QByteArray("application/vnd.oasis.opendocument.text"));
    const QString path = saved(folder, QStringLiteral("kpi.odt"), odt);
    CHECK(zipEntries(path)
          == QStringList {QStringLiteral("mimetype"), QStringLiteral("content.xml"), QStringLiteral("styles.xml"),
                          QStringLiteral("meta.xml"), QStringLiteral("META-INF/manifest.xml")});
    const QString content = zipEntry(path, QStringLiteral("content.xml"));
    CHECK(content.contains(QStringLiteral("<office:document-content")));
    CHECK(content.contains(
        QStringLiteral("<text:h text:style-name=\"Heading_20_1\" text:outline-level=\"1\">Loneliness key performance "
                       "indicators: Fixture Council</text:h>")));
    CHECK(content.contains(QStringLiteral("text:outline-level=\"2\">Definitions</text:h>")));
    // Each table's first row is a header row, and the KPI table's header names the wards.
    const QRegularExpression header(
        QStringLiteral("<table:table-header-rows><table:table-row>(.*?)</table:table-row>"));
    auto matches = header.globalMatch(content);
    QStringList headers;
    while (matches.hasNext()) {
        headers.append(matches.next().captured(1));
    }
    REQUIRE(headers.size() == 4); // KPIs, cases closed, action items, definitions
    CHECK(headers[0].contains(QStringLiteral(">Indicator</text:p>")));
    CHECK(headers[0].contains(QStringLiteral(">Riverside</text:p>")));
    CHECK(content.contains(QStringLiteral("office:value-type=\"float\" office:value=\"3\"")));
    CHECK(content.contains(QStringLiteral("Not for publication")));
    CHECK(content.contains(QStringLiteral("Residents whose identified-on date is in the period.")));
    const QString styles = zipEntry(path, QStringLiteral("styles.xml"));
    CHECK(styles.contains(QStringLiteral("style:display-name=\"Heading 1\"")));
    CHECK(
        zipEntry(path, QStringLiteral("META-INF/manifest.xml")).contains(QStringLiteral("full-path=\"content.xml\"")));
    checkNoPersonalData(content + styles + zipEntry(path, QStringLiteral("meta.xml")));
}

TEST_CASE("HTML: captions, column and row headers with scope", "[export]")
{
    KpiFixture fixture;
    const QString html = QString::fromUtf8(writeHtml(fixtureDocument(fixture, true)));
    CHECK(html.contains(QStringLiteral("<caption>Key performance indicators</caption>")));
    CHECK(html.contains(QStringLiteral("<th scope=\"col\">Riverside</th>")));
    CHECK(html.contains(QStringLiteral("<th scope=\"row\">Residents identified as isolated or lonely</th>")));
    CHECK(html.contains(QStringLiteral("<html lang=\"en-GB\">")));
    CHECK(html.contains(QStringLiteral("from 1 to 4")));
    CHECK_FALSE(html.contains(QStringLiteral("Not for publication")));
    checkNoPersonalData(html);
}

TEST_CASE("CSV: each table with its header row, and internal exports say Not for publication", "[export]")
{
    KpiFixture fixture;
    const QString csv = QString::fromUtf8(writeCsv(fixtureDocument(fixture, false)));
    const QStringList lines = csv.split(QStringLiteral("\r\n"));
    CHECK(lines.contains(QStringLiteral("Indicator,Riverside,Hillside,Whole council area,Total")));
    CHECK(lines.contains(QStringLiteral("Residents identified as isolated or lonely,2,1,,3")));
    CHECK(lines.contains(QStringLiteral("Referral take-up rate,33.3%,100.0%,,50.0%")));
    CHECK(csv.contains(QStringLiteral("Not for publication")));
    checkNoPersonalData(csv);
}

TEST_CASE("CSV: labels that would be formulas are quoted as text", "[export]")
{
    ReportDocument document;
    document.title = QStringLiteral("T");
    ReportTable table;
    table.title = QStringLiteral("t");
    table.columns = {QStringLiteral("Ward"), QStringLiteral("=HYPERLINK(\"x\")")};
    table.rows.append({ReportCell::label(QStringLiteral("@SUM(A1)")), ReportCell::count(3)});
    document.tables.append(table);
    const QString csv = QString::fromUtf8(writeCsv(document));
    CHECK(csv.contains(QStringLiteral("Ward,\"'=HYPERLINK(\"\"x\"\")\"\r\n")));
    CHECK(csv.contains(QStringLiteral("'@SUM(A1),3\r\n")));
}

TEST_CASE("PDF: a PDF document", "[export]")
{
    KpiFixture fixture;
    const QByteArray pdf = writePdf(fixtureDocument(fixture, true));
    CHECK(pdf.startsWith("%PDF-"));
    CHECK(pdf.size() > 1000);
}

TEST_CASE("Officers are numbered, not named, in published tables", "[export]")
{
    KpiFixture fixture;
    const ReportDocument published = fixtureDocument(fixture, true, QStringLiteral("officer"));
    CHECK(published.tables.first().columns.contains(QStringLiteral("Officer 1")));
    CHECK_FALSE(published.tables.first().columns.contains(QStringLiteral("Alex Officer")));
    const ReportDocument internal = fixtureDocument(fixture, false, QStringLiteral("officer"));
    CHECK(internal.tables.first().columns.contains(QStringLiteral("Alex Officer")));
}

TEST_CASE("The ZIP writer's CRC-32 is the standard one", "[export]")
{
    CHECK(crc32(QByteArray("123456789")) == 0xCBF43926U);
    CHECK(crc32(QByteArray()) == 0U);
}
