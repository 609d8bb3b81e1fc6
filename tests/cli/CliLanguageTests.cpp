// hearth-cli speaks British English: it installs no translator, so its reports are English too,
// dates and language tags included, even on a machine whose locale is Welsh (issue 10, Languages).
#include "CliRunner.h"

using hearth::test::Cli;
using hearth::test::CliResult;
using hearth::test::TempFolder;

TEST_CASE("hearth-cli's reports are in British English under a Welsh system locale", "[cli][language]")
{
    TempFolder folder;
    Cli cli = hearth::test::preparedCli(folder);
    cli.setEnv(QStringLiteral("LANG"), QStringLiteral("cy_GB.UTF-8"));
    cli.setEnv(QStringLiteral("LC_ALL"), QStringLiteral("cy_GB.UTF-8"));
    cli.setEnv(QStringLiteral("LANGUAGE"), QStringLiteral("cy"));

    const CliResult html = cli.db({QStringLiteral("kpi"), QStringLiteral("--quarter"), QStringLiteral("FY2026-Q1"),
                                   QStringLiteral("--format"), QStringLiteral("html")});
    INFO(html.err.toStdString());
    REQUIRE(html.code == 0);
    CHECK(html.out.contains(QStringLiteral("<html lang=\"en-GB\">")));
    CHECK(html.out.contains(QStringLiteral("Period: 1 April 2026 to 30 June 2026")));
    CHECK_FALSE(html.out.contains(QStringLiteral("Mehefin")));
    CHECK_FALSE(html.out.contains(QStringLiteral("cy-GB")));

    const CliResult strategy =
        cli.db({QStringLiteral("action"), QStringLiteral("strategy"), QStringLiteral("add"), QStringLiteral("--title"),
                QStringLiteral("Connected Communities"), QStringLiteral("--from"), QStringLiteral("2026-04-01"),
                QStringLiteral("--to"), QStringLiteral("2029-03-31")});
    INFO(strategy.err.toStdString());
    REQUIRE(strategy.code == 0);
    const CliResult actions = cli.db({QStringLiteral("action"), QStringLiteral("export"), QStringLiteral("--format"),
                                      QStringLiteral("csv"), QStringLiteral("--as-of"), QStringLiteral("2026-06-30")});
    INFO(actions.err.toStdString());
    REQUIRE(actions.code == 0);
    CHECK(actions.out.contains(QStringLiteral("Progress as of 30 June 2026")));
    CHECK(actions.out.contains(QStringLiteral("(April 2026 to March 2029)")));
    CHECK_FALSE(actions.out.contains(QStringLiteral("Mehefin")));
}
