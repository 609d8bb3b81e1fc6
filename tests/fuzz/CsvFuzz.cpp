// libFuzzer target for the CSV reader, the first parser of outside data in the import: any bytes
// must give a table or a CsvError, never a crash, hang or sanitizer report.
//
//   cmake -DHEARTH_BUILD_FUZZ=ON -DCMAKE_CXX_COMPILER=clang++ ... && ./hearth_csv_fuzz -max_total_time=60
#include "Csv.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
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
