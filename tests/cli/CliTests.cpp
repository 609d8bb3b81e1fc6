// hearth-cli's contract (spec/cli.md): commands, help, exit codes, and that a failed command
// changes nothing.
#include "CliRunner.h"

#include "Ids.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

using hearth::test::Cli;
using hearth::test::preparedCli;
using hearth::test::TempFolder;

namespace {

QString addResident(const Cli& cli, const QStringList& extra = {})
{
    const auto result =
        cli.db(QStringList {QStringLiteral("resident"), QStringLiteral("add"), QStringLiteral("--given"),
                            QStringLiteral("Mabel"), QStringLiteral("--family"), QStringLiteral("Okafor"),
                            QStringLiteral("--ward"), QStringLiteral("E05000001"), QStringLiteral("--identified-on"),
                            QStringLiteral("2026-09-01")}
               + extra);
    INFO(result.err.toStdString());
    REQUIRE(result.code == 0);
    return result.out.trimmed();
}

} // namespace

TEST_CASE("No command, an unknown command or an unknown flag print usage on stderr and exit 64", "[cli]")
{
    TempFolder folder;
    Cli cli(folder);
    const auto none = cli.run({});
    CHECK(none.code == 64);
    CHECK(none.err.contains(QStringLiteral("Usage: hearth-cli")));

    const auto unknown = cli.run({QStringLiteral("frobnicate")});
    CHECK(unknown.code == 64);
    CHECK(unknown.err.contains(QStringLiteral("unknown command 'frobnicate'")));
    CHECK(unknown.out.isEmpty());

    const auto unknownSub = cli.run({QStringLiteral("resident"), QStringLiteral("eat")});
    CHECK(unknownSub.code == 64);
    CHECK(unknownSub.err.contains(QStringLiteral("resident add")));

    const auto badFlag = cli.db({QStringLiteral("resident"), QStringLiteral("list"), QStringLiteral("--colour")});
    CHECK(badFlag.code == 64);
    CHECK(badFlag.err.contains(QStringLiteral("colour")));
    CHECK(badFlag.err.contains(QStringLiteral("Usage: hearth-cli")));

    const auto badGlobal = cli.run({QStringLiteral("--nope"), QStringLiteral("check")});
    CHECK(badGlobal.code == 64);

    const auto missingArgument = cli.db({QStringLiteral("resident"), QStringLiteral("show")});
    CHECK(missingArgument.code == 64);
    CHECK(missingArgument.err.contains(QStringLiteral("RESIDENT")));
}

TEST_CASE("Every command has --help, and 'help' lists them all", "[cli]")
{
    TempFolder folder;
    Cli cli(folder);
    const auto overview = cli.run({QStringLiteral("help")});
    REQUIRE(overview.code == 0);
    const QStringList commands {
        QStringLiteral("init"),           QStringLiteral("demo"),
        QStringLiteral("resident add"),   QStringLiteral("resident update"),
        QStringLiteral("resident close"), QStringLiteral("resident show"),
        QStringLiteral("resident list"),  QStringLiteral("contact add"),
        QStringLiteral("export json"),    QStringLiteral("import json"),
        QStringLiteral("dump"),           QStringLiteral("check"),
        QStringLiteral("backup"),         QStringLiteral("restore"),
    };
    for (const auto& command : commands) {
        CAPTURE(command);
        CHECK(overview.out.contains(command));
        const auto help = cli.run(command.split(QLatin1Char(' ')) + QStringList {QStringLiteral("--help")});
        CHECK(help.code == 0);
        CHECK(help.out.contains(QStringLiteral("Usage: hearth-cli [--db PATH] ") + command));
    }
    const auto residentHelp = cli.run({QStringLiteral("help"), QStringLiteral("resident"), QStringLiteral("add")});
    CHECK(residentHelp.code == 0);
    // Options are generated from the record's fields, with their allowed codes.
    CHECK(residentHelp.out.contains(QStringLiteral("--ethnic-group")));
    CHECK(residentHelp.out.contains(QStringLiteral("white_gypsy_traveller")));
    CHECK(residentHelp.out.contains(QStringLiteral("--safeguarding-since")));
}

