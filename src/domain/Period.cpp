#include "Period.h"

#include <QRegularExpression>

namespace hearth {

namespace {

Period quarter(int year, int q)
{
    const QDate start(year, 4, 1);
    const QDate from = start.addMonths(3 * (q - 1));
    return {from, from.addMonths(3).addDays(-1)};
}

} // namespace

int financialYearOf(const QDate& date)
{
    return date.month() >= 4 ? date.year() : date.year() - 1;
}

int financialQuarterOf(const QDate& date)
{
    const int monthsSinceApril = (date.month() + 12 - 4) % 12;
    return monthsSinceApril / 3 + 1;
}

std::optional<Period> Period::fromQuarter(const QString& label)
{
    static const QRegularExpression shape(QStringLiteral("^FY(\\d{4})-Q([1-4])$"));
    const auto match = shape.match(label.trimmed().toUpper());
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    const Period period = quarter(match.captured(1).toInt(), match.captured(2).toInt());
    return period.isValid() ? std::optional<Period>(period) : std::nullopt; // FY0000: there is no year 0
}

std::optional<Period> Period::fromRange(const QDate& from, const QDate& to)
{
    Period period {from, to};
    return period.isValid() ? std::optional<Period>(period) : std::nullopt;
}

Period Period::quarterContaining(const QDate& date)
{
    return quarter(financialYearOf(date), financialQuarterOf(date));
}

Period Period::financialYearContaining(const QDate& date)
{
    const QDate from(financialYearOf(date), 4, 1);
    return {from, from.addYears(1).addDays(-1)};
}

QString Period::quarterLabel() const
{
    if (!isValid() || quarterContaining(from) != *this) {
        return {};
    }
    return QStringLiteral("FY%1-Q%2").arg(financialYearOf(from)).arg(financialQuarterOf(from));
}

Period Period::previousQuarter() const
{
    return quarterContaining(from.addMonths(-3));
}

Period Period::nextQuarter() const
{
    return quarterContaining(from.addMonths(3));
}

} // namespace hearth
