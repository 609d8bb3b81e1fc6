#include "PageStyle.h"

#include <QApplication>
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

void styleTone(QLabel* label, colours::Tone tone, bool bold)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, colours::toneText(tone, QApplication::palette(label)));
    label->setPalette(palette);
    QFont font = label->font();
    font.setBold(bold);
    label->setFont(font);
}

void clearTone(QLabel* label)
{
    label->setPalette(QPalette());
    label->setFont(QFont());
}

} // namespace hearth::ui
