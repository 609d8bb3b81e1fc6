#include "Ids.h"

#include "DomainTestHelpers.h"

#include <QSet>

using hearth::IdGenerator;
using hearth::isUuid;
using hearth::makeUuidV7;
using hearth::uuidV7Millis;

namespace {

QDateTime utc(int year, int month, int day, int hour, int minute, int second, int ms)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second, ms), Qt::UTC);
}

bool hasRfcVariant(const QString& id)
{
    // The variant is the top two bits of the 17th hex digit: 10xx, so 8, 9, a or b.
    return QStringLiteral("89ab").contains(id.at(19));
}

} // namespace

TEST_CASE("makeUuidV7 lays out the RFC 9562 test vector", "[ids]")
{
    // RFC 9562 Appendix A.6: unix_ts_ms 0x017F22E279B0, rand_a 0xCC3, rand_b 0x18C4DC0C0C07398F.
    const QString id = makeUuidV7(0x017F22E279B0LL, 0xCC3, 0x18C4DC0C0C07398FULL);
    CHECK(id == QStringLiteral("017f22e2-79b0-7cc3-98c4-dc0c0c07398f"));
    CHECK(uuidV7Millis(id) == 0x017F22E279B0LL);
}

TEST_CASE("makeUuidV7 keeps the version and variant whatever the random bits", "[ids]")
{
    for (const std::uint64_t randB : {0x0ULL, 0xFFFF'FFFF'FFFF'FFFFULL, 0x4000'0000'0000'0000ULL}) {
        for (const std::uint16_t randA : {std::uint16_t(0), std::uint16_t(0xFFFF), std::uint16_t(0xF000)}) {
            const QString id = makeUuidV7(1'700'000'000'000LL, randA, randB);
            CAPTURE(id);
            CHECK(isUuid(id));
            CHECK(id.at(14) == QLatin1Char('7'));
            CHECK(hasRfcVariant(id));
            CHECK(uuidV7Millis(id) == 1'700'000'000'000LL);
        }
    }
}

TEST_CASE("Generated ids are version 7 with the RFC variant and carry their creation time", "[ids]")
{
    IdGenerator generator(42);
    for (const QDateTime& at : {utc(1970, 1, 1, 0, 0, 0, 0), utc(2026, 11, 22, 10, 0, 0, 123),
                                utc(2026, 3, 31, 23, 59, 59, 999), utc(2999, 12, 31, 23, 59, 59, 999)}) {
        const QString id = generator.next(at);
        CAPTURE(id, at.toString(Qt::ISODateWithMs));
        CHECK(isUuid(id));
        CHECK(id.size() == 36);
        CHECK(id.at(14) == QLatin1Char('7'));
        CHECK(hasRfcVariant(id));
        CHECK(uuidV7Millis(id) == at.toMSecsSinceEpoch());
    }
}

TEST_CASE("Ids from one generator are unique and sort in the order they were made", "[ids]")
{
    IdGenerator generator(7);
    QStringList ids;
    QDateTime at = utc(2026, 4, 1, 9, 0, 0, 0);
    // Bursts of ids in the same millisecond, then the clock moves on by 0, 1 or 250 ms.
    for (int burst = 0; burst < 200; ++burst) {
        for (int i = 0; i < 1 + burst % 7; ++i) {
            ids.append(generator.next(at));
        }
        at = at.addMSecs(burst % 3 == 0 ? 1 : (burst % 3 == 1 ? 250 : 0));
    }
    QStringList sorted = ids;
    sorted.sort();
    CHECK(sorted == ids);
    CHECK(QSet<QString>(ids.begin(), ids.end()).size() == ids.size());
}

TEST_CASE("Thousands of ids made in the same millisecond stay unique and in order", "[ids]")
{
    // A bulk import or demo run with a fixed clock makes far more ids in one millisecond than the
    // 12-bit counter of RFC 9562 method 1 holds; they must still sort in creation order.
    IdGenerator generator(2026);
    const QDateTime at = utc(2026, 11, 22, 10, 0, 0, 0);
    QStringList ids;
    for (int i = 0; i < 10'000; ++i) {
        ids.append(generator.next(at));
    }
    for (int i = 1; i < ids.size(); ++i) {
        if (!(ids.at(i - 1) < ids.at(i))) {
            CAPTURE(i, ids.at(i - 1), ids.at(i));
            FAIL("ids made in the same millisecond are out of order");
        }
    }
    CHECK(QSet<QString>(ids.begin(), ids.end()).size() == ids.size());
    // The timestamp is never earlier than the clock, and runs ahead only by the few ms borrowed.
    const auto lastMillis = uuidV7Millis(ids.constLast());
    REQUIRE(lastMillis);
    CHECK(*lastMillis >= at.toMSecsSinceEpoch());
    CHECK(*lastMillis <= at.toMSecsSinceEpoch() + 10);

    // When the clock catches up with the borrowed milliseconds, order still holds.
    const QString later = generator.next(at.addMSecs(1));
    CHECK(ids.constLast() < later);
}

