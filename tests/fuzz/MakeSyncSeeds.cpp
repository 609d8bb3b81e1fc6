// Writes the seed corpora of the sync fuzz targets (docs/fuzzing.md): two bundles from an officer's
// database to the hub, sealed with the fuzz targets' passphrase and Argon2id at its smallest limits
// (corpus/bundle), and the JSON payloads they carry (corpus/sync_payload), addressed from and to
// the site ids SyncPayloadFuzz.cpp uses. All data is fictional.
//
//   hearth_fuzz_make_sync_seeds tests/fuzz/corpus
#include "Bundle.h"
#include "ContactRepository.h"
#include "FuzzSupport.h"
#include "OfficerRepository.h"
#include "ResidentRepository.h"
#include "Store.h"
#include "SyncEngine.h"
#include "WardRepository.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

namespace {

const QString kPassphrase = QStringLiteral("correct horse battery staple");
const QString kHubSite = QStringLiteral("0190a1b2-0000-7000-8000-000000000001");
const QString kPeerSite = QStringLiteral("0190a1b2-0000-7000-8000-000000000002");

void write(const QString& path, const QByteArray& data)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size()) {
        hearth::fuzz::finding("cannot write a seed");
    }
}

} // namespace

int main(int argc, char** argv)
{
    using namespace hearth;
    if (argc != 2) {
        std::fprintf(stderr, "usage: hearth_fuzz_make_sync_seeds CORPUS_FOLDER\n");
        return 64;
    }
    const QDir corpus(QString::fromLocal8Bit(argv[1]));
    QDir().mkpath(corpus.filePath(QStringLiteral("bundle")));
    QDir().mkpath(corpus.filePath(QStringLiteral("sync_payload")));
    QTemporaryDir folder;
    FixedClock clock(fuzz::fuzzNow());
    storage::Store store(folder.filePath(QStringLiteral("officer.hearth")), storage::Store::OpenMode::CreateNew, clock);
    store.reseedIds(7);
    store.setSiteId(kPeerSite);
    sync::SyncEngine engine(store);
    engine.setRole(QStringLiteral("officer"));
    engine.addPeer(kHubSite, QStringLiteral("Hub"));
    store.wards().save({QStringLiteral("E05000001"), QStringLiteral("Riverside"), {}});
    const Officer officer =
        store.officers().add({{}, QStringLiteral("Sam Officer"), QStringLiteral("officer"), {}, {}});
    store.setActingOfficer(officer.id);

    QStringList ids;
    for (const auto& [given, family] : {std::pair {"Jean", "Smith"}, std::pair {"Ola", "Nowak"}}) {
        Resident resident;
        resident.givenName = QString::fromLatin1(given);
        resident.familyName = QString::fromLatin1(family);
        resident.wardCode = QStringLiteral("E05000001");
        resident.identifiedOn = QDate(2026, 10, 1);
        resident.phone = QStringLiteral("07700 900123");
        resident.targetGroups = {QStringLiteral("older_people")};
        ids.append(store.residents().create(resident).id);
    }
    Contact contact;
    contact.residentId = ids.first();
    contact.contactOn = QDate(2026, 10, 20);
    contact.type = QStringLiteral("phone");
    contact.note = QStringLiteral("Talked about the lunch club.");
    contact.officerId = officer.id;
    store.contacts().add(contact);

    const auto seal = [&](const QString& name) {
        clock.advanceMs(1000);
        sync::ExportRequest request;
        request.to = kHubSite;
        request.passphrase = kPassphrase;
        request.kdf = sync::KdfLimits::fastForTestsOnly();
        const QByteArray bundle = engine.exportBundle(request).bundle;
        write(corpus.filePath(QStringLiteral("bundle/%1.hearthsync").arg(name)), bundle);
        write(corpus.filePath(QStringLiteral("sync_payload/%1.json").arg(name)),
              qUncompress(sync::openBundle(bundle, kPassphrase)));
    };
    seal(QStringLiteral("new-residents"));

    // A second bundle: an update and an erasure travelling as a purge marker.
    clock.advanceMs(60000);
    Resident changed = *store.residents().find(ids.first());
    changed.phone = QStringLiteral("07700 900456");
    store.residents().update(changed);
    engine.purgeResident(ids.last());
    seal(QStringLiteral("update-and-purge"));
    std::printf("wrote the sync seeds under %s\n", argv[1]);
    return 0;
}
