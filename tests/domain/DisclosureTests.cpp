#include "Disclosure.h"

#include "TestSupport.h"

#include <random>

using namespace hearth::disclosure;

namespace {

// A table with row totals, column totals and a grand total, as a disclosure problem. Cell (r, c)
// is index r * columns + c; row totals, then column totals, then the grand total follow.
struct Grid
{
    Problem problem;
    int rows = 0;
    int columns = 0;

    int cell(int r, int c) const { return r * columns + c; }
    int rowTotal(int r) const { return rows * columns + r; }
    int columnTotal(int c) const { return rows * columns + rows + c; }
    int grandTotal() const { return rows * columns + rows + columns; }
};

Grid grid(const QList<QList<qint64>>& values)
{
    Grid g;
    g.rows = static_cast<int>(values.size());
    g.columns = static_cast<int>(values.first().size());
    QList<qint64> rowTotals(g.rows), columnTotals(g.columns);
    qint64 grand = 0;
    for (int r = 0; r < g.rows; ++r) {
        for (int c = 0; c < g.columns; ++c) {
            g.problem.values.append(values[r][c]);
            rowTotals[r] += values[r][c];
            columnTotals[c] += values[r][c];
            grand += values[r][c];
        }
    }
    g.problem.values += rowTotals;
    g.problem.values += columnTotals;
    g.problem.values.append(grand);
    for (int r = 0; r < g.rows; ++r) {
        Line line {{}, g.rowTotal(r)};
        for (int c = 0; c < g.columns; ++c) {
            line.cells.append(g.cell(r, c));
        }
        g.problem.lines.append(line);
    }
    for (int c = 0; c < g.columns; ++c) {
        Line line {{}, g.columnTotal(c)};
        for (int r = 0; r < g.rows; ++r) {
            line.cells.append(g.cell(r, c));
        }
        g.problem.lines.append(line);
    }
    Line totalsRow {{}, g.grandTotal()};
    for (int c = 0; c < g.columns; ++c) {
        totalsRow.cells.append(g.columnTotal(c));
    }
    Line totalsColumn {{}, g.grandTotal()};
    for (int r = 0; r < g.rows; ++r) {
        totalsColumn.cells.append(g.rowTotal(r));
    }
    g.problem.lines += {totalsRow, totalsColumn};
    return g;
}

// One row with a visible total.
Problem row(const QList<qint64>& cells)
{
    Problem problem;
    problem.values = cells;
    qint64 total = 0;
    Line line;
    for (int i = 0; i < cells.size(); ++i) {
        total += cells[i];
        line.cells.append(i);
    }
    problem.values.append(total);
    line.total = static_cast<int>(cells.size());
    problem.lines.append(line);
    return problem;
}

// The hidden values a reader could work out from the visible ones.
QList<int> leaks(const Problem& problem, const QList<bool>& hidden)
{
    const QList<bool> known = derivable(problem, hidden);
    QList<int> result;
    for (int i = 0; i < hidden.size(); ++i) {
        if (hidden[i] && known[i]) {
            result.append(i);
        }
    }
    return result;
}

QList<int> hiddenIndexes(const QList<bool>& hidden)
{
    QList<int> result;
    for (int i = 0; i < hidden.size(); ++i) {
        if (hidden[i]) {
            result.append(i);
        }
    }
    return result;
}

} // namespace

TEST_CASE("Primary suppression hides 1 to N-1 and shows zero", "[disclosure]")
{
    Problem problem;
    problem.values = {0, 1, 4, 5, 12};
    CHECK(suppress(problem, 5) == QList<bool> {false, true, true, false, false});
    CHECK(suppress(problem, 3) == QList<bool> {false, true, false, false, false});
    CHECK_FALSE(isSmallCount(0, 5));
    CHECK(isSmallCount(4, 5));
    CHECK_FALSE(isSmallCount(5, 5));
}

TEST_CASE("A single hidden cell in a row with a total takes the smallest other non-zero cell with it", "[disclosure]")
{
    // 3 | 7 | 0 | 12 || 22: hiding 3 alone would leave 3 = 22 - 7 - 0 - 12.
    const Problem problem = row({3, 7, 0, 12});
    const QList<bool> hidden = suppress(problem, 5);
    CHECK(hiddenIndexes(hidden) == QList<int> {0, 1});
    CHECK(leaks(problem, hidden).isEmpty());
}

