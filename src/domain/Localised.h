#pragma once

#include <QCoreApplication>
#include <QString>

#include <map>
#include <memory>
#include <mutex>

namespace hearth {

// A table of definitions whose text is translated (instruments, KPIs) built once per language:
// the table is rebuilt when `sentinel`, a message of the table, translates differently (a
// translator was installed or removed). Earlier tables are kept, so a reference or pointer into
// one stays valid for the life of the program.
template <auto Build>
const auto& perLanguage(const char* context, const char* sentinel)
{
    using Table = decltype(Build());
    static std::mutex mutex;
    static std::map<QString, std::unique_ptr<const Table>> tables;
    const QString key = QCoreApplication::translate(context, sentinel);
    const std::lock_guard lock(mutex);
    auto& table = tables[key];
    if (!table) {
        table = std::make_unique<const Table>(Build());
    }
    return *table;
}

} // namespace hearth
