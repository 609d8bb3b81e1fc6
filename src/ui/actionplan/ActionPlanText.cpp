#include "ActionPlanText.h"

#include "Vocabulary.h"

namespace hearth::ui {

QString actionStatusLabel(const QString& status)
{
    return vocab::actionStatuses().label(status); // translated there
}

QColor actionStatusColour(const QString& status)
{
    if (status == QLatin1String("on_track")) {
        return QColor(0xd4, 0xed, 0xda); // green
    }
    if (status == QLatin1String("at_risk")) {
        return QColor(0xff, 0xe8, 0xb3); // amber
    }
    if (status == QLatin1String("off_track")) {
        return QColor(0xf8, 0xd0, 0xd0); // red
    }
    if (status == QLatin1String("complete")) {
        return QColor(0xd0, 0xe2, 0xf5); // blue
    }
    return QColor(0xe8, 0xe8, 0xe8); // not started: grey
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
