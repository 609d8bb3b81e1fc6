#include "PageStyle.h"

#include <QLabel>

namespace hearth::ui {

namespace {

void scaleFont(QLabel* label, double factor)
{
    QFont font = label->font();
    if (font.pointSizeF() > 0) {
        font.setPointSizeF(font.pointSizeF() * factor);
    } else {
        font.setPixelSize(static_cast<int>(font.pixelSize() * factor));
    }
    font.setBold(true);
    label->setFont(font);
}

} // namespace

void styleHeading(QLabel* label)
{
    scaleFont(label, 1.6);
}

void styleFigure(QLabel* label)
{
    scaleFont(label, 2.4);
}

} // namespace hearth::ui