TEST_CASE("Primary suppression alone leaks a hidden cell through the total", "[disclosure]")
{
    // The naive rule: 3 is hidden, but 12 - 9 gives it away. The check itself must see that.
    const Problem problem = row({3, 9});
    QList<bool> naive(problem.values.size(), false);
    naive[0] = true;
    CHECK(leaks(problem, naive) == QList<int> {0});
    const QList<bool> hidden = suppress(problem, 5);
    CHECK(hidden == QList<bool> {true, true, false});
    CHECK(leaks(problem, hidden).isEmpty());
}

TEST_CASE("A total from 1 to N-1 is hidden, and totals come from the true figures", "[disclosure]")
{
    const Problem problem = row({2, 0, 1});
    const QList<bool> hidden = suppress(problem, 5);
    CHECK(hidden == QList<bool> {true, false, true, true});
    CHECK(problem.values.last() == 3);
}

TEST_CASE("Zeros and large counts stay visible when nothing is small", "[disclosure]")
{
    const Problem problem = row({0, 0, 8, 5});
    CHECK(hiddenIndexes(suppress(problem, 5)).isEmpty());
}

TEST_CASE("Secondary suppression in rows alone would leak through a column total", "[disclosure]")
{
    //      a    b    c  | total
    // r1   3   10   20  |  33
    // r2   8    6   30  |  44
    //     11   16   50  |  77
    const Grid g = grid({{3, 10, 20}, {8, 6, 30}});
    // Row-only secondary suppression hides 3 and 10; the column total 11 then gives 3 away.
    QList<bool> rowsOnly(g.problem.values.size(), false);
    rowsOnly[g.cell(0, 0)] = true;
    rowsOnly[g.cell(0, 1)] = true;
    CHECK_FALSE(leaks(g.problem, rowsOnly).isEmpty());

    const QList<bool> hidden = suppress(g.problem, 5);
    CHECK(hiddenIndexes(hidden) == QList<int> {g.cell(0, 0), g.cell(0, 1), g.cell(1, 0), g.cell(1, 1)});
    CHECK(leaks(g.problem, hidden).isEmpty());
}

TEST_CASE("When only zeros are left beside a hidden cell, its total is hidden", "[disclosure]")
{
    //      a    b  | total
    // r1   4    6  |  10
    // r2   0    0  |   0
    //      4    6  |  10
    // 4 is small; 6 is hidden with it; column b would then read 6 = 6 - 0 from its total, and it has
    // no other non-zero cell to hide, so its total is hidden instead.
    const Grid g = grid({{4, 6}, {0, 0}});
    const QList<bool> hidden = suppress(g.problem, 5);
    CHECK(hidden[g.cell(0, 0)]);
    CHECK(hidden[g.cell(0, 1)]);
    CHECK_FALSE(hidden[g.cell(1, 0)]);
    CHECK_FALSE(hidden[g.cell(1, 1)]);
    CHECK(hidden[g.columnTotal(1)]);
    CHECK(leaks(g.problem, hidden).isEmpty());
}

TEST_CASE("Random tables: nothing hidden can be worked out, small counts are hidden, zeros never", "[disclosure]")
{
    std::mt19937 random(20261122);
    std::uniform_int_distribution<int> sizes(1, 5);
    std::uniform_int_distribution<int> values(0, 14);
    for (int round = 0; round < 400; ++round) {
        const int rows = sizes(random);
        const int columns = sizes(random);
        QList<QList<qint64>> table;
        for (int r = 0; r < rows; ++r) {
            QList<qint64> cells;
            for (int c = 0; c < columns; ++c) {
                cells.append(values(random));
            }
            table.append(cells);
        }
        const Grid g = grid(table);
        const QList<bool> hidden = suppress(g.problem, 5);
        INFO("round " << round);
        CHECK(leaks(g.problem, hidden).isEmpty());
        for (int i = 0; i < g.problem.values.size(); ++i) {
            if (isSmallCount(g.problem.values[i], 5)) {
                CHECK(hidden[i]);
            }
            if (g.problem.values[i] == 0) {
                CHECK_FALSE(hidden[i]);
            }
        }
    }
}

TEST_CASE("A percentage from a hidden count is hidden", "[disclosure]")
{
    CHECK(rateSuppressed(true, false));
    CHECK(rateSuppressed(false, true));
    CHECK_FALSE(rateSuppressed(false, false));
}

TEST_CASE("The publication footnote states the rule with the threshold used", "[disclosure]")
{
    CHECK(publicationFootnote(5).contains(QStringLiteral("from 1 to 4")));
    CHECK(publicationFootnote(10).contains(QStringLiteral("from 1 to 9")));
    CHECK(publicationFootnote(5).contains(QStringLiteral("secondary suppression")));
    CHECK(internalNotice().startsWith(QStringLiteral("Not for publication")));
}
