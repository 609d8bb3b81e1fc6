#include "Backup.h"

#include <QCoreApplication>

#include "AuditLog.h"
#include "Logging.h"
#include "Migrations.h"
#include "Store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <sqlite3.h>

#include <QScopeGuard>

#include <algorithm>
#include <exception>
#include <utility>

namespace hearth::storage {

namespace {

// Pages copied per sqlite3_backup_step: a progress report (and a chance to stop) every 1 MiB at
// 4 KiB pages.
constexpr int kPagesPerStep = 256;

// Copies every page of `from` over `to`. The backup is finished however the copy ends: finishing
// it before SQLITE_DONE rolls back the destination's write transaction (sqlite3_backup_finish),
// so a copy stopped by `progress` or failed leaves `to` as it was. `progress` is not called after
// the last step: once the copy is committed it can no longer be stopped.
void copyDatabase(sqlite3* from, sqlite3* to, const QString& what, const CopyProgress& progress = {})
{
    sqlite3_backup* backup = sqlite3_backup_init(to, "main", from, "main");
    if (!backup) {
        throw Error(Error::Kind::Io, QStringLiteral("%1: %2").arg(what, QString::fromUtf8(sqlite3_errmsg(to))));
    }
    const auto finish = qScopeGuard([&backup] {
        if (backup) {
            sqlite3_backup_finish(backup);
        }
    });
    int rc = SQLITE_OK;
    while (true) {
        rc = sqlite3_backup_step(backup, kPagesPerStep);
        if (rc != SQLITE_OK && rc != SQLITE_BUSY && rc != SQLITE_LOCKED) {
            break;
        }
        if (progress) {
            const int total = sqlite3_backup_pagecount(backup);
            if (!progress(total - sqlite3_backup_remaining(backup), total)) {
                throw CopyStopped();
            }
        }
        if (rc != SQLITE_OK) {
            sqlite3_sleep(50);
        }
    }
    sqlite3_backup_finish(std::exchange(backup, nullptr));
    if (rc != SQLITE_DONE) {
        throw Error(Error::Kind::Io, QStringLiteral("%1: %2").arg(what, QString::fromUtf8(sqlite3_errstr(rc))));
    }
}

// Lets `progress` stop a long statement on `db` (the integrity check): SQLite calls it back every
// few thousand virtual machine steps. An exception cannot pass through SQLite's C code, so it is
// kept and thrown again once the statement has been interrupted.
class Interruptible
{
public:
    Interruptible(sqlite3* db, const CopyProgress& progress)
        : m_db(db)
        , m_progress(progress)
    {
        if (m_progress) {
            sqlite3_progress_handler(m_db, 10000, &Interruptible::call, this);
        }
    }
    ~Interruptible() { sqlite3_progress_handler(m_db, 0, nullptr, nullptr); }
    Interruptible(const Interruptible&) = delete;
    Interruptible& operator=(const Interruptible&) = delete;

    void rethrowIfStopped() const
    {
        if (m_stopped) {
            std::rethrow_exception(m_stopped);
        }
    }

private:
    static int call(void* self) noexcept
    {
        auto* me = static_cast<Interruptible*>(self);
        try {
            if (me->m_progress(0, 0)) {
                return 0;
            }
            me->m_stopped = std::make_exception_ptr(CopyStopped());
        } catch (...) {
            me->m_stopped = std::current_exception();
        }
        return 1; // interrupt the statement
    }

