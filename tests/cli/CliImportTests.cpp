// hearth-cli import residents, template residents.
#include "CliRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

using hearth::test::Cli;
using hearth::test::TempFolder;

namespace {

void writeFile(const QString& path, const QByteArray& data)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(data);
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

qsizetype residentCount(const Cli& cli)
{
    const auto dump = cli.db({QStringLiteral("dump")});
    REQUIRE(dump.code == 0);
    return dump.json()
        .object()
        .value(QStringLiteral("tables"))
        .toObject()
        .value(QStringLiteral("residents"))
        .toArray()
        .size();
}

const QByteArray kGood = "Forename;Surname;DOB;Post code;Ward;Date identified;Target groups\r\n"
                         "Jean;Smith;01/02/1950;ab1 2cd;Riverside;2026-01-05;Older people|carer\r\n"
                         "Amir;Khan;1961-12-31;;E05000001;05/01/2026;\r\n";

const QByteArray kBad = "Given name,Family name,Ward,Identified on,Sex,Notes\n"
                        "Jean,Smith,E05000001,2026-01-05,female,x\n"
                        "Bob,Jones,Nowhere,2026-01-05,female,\n"
                        "Ann,Lee,E05000001,2026-13-01,female,\n"
                        "Cal,Ray,E05000001,2026-01-06,unknown,\n";

} // namespace

TEST_CASE("import residents: a good file is imported and the residents are listed", "[cli][import]")
{
    TempFolder folder;
    const Cli cli = hearth::test::preparedCli(folder);
    const QString csv = folder.path(QStringLiteral("people.csv"));
    writeFile(csv, kGood);
    const auto result = cli.db({QStringLiteral("import"), QStringLiteral("residents"), csv});
    INFO(result.err.toStdString());
    REQUIRE(result.code == 0);
    CHECK(result.out.trimmed() == QStringLiteral("2"));
    CHECK(result.err.contains(QStringLiteral("semicolon-separated, 2 rows")));
    CHECK(result.err.contains(QStringLiteral("Imported 2 residents")));

    const auto dump = cli.db({QStringLiteral("dump")});
    const QJsonArray rows =
        dump.json().object().value(QStringLiteral("tables")).toObject().value(QStringLiteral("residents")).toArray();
    REQUIRE(rows.size() == 2);
    QJsonObject jean;
    for (const auto& row : rows) {
        if (row.toObject().value(QStringLiteral("given_name")).toString() == QLatin1String("Jean")) {
            jean = row.toObject();
        }
    }
    CHECK(jean.value(QStringLiteral("family_name")).toString() == QStringLiteral("Smith"));
    CHECK(jean.value(QStringLiteral("date_of_birth")).toString() == QStringLiteral("1950-02-01"));
    CHECK(jean.value(QStringLiteral("postcode")).toString() == QStringLiteral("AB1 2CD"));
    CHECK(jean.value(QStringLiteral("ward_code")).toString() == QStringLiteral("E05000001"));
    CHECK(jean.value(QStringLiteral("target_groups")).toArray()
          == QJsonArray {QStringLiteral("older_people"), QStringLiteral("carer")});

    const auto search = cli.db(
        {QStringLiteral("resident"), QStringLiteral("list"), QStringLiteral("--search"), QStringLiteral("Khan")});
    CHECK(search.out.contains(QStringLiteral("Amir Khan")));
}

TEST_CASE("import residents: bad rows are all listed by line and column, and nothing is imported", "[cli][import]")
{
    TempFolder folder;
    const Cli cli = hearth::test::preparedCli(folder);
    const QString csv = folder.path(QStringLiteral("bad.csv"));
    writeFile(csv, kBad);
    const auto result = cli.db({QStringLiteral("import"), QStringLiteral("residents"), csv});
    INFO(result.err.toStdString());
    CHECK(result.code == 65);
    CHECK(result.err.contains(csv + QStringLiteral(":3: column \"Ward\": \"Nowhere\" is not the code or name")));
    CHECK(result.err.contains(csv + QStringLiteral(":4: column \"Identified on\": \"2026-13-01\" is not a date")));
    CHECK(result.err.contains(csv + QStringLiteral(":5: column \"Sex\": \"unknown\" is not one of: female, male")));
    CHECK(result.err.contains(csv + QStringLiteral(": warning: column \"Notes\" is not imported")));
    CHECK(result.err.contains(QStringLiteral("3 of 4 rows are invalid, so nothing was imported")));
    CHECK(residentCount(cli) == 0);
}

