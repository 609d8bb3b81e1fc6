// The council's target groups and barriers as stored: settings rows, read back, used by the
// repositories' validation, and carried by the interchange format.
#include "Interchange.h"
#include "StorageError.h"
#include "StorageFixture.h"

using namespace hearth;
using namespace hearth::storage;

namespace {

CouncilVocabulary withRefugees(Store& store)
{
    CouncilVocabulary vocabulary = store.councilVocabulary();
    REQUIRE(vocabulary.targetGroups().add(QStringLiteral("Refugees")).isEmpty());
    REQUIRE(vocabulary.barriers().setRetired(QStringLiteral("cost"), true).isEmpty());
    store.saveCouncilVocabulary(vocabulary);
    return vocabulary;
}

} // namespace

TEST_CASE("The council vocabulary is saved as settings rows, audited, and read back after reopening", "[vocabulary]")
{
    test::StorageFixture f;
    CHECK(f.store.councilVocabulary() == CouncilVocabulary());
    const qint64 settingsBefore = f.count("settings");
    const CouncilVocabulary saved = withRefugees(f.store);
    CHECK(f.count("settings") == settingsBefore + 2);
    CHECK(f.store.councilVocabulary() == saved);
    // The typed council settings ignore the vocabulary rows.
    CHECK(f.store.councilSettings() == CouncilSettings());
    const auto events = f.store.audit().list(AuditLog::Filter {QStringLiteral("settings"), {}, {}, {}});
    REQUIRE_FALSE(events.isEmpty());

    // Restoring a built-in term writes that it is active again.
    CouncilVocabulary restored = saved;
    REQUIRE(restored.barriers().setRetired(QStringLiteral("cost"), false).isEmpty());
    f.store.saveCouncilVocabulary(restored);
    Store reopened(f.folder.dbPath(), Store::OpenMode::Existing, f.clock);
    CHECK(reopened.councilVocabulary() == restored);
    CHECK(reopened.councilVocabulary().barriers().isActive(QStringLiteral("cost")));
    CHECK(reopened.councilVocabulary().targetGroups().isActive(QStringLiteral("refugees")));
}

TEST_CASE("Residents take the council's added terms, and a retired term stays on a record but is not given anew",
          "[vocabulary]")
{
    test::StorageFixture f;
    Resident resident = f.makeResident();
    resident.targetGroups = {QStringLiteral("refugees")};
    CHECK_THROWS_AS(f.store.residents().create(resident), Error);
    withRefugees(f.store);
    resident.barriers = {QStringLiteral("cost")};
    try {
        f.store.residents().create(resident);
        FAIL("a retired barrier was given to a new resident");
    } catch (const Error& error) {
        REQUIRE(error.fields().size() == 1);
        CHECK(error.fields().first().field == QStringLiteral("barriers"));
        CHECK(error.fields().first().message.startsWith(QStringLiteral("'cost' is a retired barrier")));
    }
    CHECK(f.count("residents") == 0);
    resident.barriers = {QStringLiteral("transport")};
    resident = f.store.residents().create(resident);

    // Retire the added group: the resident keeps it, and can still be edited.
    CouncilVocabulary vocabulary = f.store.councilVocabulary();
    REQUIRE(vocabulary.targetGroups().setRetired(QStringLiteral("refugees"), true).isEmpty());
    f.store.saveCouncilVocabulary(vocabulary);
    resident.phone = QStringLiteral("07700 900999");
    resident = f.store.residents().update(resident);
    CHECK(resident.targetGroups == QStringList {QStringLiteral("refugees")});
    // ...but no retired term is added to them.
    resident.barriers.append(QStringLiteral("cost"));
    CHECK_THROWS_AS(f.store.residents().update(resident), Error);
}

TEST_CASE("A JSON import checks residents against the vocabulary in the file", "[vocabulary][interchange]")
{
    test::StorageFixture source;
    withRefugees(source.store);
    Resident resident = source.makeResident();
    resident.targetGroups = {QStringLiteral("refugees")};
    source.store.residents().create(resident);
    const QByteArray json = exportJson(source.store);

    FixedClock clock(test::fixedNow());
    test::TempFolder folder;
    Store target(folder.dbPath(), Store::OpenMode::CreateNew, clock);
    const ImportSummary summary = importJson(target, json);
    CHECK(summary.inserted.value(QStringLiteral("residents")) == 1);
    CHECK(target.councilVocabulary().targetGroups().isActive(QStringLiteral("refugees")));
}
