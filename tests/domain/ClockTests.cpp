#include "Clock.h"

#include "DomainTestHelpers.h"

#include <QTimeZone>

using hearth::FixedClock;
using hearth::isoTimestamp;
using hearth::parseIsoTimestamp;

TEST_CASE("Timestamps are written in UTC with milliseconds and read back exactly", "[clock]")
{
    const QDateTime at(QDate(2026, 6, 30), QTime(23, 59, 59, 7), Qt::UTC);
    CHECK(isoTimestamp(at) == QStringLiteral("2026-06-30T23:59:59.007Z"));
    CHECK(parseIsoTimestamp(isoTimestamp(at)) == at);

    // The same instant given in another zone is written as UTC.
    const QDateTime bst = at.toTimeZone(QTimeZone(3600));
    CHECK(isoTimestamp(bst) == QStringLiteral("2026-06-30T23:59:59.007Z"));
    CHECK(parseIsoTimestamp(QStringLiteral("2026-07-01T00:59:59.007+01:00")) == at);
    CHECK(parseIsoTimestamp(QStringLiteral("2026-07-01T00:59:59.007+01:00")).timeSpec() == Qt::UTC);
}

TEST_CASE("Unreadable timestamps give an invalid date-time", "[clock]")
{
    for (const char* bad : {"", "yesterday", "2026-02-30T10:00:00Z", "2026-13-01T00:00:00.000Z"}) {
        CAPTURE(bad);
        CHECK_FALSE(parseIsoTimestamp(QString::fromLatin1(bad)).isValid());
    }
}

TEST_CASE("A fixed clock stays put until moved", "[clock]")
{
    FixedClock clock(hearth::test::fixedNow());
    CHECK(clock.nowUtc() == hearth::test::fixedNow());
    CHECK(clock.nowUtc() == clock.nowUtc());
    clock.advanceMs(1500);
    CHECK(clock.nowUtc() == hearth::test::fixedNow().addMSecs(1500));
    const QDateTime later(QDate(2027, 1, 1), QTime(0, 0), Qt::UTC);
    clock.set(later);
    CHECK(clock.nowUtc() == later);
}
