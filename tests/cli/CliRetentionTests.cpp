// hearth-cli retention, retention anonymise, purge and backup --rotate (spec/cli.md § data
// protection). The key property: anonymising closed cases changes no KPI of any past quarter, in
// any breakdown.
#include "CliRunner.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace hearth::test;

namespace {

Cli demoCli(const TempFolder& folder)
{
    Cli cli(folder);
    const auto init = cli.db({QStringLiteral("init"), QStringLiteral("--council"), QStringLiteral("Testshire"),
                              QStringLiteral("--officer"), QStringLiteral("Sam Officer")});
    REQUIRE(init.code == 0);
    const auto demo = cli.db({QStringLiteral("demo"), QStringLiteral("--residents"), QStringLiteral("300"),
                              QStringLiteral("--seed"), QStringLiteral("11")});
    INFO(demo.err.toStdString());
    REQUIRE(demo.code == 0);
    return cli;
}

// Every KPI of the quarter, whole and in every breakdown, as the CLI prints them.
QStringList kpiOutputs(const Cli& cli, const QStringList& quarters)
{
    QStringList outputs;
    const QStringList dimensions {QString(),
                                  QStringLiteral("ward"),
                                  QStringLiteral("target_group"),
                                  QStringLiteral("age_band"),
                                  QStringLiteral("sex"),
                                  QStringLiteral("identified_by"),
                                  QStringLiteral("officer")};
    for (const auto& quarter : quarters) {
        for (const auto& dimension : dimensions) {
            QStringList arguments {QStringLiteral("kpi"), QStringLiteral("--quarter"), quarter};
            if (!dimension.isEmpty()) {
                arguments << QStringLiteral("--by") << dimension;
            }
            const auto result = cli.db(arguments);
            INFO(result.err.toStdString());
            REQUIRE(result.code == 0);
            outputs.append(result.out);
        }
        const auto published = cli.db({QStringLiteral("kpi"), QStringLiteral("--quarter"), quarter,
                                       QStringLiteral("--by"), QStringLiteral("age_band"), QStringLiteral("--publish"),
                                       QStringLiteral("--format"), QStringLiteral("csv")});
        REQUIRE(published.code == 0);
        outputs.append(published.out);
    }
    return outputs;
}

QJsonArray dueCases(const Cli& cli, const QString& asOf)
{
    const auto result =
        cli.db({QStringLiteral("retention"), QStringLiteral("--json"), QStringLiteral("--as-of"), asOf});
    INFO(result.err.toStdString());
    REQUIRE(result.code == 0);
    return result.json().object().value(QStringLiteral("cases")).toArray();
}

} // namespace

TEST_CASE("anonymising every closed case changes no KPI of any quarter in any breakdown", "[cli][retention][kpi]")
{
    TempFolder folder;
    const Cli cli = demoCli(folder);
    const QDate today = QDate::currentDate();
    QStringList quarters;
    for (int back = 1; back <= 8; back += 2) { // four past quarters, the demo's busy years
        const QDate day = today.addMonths(-3 * back);
        const int fiscalYear = day.month() >= 4 ? day.year() : day.year() - 1;
        const int quarter = day.month() >= 4 ? (day.month() - 4) / 3 + 1 : 4;
        quarters.append(QStringLiteral("FY%1-Q%2").arg(fiscalYear).arg(quarter));
    }
    const QStringList before = kpiOutputs(cli, quarters);
    // The figures are not all zero: closures and breakdowns are being compared.
    const QJsonObject sample = QJsonDocument::fromJson(before.at(3).toUtf8()).object(); // first quarter by age band
    REQUIRE(!sample.isEmpty());

    const QString farFuture = QStringLiteral("2100-01-01");
    const QJsonArray due = dueCases(cli, farFuture);
    REQUIRE(due.size() >= 20);
    const QString someone = due.first().toObject().value(QStringLiteral("id")).toString();
    const auto shownBefore =
        cli.db({QStringLiteral("resident"), QStringLiteral("show"), someone, QStringLiteral("--json")});
    REQUIRE(shownBefore.code == 0);
    REQUIRE(!shownBefore.json().object().value(QStringLiteral("family_name")).toString().isEmpty());

    const auto anonymise = cli.db({QStringLiteral("retention"), QStringLiteral("anonymise"), QStringLiteral("--all"),
                                   QStringLiteral("--reason"), QStringLiteral("retention schedule"),
                                   QStringLiteral("--as-of"), farFuture});
    INFO(anonymise.err.toStdString());
    REQUIRE(anonymise.code == 0);
    CHECK(anonymise.err.contains(QStringLiteral("Anonymised %1 closed cases").arg(due.size())));
    CHECK(dueCases(cli, farFuture).isEmpty());

    const auto shown = cli.db({QStringLiteral("resident"), QStringLiteral("show"), someone, QStringLiteral("--json")});
    REQUIRE(shown.code == 0);
    const QJsonObject record = shown.json().object();
    for (const char* key : {"given_name", "family_name", "phone", "email", "postcode", "date_of_birth"}) {
        INFO(key);
        CHECK(record.value(QLatin1String(key)).toString().isEmpty());
    }
    for (const auto& contact : record.value(QStringLiteral("contacts")).toArray()) {
        CHECK(contact.toObject().value(QStringLiteral("note")).toString().isEmpty());
    }

    const QStringList after = kpiOutputs(cli, quarters);
    REQUIRE(after.size() == before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        INFO("output " << i);
        CHECK(after.at(i) == before.at(i));
    }
    const auto check = cli.db({QStringLiteral("check")});
    INFO(check.err.toStdString());
    CHECK(check.code == 0);
}

