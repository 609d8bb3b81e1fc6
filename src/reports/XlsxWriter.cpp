// XLSX through libxlsxwriter: each report table is a real Excel table (header row, filter
// buttons, banded rows), titled, with its footnotes under it; the charts are Excel's own charts on
// a sheet of their own beside their figures; the definitions have their own sheet.
#include "ReportLocale.h"
#include "ReportWriters.h"

#include <QCoreApplication>

#include <QFile>
#include <QSet>
#include <QTemporaryDir>

#include <xlsxwriter.h>

#include <algorithm>
#include <memory>
#include <vector>

namespace hearth::reports {

namespace {

// Excel refuses a table whose header cells repeat; make each unique.
QStringList uniqueHeaders(const QStringList& columns)
{
    QStringList result;
    QSet<QString> seen;
    for (const auto& column : columns) {
        QString name = column.isEmpty() ? QStringLiteral("Column") : column;
        const QString base = name;
        for (int n = 2; seen.contains(name.toLower()); ++n) {
            name = QStringLiteral("%1 (%2)").arg(base).arg(n);
        }
        seen.insert(name.toLower());
        result.append(name);
    }
    return result;
}

class Workbook
{
public:
    explicit Workbook(const QString& path)
        : m_book(workbook_new(path.toLocal8Bit().constData()))
    {
        if (!m_book) {
            throw ReportError("the spreadsheet could not be started");
        }
    }
    ~Workbook()
    {
        if (m_book) {
            workbook_close(m_book);
        }
    }
    Workbook(const Workbook&) = delete;
    Workbook& operator=(const Workbook&) = delete;

