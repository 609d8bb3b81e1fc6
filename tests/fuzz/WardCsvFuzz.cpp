// libFuzzer target for the ward CSV (`hearth-cli council wards import FILE`, the settings page): any
// bytes must give wards or problems, never both, and every ward taken must be valid.
#include "FuzzSupport.h"
#include "WardCsv.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const hearth::WardCsv csv = hearth::parseWardCsv(hearth::fuzz::bytes(data, size), QStringLiteral("wards.csv"));
    if (!csv.ok() && !csv.wards.isEmpty()) {
        hearth::fuzz::finding("a ward file with problems still gave wards");
    }
    for (const auto& ward : csv.wards) {
        if (!ward.validate().isEmpty()) {
            hearth::fuzz::finding("a ward taken from the file is not valid");
        }
    }
    for (const auto& problem : csv.problems) {
        (void)problem.text();
    }
    return 0;
}
