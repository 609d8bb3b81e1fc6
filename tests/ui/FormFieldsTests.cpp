#include "forms/FormFields.h"

#include <catch2/catch.hpp>

using hearth::ui::parseUserDate;
using hearth::ui::userDateText;

TEST_CASE("Dates are read as people in the UK type them", "[forms]")
{
    CHECK(parseUserDate(QStringLiteral("22/11/2026")) == QDate(2026, 11, 22));
    CHECK(parseUserDate(QStringLiteral(" 3/4/1941 ")) == QDate(1941, 4, 3));
    CHECK(parseUserDate(QStringLiteral("22-11-2026")) == QDate(2026, 11, 22));
    CHECK(parseUserDate(QStringLiteral("22.11.2026")) == QDate(2026, 11, 22));
    CHECK(parseUserDate(QStringLiteral("2026-11-22")) == QDate(2026, 11, 22));
    CHECK(parseUserDate(QStringLiteral("22/11/26")) == QDate(2026, 11, 22));
    CHECK(parseUserDate(QStringLiteral("3/4/45")) == QDate(1945, 4, 3)); // a year of birth, not 2045

    // Empty is "no date"; anything else that is not a real date is refused, not guessed.
    CHECK(parseUserDate(QString()) == QDate());
    CHECK(parseUserDate(QStringLiteral("   ")) == QDate());
    CHECK_FALSE(parseUserDate(QStringLiteral("31/02/2026")));
    CHECK_FALSE(parseUserDate(QStringLiteral("11/22/2026"))); // US order
    CHECK_FALSE(parseUserDate(QStringLiteral("next Tuesday")));
    CHECK_FALSE(parseUserDate(QStringLiteral("2026/11/22/1")));

    CHECK(userDateText(QDate(2026, 1, 5)) == QStringLiteral("05/01/2026"));
    CHECK(userDateText(QDate()).isEmpty());
}
