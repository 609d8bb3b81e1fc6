// hearth-cli: the command-line face of Hearth. No widgets, no display needed.
#include "Cli.h"
#include "Logging.h"

#include <QCoreApplication>
#include <QStandardPaths>

#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    // Same names as the GUI, so both find the same default database.
    QCoreApplication::setOrganizationName(QStringLiteral("Hearth"));
    QCoreApplication::setApplicationName(QStringLiteral("Hearth"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HEARTH_VERSION));
    hearth::initLogging(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/logs"),
                        qEnvironmentVariableIsSet("HEARTH_VERBOSE"));

    QTextStream out(stdout);
    QTextStream err(stderr);
    const hearth::SystemClock clock;
    const int code = hearth::cli::runCli(QCoreApplication::arguments().mid(1), out, err, clock);
    out.flush();
    err.flush();
    return code;
}
