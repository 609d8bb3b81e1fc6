#pragma once

#include <QString>

#include <functional>
#include <stdexcept>

namespace hearth::storage {

class Store;

// How far a copy (or the check of a backup) is: pages done of total, or 0 of 0 while the amount
// is unknown (the integrity check). Return false to stop; it may also throw to stop, and that
// exception comes out of the call. Either way a stopped restore changes nothing (SQLite rolls back
// the destination's transaction when a backup is finished before it is done) and a stopped
// backup leaves no file behind.
using CopyProgress = std::function<bool(qint64 done, qint64 total)>;

// Thrown when a CopyProgress returned false.
class CopyStopped : public std::runtime_error
{
public:
    CopyStopped()
        : std::runtime_error("stopped")
    {
    }
};

// Copies of the whole database through SQLite's online backup API, which copies a consistent
// snapshot while the database stays in use.

// Writes a copy to `path` (refusing to overwrite), via a temporary file so a failure leaves no
// half-written copy. Audited: the copy holds personal data.
void backupTo(Store& store, const QString& path);

// Checks that the file at `path` is a sound Hearth backup no newer than this Hearth (PRAGMA
// integrity_check: seconds on a large file, reported as 0 of 0 and stoppable); throws Error
// saying what is wrong. Only reads.
void checkBackup(const QString& path, const CopyProgress& progress = {});

enum class BackupCheck {
    Check, // run checkBackup first
    AlreadyChecked, // checkBackup passed just before: only its quick checks again (id, schema)
};

// Replaces the open database's contents with the backup at `path`, after checking that it is a
// sound Hearth database no newer than this Hearth. Audited in the restored database. The copy
// reports its pages to `progress` in steps of 256; stopped (see CopyProgress), the database is
// exactly as it was.
void restoreFrom(Store& store, const QString& path, const CopyProgress& progress = {},
                 BackupCheck check = BackupCheck::Check);

} // namespace hearth::storage

#include <QDateTime>
#include <QList>
#include <QStringList>

namespace hearth::storage {

// ---- rotating backups (docs/formats.md § Retention and backups) ---------------------------------
// Automatic copies go to a folder beside the database, `<database file>.backups/`, named
// `hearth-YYYYMMDD-HHMMSS.sqlite` by their UTC time, so the names sort by age. The newest `keep`
// are kept; the oldest beyond that are removed, but only after a new copy was written and checked,
// so a failed backup never costs an earlier one.

struct BackupFile
{
    QString path;
    QDateTime madeAt; // UTC, from the name
    qint64 size = 0;
};

inline constexpr int kDefaultBackupsToKeep = 7;

QString backupFolderFor(const QString& databasePath);
// The rotating backups in the folder, newest first (files not named like one are ignored).
QList<BackupFile> rotatingBackups(const QString& folder);
// How many rotating backups to keep: a local setting of this database (never synced).
int backupsToKeep(Store& store);
void setBackupsToKeep(Store& store, int keep); // 1..365, else Error naming the value
// True when there is no rotating backup made within a day before `now`.
bool rotatingBackupDue(const QString& databasePath, const QDateTime& now);

// Writes a checked copy of the database file at `databasePath` into `folder` named for `now`,
// through a connection of its own, so it may run on another thread than the database's Store. Not
// audited (see recordRotatingBackup). Returns the new file; throws Error and leaves nothing
// behind on failure. `progress(done, total)` (pages) may be called along the way; it may throw to
// stop the copy, leaving no file behind.
QString writeRotatingBackup(const QString& databasePath, const QString& folder, const QDateTime& now,
                            const std::function<void(int, int)>& progress = {});
// Removes the oldest rotating backups beyond `keep` (at least one is always kept); returns those removed.
QStringList pruneBackups(const QString& folder, int keep);
// Audits a rotating backup (no personal data: the file name only).
void recordRotatingBackup(Store& store, const QString& path, const QString& why);
// All three on the store's thread: the CLI's `backup --rotate`. Returns the new file.
QString rotateBackup(Store& store, const QString& why);

} // namespace hearth::storage
