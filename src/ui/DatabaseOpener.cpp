#include "DatabaseOpener.h"

#include "FileDialog.h"
#include "MessageBox.h"
#include "UiLog.h"
#include "UiSettings.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace hearth::ui {

namespace {

const char* kindName(storage::Error::Kind kind)
{
    switch (kind) {
    case storage::Error::Kind::Invalid:
        return "invalid";
    case storage::Error::Kind::NotFound:
        return "not found";
    case storage::Error::Kind::AlreadyExists:
        return "already exists";
    case storage::Error::Kind::Busy:
        return "busy";
    case storage::Error::Kind::CannotOpen:
        return "cannot open";
    case storage::Error::Kind::NotHearth:
        return "not a Hearth database";
    case storage::Error::Kind::NewerSchema:
        return "newer schema";
    case storage::Error::Kind::Io:
        break;
    }
    return "input/output";
}

} // namespace

StartupDatabase chooseStartupDatabase(const QString& fromCommandLine, const QString& fromEnvironment,
                                      const UiSettings& settings, const QString& defaultPath)
{
    using Mode = storage::Store::OpenMode;
    if (!fromCommandLine.isEmpty()) {
        return {fromCommandLine, Mode::Existing};
    }
    if (!fromEnvironment.isEmpty()) {
        return {fromEnvironment, Mode::Existing};
    }
    const QString last = settings.lastDatabase();
    if (!last.isEmpty() && QFileInfo(last).isFile()) {
        return {last, Mode::Existing};
    }
    return {defaultPath, Mode::CreateIfMissing};
}

QString defaultDatabasePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("hearth.db"));
}

QString databaseFileFilter()
{
    return DatabaseOpener::tr("Hearth databases (*.db *.hearth);;All files (*)");
}

QString DatabaseOpener::withDatabaseSuffix(const QString& path)
{
    if (path.isEmpty() || !QFileInfo(path).suffix().isEmpty()) {
        return path;
    }
    return path + QStringLiteral(".db");
}

std::unique_ptr<storage::Store> DatabaseOpener::open(const QString& path, storage::Store::OpenMode mode,
                                                     Failure& failure) const
{
    const QString name = QFileInfo(path).fileName();
    try {
        auto store = std::make_unique<storage::Store>(path, mode, m_clock);
        uiLog()->info("opened a database, schema {}", store->schemaVersion());
        return store;
    } catch (const storage::Error& error) {
        failure.kind = error.kind();
        failure.detail = error.message();
        switch (error.kind()) {
        case storage::Error::Kind::NotHearth:
            failure.headline = tr("“%1” is not a Hearth database, or it is damaged.").arg(name);
            break;
        case storage::Error::Kind::NewerSchema:
            failure.headline =
                tr("“%1” was made by a newer version of Hearth. Install that version to open it.").arg(name);
            break;
        case storage::Error::Kind::Busy:
            failure.headline = tr("“%1” is in use by another program, such as hearth-cli or a backup. Try again "
                                  "when it has finished.")
                                   .arg(name);
            break;
        case storage::Error::Kind::AlreadyExists:
            failure.headline =
                tr("“%1” already exists. Hearth will not overwrite it: choose a new file name.").arg(name);
            break;
        case storage::Error::Kind::CannotOpen:
            failure.headline = tr("Hearth cannot open “%1”. Check that the file exists and that you may read and "
                                  "change it.")
                                   .arg(name);
            break;
        case storage::Error::Kind::Invalid:
        case storage::Error::Kind::NotFound:
        case storage::Error::Kind::Io:
            failure.headline = tr("Hearth could not open “%1”.").arg(name);
            break;
        }
    } catch (const std::exception& error) {
        failure.kind = storage::Error::Kind::Io;
        failure.headline = tr("Hearth could not open “%1”.").arg(name);
        failure.detail = QString::fromUtf8(error.what());
    }
    uiLog()->warn("could not open a database: {}", kindName(failure.kind));
    return nullptr;
}

std::unique_ptr<storage::Store> DatabaseOpener::openAtStartup(QWidget* parent, StartupDatabase database) const
{
    for (;;) {
        Failure failure;
        if (auto store = open(database.path, database.mode, failure)) {
            return store;
        }
        const auto answer = MessageBox::critical(
            parent, tr("Cannot open database"), failure.headline,
            failure.detail + QStringLiteral("\n\n")
                + tr("You can open another Hearth database, create a new one, or quit Hearth."),
            MessageBox::OpenAnother | MessageBox::CreateNew | MessageBox::Quit, MessageBox::OpenAnother);
        const QString folder = QFileInfo(database.path).absolutePath();
        if (answer == MessageBox::OpenAnother) {
            const QString chosen =
                FileDialog::getOpenFileName(parent, tr("Open Hearth database"), folder, databaseFileFilter());
            if (!chosen.isEmpty()) {
                database = {chosen, storage::Store::OpenMode::Existing};
            }
        } else if (answer == MessageBox::CreateNew) {
            const QString chosen =
                FileDialog::getSaveFileName(parent, tr("New Hearth database"), folder, databaseFileFilter());
            if (!chosen.isEmpty()) {
                database = {withDatabaseSuffix(chosen), storage::Store::OpenMode::CreateNew};
            }
        } else {
            return nullptr;
        }
    }
}

} // namespace hearth::ui
