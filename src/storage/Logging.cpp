#include "Logging.h"

#include <QDir>

#include <spdlog/sinks/null_sink.h>
#include <spdlog/sinks/rotating_file_sink.h>

#include <mutex>

namespace hearth {

namespace {

std::mutex g_mutex;
spdlog::sink_ptr g_sink = std::make_shared<spdlog::sinks::null_sink_mt>();
spdlog::level::level_enum g_level = spdlog::level::info;

} // namespace

void initLogging(const QString& logDirectory, bool verbose)
{
    std::lock_guard lock(g_mutex);
    if (QDir().mkpath(logDirectory)) {
        try {
            g_sink = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                QDir(logDirectory).filePath(QStringLiteral("hearth.log")).toStdString(), 1024 * 1024, 3);
        } catch (const spdlog::spdlog_ex&) {
            // No log file (read-only home, say): carry on without one rather than refuse to start.
        }
    }
    g_level = verbose ? spdlog::level::debug : spdlog::level::info;
    spdlog::apply_all([](const std::shared_ptr<spdlog::logger>& logger) {
        logger->sinks().assign({g_sink});
        logger->set_level(g_level);
    });
}

std::shared_ptr<spdlog::logger> namedLog(const char* name)
{
    std::lock_guard lock(g_mutex);
    if (auto existing = spdlog::get(name)) {
        return existing;
    }
    auto logger = std::make_shared<spdlog::logger>(name, g_sink);
    logger->set_level(g_level);
    spdlog::register_logger(logger);
    return logger;
}

std::shared_ptr<spdlog::logger> storageLog()
{
    static const auto logger = namedLog("hearth.storage");
    return logger;
}

} // namespace hearth
