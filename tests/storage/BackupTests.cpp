// Rotating backups (storage/Backup.h): the folder beside the database, how many are kept and in
// which order they go, a failed backup costing no earlier one, the audit, and restoring one.
#include "Backup.h"

#include "StorageFixture.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <catch2/catch.hpp>

using namespace hearth::storage;

namespace {

QStringList names(const QList<BackupFile>& files)
{
    QStringList list;
    for (const auto& file : files) {
        list.append(QFileInfo(file.path).fileName());
    }
    return list;
}

} // namespace

TEST_CASE("rotating backups go beside the database, newest first, keeping the newest N", "[storage][backup]")
{
    hearth::test::StorageFixture f;
    const QString folder = backupFolderFor(f.store.path());
    CHECK(folder == QFileInfo(f.store.path()).absoluteFilePath() + QStringLiteral(".backups"));
    CHECK(backupsToKeep(f.store) == 7);
    setBackupsToKeep(f.store, 3);
    CHECK(backupsToKeep(f.store) == 3);
    CHECK(rotatingBackupDue(f.store.path(), f.clock.nowUtc()));

    QStringList written;
    for (int day = 0; day < 5; ++day) {
        written.append(QFileInfo(rotateBackup(f.store, QStringLiteral("test"))).fileName());
        f.clock.advanceMs(24 * 60 * 60 * 1000);
    }
    CHECK(written.first() == QStringLiteral("hearth-20261122-100000.sqlite"));
    const auto files = rotatingBackups(folder);
    // The three newest, newest first; the two oldest were removed.
    CHECK(names(files) == QStringList {written.at(4), written.at(3), written.at(2)});
    CHECK(files.first().madeAt == QDateTime(QDate(2026, 11, 26), QTime(10, 0), Qt::UTC));
    CHECK(files.first().size > 0);
    CHECK(!rotatingBackupDue(f.store.path(), files.first().madeAt.addSecs(23 * 3600)));
    CHECK(rotatingBackupDue(f.store.path(), files.first().madeAt.addSecs(24 * 3600)));

    // Each one was audited by its file name.
    AuditLog::Filter filter;
    filter.action = QStringLiteral("backup");
    const auto events = f.store.audit().list(filter);
    CHECK(events.size() == 5);
    CHECK(events.first().summary.contains(written.at(4)));

    // Two in the same second get distinct names, the later first.
    setBackupsToKeep(f.store, 10);
    const QString again = QFileInfo(rotateBackup(f.store, QStringLiteral("test"))).fileName();
    const QString sameSecond = QFileInfo(rotateBackup(f.store, QStringLiteral("test"))).fileName();
    CHECK(sameSecond == again.chopped(7) + QStringLiteral("-2.sqlite"));
    CHECK(names(rotatingBackups(folder)).first() == sameSecond);
}

TEST_CASE("a failed backup leaves the earlier ones, and at least one is always kept", "[storage][backup]")
{
    hearth::test::StorageFixture f;
    const QString folder = backupFolderFor(f.store.path());
    rotateBackup(f.store, QStringLiteral("test"));
    f.clock.advanceMs(1000);
    rotateBackup(f.store, QStringLiteral("test"));
    const auto before = names(rotatingBackups(folder));
    REQUIRE(before.size() == 2);

    // The source cannot be read: nothing new, nothing removed, nothing half-written.
    f.clock.advanceMs(1000);
    CHECK_THROWS_AS(writeRotatingBackup(f.folder.path(QStringLiteral("missing.db")), folder, f.clock.nowUtc()), Error);
    CHECK(names(rotatingBackups(folder)) == before);
    CHECK(QDir(folder).entryList(QDir::Files).size() == 2);

    // Pruning to zero keeps one, the newest.
    CHECK(pruneBackups(folder, 0).size() == 1);
    CHECK(names(rotatingBackups(folder)) == QStringList {before.first()});
    // Files not named like a backup are neither listed nor removed.
    QFile other(QDir(folder).filePath(QStringLiteral("notes.txt")));
    REQUIRE(other.open(QIODevice::WriteOnly));
    other.close();
    pruneBackups(folder, 1);
    CHECK(QFileInfo::exists(other.fileName()));

    CHECK_THROWS_AS(setBackupsToKeep(f.store, 0), Error);
    CHECK_THROWS_AS(setBackupsToKeep(f.store, 366), Error);
}

TEST_CASE("a rotating backup restores the database as it was", "[storage][backup]")
{
    hearth::test::StorageFixture f;
    const auto jean = f.store.residents().create(f.makeResident());
    const QString path = rotateBackup(f.store, QStringLiteral("test"));
    f.store.residents().create(f.makeResident(QStringLiteral("Later"), QStringLiteral("Added")));
    REQUIRE(f.count("residents") == 2);
    restoreFrom(f.store, path);
    CHECK(f.count("residents") == 1);
    CHECK(f.store.residents().find(jean.id));
    CHECK(f.store.check().isEmpty());
}
