#include "ActionPlanText.h"

#include "Vocabulary.h"

#include <QApplication>

namespace hearth::ui {

QString actionStatusLabel(const QString& status)
{
    return vocab::actionStatuses().label(status); // translated there
}

QColor actionStatusColour(const QString& status)
{
    return actionStatusColour(status, QApplication::palette());
}

QColor actionStatusColour(const QString& status, const QPalette& palette)
{
    QColor light(0xe8, 0xe8, 0xe8); // not started: grey
    if (status == QLatin1String("on_track")) {
        light = QColor(0xd4, 0xed, 0xda); // green
    } else if (status == QLatin1String("at_risk")) {
        light = QColor(0xff, 0xe8, 0xb3); // amber
    } else if (status == QLatin1String("off_track")) {
        light = QColor(0xf8, 0xd0, 0xd0); // red
    } else if (status == QLatin1String("complete")) {
        light = QColor(0xd0, 0xe2, 0xf5); // blue
    }
    return colours::chipBackground(light, palette);
}

QString commentaryStart(const QString& commentary, int length)
{
    const QString flat = commentary.simplified();
    if (flat.size() <= length) {
        return flat;
    }
    return flat.left(length).trimmed() + QStringLiteral("…");
}

} // namespace hearth::ui
