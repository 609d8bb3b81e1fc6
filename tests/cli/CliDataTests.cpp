// hearth-cli's whole-database commands: export/import json, dump, check, backup/restore, audit,
// demo, and the database-locked exit code.
#include "CliRunner.h"

#include "Sqlite.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

using hearth::test::Cli;
using hearth::test::TempFolder;

namespace {

const QString kToday = QStringLiteral("2026-11-01");

Cli demoCli(const TempFolder& folder, int residents, int seed)
{
    Cli cli(folder);
    REQUIRE(cli.db({QStringLiteral("init")}).code == 0);
    const auto demo = cli.db({QStringLiteral("demo"), QStringLiteral("--residents"), QString::number(residents),
                              QStringLiteral("--seed"), QString::number(seed), QStringLiteral("--today"), kToday});
    INFO(demo.err.toStdString());
    REQUIRE(demo.code == 0);
    return cli;
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

// Sets one field of one record of an interchange document.
QByteArray withField(QJsonObject document, const QString& table, qsizetype row, const QString& key,
                     const QJsonValue& value)
{
    QJsonObject tables = document.value(QStringLiteral("tables")).toObject();
    QJsonArray rows = tables.value(table).toArray();
    QJsonObject record = rows.at(row).toObject();
    record.insert(key, value);
    rows.replace(row, record);
    tables.insert(table, rows);
    document.insert(QStringLiteral("tables"), tables);
    return QJsonDocument(document).toJson();
}

void writeFile(const QString& path, const QByteArray& data)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(data);
}

} // namespace

