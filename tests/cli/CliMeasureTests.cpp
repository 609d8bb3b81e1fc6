// hearth-cli measure add|list (spec/cli.md, spec/measures.md): scores printed, bad input refused
// naming the item, and nothing stored when refused.
#include "CliRunner.h"

#include "Ids.h"

#include <QJsonArray>
#include <QJsonObject>

using hearth::test::Cli;
using hearth::test::preparedCli;
using hearth::test::TempFolder;

namespace {

QString addResident(const Cli& cli)
{
    const auto result =
        cli.db({QStringLiteral("resident"), QStringLiteral("add"), QStringLiteral("--given"), QStringLiteral("Mabel"),
                QStringLiteral("--family"), QStringLiteral("Okafor"), QStringLiteral("--ward"),
                QStringLiteral("E05000001"), QStringLiteral("--identified-on"), QStringLiteral("2026-09-01")});
    INFO(result.err.toStdString());
    REQUIRE(result.code == 0);
    return result.out.trimmed();
}

hearth::test::CliResult measure(const Cli& cli, const QString& resident, const QString& instrument,
                                const QString& stage, const QString& on, const QString& responses)
{
    return cli.db({QStringLiteral("measure"), QStringLiteral("add"), resident, QStringLiteral("--instrument"),
                   instrument, QStringLiteral("--stage"), stage, QStringLiteral("--on"), on,
                   QStringLiteral("--responses"), responses});
}

} // namespace

TEST_CASE("measure add stores the responses and prints the computed scores as JSON", "[cli][measure]")
{
    TempFolder folder;
    Cli cli = preparedCli(folder);
    const QString resident = addResident(cli);

    const auto ucla = measure(cli, resident, QStringLiteral("ucla3"), QStringLiteral("baseline"),
                              QStringLiteral("2026-09-02"), QStringLiteral("3,3,2"));
    INFO(ucla.err.toStdString());
    REQUIRE(ucla.code == 0);
    const QJsonObject printed = ucla.json().object();
    CHECK(hearth::isUuid(printed.value(QStringLiteral("id")).toString()));
    CHECK(printed.value(QStringLiteral("instrument")).toString() == QStringLiteral("ucla3"));
    CHECK(printed.value(QStringLiteral("stage")).toString() == QStringLiteral("baseline"));
    CHECK(printed.value(QStringLiteral("taken_on")).toString() == QStringLiteral("2026-09-02"));
    CHECK(printed.value(QStringLiteral("responses")).toArray() == QJsonArray {3, 3, 2});
    CHECK(printed.value(QStringLiteral("scores")).toObject().value(QStringLiteral("total")).toInt() == 8);
    CHECK(printed.value(QStringLiteral("classification")).toString() == QStringLiteral("lonely"));
    CHECK(printed.value(QStringLiteral("lonely")).toBool());

    // An empty slot is a missing item: stored as null, and the total follows the instrument's rule.
    const auto djg = measure(cli, resident, QStringLiteral("djg6"), QStringLiteral("baseline"),
                             QStringLiteral("2026-09-02"), QStringLiteral("1,,1,3,3,3"));
    REQUIRE(djg.code == 0);
    const QJsonObject djgPrinted = djg.json().object();
    CHECK(djgPrinted.value(QStringLiteral("responses")).toArray() == QJsonArray {1, QJsonValue(), 1, 3, 3, 3});
    CHECK(djgPrinted.value(QStringLiteral("scores")).toObject().value(QStringLiteral("total")).toInt() == 5);
    CHECK(djgPrinted.value(QStringLiteral("scores")).toObject().value(QStringLiteral("missing_items")).toArray()
          == QJsonArray {2});

    const auto swemwbs = measure(cli, resident, QStringLiteral("swemwbs"), QStringLiteral("baseline"),
                                 QStringLiteral("2026-09-02"), QStringLiteral("3,3,3,3,3,3,3"));
    REQUIRE(swemwbs.code == 0);
    const QJsonObject swemwbsScores = swemwbs.json().object().value(QStringLiteral("scores")).toObject();
    CHECK(swemwbsScores.value(QStringLiteral("total")).toInt() == 21);
    CHECK(swemwbsScores.value(QStringLiteral("metric")).toDouble() == Approx(19.25));
}

