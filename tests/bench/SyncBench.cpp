// hearth_sync_bench: how long sync takes on a demo caseload, printed as Markdown.
//
//   hearth_sync_bench [--residents N]
//
// An officer's database with N demo residents sends everything to an empty hub (the first sync),
// then changes the phone number of 1% of residents and sends again (a typical later sync). The
// hub answers after each import, acknowledging what it received. All use the production key
// derivation (about a second each). Run it by hand, in a release build.

#include "DemoGenerator.h"

#include "ResidentRepository.h"
#include "Store.h"
#include "SyncEngine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>

using namespace hearth;

namespace {

void print(const QString& line)
{
    std::fputs(line.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

QString ms(qint64 elapsed)
{
    return QStringLiteral("%1 ms").arg(elapsed);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    int residents = 10'000;
    const QStringList arguments = app.arguments();
    if (const auto at = arguments.indexOf(QStringLiteral("--residents")); at > 0 && at + 1 < arguments.size()) {
        residents = arguments.at(at + 1).toInt();
    }
    QTemporaryDir folder;
    SystemClock clock;
    storage::Store officer(folder.filePath(QStringLiteral("officer.db")), storage::Store::OpenMode::CreateNew, clock);
    storage::Store hub(folder.filePath(QStringLiteral("hub.db")), storage::Store::OpenMode::CreateNew, clock);
    demo::DemoOptions options;
    options.residents = residents;
    generateDemo(officer, options);
    sync::SyncEngine from(officer);
    sync::SyncEngine to(hub);
    from.setRole(QStringLiteral("officer"));
    to.setRole(QStringLiteral("hub"));
    from.addPeer(hub.siteId(), QStringLiteral("Hub"));
    to.addPeer(officer.siteId(), QStringLiteral("Officer"));
    const QString passphrase = QStringLiteral("benchmark passphrase");

    print(QStringLiteral("| %1 residents | export | bundle size | import |").arg(residents));
    print(QStringLiteral("|---|---|---|---|"));
    const auto run = [&](const QString& what) {
        QElapsedTimer timer;
        timer.start();
        sync::ExportRequest request;
        request.passphrase = passphrase;
        const auto bundle = from.exportBundle(request);
        const qint64 exportMs = timer.restart();
        const auto result = to.importBundle(bundle.bundle, passphrase);
        const qint64 importMs = timer.elapsed();
        // The hub's answer acknowledges the officer's changes, so the next bundle leaves them out.
        sync::ExportRequest answer;
        answer.passphrase = passphrase;
        from.importBundle(to.exportBundle(answer).bundle, passphrase);
        print(QStringLiteral("| %1 (%2 records) | %3 | %4 KiB | %5 |")
                  .arg(what)
                  .arg(bundle.header.rows)
                  .arg(ms(exportMs))
                  .arg(bundle.bundle.size() / 1024)
                  .arg(ms(importMs)));
        return result;
    };
    run(QStringLiteral("first sync"));
    int changed = 0;
    ResidentQuery query;
    query.limit = residents / 100 + 1;
    for (const auto& summary : officer.residents().list(query).rows) {
        if (changed++ >= residents / 100) {
            break;
        }
        Resident resident = *officer.residents().find(summary.id);
        resident.phone = QStringLiteral("07700 900%1").arg(changed % 1000, 3, 10, QLatin1Char('0'));
        officer.residents().update(resident);
    }
    run(QStringLiteral("1% changed"));
    run(QStringLiteral("nothing changed"));
    print(QStringLiteral("\nDatabase sizes: officer %1 MiB, hub %2 MiB (sync state included).")
              .arg(QFileInfo(officer.path()).size() / (1024 * 1024))
              .arg(QFileInfo(hub.path()).size() / (1024 * 1024)));
    return 0;
}
