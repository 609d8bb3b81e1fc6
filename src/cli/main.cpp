// hearth-cli: the command-line face of Hearth. No widgets, no display needed.
#include "Cli.h"
#include "Logging.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QStandardPaths>

#include <cstdio>
#include <cstring>
#include <memory>

namespace {

// A PDF export lays text out with Qt's font engine, which needs a QGuiApplication (on the
// offscreen platform: no display). Every other command keeps the lighter QCoreApplication.
bool wantsPdf(int argc, char** argv)
{
    const auto endsWithPdf = [](const char* text) {
        const std::size_t length = std::strlen(text);
        return length >= 4
            && (std::strcmp(text + length - 4, ".pdf") == 0 || std::strcmp(text + length - 4, ".PDF") == 0);
    };
    for (int i = 1; i < argc; ++i) {
        const char* previous = argv[i - 1];
        if (std::strcmp(argv[i], "--format=pdf") == 0
            || (std::strncmp(argv[i], "--out=", 6) == 0 && endsWithPdf(argv[i]))
            || (std::strcmp(previous, "--format") == 0 && std::strcmp(argv[i], "pdf") == 0)
            || (std::strcmp(previous, "--out") == 0 && endsWithPdf(argv[i]))) {
            return true;
        }
    }
    return false;
}

} // namespace

int main(int argc, char** argv)
{
    std::unique_ptr<QCoreApplication> application;
    if (wantsPdf(argc, argv)) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
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
