#pragma once

#include "ReportLocale.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace hearth::reports {

// A neutral report: what every export writer (CSV, XLSX, ODT, HTML, PDF) takes. KPI tables and the
// action-plan report build one of these; the writers know nothing of KPIs.

struct ReportCell
{
    enum class Kind {
        Text, // a label (the first column of a row is its row header)
        Count, // a whole number
        Percent, // a percentage, one decimal
        Suppressed, // hidden for publication: "*"
        Empty, // nothing to show (the figure does not apply)
    };
    Kind kind = Kind::Empty;
    QString text;
    double number = 0;

    static ReportCell label(const QString& text) { return {Kind::Text, text, 0}; }
    static ReportCell count(qint64 value) { return {Kind::Count, {}, static_cast<double>(value)}; }
    // nullopt (no denominator) shows "n/a" (translated: "d/b" in Welsh).
    static ReportCell percent(std::optional<double> value);
    static ReportCell suppressed() { return {Kind::Suppressed, {}, 0}; }
    static ReportCell empty() { return {}; }

    bool isNumber() const { return kind == Kind::Count || kind == Kind::Percent; }
    // As printed: "12", "45.5%", "*", "n/a", "".
    QString display() const;
};

struct ReportTable
{
    QString title; // the heading above the table and its caption
    QStringList columns; // the header row
    QList<QList<ReportCell>> rows; // each as long as columns; the first cell heads the row
    QStringList footnotes; // printed under the table
    // Optional, one per column: relative widths for a table of text (the action plan), whose text
    // cells are then left-aligned and wrapped. Empty: a wide first column and equal figure columns.
    QList<double> columnWidths;

    bool hasColumnWidths() const { return !columnWidths.isEmpty() && columnWidths.size() == columns.size(); }
};

struct ReportDefinition
{
    QString id;
    QString label;
    QString text;
};

// A chart, described neutrally: each writer draws it its own way (reports/ChartImage renders a PNG;
// the Reports page builds a Qt chart). Values are cells, so that a suppressed figure is never
// drawn as a number: a bar is left out and "*" printed in its place; "n/a" likewise.
struct ReportSeries
{
    QString name;
    QList<ReportCell> values; // one per category
};

struct ReportChart
{
    enum class Kind {
        Bar, // vertical bars, one group per category (quarters along the bottom)
        HorizontalBar, // one bar per category, labels on the left (statuses, categories)
        Line, // a line over the categories (a rate over quarters)
    };
    Kind kind = Kind::Bar;
    QString id; // stable: "referrals_by_status"; names the image file
    QString title;
    QString valueLabel; // the value axis: "Residents", "Per cent"
    bool percent = false; // the values are percentages: the axis runs from 0% to 100%
    QStringList categories;
    QList<ReportSeries> series;
    QString definition; // what the figures count (a tooltip on the page)
    QString altText; // every figure in words: the chart's text equivalent
    QStringList notes; // printed under the chart (what "*" means, the year span)

    bool hasSuppressed() const;
    // "Title. Series: category value, …; …" from the data, "*" for a suppressed figure.
    QString describe() const;
};

struct ReportDocument
{
    QString title;
    QString subtitle; // the period, in words
    bool forPublication = false;
    QString notice; // at the top: "Not for publication…" or the publication rule
    QList<ReportTable> tables;
    QList<ReportChart> charts; // drawn after the tables (not in CSV)
    QList<ReportDefinition> definitions; // printed after the tables (XLSX: their own sheet)
    QStringList footnotes; // printed at the end
    // The language it is written in, taken when it is made (reportLocale(): the application's):
    // the writers tag the file with it (HTML lang, ODT dc:language).
    QLocale locale = reportLocale();
};

} // namespace hearth::reports
