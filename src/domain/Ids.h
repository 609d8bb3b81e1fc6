#pragma once

#include <QDateTime>
#include <QString>

#include <cstdint>
#include <optional>
#include <random>

namespace hearth {

// Makes UUIDv7 ids (RFC 9562): 48 bits of Unix milliseconds, then random bits, so ids sort by
// creation time and never clash between officers' databases. Seeded generators give the same ids
// for the same seed and times, which keeps demo data reproducible.
class IdGenerator
{
public:
    explicit IdGenerator(std::optional<std::uint64_t> seed = std::nullopt);

    QString next(const QDateTime& at);

private:
    std::mt19937_64 m_random;
    qint64 m_lastMillis = -1; // the clock's time at the last id
    qint64 m_stampMillis = -1; // the time written into the last id: ahead of the clock after a counter overflow
    std::uint16_t m_counter = 0;
};

QString makeUuidV7(qint64 unixMillis, std::uint16_t randA12, std::uint64_t randB62);
bool isUuid(const QString& text);
// The millisecond timestamp inside a UUIDv7, or nullopt for anything else.
std::optional<qint64> uuidV7Millis(const QString& id);

} // namespace hearth