TEST_CASE("init creates a database and refuses to overwrite one", "[cli]")
{
    TempFolder folder;
    Cli cli(folder);
    const auto first = cli.db({QStringLiteral("init"), QStringLiteral("--council"), QStringLiteral("Testshire")});
    REQUIRE(first.code == 0);
    CHECK(hearth::isUuid(first.out.trimmed()));
    QFile db(cli.dbPath());
    REQUIRE(db.exists());
    const auto sizeBefore = db.size();

    const auto second = cli.db({QStringLiteral("init")});
    CHECK(second.code == 73);
    CHECK(second.err.contains(QStringLiteral("will not overwrite")));
    CHECK(db.size() == sizeBefore);
}

TEST_CASE("A missing database exits 66 and creates nothing", "[cli]")
{
    TempFolder folder;
    Cli cli(folder);
    const auto result = cli.db({QStringLiteral("resident"), QStringLiteral("list")});
    CHECK(result.code == 66);
    CHECK(result.err.contains(QStringLiteral("init")));
    CHECK(result.err.contains(QStringLiteral("There is no Hearth database")));
    CHECK_FALSE(QFile::exists(cli.dbPath()));
}

TEST_CASE("resident add, show, update, close and reopen", "[cli]")
{
    TempFolder folder;
    Cli cli = preparedCli(folder);
    const QString id =
        addResident(cli,
                    {QStringLiteral("--postcode"), QStringLiteral("ab12cd"), QStringLiteral("--target-groups"),
                     QStringLiteral("older_people,carer"), QStringLiteral("--lives-alone"), QStringLiteral("yes")});
    REQUIRE(hearth::isUuid(id));

    auto shown = cli.db({QStringLiteral("resident"), QStringLiteral("show"), id, QStringLiteral("--json")});
    REQUIRE(shown.code == 0);
    QJsonObject record = shown.json().object();
    CHECK(record.value(QStringLiteral("postcode")).toString() == QStringLiteral("AB1 2CD"));
    CHECK(record.value(QStringLiteral("target_groups")).toArray().size() == 2);
    CHECK(record.value(QStringLiteral("lives_alone")).toBool());
    CHECK(record.value(QStringLiteral("status")).toString() == QStringLiteral("open"));
    CHECK(record.value(QStringLiteral("row_version")).toInt() == 1);

    const auto updated = cli.db({QStringLiteral("resident"), QStringLiteral("update"), id, QStringLiteral("--phone"),
                                 QStringLiteral("07700 900456"), QStringLiteral("--json")});
    REQUIRE(updated.code == 0);
    CHECK(updated.json().object().value(QStringLiteral("phone")).toString() == QStringLiteral("07700 900456"));
    CHECK(updated.json().object().value(QStringLiteral("row_version")).toInt() == 2);

    const auto closeWithoutReason = cli.db({QStringLiteral("resident"), QStringLiteral("close"), id});
    CHECK(closeWithoutReason.code == 64);

    const auto closed = cli.db({QStringLiteral("resident"), QStringLiteral("close"), id, QStringLiteral("--on"),
                                QStringLiteral("2026-10-15"), QStringLiteral("--reason"), QStringLiteral("improved"),
                                QStringLiteral("--json")});
    REQUIRE(closed.code == 0);
    CHECK(closed.json().object().value(QStringLiteral("status")).toString() == QStringLiteral("closed"));
    CHECK(closed.json().object().value(QStringLiteral("closed_on")).toString() == QStringLiteral("2026-10-15"));

    const auto closedAgain = cli.db({QStringLiteral("resident"), QStringLiteral("close"), id,
                                     QStringLiteral("--reason"), QStringLiteral("improved")});
    CHECK(closedAgain.code == 65);
    CHECK(closedAgain.err.contains(QStringLiteral("closed on 2026-10-15 already")));

    const auto reopened = cli.db({QStringLiteral("resident"), QStringLiteral("reopen"), id, QStringLiteral("--json")});
    REQUIRE(reopened.code == 0);
    CHECK(reopened.json().object().value(QStringLiteral("status")).toString() == QStringLiteral("open"));

    // The audit trail has every step, and never the resident's name.
    const auto audit = cli.db({QStringLiteral("audit"), QStringLiteral("--resident"), id, QStringLiteral("--json")});
    REQUIRE(audit.code == 0);
    QStringList actions;
    for (const auto& event : audit.json().array()) {
        actions.prepend(event.toObject().value(QStringLiteral("action")).toString());
        CHECK_FALSE(event.toObject().value(QStringLiteral("summary")).toString().contains(QStringLiteral("Mabel")));
    }
    CHECK(actions
          == QStringList {QStringLiteral("create"), QStringLiteral("view"), QStringLiteral("update"),
                          QStringLiteral("close"), QStringLiteral("reopen")});
}

