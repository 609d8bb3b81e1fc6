// hearth-cli service|directory|referral (spec/cli.md): the community directory and referrals from
// the command line. Bad input exits 65 naming where, and changes nothing.
#include "CliRunner.h"

#include "JsonSchema.h"
#include "OpenReferral.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

using hearth::test::Cli;
using hearth::test::CliResult;
using hearth::test::preparedCli;
using hearth::test::TempFolder;

namespace {

QString ok(const CliResult& result)
{
    INFO(result.err.toStdString());
    REQUIRE(result.code == 0);
    return result.out.trimmed();
}

QString example(const char* name)
{
    return hearth::test::sourceDir() + QStringLiteral("/resources/oruk-3.0/examples/") + QString::fromLatin1(name);
}

QString addResident(const Cli& cli, const QStringList& extra = {})
{
    return ok(cli.db(QStringList {QStringLiteral("resident"), QStringLiteral("add"), QStringLiteral("--given"),
                                  QStringLiteral("Mabel"), QStringLiteral("--family"), QStringLiteral("Okafor"),
                                  QStringLiteral("--ward"), QStringLiteral("E05000001"),
                                  QStringLiteral("--identified-on"), QStringLiteral("2026-09-01")}
                     + extra));
}

QString addService(const Cli& cli, const QString& name, const QStringList& extra = {})
{
    return ok(cli.db(QStringList {QStringLiteral("service"), QStringLiteral("add"), QStringLiteral("--organisation"),
                                  QStringLiteral("Riverside Community Trust"), QStringLiteral("--name"), name}
                     + extra));
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeFile(const QString& path, const QByteArray& data)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(data);
}

} // namespace

TEST_CASE("directory import takes the official examples, and a re-import updates in place", "[cli][directory][oruk]")
{
    TempFolder folder;
    const Cli cli = preparedCli(folder);
    const auto first = cli.db({QStringLiteral("directory"), QStringLiteral("import"), example("service_full.json")});
    CHECK(ok(first) == QStringLiteral("1 added, 0 updated, 0 unchanged, 0 no longer in the feed"));
    CHECK(first.err.contains(QStringLiteral("$.service_at_locations[0].location.addresses[0].postal_code")));
    CHECK(ok(cli.db({QStringLiteral("directory"), QStringLiteral("import"), example("service_list.json")}))
          == QStringLiteral("0 added, 0 updated, 1 unchanged, 0 no longer in the feed"));
    const QJsonArray services =
        cli.db({QStringLiteral("service"), QStringLiteral("list"), QStringLiteral("--json")}).json().array();
    REQUIRE(services.size() == 1);
    CHECK(services.at(0).toObject().value(QStringLiteral("stale")).toBool()); // assured 2005
}

TEST_CASE("An invalid ORUK document is refused with the JSON path of the first problem and nothing imported",
          "[cli][directory][oruk][bad-input]")
{
    TempFolder folder;
    const Cli cli = preparedCli(folder);
    QJsonObject page = QJsonDocument::fromJson(readFile(example("service_list.json"))).object();
    QJsonArray contents = page.value(QStringLiteral("contents")).toArray();
    QJsonObject broken = contents.at(0).toObject();
    broken.insert(QStringLiteral("id"), QStringLiteral("0b0c7d57-4a6e-4b9e-8a53-5f0e8f1d2c11"));
    QJsonObject organisation = broken.value(QStringLiteral("organization")).toObject();
    organisation.insert(QStringLiteral("website"), QStringLiteral("not a uri"));
    broken.insert(QStringLiteral("organization"), organisation);
    contents.append(broken);
    page.insert(QStringLiteral("contents"), contents);
    writeFile(folder.path(QStringLiteral("bad.json")), QJsonDocument(page).toJson());

    const auto before = ok(cli.db({QStringLiteral("dump")}));
    const auto result =
        cli.db({QStringLiteral("directory"), QStringLiteral("import"), folder.path(QStringLiteral("bad.json"))});
    CHECK(result.code == 65);
    CHECK(
        result.err.contains(QStringLiteral("$.contents[1].organization.website: 'not a uri' is not an absolute URI")));
    CHECK(result.err.contains(QStringLiteral("nothing was imported")));
    CHECK(ok(cli.db({QStringLiteral("dump")})) == before);

    CHECK(cli.db({QStringLiteral("directory"), QStringLiteral("import"), folder.path(QStringLiteral("none.json"))}).code
          == 66);
}

