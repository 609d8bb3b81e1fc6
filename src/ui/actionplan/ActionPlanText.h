#pragma once

#include <QColor>
#include <QString>

namespace hearth::ui {

// How the action plan's statuses look on screen: the label (always shown, so colour is never the
// only cue) and a light background colour that dark text stays readable on.
QString actionStatusLabel(const QString& status);
QColor actionStatusColour(const QString& status);
// The start of a commentary on one line, ending in "…" when cut.
QString commentaryStart(const QString& commentary, int length = 60);

} // namespace hearth::ui
