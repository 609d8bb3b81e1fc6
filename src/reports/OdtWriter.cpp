// ODT: an OpenDocument text package written by hand, so that headings are real headings
// (text:h with outline levels, "Heading 1/2" styles Word maps to its own) and each table has a
// repeated header row (table:table-header-rows). Charts are PNG pictures in Pictures/, each in a
// draw:frame whose svg:title and svg:desc Word and LibreOffice show as its alt text.
#include "ChartImage.h"

#include "ReportWriters.h"
#include "ZipWriter.h"
#include <QCoreApplication>

#include <QRegularExpression>
#include <QXmlStreamWriter>

#include <algorithm>

namespace hearth::reports {

namespace {

const QString kOffice = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:office:1.0");
const QString kStyle = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:style:1.0");
const QString kText = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:text:1.0");
const QString kTable = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:table:1.0");
const QString kFo = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0");
const QString kMeta = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:meta:1.0");
const QString kDc = QStringLiteral("http://purl.org/dc/elements/1.1/");
const QString kManifest = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:manifest:1.0");
const QString kDraw = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:drawing:1.0");
const QString kSvg = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0");
const QString kXlink = QStringLiteral("http://www.w3.org/1999/xlink");

// A chart as stored in the package.
struct Picture
{
    QString path; // "Pictures/chart1-referrals_by_status.png"
    QSizeF size; // points
};

QList<Picture> pictures(const ReportDocument& document)
{
    QList<Picture> list;
    for (qsizetype i = 0; i < document.charts.size(); ++i) {
        const ReportChart& chart = document.charts[i];
        QString id = chart.id;
        id.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_-]")), QStringLiteral("_"));
        list.append(
            {QStringLiteral("Pictures/chart%1%2.png").arg(i + 1).arg(id.isEmpty() ? QString() : QLatin1Char('-') + id),
             chartSize(chart)});
    }
    return list;
}

void namespaces(QXmlStreamWriter& xml)
{
    xml.writeNamespace(kOffice, QStringLiteral("office"));
    xml.writeNamespace(kStyle, QStringLiteral("style"));
    xml.writeNamespace(kText, QStringLiteral("text"));
    xml.writeNamespace(kTable, QStringLiteral("table"));
    xml.writeNamespace(kFo, QStringLiteral("fo"));
    xml.writeNamespace(kDraw, QStringLiteral("draw"));
    xml.writeNamespace(kSvg, QStringLiteral("svg"));
    xml.writeNamespace(kXlink, QStringLiteral("xlink"));
}

void paragraph(QXmlStreamWriter& xml, const QString& style, const QString& text)
{
    xml.writeStartElement(kText, QStringLiteral("p"));
    xml.writeAttribute(kText, QStringLiteral("style-name"), style);
    xml.writeCharacters(text);
    xml.writeEndElement();
}

void heading(QXmlStreamWriter& xml, int level, const QString& text)
{
    xml.writeStartElement(kText, QStringLiteral("h"));
    xml.writeAttribute(kText, QStringLiteral("style-name"), QStringLiteral("Heading_20_%1").arg(level));
    xml.writeAttribute(kText, QStringLiteral("outline-level"), QString::number(level));
    xml.writeCharacters(text);
    xml.writeEndElement();
}

void cell(QXmlStreamWriter& xml, const ReportCell& cell, bool header, bool figure)
{
    xml.writeStartElement(kTable, QStringLiteral("table-cell"));
    xml.writeAttribute(kTable, QStringLiteral("style-name"), QStringLiteral("Cell"));
    if (cell.kind == ReportCell::Kind::Count) {
        xml.writeAttribute(kOffice, QStringLiteral("value-type"), QStringLiteral("float"));
        xml.writeAttribute(kOffice, QStringLiteral("value"), cell.display());
    } else if (cell.kind == ReportCell::Kind::Percent) {
        xml.writeAttribute(kOffice, QStringLiteral("value-type"), QStringLiteral("percentage"));
        xml.writeAttribute(kOffice, QStringLiteral("value"), QString::number(cell.number / 100.0, 'g', 10));
    } else {
        xml.writeAttribute(kOffice, QStringLiteral("value-type"), QStringLiteral("string"));
    }
    // Figures (and "*", "n/a" in their place) right-aligned; row headers and text left.
    const QString style = header ? QStringLiteral("Table_20_Heading")
        : figure                 ? QStringLiteral("Table_20_Number")
                                 : QStringLiteral("Table_20_Contents");
    paragraph(xml, style, cell.display());
    xml.writeEndElement();
}

// Page and column geometry: landscape when a table has many columns; the first column (the row
// headers) wider than the figures. `wide`: a table of text (definitions) with two wide columns.
struct Layout
{
    bool landscape = false;
    double textWidth() const { return landscape ? 26.7 : 18.0; } // A4 less 1.5 cm margins, in cm
};

void columnStyles(QXmlStreamWriter& xml, const ReportTable& table, int number, const Layout& layout, bool wide)
{
    const auto columns = std::max<qsizetype>(table.columns.size(), 1);
    const double first = wide ? layout.textWidth() * 0.3 : std::min(6.0, layout.textWidth() * 0.35);
    const double rest = columns > 1 ? (layout.textWidth() - first) / static_cast<double>(columns - 1) : 0;
    const auto style = [&](const QString& name, const QString& family) {
        xml.writeStartElement(kStyle, QStringLiteral("style"));
        xml.writeAttribute(kStyle, QStringLiteral("name"), name);
        xml.writeAttribute(kStyle, QStringLiteral("family"), family);
    };
    style(QStringLiteral("Table%1").arg(number), QStringLiteral("table"));
    xml.writeEmptyElement(kStyle, QStringLiteral("table-properties"));
    xml.writeAttribute(kStyle, QStringLiteral("width"), QStringLiteral("%1cm").arg(layout.textWidth(), 0, 'f', 2));
    xml.writeAttribute(kTable, QStringLiteral("align"), QStringLiteral("left"));
    xml.writeAttribute(kFo, QStringLiteral("margin-bottom"), QStringLiteral("0.2cm"));
    xml.writeEndElement();
    if (table.hasColumnWidths()) {
        double sum = 0;
        for (const double width : table.columnWidths) {
            sum += width;
        }
        for (qsizetype c = 0; c < table.columns.size(); ++c) {
            style(QStringLiteral("Table%1.C%2").arg(number).arg(c), QStringLiteral("table-column"));
            xml.writeEmptyElement(kStyle, QStringLiteral("table-column-properties"));
            xml.writeAttribute(
                kStyle, QStringLiteral("column-width"),
                QStringLiteral("%1cm").arg(layout.textWidth() * table.columnWidths.at(c) / sum, 0, 'f', 2));
            xml.writeEndElement();
        }
        return;
    }
    style(QStringLiteral("Table%1.A").arg(number), QStringLiteral("table-column"));
    xml.writeEmptyElement(kStyle, QStringLiteral("table-column-properties"));
    xml.writeAttribute(kStyle, QStringLiteral("column-width"), QStringLiteral("%1cm").arg(first, 0, 'f', 2));
    xml.writeEndElement();
    style(QStringLiteral("Table%1.B").arg(number), QStringLiteral("table-column"));
    xml.writeEmptyElement(kStyle, QStringLiteral("table-column-properties"));
    xml.writeAttribute(kStyle, QStringLiteral("column-width"), QStringLiteral("%1cm").arg(rest, 0, 'f', 2));
    xml.writeEndElement();
}

void table(QXmlStreamWriter& xml, const ReportTable& table, int number, bool wide = false)
{
    xml.writeStartElement(kTable, QStringLiteral("table"));
    xml.writeAttribute(kTable, QStringLiteral("name"), QStringLiteral("Table%1").arg(number));
    xml.writeAttribute(kTable, QStringLiteral("style-name"), QStringLiteral("Table%1").arg(number));
    if (table.hasColumnWidths()) {
        for (qsizetype c = 0; c < table.columns.size(); ++c) {
            xml.writeEmptyElement(kTable, QStringLiteral("table-column"));
            xml.writeAttribute(kTable, QStringLiteral("style-name"), QStringLiteral("Table%1.C%2").arg(number).arg(c));
        }
    } else {
        xml.writeEmptyElement(kTable, QStringLiteral("table-column"));
        xml.writeAttribute(kTable, QStringLiteral("style-name"), QStringLiteral("Table%1.A").arg(number));
    }
    if (!table.hasColumnWidths() && table.columns.size() > 1) {
        xml.writeEmptyElement(kTable, QStringLiteral("table-column"));
        xml.writeAttribute(kTable, QStringLiteral("style-name"), QStringLiteral("Table%1.B").arg(number));
        xml.writeAttribute(kTable, QStringLiteral("number-columns-repeated"),
                           QString::number(table.columns.size() - 1));
    }
    xml.writeStartElement(kTable, QStringLiteral("table-header-rows"));
    xml.writeStartElement(kTable, QStringLiteral("table-row"));
    for (const auto& column : table.columns) {
        cell(xml, ReportCell::label(column), true, false);
    }
    xml.writeEndElement();
    xml.writeEndElement();
    for (const auto& row : table.rows) {
        xml.writeStartElement(kTable, QStringLiteral("table-row"));
        xml.writeAttribute(kTable, QStringLiteral("style-name"), QStringLiteral("Row"));
        for (qsizetype c = 0; c < row.size(); ++c) {
            // In a table of text, only the figures are right-aligned.
            const bool figure = c > 0 && !wide && (!table.hasColumnWidths() || row[c].isNumber());
            cell(xml, row[c], c == 0, figure);
        }
        xml.writeEndElement();
    }
    xml.writeEndElement();
}

ReportTable definitionsTable(const ReportDocument& document)
{
    ReportTable definitions;
    definitions.columns = {QCoreApplication::translate("hearth::reports", "Indicator"),
                           QCoreApplication::translate("hearth::reports", "Definition")};
    for (const auto& definition : document.definitions) {
        definitions.rows.append({ReportCell::label(definition.label), ReportCell::label(definition.text)});
    }
    return definitions;
}

// A chart: its picture in a paragraph of its own, as a character so that it flows with the text,
// at the width the picture was drawn for (never wider than the text), then its notes.
void chart(QXmlStreamWriter& xml, const ReportChart& chart, const Picture& picture, int number, const Layout& layout)
{
    constexpr double kCmPerPoint = 2.54 / 72.0;
    const double width = std::min(picture.size.width() * kCmPerPoint, layout.textWidth());
    const double height = width * picture.size.height() / picture.size.width();
    heading(xml, 3, chart.title);
    xml.writeStartElement(kText, QStringLiteral("p"));
    xml.writeAttribute(kText, QStringLiteral("style-name"), QStringLiteral("Figure"));
    xml.writeStartElement(kDraw, QStringLiteral("frame"));
    xml.writeAttribute(kDraw, QStringLiteral("style-name"), QStringLiteral("Chart"));
    xml.writeAttribute(kDraw, QStringLiteral("name"), QStringLiteral("Chart%1").arg(number));
    xml.writeAttribute(kText, QStringLiteral("anchor-type"), QStringLiteral("as-char"));
    xml.writeAttribute(kSvg, QStringLiteral("width"), QStringLiteral("%1cm").arg(width, 0, 'f', 3));
    xml.writeAttribute(kSvg, QStringLiteral("height"), QStringLiteral("%1cm").arg(height, 0, 'f', 3));
    xml.writeAttribute(kDraw, QStringLiteral("z-index"), QStringLiteral("0"));
    xml.writeEmptyElement(kDraw, QStringLiteral("image"));
    xml.writeAttribute(kXlink, QStringLiteral("href"), picture.path);
    xml.writeAttribute(kXlink, QStringLiteral("type"), QStringLiteral("simple"));
    xml.writeAttribute(kXlink, QStringLiteral("show"), QStringLiteral("embed"));
    xml.writeAttribute(kXlink, QStringLiteral("actuate"), QStringLiteral("onLoad"));
    xml.writeAttribute(kDraw, QStringLiteral("mime-type"), QStringLiteral("image/png"));
    xml.writeTextElement(kSvg, QStringLiteral("title"), chart.title);
    xml.writeTextElement(kSvg, QStringLiteral("desc"), chart.altText);
    xml.writeEndElement(); // frame
    xml.writeEndElement(); // p
    for (const auto& note : chart.notes) {
        paragraph(xml, QStringLiteral("Footnote"), note);
    }
}

QByteArray content(const ReportDocument& document, const Layout& layout, const QList<Picture>& pictures)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeStartDocument();
    namespaces(xml); // declared on the next element, so that it uses the usual prefixes
    xml.writeStartElement(kOffice, QStringLiteral("document-content"));
    xml.writeAttribute(kOffice, QStringLiteral("version"), QStringLiteral("1.3"));

