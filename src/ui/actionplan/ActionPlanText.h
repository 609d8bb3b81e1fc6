#pragma once

#include "StatusColours.h"

#include <QColor>
#include <QPalette>
#include <QString>

namespace hearth::ui {

// How the action plan's statuses look on screen: the label (always shown, so colour is never the
// only cue) and a background colour for it: light on a light palette, deep on a dark one; the
// text on it is colours::textOn(background).
QString actionStatusLabel(const QString& status);
QColor actionStatusColour(const QString& status); // for the application's palette
QColor actionStatusColour(const QString& status, const QPalette& palette);
// The start of a commentary on one line, ending in "…" when cut.
QString commentaryStart(const QString& commentary, int length = 60);

} // namespace hearth::ui
