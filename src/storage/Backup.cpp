#include "Backup.h"

#include "AuditLog.h"
#include "Logging.h"
#include "Migrations.h"
#include "Store.h"

#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

namespace hearth::storage {

namespace {

void copyDatabase(sqlite3* from, sqlite3* to, const QString& what)
{
    sqlite3_backup* backup = sqlite3_backup_init(to, "main", from, "main");
    if (!backup) {
        throw Error(Error::Kind::Io, QStringLiteral("%1: %2").arg(what, QString::fromUtf8(sqlite3_errmsg(to))));
    }
    int rc = SQLITE_OK;
    do {
        rc = sqlite3_backup_step(backup, 256);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
            sqlite3_sleep(50);
        }
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE) {
        throw Error(Error::Kind::Io, QStringLiteral("%1: %2").arg(what, QString::fromUtf8(sqlite3_errstr(rc))));
    }
}

} // namespace

void backupTo(Store& store, const QString& path)
{
    if (QFileInfo::exists(path)) {
        throw Error(Error::Kind::AlreadyExists,
                    QStringLiteral("%1 already exists; Hearth will not overwrite a file with a backup.").arg(path));
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
        copyDatabase(store.db().handle(), target->handle(), QStringLiteral("Backup to %1 failed").arg(path));
        // A backup is one self-contained file: no WAL beside it.
        target->exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
    }
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        throw Error(Error::Kind::Io, QStringLiteral("Cannot write the backup to %1.").arg(path));
    }
    store.audit().record(store.actingOfficerId(), QStringLiteral("backup"), QStringLiteral("database"), QString(),
                         QStringLiteral("backup copy written"));
    storageLog()->info("backup written");
}

void restoreFrom(Store& store, const QString& path)
{
    if (!QFileInfo::exists(path)) {
        throw Error(Error::Kind::CannotOpen, QStringLiteral("There is no backup at %1.").arg(path));
    }
    std::unique_ptr<sql::Connection> source;
    try {
        source = std::make_unique<sql::Connection>(path, sql::Connection::Mode::ReadOnly);
        auto id = source->prepare(QStringLiteral("PRAGMA application_id"));
        id.step();
        if (id.integer(0) != 0x48525448) {
            throw Error(Error::Kind::NotHearth, QStringLiteral("%1 is not a Hearth backup.").arg(path));
        }
        if (source->userVersion() > latestSchemaVersion()) {
            throw Error(Error::Kind::NewerSchema,
                        QStringLiteral("%1 was made by a newer Hearth (schema %2); update Hearth to restore it.")
                            .arg(path)
                            .arg(source->userVersion()));
        }
        auto integrity = source->prepare(QStringLiteral("PRAGMA integrity_check"));
        integrity.step();
        if (integrity.text(0) != QLatin1String("ok")) {
            throw Error(Error::Kind::NotHearth, QStringLiteral("%1 is damaged: %2").arg(path, integrity.text(0)));
        }
    } catch (const sql::Error& error) {
        throw Error(Error::Kind::NotHearth,
                    QStringLiteral("%1 is not a Hearth backup: %2").arg(path, QString::fromUtf8(error.what())));
    }
    const QString siteId = store.siteId();
    const QString officerId = store.actingOfficerId();
    copyDatabase(source->handle(), store.db().handle(), QStringLiteral("Restore from %1 failed").arg(path));
    store.db().exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    migrate(store.db());
    store.audit().record(officerId, QStringLiteral("restore"), QStringLiteral("database"), QString(),
                         QStringLiteral("restored from a backup; this database was site %1").arg(siteId));
    storageLog()->info("database restored from a backup");
}

} // namespace hearth::storage
