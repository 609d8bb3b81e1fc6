// hearth-cli vocabulary list|add|rename|retire|restore, and the council's terms in resident add and
// import residents.
#include "CliRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

using hearth::test::Cli;
using hearth::test::preparedCli;
using hearth::test::TempFolder;

namespace {

QStringList args(std::initializer_list<const char*> list)
{
    QStringList result;
    for (const char* item : list) {
        result.append(QString::fromUtf8(item));
    }
    return result;
}

} // namespace

TEST_CASE("vocabulary add, list, rename, retire and restore change the council's target groups", "[cli][vocabulary]")
{
    TempFolder folder;
    const Cli cli = preparedCli(folder);
    const auto added = cli.db(args({"vocabulary", "add", "target-groups", "Refugees and asylum seekers"}));
    INFO(added.err.toStdString());
    REQUIRE(added.code == 0);
    CHECK(added.out.trimmed() == QStringLiteral("refugees_and_asylum_seekers"));
    REQUIRE(cli.db(args({"vocabulary", "add", "barriers", "No lift", "--code", "no_lift"})).code == 0);

    const auto listed = cli.db(args({"vocabulary", "list", "target-groups"}));
    REQUIRE(listed.code == 0);
    CHECK(listed.out.contains(QStringLiteral("care_leaver\tCare leaver\tbuilt-in\n")));
    CHECK(listed.out.contains(QStringLiteral("refugees_and_asylum_seekers\tRefugees and asylum seekers\tadded\n")));

    REQUIRE(cli.db(args({"vocabulary", "rename", "target-groups", "refugees_and_asylum_seekers", "Refugees"})).code
            == 0);
    REQUIRE(cli.db(args({"vocabulary", "retire", "target-groups", "veteran"})).code == 0);
    const auto json = cli.db(args({"vocabulary", "list", "target_groups", "--json"})).json().array();
    QStringList retired;
    QString renamed;
    for (const auto& value : json) {
        const QJsonObject term = value.toObject();
        if (term.value(QStringLiteral("retired")).toBool()) {
            retired.append(term.value(QStringLiteral("code")).toString());
        }
        if (term.value(QStringLiteral("code")).toString() == QStringLiteral("refugees_and_asylum_seekers")) {
            renamed = term.value(QStringLiteral("label")).toString();
            CHECK_FALSE(term.value(QStringLiteral("built_in")).toBool());
        }
    }
    CHECK(retired == QStringList {QStringLiteral("veteran")});
    CHECK(renamed == QStringLiteral("Refugees"));
    REQUIRE(cli.db(args({"vocabulary", "restore", "target-groups", "veteran"})).code == 0);
    CHECK(cli.db(args({"vocabulary", "list", "target-groups"}))
              .out.contains(QStringLiteral("veteran\tArmed forces veteran\tbuilt-in\n")));

    // A resident takes the added group by its code.
    const auto resident =
        cli.db(args({"resident", "add", "--given", "Amal", "--family", "Haddad", "--ward", "E05000001",
                     "--identified-on", "2026-09-01", "--target-groups", "refugees_and_asylum_seekers"}));
    INFO(resident.err.toStdString());
    CHECK(resident.code == 0);
}

TEST_CASE("vocabulary refuses a bad list, a duplicate or empty label, an unknown code, and leaves the database alone",
          "[cli][vocabulary]")
{
    TempFolder folder;
    const Cli cli = preparedCli(folder);
    const QString before = cli.db(args({"dump"})).out;

    const auto badList = cli.db(args({"vocabulary", "add", "pets", "Cats"}));
    CHECK(badList.code == 64);
    CHECK(badList.err.contains(QStringLiteral("'pets' is not a council list; the lists are: target-groups, barriers")));

    const auto duplicate = cli.db(args({"vocabulary", "add", "barriers", "transport"}));
    CHECK(duplicate.code == 65);
    CHECK(duplicate.err.contains(QStringLiteral("barriers: there is already a barrier called 'Transport'")));

    const auto empty = cli.db(args({"vocabulary", "add", "target-groups", " "}));
    CHECK(empty.code == 65);
    CHECK(empty.err.contains(QStringLiteral("target_groups: a target group needs a label")));

    const auto badCode = cli.db(args({"vocabulary", "add", "target-groups", "Refugees", "--code", "Bad Code"}));
    CHECK(badCode.code == 65);
    CHECK(badCode.err.contains(QStringLiteral("'Bad Code' is not a code")));

    const auto unknown = cli.db(args({"vocabulary", "retire", "target-groups", "pirates"}));
    CHECK(unknown.code == 65);
    CHECK(unknown.err.contains(QStringLiteral("'pirates' is not a target group")));

    const auto builtIn = cli.db(args({"vocabulary", "rename", "barriers", "cost", "Money"}));
    CHECK(builtIn.code == 65);
    CHECK(builtIn.err.contains(QStringLiteral("its label cannot be changed")));

    CHECK(cli.db(args({"dump"})).out == before);
}

TEST_CASE("import residents takes an added target group by label, and refuses a retired one for new rows",
          "[cli][vocabulary][import]")
{
    TempFolder folder;
    const Cli cli = preparedCli(folder);
    REQUIRE(cli.db(args({"vocabulary", "add", "target-groups", "Refugees"})).code == 0);
    REQUIRE(cli.db(args({"vocabulary", "retire", "barriers", "cost"})).code == 0);

    const QString csv = folder.path(QStringLiteral("people.csv"));
    {
        QFile file(csv);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("Given name,Family name,Ward,Identified on,Target groups,Barriers\n"
                   "Amal,Haddad,E05000001,2026-09-01,refugees;Carer,transport\n"
                   "Omar,Haddad,E05000001,2026-09-01,Refugees,cost\n");
    }
    const auto refused = cli.db({QStringLiteral("import"), QStringLiteral("residents"), csv});
    INFO(refused.err.toStdString());
    CHECK(refused.code == 65);
    CHECK(refused.err.contains(csv + QStringLiteral(":3: column \"Barriers\": 'cost' is a retired barrier")));
    CHECK_FALSE(refused.err.contains(csv + QStringLiteral(":2:")));

    const auto skipped =
        cli.db({QStringLiteral("import"), QStringLiteral("residents"), csv, QStringLiteral("--skip-invalid")});
    INFO(skipped.err.toStdString());
    REQUIRE(skipped.code == 0);
    CHECK(skipped.out.trimmed() == QStringLiteral("1"));
    const QJsonArray residents = cli.db(args({"dump"}))
                                     .json()
                                     .object()
                                     .value(QStringLiteral("tables"))
                                     .toObject()
                                     .value(QStringLiteral("residents"))
                                     .toArray();
    REQUIRE(residents.size() == 1);
    CHECK(residents.first().toObject().value(QStringLiteral("target_groups")).toArray()
          == QJsonArray {QStringLiteral("refugees"), QStringLiteral("carer")});
}
