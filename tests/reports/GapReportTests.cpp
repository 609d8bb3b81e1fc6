// The gap analysis as a report: the gaps first, then every ward against every category.
#include "GapReport.h"
#include "ReportWriters.h"

#include <catch2/catch.hpp>

using namespace hearth::reports;
using Cell = hearth::storage::DirectoryRepository::GapCell;

TEST_CASE("The gap report lists the gaps, then each ward's coverage", "[reports][gaps]")
{
    const QList<Cell> cells {
        {QStringLiteral("E05000001"), QStringLiteral("Riverside"), QStringLiteral("lunch_club"),
         QStringLiteral("Lunch clubs"), 2, 4},
        {QStringLiteral("E05000001"), QStringLiteral("Riverside"), QStringLiteral("walking"),
         QStringLiteral("Walking groups"), 0, 4},
        {QStringLiteral("E05000002"), QStringLiteral("Hilltop"), QStringLiteral("lunch_club"),
         QStringLiteral("Lunch clubs"), 0, 0},
        {QStringLiteral("E05000002"), QStringLiteral("Hilltop"), QStringLiteral("walking"),
         QStringLiteral("Walking groups"), 1, 0},
    };
    const ReportDocument document = gapReport(cells, QDate(2026, 11, 2), QStringLiteral("Hearthdale"));
    CHECK(document.title.contains(QStringLiteral("Hearthdale")));
    CHECK(document.subtitle.contains(QStringLiteral("2 November 2026")));
    CHECK_FALSE(document.forPublication);
    REQUIRE(document.tables.size() == 2);

    // Hilltop has no lunch club but nobody on the register: not a gap.
    const ReportTable& gaps = document.tables.at(0);
    REQUIRE(gaps.rows.size() == 1);
    CHECK(gaps.rows.at(0).at(0).display() == QStringLiteral("Riverside"));
    CHECK(gaps.rows.at(0).at(2).display() == QStringLiteral("Walking groups"));
    CHECK(gaps.rows.at(0).at(3).display() == QStringLiteral("4"));

    const ReportTable& coverage = document.tables.at(1);
    REQUIRE(coverage.rows.size() == 2);
    CHECK(coverage.rows.at(0).at(0).display() == QStringLiteral("Riverside"));
    CHECK(coverage.rows.at(0).at(1).display() == QStringLiteral("4"));
    CHECK(coverage.rows.at(0).at(2).display() == QStringLiteral("2"));
    CHECK(coverage.rows.at(0).at(3).display() == QStringLiteral("1 of 2"));
    CHECK(coverage.rows.at(0).at(4).display() == QStringLiteral("Walking groups"));
    CHECK(coverage.rows.at(1).at(0).display() == QStringLiteral("Hilltop"));
    CHECK(coverage.rows.at(1).at(4).display() == QStringLiteral("Lunch clubs"));
    for (const auto& table : document.tables) {
        for (const auto& row : table.rows) {
            CHECK(row.size() == table.columns.size());
        }
    }

    SECTION("no gaps says so")
    {
        QList<Cell> covered = cells;
        covered[1].services = 1;
        const ReportDocument none = gapReport(covered, QDate(2026, 11, 2));
        CHECK(none.tables.at(0).rows.isEmpty());
        CHECK(none.tables.at(0).footnotes.join(QString()).contains(QStringLiteral("No gaps")));
    }
    SECTION("every writer takes it")
    {
        CHECK(writeHtml(document).contains("<caption>Gaps: residents on the register"));
        CHECK(writeCsv(document).contains("Riverside,E05000001,Walking groups,4"));
        CHECK(writeXlsx(document).startsWith("PK"));
    }
}