TEST_CASE("retention lists ids and dates, never names, and refuses bad input", "[cli][retention]")
{
    TempFolder folder;
    const Cli cli = demoCli(folder);
    const auto text = cli.db({QStringLiteral("retention"), QStringLiteral("--as-of"), QStringLiteral("2100-01-01")});
    REQUIRE(text.code == 0);
    const QJsonArray due = dueCases(cli, QStringLiteral("2100-01-01"));
    REQUIRE(!due.isEmpty());
    const QJsonObject first = due.first().toObject();
    CHECK(first.keys()
          == QStringList {QStringLiteral("closed_on"), QStringLiteral("due_on"), QStringLiteral("id"),
                          QStringLiteral("years_past")});
    const QString id = first.value(QStringLiteral("id")).toString();
    const auto shown = cli.db({QStringLiteral("resident"), QStringLiteral("show"), id, QStringLiteral("--json")});
    const QString family = shown.json().object().value(QStringLiteral("family_name")).toString();
    REQUIRE(!family.isEmpty());
    CHECK(text.out.contains(id));
    CHECK(!text.out.contains(family));
    CHECK(
        text.err.contains(QStringLiteral("%1 closed cases are past the retention period of 6 years").arg(due.size())));
    // The period is the council setting.
    REQUIRE(cli.db({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("retention_years"),
                    QStringLiteral("90")})
                .code
            == 0);
    CHECK(dueCases(cli, QStringLiteral("2100-01-01")).size() < due.size());
    REQUIRE(cli.db({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("retention_years"),
                    QStringLiteral("6")})
                .code
            == 0);

    const auto dumpBefore = cli.db({QStringLiteral("dump")});
    const auto badDate = cli.db({QStringLiteral("retention"), QStringLiteral("--as-of"), QStringLiteral("2100-13-01")});
    CHECK(badDate.code == 65);
    CHECK(badDate.err.contains(QStringLiteral("--as-of")));
    const QStringList anonymise {QStringLiteral("retention"), QStringLiteral("anonymise")};
    const auto noReason = cli.db(anonymise + QStringList {id});
    CHECK(noReason.code == 64);
    CHECK(noReason.err.contains(QStringLiteral("--reason")));
    const auto both =
        cli.db(anonymise + QStringList {id, QStringLiteral("--all"), QStringLiteral("--reason"), QStringLiteral("x")});
    CHECK(both.code == 64);
    const auto neither = cli.db(anonymise + QStringList {QStringLiteral("--reason"), QStringLiteral("x")});
    CHECK(neither.code == 64);
    // Not yet due today (as-of defaults to today), and an unknown id: all or none.
    const auto notDue =
        cli.db(anonymise
               + QStringList {id, QStringLiteral("--reason"), QStringLiteral("x"), QStringLiteral("--as-of"),
                              first.value(QStringLiteral("closed_on")).toString()});
    CHECK(notDue.code == 65);
    CHECK(notDue.err.contains(QStringLiteral("not yet due")));
    const auto unknown =
        cli.db(anonymise
               + QStringList {id, QStringLiteral("nobody"), QStringLiteral("--reason"), QStringLiteral("x"),
                              QStringLiteral("--as-of"), QStringLiteral("2100-01-01")});
    CHECK(unknown.code == 65);
    CHECK(unknown.err.contains(QStringLiteral("nobody")));
    CHECK(cli.db({QStringLiteral("dump")}).out == dumpBefore.out);
}

