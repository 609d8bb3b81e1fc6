#pragma once

#include "Store.h"

#include <QCoreApplication>

#include <memory>

class QWidget;

namespace hearth::ui {

class UiSettings;

// Which database the GUI opens when it starts, and how.
struct StartupDatabase
{
    QString path;
    storage::Store::OpenMode mode = storage::Store::OpenMode::Existing;
};

// --db beats HEARTH_DB, which beats the database last opened (while it still exists); without any
// of them, the default database, created on first run. A database named on purpose must exist.
StartupDatabase chooseStartupDatabase(const QString& fromCommandLine, const QString& fromEnvironment,
                                      const UiSettings& settings, const QString& defaultPath);

// AppDataLocation/hearth.db.
QString defaultDatabasePath();

// The file filter for Hearth databases in file choosers.
QString databaseFileFilter();

// Opens Hearth databases for the GUI and says, in words, why one could not be opened.
class DatabaseOpener
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseOpener)

public:
    explicit DatabaseOpener(const Clock& clock)
        : m_clock(clock)
    {
    }

    struct Failure
    {
        storage::Error::Kind kind = storage::Error::Kind::Io;
        QString headline; // what went wrong and what to do, for a person
        QString detail; // storage's own message
    };

    // The open store, or nullptr with `failure` filled in.
    std::unique_ptr<storage::Store> open(const QString& path, storage::Store::OpenMode mode, Failure& failure) const;

    // At start-up: keeps offering to open another database or create a new one until one opens,
    // or returns nullptr when the person chooses to quit.
    std::unique_ptr<storage::Store> openAtStartup(QWidget* parent, StartupDatabase database) const;

    // The file name a person typed for a new database, with ".db" added when it has no suffix.
    static QString withDatabaseSuffix(const QString& path);

private:
    const Clock& m_clock;
};

} // namespace hearth::ui