    lxw_workbook* get() { return m_book; }
    // libxlsxwriter refuses a name Excel would (NULL): never the case for a name from sheetName().
    lxw_worksheet* addSheet(const char* name)
    {
        lxw_worksheet* sheet = workbook_add_worksheet(m_book, name);
        if (!sheet) {
            throw ReportError(std::string("the spreadsheet could not add the sheet ") + name);
        }
        return sheet;
    }
    void close()
    {
        const lxw_error error = workbook_close(m_book);
        m_book = nullptr;
        if (error != LXW_NO_ERROR) {
            throw ReportError(std::string("the spreadsheet could not be written: ") + lxw_strerror(error));
        }
    }
    // Strings libxlsxwriter keeps pointers to until close().
    // (Non-const: some of its option structs take char*.)
    char* keep(const QString& text)
    {
        m_strings.push_back(std::make_unique<QByteArray>(text.toUtf8()));
        return m_strings.back()->data();
    }

private:
    lxw_workbook* m_book;
    std::vector<std::unique_ptr<QByteArray>> m_strings;
};

struct Formats
{
    lxw_format* title = nullptr;
    lxw_format* bold = nullptr;
    lxw_format* percent = nullptr;
    lxw_format* right = nullptr;
    lxw_format* wrap = nullptr;
    lxw_format* top = nullptr; // a figure beside wrapped text
};

void writeTable(Workbook& book, lxw_worksheet* sheet, const Formats& formats, lxw_row_t& row,
                const QStringList& columnNames, const QList<QList<ReportCell>>& rows, const QString& name,
                const QList<double>& textWidths = {})
{
    const QStringList headers = uniqueHeaders(columnNames);
    std::vector<lxw_table_column> columns(headers.size());
    std::vector<lxw_table_column*> pointers;
    for (qsizetype c = 0; c < headers.size(); ++c) {
        columns[c] = {};
        columns[c].header = book.keep(headers[c]);
        pointers.push_back(&columns[c]);
    }
    pointers.push_back(nullptr);
    lxw_table_options options {};
    options.name = book.keep(name);
    options.style_type = LXW_TABLE_STYLE_TYPE_LIGHT;
    options.style_type_number = 9;
    options.columns = pointers.data();
    const lxw_row_t first = row;
    const auto last = static_cast<lxw_row_t>(first + std::max<qsizetype>(rows.size(), 1));
    worksheet_add_table(sheet, first, 0, last, static_cast<lxw_col_t>(headers.size() - 1), &options);
    row = first + 1;
    const bool textTable = !textWidths.isEmpty();
    for (const auto& cells : rows) {
        // Spreadsheets do not grow a row for wrapped text on their own: give it the lines it needs.
        if (textTable) {
            qsizetype lines = 1;
            for (qsizetype c = 0; c < cells.size() && c < textWidths.size(); ++c) {
                const auto perLine = std::max<qsizetype>(1, static_cast<qsizetype>(textWidths.at(c)) - 2);
                lines = std::max(lines, (cells[c].display().size() + perLine - 1) / perLine);
            }
            worksheet_set_row(sheet, row, 15.0 * static_cast<double>(lines), nullptr);
        }
        for (qsizetype c = 0; c < cells.size(); ++c) {
            const ReportCell& cell = cells[c];
            const auto col = static_cast<lxw_col_t>(c);
            switch (cell.kind) {
            case ReportCell::Kind::Count:
                worksheet_write_number(sheet, row, col, cell.number, textTable ? formats.top : nullptr);
                break;
            case ReportCell::Kind::Percent:
                worksheet_write_number(sheet, row, col, cell.number, formats.percent);
                break;
            case ReportCell::Kind::Suppressed:
                worksheet_write_string(sheet, row, col, "*", formats.right);
                break;
            case ReportCell::Kind::Text:
                // In a table of text (the action plan) text wraps, left-aligned; elsewhere labels
                // beside figures are right-aligned.
                worksheet_write_string(sheet, row, col, book.keep(cell.text),
                                       textTable ? formats.wrap : (c == 0 ? nullptr : formats.right));
                break;
            case ReportCell::Kind::Empty:
                break;
            }
        }
        ++row;
    }
    if (rows.isEmpty()) {
        ++row;
    }
}

// Okabe-Ito, as in the pictures of the other exports.
const lxw_color_t kColours[] = {0x0072B2, 0xE69F00, 0x009E73};

// The "Charts" sheet: per chart its title, a table of its figures as shown ("*" for a hidden one)
// and an Excel chart of them. The chart plots hidden copies of the figures in which a hidden or
// missing figure is a blank cell, shown as a gap: never as a bar of 0 or its true value.
void writeCharts(Workbook& book, const ReportDocument& document, const Formats& formats, QStringList& sheets)
{
    const QString sheetTitle = sheetName(
        QCoreApplication::translate("hearth::reports", "Charts", "spreadsheet sheet name: at most 31 characters"),
        sheets);
    sheets.append(sheetTitle);
    char* sheetKey = book.keep(sheetTitle);
    lxw_worksheet* sheet = book.addSheet(sheetKey);
    worksheet_set_column(sheet, 0, 0, 26, nullptr);
    worksheet_set_column(sheet, 1, 3, 14, nullptr);
    constexpr lxw_col_t kPlotted = 20; // first column of the plotted copies, hidden
    lxw_row_col_options hidden {};
    hidden.hidden = 1;
    worksheet_set_column_opt(sheet, kPlotted, kPlotted + 4, 10, nullptr, &hidden);
    lxw_row_t row = 0;
    int number = 1;
    for (const auto& chart : document.charts) {
        worksheet_write_string(sheet, row++, 0, book.keep(chart.title), formats.bold);
        const lxw_row_t tableRow = row;
        QStringList columns {chart.kind == ReportChart::Kind::HorizontalBar
                                 ? QCoreApplication::translate("hearth::reports", "Category")
                                 : QCoreApplication::translate("hearth::reports", "Quarter")};
        QList<QList<ReportCell>> rows;
        for (const auto& series : chart.series) {
            columns.append(series.name);
        }
        for (qsizetype c = 0; c < chart.categories.size(); ++c) {
            QList<ReportCell> cells {ReportCell::label(chart.categories[c])};
            for (const auto& series : chart.series) {
                cells.append(c < series.values.size() ? series.values[c] : ReportCell::empty());
            }
            rows.append(cells);
        }
        writeTable(book, sheet, formats, row, columns, rows, QStringLiteral("ChartData%1").arg(number));
        const lxw_row_t first = tableRow + 1;
        const auto last = static_cast<lxw_row_t>(first + std::max<qsizetype>(chart.categories.size(), 1) - 1);
        for (qsizetype s = 0; s < chart.series.size(); ++s) {
            for (qsizetype c = 0; c < chart.categories.size(); ++c) {
                const ReportCell& cell = rows[c][s + 1];
                if (cell.isNumber()) {
                    worksheet_write_number(sheet, static_cast<lxw_row_t>(first + c),
                                           static_cast<lxw_col_t>(kPlotted + s), cell.number, nullptr);
                }
            }
        }
        for (const auto& note : chart.notes) {
            worksheet_write_string(sheet, row++, 0, book.keep(note), nullptr);
        }

        const uint8_t type = chart.kind == ReportChart::Kind::Line ? LXW_CHART_LINE
            : chart.kind == ReportChart::Kind::HorizontalBar       ? LXW_CHART_BAR
                                                                   : LXW_CHART_COLUMN;
        lxw_chart* excel = workbook_add_chart(book.get(), type);
        chart_title_set_name(excel, book.keep(chart.title));
        chart_show_blanks_as(excel, LXW_CHART_BLANKS_AS_GAP);
        chart_show_hidden_data(excel); // the plotted copies are in hidden columns
        chart_legend_set_position(excel, chart.series.size() > 1 ? LXW_CHART_LEGEND_BOTTOM : LXW_CHART_LEGEND_NONE);
        lxw_chart_axis* values = chart.kind == ReportChart::Kind::HorizontalBar ? excel->x_axis : excel->y_axis;
        chart_axis_set_name(values, book.keep(chart.valueLabel));
        chart_axis_set_min(values, 0);
        if (chart.percent) {
            chart_axis_set_max(values, 100);
        }
        if (chart.kind == ReportChart::Kind::HorizontalBar) {
            chart_axis_set_reverse(excel->y_axis); // the first category at the top, as in the table
        }
        for (qsizetype s = 0; s < chart.series.size(); ++s) {
            lxw_chart_series* series = chart_add_series(excel, nullptr, nullptr);
            chart_series_set_categories(series, sheetKey, first, 0, last, 0);
            chart_series_set_values(series, sheetKey, first, static_cast<lxw_col_t>(kPlotted + s), last,
                                    static_cast<lxw_col_t>(kPlotted + s));
            chart_series_set_name(series, book.keep(chart.series[s].name));
            chart_series_set_labels(series);
            const lxw_color_t colour = kColours[s % 3];
            if (chart.kind == ReportChart::Kind::Line) {
                lxw_chart_line line {};
                line.color = colour;
                line.width = 2.25;
                line.dash_type = s == 0 ? LXW_CHART_LINE_DASH_SOLID : LXW_CHART_LINE_DASH_DASH;
                chart_series_set_line(series, &line);
                chart_series_set_marker_type(series, s == 0 ? LXW_CHART_MARKER_CIRCLE : LXW_CHART_MARKER_SQUARE);
            } else if (s == 0) {
                lxw_chart_fill fill {};
                fill.color = colour;
                chart_series_set_fill(series, &fill);
            } else {
                // A pattern as well as a colour: the series differ in grey too.
                lxw_chart_pattern pattern {};
                pattern.type = LXW_CHART_PATTERN_WIDE_UPWARD_DIAGONAL;
                pattern.fg_color = colour;
                pattern.bg_color = 0xFFFFFF;
                chart_series_set_pattern(series, &pattern);
                lxw_chart_line border {};
                border.color = colour;
                chart_series_set_line(series, &border);
            }
        }
        lxw_chart_options options {};
        options.x_scale = 1.4;
        options.y_scale = chart.kind == ReportChart::Kind::HorizontalBar && chart.categories.size() > 8 ? 1.4 : 1.0;
        options.description = book.keep(chart.altText);
        worksheet_insert_chart_opt(sheet, tableRow, 5, excel, &options);
        // Leave room for the chart (about 15 rows at the default height, more when scaled).
        row = std::max(row, static_cast<lxw_row_t>(tableRow + 16 * options.y_scale)) + 1;
        ++number;
    }
}

} // namespace

QByteArray writeXlsx(const ReportDocument& document)
{
    QTemporaryDir folder;
    if (!folder.isValid()) {
        throw ReportError("no temporary folder for the spreadsheet");
    }
    const QString path = folder.filePath(QStringLiteral("report.xlsx"));
    {
        Workbook book(path);
        Formats formats;
        formats.title = workbook_add_format(book.get());
        format_set_bold(formats.title);
        format_set_font_size(formats.title, 14);
        formats.bold = workbook_add_format(book.get());
        format_set_bold(formats.bold);
        formats.percent = workbook_add_format(book.get());
        format_set_num_format(formats.percent, "0.0\"%\"");
        formats.right = workbook_add_format(book.get());
        format_set_align(formats.right, LXW_ALIGN_RIGHT);
        formats.wrap = workbook_add_format(book.get());
        format_set_text_wrap(formats.wrap);
        format_set_align(formats.wrap, LXW_ALIGN_VERTICAL_TOP);
        formats.top = workbook_add_format(book.get());
        format_set_align(formats.top, LXW_ALIGN_VERTICAL_TOP);

        lxw_doc_properties properties {};
        properties.title = book.keep(document.title);
        properties.author = book.keep(QStringLiteral("Hearth"));
        workbook_set_properties(book.get(), &properties);

        // Sheet names in the report's language, as Excel allows them (ReportLocale.h).
        QStringList sheets {sheetName(
            QCoreApplication::translate("hearth::reports", "Report", "spreadsheet sheet name: at most 31 characters"))};
        lxw_worksheet* sheet = book.addSheet(book.keep(sheets.constLast()));
        worksheet_set_column(sheet, 0, 0, 48, nullptr);
        worksheet_set_column(sheet, 1, 60, 12, nullptr);
        // A table of text sets the columns' widths, in characters, for the whole sheet.
        for (const auto& table : document.tables) {
            if (table.hasColumnWidths()) {
                for (qsizetype c = 0; c < table.columnWidths.size(); ++c) {
                    worksheet_set_column(sheet, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c),
                                         table.columnWidths.at(c), nullptr);
                }
                worksheet_set_landscape(sheet);
                worksheet_fit_to_pages(sheet, 1, 0); // printed one page wide

                break;
            }
        }
        lxw_row_t row = 0;
        worksheet_write_string(sheet, row++, 0, book.keep(document.title), formats.title);
        worksheet_write_string(sheet, row++, 0, book.keep(document.subtitle), nullptr);
        worksheet_write_string(sheet, row++, 0, book.keep(document.notice), formats.bold);
        int number = 1;
        for (const auto& table : document.tables) {
            ++row;
            worksheet_write_string(sheet, row++, 0, book.keep(table.title), formats.bold);
            writeTable(book, sheet, formats, row, table.columns, table.rows, QStringLiteral("Table%1").arg(number++),
                       table.hasColumnWidths() ? table.columnWidths : QList<double>());
            for (const auto& note : table.footnotes) {
                worksheet_write_string(sheet, row++, 0, book.keep(note), nullptr);
            }
        }
        if (!document.footnotes.isEmpty()) {
            ++row;
            worksheet_write_string(sheet, row++, 0, book.keep(QCoreApplication::translate("hearth::reports", "Notes")),
                                   formats.bold);
            for (const auto& note : document.footnotes) {
                worksheet_write_string(sheet, row++, 0, book.keep(note), nullptr);
            }
        }

        if (!document.charts.isEmpty()) {
            writeCharts(book, document, formats, sheets);
        }

        sheets.append(sheetName(QCoreApplication::translate("hearth::reports", "Definitions",
                                                            "spreadsheet sheet name: at most 31 characters"),
                                sheets));
        lxw_worksheet* definitions = book.addSheet(book.keep(sheets.constLast()));
        worksheet_set_column(definitions, 0, 0, 34, nullptr);
        worksheet_set_column(definitions, 1, 1, 44, nullptr);
        worksheet_set_column(definitions, 2, 2, 90, formats.wrap);
        QList<QList<ReportCell>> rows;
        for (const auto& definition : document.definitions) {
            rows.append({ReportCell::label(definition.id), ReportCell::label(definition.label),
                         ReportCell::label(definition.text)});
        }
        lxw_row_t definitionRow = 0;
        writeTable(book, definitions, formats, definitionRow,
                   {QCoreApplication::translate("hearth::reports", "Id"),
                    QCoreApplication::translate("hearth::reports", "Indicator"),
                    QCoreApplication::translate("hearth::reports", "Definition")},
                   rows, QStringLiteral("Definitions"));
        book.close();
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        throw ReportError("the spreadsheet could not be read back");
    }
    return file.readAll();
}

} // namespace hearth::reports