TEST_CASE("Invalid fields exit 65, name the field and write nothing", "[cli]")
{
    TempFolder folder;
    Cli cli = preparedCli(folder);
    const auto dumpBefore = cli.db({QStringLiteral("dump")}).out;

    struct Case
    {
        QStringList arguments;
        QString field;
    };
    const QList<Case> cases {
        {{QStringLiteral("--ward"), QStringLiteral("E05000001")}, QStringLiteral("given_name")},
        {{QStringLiteral("--given"), QStringLiteral("Ann"), QStringLiteral("--ward"), QStringLiteral("E05999999")},
         QStringLiteral("ward")},
        {{QStringLiteral("--given"), QStringLiteral("Ann"), QStringLiteral("--ward"), QStringLiteral("E05000001"),
          QStringLiteral("--dob"), QStringLiteral("1950-02-30")},
         QStringLiteral("date_of_birth")},
        {{QStringLiteral("--given"), QStringLiteral("Ann"), QStringLiteral("--ward"), QStringLiteral("E05000001"),
          QStringLiteral("--sex"), QStringLiteral("robot")},
         QStringLiteral("sex")},
        {{QStringLiteral("--given"), QStringLiteral("Ann"), QStringLiteral("--ward"), QStringLiteral("E05000001"),
          QStringLiteral("--postcode"), QStringLiteral("not a postcode")},
         QStringLiteral("postcode")},
        {{QStringLiteral("--given"), QStringLiteral("Ann"), QStringLiteral("--ward"), QStringLiteral("E05000001"),
          QStringLiteral("--lives-alone"), QStringLiteral("sometimes")},
         QStringLiteral("lives_alone")},
        {{QStringLiteral("--given"), QStringLiteral("Ann"), QStringLiteral("--ward"), QStringLiteral("E05000001"),
          QStringLiteral("--identified-on"), QStringLiteral("2099-01-01")},
         QStringLiteral("identified_on")},
    };
    for (const auto& c : cases) {
        CAPTURE(c.arguments.join(QLatin1Char(' ')));
        const auto result = cli.db(QStringList {QStringLiteral("resident"), QStringLiteral("add")} + c.arguments);
        CHECK(result.code == 65);
        CHECK(result.err.contains(c.field + QStringLiteral(":")));
        CHECK(result.out.isEmpty());
    }
    const auto contactForNobody = cli.db({QStringLiteral("contact"), QStringLiteral("add"),
                                          QStringLiteral("01890000-0000-7000-8000-000000000000"),
                                          QStringLiteral("--type"), QStringLiteral("phone")});
    CHECK(contactForNobody.code == 65);
    CHECK(contactForNobody.err.contains(QStringLiteral("no resident")));
    CHECK(cli.db({QStringLiteral("dump")}).out == dumpBefore);
}

