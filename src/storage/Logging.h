#pragma once

#include <QString>

#include <spdlog/spdlog.h>

#include <memory>

namespace hearth {

// Logging: one named spdlog logger per layer, all writing to one rotating file under the
// application-data folder. Log ids and counts, never names, notes or other personal data.
void initLogging(const QString& logDirectory, bool verbose);
std::shared_ptr<spdlog::logger> namedLog(const char* name);
std::shared_ptr<spdlog::logger> storageLog();

} // namespace hearth
