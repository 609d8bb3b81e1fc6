#pragma once

#include <QIcon>

namespace hearth::ui {

// Hearth's application icon (resources/icons/hearth-*.png, drawn by make-icons.py).
QIcon appIcon();

} // namespace hearth::ui
