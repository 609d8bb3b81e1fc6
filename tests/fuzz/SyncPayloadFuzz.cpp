// libFuzzer target for what an authentic sync bundle carries: the payload (JSON: row states with
// their version vectors, purge markers) and its merge into a database, as a team member holding the
// passphrase could send it. The input is the payload's JSON; the target compresses it, seals it
// with the team passphrase (Argon2id at its smallest limits) from a known peer, and imports it
// through SyncEngine::importBundle into a new hub database holding one ward and one officer. Any
// payload must merge whole or be refused with a BundleError leaving the database unchanged; what
// merges must pass the integrity and foreign key checks.
#include "FuzzSupport.h"
#include "Interchange.h"
#include "OfficerRepository.h"
#include "Store.h"
#include "SyncEngine.h"
#include "WardRepository.h"

namespace {

const QString kPassphrase = QStringLiteral("correct horse battery staple");
const QString kHubSite = QStringLiteral("0190a1b2-0000-7000-8000-000000000001");
const QString kPeerSite = QStringLiteral("0190a1b2-0000-7000-8000-000000000002");

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace hearth;
    static const FixedClock clock(fuzz::fuzzNow());
    storage::Store store(QStringLiteral(":memory:"), storage::Store::OpenMode::CreateNew, clock);
    store.reseedIds(1);
    store.setSiteId(kHubSite);
    store.wards().save({QStringLiteral("E05000001"), QStringLiteral("Riverside"), {}});
    const Officer officer =
        store.officers().add({{}, QStringLiteral("Alex Officer"), QStringLiteral("officer"), {}, {}});
    store.setActingOfficer(officer.id);
    sync::SyncEngine engine(store);
    engine.setRole(QStringLiteral("hub"));
    engine.addPeer(kPeerSite, QStringLiteral("Officer laptop"));

    sync::BundleHeader header;
    header.schemaVersion = store.schemaVersion();
    header.sender = kPeerSite;
    header.senderName = QStringLiteral("Officer laptop");
    header.recipient = kHubSite;
    header.batchId = QStringLiteral("0190a1b2-0000-7000-8000-0000000000b1");
    header.seqFrom = 0;
    header.seqTo = 1;
    header.createdAt = clock.nowUtc();
    header.kdf = sync::KdfLimits::fastForTestsOnly();
    const QByteArray file = sync::sealBundle(header, qCompress(fuzz::bytes(data, size), 1), kPassphrase);

    const QByteArray before = storage::dumpJson(store);
    try {
        (void)engine.importBundle(file, kPassphrase);
    } catch (const sync::BundleError& error) {
        fuzz::refused(error.what());
        if (storage::dumpJson(store) != before) {
            fuzz::finding("a refused sync payload changed the database");
        }
        return 0;
    }
    if (!store.check().isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(store.check().join(QLatin1Char('\n'))));
        fuzz::finding("a merged sync payload left the database failing its checks");
    }
    return 0;
}
