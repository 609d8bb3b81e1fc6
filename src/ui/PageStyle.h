#pragma once

class QLabel;

namespace hearth::ui {

// The few type styles the pages share, so headings and figures look alike on every page.
void styleHeading(QLabel* label);
void styleFigure(QLabel* label);

} // namespace hearth::ui
