#pragma once

#include <QList>
#include <QString>

namespace hearth::disclosure {

// Disclosure control for published tables (kpis.md "Publication"). Counts are cells; some cells
// are totals of others. A "line" is a set of cells with a visible total: a table's row or column,
// a row of column totals, or one KPI's breakdown with the KPI's value as its total.

inline constexpr int defaultThreshold = 5;

struct Line
{
    QList<int> cells; // indexes into Problem::values
    int total = -1; // index of the total; -1 when the line has no total (then it constrains nothing)
};

struct Problem
{
    QList<qint64> values; // true figures, never negative
    QList<Line> lines;
};

// Rule 1 and 4: a count from 1 to threshold-1 is hidden; zero is shown.
bool isSmallCount(qint64 value, int threshold);

// Rules 1, 2 and 4, returning one flag per value (true: show "*"). Primary suppression hides small
// counts, totals included. Then, while some hidden value can be worked out from visible ones -
// a line whose total is known and all but one of whose cells are known, or a hidden total whose
// cells are all known - another value of that line is hidden: the smallest other visible non-zero
// cell, else the line's total. "Known" grows as values are worked out, so chains of deductions
// across rows and columns are caught as well as the single row of kpis.md's rule 2.
QList<bool> suppress(const Problem& problem, int threshold);

// The values a reader can work out from the visible ones by single-line arithmetic (the attack
// suppress() defends against): true for every visible value and every hidden value that can be
// derived. Exposed so that tests can check the result.
QList<bool> derivable(const Problem& problem, const QList<bool>& suppressed);

// Rule 3: a percentage is shown only when neither its numerator nor its denominator is hidden.
inline bool rateSuppressed(bool numeratorSuppressed, bool denominatorSuppressed)
{
    return numeratorSuppressed || denominatorSuppressed;
}

// Rule 5: the footnote every published export carries.
QString publicationFootnote(int threshold);
// What an internal export says instead.
QString internalNotice();

} // namespace hearth::disclosure
