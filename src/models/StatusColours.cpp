#include "StatusColours.h"

#include <algorithm>
#include <cmath>

namespace hearth::colours {

namespace {

double channel(double value)
{
    return value <= 0.04045 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
}

QColor mix(const QColor& from, const QColor& to, double share)
{
    const auto blend = [share](double a, double b) { return a + (b - a) * share; };
    return QColor::fromRgbF(static_cast<float>(blend(from.redF(), to.redF())),
                            static_cast<float>(blend(from.greenF(), to.greenF())),
                            static_cast<float>(blend(from.blueF(), to.blueF())));
}

double worstContrast(const QColor& colour, std::initializer_list<QColor> backgrounds)
{
    double worst = 21.0;
    for (const QColor& background : backgrounds) {
        worst = std::min(worst, contrastRatio(colour, background));
    }
    return worst;
}

} // namespace

double relativeLuminance(const QColor& colour)
{
    const QColor rgb = colour.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

double contrastRatio(const QColor& a, const QColor& b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

bool isDark(const QPalette& palette)
{
    return relativeLuminance(palette.color(QPalette::Window)) < 0.2;
}

QColor readableOn(const QColor& wanted, std::initializer_list<QColor> backgrounds, double minimum)
{
    if (worstContrast(wanted, backgrounds) >= minimum) {
        return wanted;
    }
    double darkest = 1.0;
    for (const QColor& background : backgrounds) {
        darkest = std::min(darkest, relativeLuminance(background));
    }
    // Away from the backgrounds: lighter on dark ones, darker on light ones.
    const QColor extreme = darkest < 0.18 ? QColor(Qt::white) : QColor(Qt::black);
    for (int step = 1; step <= 20; ++step) {
        const QColor candidate = mix(wanted, extreme, step / 20.0);
        if (worstContrast(candidate, backgrounds) >= minimum) {
            return candidate;
        }
    }
    const QColor black(Qt::black);
    const QColor white(Qt::white);
    return worstContrast(black, backgrounds) >= worstContrast(white, backgrounds) ? black : white;
}

QColor textOn(const QColor& background)
{
    return contrastRatio(background, Qt::black) >= contrastRatio(background, Qt::white) ? QColor(Qt::black)
                                                                                        : QColor(Qt::white);
}

QColor toneText(Tone tone, const QPalette& palette)
{
    QColor wanted;
    switch (tone) {
    case Tone::Problem:
        wanted = isDark(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xa4, 0x1e, 0x1e);
        break;
    case Tone::Good:
        wanted = isDark(palette) ? QColor(0x81, 0xc7, 0x84) : QColor(0x1b, 0x5e, 0x20);
        break;
    case Tone::Muted:
        wanted = mix(palette.color(QPalette::Text), palette.color(QPalette::Base), 0.4);
        break;
    }
    return readableOn(
        wanted,
        {palette.color(QPalette::Window), palette.color(QPalette::Base), palette.color(QPalette::AlternateBase)});
}

QColor chipBackground(const QColor& light, const QPalette& palette)
{
    if (!isDark(palette)) {
        return light;
    }
    // The same hue, deep enough that white text on it reads well.
    QColor deep = light.toHsl();
    deep.setHslF(deep.hslHueF(), std::min(0.6f, deep.hslSaturationF()), 0.22f);
    return deep.toRgb();
}

} // namespace hearth::colours