TEST_CASE("demo with the same seed gives identical dumps, and resident list shows them all", "[cli][demo]")
{
    TempFolder one;
    TempFolder two;
    Cli first = demoCli(one, 1000, 1);
    Cli second = demoCli(two, 1000, 1);

    const auto list = first.db({QStringLiteral("resident"), QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(list.code == 0);
    CHECK(list.json().array().size() == 1000);

    const auto dumpOne = first.db({QStringLiteral("dump")});
    const auto dumpTwo = second.db({QStringLiteral("dump")});
    REQUIRE(dumpOne.code == 0);
    CHECK(dumpOne.out.size() > 100000);
    CHECK(dumpOne.out == dumpTwo.out);

    TempFolder three;
    Cli third = demoCli(three, 1000, 2);
    CHECK(third.db({QStringLiteral("dump")}).out != dumpOne.out);

    CHECK(first.db({QStringLiteral("check")}).code == 0);
    // Demo data goes into a new database only.
    const auto again = first.db({QStringLiteral("demo"), QStringLiteral("--residents"), QStringLiteral("10")});
    CHECK(again.code == 73);
    CHECK(first.db({QStringLiteral("dump")}).out == dumpOne.out);
}

TEST_CASE("import json of what export json wrote reproduces the same dump", "[cli][interchange]")
{
    TempFolder folder;
    Cli source = demoCli(folder, 200, 7);
    const QString file = folder.path(QStringLiteral("export.json"));
    const auto exported = source.db({QStringLiteral("export"), QStringLiteral("json"), QStringLiteral("--out"), file});
    REQUIRE(exported.code == 0);
    CHECK(exported.err.contains(QStringLiteral("personal data")));

    // The file is not overwritten without --force.
    CHECK(source.db({QStringLiteral("export"), QStringLiteral("json"), QStringLiteral("--out"), file}).code == 73);

    TempFolder target;
    Cli copy(target);
    REQUIRE(copy.db({QStringLiteral("init")}).code == 0);
    const auto imported = copy.db({QStringLiteral("import"), QStringLiteral("json"), file});
    INFO(imported.err.toStdString());
    REQUIRE(imported.code == 0);
    CHECK(copy.db({QStringLiteral("dump")}).out == source.db({QStringLiteral("dump")}).out);

    // Importing the same file again changes nothing.
    REQUIRE(copy.db({QStringLiteral("import"), QStringLiteral("json"), file}).code == 0);
    CHECK(copy.db({QStringLiteral("dump")}).out == source.db({QStringLiteral("dump")}).out);
    CHECK(copy.db({QStringLiteral("check")}).code == 0);
}

TEST_CASE("import json refuses bad files, names the first problem and imports nothing", "[cli][interchange]")
{
    TempFolder folder;
    Cli source = demoCli(folder, 20, 3);
    const QString good = folder.path(QStringLiteral("good.json"));
    REQUIRE(source.db({QStringLiteral("export"), QStringLiteral("json"), QStringLiteral("--out"), good}).code == 0);
    const QByteArray data = readFile(good);
    QJsonObject document = QJsonDocument::fromJson(data).object();

    TempFolder target;
    Cli cli(target);
    REQUIRE(cli.db({QStringLiteral("init")}).code == 0);
    const QString before = cli.db({QStringLiteral("dump")}).out;
    const QString bad = target.path(QStringLiteral("bad.json"));

    const auto importExpecting = [&](const QByteArray& content, const QString& message) {
        writeFile(bad, content);
        const auto result = cli.db({QStringLiteral("import"), QStringLiteral("json"), bad});
        CHECK(result.code == 65);
        CHECK(result.err.contains(message));
        CHECK(result.err.contains(QStringLiteral("nothing was imported")));
        CHECK(cli.db({QStringLiteral("dump")}).out == before);
    };

    SECTION("a truncated file")
    {
        importExpecting(data.left(data.size() / 2), QStringLiteral("line "));
    }
    SECTION("not a Hearth file")
    {
        importExpecting(R"({"hello": "world"})", QStringLiteral("format:"));
    }
    SECTION("a resident with an invalid date of birth")
    {
        importExpecting(withField(document, QStringLiteral("residents"), 3, QStringLiteral("date_of_birth"),
                                  QStringLiteral("31/02/1950")),
                        QStringLiteral("residents[3].date_of_birth:"));
    }
    SECTION("a resident in a ward the file does not have")
    {
        importExpecting(withField(document, QStringLiteral("residents"), 0, QStringLiteral("ward_code"),
                                  QStringLiteral("E05999998")),
                        QStringLiteral("ward_code"));
    }
    SECTION("a contact whose resident is missing")
    {
        QJsonObject tables = document.value(QStringLiteral("tables")).toObject();
        tables.insert(QStringLiteral("residents"), QJsonArray());
        document.insert(QStringLiteral("tables"), tables);
        importExpecting(QJsonDocument(document).toJson(), QStringLiteral("resident_id"));
    }
    SECTION("a missing file exits 66")
    {
        const auto result =
            cli.db({QStringLiteral("import"), QStringLiteral("json"), target.path(QStringLiteral("none.json"))});
        CHECK(result.code == 66);
    }
}

TEST_CASE("A locked database exits 75 and changes nothing", "[cli]")
{
    TempFolder folder;
    Cli cli = demoCli(folder, 5, 1);
    const QString before = cli.db({QStringLiteral("dump")}).out;
    cli.setEnv(QStringLiteral("HEARTH_BUSY_TIMEOUT_MS"), QStringLiteral("100"));

    hearth::sql::Connection holder(cli.dbPath(), hearth::sql::Connection::Mode::ReadWrite);
    holder.exec(QStringLiteral("BEGIN IMMEDIATE"));
    const auto result = cli.db(
        {QStringLiteral("ward"), QStringLiteral("add"), QStringLiteral("E05000009"), QStringLiteral("Hillside")});
    CHECK(result.code == 75);
    CHECK(result.err.contains(QStringLiteral("locked")));
    holder.exec(QStringLiteral("ROLLBACK"));
    CHECK(cli.db({QStringLiteral("dump")}).out == before);
}

TEST_CASE("backup and restore bring the database back as it was", "[cli][backup]")
{
    TempFolder folder;
    Cli cli = demoCli(folder, 30, 4);
    const QString before = cli.db({QStringLiteral("dump")}).out;
    const QString copy = folder.path(QStringLiteral("backup.db"));
    REQUIRE(cli.db({QStringLiteral("backup"), QStringLiteral("--out"), copy}).code == 0);
    CHECK(cli.db({QStringLiteral("backup"), QStringLiteral("--out"), copy}).code == 73);

    REQUIRE(
        cli.db({QStringLiteral("ward"), QStringLiteral("add"), QStringLiteral("E05000009"), QStringLiteral("Hillside")})
            .code
        == 0);
    CHECK(cli.db({QStringLiteral("dump")}).out != before);

    const auto restored = cli.db({QStringLiteral("restore"), copy});
    INFO(restored.err.toStdString());
    REQUIRE(restored.code == 0);
    CHECK(cli.db({QStringLiteral("dump")}).out == before);
    CHECK(cli.db({QStringLiteral("check")}).code == 0);

    const QString notHearth = folder.path(QStringLiteral("notes.txt"));
    writeFile(notHearth, QByteArray("just some text\n").repeated(400));
    const auto refused = cli.db({QStringLiteral("restore"), notHearth});
    CHECK(refused.code == 65);
    CHECK(cli.db({QStringLiteral("dump")}).out == before);
    CHECK(cli.db({QStringLiteral("restore"), folder.path(QStringLiteral("missing.db"))}).code == 66);
}

TEST_CASE("check and audit verify find a tampered audit trail", "[cli][audit]")
{
    TempFolder folder;
    Cli cli = demoCli(folder, 5, 1);
    CHECK(cli.db({QStringLiteral("audit"), QStringLiteral("verify")}).code == 0);
    {
        hearth::sql::Connection db(cli.dbPath(), hearth::sql::Connection::Mode::ReadWrite);
        db.exec(QStringLiteral("DROP TRIGGER audit_events_no_update"));
        db.exec(QStringLiteral("UPDATE audit_events SET summary = 'nothing to see' WHERE sequence = 1"));
    }
    const auto verify = cli.db({QStringLiteral("audit"), QStringLiteral("verify")});
    CHECK(verify.code == 65);
    CHECK(verify.err.contains(QStringLiteral("event 1 has been changed")));
    CHECK(cli.db({QStringLiteral("check")}).code == 65);
}