    xml.writeStartElement(kOffice, QStringLiteral("automatic-styles"));
    int styled = 1;
    for (const auto& each : document.tables) {
        columnStyles(xml, each, styled++, layout, false);
    }
    // A row is never split across pages.
    xml.writeStartElement(kStyle, QStringLiteral("style"));
    xml.writeAttribute(kStyle, QStringLiteral("name"), QStringLiteral("Row"));
    xml.writeAttribute(kStyle, QStringLiteral("family"), QStringLiteral("table-row"));
    xml.writeEmptyElement(kStyle, QStringLiteral("table-row-properties"));
    xml.writeAttribute(kFo, QStringLiteral("keep-together"), QStringLiteral("always"));
    xml.writeEndElement();
    const ReportTable definitions = definitionsTable(document);
    columnStyles(xml, definitions, styled, layout, true);
    xml.writeStartElement(kStyle, QStringLiteral("style"));
    xml.writeAttribute(kStyle, QStringLiteral("name"), QStringLiteral("Cell"));
    xml.writeAttribute(kStyle, QStringLiteral("family"), QStringLiteral("table-cell"));
    xml.writeEmptyElement(kStyle, QStringLiteral("table-cell-properties"));
    xml.writeAttribute(kFo, QStringLiteral("border"), QStringLiteral("0.5pt solid #000000"));
    xml.writeAttribute(kFo, QStringLiteral("padding"), QStringLiteral("0.08cm"));
    xml.writeEndElement();
    // Charts: as characters on their own line, no wrap, no border.
    xml.writeStartElement(kStyle, QStringLiteral("style"));
    xml.writeAttribute(kStyle, QStringLiteral("name"), QStringLiteral("Chart"));
    xml.writeAttribute(kStyle, QStringLiteral("family"), QStringLiteral("graphic"));
    xml.writeEmptyElement(kStyle, QStringLiteral("graphic-properties"));
    xml.writeAttribute(kStyle, QStringLiteral("vertical-pos"), QStringLiteral("top"));
    xml.writeAttribute(kStyle, QStringLiteral("vertical-rel"), QStringLiteral("baseline"));
    xml.writeAttribute(kFo, QStringLiteral("border"), QStringLiteral("none"));
    xml.writeAttribute(kFo, QStringLiteral("padding"), QStringLiteral("0cm"));
    xml.writeEndElement();
    xml.writeEndElement(); // automatic-styles

