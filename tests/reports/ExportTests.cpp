// The exports, checked for structure: the XLSX and ODT packages are unzipped (with unzip(1)) and
// their XML read; none holds a resident's name, contact details or notes.
#include "ChartImage.h"
#include "KpiFixture.h"
#include "KpiReport.h"
#include "ReportWriters.h"
#include "ZipWriter.h"

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QtMath>

using namespace hearth;
using namespace hearth::reports;
using hearth::test::KpiFixture;
using hearth::test::TempFolder;

using hearth::test::zipEntries;
using hearth::test::zipEntry;

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

// Nothing personal from the fixture: names, postcode, phone, note text. Pictures embedded as
// base64 are left out (their letters can spell anything).
void checkNoPersonalData(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("data:image/png;base64,[A-Za-z0-9+/=]+")));
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
                          QStringLiteral("meta.xml"), QStringLiteral("Pictures/chart1-referrals_by_status.png"),
                          QStringLiteral("Pictures/chart2-services_by_category.png"),
                          QStringLiteral("Pictures/chart3-actions_by_status.png"),
                          QStringLiteral("META-INF/manifest.xml")});
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

namespace {

ReportDocument documentWithHistory(KpiFixture& fixture, bool publish)
{
    const KpiRequest request {kQ1, QStringLiteral("ward"), publish};
    return KpiReport::build(fixture.store, request).toDocument(KpiReport::buildHistory(fixture.store, request));
}

bool isPng(const QByteArray& bytes)
{
    QImage image;
    return bytes.startsWith("\x89PNG\r\n\x1A\n") && image.loadFromData(bytes, "PNG") && !image.isNull();
}

} // namespace

TEST_CASE("ODT: each chart is a PNG in Pictures/, listed in the manifest, in a frame with a title and description",
          "[export][charts]")
{
    KpiFixture fixture;
    TempFolder folder;
    const ReportDocument document = documentWithHistory(fixture, false);
    REQUIRE(document.charts.size() == 6);
    const QString path = saved(folder, QStringLiteral("kpi.odt"), writeOdt(document));
    const QStringList entries = zipEntries(path);
    const QString manifest = zipEntry(path, QStringLiteral("META-INF/manifest.xml"));
    const QString content = zipEntry(path, QStringLiteral("content.xml"));
    QStringList pictures;
    for (const auto& entry : entries) {
        if (entry.startsWith(QStringLiteral("Pictures/"))) {
            pictures.append(entry);
        }
    }
    REQUIRE(pictures.size() == 6);
    CHECK(pictures.first() == QStringLiteral("Pictures/chart1-residents_per_quarter.png"));
    for (qsizetype i = 0; i < pictures.size(); ++i) {
        const QString& picture = pictures[i];
        INFO(picture.toStdString());
        CHECK(manifest.contains(QStringLiteral("full-path=\"%1\" manifest:media-type=\"image/png\"").arg(picture)));
        QProcess unzip;
        unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), path, picture});
        REQUIRE(unzip.waitForFinished(30000));
        CHECK(isPng(unzip.readAllStandardOutput()));
        // The frame that shows it: the picture, then its title and the figures in words.
        const ReportChart& chart = document.charts[i];
        const QRegularExpression frame(
            QStringLiteral("<draw:frame [^>]*text:anchor-type=\"as-char\"[^>]*><draw:image xlink:href=\"%1\"[^>]*/>"
                           "<svg:title>([^<]*)</svg:title><svg:desc>([^<]*)</svg:desc></draw:frame>")
                .arg(QRegularExpression::escape(picture)));
        const QRegularExpressionMatch match = frame.match(content);
        REQUIRE(match.hasMatch());
        CHECK(match.captured(1) == chart.title.toHtmlEscaped());
        CHECK_FALSE(match.captured(2).isEmpty());
    }
    CHECK(content.contains(QStringLiteral("<svg:title>Referrals made in FY2026-Q1 by current status</svg:title>")));
    CHECK(content.contains(QStringLiteral("Accepted 1, Declined 1")));
    CHECK(content.contains(QStringLiteral("xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\"")));
    CHECK(content.contains(QStringLiteral("text:outline-level=\"2\">Charts</text:h>")));
    checkNoPersonalData(content);
}

TEST_CASE("HTML: each chart is an image with its figures in the alt text and a caption", "[export][charts]")
{
    KpiFixture fixture;
    const QString html = QString::fromUtf8(writeHtml(documentWithHistory(fixture, true)));
    const QRegularExpression image(
        QStringLiteral("<img src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\" alt=\"([^\"]+)\""));
    auto matches = image.globalMatch(html);
    QStringList alts;
    while (matches.hasNext()) {
        const auto match = matches.next();
        CHECK(isPng(QByteArray::fromBase64(match.captured(1).toLatin1())));
        alts.append(match.captured(2));
    }
    REQUIRE(alts.size() == 6);
    // For publication: the small counts are "*" in the words as in the picture, never the number.
    CHECK(alts[3].startsWith(QStringLiteral("Bar chart: Referrals made in FY2026-Q1 by current status.")));
    CHECK(alts[3].contains(QStringLiteral("Sent 0, Accepted *, Declined *")));
    CHECK(alts[3].contains(QStringLiteral("* is a small number, not shown.")));
    CHECK(alts[2].startsWith(QStringLiteral("Line chart: Improvement rate per quarter")));
    CHECK(html.contains(QStringLiteral("<figcaption>Referrals made in FY2026-Q1 by current status.")));
    CHECK(html.contains(QStringLiteral("<h2>Charts</h2>")));
    checkNoPersonalData(html);
}

