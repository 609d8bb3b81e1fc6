#pragma once

#include "Logging.h"

namespace hearth::ui {

// The GUI's logger, "hearth.ui". Log ids, counts and kinds of failure: never names or notes.
std::shared_ptr<spdlog::logger> uiLog();

} // namespace hearth::ui
