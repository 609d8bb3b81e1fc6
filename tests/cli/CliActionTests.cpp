// hearth-cli action ... (spec/cli.md): the action plan from the command line. Bad input is refused
// with exit 65 naming the field and nothing written; status history is kept; the attention review.
#include "CliRunner.h"

#include "Ids.h"

#include <QDate>
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

struct Plan
{
    QString strategy;
    QString priority;
};

Plan addPlan(const Cli& cli)
{
    Plan plan;
    plan.strategy =
        ok(cli.db({QStringLiteral("action"), QStringLiteral("strategy"), QStringLiteral("add"),
                   QStringLiteral("--title"), QStringLiteral("Connected Communities"), QStringLiteral("--from"),
                   QStringLiteral("2026-04-01"), QStringLiteral("--to"), QStringLiteral("2029-03-31")}));
    plan.priority = ok(cli.db({QStringLiteral("action"), QStringLiteral("priority"), QStringLiteral("add"),
                               plan.strategy, QStringLiteral("--title"), QStringLiteral("Reach people early")}));
    return plan;
}

QStringList itemArgs(const QString& priority, const QString& title)
{
    return {QStringLiteral("action"),
            QStringLiteral("add"),
            priority,
            QStringLiteral("--title"),
            title,
            QStringLiteral("--lead"),
            QStringLiteral("Sam Officer"),
            QStringLiteral("--partner"),
            QStringLiteral("Age UK"),
            QStringLiteral("--start"),
            QStringLiteral("2026-04-01"),
            QStringLiteral("--due"),
            QStringLiteral("2026-12-31")};
}

QStringList updateArgs(const QString& item, const QString& status, const QString& percent, const QString& on)
{
    return {QStringLiteral("action"),
            QStringLiteral("update"),
            item,
            QStringLiteral("--status"),
            status,
            QStringLiteral("--percent"),
            percent,
            QStringLiteral("--on"),
            on,
            QStringLiteral("--commentary"),
            QStringLiteral("Noted.")};
}

QString today()
{
    return QDate::currentDate().toString(Qt::ISODate);
}

} // namespace

TEST_CASE("action add and update keep the status history", "[cli][action]")
{
    TempFolder folder;
    Cli cli = preparedCli(folder);
    const Plan plan = addPlan(cli);
    CHECK(hearth::isUuid(plan.strategy));
    CHECK(hearth::isUuid(plan.priority));
    const QString item = ok(cli.db(itemArgs(plan.priority, QStringLiteral("Map lunch clubs"))));
    CHECK(hearth::isUuid(item));

    ok(cli.db(updateArgs(item, QStringLiteral("on_track"), QStringLiteral("30"), QStringLiteral("2026-09-01"))));
    ok(cli.db(updateArgs(item, QStringLiteral("at_risk"), QStringLiteral("40"), QStringLiteral("2026-10-01"))));
    // Back-dated: kept, in date order, and the current status stays that of the latest by date.
    ok(cli.db(updateArgs(item, QStringLiteral("on_track"), QStringLiteral("10"), QStringLiteral("2026-06-01"))));

    const auto listed = cli.db({QStringLiteral("action"), QStringLiteral("list"), QStringLiteral("--json"),
                                QStringLiteral("--as-of"), QStringLiteral("2026-10-15")});
    ok(listed);
    const QJsonObject document = listed.json().object();
    CHECK(document.value(QStringLiteral("as_of")).toString() == QStringLiteral("2026-10-15"));
    const QJsonArray items = document.value(QStringLiteral("items")).toArray();
    REQUIRE(items.size() == 1);
    const QJsonObject first = items.at(0).toObject();
    CHECK(first.value(QStringLiteral("id")).toString() == item);
    CHECK(first.value(QStringLiteral("status")).toString() == QStringLiteral("at_risk"));
    CHECK(first.value(QStringLiteral("percent_complete")).toInt() == 40);
    CHECK(first.value(QStringLiteral("status_as_of")).toString() == QStringLiteral("at_risk"));
    CHECK(first.value(QStringLiteral("lead_name")).toString() == QStringLiteral("Sam Officer"));
    CHECK(first.value(QStringLiteral("reasons")).toArray() == QJsonArray {QStringLiteral("at_risk")});
    const QJsonArray updates = first.value(QStringLiteral("updates")).toArray();
    REQUIRE(updates.size() == 3);
    CHECK(updates.at(0).toObject().value(QStringLiteral("update_on")).toString() == QStringLiteral("2026-06-01"));
    CHECK(updates.at(1).toObject().value(QStringLiteral("status")).toString() == QStringLiteral("on_track"));
    CHECK(updates.at(2).toObject().value(QStringLiteral("status")).toString() == QStringLiteral("at_risk"));

    // As of an earlier date the status is the one reported then.
    const auto earlier = cli.db({QStringLiteral("action"), QStringLiteral("list"), QStringLiteral("--json"),
                                 QStringLiteral("--as-of"), QStringLiteral("2026-09-15")});
    CHECK(earlier.json()
              .object()
              .value(QStringLiteral("items"))
              .toArray()
              .at(0)
              .toObject()
              .value(QStringLiteral("status_as_of"))
              .toString()
          == QStringLiteral("on_track"));

    const auto human = cli.db(
        {QStringLiteral("action"), QStringLiteral("list"), QStringLiteral("--as-of"), QStringLiteral("2026-10-15")});
    ok(human);
    CHECK(human.out.contains(QStringLiteral("Map lunch clubs")));
    CHECK(human.out.contains(QStringLiteral("at risk")));
}

