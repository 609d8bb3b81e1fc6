#include "CliRunner.h"

#include <QProcess>

namespace hearth::test {

QJsonDocument CliResult::json() const
{
    QJsonParseError error {};
    const auto document = QJsonDocument::fromJson(out.toUtf8(), &error);
    INFO("stdout was not JSON: " << out.left(500).toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    return document;
}

Cli::Cli(const TempFolder& folder)
    : m_env(QProcessEnvironment::systemEnvironment())
    , m_dbPath(folder.dbPath())
{
    m_env.insert(QStringLiteral("HOME"), folder.path(QStringLiteral("home")));
    m_env.insert(QStringLiteral("XDG_DATA_HOME"), folder.path(QStringLiteral("home/data")));
    m_env.remove(QStringLiteral("HEARTH_DB"));
}

CliResult Cli::run(const QStringList& arguments, const QByteArray& input) const
{
    QProcess process;
    process.setProcessEnvironment(m_env);
    process.start(QStringLiteral(HEARTH_CLI_PATH), arguments);
    REQUIRE(process.waitForStarted());
    if (!input.isEmpty()) {
        process.write(input);
    }
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(120000));
    CliResult result;
    result.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

CliResult Cli::db(const QStringList& arguments) const
{
    return run(QStringList {QStringLiteral("--db"), m_dbPath} + arguments);
}

Cli preparedCli(const TempFolder& folder)
{
    Cli cli(folder);
    const auto init = cli.db({QStringLiteral("init"), QStringLiteral("--council"), QStringLiteral("Testshire"),
                              QStringLiteral("--officer"), QStringLiteral("Sam Officer")});
    INFO(init.err.toStdString());
    REQUIRE(init.code == 0);
    const auto ward = cli.db(
        {QStringLiteral("ward"), QStringLiteral("add"), QStringLiteral("E05000001"), QStringLiteral("Riverside")});
    REQUIRE(ward.code == 0);
    return cli;
}

} // namespace hearth::test