TEST_CASE("directory export writes a page whose every service validates against the 3.0 schemas",
          "[cli][directory][oruk]")
{
    TempFolder folder;
    const Cli cli = preparedCli(folder);
    ok(cli.db({QStringLiteral("directory"), QStringLiteral("import"), example("service_full.json")}));
    const QString walk =
        addService(cli, QStringLiteral("Riverside walking group"),
                   {QStringLiteral("--category"), QStringLiteral("walking"), QStringLiteral("--ward"),
                    QStringLiteral("E05000001"), QStringLiteral("--url"), QStringLiteral("https://example.org/walk")});
    const QString out = folder.path(QStringLiteral("directory.json"));
    ok(cli.db({QStringLiteral("directory"), QStringLiteral("export"), QStringLiteral("--out"), out}));
    const QJsonObject page = QJsonDocument::fromJson(readFile(out)).object();
    CHECK(page.value(QStringLiteral("total_items")).toInt() == 2);
    const QJsonArray contents = page.value(QStringLiteral("contents")).toArray();
    REQUIRE(contents.size() == 2);
    for (const auto& service : contents) {
        const auto problem = hearth::JsonSchemaSet::openReferralUk().validate(service, QStringLiteral("service.json"));
        CHECK_FALSE(problem);
        if (problem) {
            UNSCOPED_INFO(problem->text().toStdString());
        }
    }
    CHECK(cli.db({QStringLiteral("directory"), QStringLiteral("export"), QStringLiteral("--out"), out}).code == 73);

    // The export imports into another database, and again without duplicating.
    TempFolder otherFolder;
    const Cli other = preparedCli(otherFolder);
    CHECK(ok(other.db({QStringLiteral("directory"), QStringLiteral("import"), out}))
              .startsWith(QStringLiteral("2 added")));
    CHECK(ok(other.db({QStringLiteral("directory"), QStringLiteral("import"), out}))
              .startsWith(QStringLiteral("0 added")));
    Q_UNUSED(walk);
}

TEST_CASE("service add, update and list, with bad values exit 65 naming the field", "[cli][directory]")
{
    TempFolder folder;
    const Cli cli = preparedCli(folder);
    const QString id =
        addService(cli, QStringLiteral("Lunch club"),
                   {QStringLiteral("--target-group"), QStringLiteral("older_people"), QStringLiteral("--transport"),
                    QStringLiteral("yes"), QStringLiteral("--minimum-age"), QStringLiteral("60")});
    ok(cli.db(
        {QStringLiteral("service"), QStringLiteral("update"), id, QStringLiteral("--capacity"), QStringLiteral("20")}));
    const QJsonArray listed =
        cli.db({QStringLiteral("service"), QStringLiteral("list"), QStringLiteral("--json")}).json().array();
    REQUIRE(listed.size() == 1);
    const QJsonObject service = listed.at(0).toObject();
    CHECK(service.value(QStringLiteral("capacity")).toInt() == 20);
    CHECK(service.value(QStringLiteral("transport_provided")).toBool());
    CHECK(service.value(QStringLiteral("minimum_age")).toInt() == 60);
    CHECK_FALSE(service.value(QStringLiteral("stale")).toBool());

    const auto before = ok(cli.db({QStringLiteral("dump")}));
    const auto badAge = cli.db({QStringLiteral("service"), QStringLiteral("update"), id,
                                QStringLiteral("--maximum-age"), QStringLiteral("30")});
    CHECK(badAge.code == 65);
    CHECK(badAge.err.contains(QStringLiteral("maximum_age")));
    const auto badWard = cli.db({QStringLiteral("service"), QStringLiteral("add"), QStringLiteral("--organisation"),
                                 QStringLiteral("New Org"), QStringLiteral("--name"), QStringLiteral("X"),
                                 QStringLiteral("--ward"), QStringLiteral("E05999999")});
    CHECK(badWard.code == 65);
    CHECK(badWard.err.contains(QStringLiteral("wards_served")));
    CHECK(ok(cli.db({QStringLiteral("dump")})) == before); // not even the new organisation
}

