// Crash safety: runs the real hearth-cli on a large batch (a resident CSV import, a sync bundle
// import), kills it with SIGKILL at a seeded random moment, many times, and after every kill opens
// the database as Hearth would and checks that it passes PRAGMA integrity_check and
// foreign_key_check and holds either all of the batch or none of it.
//
// The kill moments are spread over the write: one measured run without a kill gives the time the
// command takes up to the write (a dry run, or a repeated import that stops before merging) and
// the time it takes in all; most kills land between the two, the rest anywhere in the run.
// HEARTH_CRASH_KILLS sets the number of kills per command (default 50).
#include "Interchange.h"
#include "OfficerRepository.h"
#include "ResidentRepository.h"
#include "Store.h"
#include "SyncEngine.h"
#include "WardRepository.h"

#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>

#include <algorithm>
#include <random>

using namespace hearth;
using hearth::test::fixedNow;
using hearth::test::TempFolder;

namespace {

const QString kPassphrase = QStringLiteral("correct horse battery staple");

int killsPerCommand()
{
    bool ok = false;
    const int fromEnvironment = qEnvironmentVariableIntValue("HEARTH_CRASH_KILLS", &ok);
    return ok && fromEnvironment > 0 ? fromEnvironment : 50;
}

// Copies a closed database (and its write-ahead log, if any) over `to`, removing `to`'s own.
void copyDatabase(const QString& from, const QString& to)
{
    for (const auto* suffix : {"", "-wal", "-shm"}) {
        QFile::remove(to + QLatin1String(suffix));
    }
    for (const auto* suffix : {"", "-wal"}) {
        if (QFile::exists(from + QLatin1String(suffix))) {
            REQUIRE(QFile::copy(from + QLatin1String(suffix), to + QLatin1String(suffix)));
        }
    }
}

struct Run
{
    bool killed = false; // false: the command had finished before the kill was due
    int exitCode = -1;
    qint64 elapsedMs = 0;
    QString err;
};

// Runs hearth-cli; kills it with SIGKILL after `killAfterMs` (never when negative).
Run runCli(const TempFolder& folder, const QStringList& arguments, qint64 killAfterMs = -1)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), folder.path(QStringLiteral("home")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), folder.path(QStringLiteral("home/data")));
    env.insert(QStringLiteral("HEARTH_SYNC_PASSPHRASE"), kPassphrase);
    env.remove(QStringLiteral("HEARTH_DB"));
    process.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral(HEARTH_CLI_PATH), arguments);
    REQUIRE(process.waitForStarted());
    Run run;
    bool finished = false;
    if (killAfterMs >= 0) {
        const qint64 left = killAfterMs - timer.elapsed();
        finished = left > 0 && process.waitForFinished(static_cast<int>(left));
        if (!finished) {
            process.kill(); // SIGKILL
            run.killed = true;
        }
    }
    // (waitForFinished on a process that has finished returns false.)
    if (!finished) {
        REQUIRE(process.waitForFinished(300000));
    }
    run.elapsedMs = timer.elapsed();
    run.killed = run.killed && process.exitStatus() == QProcess::CrashExit;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

qint64 count(storage::Store& store, const QString& sql)
{
    auto statement = store.db().prepare(sql);
    REQUIRE(statement.step());
    return statement.integer(0);
}

// The kill moments: three quarters within [writeFromMs, endMs + 10%], the rest anywhere in
// [0, endMs + 10%] (the 10% past the measured end reaches the last moments of the write).
std::vector<qint64> killMoments(std::uint32_t seed, int kills, qint64 writeFromMs, qint64 endMs)
{
    std::mt19937 random(seed);
    std::vector<qint64> moments;
    const qint64 to = endMs + endMs / 10;
    for (int i = 0; i < kills; ++i) {
        const qint64 from = i % 4 == 3 ? 0 : writeFromMs;
        moments.push_back(std::uniform_int_distribution<qint64>(from, std::max(from, to))(random));
    }
    return moments;
}

struct Tally
{
    int killed = 0;
    int none = 0;
    int all = 0;
};

} // namespace