TEST_CASE("An id made for an earlier time carries that time, and is still unique", "[ids]")
{
    // Demo data and imports make records dated in the past; their ids keep their own time.
    IdGenerator generator(5);
    const QDateTime now = utc(2026, 11, 22, 10, 0, 0, 0);
    const QDateTime earlier = utc(2025, 6, 1, 12, 0, 0, 0);
    const QString first = generator.next(now);
    const QString second = generator.next(earlier);
    CHECK(first != second);
    CHECK(uuidV7Millis(second) == earlier.toMSecsSinceEpoch());
    CHECK(second < first);
}

TEST_CASE("The same seed and times give the same ids, other seeds do not", "[ids]")
{
    const auto run = [](std::uint64_t seed) {
        IdGenerator generator(seed);
        QStringList ids;
        QDateTime at = utc(2026, 5, 5, 8, 30, 0, 0);
        for (int i = 0; i < 50; ++i) {
            ids.append(generator.next(at));
            at = at.addMSecs(i % 2);
        }
        return ids;
    };
    CHECK(run(1234) == run(1234));
    CHECK(run(1234) != run(1235));

    // Unseeded generators draw from the system's entropy, so two of them do not repeat each other.
    IdGenerator a;
    IdGenerator b;
    const QDateTime at = utc(2026, 5, 5, 8, 30, 0, 0);
    CHECK(a.next(at) != b.next(at));
}

TEST_CASE("isUuid accepts the canonical lower-case form only", "[ids]")
{
    CHECK(isUuid(QStringLiteral("017f22e2-79b0-7cc3-98c4-dc0c0c07398f")));
    CHECK(isUuid(QStringLiteral("550e8400-e29b-41d4-a716-446655440000"))); // a v4 id is still an id
    CHECK(isUuid(QStringLiteral("00000000-0000-0000-0000-000000000000")));

    // Ids are compared as text everywhere (SQL keys, bundles), so only one spelling is allowed.
    for (const char* bad : {
             "",
             "017F22E2-79B0-7CC3-98C4-DC0C0C07398F", // upper case
             "{017f22e2-79b0-7cc3-98c4-dc0c0c07398f}", // braces
             "017f22e279b07cc398c4dc0c0c07398f", // no hyphens
             "017f22e2-79b0-7cc3-98c4-dc0c0c07398", // one digit short
             "017f22e2-79b0-7cc3-98c4-dc0c0c07398f0", // one digit long
             "017f22e2-79b0-7cc3-98c4-dc0c0c07398g", // not hex
             "017f22e2-79b0-7cc3-98c4dc0c-0c07398f", // hyphens in the wrong places
             " 017f22e2-79b0-7cc3-98c4-dc0c0c07398f", // leading space
             "017f22e2-79b0-7cc3-98c4-dc0c0c07398f\n", // trailing newline
             "017f22e2-79b0-7cc3-98c4-dc0c0c07398f ", // trailing space
             "resident-1",
         }) {
        CAPTURE(bad);
        CHECK_FALSE(isUuid(QString::fromLatin1(bad)));
    }
}

TEST_CASE("uuidV7Millis reads only version 7 ids", "[ids]")
{
    CHECK_FALSE(uuidV7Millis(QStringLiteral("550e8400-e29b-41d4-a716-446655440000")));
    CHECK_FALSE(uuidV7Millis(QStringLiteral("not an id")));
    CHECK_FALSE(uuidV7Millis(QString()));
    CHECK(uuidV7Millis(QStringLiteral("00000000-0000-7000-8000-000000000000")) == 0);
    CHECK(uuidV7Millis(QStringLiteral("ffffffff-ffff-7fff-bfff-ffffffffffff")) == 0xFFFF'FFFF'FFFFLL);
}