TEST_CASE("import residents: --skip-invalid imports the good rows and names the skipped lines", "[cli][import]")
{
    TempFolder folder;
    const Cli cli = hearth::test::preparedCli(folder);
    const QString csv = folder.path(QStringLiteral("bad.csv"));
    writeFile(csv, kBad);
    const auto result =
        cli.db({QStringLiteral("import"), QStringLiteral("residents"), csv, QStringLiteral("--skip-invalid")});
    INFO(result.err.toStdString());
    CHECK(result.code == 0);
    CHECK(result.out.trimmed() == QStringLiteral("1"));
    CHECK(result.err.contains(QStringLiteral("skipped the invalid rows on lines 3, 4, 5")));
    CHECK(residentCount(cli) == 1);
}

TEST_CASE("import residents: --dry-run checks every row and writes nothing", "[cli][import]")
{
    TempFolder folder;
    const Cli cli = hearth::test::preparedCli(folder);
    const QString good = folder.path(QStringLiteral("good.csv"));
    writeFile(good, kGood);
    const auto dry = cli.db({QStringLiteral("import"), QStringLiteral("residents"), good, QStringLiteral("--dry-run")});
    INFO(dry.err.toStdString());
    CHECK(dry.code == 0);
    CHECK(dry.err.contains(QStringLiteral("\"Forename\" -> given_name")));
    CHECK(dry.err.contains(QStringLiteral("2 residents would be imported; nothing was written")));
    CHECK(residentCount(cli) == 0);

    const QString bad = folder.path(QStringLiteral("bad.csv"));
    writeFile(bad, kBad);
    const auto dryBad =
        cli.db({QStringLiteral("import"), QStringLiteral("residents"), bad, QStringLiteral("--dry-run")});
    CHECK(dryBad.code == 65);
    CHECK(residentCount(cli) == 0);
}

TEST_CASE("import residents: a saved mapping, edited, maps columns no header would match", "[cli][import]")
{
    TempFolder folder;
    const Cli cli = hearth::test::preparedCli(folder);
    const QString csv = folder.path(QStringLiteral("odd.csv"));
    writeFile(csv, "Client,Area,Start\nJean,Riverside,2026-01-05\n");
    const QString mapping = folder.path(QStringLiteral("mapping.json"));
    const auto first =
        cli.db({QStringLiteral("import"), QStringLiteral("residents"), csv, QStringLiteral("--save-mapping"), mapping});
    INFO(first.err.toStdString());
    CHECK(first.code == 65);
    CHECK(first.err.contains(QStringLiteral("no column is mapped to ward_code")));
    CHECK(first.err.contains(QStringLiteral("the columns cannot be imported as mapped; nothing was imported")));

    QJsonObject document = QJsonDocument::fromJson(readFile(mapping)).object();
    QJsonObject columns = document.value(QStringLiteral("columns")).toObject();
    CHECK(columns.value(QStringLiteral("Client")).toString() == QString());
    columns.insert(QStringLiteral("Client"), QStringLiteral("given_name"));
    columns.insert(QStringLiteral("Area"), QStringLiteral("ward_code"));
    columns.insert(QStringLiteral("Start"), QStringLiteral("identified_on"));
    document.insert(QStringLiteral("columns"), columns);
    writeFile(mapping, QJsonDocument(document).toJson());

    const auto second =
        cli.db({QStringLiteral("import"), QStringLiteral("residents"), csv, QStringLiteral("--mapping"), mapping});
    INFO(second.err.toStdString());
    CHECK(second.code == 0);
    CHECK(residentCount(cli) == 1);
}