TEST_CASE("referral add, suggest, status, list and show, and an illegal transition exits 65 naming both states",
          "[cli][referral]")
{
    TempFolder folder;
    const Cli cli = preparedCli(folder);
    const QString resident = addResident(cli,
                                         {QStringLiteral("--barriers"), QStringLiteral("transport"),
                                          QStringLiteral("--date-of-birth"), QStringLiteral("1944-02-03")});
    const QString bus = addService(cli, QStringLiteral("Lunch club with minibus"),
                                   {QStringLiteral("--transport"), QStringLiteral("yes")});
    addService(cli, QStringLiteral("Youth club"), {QStringLiteral("--maximum-age"), QStringLiteral("25")});
    const QJsonArray suggestions =
        cli.db({QStringLiteral("referral"), QStringLiteral("suggest"), resident, QStringLiteral("--json")})
            .json()
            .array();
    REQUIRE(suggestions.size() == 1);
    CHECK(suggestions.at(0).toObject().value(QStringLiteral("service_id")).toString() == bus);

    const QString referral = ok(cli.db({QStringLiteral("referral"), QStringLiteral("add"), resident, bus,
                                        QStringLiteral("--on"), QStringLiteral("2026-01-05")}));
    ok(cli.db({QStringLiteral("referral"), QStringLiteral("status"), referral, QStringLiteral("sent"),
               QStringLiteral("--on"), QStringLiteral("2026-01-06")}));
    const auto list = cli.db({QStringLiteral("referral"), QStringLiteral("list")});
    CHECK(ok(list).contains(QStringLiteral("NO RESPONSE")));

    const auto before = ok(cli.db({QStringLiteral("dump")}));
    const auto illegal = cli.db({QStringLiteral("referral"), QStringLiteral("status"), referral,
                                 QStringLiteral("completed"), QStringLiteral("--on"), QStringLiteral("2026-01-07")});
    CHECK(illegal.code == 65);
    CHECK(illegal.err.contains(QStringLiteral("cannot go from sent to completed")));
    const auto unknown =
        cli.db({QStringLiteral("referral"), QStringLiteral("status"), referral, QStringLiteral("finished")});
    CHECK(unknown.code == 65);
    CHECK(ok(cli.db({QStringLiteral("dump")})) == before);

    ok(cli.db({QStringLiteral("referral"), QStringLiteral("status"), referral, QStringLiteral("no response"),
               QStringLiteral("--on"), QStringLiteral("2026-02-01")}));
    CHECK(ok(cli.db({QStringLiteral("referral"), QStringLiteral("list")})).isEmpty()); // no open referrals
    const QJsonObject shown =
        cli.db({QStringLiteral("referral"), QStringLiteral("show"), referral, QStringLiteral("--json")})
            .json()
            .object();
    const QJsonArray history = shown.value(QStringLiteral("history")).toArray();
    REQUIRE(history.size() == 3);
    CHECK(history.at(2).toObject().value(QStringLiteral("to_status")).toString() == QStringLiteral("no_response"));
    CHECK(history.at(2).toObject().value(QStringLiteral("event_on")).toString() == QStringLiteral("2026-02-01"));
    CHECK_FALSE(history.at(2).toObject().value(QStringLiteral("officer_id")).toString().isEmpty());
}

TEST_CASE("directory gaps shows wards with residents but no service of a category, and writes CSV",
          "[cli][directory][gaps]")
{
    TempFolder folder;
    const Cli cli = preparedCli(folder);
    ok(cli.db({QStringLiteral("ward"), QStringLiteral("add"), QStringLiteral("E05000002"), QStringLiteral("Hilltop")}));
    addResident(cli);
    addResident(cli, {QStringLiteral("--ward"), QStringLiteral("E05000002")});
    addService(cli, QStringLiteral("Riverside lunch"),
               {QStringLiteral("--category"), QStringLiteral("lunch_club"), QStringLiteral("--ward"),
                QStringLiteral("E05000001")});
    const QString out = folder.path(QStringLiteral("gaps.csv"));
    ok(cli.db({QStringLiteral("directory"), QStringLiteral("gaps"), QStringLiteral("--out"), out}));
    CHECK(QString::fromUtf8(readFile(out))
          == QStringLiteral("ward_code,ward_name,category,category_name,services,residents,gap\r\n"
                            "E05000001,Riverside,lunch_club,lunch_club,1,1,no\r\n"
                            "E05000002,Hilltop,lunch_club,lunch_club,0,1,yes\r\n"));

    // The report formats, chosen by --format or the file's extension.
    const QString html = folder.path(QStringLiteral("gaps.html"));
    ok(cli.db({QStringLiteral("directory"), QStringLiteral("gaps"), QStringLiteral("--out"), html}));
    const QString page = QString::fromUtf8(readFile(html));
    CHECK(page.contains(QStringLiteral("<caption>Gaps: residents on the register")));
    CHECK(page.contains(QStringLiteral("Hilltop")));
    const QString xlsx = folder.path(QStringLiteral("gaps.data"));
    ok(cli.db({QStringLiteral("directory"), QStringLiteral("gaps"), QStringLiteral("--out"), xlsx,
               QStringLiteral("--format"), QStringLiteral("xlsx")}));
    CHECK(readFile(xlsx).startsWith("PK"));

    const auto badFormat =
        cli.db({QStringLiteral("directory"), QStringLiteral("gaps"), QStringLiteral("--out"),
                folder.path(QStringLiteral("gaps.doc")), QStringLiteral("--format"), QStringLiteral("doc")});
    CHECK(badFormat.code == 64);
    CHECK(badFormat.err.contains(QStringLiteral("--format: 'doc' is not a format")));
    CHECK_FALSE(QFile::exists(folder.path(QStringLiteral("gaps.doc"))));
    const auto noOut = cli.db(
        {QStringLiteral("directory"), QStringLiteral("gaps"), QStringLiteral("--format"), QStringLiteral("pdf")});
    CHECK(noOut.code == 64);
    const auto unwritable = cli.db({QStringLiteral("directory"), QStringLiteral("gaps"), QStringLiteral("--out"),
                                    folder.path(QStringLiteral("missing/gaps.xlsx"))});
    CHECK(unwritable.code == 73);
}
