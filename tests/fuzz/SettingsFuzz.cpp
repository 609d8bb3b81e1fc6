// libFuzzer target for the settings file Hearth's GUI reads at start (QSettings, an INI file on
// Linux): the last and recent databases, window geometry and state, the page shown, the caseload
// columns and the import mappings remembered per CSV header, each read the way the GUI reads it
// (a remembered mapping through ImportMapping::fromJson). Any bytes must read without a crash.
#include "FuzzSupport.h"
#include "ResidentImport.h"
#include "UiSettings.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static QTemporaryDir folder;
    static int count = 0;
    // A new file each time: QSettings caches a file it has read by name.
    const QString path = folder.filePath(QStringLiteral("Hearth-%1.conf").arg(++count));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            hearth::fuzz::finding("cannot write the settings file");
        }
        file.write(hearth::fuzz::bytes(data, size));
    }
    {
        QSettings settings(path, QSettings::IniFormat);
        const hearth::ui::UiSettings ui(settings);
        (void)ui.lastDatabase();
        (void)ui.recentDatabases().size();
        (void)ui.windowGeometry();
        (void)ui.windowState();
        (void)ui.currentPage();
        (void)ui.caseloadHeaderState();
        const QStringList header {QStringLiteral("Given name"), QStringLiteral("Family name")};
        (void)ui.importMapping(header);
        settings.beginGroup(QStringLiteral("import/residentMapping"));
        for (const auto& key : settings.childKeys()) {
            try {
                const auto remembered = hearth::import::ImportMapping::fromJson(settings.value(key).toByteArray());
                (void)hearth::import::proposeMapping(header, remembered);
            } catch (const hearth::import::ImportError&) {
            }
        }
        settings.endGroup();
    }
    QFile::remove(path);
    return 0;
}