TEST_CASE("purge RESIDENT --reason erases the resident, audited with the reason", "[cli][purge]")
{
    TempFolder folder;
    const Cli cli = preparedCli(folder);
    const auto add =
        cli.db({QStringLiteral("resident"), QStringLiteral("add"), QStringLiteral("--given"), QStringLiteral("Jean"),
                QStringLiteral("--family"), QStringLiteral("Smith"), QStringLiteral("--ward"),
                QStringLiteral("E05000001"), QStringLiteral("--identified-on"), QStringLiteral("2026-10-01")});
    INFO(add.err.toStdString());
    REQUIRE(add.code == 0);
    const QString id = add.out.trimmed();

    const auto noReason = cli.db({QStringLiteral("purge"), id});
    CHECK(noReason.code == 64);
    CHECK(noReason.err.contains(QStringLiteral("--reason")));
    const auto unknown = cli.db({QStringLiteral("purge"), QStringLiteral("nobody"), QStringLiteral("--reason"),
                                 QStringLiteral("erasure request")});
    CHECK(unknown.code == 65);
    CHECK(cli.db({QStringLiteral("resident"), QStringLiteral("show"), id}).code == 0);

    const auto purge =
        cli.db({QStringLiteral("purge"), id, QStringLiteral("--reason"), QStringLiteral("erasure request 17")});
    INFO(purge.err.toStdString());
    REQUIRE(purge.code == 0);
    CHECK(cli.db({QStringLiteral("resident"), QStringLiteral("show"), id}).code == 65);
    const auto audit = cli.db(
        {QStringLiteral("audit"), QStringLiteral("--action"), QStringLiteral("purge"), QStringLiteral("--json")});
    REQUIRE(audit.code == 0);
    CHECK(audit.out.contains(QStringLiteral("erasure request 17")));
    CHECK(!audit.out.contains(QStringLiteral("Smith")));
    // Erased already: said so.
    const auto again = cli.db({QStringLiteral("purge"), id, QStringLiteral("--reason"), QStringLiteral("again")});
    CHECK(again.code == 65);
    CHECK(again.err.contains(QStringLiteral("erased already")));
}

TEST_CASE("backup --rotate keeps the newest N in DATABASE.backups", "[cli][backup]")
{
    TempFolder folder;
    const Cli cli = preparedCli(folder);
    const QString backups = QFileInfo(cli.dbPath()).absoluteFilePath() + QStringLiteral(".backups");
    QStringList written;
    for (int i = 0; i < 3; ++i) {
        const auto result = cli.db(
            {QStringLiteral("backup"), QStringLiteral("--rotate"), QStringLiteral("--keep"), QStringLiteral("2")});
        INFO(result.err.toStdString());
        REQUIRE(result.code == 0);
        written.append(result.out.trimmed());
        CHECK(QFileInfo(written.last()).absolutePath() == backups);
    }
    CHECK(QDir(backups).entryList(QDir::Files).size() == 2);
    CHECK(!QFileInfo::exists(written.first()));
    CHECK(QFileInfo::exists(written.last()));
    CHECK(cli.db({QStringLiteral("restore"), written.last(), QStringLiteral("--yes")}).code == 0);

    CHECK(cli.db({QStringLiteral("backup"), QStringLiteral("--rotate"), QStringLiteral("--out"),
                  folder.path(QStringLiteral("x.db"))})
              .code
          == 64);
    CHECK(cli.db({QStringLiteral("backup")}).code == 64);
    const auto badKeep =
        cli.db({QStringLiteral("backup"), QStringLiteral("--rotate"), QStringLiteral("--keep"), QStringLiteral("0")});
    CHECK(badKeep.code == 65);
    CHECK(badKeep.err.contains(QStringLiteral("between 1 and 365")));
    CHECK(QDir(backups).entryList(QDir::Files).size() == 2);
}
