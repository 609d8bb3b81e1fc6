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

TEST_CASE("A range that ends before it starts is refused, other ranges have no quarter label", "[period]")
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

TEST_CASE("The financial year runs from 1 April to 31 March across the calendar year end", "[period]")
{
    const Period fy2025 {QDate(2025, 4, 1), QDate(2026, 3, 31)};
    const Period fy2026 {QDate(2026, 4, 1), QDate(2027, 3, 31)};
    CHECK(Period::financialYearContaining(QDate(2025, 4, 1)) == fy2025);
    CHECK(Period::financialYearContaining(QDate(2025, 12, 31)) == fy2025);
    CHECK(Period::financialYearContaining(QDate(2026, 1, 1)) == fy2025);
    CHECK(Period::financialYearContaining(QDate(2026, 3, 31)) == fy2025);
    CHECK(Period::financialYearContaining(QDate(2026, 4, 1)) == fy2026);
    // A leap year's 29 February falls in the year that started the April before.
    CHECK(Period::financialYearContaining(QDate(2028, 2, 29)) == Period {QDate(2027, 4, 1), QDate(2028, 3, 31)});
    // The financial year is the four quarters, end to end.
    CHECK(Period::fromQuarter(QStringLiteral("FY2026-Q1"))->from == fy2026.from);
    CHECK(Period::fromQuarter(QStringLiteral("FY2026-Q4"))->to == fy2026.to);
    CHECK(fy2026.quarterLabel().isEmpty());
}

TEST_CASE("Quarter labels follow the financial year across 31 December and 31 March", "[period]")
{
    CHECK(Period::quarterContaining(QDate(2026, 12, 31)).quarterLabel() == QStringLiteral("FY2026-Q3"));
    CHECK(Period::quarterContaining(QDate(2027, 1, 1)).quarterLabel() == QStringLiteral("FY2026-Q4"));
    CHECK(Period::quarterContaining(QDate(2027, 3, 31)).quarterLabel() == QStringLiteral("FY2026-Q4"));
    CHECK(Period::quarterContaining(QDate(2027, 4, 1)).quarterLabel() == QStringLiteral("FY2027-Q1"));

    const auto q4 = Period::fromQuarter(QStringLiteral("FY2026-Q4"));
    REQUIRE(q4);
    CHECK(q4->nextQuarter().quarterLabel() == QStringLiteral("FY2027-Q1"));
    CHECK(q4->previousQuarter().quarterLabel() == QStringLiteral("FY2026-Q3"));
    CHECK(Period::fromQuarter(QStringLiteral("FY2027-Q1"))->previousQuarter() == *q4);
    // Q4 of a leap year's financial year ends on 31 March, and February has 29 days inside it.
    const auto leapQ4 = Period::fromQuarter(QStringLiteral("FY2027-Q4"));
    REQUIRE(leapQ4);
    CHECK(leapQ4->contains(QDate(2028, 2, 29)));
    CHECK(leapQ4->to == QDate(2028, 3, 31));
}

TEST_CASE("Quarter labels are read case-insensitively with surrounding space", "[period]")
{
    CHECK(Period::fromQuarter(QStringLiteral(" fy2026-q2 ")) == Period::fromQuarter(QStringLiteral("FY2026-Q2")));
}

TEST_CASE("A quarter of a year that does not exist is refused", "[period]")
{
    // There is no year 0 in the calendar, so FY0000-Q1 would be a period of invalid dates.
    const auto zero = Period::fromQuarter(QStringLiteral("FY0000-Q1"));
    CHECK((!zero || zero->isValid()));
    CHECK(Period::fromQuarter(QStringLiteral("FY0001-Q1")));
}