TEST_CASE("action add and update refuse bad input naming the field, and write nothing", "[cli][action]")
{
    TempFolder folder;
    Cli cli = preparedCli(folder);
    const Plan plan = addPlan(cli);
    const QString item = ok(cli.db(itemArgs(plan.priority, QStringLiteral("Map lunch clubs"))));
    const QString dumpBefore = cli.db({QStringLiteral("dump")}).out;
    REQUIRE(dumpBefore.contains(QStringLiteral("\"action_items\"")));

    struct Case
    {
        const char* name;
        QStringList arguments;
        const char* field;
    };
    QStringList dueBeforeStart = itemArgs(plan.priority, QStringLiteral("X"));
    dueBeforeStart << QStringLiteral("--due") << QStringLiteral("2026-03-31");
    QStringList percentTooHigh = itemArgs(plan.priority, QStringLiteral("X"));
    percentTooHigh << QStringLiteral("--percent") << QStringLiteral("101");
    QStringList completeAdd = itemArgs(plan.priority, QStringLiteral("X"));
    completeAdd << QStringLiteral("--status") << QStringLiteral("complete") << QStringLiteral("--percent")
                << QStringLiteral("90");
    QStringList unknownLead = itemArgs(plan.priority, QStringLiteral("X"));
    unknownLead << QStringLiteral("--lead") << QStringLiteral("Nobody Known");
    const QList<Case> cases {
        {"due before start", dueBeforeStart, "due_on"},
        {"percent above 100", percentTooHigh, "percent_complete"},
        {"complete below 100 on add", completeAdd, "percent_complete"},
        {"unknown lead", unknownLead, "lead"},
        {"percent below 0",
         updateArgs(item, QStringLiteral("on_track"), QStringLiteral("-1"), QStringLiteral("2026-09-01")),
         "percent_complete"},
        {"complete below 100 on update",
         updateArgs(item, QStringLiteral("complete"), QStringLiteral("95"), QStringLiteral("2026-09-01")),
         "percent_complete"},
        {"update in the future",
         updateArgs(item, QStringLiteral("on_track"), QStringLiteral("10"),
                    QDate::currentDate().addDays(2).toString(Qt::ISODate)),
         "on"},
        {"unknown status", updateArgs(item, QStringLiteral("done"), QStringLiteral("10"), QStringLiteral("2026-09-01")),
         "status"},
    };
    for (const auto& each : cases) {
        CAPTURE(each.name);
        const auto result = cli.db(each.arguments);
        INFO(result.err.toStdString());
        CHECK(result.code == 65);
        CHECK(result.err.contains(QString::fromLatin1(each.field) + QStringLiteral(":")));
    }
    const auto complete =
        cli.db(updateArgs(item, QStringLiteral("complete"), QStringLiteral("95"), QStringLiteral("2026-09-01")));
    CHECK(complete.err.contains(QStringLiteral("--force-complete")));
    CHECK(complete.err.contains(QStringLiteral("--percent 100")));
    CHECK(cli.db({QStringLiteral("dump")}).out == dumpBefore);

    // Usage errors: 64.
    CHECK(cli.db({QStringLiteral("action"), QStringLiteral("update"), item}).code == 64);
    CHECK(
        cli.db({QStringLiteral("action"), QStringLiteral("list"), QStringLiteral("--by"), QStringLiteral("ward")}).code
        == 64);
    CHECK(cli.db({QStringLiteral("dump")}).out == dumpBefore);

    // With --force-complete, or at 100 percent, complete is recorded.
    QStringList forced =
        updateArgs(item, QStringLiteral("complete"), QStringLiteral("95"), QStringLiteral("2026-09-01"));
    forced << QStringLiteral("--force-complete");
    ok(cli.db(forced));
    ok(cli.db(updateArgs(item, QStringLiteral("complete"), QStringLiteral("100"), today())));
}