TEST_CASE("A resident import killed at any moment leaves all of the rows or none", "[crash][import]")
{
    TempFolder folder;
    FixedClock clock(fixedNow());
    const QString base = folder.path(QStringLiteral("base.hearth"));
    {
        storage::Store store(base, storage::Store::OpenMode::CreateNew, clock);
        store.wards().save({QStringLiteral("E05000001"), QStringLiteral("Riverside"), {}});
        const Officer officer =
            store.officers().add({{}, QStringLiteral("Sam Officer"), QStringLiteral("officer"), {}, {}});
        store.setActingOfficer(officer.id);
    }
    // A few thousand fictional residents.
    constexpr int kRows = 2000;
    const QString csvPath = folder.path(QStringLiteral("big.csv"));
    {
        QFile csv(csvPath);
        REQUIRE(csv.open(QIODevice::WriteOnly));
        csv.write("Given name,Family name,Ward,Identified on,Phone,Postcode,Target groups\r\n");
        for (int i = 0; i < kRows; ++i) {
            csv.write(QStringLiteral("Resident%1,Family%2,E05000001,2026-10-%3,07700 9%4,ZZ99 9ZZ,older_people\r\n")
                          .arg(i)
                          .arg(i % 97)
                          .arg(1 + i % 28, 2, 10, QLatin1Char('0'))
                          .arg(i % 100000, 5, 10, QLatin1Char('0'))
                          .toUtf8());
        }
    }
    const QString db = folder.path(QStringLiteral("run.hearth"));
    const QStringList import {QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("residents"),
                              csvPath};

    // Measured once: up to the write (a dry run reads and checks every row), and in all.
    copyDatabase(base, db);
    const Run dry = runCli(folder, import + QStringList {QStringLiteral("--dry-run")});
    INFO(dry.err.toStdString());
    REQUIRE(dry.exitCode == 0);
    const Run whole = runCli(folder, import);
    INFO(whole.err.toStdString());
    REQUIRE(whole.exitCode == 0);
    {
        storage::Store store(db, storage::Store::OpenMode::Existing, clock);
        REQUIRE(count(store, QStringLiteral("SELECT count(*) FROM residents")) == kRows);
    }

    Tally tally;
    const int kills = killsPerCommand();
    const auto moments = killMoments(20261122, kills, dry.elapsedMs, whole.elapsedMs);
    for (int i = 0; i < kills; ++i) {
        copyDatabase(base, db);
        const Run run = runCli(folder, import, moments[size_t(i)]);
        INFO("kill " << i << " after " << moments[size_t(i)] << " ms (dry run " << dry.elapsedMs << " ms, whole "
                     << whole.elapsedMs << " ms)");
        tally.killed += run.killed ? 1 : 0;
        storage::Store store(db, storage::Store::OpenMode::Existing, clock);
        const QStringList problems = store.check();
        INFO(problems.join(QLatin1Char('\n')).toStdString());
        REQUIRE(problems.isEmpty());
        const qint64 residents = count(store, QStringLiteral("SELECT count(*) FROM residents"));
        REQUIRE((residents == 0 || residents == kRows));
        if (residents == kRows) {
            // All of it: every row, and the import's audit event with it.
            REQUIRE(count(store,
                          QStringLiteral("SELECT count(DISTINCT given_name) FROM residents WHERE given_name "
                                         "LIKE 'Resident%'"))
                    == kRows);
            REQUIRE(count(store, QStringLiteral("SELECT count(*) FROM audit_events WHERE action = 'import'")) == 1);
            ++tally.all;
        } else {
            REQUIRE(count(store, QStringLiteral("SELECT count(*) FROM audit_events WHERE action = 'import'")) == 0);
            ++tally.none;
        }
    }
    WARN("resident import: " << tally.killed << " of " << kills << " runs killed; " << tally.none << " left none, "
                             << tally.all << " left all (dry run " << dry.elapsedMs << " ms, whole " << whole.elapsedMs
                             << " ms)");
    // Many kills must land while hearth-cli runs, or the test shows nothing (a quarter at least:
    // on a loaded machine a run takes more or less time than the measured one).
    CHECK(tally.killed >= kills / 4);
}

