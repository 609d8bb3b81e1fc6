// hearth: the desktop application. Opens (or on first run creates) a database and shows the main
// window; everything else lives in hearth_ui.
#include "AppIcon.h"
#include "DatabaseOpener.h"
#include "Language.h"
#include "Logging.h"
#include "MainWindow.h"
#include "UiLog.h"
#include "UiSettings.h"
#include "firstrun/FirstRunWizard.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Hearth"));
    QApplication::setApplicationName(QStringLiteral("Hearth"));
    QApplication::setApplicationVersion(QStringLiteral(HEARTH_VERSION));
    QApplication::setWindowIcon(hearth::ui::appIcon());
    // Matches the installed io.github.hearth.Hearth.desktop, so that desktops show its icon and name.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.hearth.Hearth"));

    // The user's settings (window state, recent databases, language). The language is installed
    // before any text is made, and applies to the whole run (Tools > Language… says "next start").
    QSettings settings;
    const hearth::ui::Translations translations(hearth::ui::UiSettings(settings).language());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main",
                                "Case management for council loneliness officers and social prescribing "
                                "link workers."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QApplication::translate("main",
                                "Open the Hearth database at <path> (it must exist). Without it: $HEARTH_DB, "
                                "else the database last opened, else the default one."),
        QApplication::translate("main", "path"));
    const QCommandLineOption verboseOption(QStringLiteral("verbose"),
                                           QApplication::translate("main", "Write debugging detail to the log."));
    // For documentation and checks: show the window, save a picture of it, and quit.
    QCommandLineOption screenshotOption(QStringLiteral("screenshot"), QStringLiteral("Save the window to <file>."),
                                        QStringLiteral("file"));
    screenshotOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({dbOption, verboseOption, screenshotOption});
    parser.process(app);

    hearth::initLogging(
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("logs")),
        parser.isSet(verboseOption));
    hearth::ui::uiLog()->info("Hearth {} starting, language {} ({} catalogues)", HEARTH_VERSION,
                              hearth::ui::languageKey(translations.language()).toStdString(),
                              translations.catalogues().size());

    hearth::SystemClock clock; // outlives the store the window owns
    const auto startup =
        hearth::ui::chooseStartupDatabase(parser.value(dbOption), qEnvironmentVariable("HEARTH_DB"),
                                          hearth::ui::UiSettings(settings), hearth::ui::defaultDatabasePath());
    std::unique_ptr<hearth::storage::Store> store;
    if (hearth::ui::needsFirstRun(startup)) {
        // No database named and none at the usual place: set one up. Cancel quits, leaving nothing.
        hearth::ui::FirstRunWizard wizard(clock, startup.path);
        if (wizard.exec() != QDialog::Accepted) {
            return 0;
        }
        store = wizard.takeStore();
    } else {
        store = hearth::ui::DatabaseOpener(clock).openAtStartup(nullptr, startup);
    }
    if (!store) {
        return 1;
    }

    hearth::ui::MainWindow window(clock, settings, std::move(store));
    window.show();

    if (parser.isSet(screenshotOption)) {
        const QString file = parser.value(screenshotOption);
        QTimer::singleShot(200, &window, [&window, file] {
            const bool saved = window.grab().save(file);
            window.close();
            QApplication::exit(saved ? 0 : 1);
        });
    }
    return app.exec();
}
