#pragma once

#include <QColor>
#include <QPalette>

#include <initializer_list>

// Colours that carry status (overdue, at risk, errors, action-plan chips, gaps), chosen against the
// palette in use so that they keep a readable contrast on a light, dark or high-contrast theme.
// Colour only ever repeats what the text says; these functions only keep that text readable.
namespace hearth::colours {

// WCAG 2.1 relative luminance (0 black … 1 white) and contrast ratio (1 … 21).
double relativeLuminance(const QColor& colour);
double contrastRatio(const QColor& a, const QColor& b);

// The smallest contrast for normal text under WCAG 2.1 AA.
inline constexpr double kMinimumTextContrast = 4.5;

// Whether the palette's window colour is dark (a dark or high-contrast dark theme).
bool isDark(const QPalette& palette);

// `wanted`, moved towards black or white just far enough to reach `minimum` contrast with every
// one of `backgrounds`; black or white (whichever reads better) if no shade of it can.
QColor readableOn(const QColor& wanted, std::initializer_list<QColor> backgrounds,
                  double minimum = kMinimumTextContrast);

// Black or white, whichever has the higher contrast with `background`.
QColor textOn(const QColor& background);

enum class Tone {
    Problem, // errors, overdue, at risk
    Good, // a check passed
    Muted, // closed cases
};

// The text colour of a tone on the palette's window and base (labels and table cells).
QColor toneText(Tone tone, const QPalette& palette);

// A status chip's background: `light` on a light palette, a deep shade of it on a dark one.
QColor chipBackground(const QColor& light, const QPalette& palette);

} // namespace hearth::colours
