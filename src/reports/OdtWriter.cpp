// ODT: an OpenDocument text package written by hand, so that headings are real headings
// (text:h with outline levels, "Heading 1/2" styles Word maps to its own) and each table has a
// repeated header row (table:table-header-rows).
#include "ReportWriters.h"
#include "ZipWriter.h"

#include <QXmlStreamWriter>

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

void namespaces(QXmlStreamWriter& xml)
{
    xml.writeNamespace(kOffice, QStringLiteral("office"));
    xml.writeNamespace(kStyle, QStringLiteral("style"));
    xml.writeNamespace(kText, QStringLiteral("text"));
    xml.writeNamespace(kTable, QStringLiteral("table"));
    xml.writeNamespace(kFo, QStringLiteral("fo"));
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

void cell(QXmlStreamWriter& xml, const ReportCell& cell, bool header)
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
    paragraph(xml,
              header ? QStringLiteral("Table_20_Heading")
                     : (cell.isNumber() || cell.kind == ReportCell::Kind::Suppressed
                            ? QStringLiteral("Table_20_Number")
                            : QStringLiteral("Table_20_Contents")),
              cell.display());
    xml.writeEndElement();
}

void table(QXmlStreamWriter& xml, const ReportTable& table, int number)
{
    xml.writeStartElement(kTable, QStringLiteral("table"));
    xml.writeAttribute(kTable, QStringLiteral("name"), QStringLiteral("Table%1").arg(number));
    xml.writeAttribute(kTable, QStringLiteral("style-name"), QStringLiteral("Report_Table"));
    xml.writeEmptyElement(kTable, QStringLiteral("table-column"));
    xml.writeAttribute(kTable, QStringLiteral("number-columns-repeated"), QString::number(table.columns.size()));
    xml.writeStartElement(kTable, QStringLiteral("table-header-rows"));
    xml.writeStartElement(kTable, QStringLiteral("table-row"));
    for (const auto& column : table.columns) {
        cell(xml, ReportCell::label(column), true);
    }
    xml.writeEndElement();
    xml.writeEndElement();
    for (const auto& row : table.rows) {
        xml.writeStartElement(kTable, QStringLiteral("table-row"));
        for (qsizetype c = 0; c < row.size(); ++c) {
            cell(xml, row[c], c == 0);
        }
        xml.writeEndElement();
    }
    xml.writeEndElement();
}

QByteArray content(const ReportDocument& document)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeStartDocument();
    namespaces(xml); // declared on the next element, so that it uses the usual prefixes
    xml.writeStartElement(kOffice, QStringLiteral("document-content"));
    xml.writeAttribute(kOffice, QStringLiteral("version"), QStringLiteral("1.3"));

    xml.writeStartElement(kOffice, QStringLiteral("automatic-styles"));
    xml.writeStartElement(kStyle, QStringLiteral("style"));
    xml.writeAttribute(kStyle, QStringLiteral("name"), QStringLiteral("Report_Table"));
    xml.writeAttribute(kStyle, QStringLiteral("family"), QStringLiteral("table"));
    xml.writeEmptyElement(kStyle, QStringLiteral("table-properties"));
    xml.writeAttribute(kTable, QStringLiteral("align"), QStringLiteral("left"));
    xml.writeAttribute(kFo, QStringLiteral("margin-bottom"), QStringLiteral("0.2cm"));
    xml.writeEndElement();
    xml.writeStartElement(kStyle, QStringLiteral("style"));
    xml.writeAttribute(kStyle, QStringLiteral("name"), QStringLiteral("Cell"));
    xml.writeAttribute(kStyle, QStringLiteral("family"), QStringLiteral("table-cell"));
    xml.writeEmptyElement(kStyle, QStringLiteral("table-cell-properties"));
    xml.writeAttribute(kFo, QStringLiteral("border"), QStringLiteral("0.5pt solid #000000"));
    xml.writeAttribute(kFo, QStringLiteral("padding"), QStringLiteral("0.08cm"));
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
    if (!document.definitions.isEmpty()) {
        heading(xml, 2, QStringLiteral("Definitions"));
        ReportTable definitions;
        definitions.columns = {QStringLiteral("Indicator"), QStringLiteral("Definition")};
        for (const auto& definition : document.definitions) {
            definitions.rows.append({ReportCell::label(definition.label), ReportCell::label(definition.text)});
        }
        table(xml, definitions, number++);
    }
    if (!document.footnotes.isEmpty()) {
        heading(xml, 2, QStringLiteral("Notes"));
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

void paragraphStyle(QXmlStreamWriter& xml, const QString& name, const QString& displayName, const QString& size,
                    bool bold, int outlineLevel = 0, const QString& align = {})
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
    xml.writeEndElement();
}

QByteArray styles()
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeStartDocument();
    namespaces(xml);
    xml.writeStartElement(kOffice, QStringLiteral("document-styles"));
    xml.writeAttribute(kOffice, QStringLiteral("version"), QStringLiteral("1.3"));
    xml.writeStartElement(kOffice, QStringLiteral("styles"));
    paragraphStyle(xml, QStringLiteral("Standard"), QStringLiteral("Default Paragraph Style"), QStringLiteral("10pt"),
                   false);
    paragraphStyle(xml, QStringLiteral("Heading_20_1"), QStringLiteral("Heading 1"), QStringLiteral("16pt"), true, 1);
    paragraphStyle(xml, QStringLiteral("Heading_20_2"), QStringLiteral("Heading 2"), QStringLiteral("13pt"), true, 2);
    paragraphStyle(xml, QStringLiteral("Notice"), QStringLiteral("Notice"), QStringLiteral("10pt"), true);
    paragraphStyle(xml, QStringLiteral("Footnote"), QStringLiteral("Table Note"), QStringLiteral("8.5pt"), false);
    paragraphStyle(xml, QStringLiteral("Table_20_Contents"), QStringLiteral("Table Contents"), QStringLiteral("9pt"),
                   false);
    paragraphStyle(xml, QStringLiteral("Table_20_Number"), QStringLiteral("Table Number"), QStringLiteral("9pt"), false,
                   0, QStringLiteral("end"));
    paragraphStyle(xml, QStringLiteral("Table_20_Heading"), QStringLiteral("Table Heading"), QStringLiteral("9pt"),
                   true);
    xml.writeEndElement(); // styles
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
    xml.writeTextElement(kDc, QStringLiteral("language"), QStringLiteral("en-GB"));
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

QByteArray manifest()
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
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

} // namespace

QByteArray writeOdt(const ReportDocument& document)
{
    ZipWriter zip;
    zip.add(QStringLiteral("mimetype"), QByteArrayLiteral("application/vnd.oasis.opendocument.text"));
    zip.add(QStringLiteral("content.xml"), content(document));
    zip.add(QStringLiteral("styles.xml"), styles());
    zip.add(QStringLiteral("meta.xml"), meta(document));
    zip.add(QStringLiteral("META-INF/manifest.xml"), manifest());
    return zip.finish();
}

} // namespace hearth::reports
