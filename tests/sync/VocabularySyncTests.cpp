// The council's target groups and barriers travel from the hub to officers with the settings.
#include "SyncFixture.h"

using namespace hearth;

TEST_CASE("A target group added and a barrier retired at the hub reach an officer, who can use the group",
          "[sync][vocabulary]")
{
    test::Team team(1);
    CouncilVocabulary vocabulary = team.hub().store->councilVocabulary();
    REQUIRE(vocabulary.targetGroups().add(QStringLiteral("Refugees")).isEmpty());
    REQUIRE(vocabulary.barriers().setRetired(QStringLiteral("cost"), true).isEmpty());
    team.hub().store->saveCouncilVocabulary(vocabulary);

    auto& officer = team.officer(1);
    CHECK_FALSE(officer.store->councilVocabulary().targetGroups().contains(QStringLiteral("refugees")));
    team.round();
    CHECK(officer.store->councilVocabulary() == vocabulary);

    // The officer registers a resident in the new group; the hub takes the record.
    Resident resident;
    resident.givenName = QStringLiteral("Amal");
    resident.familyName = QStringLiteral("Haddad");
    resident.wardCode = QStringLiteral("E05000001");
    resident.identifiedOn = QDate(2026, 10, 1);
    resident.targetGroups = {QStringLiteral("refugees")};
    resident = officer.store->residents().create(resident);
    team.round();
    const auto atHub = team.hub().store->residents().find(resident.id);
    REQUIRE(atHub);
    CHECK(atHub->targetGroups == QStringList {QStringLiteral("refugees")});
}