    xml.writeStartElement(kOffice, QStringLiteral("body"));
    xml.writeStartElement(kOffice, QStringLiteral("text"));
    heading(xml, 1, document.title);
    paragraph(xml, QStringLiteral("Standard"), document.subtitle);
    paragraph(xml, QStringLiteral("Notice"), document.notice);
    int number = 1;
    for (const auto& each : document.tables) {
        heading(xml, 2, each.title);
        table(xml, each, number++);
        for (const auto& note : each.footnotes) {
            paragraph(xml, QStringLiteral("Footnote"), note);
        }
    }
    if (!document.charts.isEmpty()) {
        heading(xml, 2, QCoreApplication::translate("hearth::reports", "Charts"));
    }
    for (qsizetype i = 0; i < document.charts.size() && i < pictures.size(); ++i) {
        chart(xml, document.charts[i], pictures[i], static_cast<int>(i + 1), layout);
    }
    if (!document.definitions.isEmpty()) {
        heading(xml, 2, QCoreApplication::translate("hearth::reports", "Definitions"));
        table(xml, definitions, number++, true);
    }
    if (!document.footnotes.isEmpty()) {
        heading(xml, 2, QCoreApplication::translate("hearth::reports", "Notes"));
        for (const auto& note : document.footnotes) {
            paragraph(xml, QStringLiteral("Footnote"), note);
        }
    }
    xml.writeEndElement(); // text
    xml.writeEndElement(); // body
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

// language: for the default style only (the others inherit it), so that a word processor checks the
// spelling in the report's language.
void paragraphStyle(QXmlStreamWriter& xml, const QString& name, const QString& displayName, const QString& size,
                    bool bold, int outlineLevel = 0, const QString& align = {}, const QLocale* language = nullptr)
{
    xml.writeStartElement(kStyle, QStringLiteral("style"));
    xml.writeAttribute(kStyle, QStringLiteral("name"), name);
    xml.writeAttribute(kStyle, QStringLiteral("display-name"), displayName);
    xml.writeAttribute(kStyle, QStringLiteral("family"), QStringLiteral("paragraph"));
    if (name != QLatin1String("Standard")) {
        xml.writeAttribute(kStyle, QStringLiteral("parent-style-name"), QStringLiteral("Standard"));
    }
    if (outlineLevel > 0) {
        xml.writeAttribute(kStyle, QStringLiteral("default-outline-level"), QString::number(outlineLevel));
        xml.writeAttribute(kStyle, QStringLiteral("class"), QStringLiteral("text"));
    }
    xml.writeEmptyElement(kStyle, QStringLiteral("paragraph-properties"));
    xml.writeAttribute(kFo, QStringLiteral("margin-top"),
                       outlineLevel > 0 ? QStringLiteral("0.35cm") : QStringLiteral("0cm"));
    xml.writeAttribute(kFo, QStringLiteral("margin-bottom"), QStringLiteral("0.15cm"));
    if (!align.isEmpty()) {
        xml.writeAttribute(kFo, QStringLiteral("text-align"), align);
    }
    if (outlineLevel > 0) {
        xml.writeAttribute(kFo, QStringLiteral("keep-with-next"), QStringLiteral("always"));
    }
    xml.writeEmptyElement(kStyle, QStringLiteral("text-properties"));
    xml.writeAttribute(kStyle, QStringLiteral("font-name"), QStringLiteral("Liberation Sans"));
    xml.writeAttribute(kFo, QStringLiteral("font-family"), QStringLiteral("'Liberation Sans', Arial, sans-serif"));
    xml.writeAttribute(kFo, QStringLiteral("font-size"), size);
    if (bold) {
        xml.writeAttribute(kFo, QStringLiteral("font-weight"), QStringLiteral("bold"));
    }
    if (language) {
        const QStringList tag = languageTag(*language).split(QLatin1Char('-')); // "cy", "GB"
        xml.writeAttribute(kFo, QStringLiteral("language"), tag.value(0));
        xml.writeAttribute(kFo, QStringLiteral("country"), tag.value(1));
    }
    xml.writeEndElement();
}

QByteArray styles(const Layout& layout, const QLocale& language)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeStartDocument();
    namespaces(xml);
    xml.writeStartElement(kOffice, QStringLiteral("document-styles"));
    xml.writeAttribute(kOffice, QStringLiteral("version"), QStringLiteral("1.3"));
    xml.writeStartElement(kOffice, QStringLiteral("styles"));
    paragraphStyle(xml, QStringLiteral("Standard"), QStringLiteral("Default Paragraph Style"), QStringLiteral("10pt"),
                   false, 0, {}, &language);
    paragraphStyle(xml, QStringLiteral("Heading_20_1"), QStringLiteral("Heading 1"), QStringLiteral("16pt"), true, 1);
    paragraphStyle(xml, QStringLiteral("Heading_20_2"), QStringLiteral("Heading 2"), QStringLiteral("13pt"), true, 2);
    paragraphStyle(xml, QStringLiteral("Heading_20_3"), QStringLiteral("Heading 3"), QStringLiteral("11pt"), true, 3);
    paragraphStyle(xml, QStringLiteral("Figure"), QStringLiteral("Figure"), QStringLiteral("10pt"), false, 0,
                   QStringLiteral("start"));
    paragraphStyle(xml, QStringLiteral("Notice"), QStringLiteral("Notice"), QStringLiteral("10pt"), true);
    paragraphStyle(xml, QStringLiteral("Footnote"), QStringLiteral("Table Note"), QStringLiteral("8.5pt"), false);
    paragraphStyle(xml, QStringLiteral("Table_20_Contents"), QStringLiteral("Table Contents"), QStringLiteral("9pt"),
                   false);
    paragraphStyle(xml, QStringLiteral("Table_20_Number"), QStringLiteral("Table Number"), QStringLiteral("9pt"), false,
                   0, QStringLiteral("end"));
    paragraphStyle(xml, QStringLiteral("Table_20_Heading"), QStringLiteral("Table Heading"), QStringLiteral("9pt"),
                   true);
    xml.writeEndElement(); // styles
    xml.writeStartElement(kOffice, QStringLiteral("automatic-styles"));
    xml.writeStartElement(kStyle, QStringLiteral("page-layout"));
    xml.writeAttribute(kStyle, QStringLiteral("name"), QStringLiteral("Page"));
    xml.writeEmptyElement(kStyle, QStringLiteral("page-layout-properties"));
    xml.writeAttribute(kFo, QStringLiteral("page-width"),
                       layout.landscape ? QStringLiteral("29.7cm") : QStringLiteral("21cm"));
    xml.writeAttribute(kFo, QStringLiteral("page-height"),
                       layout.landscape ? QStringLiteral("21cm") : QStringLiteral("29.7cm"));
    xml.writeAttribute(kStyle, QStringLiteral("print-orientation"),
                       layout.landscape ? QStringLiteral("landscape") : QStringLiteral("portrait"));
    for (const char* side : {"margin-top", "margin-bottom", "margin-left", "margin-right"}) {
        xml.writeAttribute(kFo, QString::fromLatin1(side), QStringLiteral("1.5cm"));
    }
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeStartElement(kOffice, QStringLiteral("master-styles"));
    xml.writeEmptyElement(kStyle, QStringLiteral("master-page"));
    xml.writeAttribute(kStyle, QStringLiteral("name"), QStringLiteral("Standard"));
    xml.writeAttribute(kStyle, QStringLiteral("page-layout-name"), QStringLiteral("Page"));
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

QByteArray meta(const ReportDocument& document)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeStartDocument();
    xml.writeNamespace(kOffice, QStringLiteral("office"));
    xml.writeNamespace(kMeta, QStringLiteral("meta"));
    xml.writeNamespace(kDc, QStringLiteral("dc"));
    xml.writeStartElement(kOffice, QStringLiteral("document-meta"));
    xml.writeAttribute(kOffice, QStringLiteral("version"), QStringLiteral("1.3"));
    xml.writeStartElement(kOffice, QStringLiteral("meta"));
    xml.writeTextElement(kMeta, QStringLiteral("generator"), QStringLiteral("Hearth/" HEARTH_VERSION));
    xml.writeTextElement(kDc, QStringLiteral("title"), document.title);
    xml.writeTextElement(kDc, QStringLiteral("language"), languageTag(document.locale));
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

QByteArray manifest(const QList<Picture>& pictures)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeStartDocument();
    xml.writeNamespace(kManifest, QStringLiteral("manifest"));
    xml.writeStartElement(kManifest, QStringLiteral("manifest"));
    xml.writeAttribute(kManifest, QStringLiteral("version"), QStringLiteral("1.3"));
    const auto entry = [&](const QString& path, const QString& type) {
        xml.writeEmptyElement(kManifest, QStringLiteral("file-entry"));
        xml.writeAttribute(kManifest, QStringLiteral("full-path"), path);
        if (path == QLatin1String("/")) {
            xml.writeAttribute(kManifest, QStringLiteral("version"), QStringLiteral("1.3"));
        }
        xml.writeAttribute(kManifest, QStringLiteral("media-type"), type);
    };
    entry(QStringLiteral("/"), QStringLiteral("application/vnd.oasis.opendocument.text"));
    entry(QStringLiteral("content.xml"), QStringLiteral("text/xml"));
    entry(QStringLiteral("styles.xml"), QStringLiteral("text/xml"));
    entry(QStringLiteral("meta.xml"), QStringLiteral("text/xml"));
    for (const auto& picture : pictures) {
        entry(picture.path, QStringLiteral("image/png"));
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

} // namespace

QByteArray writeOdt(const ReportDocument& document)
{
    Layout layout;
    for (const auto& each : document.tables) {
        layout.landscape = layout.landscape || each.columns.size() > 7;
    }
    const QList<Picture> charts = pictures(document);
    ZipWriter zip;
    zip.add(QStringLiteral("mimetype"), QByteArrayLiteral("application/vnd.oasis.opendocument.text"));
    zip.add(QStringLiteral("content.xml"), content(document, layout, charts));
    zip.add(QStringLiteral("styles.xml"), styles(layout, document.locale));
    zip.add(QStringLiteral("meta.xml"), meta(document));
    for (qsizetype i = 0; i < charts.size(); ++i) {
        zip.add(charts[i].path, chartPng(document.charts[i]));
    }
    zip.add(QStringLiteral("META-INF/manifest.xml"), manifest(charts));
    return zip.finish();
}

} // namespace hearth::reports
