#include "AgeBand.h"

#include "DomainTestHelpers.h"

using hearth::AgeBand;
using hearth::ageBandCode;
using hearth::ageBandFromCode;
using hearth::ageBandOn;
using hearth::ageOn;

TEST_CASE("Age goes up on the birthday, not the day before", "[ageband]")
{
    const QDate birth(1950, 6, 15);
    CHECK(ageOn(birth, QDate(2026, 6, 14)) == 75);
    CHECK(ageOn(birth, QDate(2026, 6, 15)) == 76);
    CHECK(ageOn(birth, QDate(2026, 12, 31)) == 76);
    CHECK(ageOn(birth, QDate(2027, 1, 1)) == 76);
    CHECK(ageOn(birth, birth) == 0);
    CHECK(ageOn(birth, QDate(1951, 6, 14)) == 0);
    CHECK(ageOn(birth, QDate(1951, 6, 15)) == 1);
}

TEST_CASE("Someone born on 29 February is a year older on 1 March in other years", "[ageband]")
{
    const QDate leapling(2008, 2, 29);
    CHECK(ageOn(leapling, QDate(2024, 2, 28)) == 15);
    CHECK(ageOn(leapling, QDate(2024, 2, 29)) == 16); // leap year: the birthday itself
    CHECK(ageOn(leapling, QDate(2025, 2, 28)) == 16);
    CHECK(ageOn(leapling, QDate(2025, 3, 1)) == 17);
    CHECK(ageBandOn(leapling, QDate(2024, 2, 28)) == AgeBand::Under16);
    CHECK(ageBandOn(leapling, QDate(2024, 2, 29)) == AgeBand::From16To24);
}

TEST_CASE("Every age band boundary of kpis.md falls on the birthday", "[ageband]")
{
    struct Boundary
    {
        int age; // the first age of the upper band
        AgeBand below;
        AgeBand above;
    };
    const Boundary boundaries[] = {
        {16, AgeBand::Under16, AgeBand::From16To24},    {25, AgeBand::From16To24, AgeBand::From25To34},
        {35, AgeBand::From25To34, AgeBand::From35To49}, {50, AgeBand::From35To49, AgeBand::From50To64},
        {65, AgeBand::From50To64, AgeBand::From65To74}, {75, AgeBand::From65To74, AgeBand::From75},
    };
    const QDate identifiedOn(2026, 7, 10);
    for (const auto& boundary : boundaries) {
        CAPTURE(boundary.age);
        const QDate birth = identifiedOn.addYears(-boundary.age);
        CHECK(ageBandOn(birth, identifiedOn) == boundary.above);
        CHECK(ageBandOn(birth, identifiedOn.addDays(-1)) == boundary.below);
        CHECK(hearth::ageBandForAge(boundary.age) == boundary.above);
        CHECK(hearth::ageBandForAge(boundary.age - 1) == boundary.below);
    }
    CHECK(hearth::ageBandForAge(0) == AgeBand::Under16);
    CHECK(hearth::ageBandForAge(110) == AgeBand::From75);
}

TEST_CASE("An unknown or impossible date of birth gives the unknown band", "[ageband]")
{
    const QDate on(2026, 7, 10);
    CHECK_FALSE(ageOn(QDate(), on));
    CHECK(ageBandOn(QDate(), on) == AgeBand::Unknown);
    CHECK_FALSE(ageOn(on.addDays(1), on)); // born after the date
    CHECK(ageBandOn(on.addDays(1), on) == AgeBand::Unknown);
    CHECK_FALSE(ageOn(QDate(1960, 1, 1), QDate())); // no identified-on date
    CHECK(ageBandOn(QDate(1960, 1, 1), QDate()) == AgeBand::Unknown);
    CHECK(hearth::ageBandForAge(std::nullopt) == AgeBand::Unknown);
}

TEST_CASE("Age band codes round-trip and are listed in report order", "[ageband]")
{
    const QStringList expected {
        QStringLiteral("16-24"), QStringLiteral("25-34"), QStringLiteral("35-49"),    QStringLiteral("50-64"),
        QStringLiteral("65-74"), QStringLiteral("75+"),   QStringLiteral("under-16"), QStringLiteral("unknown"),
    };
    CHECK(hearth::ageBandCodes() == expected);

    const AgeBand all[] = {AgeBand::Under16,    AgeBand::From16To24, AgeBand::From25To34, AgeBand::From35To49,
                           AgeBand::From50To64, AgeBand::From65To74, AgeBand::From75,     AgeBand::Unknown};
    QStringList seen;
    for (const AgeBand band : all) {
        const QString code = ageBandCode(band);
        CAPTURE(code);
        CHECK(expected.contains(code));
        CHECK(ageBandFromCode(code) == band);
        seen.append(code);
    }
    seen.sort();
    seen.removeDuplicates();
    CHECK(seen.size() == 8);

    CHECK(ageBandCode(AgeBand::Under16) == QStringLiteral("under-16"));
    CHECK(ageBandCode(AgeBand::From75) == QStringLiteral("75+"));
    for (const char* bad : {"", "16–24", "Under-16", "75", "16_24", "unknown "}) {
        CAPTURE(bad);
        CHECK_FALSE(ageBandFromCode(QString::fromUtf8(bad)));
    }
}
