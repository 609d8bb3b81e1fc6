#include "ChartImage.h"

#include "ReportWriters.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace hearth::reports {

namespace {

constexpr qreal kWidth = 480; // points
constexpr qreal kMargin = 8;
constexpr qreal kRowHeight = 17; // a horizontal bar's row
constexpr qreal kPlotHeight = 170; // vertical bars and lines

// Okabe-Ito colours (told apart by most colour-blind readers); the patterns tell them apart too.
const QColor kColours[] = {QColor(0x00, 0x72, 0xB2), QColor(0xE6, 0x9F, 0x00), QColor(0x00, 0x9E, 0x73)};
const QColor kInk(0x1A, 0x1A, 0x1A);
const QColor kGrid(0xD0, 0xD0, 0xD0);

QFont font(qreal points, bool bold = false)
{
    QFont f(QStringLiteral("Liberation Sans"));
    f.setStyleHint(QFont::SansSerif);
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

// Layout is in points: text is measured and drawn on a device of 72 dots per inch, so that a
// point is a unit; the painter then scales to the picture's pixels.
constexpr int kDotsPerMeterAt72Dpi = 2835;

const QPaintDevice* pointDevice()
{
    static const QImage device = [] {
        QImage image(1, 1, QImage::Format_RGB32);
        image.setDotsPerMeterX(kDotsPerMeterAt72Dpi);
        image.setDotsPerMeterY(kDotsPerMeterAt72Dpi);
        return image;
    }();
    return &device;
}

QFontMetricsF metricsOf(const QFont& f)
{
    return QFontMetricsF(f, pointDevice());
}

QColor colour(qsizetype series)
{
    return kColours[series % 3];
}

// Series 0 solid, series 1 hatched, series 2 cross-hatched: distinguishable in grey too.
QBrush fill(qsizetype series)
{
    if (series % 3 == 0) {
        return colour(series);
    }
    QBrush brush(colour(series), series % 3 == 1 ? Qt::BDiagPattern : Qt::DiagCrossPattern);
    return brush;
}

struct Axis
{
    qreal top = 4;
    qreal step = 1;
};

// A value axis from 0 with 1, 2 or 5 x 10^n steps, about five of them.
Axis niceAxis(qreal highest, bool percent)
{
    if (percent) {
        return {100, 20};
    }
    highest = std::max<qreal>(highest, 4);
    const qreal rough = highest / 5;
    const qreal magnitude = std::pow(10, std::floor(std::log10(rough)));
    qreal step = magnitude;
    for (const qreal factor : {1.0, 2.0, 5.0, 10.0}) {
        step = factor * magnitude;
        if (step >= rough) {
            break;
        }
    }
    step = std::max<qreal>(step, 1);
    return {std::ceil(highest / step) * step, step};
}

bool isPercent(const ReportChart& chart)
{
    if (chart.percent) {
        return true;
    }
    for (const auto& series : chart.series) {
        for (const auto& value : series.values) {
            if (value.kind == ReportCell::Kind::Percent) {
                return true;
            }
        }
    }
    return false;
}

qreal highestValue(const ReportChart& chart)
{
    qreal highest = 0;
    for (const auto& series : chart.series) {
        for (const auto& value : series.values) {
            if (value.isNumber()) {
                highest = std::max(highest, value.number);
            }
        }
    }
    return highest;
}

ReportCell valueAt(const ReportSeries& series, qsizetype index)
{
    return index < series.values.size() ? series.values[index] : ReportCell::empty();
}

// What stands where a figure is not drawn: "*" (suppressed), "n/a" or "–".
QString placeholder(const ReportCell& cell)
{
    const QString shown = cell.display();
    return shown.isEmpty() ? QStringLiteral("–") : shown;
}

QString axisNumber(qreal value, bool percent)
{
    return QString::number(static_cast<qint64>(std::llround(value))) + (percent ? QStringLiteral("%") : QString());
}

qreal legendHeight(const ReportChart& chart)
{
    return chart.series.size() > 1 ? 16 : 0;
}

void drawLegend(QPainter& painter, const ReportChart& chart, qreal y)
{
    if (chart.series.size() < 2) {
        return;
    }
    painter.setFont(font(8));
    const QFontMetricsF metrics = metricsOf(painter.font());
    qreal x = kMargin;
    for (qsizetype s = 0; s < chart.series.size(); ++s) {
        const QRectF swatch(x, y + 2, 18, 10);
        if (chart.kind == ReportChart::Kind::Line) {
            painter.setPen(QPen(colour(s), 2, s == 0 ? Qt::SolidLine : Qt::DashLine));
            painter.drawLine(QPointF(swatch.left(), swatch.center().y()), QPointF(swatch.right(), swatch.center().y()));
        } else {
            painter.setPen(QPen(colour(s), 1));
            painter.setBrush(fill(s));
            painter.drawRect(swatch);
        }
        painter.setPen(kInk);
        painter.setBrush(Qt::NoBrush);
        const QString name = chart.series[s].name;
        painter.drawText(QPointF(swatch.right() + 4, y + 11), name);
        x = swatch.right() + 4 + metrics.horizontalAdvance(name) + 16;
    }
}

// Bars up from the bottom or a line, one slot per category.
void drawVertical(QPainter& painter, const ReportChart& chart, const QRectF& area)
{
    const bool percent = isPercent(chart);
    const Axis axis = niceAxis(highestValue(chart), percent);
    painter.setFont(font(7.5));
    const QFontMetricsF small = metricsOf(painter.font());
    qreal labelWidth = 0;
    for (qreal v = 0; v <= axis.top + 0.5 * axis.step; v += axis.step) {
        labelWidth = std::max(labelWidth, small.horizontalAdvance(axisNumber(v, percent)));
    }
    const qreal titleRoom = chart.valueLabel.isEmpty() ? 0 : 14;
    const QRectF plot(area.left() + titleRoom + labelWidth + 6, area.top() + 10,
                      area.width() - titleRoom - labelWidth - 6, kPlotHeight);
    const auto yOf = [&](qreal value) { return plot.bottom() - plot.height() * value / axis.top; };

    // The value axis: grid lines and their figures, and its title turned on its side.
    for (qreal v = 0; v <= axis.top + 0.5 * axis.step; v += axis.step) {
        const qreal y = yOf(v);
        painter.setPen(QPen(v == 0 ? kInk : kGrid, v == 0 ? 1 : 0.5));
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(kInk);
        painter.drawText(QRectF(plot.left() - labelWidth - 10, y - 6, labelWidth + 4, 12),
                         Qt::AlignRight | Qt::AlignVCenter, axisNumber(v, percent));
    }
    if (!chart.valueLabel.isEmpty()) {
        painter.save();
        painter.translate(area.left() + 9, plot.center().y());
        painter.rotate(-90);
        painter.drawText(QRectF(-plot.height() / 2, -6, plot.height(), 12), Qt::AlignCenter, chart.valueLabel);
        painter.restore();
    }

    const qsizetype slotCount = std::max<qsizetype>(chart.categories.size(), 1);
    const qreal slot = plot.width() / static_cast<qreal>(slotCount);
    for (qsizetype c = 0; c < chart.categories.size(); ++c) {
        painter.setPen(kInk);
        painter.drawText(QRectF(plot.left() + slot * static_cast<qreal>(c), plot.bottom() + 3, slot, 24),
                         Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, chart.categories[c]);
    }

    const qsizetype count = chart.series.size();
    if (chart.kind == ReportChart::Kind::Line) {
        for (qsizetype s = 0; s < count; ++s) {
            const ReportSeries& series = chart.series[s];
            QPainterPath path;
            bool drawing = false;
            QList<QPointF> points;
            for (qsizetype c = 0; c < chart.categories.size(); ++c) {
                const ReportCell value = valueAt(series, c);
                const qreal x = plot.left() + slot * (static_cast<qreal>(c) + 0.5);
                if (!value.isNumber()) {
                    drawing = false; // a gap: nothing is joined across a hidden or missing figure
                    painter.setPen(kInk);
                    painter.drawText(QRectF(x - slot / 2, plot.bottom() - 14, slot, 12), Qt::AlignCenter,
                                     placeholder(value));
                    continue;
                }
                const QPointF point(x, yOf(value.number));
                if (drawing) {
                    path.lineTo(point);
                } else {
                    path.moveTo(point);
                }
                drawing = true;
                points.append(point);
                painter.setPen(kInk);
                painter.drawText(QRectF(x - slot / 2, point.y() - 17, slot, 12), Qt::AlignCenter, value.display());
            }
            painter.setPen(QPen(colour(s), 2, s == 0 ? Qt::SolidLine : Qt::DashLine));
            painter.setBrush(Qt::NoBrush);
            painter.drawPath(path);
            painter.setBrush(colour(s));
            painter.setPen(QPen(Qt::white, 1));
            for (const QPointF& point : points) {
                if (s % 2 == 0) {
                    painter.drawEllipse(point, 3.5, 3.5);
                } else {
                    painter.drawRect(QRectF(point.x() - 3.5, point.y() - 3.5, 7, 7));
                }
            }
        }
        return;
    }

    const qreal groupWidth = slot * 0.8;
    const qreal barWidth = groupWidth / static_cast<qreal>(std::max<qsizetype>(count, 1));
    painter.setFont(font(count > 1 ? 6.5 : 7.5));
    for (qsizetype c = 0; c < chart.categories.size(); ++c) {
        for (qsizetype s = 0; s < count; ++s) {
            const ReportCell value = valueAt(chart.series[s], c);
            const qreal x =
                plot.left() + slot * static_cast<qreal>(c) + (slot - groupWidth) / 2 + barWidth * static_cast<qreal>(s);
            const QRectF label(x - 6, 0, barWidth + 12, 11);
            painter.setPen(kInk);
            if (!value.isNumber()) {
                painter.drawText(label.translated(0, plot.bottom() - 12), Qt::AlignCenter, placeholder(value));
                continue;
            }
            const QRectF bar(x + 0.5, yOf(value.number), barWidth - 1, plot.bottom() - yOf(value.number));
            painter.setPen(QPen(colour(s), 1));
            painter.setBrush(fill(s));
            painter.drawRect(bar);
            painter.setBrush(Qt::NoBrush);
            painter.setPen(kInk);
            painter.drawText(label.translated(0, bar.top() - 12), Qt::AlignCenter, value.display());
        }
    }
}

// One bar per category, labels on the left, the figure at the end of each bar.
void drawHorizontal(QPainter& painter, const ReportChart& chart, const QRectF& area)
{
    const bool percent = isPercent(chart);
    const Axis axis = niceAxis(highestValue(chart), percent);
    painter.setFont(font(8));
    const QFontMetricsF metrics = metricsOf(painter.font());
    qreal labelWidth = 0;
    for (const auto& category : chart.categories) {
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(category));
    }
    labelWidth = std::min(labelWidth, area.width() * 0.4);
    const qreal rows = static_cast<qreal>(std::max<qsizetype>(chart.categories.size(), 1));
    const QRectF plot(area.left() + labelWidth + 8, area.top(), area.width() - labelWidth - 8 - 24, rows * kRowHeight);
    const auto xOf = [&](qreal value) { return plot.left() + plot.width() * value / axis.top; };

    painter.setFont(font(7.5));
    for (qreal v = 0; v <= axis.top + 0.5 * axis.step; v += axis.step) {
        const qreal x = xOf(v);
        painter.setPen(QPen(v == 0 ? kInk : kGrid, v == 0 ? 1 : 0.5));
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        painter.setPen(kInk);
        painter.drawText(QRectF(x - 20, plot.bottom() + 2, 40, 12), Qt::AlignCenter, axisNumber(v, percent));
    }
    if (!chart.valueLabel.isEmpty()) {
        painter.drawText(QRectF(plot.left(), plot.bottom() + 14, plot.width(), 12), Qt::AlignCenter, chart.valueLabel);
    }

    const ReportSeries empty;
    const ReportSeries& series = chart.series.isEmpty() ? empty : chart.series.first();
    for (qsizetype c = 0; c < chart.categories.size(); ++c) {
        const qreal top = plot.top() + kRowHeight * static_cast<qreal>(c);
        painter.setFont(font(8));
        painter.setPen(kInk);
        painter.drawText(QRectF(area.left(), top, labelWidth, kRowHeight), Qt::AlignRight | Qt::AlignVCenter,
                         metrics.elidedText(chart.categories[c], Qt::ElideRight, labelWidth));
        const ReportCell value = valueAt(series, c);
        painter.setFont(font(7.5));
        if (!value.isNumber()) {
            painter.drawText(QRectF(plot.left() + 3, top, 40, kRowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                             placeholder(value));
            continue;
        }
        const QRectF bar(plot.left(), top + 3, xOf(value.number) - plot.left(), kRowHeight - 6);
        painter.setPen(QPen(colour(0), 1));
        painter.setBrush(fill(0));
        painter.drawRect(bar);
        painter.setBrush(Qt::NoBrush);
        painter.setPen(kInk);
        painter.drawText(QRectF(bar.right() + 3, top, 40, kRowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                         value.display());
    }
}

qreal titleHeight(const ReportChart& chart)
{
    const QFontMetricsF metrics = metricsOf(font(10, true));
    const QRectF bounds = metrics.boundingRect(QRectF(0, 0, kWidth - 2 * kMargin, 200), Qt::TextWordWrap, chart.title);
    return bounds.height() + 6;
}

qreal plotHeight(const ReportChart& chart)
{
    if (chart.kind == ReportChart::Kind::HorizontalBar) {
        return static_cast<qreal>(std::max<qsizetype>(chart.categories.size(), 1)) * kRowHeight + 28;
    }
    return kPlotHeight + 10 + 28;
}

void requireGui()
{
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        throw ReportError("charts need a QGuiApplication (fonts)");
    }
}

} // namespace

QSizeF chartSize(const ReportChart& chart, bool withTitle)
{
    requireGui();
    return {kWidth, kMargin + (withTitle ? titleHeight(chart) : 0) + legendHeight(chart) + plotHeight(chart) + kMargin};
}

QImage renderChart(const ReportChart& chart, qreal scale, bool withTitle)
{
    const QSizeF size = chartSize(chart, withTitle);
    QImage image(static_cast<int>(std::ceil(size.width() * scale)), static_cast<int>(std::ceil(size.height() * scale)),
                 QImage::Format_RGB32);
    // Drawn in points (72 dots per inch, so a font's point is a unit), scaled to the pixels.
    image.setDotsPerMeterX(kDotsPerMeterAt72Dpi);
    image.setDotsPerMeterY(kDotsPerMeterAt72Dpi);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.scale(scale, scale);

    qreal y = kMargin;
    if (withTitle) {
        painter.setFont(font(10, true));
        painter.setPen(kInk);
        const qreal title = titleHeight(chart);
        painter.drawText(QRectF(kMargin, y, kWidth - 2 * kMargin, title), Qt::TextWordWrap, chart.title);
        y += title;
    }
    drawLegend(painter, chart, y);
    y += legendHeight(chart);
    const QRectF area(kMargin, y, kWidth - 2 * kMargin, plotHeight(chart));
    if (chart.kind == ReportChart::Kind::HorizontalBar) {
        drawHorizontal(painter, chart, area);
    } else {
        drawVertical(painter, chart, area);
    }
    painter.end();
    // The picture's true resolution, so that it prints at its size in points.
    image.setDotsPerMeterX(static_cast<int>(std::lround(kDotsPerMeterAt72Dpi * scale)));
    image.setDotsPerMeterY(image.dotsPerMeterX());
    return image;
}

QByteArray chartPng(const ReportChart& chart, qreal scale, bool withTitle)
{
    const QImage image = renderChart(chart, scale, withTitle);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG")) {
        throw ReportError("a chart could not be drawn as PNG");
    }
    return bytes;
}

} // namespace hearth::reports