TEST_CASE("A sync import killed at any moment leaves all of the bundle or none", "[crash][sync]")
{
    TempFolder folder;
    FixedClock clock(fixedNow());
    const QString hubBase = folder.path(QStringLiteral("hub.hearth"));
    const QString bundlePath = folder.path(QStringLiteral("many.hearthsync"));
    constexpr int kResidents = 800;
    {
        storage::Store hub(hubBase, storage::Store::OpenMode::CreateNew, clock);
        storage::Store officer(folder.path(QStringLiteral("officer.hearth")), storage::Store::OpenMode::CreateNew,
                               clock);
        sync::SyncEngine hubEngine(hub);
        sync::SyncEngine officerEngine(officer);
        hubEngine.setRole(QStringLiteral("hub"));
        officerEngine.setRole(QStringLiteral("officer"));
        hubEngine.addPeer(officer.siteId(), QStringLiteral("Officer laptop"));
        officerEngine.addPeer(hub.siteId(), QStringLiteral("Hub"));
        for (auto* store : {&hub, &officer}) {
            store->wards().save({QStringLiteral("E05000001"), QStringLiteral("Riverside"), {}});
        }
        const Officer sam =
            officer.officers().add({{}, QStringLiteral("Sam Officer"), QStringLiteral("officer"), {}, {}});
        officer.setActingOfficer(sam.id);
        hub.setActingOfficer(hub.officers().add({{}, QStringLiteral("Hub"), QStringLiteral("manager"), {}, {}}).id);
        QList<Resident> residents;
        for (int i = 0; i < kResidents; ++i) {
            Resident resident;
            resident.givenName = QStringLiteral("Resident%1").arg(i);
            resident.familyName = QStringLiteral("Family%1").arg(i % 97);
            resident.wardCode = QStringLiteral("E05000001");
            resident.identifiedOn = QDate(2026, 10, 1 + i % 28);
            resident.phone = QStringLiteral("07700 9%1").arg(i, 5, 10, QLatin1Char('0'));
            resident.targetGroups = {QStringLiteral("older_people")};
            residents.append(resident);
        }
        REQUIRE(officer.residents().createMany(residents, QStringLiteral("crash test residents")));
        sync::ExportRequest request;
        request.to = hub.siteId();
        request.passphrase = kPassphrase;
        request.kdf = sync::KdfLimits::fastForTestsOnly();
        const QByteArray bundle = officerEngine.exportBundle(request).bundle;
        QFile file(bundlePath);
        REQUIRE(file.open(QIODevice::WriteOnly));
        REQUIRE(file.write(bundle) == bundle.size());
    }
    const QString db = folder.path(QStringLiteral("run.hearth"));
    const QStringList syncImport {QStringLiteral("--db"), db, QStringLiteral("sync"), QStringLiteral("import"),
                                  bundlePath};
    QByteArray before;
    {
        copyDatabase(hubBase, db);
        storage::Store store(db, storage::Store::OpenMode::Existing, clock);
        before = storage::dumpJson(store);
    }

    // Measured once: the whole import, then the same bundle again, which stops before the merge
    // (the ledger holds it): the time up to the write.
    // The first run is slower (the files are cold): the shorter of two is the measure.
    copyDatabase(hubBase, db);
    const Run first = runCli(folder, syncImport);
    INFO(first.err.toStdString());
    REQUIRE(first.exitCode == 0);
    copyDatabase(hubBase, db);
    const Run whole = runCli(folder, syncImport);
    INFO(whole.err.toStdString());
    REQUIRE(whole.exitCode == 0);
    const qint64 wholeMs = std::min(first.elapsedMs, whole.elapsedMs);
    const Run again = runCli(folder, syncImport);
    INFO(again.err.toStdString());
    REQUIRE(again.exitCode == 0);
    REQUIRE(again.err.contains(QStringLiteral("imported already")));
    QByteArray after;
    {
        storage::Store store(db, storage::Store::OpenMode::Existing, clock);
        REQUIRE(count(store, QStringLiteral("SELECT count(*) FROM residents")) == kResidents);
        after = storage::dumpJson(store);
    }
    REQUIRE(after != before);

    Tally tally;
    const int kills = killsPerCommand();
    const auto moments = killMoments(20261123, kills, again.elapsedMs, wholeMs);
    for (int i = 0; i < kills; ++i) {
        copyDatabase(hubBase, db);
        const Run run = runCli(folder, syncImport, moments[size_t(i)]);
        INFO("kill " << i << " after " << moments[size_t(i)] << " ms (up to the merge " << again.elapsedMs
                     << " ms, whole " << wholeMs << " ms)");
        tally.killed += run.killed ? 1 : 0;
        storage::Store store(db, storage::Store::OpenMode::Existing, clock);
        const QStringList problems = store.check();
        INFO(problems.join(QLatin1Char('\n')).toStdString());
        REQUIRE(problems.isEmpty());
        const QByteArray dump = storage::dumpJson(store);
        REQUIRE((dump == before || dump == after));
        const qint64 ledger = count(store, QStringLiteral("SELECT count(*) FROM sync_ledger"));
        if (dump == after) {
            REQUIRE(ledger == 1);
            ++tally.all;
        } else {
            REQUIRE(ledger == 0);
            ++tally.none;
        }
    }
    WARN("sync import: " << tally.killed << " of " << kills << " runs killed; " << tally.none << " left none, "
                         << tally.all << " left all (up to the merge " << again.elapsedMs << " ms, whole " << wholeMs
                         << " ms)");
    CHECK(tally.killed >= kills / 4);
}
