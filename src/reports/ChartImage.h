#pragma once

#include "ReportTable.h"

#include <QByteArray>
#include <QImage>
#include <QSizeF>

namespace hearth::reports {

// Draws a ReportChart with QPainter on a QImage (Qt Gui only; no Qt Charts, which needs Widgets),
// for the exports. The picture carries its meaning without colour: every bar and point is labelled
// with its figure, the series differ in pattern (solid, hatched) and marker as well as colour, and
// a suppressed figure is drawn as no bar with "*" in its place, never as a number.
// Text needs fonts, so a QGuiApplication must exist (ReportError otherwise).

// The chart's size in points (1/72 inch) as laid out: 480 wide, as tall as its categories need.
// `withTitle`: the title drawn at the top (exports give it as a heading and leave it out).
QSizeF chartSize(const ReportChart& chart, bool withTitle = false);
// The picture at `scale` pixels per point (2: sharp on paper at a page's width).
QImage renderChart(const ReportChart& chart, qreal scale = 2.0, bool withTitle = false);
// renderChart as PNG bytes.
QByteArray chartPng(const ReportChart& chart, qreal scale = 2.0, bool withTitle = false);

} // namespace hearth::reports
