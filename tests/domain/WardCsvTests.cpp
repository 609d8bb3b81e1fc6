// The ward CSV a council imports in Council settings or with 'hearth-cli ward import'.
#include "WardCsv.h"

#include <catch2/catch.hpp>

using hearth::parseWardCsv;
using hearth::WardCsvProblem;

namespace {

QString problems(const hearth::WardCsv& csv)
{
    QStringList lines;
    for (const auto& problem : csv.problems) {
        lines.append(problem.text());
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

TEST_CASE("A ward CSV with a code,name header gives its wards in file order", "[wardcsv]")
{
    const auto csv = parseWardCsv("code,name\r\nE05000001,Riverside\r\ne05000002 , \"Hill, North\" \r\n\r\n",
                                  QStringLiteral("wards.csv"));
    INFO(problems(csv).toStdString());
    REQUIRE(csv.ok());
    REQUIRE(csv.wards.size() == 2);
    CHECK(csv.wards.at(0).code == QStringLiteral("E05000001"));
    CHECK(csv.wards.at(0).name == QStringLiteral("Riverside"));
    CHECK(csv.wards.at(1).code == QStringLiteral("E05000002")); // upper-cased and trimmed
    CHECK(csv.wards.at(1).name == QStringLiteral("Hill, North"));
}

TEST_CASE("A ward CSV may be ONS's own lookup, with a BOM and other columns, or have no header", "[wardcsv]")
{
    SECTION("ONS lookup columns")
    {
        const auto csv = parseWardCsv("\xEF\xBB\xBF"
                                      "LAD24CD,WD24CD,WD24NM,LAD24NM\n"
                                      "E09000006,E05011254,Bickley & Sundridge,Bromley\n"
                                      "E09000006,E05011255,\"Biggin Hill\",Bromley",
                                      QStringLiteral("ons.csv"));
        INFO(problems(csv).toStdString());
        REQUIRE(csv.ok());
        REQUIRE(csv.wards.size() == 2);
        CHECK(csv.wards.at(0).code == QStringLiteral("E05011254"));
        CHECK(csv.wards.at(0).name == QStringLiteral("Bickley & Sundridge"));
        CHECK(csv.wards.at(1).name == QStringLiteral("Biggin Hill"));
    }
    SECTION("no header")
    {
        const auto csv = parseWardCsv("W05000001,\"Tref \"\"Uchaf\"\"\"\nW05000002,Isaf\n", QStringLiteral("w.csv"));
        REQUIRE(csv.ok());
        REQUIRE(csv.wards.size() == 2);
        CHECK(csv.wards.at(0).name == QStringLiteral("Tref \"Uchaf\""));
    }
    SECTION("a quoted name across two lines keeps later line numbers right")
    {
        const auto csv = parseWardCsv("code,name\nE05000001,\"Two\nlines\"\nE05000002,\n", QStringLiteral("w.csv"));
        REQUIRE(csv.problems.size() == 1);
        CHECK(csv.problems.first()
              == WardCsvProblem {QStringLiteral("w.csv"), 4, QStringLiteral("name"), QStringLiteral("is required")});
    }
}

TEST_CASE("Every bad row of a ward CSV is reported by line and field, and no ward is returned", "[wardcsv]")
{
    const auto csv = parseWardCsv("code,name\n"
                                  "E05000001,Riverside\n"
                                  "E5000002,Hill\n"
                                  "E05000003,\n"
                                  "E05000001,Riverside again\n",
                                  QStringLiteral("bad.csv"));
    CHECK(csv.wards.isEmpty());
    REQUIRE(csv.problems.size() == 3);
    CHECK(csv.problems.at(0).line == 3);
    CHECK(csv.problems.at(0).field == QStringLiteral("code"));
    CHECK(csv.problems.at(0).text().startsWith(QStringLiteral("bad.csv, line 3, code: 'E5000002' is not")));
    CHECK(csv.problems.at(1).text() == QStringLiteral("bad.csv, line 4, name: is required"));
    CHECK(csv.problems.at(2).text() == QStringLiteral("bad.csv, line 5, code: E05000001 is listed already on line 2"));
}

TEST_CASE("A ward CSV that cannot be read as a table says why and where", "[wardcsv]")
{
    SECTION("empty")
    {
        const auto csv = parseWardCsv("\n\n", QStringLiteral("e.csv"));
        REQUIRE(csv.problems.size() == 1);
        CHECK(csv.problems.first().text() == QStringLiteral("e.csv: holds no wards"));
    }
    SECTION("a header only")
    {
        const auto csv = parseWardCsv("code,name\n", QStringLiteral("h.csv"));
        REQUIRE(csv.problems.size() == 1);
        CHECK(csv.problems.first().text() == QStringLiteral("h.csv: holds a header but no wards"));
    }
    SECTION("a header without a name column")
    {
        const auto csv = parseWardCsv("code,population\nE05000001,9000\n", QStringLiteral("h.csv"));
        REQUIRE(csv.problems.size() == 1);
        CHECK(csv.problems.first().line == 1);
        CHECK(csv.problems.first().field == QStringLiteral("header"));
        CHECK(csv.problems.first().message.contains(QStringLiteral("name")));
        CHECK(csv.wards.isEmpty());
    }
    SECTION("an unclosed quote")
    {
        const auto csv = parseWardCsv("code,name\nE05000001,\"Riverside\nE05000002,Hill\n", QStringLiteral("q.csv"));
        REQUIRE(csv.problems.size() == 1);
        CHECK(csv.problems.first().text()
              == QStringLiteral("q.csv, line 2, column 2: opens a quote mark that is "
                                "never closed"));
    }
    SECTION("a stray quote mark")
    {
        const auto csv = parseWardCsv("code,name\nE05000001,River\"side\nE05000002,Hill\n", QStringLiteral("q.csv"));
        REQUIRE(csv.problems.size() == 1);
        CHECK(csv.problems.first().line == 2);
        CHECK(csv.problems.first().field == QStringLiteral("column 2"));
        CHECK(csv.wards.isEmpty());
    }
    SECTION("not UTF-8")
    {
        const auto csv = parseWardCsv("code,name\nE05000001,Ynys M\xf4n\n", QStringLiteral("l.csv"));
        REQUIRE(csv.problems.size() == 1);
        CHECK(csv.problems.first().line == 2);
        CHECK(csv.problems.first().message.contains(QStringLiteral("UTF-8")));
    }
}
