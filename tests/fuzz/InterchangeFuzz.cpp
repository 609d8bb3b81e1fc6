// libFuzzer target for Hearth's JSON interchange import (`hearth-cli import json FILE`): any bytes
// imported into an empty database must import whole or throw a storage Error and change nothing;
// what is imported must pass the database's integrity and foreign key checks.
//
// Migrating a new database costs far more than an import, so a refused input leaves the same
// empty in-memory database to the next (which the target checks), and only an input that imports
// is followed by a new one.
#include "FuzzSupport.h"
#include "Interchange.h"
#include "Store.h"

#include <memory>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace hearth::storage;
    static const hearth::FixedClock clock(hearth::fuzz::fuzzNow());
    static auto store = std::make_unique<Store>(QStringLiteral(":memory:"), Store::OpenMode::CreateNew, clock);
    static const QByteArray empty = dumpJson(*store);
    try {
        (void)importJson(*store, hearth::fuzz::bytes(data, size));
    } catch (const Error& error) {
        hearth::fuzz::refused(error.what());
        if (dumpJson(*store) != empty) {
            hearth::fuzz::finding("a refused interchange file changed the database");
        }
        return 0;
    }
    if (const QStringList problems = store->check(); !problems.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(problems.join(QLatin1Char('\n'))));
        hearth::fuzz::finding("an imported interchange file left the database failing its checks");
    }
    (void)exportJson(*store);
    store = std::make_unique<Store>(QStringLiteral(":memory:"), Store::OpenMode::CreateNew, clock);
    return 0;
}