    sqlite3* m_db;
    const CopyProgress& m_progress;
    std::exception_ptr m_stopped;
};

// Opens a backup read-only and checks it is Hearth's and no newer than this Hearth.
std::unique_ptr<sql::Connection> openBackup(const QString& path)
{
    if (!QFileInfo::exists(path)) {
        throw Error(Error::Kind::CannotOpen,
                    QCoreApplication::translate("hearth::storage", "There is no backup at %1.").arg(path));
    }
    try {
        auto source = std::make_unique<sql::Connection>(path, sql::Connection::Mode::ReadOnly);
        auto id = source->prepare(QStringLiteral("PRAGMA application_id"));
        id.step();
        if (id.integer(0) != 0x48525448) {
            throw Error(Error::Kind::NotHearth,
                        QCoreApplication::translate("hearth::storage", "%1 is not a Hearth backup.").arg(path));
        }
        if (source->userVersion() > latestSchemaVersion()) {
            throw Error(
                Error::Kind::NewerSchema,
                QCoreApplication::translate("hearth::storage",
                                            "%1 was made by a newer Hearth (schema %2); update Hearth to restore it.")
                    .arg(path)
                    .arg(source->userVersion()));
        }
        return source;
    } catch (const sql::Error& error) {
        throw Error(Error::Kind::NotHearth,
                    QCoreApplication::translate("hearth::storage", "%1 is not a Hearth backup: %2")
                        .arg(path, QString::fromUtf8(error.what())));
    }
}

void checkIntegrity(sql::Connection& source, const QString& path, const CopyProgress& progress)
{
    if (progress && !progress(0, 0)) {
        throw CopyStopped();
    }
    const Interruptible interruptible(source.handle(), progress);
    try {
        auto integrity = source.prepare(QStringLiteral("PRAGMA integrity_check"));
        integrity.step();
        if (integrity.text(0) != QLatin1String("ok")) {
            throw Error(
                Error::Kind::NotHearth,
                QCoreApplication::translate("hearth::storage", "%1 is damaged: %2").arg(path, integrity.text(0)));
        }
    } catch (const sql::Error& error) {
        interruptible.rethrowIfStopped();
        throw Error(Error::Kind::NotHearth,
                    QCoreApplication::translate("hearth::storage", "%1 is not a Hearth backup: %2")
                        .arg(path, QString::fromUtf8(error.what())));
    }
}

} // namespace

void backupTo(Store& store, const QString& path)
{
    if (QFileInfo::exists(path)) {
        throw Error(Error::Kind::AlreadyExists,
                    QCoreApplication::translate("hearth::storage",
                                                "%1 already exists; Hearth will not overwrite a file with a backup.")
                        .arg(path));
    }
    const QString partial = path + QStringLiteral(".partial");
    QFile::remove(partial);
    {
        std::unique_ptr<sql::Connection> target;
        try {
            target = std::make_unique<sql::Connection>(partial, sql::Connection::Mode::ReadWriteCreate);
        } catch (const sql::Error& error) {
            throw Error(Error::Kind::CannotOpen, QString::fromUtf8(error.what()));
        }
        copyDatabase(store.db().handle(), target->handle(),
                     QCoreApplication::translate("hearth::storage", "Backup to %1 failed").arg(path));
        // A backup is one self-contained file: no WAL beside it.
        target->exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
    }
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        throw Error(Error::Kind::Io,
                    QCoreApplication::translate("hearth::storage", "Cannot write the backup to %1.").arg(path));
    }
    store.audit().record(store.actingOfficerId(), QStringLiteral("backup"), QStringLiteral("database"), QString(),
                         QStringLiteral("backup copy written"));
    storageLog()->info("backup written");
}

void checkBackup(const QString& path, const CopyProgress& progress)
{
    const auto source = openBackup(path);
    checkIntegrity(*source, path, progress);
}

void restoreFrom(Store& store, const QString& path, const CopyProgress& progress, BackupCheck check)
{
    const auto source = openBackup(path);
    if (check == BackupCheck::Check) {
        checkIntegrity(*source, path, progress);
    }
    const QString siteId = store.siteId();
    const QString officerId = store.actingOfficerId();
    copyDatabase(source->handle(), store.db().handle(),
                 QCoreApplication::translate("hearth::storage", "Restore from %1 failed").arg(path), progress);
    // Copied and committed: what follows is part of the restore and is not stopped.
    store.db().exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    migrate(store.db());
    store.audit().record(officerId, QStringLiteral("restore"), QStringLiteral("database"), QString(),
                         QStringLiteral("restored from a backup; this database was site %1").arg(siteId));
    storageLog()->info("database restored from a backup");
}

namespace {

const QString kLocalKeepKey = QStringLiteral("backups_to_keep");

// hearth-20261123-021500.sqlite, or hearth-20261123-021500-2.sqlite for a second one that second.
const QRegularExpression& backupName()
{
    static const QRegularExpression pattern(QStringLiteral("^hearth-(\\d{8}-\\d{6})(?:-(\\d+))?\\.sqlite$"));
    return pattern;
}

} // namespace

QString backupFolderFor(const QString& databasePath)
{
    return QFileInfo(databasePath).absoluteFilePath() + QStringLiteral(".backups");
}

QList<BackupFile> rotatingBackups(const QString& folder)
{
    struct Entry
    {
        BackupFile file;
        int serial = 0;
    };
    QList<Entry> entries;
    const QFileInfoList infos = QDir(folder).entryInfoList({QStringLiteral("hearth-*.sqlite")}, QDir::Files);
    for (const QFileInfo& info : infos) {
        const auto match = backupName().match(info.fileName());
        if (!match.hasMatch()) {
            continue;
        }
        const QDateTime local = QDateTime::fromString(match.captured(1), QStringLiteral("yyyyMMdd-HHmmss"));
        if (!local.isValid()) {
            continue;
        }
        const QDateTime madeAt(local.date(), local.time(), Qt::UTC);
        entries.append({{info.absoluteFilePath(), madeAt, info.size()}, match.captured(2).toInt()});
    }
    std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
        return a.file.madeAt != b.file.madeAt ? a.file.madeAt > b.file.madeAt : a.serial > b.serial;
    });
    QList<BackupFile> files;
    for (const auto& entry : entries) {
        files.append(entry.file);
    }
    return files;
}