TEST_CASE("import residents: unreadable input gets its exit code and says where", "[cli][import]")
{
    TempFolder folder;
    const Cli cli = hearth::test::preparedCli(folder);
    const QString missing = folder.path(QStringLiteral("missing.csv"));
    const auto noFile = cli.db({QStringLiteral("import"), QStringLiteral("residents"), missing});
    CHECK(noFile.code == 66);
    CHECK(noFile.err.contains(QStringLiteral("no such file")));

    const QString unterminated = folder.path(QStringLiteral("quote.csv"));
    writeFile(unterminated, "Given name,Ward,Identified on\nJean,E05000001,2026-01-05\n\"Bob,E05000001,2026-01-05\n");
    const auto quote = cli.db({QStringLiteral("import"), QStringLiteral("residents"), unterminated});
    CHECK(quote.code == 65);
    CHECK(quote.err.contains(unterminated
                             + QStringLiteral(":3: a quoted field starts on this line and has no closing "
                                              "quote; nothing was imported")));

    const QString semicolons = folder.path(QStringLiteral("semi.csv"));
    writeFile(semicolons, "Given name;Ward;Identified on\nJean;E05000001;2026-01-05\n");
    const auto forced = cli.db({QStringLiteral("import"), QStringLiteral("residents"), semicolons,
                                QStringLiteral("--delimiter"), QStringLiteral("comma")});
    CHECK(forced.code == 65);
    CHECK(forced.err.contains(QStringLiteral("looks separated by semicolon")));

    const auto badDelimiter = cli.db({QStringLiteral("import"), QStringLiteral("residents"), semicolons,
                                      QStringLiteral("--delimiter"), QStringLiteral("pipe")});
    CHECK(badDelimiter.code == 64);

    const QString latin = folder.path(QStringLiteral("latin.csv"));
    writeFile(latin, "Given name,Ward,Identified on\nRen\xE9,E05000001,2026-01-05\n");
    const auto windows = cli.db({QStringLiteral("import"), QStringLiteral("residents"), latin});
    INFO(windows.err.toStdString());
    CHECK(windows.code == 0);
    CHECK(windows.err.contains(QStringLiteral("read as Windows-1252")));

    const QString badMapping = folder.path(QStringLiteral("mapping.json"));
    writeFile(badMapping, R"({"hearth_mapping": "residents", "version": 1, "columns": {"Ward": "wardd"}})");
    const auto mapping = cli.db(
        {QStringLiteral("import"), QStringLiteral("residents"), semicolons, QStringLiteral("--mapping"), badMapping});
    CHECK(mapping.code == 65);
    CHECK(mapping.err.contains(badMapping + QStringLiteral(": columns.\"Ward\": \"wardd\" is not a resident field")));
    const QString headerOnly = folder.path(QStringLiteral("header.csv"));
    writeFile(headerOnly, "Given name,Ward,Identified on\r\n");
    const auto noRows = cli.db({QStringLiteral("import"), QStringLiteral("residents"), headerOnly});
    CHECK(noRows.code == 65);
    CHECK(noRows.err.contains(QStringLiteral("no valid rows")));
    CHECK(residentCount(cli) == 1); // only the Windows-1252 file
}

TEST_CASE("template residents: the template re-imports cleanly", "[cli][import]")
{
    TempFolder folder;
    const Cli cli = hearth::test::preparedCli(folder);
    const auto printed = cli.db({QStringLiteral("template"), QStringLiteral("residents")});
    REQUIRE(printed.code == 0);
    CHECK(printed.out.startsWith(QStringLiteral("Given name,Family name,")));
    CHECK(printed.out.count(QStringLiteral("\r\n")) == 2);

    const QString path = folder.path(QStringLiteral("template.csv"));
    const auto written =
        cli.db({QStringLiteral("template"), QStringLiteral("residents"), QStringLiteral("--out"), path});
    REQUIRE(written.code == 0);
    CHECK(readFile(path).startsWith("\xEF\xBB\xBFGiven name,"));
    CHECK(cli.db({QStringLiteral("template"), QStringLiteral("residents"), QStringLiteral("--out"), path}).code == 73);

    const auto imported = cli.db({QStringLiteral("import"), QStringLiteral("residents"), path});
    INFO(imported.err.toStdString());
    CHECK(imported.code == 0);
    CHECK_FALSE(imported.err.contains(QStringLiteral("warning")));
    CHECK(residentCount(cli) == 1);
}