TEST_CASE("contact add records a contact and its follow-up drives the overdue list", "[cli]")
{
    TempFolder folder;
    Cli cli = preparedCli(folder);
    const QString id = addResident(cli);
    const QString other = addResident(cli, {QStringLiteral("--given"), QStringLiteral("Bert")});

    const auto contact = cli.db({QStringLiteral("contact"), QStringLiteral("add"), id, QStringLiteral("--type"),
                                 QStringLiteral("visit"), QStringLiteral("--on"), QStringLiteral("2026-09-02"),
                                 QStringLiteral("--note"), QStringLiteral("Keen on the Tuesday walking group"),
                                 QStringLiteral("--follow-up"), QStringLiteral("2026-09-09")});
    REQUIRE(contact.code == 0);
    CHECK(hearth::isUuid(contact.out.trimmed()));

    const auto overdue = cli.db(
        {QStringLiteral("resident"), QStringLiteral("list"), QStringLiteral("--overdue"), QStringLiteral("--json")});
    REQUIRE(overdue.code == 0);
    const QJsonArray rows = overdue.json().array();
    REQUIRE(rows.size() == 1);
    CHECK(rows.at(0).toObject().value(QStringLiteral("id")).toString() == id);
    CHECK(rows.at(0).toObject().value(QStringLiteral("next_follow_up_on")).toString() == QStringLiteral("2026-09-09"));
    CHECK(rows.at(0).toObject().value(QStringLiteral("last_contact_on")).toString() == QStringLiteral("2026-09-02"));

    // Search reaches contact notes as well as names.
    const auto search = cli.db({QStringLiteral("resident"), QStringLiteral("list"), QStringLiteral("--search"),
                                QStringLiteral("walk"), QStringLiteral("--json")});
    REQUIRE(search.code == 0);
    REQUIRE(search.json().array().size() == 1);
    CHECK(search.json().array().at(0).toObject().value(QStringLiteral("id")).toString() == id);

    const auto byName = cli.db({QStringLiteral("resident"), QStringLiteral("list"), QStringLiteral("--search"),
                                QStringLiteral("ber"), QStringLiteral("--json")});
    REQUIRE(byName.json().array().size() == 1);
    CHECK(byName.json().array().at(0).toObject().value(QStringLiteral("id")).toString() == other);

    const auto badType = cli.db(
        {QStringLiteral("contact"), QStringLiteral("add"), id, QStringLiteral("--type"), QStringLiteral("telepathy")});
    CHECK(badType.code == 65);
    CHECK(badType.err.contains(QStringLiteral("type:")));

    const auto badFollowUp = cli.db({QStringLiteral("contact"), QStringLiteral("add"), id, QStringLiteral("--type"),
                                     QStringLiteral("phone"), QStringLiteral("--on"), QStringLiteral("2026-09-05"),
                                     QStringLiteral("--follow-up"), QStringLiteral("2026-09-01")});
    CHECK(badFollowUp.code == 65);
    CHECK(badFollowUp.err.contains(QStringLiteral("follow_up:")));
}

TEST_CASE("A command group's --help lists its commands", "[cli]")
{
    TempFolder folder;
    Cli cli(folder);
    const auto help = cli.run({QStringLiteral("resident"), QStringLiteral("--help")});
    CHECK(help.code == 0);
    for (const char* command :
         {"resident add", "resident update", "resident close", "resident reopen", "resident show", "resident list"}) {
        CAPTURE(command);
        CHECK(help.out.contains(QStringLiteral("hearth-cli ") + QLatin1String(command)));
    }
    CHECK(cli.run({QStringLiteral("nonsense"), QStringLiteral("--help")}).code == 64);
}

TEST_CASE("An officer given by a name nobody has is refused with the field named", "[cli]")
{
    TempFolder folder;
    Cli cli = preparedCli(folder);
    const QString before = cli.db({QStringLiteral("dump")}).out;
    const QList<QPair<QStringList, QString>> cases {
        {{QStringLiteral("resident"), QStringLiteral("list"), QStringLiteral("--officer"), QStringLiteral("Nobody")},
         QStringLiteral("officer:")},
        {{QStringLiteral("resident"), QStringLiteral("add"), QStringLiteral("--given"), QStringLiteral("Ann"),
          QStringLiteral("--ward"), QStringLiteral("E05000001"), QStringLiteral("--officer"), QStringLiteral("Nobody")},
         QStringLiteral("assigned_officer:")},
        {{QStringLiteral("officer"), QStringLiteral("use"), QStringLiteral("Nobody")}, QStringLiteral("officer:")},
    };
    for (const auto& [arguments, field] : cases) {
        CAPTURE(arguments.join(QLatin1Char(' ')));
        const auto result = cli.db(arguments);
        CHECK(result.code == 65);
        CHECK(result.err.contains(field + QStringLiteral(" no single officer has the id or name 'Nobody'")));
    }
    // The officer set up by preparedCli is found by name.
    CHECK(cli.db({QStringLiteral("officer"), QStringLiteral("use"), QStringLiteral("Sam Officer")}).code == 0);
    CHECK(cli.db({QStringLiteral("dump")}).out == before);
}
