#include "UiLog.h"

namespace hearth::ui {

std::shared_ptr<spdlog::logger> uiLog()
{
    static const auto logger = namedLog("hearth.ui");
    return logger;
}

} // namespace hearth::ui
