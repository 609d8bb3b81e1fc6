#include "Period.h"

#include "TestSupport.h"

using hearth::Period;

TEST_CASE("FY2026-Q1 is April to June 2026", "[period]")
{
    const auto q1 = Period::fromQuarter(QStringLiteral("FY2026-Q1"));
    REQUIRE(q1);
    CHECK(q1->from == QDate(2026, 4, 1));
    CHECK(q1->to == QDate(2026, 6, 30));
}

TEST_CASE("Q4 of a financial year is January to March of the next calendar year", "[period]")
{
    const auto q4 = Period::fromQuarter(QStringLiteral("FY2026-Q4"));
    REQUIRE(q4);
    CHECK(q4->from == QDate(2027, 1, 1));
    CHECK(q4->to == QDate(2027, 3, 31));
    CHECK(q4->quarterLabel() == QStringLiteral("FY2026-Q4"));
}

TEST_CASE("Every quarter label round-trips and quarters tile the year", "[period]")
{
    for (int q = 1; q <= 4; ++q) {
        const QString label = QStringLiteral("FY2025-Q%1").arg(q);
        const auto period = Period::fromQuarter(label);
        REQUIRE(period);
        CHECK(period->quarterLabel() == label);
        CHECK(Period::quarterContaining(period->from) == *period);
        CHECK(Period::quarterContaining(period->to) == *period);
        CHECK(period->nextQuarter().from == period->to.addDays(1));
        CHECK(period->previousQuarter().to == period->from.addDays(-1));
    }
}

TEST_CASE("Malformed quarter labels are refused", "[period]")
{
    for (const char* bad : {"FY2026-Q5", "FY2026-Q0", "2026-Q1", "FY26-Q1", "", "FY2026Q1"}) {
        CAPTURE(bad);
        CHECK_FALSE(Period::fromQuarter(QString::fromLatin1(bad)));
    }
}

TEST_CASE("A range that ends before it starts is refused; other ranges have no quarter label", "[period]")
{
    CHECK_FALSE(Period::fromRange(QDate(2026, 5, 1), QDate(2026, 4, 30)));
    const auto range = Period::fromRange(QDate(2026, 4, 1), QDate(2026, 5, 31));
    REQUIRE(range);
    CHECK(range->quarterLabel().isEmpty());
    CHECK(range->contains(QDate(2026, 5, 31)));
    CHECK_FALSE(range->contains(QDate(2026, 6, 1)));
}

TEST_CASE("Financial year of dates either side of 1 April", "[period]")
{
    CHECK(hearth::financialYearOf(QDate(2026, 3, 31)) == 2025);
    CHECK(hearth::financialYearOf(QDate(2026, 4, 1)) == 2026);
    CHECK(hearth::financialQuarterOf(QDate(2026, 3, 31)) == 4);
    CHECK(hearth::financialQuarterOf(QDate(2026, 10, 1)) == 3);
}
