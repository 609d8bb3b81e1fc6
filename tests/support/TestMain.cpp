// Catch2's main, with a QApplication so that every layer's tests can use Qt (widgets run on the
// offscreen platform). QStandardPaths test mode keeps tests away from the user's real data.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QStandardPaths>

int main(int argc, char** argv)
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Hearth"));
    QApplication::setApplicationName(QStringLiteral("HearthTests"));
    return Catch::Session().run(argc, argv);
}
