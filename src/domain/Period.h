#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace hearth {

// A closed date range [from, to]. Reports run over any range or a UK financial-year quarter:
// FY2026-Q1 is 2026-04-01..2026-06-30, Q2 Jul–Sep, Q3 Oct–Dec, Q4 Jan–Mar of the next calendar year.
struct Period
{
    QDate from;
    QDate to;

    bool isValid() const { return from.isValid() && to.isValid() && from <= to; }
    bool contains(const QDate& date) const { return date.isValid() && date >= from && date <= to; }

    static std::optional<Period> fromQuarter(const QString& label);
    static std::optional<Period> fromRange(const QDate& from, const QDate& to);
    static Period quarterContaining(const QDate& date);
    static Period financialYearContaining(const QDate& date);

    // "FY2026-Q1" when the period is exactly one quarter, else empty.
    QString quarterLabel() const;
    Period previousQuarter() const;
    Period nextQuarter() const;

    bool operator==(const Period&) const = default;
};

// The financial year (the calendar year it starts in) and quarter (1..4) of a date.
int financialYearOf(const QDate& date);
int financialQuarterOf(const QDate& date);

} // namespace hearth
