#include "AgeBand.h"

#include <array>
#include <utility>

namespace hearth {

namespace {

constexpr std::array<std::pair<AgeBand, const char*>, 8> kCodes {{
    {AgeBand::From16To24, "16-24"},
    {AgeBand::From25To34, "25-34"},
    {AgeBand::From35To49, "35-49"},
    {AgeBand::From50To64, "50-64"},
    {AgeBand::From65To74, "65-74"},
    {AgeBand::From75, "75+"},
    {AgeBand::Under16, "under-16"},
    {AgeBand::Unknown, "unknown"},
}};

} // namespace

std::optional<int> ageOn(const QDate& dateOfBirth, const QDate& on)
{
    if (!dateOfBirth.isValid() || !on.isValid() || dateOfBirth > on) {
        return std::nullopt;
    }
    int age = on.year() - dateOfBirth.year();
    if (on.month() < dateOfBirth.month() || (on.month() == dateOfBirth.month() && on.day() < dateOfBirth.day())) {
        --age;
    }
    return age;
}

AgeBand ageBandForAge(std::optional<int> age)
{
    if (!age) {
        return AgeBand::Unknown;
    }
    const int a = *age;
    if (a < 16) {
        return AgeBand::Under16;
    }
    if (a <= 24) {
        return AgeBand::From16To24;
    }
    if (a <= 34) {
        return AgeBand::From25To34;
    }
    if (a <= 49) {
        return AgeBand::From35To49;
    }
    if (a <= 64) {
        return AgeBand::From50To64;
    }
    if (a <= 74) {
        return AgeBand::From65To74;
    }
    return AgeBand::From75;
}

AgeBand ageBandOn(const QDate& dateOfBirth, const QDate& on)
{
    return ageBandForAge(ageOn(dateOfBirth, on));
}

QString ageBandCode(AgeBand band)
{
    for (const auto& [value, code] : kCodes) {
        if (value == band) {
            return QString::fromLatin1(code);
        }
    }
    return QStringLiteral("unknown");
}

std::optional<AgeBand> ageBandFromCode(const QString& code)
{
    for (const auto& [value, text] : kCodes) {
        if (code == QLatin1String(text)) {
            return value;
        }
    }
    return std::nullopt;
}

QStringList ageBandCodes()
{
    QStringList codes;
    for (const auto& entry : kCodes) {
        codes.append(QString::fromLatin1(entry.second));
    }
    return codes;
}

} // namespace hearth
