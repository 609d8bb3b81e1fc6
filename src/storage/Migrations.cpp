#include "Migrations.h"

#include <QCoreApplication>

#include "StorageError.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace hearth::storage {

const QList<Migration>& migrations()
{
    static const QList<Migration> all = [] {
        QList<Migration> list;
        static const QRegularExpression name(QStringLiteral("^(\\d{4})_(\\w+)\\.sql$"));
        const QDir dir(QStringLiteral(":/sql"));
        for (const auto& file : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
            const auto match = name.match(file);
            if (!match.hasMatch()) {
                continue;
            }
            QFile source(dir.filePath(file));
            if (!source.open(QIODevice::ReadOnly)) {
                continue;
            }
            list.append({match.captured(1).toInt(), match.captured(2), QString::fromUtf8(source.readAll())});
        }
        return list;
    }();
    return all;
}

int latestSchemaVersion()
{
    return migrations().isEmpty() ? 0 : migrations().last().version;
}

void migrate(sql::Connection& db, int target)
{
    const int current = db.userVersion();
    if (current > latestSchemaVersion()) {
        throw Error(Error::Kind::NewerSchema,
                    QCoreApplication::translate(
                        "hearth::storage",
                        "This database uses schema version %1, made by a newer Hearth; this Hearth knows "
                        "versions up to %2. Update Hearth to open it.")
                        .arg(current)
                        .arg(latestSchemaVersion()));
    }
    if (current >= target) {
        return;
    }
    sql::Transaction transaction(db);
    for (const auto& migration : migrations()) {
        if (migration.version <= current || migration.version > target) {
            continue;
        }
        try {
            db.exec(migration.sql);
        } catch (const sql::Error& error) {
            throw Error(Error::Kind::Io,
                        QStringLiteral("Migration %1 (%2) failed: %3")
                            .arg(migration.version)
                            .arg(migration.name, QString::fromUtf8(error.what())));
        }
        db.setUserVersion(migration.version);
    }
    transaction.commit();
}

} // namespace hearth::storage
