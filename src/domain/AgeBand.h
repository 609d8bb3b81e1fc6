#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace hearth {

// The age bands of kpis.md. Age is taken on a given date (for KPIs, the identified-on date).
enum class AgeBand {
    Under16,
    From16To24,
    From25To34,
    From35To49,
    From50To64,
    From65To74,
    From75,
    Unknown,
};

// Whole years between birth and the date; nullopt when either is missing or birth is later.
std::optional<int> ageOn(const QDate& dateOfBirth, const QDate& on);
AgeBand ageBandForAge(std::optional<int> age);
AgeBand ageBandOn(const QDate& dateOfBirth, const QDate& on);

// Stable codes used in files and breakdowns: "under-16", "16-24", …, "75+", "unknown".
QString ageBandCode(AgeBand band);
std::optional<AgeBand> ageBandFromCode(const QString& code);
QStringList ageBandCodes(); // in report order: 16-24 … 75+, under-16, unknown

} // namespace hearth
