#include "ReportWriters.h"

#include <QCoreApplication>

#include "ChartImage.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

#include <algorithm>
#include <cmath>
#include <functional>

namespace hearth::reports {

namespace {

QString csvField(QString text)
{
    // A label that a spreadsheet would run as a formula (a ward or category named "=…") is
    // prefixed with an apostrophe; figures never start with these characters.
    if (!text.isEmpty() && QStringLiteral("=+-@").contains(text.front())) {
        text.prepend(QLatin1Char('\''));
    }
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n'))) {
        QString quoted = text;
        quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        return QLatin1Char('"') + quoted + QLatin1Char('"');
    }
    return text;
}

void csvRow(QString& out, const QStringList& fields)
{
    QStringList quoted;
    for (const auto& field : fields) {
        quoted.append(csvField(field));
    }
    out += quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

QString html(const QString& text)
{
    return text.toHtmlEscaped();
}

// Where a chart's picture comes from: a data: URI in an HTML file, a resource name for the PDF.
using ImageSource = std::function<QString(qsizetype index, const ReportChart& chart)>;

// maxWidth: the widest a chart may be, in CSS pixels (0: as drawn).
QString htmlMarkup(const ReportDocument& document, const ImageSource& imageSource, qreal maxWidth = 0);

} // namespace

ReportCell ReportCell::percent(std::optional<double> value)
{
    if (!value) {
        return {
            Kind::Text,
            QCoreApplication::translate("hearth::reports", "n/a", "not applicable: a rate with nothing to divide by"),
            0};
    }
    return {Kind::Percent, {}, *value};
}

QString ReportCell::display() const
{
    switch (kind) {
    case Kind::Text:
        return text;
    case Kind::Count:
        return QString::number(static_cast<qint64>(number));
    case Kind::Percent:
        return QString::number(number, 'f', 1) + QLatin1Char('%');
    case Kind::Suppressed:
        return QStringLiteral("*");
    case Kind::Empty:
        return {};
    }
    return {};
}

std::optional<Format> formatFromName(const QString& name)
{
    const QString lower = name.toLower();
    for (const Format format : {Format::Csv, Format::Xlsx, Format::Odt, Format::Html, Format::Pdf}) {
        if (formatName(format) == lower) {
            return format;
        }
    }
    return std::nullopt;
}

QStringList formatNames()
{
    return {QStringLiteral("csv"), QStringLiteral("xlsx"), QStringLiteral("odt"), QStringLiteral("html"),
            QStringLiteral("pdf")};
}

QString formatName(Format format)
{
    switch (format) {
    case Format::Csv:
        return QStringLiteral("csv");
    case Format::Xlsx:
        return QStringLiteral("xlsx");
    case Format::Odt:
        return QStringLiteral("odt");
    case Format::Html:
        return QStringLiteral("html");
    case Format::Pdf:
        return QStringLiteral("pdf");
    }
    return {};
}

QByteArray writeReport(const ReportDocument& document, Format format)
{
    switch (format) {
    case Format::Csv:
        return writeCsv(document);
    case Format::Xlsx:
        return writeXlsx(document);
    case Format::Odt:
        return writeOdt(document);
    case Format::Html:
        return writeHtml(document);
    case Format::Pdf:
        return writePdf(document);
    }
    return {};
}

// One file holding every table in turn: a title line, the header row, the rows, the footnotes,
// then a blank line. Opens in a spreadsheet with each table readable as it stands.
QByteArray writeCsv(const ReportDocument& document)
{
    QString out;
    csvRow(out, {document.title});
    csvRow(out, {document.subtitle});
    csvRow(out, {document.notice});
    for (const auto& table : document.tables) {
        out += QStringLiteral("\r\n");
        csvRow(out, {table.title});
        csvRow(out, table.columns);
        for (const auto& row : table.rows) {
            QStringList fields;
            for (const auto& cell : row) {
                fields.append(cell.display());
            }
            csvRow(out, fields);
        }
        for (const auto& note : table.footnotes) {
            csvRow(out, {note});
        }
    }
    if (!document.definitions.isEmpty()) {
        out += QStringLiteral("\r\n");
        csvRow(out, {QCoreApplication::translate("hearth::reports", "Definitions")});
        csvRow(out,
               {QCoreApplication::translate("hearth::reports", "Id"),
                QCoreApplication::translate("hearth::reports", "Indicator"),
                QCoreApplication::translate("hearth::reports", "Definition")});
        for (const auto& definition : document.definitions) {
            csvRow(out, {definition.id, definition.label, definition.text});
        }
    }
    if (!document.footnotes.isEmpty()) {
        out += QStringLiteral("\r\n");
        for (const auto& note : document.footnotes) {
            csvRow(out, {note});
        }
    }
    // A byte order mark, so that Excel reads the UTF-8 (en dashes, ellipses) as such.
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

// Accessible HTML: one caption per table, column headers with scope="col", each row's first cell
// a header with scope="row", footnotes right after their table. Charts are figures: a PNG (as a
// data: URI, so that the file stands alone) whose alt text gives every figure, and a caption.
QByteArray writeHtml(const ReportDocument& document)
{
    return htmlMarkup(document,
                      [](qsizetype, const ReportChart& chart) {
                          return QStringLiteral("data:image/png;base64,")
                              + QString::fromLatin1(chartPng(chart).toBase64());
                      })
        .toUtf8();
}

namespace {

QString htmlMarkup(const ReportDocument& document, const ImageSource& imageSource, qreal maxWidth)
{
    QString out;
    out += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n<title>%2</title>\n")
               .arg(languageTag(document.locale), html(document.title));
    out += QStringLiteral(
        "<style>\nbody { font-family: sans-serif; }\ntable { border-collapse: collapse; margin-bottom: 0.5em; }\n"
        "th, td { border: 1px solid #666; padding: 0.2em 0.5em; }\ntd.n { text-align: right; }\n"
        "caption { text-align: left; font-weight: bold; padding-bottom: 0.3em; }\n"
        "th { text-align: left; vertical-align: top; }\ntd { vertical-align: top; }\ntable.text { width: 100%; }\n"
        "figure { margin: 0 0 1em 0; }\nfigure img { max-width: 100%; height: auto; }\n"
        ".notice { font-weight: bold; }\n</style>\n</head>\n<body>\n");
    out += QStringLiteral("<h1>%1</h1>\n<p>%2</p>\n<p class=\"notice\">%3</p>\n")
               .arg(html(document.title), html(document.subtitle), html(document.notice));
    for (const auto& table : document.tables) {
        out += QStringLiteral("<h2>%1</h2>\n<table%2>\n<caption>%1</caption>\n<thead>\n<tr>")
                   .arg(html(table.title), table.hasColumnWidths() ? QStringLiteral(" class=\"text\"") : QString());
        double sum = 0;
        for (const double width : table.columnWidths) {
            sum += width;
        }
        for (qsizetype c = 0; c < table.columns.size(); ++c) {
            const QString width = table.hasColumnWidths()
                ? QStringLiteral(" width=\"%1%\"").arg(qRound(100 * table.columnWidths.at(c) / sum))
                : QString();
            out += QStringLiteral("<th scope=\"col\"%1>%2</th>").arg(width, html(table.columns.at(c)));
        }
        out += QStringLiteral("</tr>\n</thead>\n<tbody>\n");
        for (const auto& row : table.rows) {
            out += QStringLiteral("<tr>");
            for (qsizetype c = 0; c < row.size(); ++c) {
                const ReportCell& cell = row[c];
                if (c == 0) {
                    out += QStringLiteral("<th scope=\"row\">%1</th>").arg(html(cell.display()));
                } else {
                    out += QStringLiteral("<td%1>%2</td>")
                               .arg(cell.kind == ReportCell::Kind::Text ? QString() : QStringLiteral(" class=\"n\""),
                                    html(cell.display()));
                }
            }
            out += QStringLiteral("</tr>\n");
        }
        out += QStringLiteral("</tbody>\n</table>\n");
        for (const auto& note : table.footnotes) {
            out += QStringLiteral("<p>%1</p>\n").arg(html(note));
        }
    }
    if (!document.charts.isEmpty()) {
        out += QStringLiteral("<h2>%1</h2>\n").arg(QCoreApplication::translate("hearth::reports", "Charts"));
    }
    for (qsizetype i = 0; i < document.charts.size(); ++i) {
        const ReportChart& chart = document.charts[i];
        QSizeF size = chartSize(chart) * (96.0 / 72.0);
        if (maxWidth > 0 && size.width() > maxWidth) {
            size *= maxWidth / size.width();
        }
        // Sized in CSS pixels (1/96 inch) to print at the size it was drawn for in points.
        out += QStringLiteral("<h3>%1</h3>\n<figure>\n<img src=\"%2\" alt=\"%3\" width=\"%4\" height=\"%5\">\n")
                   .arg(html(chart.title), imageSource(i, chart), html(chart.altText))
                   .arg(std::lround(size.width()))
                   .arg(std::lround(size.height()));
        QStringList caption {chart.title + QLatin1Char('.')};
        caption += chart.notes;
        out += QStringLiteral("<figcaption>%1</figcaption>\n</figure>\n").arg(html(caption.join(QLatin1Char(' '))));
    }
    if (!document.definitions.isEmpty()) {
        out += QStringLiteral("<h2>%1</h2>\n<dl>\n").arg(QCoreApplication::translate("hearth::reports", "Definitions"));
        for (const auto& definition : document.definitions) {
            out += QStringLiteral("<dt>%1</dt>\n<dd>%2</dd>\n").arg(html(definition.label), html(definition.text));
        }
        out += QStringLiteral("</dl>\n");
    }
    if (!document.footnotes.isEmpty()) {
        out += QStringLiteral("<h2>%1</h2>\n").arg(QCoreApplication::translate("hearth::reports", "Notes"));
        for (const auto& note : document.footnotes) {
            out += QStringLiteral("<p>%1</p>\n").arg(html(note));
        }
    }
    out += QStringLiteral("</body>\n</html>\n");
    return out;
}

} // namespace

// The widest a chart is printed, in the text engine's pixels (1/96 inch): 13.2 cm, within the
// 14 cm the engine leaves on portrait A4 after the page's and its own margins.
constexpr qreal kPdfChartWidth = 500;

// The HTML laid out on A4 by Qt's text engine.
QByteArray writePdf(const ReportDocument& document)
{
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        throw ReportError("PDF export needs a QGuiApplication (fonts)");
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(document.title);
        writer.setCreator(QStringLiteral("Hearth"));
        // Landscape for a wide table of text (the action plan) or one with many columns (a breakdown
        // by ward), as the ODT is.
        const bool landscape =
            std::any_of(document.tables.begin(), document.tables.end(), [](const ReportTable& table) {
                return (table.hasColumnWidths() && table.columns.size() > 5) || table.columns.size() > 7;
            });
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4),
                                         landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                                         QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
        writer.setResolution(300);
        QTextDocument text;
        text.setDocumentMargin(0);
        // The charts as the document's own resources (Qt's text engine reads no data: URIs).
        QString markup = htmlMarkup(
            document,
            [&](qsizetype index, const ReportChart& chart) {
                const QString name = QStringLiteral("chart%1.png").arg(index + 1);
                text.addResource(QTextDocument::ImageResource, QUrl(name), renderChart(chart));
                return name;
            },
            kPdfChartWidth);
        // Qt's HTML subset knows no figure element: a paragraph with the picture, a line break and
        // the caption lays out the same without a figure's wide margins.
        markup.replace(QStringLiteral("<figure>\n"), QStringLiteral("<p>"));
        markup.replace(QStringLiteral("\n<figcaption>"), QStringLiteral("<br>"));
        markup.replace(QStringLiteral("</figcaption>\n</figure>"), QStringLiteral("</p>"));
        // The row headers (indicator names) wider than the figures, else Qt shares the width out
        // evenly and a breakdown by ward leaves them a word's width.
        markup.replace(QStringLiteral("<tr><th scope=\"col\">"),
                       QStringLiteral("<tr><th scope=\"col\" width=\"22%\">"));
        // Qt's HTML subset draws cell borders from the table's attributes, not from CSS.
        markup.replace(QStringLiteral("<table>"),
                       QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">"));
        markup.replace(QStringLiteral("<table class=\"text\">"),
                       QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">"));
        markup.replace(QStringLiteral("<th scope=\"row\">"), QStringLiteral("<th scope=\"row\" align=\"left\">"));
        text.setHtml(markup);
        text.print(&writer);
    }
    buffer.close();
    if (bytes.isEmpty()) {
        throw ReportError("the PDF could not be produced");
    }
    return bytes;
}

} // namespace hearth::reports
