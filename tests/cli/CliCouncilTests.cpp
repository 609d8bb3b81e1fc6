// hearth-cli settings show|set, ward import|remove, officer update|deactivate.
#include "CliRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

using hearth::test::Cli;
using hearth::test::preparedCli;
using hearth::test::TempFolder;

namespace {

QString writeFile(const TempFolder& folder, const QString& name, const QByteArray& content)
{
    const QString path = folder.path(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(content);
    return path;
}

} // namespace

TEST_CASE("settings show lists every council setting and settings set changes one, within its range", "[cli][settings]")
{
    TempFolder folder;
    const Cli cli = preparedCli(folder);
    const auto shown = cli.db({QStringLiteral("settings"), QStringLiteral("show")});
    REQUIRE(shown.code == 0);
    CHECK(shown.out.contains(QStringLiteral("council_name = Testshire\n")));
    CHECK(shown.out.contains(QStringLiteral("primary_instrument = ucla3\n")));
    CHECK(shown.out.contains(QStringLiteral("review_interval_weeks = 12\n")));

    REQUIRE(cli.db({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("review_interval_weeks"),
                    QStringLiteral("8")})
                .code
            == 0);
    REQUIRE(cli.db({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("primary_instrument"),
                    QStringLiteral("swemwbs")})
                .code
            == 0);
    const auto json = cli.db({QStringLiteral("settings"), QStringLiteral("show"), QStringLiteral("--json")}).json();
    CHECK(json.object().value(QStringLiteral("review_interval_weeks")).toInt() == 8);
    CHECK(json.object().value(QStringLiteral("primary_instrument")).toString() == QStringLiteral("swemwbs"));
    CHECK(json.object().value(QStringLiteral("council_name")).toString() == QStringLiteral("Testshire"));
    CHECK(json.object().value(QStringLiteral("swemwbs_low_wellbeing_below")).toDouble() == 19.25);

    const QString before = cli.db({QStringLiteral("dump")}).out;
    const auto outOfRange = cli.db({QStringLiteral("settings"), QStringLiteral("set"),
                                    QStringLiteral("review_interval_weeks"), QStringLiteral("0")});
    CHECK(outOfRange.code == 65);
    CHECK(outOfRange.err.contains(QStringLiteral("review_interval_weeks: must be between 1 and 104")));
    const auto notNumber = cli.db(
        {QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("retention_years"), QStringLiteral("six")});
    CHECK(notNumber.code == 65);
    CHECK(notNumber.err.contains(QStringLiteral("retention_years: 'six' is not a whole number")));
    const auto unknownKey =
        cli.db({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("colour"), QStringLiteral("blue")});
    CHECK(unknownKey.code == 65);
    CHECK(unknownKey.err.contains(QStringLiteral("colour: is not a council setting")));
    const auto badInstrument = cli.db({QStringLiteral("settings"), QStringLiteral("set"),
                                       QStringLiteral("primary_instrument"), QStringLiteral("phq9")});
    CHECK(badInstrument.code == 65);
    CHECK(badInstrument.err.contains(QStringLiteral("primary_instrument")));
    CHECK(cli.db({QStringLiteral("dump")}).out == before);
}

TEST_CASE("ward import adds and renames wards from a CSV, or on any bad row imports none", "[cli][wards]")
{
    TempFolder folder;
    const Cli cli = preparedCli(folder);
    const QString good = writeFile(folder, QStringLiteral("wards.csv"),
                                   "WD24CD,WD24NM\nE05000001,Riverside Central\nE05000002,\"Hill, North\"\n");
    const auto imported = cli.db({QStringLiteral("ward"), QStringLiteral("import"), good});
    INFO(imported.err.toStdString());
    REQUIRE(imported.code == 0);
    CHECK(imported.err.contains(QStringLiteral("2 ward(s) from wards.csv: 1 new, 1 renamed")));
    const auto listed = cli.db({QStringLiteral("ward"), QStringLiteral("list")});
    CHECK(listed.out == QStringLiteral("E05000002  Hill, North\nE05000001  Riverside Central\n"));

    const QString before = cli.db({QStringLiteral("dump")}).out;
    const QString bad =
        writeFile(folder, QStringLiteral("bad.csv"), "code,name\nE05000003,Lakeside\nE0500000X,Moor\nE05000004,\n");
    const auto refused = cli.db({QStringLiteral("ward"), QStringLiteral("import"), bad});
    CHECK(refused.code == 65);
    CHECK(refused.err.contains(QStringLiteral("no ward was imported; 2 problem(s)")));
    CHECK(refused.err.contains(QStringLiteral("bad.csv, line 3, code: 'E0500000X' is not an ONS ward code")));
    CHECK(refused.err.contains(QStringLiteral("bad.csv, line 4, name: is required")));
    CHECK(cli.db({QStringLiteral("dump")}).out == before);

    const auto missing =
        cli.db({QStringLiteral("ward"), QStringLiteral("import"), folder.path(QStringLiteral("no.csv"))});
    CHECK(missing.code == 66);
}

TEST_CASE("ward remove refuses a ward in use and removes an unused one", "[cli][wards]")
{
    TempFolder folder;
    const Cli cli = preparedCli(folder);
    REQUIRE(cli.db({QStringLiteral("ward"), QStringLiteral("add"), QStringLiteral("E05000002"), QStringLiteral("Hill")})
                .code
            == 0);
    REQUIRE(cli.db({QStringLiteral("resident"), QStringLiteral("add"), QStringLiteral("--given"),
                    QStringLiteral("Mabel"), QStringLiteral("--ward"), QStringLiteral("E05000001"),
                    QStringLiteral("--identified-on"), QStringLiteral("2026-09-01")})
                .code
            == 0);
    const auto inUse = cli.db({QStringLiteral("ward"), QStringLiteral("remove"), QStringLiteral("E05000001")});
    CHECK(inUse.code == 65);
    CHECK(inUse.err.contains(QStringLiteral("code: ward E05000001 is still used by 1")));

    CHECK(cli.db({QStringLiteral("ward"), QStringLiteral("remove"), QStringLiteral("E05000002")}).code == 0);
    CHECK(cli.db({QStringLiteral("ward"), QStringLiteral("list")}).out == QStringLiteral("E05000001  Riverside\n"));
    CHECK(cli.db({QStringLiteral("ward"), QStringLiteral("remove"), QStringLiteral("E05000002")}).code == 65);
}

TEST_CASE("officer update renames or changes a role, and officer deactivate stops listing them", "[cli][officers]")
{
    TempFolder folder;
    const Cli cli = preparedCli(folder);
    const QString id =
        cli.db({QStringLiteral("officer"), QStringLiteral("add"), QStringLiteral("Lee Leaver")}).out.trimmed();
    REQUIRE_FALSE(id.isEmpty());
    REQUIRE(cli.db({QStringLiteral("officer"), QStringLiteral("update"), id, QStringLiteral("--name"),
                    QStringLiteral("Lee Lever"), QStringLiteral("--role"), QStringLiteral("manager")})
                .code
            == 0);
    auto listed = cli.db({QStringLiteral("officer"), QStringLiteral("list"), QStringLiteral("--json")}).json().array();
    REQUIRE(listed.size() == 2);
    CHECK(listed.at(0).toObject().value(QStringLiteral("display_name")).toString() == QStringLiteral("Lee Lever"));
    CHECK(listed.at(0).toObject().value(QStringLiteral("role")).toString() == QStringLiteral("manager"));

    const auto badRole = cli.db(
        {QStringLiteral("officer"), QStringLiteral("update"), id, QStringLiteral("--role"), QStringLiteral("boss")});
    CHECK(badRole.code == 65);
    CHECK(badRole.err.contains(QStringLiteral("role")));

    REQUIRE(cli.db({QStringLiteral("officer"), QStringLiteral("deactivate"), QStringLiteral("Lee Lever")}).code == 0);
    listed = cli.db({QStringLiteral("officer"), QStringLiteral("list"), QStringLiteral("--json")}).json().array();
    REQUIRE(listed.size() == 1);
    CHECK(listed.at(0).toObject().value(QStringLiteral("display_name")).toString() == QStringLiteral("Sam Officer"));
    CHECK(cli.db({QStringLiteral("officer"), QStringLiteral("deactivate"), id}).code == 65);
}