TEST_CASE("action list --attention shows what needs a manager's attention, grouped", "[cli][action]")
{
    TempFolder folder;
    Cli cli = preparedCli(folder);
    ok(cli.db({QStringLiteral("officer"), QStringLiteral("add"), QStringLiteral("Jo Lead")}));
    const Plan plan = addPlan(cli);
    const QString fine = ok(cli.db(itemArgs(plan.priority, QStringLiteral("Fine item"))));
    ok(cli.db(updateArgs(fine, QStringLiteral("on_track"), QStringLiteral("50"), QStringLiteral("2026-08-01"))));
    QStringList lateArgs = itemArgs(plan.priority, QStringLiteral("Late item"));
    lateArgs << QStringLiteral("--due") << QStringLiteral("2026-07-31") << QStringLiteral("--lead")
             << QStringLiteral("Jo Lead") << QStringLiteral("--partner") << QStringLiteral("Men's Sheds");
    const QString late = ok(cli.db(lateArgs));
    ok(cli.db(updateArgs(late, QStringLiteral("off_track"), QStringLiteral("20"), QStringLiteral("2026-07-01"))));

    const QStringList list {QStringLiteral("action"),  QStringLiteral("list"),       QStringLiteral("--attention"),
                            QStringLiteral("--as-of"), QStringLiteral("2026-08-15"), QStringLiteral("--json")};
    const QJsonArray attention = cli.db(list).json().object().value(QStringLiteral("items")).toArray();
    REQUIRE(attention.size() == 1);
    CHECK(attention.at(0).toObject().value(QStringLiteral("id")).toString() == late);
    CHECK(attention.at(0).toObject().value(QStringLiteral("reasons")).toArray()
          == QJsonArray {QStringLiteral("overdue"), QStringLiteral("off_track")});

    // Eleven weeks on, the fine item has gone without an update for more than 8 weeks; not for 12.
    QStringList later = list;
    later[4] = QStringLiteral("2026-10-20");
    CHECK(cli.db(later).json().object().value(QStringLiteral("items")).toArray().size() == 2);
    QStringList patient = later;
    patient << QStringLiteral("--weeks") << QStringLiteral("12");
    CHECK(cli.db(patient).json().object().value(QStringLiteral("items")).toArray().size() == 1);

    QStringList byLead = later;
    byLead << QStringLiteral("--by") << QStringLiteral("lead");
    const QJsonArray groups = cli.db(byLead).json().object().value(QStringLiteral("groups")).toArray();
    REQUIRE(groups.size() == 2);
    CHECK(groups.at(0).toObject().value(QStringLiteral("lead")).toString() == QStringLiteral("Jo Lead"));
    CHECK(groups.at(1).toObject().value(QStringLiteral("lead")).toString() == QStringLiteral("Sam Officer"));

    const auto human = cli.db({QStringLiteral("action"), QStringLiteral("list"), QStringLiteral("--attention"),
                               QStringLiteral("--as-of"), QStringLiteral("2026-10-20"), QStringLiteral("--by"),
                               QStringLiteral("partner")});
    ok(human);
    CHECK(human.out.contains(QStringLiteral("Partner: Age UK")));
    CHECK(human.out.contains(QStringLiteral("Partner: Men's Sheds")));
    CHECK(human.out.contains(QStringLiteral("no update in the last 8 weeks")));
    CHECK(human.out.contains(QStringLiteral("overdue; off track")));
}
