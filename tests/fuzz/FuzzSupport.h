#pragma once

// Shared by the fuzz targets: the bytes as Qt types, a fixed clock, and a finding that is not a
// crash (a broken invariant) reported the way libFuzzer and the corpus replay both notice: abort.

#include <QByteArray>
#include <QDateTime>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace hearth::fuzz {

inline QByteArray bytes(const std::uint8_t* data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
}

// The moment every target's clock stands at, so that a finding replays the same way.
inline QDateTime fuzzNow()
{
    return QDateTime(QDate(2026, 12, 1), QTime(10, 0), Qt::UTC);
}

// With HEARTH_FUZZ_VERBOSE set, says why an input was refused (to see how far a seed gets).
inline void refused(const char* what)
{
    static const bool verbose = qEnvironmentVariableIsSet("HEARTH_FUZZ_VERBOSE");
    if (verbose) {
        std::fprintf(stderr, "refused: %s\n", what);
    }
}

[[noreturn]] inline void finding(const char* what)
{
    std::fprintf(stderr, "fuzz finding: %s\n", what);
    std::abort();
}

} // namespace hearth::fuzz
