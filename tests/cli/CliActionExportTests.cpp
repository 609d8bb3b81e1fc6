// hearth-cli action export (spec/cli.md): the committee progress report in every format, written in
// one go; bad format, date or strategy refused naming it; an unwritable --out exits 73 leaving
// nothing behind.
#include "CliRunner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSet>

using hearth::test::Cli;
using hearth::test::CliResult;
using hearth::test::preparedCli;
using hearth::test::TempFolder;

using hearth::test::zipEntries;
using hearth::test::zipEntry;

namespace {

QString ok(const CliResult& result)
{
    INFO(result.err.toStdString());
    REQUIRE(result.code == 0);
    return result.out.trimmed();
}

// A strategy with two priorities and three items, one of them updated.
QString addPlan(const Cli& cli)
{
    const QString strategy =
        ok(cli.db({QStringLiteral("action"), QStringLiteral("strategy"), QStringLiteral("add"),
                   QStringLiteral("--title"), QStringLiteral("Connected Communities"), QStringLiteral("--from"),
                   QStringLiteral("2026-04-01"), QStringLiteral("--to"), QStringLiteral("2029-03-31")}));
    const QString reach = ok(cli.db({QStringLiteral("action"), QStringLiteral("priority"), QStringLiteral("add"),
                                     strategy, QStringLiteral("--title"), QStringLiteral("Reach people early")}));
    const QString train = ok(cli.db({QStringLiteral("action"), QStringLiteral("priority"), QStringLiteral("add"),
                                     strategy, QStringLiteral("--title"), QStringLiteral("Train frontline staff")}));
    const auto add = [&](const QString& priority, const char* title, const char* due) {
        return ok(cli.db({QStringLiteral("action"), QStringLiteral("add"), priority, QStringLiteral("--title"),
                          QString::fromLatin1(title), QStringLiteral("--lead"), QStringLiteral("Sam Officer"),
                          QStringLiteral("--partner"), QStringLiteral("Age UK"), QStringLiteral("--start"),
                          QStringLiteral("2026-04-01"), QStringLiteral("--due"), QString::fromLatin1(due)}));
    };
    const QString campaign = add(reach, "Run an awareness campaign", "2026-06-30");
    add(reach, "Publish a service map", "2027-03-31");
    add(train, "Train housing officers", "2026-12-31");
    ok(cli.db({QStringLiteral("action"), QStringLiteral("update"), campaign, QStringLiteral("--status"),
               QStringLiteral("at_risk"), QStringLiteral("--percent"), QStringLiteral("40"), QStringLiteral("--on"),
               QStringLiteral("2026-06-01"), QStringLiteral("--commentary"), QStringLiteral("Venue not booked.")}));
    return strategy;
}

QStringList exportArgs(const QStringList& arguments)
{
    return QStringList {QStringLiteral("action"), QStringLiteral("export")} + arguments;
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST_CASE("action export writes every format to --out", "[cli][action]")
{
    TempFolder folder;
    const Cli cli = preparedCli(folder);
    addPlan(cli);
    const QList<QPair<QString, QByteArray>> formats {{QStringLiteral("csv"), QByteArray("\xEF\xBB\xBF")},
                                                     {QStringLiteral("xlsx"), QByteArray("PK")},
                                                     {QStringLiteral("odt"), QByteArray("PK")},
                                                     {QStringLiteral("html"), QByteArray("<!DOCTYPE html>")},
                                                     {QStringLiteral("pdf"), QByteArray("%PDF-")}};
    for (const auto& [format, magic] : formats) {
        const QString out = folder.path(QStringLiteral("plan.") + format);
        const CliResult result = cli.db(exportArgs({QStringLiteral("--format"), format, QStringLiteral("--out"), out,
                                                    QStringLiteral("--as-of"), QStringLiteral("2026-07-01")}));
        INFO(format.toStdString() << ": " << result.err.toStdString());
        CHECK(result.code == 0);
        CHECK(result.err.contains(QStringLiteral("3 actions")));
        CHECK(readFile(out).startsWith(magic));
    }
    // ODT: mimetype first and stored; the priorities as headings; header rows.
    const QByteArray odt = readFile(folder.path(QStringLiteral("plan.odt")));
    CHECK(odt.mid(8, 2) == QByteArray("\0\0", 2));
    CHECK(odt.mid(30, 8) == QByteArray("mimetype"));
    const QString content = zipEntry(folder.path(QStringLiteral("plan.odt")), QStringLiteral("content.xml"));
    CHECK(content.contains(QStringLiteral("outline-level=\"2\">Priority 1: Reach people early</text:h>")));
    CHECK(content.contains(QStringLiteral("outline-level=\"2\">Priority 2: Train frontline staff</text:h>")));
    CHECK(content.count(QStringLiteral("<table:table-header-rows>")) == 3);
    CHECK(content.contains(QStringLiteral("At risk, overdue")));
    // XLSX: the summary and one table per priority, each with its header row.
    const QString priority = zipEntry(folder.path(QStringLiteral("plan.xlsx")), QStringLiteral("xl/tables/table3.xml"));
    CHECK(priority.contains(QStringLiteral("<tableColumn id=\"1\" name=\"Action\"")));
    CHECK_FALSE(priority.contains(QStringLiteral("headerRowCount=\"0\"")));
    // HTML: captions and header scopes.
    const QString html = QString::fromUtf8(readFile(folder.path(QStringLiteral("plan.html"))));
    CHECK(html.contains(QStringLiteral("<caption>Priority 1: Reach people early</caption>")));
    CHECK(html.contains(QStringLiteral("<th scope=\"row\">Run an awareness campaign</th>")));

    // The format from the extension; CSV to stdout.
    const QString byExtension = folder.path(QStringLiteral("by-extension.html"));
    ok(cli.db(exportArgs({QStringLiteral("--out"), byExtension})));
    CHECK(readFile(byExtension).startsWith("<!DOCTYPE html>"));
    const CliResult csv = cli.db(exportArgs(
        {QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--as-of"), QStringLiteral("2026-05-01")}));
    REQUIRE(csv.code == 0);
    CHECK(csv.out.contains(QStringLiteral("Action,Lead officer,Partner,Due,Status,% complete,Last update,Commentary")));
    CHECK(csv.out.contains(
        QStringLiteral("Run an awareness campaign,Sam Officer,Age UK,30 Jun 2026,Not started,0,None yet,")));
}

TEST_CASE("action export --strategy reports one strategy", "[cli][action]")
{
    TempFolder folder;
    const Cli cli = preparedCli(folder);
    const QString first = addPlan(cli);
    const QString other = ok(cli.db({QStringLiteral("action"), QStringLiteral("strategy"), QStringLiteral("add"),
                                     QStringLiteral("--title"), QStringLiteral("Another strategy")}));
    const CliResult all = cli.db(exportArgs({QStringLiteral("--format"), QStringLiteral("csv")}));
    REQUIRE(all.code == 0);
    CHECK(all.out.contains(QStringLiteral("Action plan progress\r\n"))); // no one strategy's title
    CHECK(all.out.contains(QStringLiteral("Connected Communities – Priority 1: Reach people early")));
    const CliResult one =
        cli.db(exportArgs({QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--strategy"), first}));
    REQUIRE(one.code == 0);
    CHECK(one.out.contains(QStringLiteral("Action plan progress: Connected Communities")));
    CHECK_FALSE(one.out.contains(QStringLiteral("Another strategy")));
    const CliResult empty =
        cli.db(exportArgs({QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--strategy"), other}));
    REQUIRE(empty.code == 0);
    CHECK(empty.out.contains(QStringLiteral("All actions,0,0")));
}

TEST_CASE("action export refuses a bad format, date or strategy, naming it", "[cli][action]")
{
    TempFolder folder;
    const Cli cli = preparedCli(folder);
    const auto refused = [&](const QStringList& arguments, int code, const QString& named) {
        const CliResult result = cli.db(exportArgs(arguments));
        INFO(arguments.join(QLatin1Char(' ')).toStdString() << " -> " << result.err.toStdString());
        CHECK(result.code == code);
        CHECK(result.err.contains(named));
        CHECK(result.out.isEmpty());
    };
    // Nothing to export yet.
    refused({QStringLiteral("--format"), QStringLiteral("csv")}, 65, QStringLiteral("no action plan"));
    addPlan(cli);
    refused({QStringLiteral("--format"), QStringLiteral("docx"), QStringLiteral("--out"),
             folder.path(QStringLiteral("x.docx"))},
            64, QStringLiteral("'docx'"));
    refused({QStringLiteral("--out"), folder.path(QStringLiteral("x.txt"))}, 64, QStringLiteral("'txt'"));
    refused({}, 64, QStringLiteral("--format"));
    refused({QStringLiteral("--format"), QStringLiteral("xlsx")}, 64, QStringLiteral("--out"));
    refused(
        {QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--as-of"), QStringLiteral("31/06/2026")},
        65, QStringLiteral("--as-of: '31/06/2026'"));
    refused({QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--strategy"), QStringLiteral("nope")},
            65, QStringLiteral("strategy: no strategy has the id nope"));
    CHECK(QDir(folder.path(QString())).entryList({QStringLiteral("x.*")}, QDir::Files).isEmpty());
}

TEST_CASE("action export --out that cannot be written exits 73 and leaves nothing behind", "[cli][action]")
{
    TempFolder folder;
    const Cli cli = preparedCli(folder);
    addPlan(cli);
    QFile blocker(folder.path(QStringLiteral("not-a-folder")));
    REQUIRE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const QStringList before = QDir(folder.path(QString())).entryList(QDir::NoDotAndDotDot | QDir::AllEntries);
    for (const char* name : {"plan.xlsx", "plan.odt", "plan.pdf", "plan.csv"}) {
        const QString out = folder.path(QStringLiteral("not-a-folder/") + QString::fromLatin1(name));
        const CliResult result = cli.db(exportArgs({QStringLiteral("--out"), out}));
        INFO(result.err.toStdString());
        CHECK(result.code == 73);
        CHECK(result.err.contains(out));
    }
    CHECK(QDir(folder.path(QString())).entryList(QDir::NoDotAndDotDot | QDir::AllEntries) == before);

    const QString existing = folder.path(QStringLiteral("kept.odt"));
    QFile file(existing);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("keep me");
    file.close();
    CHECK(cli.db(exportArgs({QStringLiteral("--out"), existing})).code == 73);
    CHECK(readFile(existing) == QByteArray("keep me"));
    CHECK(cli.db(exportArgs({QStringLiteral("--out"), existing, QStringLiteral("--force")})).code == 0);
    CHECK(readFile(existing).startsWith("PK"));
}

TEST_CASE("The demo's action plan needs attention in places and exports", "[cli][action][demo]")
{
    TempFolder folder;
    const Cli cli(folder);
    ok(cli.db({QStringLiteral("init"), QStringLiteral("--council"), QStringLiteral("Testshire"),
               QStringLiteral("--officer"), QStringLiteral("Sam Officer")}));
    const CliResult demo = cli.db({QStringLiteral("demo"), QStringLiteral("--residents"), QStringLiteral("20"),
                                   QStringLiteral("--seed"), QStringLiteral("3")});
    ok(demo);
    CHECK(demo.err.contains(QStringLiteral(" action plan items")));
    const CliResult attention = cli.db(
        {QStringLiteral("action"), QStringLiteral("list"), QStringLiteral("--attention"), QStringLiteral("--json")});
    ok(attention);
    const QJsonArray items = attention.json().object().value(QStringLiteral("items")).toArray();
    CHECK(items.size() >= 5);
    QSet<QString> reasons;
    for (const auto& item : items) {
        for (const auto& reason : item.toObject().value(QStringLiteral("reasons")).toArray()) {
            reasons.insert(reason.toString());
        }
    }
    CHECK(reasons.contains(QStringLiteral("overdue")));
    CHECK(reasons.contains(QStringLiteral("off_track")));
    const CliResult all = cli.db({QStringLiteral("action"), QStringLiteral("list"), QStringLiteral("--json")});
    CHECK(all.json().object().value(QStringLiteral("items")).toArray().size() > items.size());

    const QString out = folder.path(QStringLiteral("demo-plan.odt"));
    ok(cli.db(exportArgs({QStringLiteral("--out"), out})));
    const QString content = zipEntry(out, QStringLiteral("content.xml"));
    CHECK(content.contains(QStringLiteral("Tackling loneliness together")));
    CHECK(content.count(QStringLiteral("<table:table-header-rows>")) == 6);
}

TEST_CASE("action import: the template imports, a bad file changes nothing and names line and column",
          "[cli][action][import]")
{
    TempFolder folder;
    const Cli cli = preparedCli(folder);
    const QString csv = folder.path(QStringLiteral("plan.csv"));
    // Nothing to import into yet.
    ok(cli.db({QStringLiteral("template"), QStringLiteral("actions"), QStringLiteral("--out"), csv}));
    const CliResult noStrategy = cli.db({QStringLiteral("action"), QStringLiteral("import"), csv});
    CHECK(noStrategy.code == 65);
    CHECK(noStrategy.err.contains(QStringLiteral("no strategy")));

    const QString strategy = addPlan(cli);
    const CliResult imported = cli.db({QStringLiteral("action"), QStringLiteral("import"), csv});
    ok(imported);
    CHECK(imported.err.contains(QStringLiteral("2 actions added")));
    CHECK(imported.out.trimmed() == QStringLiteral("2"));
    const auto listed = [&] {
        return cli.db({QStringLiteral("action"), QStringLiteral("list"), QStringLiteral("--json")})
            .json()
            .object()
            .value(QStringLiteral("items"))
            .toArray()
            .size();
    };
    CHECK(listed() == 5);
    // Again: matched, nothing added.
    const CliResult again = cli.db({QStringLiteral("action"), QStringLiteral("import"), csv});
    ok(again);
    CHECK(again.err.contains(QStringLiteral("0 actions added")));
    CHECK(listed() == 5);

    const QString bad = folder.path(QStringLiteral("bad.csv"));
    QFile file(bad);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("Priority,Action,Lead,Start,Due,Status,Percent complete\r\n"
               "Reach people early,New thing,,,,,\r\n"
               "Reach people early,Late thing,Nobody Known,2026-06-01,2026-05-01,complete,90\r\n");
    file.close();
    const CliResult refused = cli.db({QStringLiteral("action"), QStringLiteral("import"), bad});
    CHECK(refused.code == 65);
    CHECK(refused.err.contains(bad
                               + QStringLiteral(":3: column \"Lead\": no officer has the id or name 'Nobody "
                                                "Known'")));
    CHECK(refused.err.contains(bad + QStringLiteral(":3: column \"Due\"")));
    CHECK(refused.err.contains(bad + QStringLiteral(":3: column \"Percent complete\"")));
    CHECK(refused.err.contains(QStringLiteral("nothing was imported")));
    CHECK(listed() == 5); // the good row on line 2 was not written either

    const CliResult missing =
        cli.db({QStringLiteral("action"), QStringLiteral("import"), folder.path(QStringLiteral("none.csv"))});
    CHECK(missing.code == 66);
    ok(cli.db({QStringLiteral("action"), QStringLiteral("strategy"), QStringLiteral("add"), QStringLiteral("--title"),
               QStringLiteral("Second")}));
    const CliResult which = cli.db({QStringLiteral("action"), QStringLiteral("import"), csv});
    CHECK(which.code == 64);
    CHECK(which.err.contains(QStringLiteral("--strategy")));
    ok(cli.db({QStringLiteral("action"), QStringLiteral("import"), csv, QStringLiteral("--strategy"), strategy}));
}