int backupsToKeep(Store& store)
{
    bool ok = false;
    const int keep = store.localValue(kLocalKeepKey).toInt(&ok);
    return ok && keep >= 1 ? keep : kDefaultBackupsToKeep;
}

void setBackupsToKeep(Store& store, int keep)
{
    if (keep < 1 || keep > 365) {
        throw Error(
            {{QStringLiteral("backups_to_keep"),
              QCoreApplication::translate("hearth::storage", "Keep between 1 and 365 backups (not %1).").arg(keep)}});
    }
    store.setLocalValue(kLocalKeepKey, QString::number(keep));
}

bool rotatingBackupDue(const QString& databasePath, const QDateTime& now)
{
    const auto files = rotatingBackups(backupFolderFor(databasePath));
    return files.isEmpty() || files.first().madeAt.secsTo(now) >= 24 * 60 * 60 || files.first().madeAt > now;
}

QString writeRotatingBackup(const QString& databasePath, const QString& folder, const QDateTime& now,
                            const std::function<void(int, int)>& progress)
{
    if (!QDir().mkpath(folder)) {
        throw Error(Error::Kind::Io,
                    QCoreApplication::translate("hearth::storage", "Cannot create the backup folder %1.").arg(folder));
    }
    const QString stamp = now.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString path = QDir(folder).filePath(QStringLiteral("hearth-%1.sqlite").arg(stamp));
    for (int serial = 2; QFileInfo::exists(path); ++serial) {
        path = QDir(folder).filePath(QStringLiteral("hearth-%1-%2.sqlite").arg(stamp).arg(serial));
    }
    const QString partial = path + QStringLiteral(".partial");
    QFile::remove(partial);
    try {
        sql::Connection source(databasePath, sql::Connection::Mode::ReadOnly);
        {
            sql::Connection target(partial, sql::Connection::Mode::ReadWriteCreate);
            CopyProgress pages;
            if (progress) {
                pages = [&progress](qint64 done, qint64 total) {
                    progress(static_cast<int>(done), static_cast<int>(total));
                    return true;
                };
            }
            copyDatabase(source.handle(), target.handle(),
                         QCoreApplication::translate("hearth::storage", "Backup to %1 failed").arg(path), pages);
            target.exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
            auto check = target.prepare(QStringLiteral("PRAGMA quick_check"));
            check.step();
            if (check.text(0) != QLatin1String("ok")) {
                throw Error(Error::Kind::Io,
                            QCoreApplication::translate("hearth::storage", "The backup %1 failed its check: %2")
                                .arg(path, check.text(0)));
            }
        }
    } catch (const sql::Error& error) {
        QFile::remove(partial);
        throw Error(Error::Kind::Io,
                    QCoreApplication::translate("hearth::storage", "Backup to %1 failed: %2")
                        .arg(path, QString::fromUtf8(error.what())));
    } catch (...) {
        QFile::remove(partial);
        throw;
    }
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        throw Error(Error::Kind::Io,
                    QCoreApplication::translate("hearth::storage", "Cannot write the backup to %1.").arg(path));
    }
    return path;
}

QStringList pruneBackups(const QString& folder, int keep)
{
    const auto files = rotatingBackups(folder);
    QStringList removed;
    for (qsizetype i = std::max(keep, 1); i < files.size(); ++i) {
        if (QFile::remove(files.at(i).path)) {
            removed.append(files.at(i).path);
        }
    }
    return removed;
}

void recordRotatingBackup(Store& store, const QString& path, const QString& why)
{
    store.audit().record(store.actingOfficerId(), QStringLiteral("backup"), QStringLiteral("database"), QString(),
                         QStringLiteral("%1 backup %2 written").arg(why, QFileInfo(path).fileName()));
    storageLog()->info("rotating backup written");
}

QString rotateBackup(Store& store, const QString& why)
{
    const QString folder = backupFolderFor(store.path());
    const QString path = writeRotatingBackup(store.path(), folder, store.clock().nowUtc());
    recordRotatingBackup(store, path, why);
    pruneBackups(folder, backupsToKeep(store));
    return path;
}

} // namespace hearth::storage
