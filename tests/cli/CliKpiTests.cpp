// hearth-cli kpi (spec/cli.md): the JSON shape, every export format, and bad input refused with the
// exit code spec/cli.md gives, naming what was wrong, leaving no file behind.
#include "CliRunner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

using hearth::test::Cli;
using hearth::test::CliResult;
using hearth::test::TempFolder;

namespace {

// A database with the demo caseload (its wards, officers, residents and contacts).
Cli demoCli(const TempFolder& folder)
{
    Cli cli(folder);
    const auto init = cli.db({QStringLiteral("init"), QStringLiteral("--council"), QStringLiteral("Testshire"),
                              QStringLiteral("--officer"), QStringLiteral("Sam Officer")});
    INFO(init.err.toStdString());
    REQUIRE(init.code == 0);
    const auto demo = cli.db({QStringLiteral("demo"), QStringLiteral("--residents"), QStringLiteral("300"),
                              QStringLiteral("--seed"), QStringLiteral("7")});
    INFO(demo.err.toStdString());
    REQUIRE(demo.code == 0);
    return cli;
}

QStringList kpi(const QStringList& arguments)
{
    return QStringList {QStringLiteral("kpi")} + arguments;
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST_CASE("kpi --json prints every KPI in the shape of spec/cli.md", "[cli][kpi]")
{
    TempFolder folder;
    const Cli cli = demoCli(folder);
    const CliResult result = cli.db(kpi({QStringLiteral("--quarter"), QStringLiteral("FY2026-Q1"),
                                         QStringLiteral("--by"), QStringLiteral("ward"), QStringLiteral("--json")}));
    INFO(result.err.toStdString());
    REQUIRE(result.code == 0);
    const QJsonObject root = result.json().object();
    CHECK(root[QStringLiteral("period")][QStringLiteral("from")].toString() == QStringLiteral("2026-04-01"));
    CHECK(root[QStringLiteral("period")][QStringLiteral("to")].toString() == QStringLiteral("2026-06-30"));
    CHECK(root[QStringLiteral("published")] == QJsonValue(false));
    const QJsonArray kpis = root[QStringLiteral("kpis")].toArray();
    REQUIRE(kpis.size() == 17);
    for (const auto& each : kpis) {
        const QJsonObject object = each.toObject();
        CHECK_FALSE(object[QStringLiteral("id")].toString().isEmpty());
        CHECK_FALSE(object[QStringLiteral("label")].toString().isEmpty());
        CHECK_FALSE(object[QStringLiteral("definition")].toString().isEmpty());
        CHECK(object.contains(QStringLiteral("value")));
    }
    const QJsonObject identified = kpis.first().toObject();
    CHECK(identified[QStringLiteral("id")].toString() == QStringLiteral("identified"));
    // Every resident has one ward, so the wards add up to the total.
    const QJsonObject byWard = identified[QStringLiteral("by")][QStringLiteral("ward")].toObject();
    REQUIRE(byWard.size() > 1);
    int sum = 0;
    for (const auto& value : byWard) {
        sum += value.toInt();
    }
    CHECK(identified[QStringLiteral("value")].toInt() > 0);
    CHECK(sum == identified[QStringLiteral("value")].toInt());
}

TEST_CASE("kpi --publish shows small counts as * and nothing else", "[cli][kpi]")
{
    TempFolder folder;
    const Cli cli = demoCli(folder);
    const CliResult result = cli.db(kpi({QStringLiteral("--from"), QStringLiteral("2026-04-01"), QStringLiteral("--to"),
                                         QStringLiteral("2026-04-30"), QStringLiteral("--by"),
                                         QStringLiteral("age_band"), QStringLiteral("--publish")}));
    INFO(result.err.toStdString());
    REQUIRE(result.code == 0);
    const QJsonObject root = result.json().object();
    CHECK(root[QStringLiteral("published")] == QJsonValue(true));
    int stars = 0;
    for (const auto& each : root[QStringLiteral("kpis")].toArray()) {
        const QJsonObject object = each.toObject();
        if (object[QStringLiteral("id")].toString().endsWith(QStringLiteral("_rate"))) {
            continue;
        }
        QList<QJsonValue> values {object[QStringLiteral("value")]};
        for (const auto& breakdown : object[QStringLiteral("by")].toObject()) {
            for (const auto& value : breakdown.toObject()) {
                values.append(value);
            }
        }
        for (const auto& value : values) {
            if (value.isString()) {
                CHECK(value.toString() == QStringLiteral("*"));
                ++stars;
            } else {
                const int count = value.toInt();
                CHECK((count == 0 || count >= 5));
            }
        }
    }
    CHECK(stars > 0);
}

TEST_CASE("kpi writes every export format to --out", "[cli][kpi]")
{
    TempFolder folder;
    const Cli cli = demoCli(folder);
    const QList<QPair<QString, QByteArray>> formats {{QStringLiteral("csv"), QByteArray("\xEF\xBB\xBF")},
                                                     {QStringLiteral("xlsx"), QByteArray("PK")},
                                                     {QStringLiteral("odt"), QByteArray("PK")},
                                                     {QStringLiteral("html"), QByteArray("<!DOCTYPE html>")},
                                                     {QStringLiteral("pdf"), QByteArray("%PDF-")}};
    for (const auto& [format, magic] : formats) {
        const QString out = folder.path(QStringLiteral("kpi.") + format);
        const CliResult result =
            cli.db(kpi({QStringLiteral("--quarter"), QStringLiteral("FY2026-Q1"), QStringLiteral("--by"),
                        QStringLiteral("sex"), QStringLiteral("--out"), out}));
        INFO(format.toStdString() << ": " << result.err.toStdString());
        CHECK(result.code == 0);
        CHECK(readFile(out).startsWith(magic));
    }
    // A quarter's ODT has the six charts (three over the eight quarters up to it); a date range's
    // only its own three.
    const QByteArray quarterOdt = readFile(folder.path(QStringLiteral("kpi.odt")));
    CHECK(quarterOdt.contains("Pictures/chart1-residents_per_quarter.png"));
    CHECK(quarterOdt.contains("Pictures/chart6-actions_by_status.png"));
    const QString rangeOut = folder.path(QStringLiteral("range.odt"));
    REQUIRE(cli.db(kpi({QStringLiteral("--from"), QStringLiteral("2026-04-01"), QStringLiteral("--to"),
                        QStringLiteral("2026-05-15"), QStringLiteral("--out"), rangeOut}))
                .code
            == 0);
    const QByteArray rangeOdt = readFile(rangeOut);
    CHECK(rangeOdt.contains("Pictures/chart1-referrals_by_status.png"));
    CHECK_FALSE(rangeOdt.contains("residents_per_quarter"));
    // CSV to stdout too.
    const CliResult csv = cli.db(kpi(
        {QStringLiteral("--quarter"), QStringLiteral("FY2026-Q1"), QStringLiteral("--format"), QStringLiteral("csv")}));
    REQUIRE(csv.code == 0);
    CHECK(csv.out.contains(QStringLiteral("Indicator,Value")));
    CHECK(csv.out.contains(QStringLiteral("Not for publication")));
}

TEST_CASE("kpi refuses a bad period, quarter, breakdown or format, naming it", "[cli][kpi]")
{
    TempFolder folder;
    const Cli cli = demoCli(folder);
    const auto refused = [&](const QStringList& arguments, int code, const QString& named) {
        const CliResult result = cli.db(kpi(arguments));
        INFO(arguments.join(QLatin1Char(' ')).toStdString() << " -> " << result.err.toStdString());
        CHECK(result.code == code);
        CHECK(result.err.contains(named));
        CHECK(result.out.isEmpty());
    };
    refused(
        {QStringLiteral("--from"), QStringLiteral("2026-07-01"), QStringLiteral("--to"), QStringLiteral("2026-06-30")},
        65, QStringLiteral("--from 2026-07-01 is after --to 2026-06-30"));
    refused(
        {QStringLiteral("--from"), QStringLiteral("2026-13-01"), QStringLiteral("--to"), QStringLiteral("2026-06-30")},
        65, QStringLiteral("--from: '2026-13-01'"));
    refused({QStringLiteral("--quarter"), QStringLiteral("FY2026-Q5")}, 64, QStringLiteral("'FY2026-Q5'"));
    refused({QStringLiteral("--quarter"), QStringLiteral("2026 Q1")}, 64, QStringLiteral("'2026 Q1'"));
    refused(
        {QStringLiteral("--quarter"), QStringLiteral("FY2026-Q1"), QStringLiteral("--by"), QStringLiteral("postcode")},
        64, QStringLiteral("--by: 'postcode'"));
    refused(
        {QStringLiteral("--quarter"), QStringLiteral("FY2026-Q1"), QStringLiteral("--format"), QStringLiteral("docx")},
        64, QStringLiteral("'docx'"));
    refused(
        {QStringLiteral("--quarter"), QStringLiteral("FY2026-Q1"), QStringLiteral("--format"), QStringLiteral("xlsx")},
        64, QStringLiteral("--out"));
    refused({}, 64, QStringLiteral("--quarter"));
    refused({QStringLiteral("--quarter"), QStringLiteral("FY2026-Q1"), QStringLiteral("--from"),
             QStringLiteral("2026-04-01")},
            64, QStringLiteral("not both"));
}

TEST_CASE("kpi --out that cannot be written exits 73 and leaves nothing behind", "[cli][kpi]")
{
    TempFolder folder;
    const Cli cli = demoCli(folder);
    // A "folder" that is a file: nothing can be created inside it, even by root.
    QFile blocker(folder.path(QStringLiteral("not-a-folder")));
    REQUIRE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const QStringList before = QDir(folder.path(QString())).entryList(QDir::NoDotAndDotDot | QDir::AllEntries);
    for (const char* name : {"kpi.xlsx", "kpi.odt", "kpi.csv"}) {
        const QString out = folder.path(QStringLiteral("not-a-folder/") + QString::fromLatin1(name));
        const CliResult result =
            cli.db(kpi({QStringLiteral("--quarter"), QStringLiteral("FY2026-Q1"), QStringLiteral("--out"), out}));
        INFO(result.err.toStdString());
        CHECK(result.code == 73);
        CHECK(result.err.contains(out));
    }
    CHECK(QDir(folder.path(QString())).entryList(QDir::NoDotAndDotDot | QDir::AllEntries) == before);

    // An existing file is kept unless --force.
    const QString existing = folder.path(QStringLiteral("kept.csv"));
    QFile file(existing);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("keep me");
    file.close();
    const CliResult refused =
        cli.db(kpi({QStringLiteral("--quarter"), QStringLiteral("FY2026-Q1"), QStringLiteral("--out"), existing}));
    CHECK(refused.code == 73);
    CHECK(readFile(existing) == QByteArray("keep me"));
    const CliResult forced = cli.db(kpi({QStringLiteral("--quarter"), QStringLiteral("FY2026-Q1"),
                                         QStringLiteral("--out"), existing, QStringLiteral("--force")}));
    CHECK(forced.code == 0);
    CHECK(readFile(existing).contains("Indicator"));
}
