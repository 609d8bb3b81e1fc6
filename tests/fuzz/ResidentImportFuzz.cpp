// libFuzzer target for the resident CSV import as the wizard and `hearth-cli import residents` run
// it: read the CSV, propose a mapping from its header, check the mapping and preview every row
// against a fixed set of wards and officers. Any bytes must give a preview or a CsvError.
#include "FuzzSupport.h"
#include "ResidentImport.h"

namespace {

const hearth::import::ImportLookups& lookups()
{
    static const hearth::import::ImportLookups held {{{QStringLiteral("E05000001"), QStringLiteral("Riverside"), {}},
                                                      {QStringLiteral("E05000002"), QStringLiteral("Hill Top"), {}}},
                                                     {{QStringLiteral("0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b"),
                                                       QStringLiteral("Alex Officer"),
                                                       QStringLiteral("officer"),
                                                       {},
                                                       {}}},
                                                     hearth::fuzz::fuzzNow().date(),
                                                     {}};
    return held;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace hearth::import;
    hearth::CsvTable table;
    try {
        table = hearth::parseCsv(hearth::fuzz::bytes(data, size));
    } catch (const hearth::CsvError&) {
        return 0;
    }
    const ImportMapping mapping = proposeMapping(table.header);
    (void)checkMapping(table.header, mapping);
    const ImportPreview preview = previewImport(table, mapping, lookups());
    if (preview.mappingErrors.isEmpty() && preview.validCount() + preview.invalidCount() != preview.rows.size()) {
        hearth::fuzz::finding("a previewed row is neither valid nor invalid");
    }
    for (const auto& issue : preview.issues) {
        (void)issue.text();
    }
    // The mapping file written for this header must read back as the same mapping.
    if (ImportMapping::fromJson(mapping.toJson()) != mapping) {
        std::fprintf(stderr, "%s\nread back as\n%s\n", mapping.toJson().constData(),
                     ImportMapping::fromJson(mapping.toJson()).toJson().constData());
        hearth::fuzz::finding("a proposed mapping does not survive its own file");
    }
    return 0;
}
