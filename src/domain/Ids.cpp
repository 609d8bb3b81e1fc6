#include "Ids.h"

#include <QRegularExpression>

namespace hearth {

IdGenerator::IdGenerator(std::optional<std::uint64_t> seed)
    : m_random(seed ? *seed : std::random_device {}() ^ (std::uint64_t(std::random_device {}()) << 32))
{
}

QString IdGenerator::next(const QDateTime& at)
{
    const qint64 millis = qMax<qint64>(0, at.toMSecsSinceEpoch());
    // Within one millisecond, rand_a counts up from a random start so ids stay ordered (RFC 9562
    // §6.2 method 1). When the counter runs out, the timestamp moves one millisecond ahead of the
    // clock (§6.2 allows this) and counting goes on there until the clock catches up. A clock that
    // goes back is followed, so an id made for a past time carries that time; it is still unique
    // because the random tail differs.
    if (millis < m_lastMillis || millis > m_stampMillis) {
        m_stampMillis = millis;
        m_counter = static_cast<std::uint16_t>(m_random() & 0x07FF);
    } else if (m_counter < 0x0FFF) {
        ++m_counter;
    } else {
        ++m_stampMillis;
        m_counter = static_cast<std::uint16_t>(m_random() & 0x07FF);
    }
    m_lastMillis = millis;
    return makeUuidV7(m_stampMillis, m_counter, m_random());
}

QString makeUuidV7(qint64 unixMillis, std::uint16_t randA12, std::uint64_t randB62)
{
    const auto ms = static_cast<std::uint64_t>(unixMillis) & 0xFFFFFFFFFFFFULL;
    const std::uint64_t high = (ms << 16) | (0x7ULL << 12) | (randA12 & 0x0FFFULL);
    const std::uint64_t low = (0x2ULL << 62) | (randB62 & 0x3FFFFFFFFFFFFFFFULL);
    const auto hex = QStringLiteral("%1%2").arg(high, 16, 16, QLatin1Char('0')).arg(low, 16, 16, QLatin1Char('0'));
    return hex.left(8) + QLatin1Char('-') + hex.mid(8, 4) + QLatin1Char('-') + hex.mid(12, 4) + QLatin1Char('-')
        + hex.mid(16, 4) + QLatin1Char('-') + hex.mid(20, 12);
}

bool isUuid(const QString& text)
{
    static const QRegularExpression shape(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\z"));
    return shape.match(text).hasMatch();
}

std::optional<qint64> uuidV7Millis(const QString& id)
{
    if (!isUuid(id) || id.at(14) != QLatin1Char('7')) {
        return std::nullopt;
    }
    bool ok = false;
    const qint64 millis = (id.left(8) + id.mid(9, 4)).toLongLong(&ok, 16);
    return ok ? std::optional<qint64>(millis) : std::nullopt;
}

} // namespace hearth
