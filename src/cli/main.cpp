// hearth-cli: the command-line face of Hearth. No widgets, no display needed.
#include "Cli.h"
#include "Logging.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>
#include <QStandardPaths>

#include <cstdio>
#include <cstring>
#include <memory>

namespace {

// PDF, ODT and HTML exports draw text (the PDF's pages, the charts' pictures) with Qt's font
// engine, which needs a QGuiApplication (on the offscreen platform: no display). Every other
// command keeps the lighter QCoreApplication.
bool wantsGui(int argc, char** argv)
{
    static const char* const drawn[] = {"pdf", "odt", "html"};
    const auto endsWithDrawn = [](const char* text) {
        const std::size_t length = std::strlen(text);
        for (const char* format : drawn) {
            const std::size_t suffix = std::strlen(format);
            if (length > suffix && text[length - suffix - 1] == '.'
                && QByteArray(text + length - suffix).toLower() == QByteArray(format)) {
                return true;
            }
        }
        return false;
    };
    const auto isDrawn = [](const char* text) {
        for (const char* format : drawn) {
            if (QByteArray(text).toLower() == QByteArray(format)) {
                return true;
            }
        }
        return false;
    };
    for (int i = 1; i < argc; ++i) {
        const char* previous = argv[i - 1];
        if ((std::strncmp(argv[i], "--format=", 9) == 0 && isDrawn(argv[i] + 9))
            || (std::strncmp(argv[i], "--out=", 6) == 0 && endsWithDrawn(argv[i]))
            || (std::strcmp(previous, "--format") == 0 && isDrawn(argv[i]))
            || (std::strcmp(previous, "--out") == 0 && endsWithDrawn(argv[i]))) {
            return true;
        }
    }
    return false;
}

} // namespace

int main(int argc, char** argv)
{
    std::unique_ptr<QCoreApplication> application;
    if (wantsGui(argc, argv)) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    // hearth-cli speaks British English (it installs no translator), and so do the reports it
    // writes, whose dates follow the default locale (reports::reportLocale): a Welsh system locale
    // (LANG=cy_GB.UTF-8) must not give English text with Welsh month names.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
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