TEST_CASE("CSV carries no charts, PDF draws them", "[export][charts]")
{
    KpiFixture fixture;
    const ReportDocument document = documentWithHistory(fixture, false);
    const QString csv = QString::fromUtf8(writeCsv(document));
    CHECK_FALSE(csv.contains(QStringLiteral("Referrals made in FY2026-Q1 by current status")));
    ReportDocument without = document;
    without.charts.clear();
    const QByteArray pdf = writePdf(document);
    CHECK(pdf.startsWith("%PDF-"));
    // Six pictures make the file larger than the same report without them.
    CHECK(pdf.size() > writePdf(without).size() + 10000);
}

TEST_CASE("A chart picture is as large as its layout and a suppressed bar is not drawn", "[export][charts]")
{
    ReportChart chart;
    chart.kind = ReportChart::Kind::HorizontalBar;
    chart.title = QStringLiteral("Test");
    chart.categories = {QStringLiteral("Shown"), QStringLiteral("Hidden")};
    chart.series = {{QStringLiteral("Count"), {ReportCell::count(40), ReportCell::suppressed()}}};
    const QSizeF size = chartSize(chart);
    const QImage image = renderChart(chart, 2.0);
    CHECK(image.width() == qCeil(size.width() * 2));
    CHECK(image.height() == qCeil(size.height() * 2));
    // The lowest row of the bar colour: with the second figure hidden, its bar is not drawn, so the
    // bars end higher up than when both are shown.
    const QColor bar(0x00, 0x72, 0xB2);
    const auto lowestBar = [&](const QImage& picture) {
        int lowest = -1;
        for (int y = 0; y < picture.height(); ++y) {
            for (int x = 0; x < picture.width(); ++x) {
                if (picture.pixelColor(x, y) == bar) {
                    lowest = y;
                    break;
                }
            }
        }
        return lowest;
    };
    ReportChart shown = chart;
    shown.series.first().values.last() = ReportCell::count(40);
    const QImage both = renderChart(shown, 2.0);
    REQUIRE(both.size() == image.size());
    CHECK(lowestBar(image) > 0);
    CHECK(lowestBar(both) > lowestBar(image) + 10);
}

// Not run by default: writes the fixture's report as ODT, HTML and PDF (and each chart as PNG)
// into HEARTH_SCREENSHOT_DIR, to open and look at.
TEST_CASE("The fixture's exports, to look at", "[.look]")
{
    const QString folder = qEnvironmentVariable("HEARTH_SCREENSHOT_DIR");
    REQUIRE_FALSE(folder.isEmpty());
    KpiFixture fixture;
    for (const bool publish : {false, true}) {
        const ReportDocument document = documentWithHistory(fixture, publish);
        const QString stem = folder + (publish ? QStringLiteral("/kpi-published") : QStringLiteral("/kpi-internal"));
        for (const Format format : {Format::Odt, Format::Html, Format::Pdf, Format::Xlsx}) {
            QFile file(stem + QLatin1Char('.') + formatName(format));
            REQUIRE(file.open(QIODevice::WriteOnly));
            file.write(writeReport(document, format));
        }
        for (const auto& chart : document.charts) {
            CHECK(renderChart(chart, 2.0, true).save(stem + QLatin1Char('-') + chart.id + QStringLiteral(".png")));
        }
    }
}

TEST_CASE("XLSX: a Charts sheet with each chart's figures as a table and an Excel chart with alt text",
          "[export][charts]")
{
    KpiFixture fixture;
    TempFolder folder;
    const ReportDocument document = documentWithHistory(fixture, true);
    const QString path = saved(folder, QStringLiteral("kpi.xlsx"), writeXlsx(document));
    const QStringList entries = zipEntries(path);
    QStringList charts;
    for (const auto& entry : entries) {
        if (entry.startsWith(QStringLiteral("xl/charts/chart"))) {
            charts.append(entry);
        }
    }
    CHECK(charts.size() == 6);
    CHECK(zipEntry(path, QStringLiteral("xl/workbook.xml")).contains(QStringLiteral("name=\"Charts\"")));
    // The chart plots the hidden copies of the figures (column U on), where a hidden figure is a
    // blank cell (a gap, Excel's default), and shows data in hidden columns (no plotVisOnly).
    const QString chart = zipEntry(path, QStringLiteral("xl/charts/chart1.xml"));
    CHECK(chart.contains(QStringLiteral("<c:f>Charts!$U$3:$U$10</c:f>")));
    CHECK_FALSE(chart.contains(QStringLiteral("plotVisOnly")));
    QString drawings;
    for (const auto& entry : entries) {
        if (entry.startsWith(QStringLiteral("xl/drawings/drawing"))) {
            drawings += zipEntry(path, entry);
        }
    }
    // Each chart's alt text (XML-escaped) is its description.
    for (const auto& chart : document.charts) {
        INFO(chart.id.toStdString());
        CHECK(drawings.contains(QStringLiteral("descr=\"%1\"").arg(chart.altText.toHtmlEscaped())));
    }
    // The figures as shown: the referral statuses table has "*" for the small counts.
    const QString strings = zipEntry(path, QStringLiteral("xl/sharedStrings.xml"));
    CHECK(strings.contains(QStringLiteral("Stopped attending")));
}