TEST_CASE("measure list prints the scores and the change from baseline to latest", "[cli][measure]")
{
    TempFolder folder;
    Cli cli = preparedCli(folder);
    const QString resident = addResident(cli);
    REQUIRE(measure(cli, resident, QStringLiteral("ucla3"), QStringLiteral("baseline"), QStringLiteral("2026-09-02"),
                    QStringLiteral("3,3,2"))
                .code
            == 0);
    REQUIRE(measure(cli, resident, QStringLiteral("ucla3"), QStringLiteral("review"), QStringLiteral("2026-11-02"),
                    QStringLiteral("1,2,1"))
                .code
            == 0);
    REQUIRE(measure(cli, resident, QStringLiteral("ons4"), QStringLiteral("baseline"), QStringLiteral("2026-09-03"),
                    QStringLiteral("4,5,6,7"))
                .code
            == 0);

    const auto json = cli.db({QStringLiteral("measure"), QStringLiteral("list"), resident, QStringLiteral("--json")});
    REQUIRE(json.code == 0);
    const QJsonArray rows = json.json().array();
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].toObject().value(QStringLiteral("taken_on")).toString() == QStringLiteral("2026-09-02"));
    CHECK(rows[2].toObject().value(QStringLiteral("taken_on")).toString() == QStringLiteral("2026-11-02"));
    CHECK(rows[2].toObject().value(QStringLiteral("scores")).toObject().value(QStringLiteral("total")).toInt() == 4);
    const QJsonArray ons4 =
        rows[1].toObject().value(QStringLiteral("scores")).toObject().value(QStringLiteral("questions")).toArray();
    REQUIRE(ons4.size() == 4);
    CHECK(ons4[3].toObject().value(QStringLiteral("classification")).toString() == QStringLiteral("high"));

    const auto filtered = cli.db({QStringLiteral("measure"), QStringLiteral("list"), resident,
                                  QStringLiteral("--instrument"), QStringLiteral("ons4"), QStringLiteral("--json")});
    CHECK(filtered.json().array().size() == 1);

    const auto human = cli.db({QStringLiteral("measure"), QStringLiteral("list"), resident});
    REQUIRE(human.code == 0);
    CHECK(human.out.contains(QStringLiteral("8 (lonely)")));
    CHECK(human.out.contains(
        QStringLiteral("Change on ucla3, baseline 2026-09-02 to 2026-11-02: improved (-4); moved out of lonely")));

    for (const char* command : {"add", "list"}) {
        const auto help = cli.run({QStringLiteral("measure"), QString::fromLatin1(command), QStringLiteral("--help")});
        CHECK(help.code == 0);
        CHECK(help.out.contains(QStringLiteral("Usage: hearth-cli [--db PATH] measure ")));
    }
}

TEST_CASE("measure add refuses bad input with exit 65, names the item and stores nothing", "[cli][measure]")
{
    TempFolder folder;
    Cli cli = preparedCli(folder);
    const QString resident = addResident(cli);
    REQUIRE(measure(cli, resident, QStringLiteral("ucla3"), QStringLiteral("baseline"), QStringLiteral("2026-09-10"),
                    QStringLiteral("2,2,2"))
                .code
            == 0);
    const QString dumpBefore = cli.db({QStringLiteral("dump")}).out;
    REQUIRE(dumpBefore.contains(QStringLiteral("\"measurements\"")));

    struct Case
    {
        const char* what;
        QString resident;
        const char* instrument;
        const char* stage;
        const char* on;
        const char* responses;
        QString message;
    };
    const QList<Case> cases {
        {"too few responses", resident, "ucla3", "review", "2026-11-01", "1,2",
         QStringLiteral("responses: ucla3 has 3 items, so it needs 3 responses")},
        {"too many responses", resident, "ucla3", "review", "2026-11-01", "1,2,3,1", QStringLiteral("4 were given")},
        {"a response outside the options", resident, "ucla3", "review", "2026-11-01", "1,2,4",
         QStringLiteral(
             "responses[2] (item 3, 'How often do you feel isolated from others?'): 4 is not one of 1, 2, 3")},
        {"a response that is not a number", resident, "cel", "baseline", "2026-11-01", "1,x,1",
         QStringLiteral("responses[1] (item 2, 'I have enough people I feel comfortable asking for help at any "
                        "time'): 'x' is not a whole number")},
        {"an ONS4 answer above 10", resident, "ons4", "baseline", "2026-11-01", "5,5,11,5",
         QStringLiteral("responses[2] (item 3, 'Overall, how happy did you feel yesterday?'): 11 is not one of")},
        {"nothing answered", resident, "ucla3", "review", "2026-11-01", ",,",
         QStringLiteral("responses: no item is answered")},
        {"a review dated before the baseline", resident, "ucla3", "review", "2026-09-09", "1,1,1",
         QStringLiteral("on: 2026-09-09 is before this resident's ucla3 baseline, dated 2026-09-10")},
        {"an exit dated before the baseline", resident, "ucla3", "exit", "2026-09-01", "1,1,1",
         QStringLiteral("before this resident's ucla3 baseline")},
        {"a second baseline", resident, "ucla3", "baseline", "2026-11-01", "1,1,1",
         QStringLiteral("stage: this resident already has a ucla3 baseline")},
        {"an unknown instrument", resident, "gad7", "baseline", "2026-11-01", "1,1,1",
         QStringLiteral("instrument: 'gad7' is not one of")},
        {"an unknown stage", resident, "ucla3", "midway", "2026-11-01", "1,1,1", QStringLiteral("stage:")},
        {"an unknown resident", QStringLiteral("01890000-0000-7000-8000-000000000000"), "ucla3", "review", "2026-11-01",
         "1,1,1", QStringLiteral("no resident")},
    };
    for (const auto& c : cases) {
        CAPTURE(c.what);
        const auto result = measure(cli, c.resident, QString::fromLatin1(c.instrument), QString::fromLatin1(c.stage),
                                    QString::fromLatin1(c.on), QString::fromLatin1(c.responses));
        CHECK(result.code == 65);
        CHECK(result.err.contains(c.message));
        CHECK(result.out.isEmpty());
    }
    const auto noResponses =
        cli.db({QStringLiteral("measure"), QStringLiteral("add"), resident, QStringLiteral("--instrument"),
                QStringLiteral("ucla3"), QStringLiteral("--stage"), QStringLiteral("review")});
    CHECK(noResponses.code == 64);
    CHECK(noResponses.err.contains(QStringLiteral("--responses")));
    CHECK(cli.db({QStringLiteral("dump")}).out == dumpBefore);
}
