// libFuzzer target for what an authentic sync bundle carries: the payload (JSON: row states with
// their version vectors, purge markers) and its merge into a database, as a team member holding the
// passphrase could send it. The input is the payload's JSON; the target compresses it, seals it
// with the team passphrase (Argon2id at its smallest limits) from a known peer, and imports it
// through SyncEngine::importBundle into a hub database holding one ward and one officer. Any
// payload must merge whole or be refused with a BundleError leaving the database unchanged; what
// merges must pass the integrity and foreign key checks.
#include "FuzzSupport.h"
#include "Interchange.h"
#include "OfficerRepository.h"
#include "Store.h"
#include "SyncEngine.h"
#include "WardRepository.h"

#include <memory>

namespace {

const QString kPassphrase = QStringLiteral("correct horse battery staple");
const QString kHubSite = QStringLiteral("0190a1b2-0000-7000-8000-000000000001");
const QString kPeerSite = QStringLiteral("0190a1b2-0000-7000-8000-000000000002");

// The hub database every input is merged into, set up once; each input's import runs inside an
// outer transaction that is rolled back, so every input meets the same database.
struct Hub
{
    hearth::FixedClock clock {hearth::fuzz::fuzzNow()};
    hearth::storage::Store store {QStringLiteral(":memory:"), hearth::storage::Store::OpenMode::CreateNew, clock};
    std::unique_ptr<hearth::sync::SyncEngine> engine;
    QByteArray dump;

    Hub()
    {
        using namespace hearth;
        store.reseedIds(1);
        store.setSiteId(kHubSite);
        store.wards().save({QStringLiteral("E05000001"), QStringLiteral("Riverside"), {}});
        const Officer officer =
            store.officers().add({{}, QStringLiteral("Alex Officer"), QStringLiteral("officer"), {}, {}});
        store.setActingOfficer(officer.id);
        engine = std::make_unique<sync::SyncEngine>(store);
        engine->setRole(QStringLiteral("hub"));
        engine->addPeer(kPeerSite, QStringLiteral("Officer laptop"));
        dump = storage::dumpJson(store);
    }
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace hearth;
    static Hub hub;
    sync::BundleHeader header;
    header.schemaVersion = hub.store.schemaVersion();
    header.sender = kPeerSite;
    header.senderName = QStringLiteral("Officer laptop");
    header.recipient = kHubSite;
    header.batchId = QStringLiteral("0190a1b2-0000-7000-8000-0000000000b1");
    header.seqFrom = 0;
    header.seqTo = 1;
    header.createdAt = hub.clock.nowUtc();
    header.kdf = sync::KdfLimits::fastForTestsOnly();
    const QByteArray file = sync::sealBundle(header, qCompress(fuzz::bytes(data, size), 1), kPassphrase);

    sql::Transaction outer(hub.store.db());
    try {
        (void)hub.engine->importBundle(file, kPassphrase);
    } catch (const sync::BundleError& error) {
        fuzz::refused(error.what());
        if (storage::dumpJson(hub.store) != hub.dump) {
            fuzz::finding("a refused sync payload changed the database");
        }
        return 0;
    }
    if (const QStringList problems = hub.store.check(); !problems.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(problems.join(QLatin1Char('\n'))));
        fuzz::finding("a merged sync payload left the database failing its checks");
    }
    return 0;
}
