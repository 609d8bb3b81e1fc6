// libFuzzer target for Hearth's JSON interchange import (`hearth-cli import json FILE`): any bytes
// imported into a new database must import whole or throw a storage Error and change nothing; what
// is imported must pass the database's integrity and foreign key checks.
#include "FuzzSupport.h"
#include "Interchange.h"
#include "Store.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace hearth::storage;
    static const hearth::FixedClock clock(hearth::fuzz::fuzzNow());
    Store store(QStringLiteral(":memory:"), Store::OpenMode::CreateNew, clock);
    const QByteArray before = dumpJson(store);
    try {
        (void)importJson(store, hearth::fuzz::bytes(data, size));
    } catch (const Error& error) {
        hearth::fuzz::refused(error.what());
        if (dumpJson(store) != before) {
            hearth::fuzz::finding("a refused interchange file changed the database");
        }
        return 0;
    }
    if (!store.check().isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(store.check().join(QLatin1Char('\n'))));
        hearth::fuzz::finding("an imported interchange file left the database failing its checks");
    }
    (void)exportJson(store);
    return 0;
}
