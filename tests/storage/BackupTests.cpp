// Rotating backups (storage/Backup.h): the folder beside the database, how many are kept and in
// which order they go, a failed backup costing no earlier one, the audit, and restoring one.
#include "Backup.h"

#include "StorageFixture.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <catch2/catch.hpp>

#include <algorithm>
#include <stdexcept>

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

namespace {

// Enough pages for several steps of the copy (256 pages a step): about 5 MiB besides the residents,
// with an index, so that the integrity check runs long enough to be stopped part-way.
void addFiller(hearth::test::StorageFixture& f)
{
    f.store.db().exec(QStringLiteral("CREATE TABLE filler (n INTEGER NOT NULL, x BLOB NOT NULL)"));
    f.store.db().exec(QStringLiteral("CREATE INDEX filler_n ON filler (n)"));
    f.store.db().exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1500) "
                                     "INSERT INTO filler SELECT i, randomblob(3000) FROM n"));
}

// What the residents table holds, row by row.
QStringList residentRows(hearth::storage::Store& store)
{
    auto rows = store.db().prepare(QStringLiteral("SELECT id, updated_at FROM residents ORDER BY id"));
    QStringList list;
    while (rows.step()) {
        list.append(rows.text(0) + QLatin1Char('|') + rows.text(1));
    }
    return list;
}

struct Stop : std::runtime_error
{
    Stop()
        : std::runtime_error("stop asked")
    {
    }
};

} // namespace

TEST_CASE("a restore reports its pages, and one stopped part-way leaves the database exactly as it was",
          "[storage][backup]")
{
    hearth::test::StorageFixture f;
    addFiller(f);
    f.store.residents().create(f.makeResident());
    const QString path = rotateBackup(f.store, QStringLiteral("test"));
    f.store.db().exec(QStringLiteral("DELETE FROM filler WHERE rowid % 2 = 0"));
    const auto later = f.store.residents().create(f.makeResident(QStringLiteral("Later"), QStringLiteral("Added")));
    // A small page cache, so the copy's uncommitted pages spill into the write-ahead log before it
    // is stopped: the rollback must undo those too.
    f.store.db().exec(QStringLiteral("PRAGMA cache_size = 20"));
    f.store.checkpoint(); // an empty log
    const QStringList rowsBefore = residentRows(f.store);
    REQUIRE(rowsBefore.size() == 2);
    const qint64 fillerBefore = f.count("filler");

    SECTION("stopped by returning false")
    {
        QList<std::pair<qint64, qint64>> reports;
        const QString log = f.store.path() + QStringLiteral("-wal");
        qint64 logWhenStopped = 0;
        CHECK_THROWS_AS(restoreFrom(f.store, path,
                                    [&](qint64 done, qint64 total) {
                                        reports.append({done, total});
                                        if (done < 3 * 256) {
                                            return true;
                                        }
                                        logWhenStopped = QFileInfo(log).size(); // the copy is well under way
                                        return false;
                                    }),
                        CopyStopped);
        // The copy had written pages into the database's log before it was stopped.
        CHECK(logWhenStopped > 256 * 4096);
        // The check first (0 of 0), then pages of the copy.
        REQUIRE(reports.size() >= 4);
        CHECK(reports.first() == std::pair<qint64, qint64> {0, 0});
        CHECK(reports.last().first == 3 * 256);
        CHECK(reports.last().second > 4 * 256);
    }
    SECTION("stopped by throwing")
    {
        int copied = 0;
        CHECK_THROWS_AS(restoreFrom(f.store, path,
                                    [&copied](qint64, qint64 total) {
                                        if (total > 0 && ++copied == 2) {
                                            throw Stop();
                                        }
                                        return true;
                                    }),
                        Stop);
        CHECK(copied == 2);
    }
    CHECK(residentRows(f.store) == rowsBefore);
    CHECK(f.count("filler") == fillerBefore);
    CHECK(f.store.check().isEmpty());
    // Also as another connection sees the file.
    {
        Store reopened(f.store.path(), Store::OpenMode::Existing, f.clock);
        CHECK(residentRows(reopened) == rowsBefore);
        CHECK(reopened.check().isEmpty());
    }

    // Not stopped: the whole copy, in steps, and the backup's data.
    QList<qint64> done;
    restoreFrom(f.store, path, [&done](qint64 pages, qint64) {
        done.append(pages);
        return true;
    });
    CHECK(done.size() >= 5);
    CHECK(std::is_sorted(done.begin(), done.end()));
    CHECK(f.count("residents") == 1);
    CHECK(!f.store.residents().find(later.id));
    CHECK(f.count("filler") == 1500);
    CHECK(f.store.check().isEmpty());
}

TEST_CASE("checking a backup can be stopped during the integrity check, and a damaged one is refused",
          "[storage][backup]")
{
    hearth::test::StorageFixture f;
    addFiller(f);
    const QString path = rotateBackup(f.store, QStringLiteral("test"));
    int calls = 0;
    checkBackup(path, [&calls](qint64 done, qint64 total) {
        CHECK(done == 0);
        CHECK(total == 0);
        ++calls;
        return true;
    });
    // Once before it starts, and again while SQLite works through it.
    CHECK(calls >= 2);
    calls = 0;
    CHECK_THROWS_AS(checkBackup(path, [&calls](qint64, qint64) { return ++calls < 2; }), CopyStopped);
    CHECK(calls == 2);
    CHECK_THROWS_AS(checkBackup(path, [](qint64, qint64) -> bool { throw Stop(); }), Stop);

    // A backup with a damaged page in the middle is refused by name.
    const QString damaged = f.folder.path(QStringLiteral("damaged.sqlite"));
    REQUIRE(QFile::copy(path, damaged));
    QFile file(damaged);
    REQUIRE(file.open(QIODevice::ReadWrite));
    file.seek(file.size() / 2);
    file.write(QByteArray(8192, '\x5a'));
    file.close();
    try {
        checkBackup(damaged);
        FAIL("a damaged backup passed its check");
    } catch (const Error& error) {
        CHECK(error.kind() == Error::Kind::NotHearth);
        CHECK(error.message().contains(QStringLiteral("damaged.sqlite")));
    }
}

TEST_CASE("a rotating backup stopped by its progress leaves no file", "[storage][backup]")
{
    hearth::test::StorageFixture f;
    addFiller(f);
    const QString folder = backupFolderFor(f.store.path());
    int reports = 0;
    CHECK_THROWS_AS(writeRotatingBackup(f.store.path(), folder, f.clock.nowUtc(),
                                        [&reports](int done, int total) {
                                            CHECK(total > 256);
                                            CHECK(done <= total);
                                            if (++reports == 2) {
                                                throw Stop();
                                            }
                                        }),
                    Stop);
    CHECK(reports == 2);
    CHECK(QDir(folder).entryList(QDir::Files).isEmpty());
}
