// libFuzzer target for the CSV reader, the first parser of outside data in the import: any bytes
// must give a table or a CsvError, never a crash, hang or sanitizer report.
//
//   scripts/fuzz.sh csv [SECONDS]   (docs/fuzzing.md)
#include "Csv.h"
#include "FuzzSupport.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes = hearth::fuzz::bytes(data, size);
    for (const auto& options : {hearth::CsvOptions {}, hearth::CsvOptions {QLatin1Char(';')}}) {
        try {
            const hearth::CsvTable table = hearth::parseCsv(bytes, options);
            for (const auto& row : table.rows) {
                (void)hearth::csvLine(row.fields, table.delimiter);
            }
        } catch (const hearth::CsvError&) {
        }
    }
    return 0;
}
