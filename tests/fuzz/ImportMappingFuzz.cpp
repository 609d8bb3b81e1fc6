// libFuzzer target for the import mapping file (`hearth-cli import residents --mapping FILE`, and
// the mapping the wizard remembers in the settings): any bytes must give a mapping or an
// ImportError; a mapping read must check and preview against the template without crashing, and
// write back to a file that reads as the same mapping.
#include "FuzzSupport.h"
#include "ResidentImport.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace hearth::import;
    ImportMapping mapping;
    try {
        mapping = ImportMapping::fromJson(hearth::fuzz::bytes(data, size));
    } catch (const ImportError&) {
        return 0;
    }
    if (ImportMapping::fromJson(mapping.toJson()) != mapping) {
        hearth::fuzz::finding("a mapping read does not survive being written back");
    }
    static const hearth::CsvTable templateTable = hearth::parseCsv(residentTemplateCsv().toUtf8());
    static const ImportLookups lookups {
        {{QStringLiteral("E05000001"), QStringLiteral("Riverside"), {}}}, {}, hearth::fuzz::fuzzNow().date(), {}};
    (void)checkMapping(templateTable.header, mapping);
    (void)previewImport(templateTable, mapping, lookups);
    (void)proposeMapping(templateTable.header, mapping);
    return 0;
}
