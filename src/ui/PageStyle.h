#pragma once

#include "StatusColours.h"

class QLabel;
class QWidget;

namespace hearth::ui {

// The few type styles the pages share, so headings and figures look alike on every page. Sizes are
// relative to the widget's own font (the system font), never fixed in points or pixels.
void styleHeading(QLabel* label);
void styleFigure(QLabel* label);

// Text in a status tone (an error, a check that passed, a closed case) in a colour chosen from
// the palette, readable on a light, dark or high-contrast theme (docs/accessibility.md). The
// words say the status; the colour only repeats it. clearTone() returns to the palette's text.
void styleTone(QLabel* label, colours::Tone tone, bool bold = false);
void clearTone(QLabel* label);

} // namespace hearth::ui
