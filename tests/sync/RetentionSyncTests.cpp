// Anonymising for retention travels through sync like any edit, and the erased values do not
// travel with it (storage/Retention.h).
#include "Retention.h"

#include "SyncFixture.h"

#include <QJsonDocument>

#include <catch2/catch.hpp>

using namespace hearth;
using namespace hearth::test;

TEST_CASE("Anonymising travels to every replica, without the erased values", "[sync][retention]")
{
    Team team(1); // one officer: with scoping, only the officer who holds the case receives it
    Replica& officer = team.officer(1);
    Resident jean;
    jean.givenName = QStringLiteral("Jean");
    jean.familyName = QStringLiteral("Smith");
    jean.wardCode = QStringLiteral("E05000001");
    jean.identifiedOn = QDate(2018, 1, 10);
    jean.dateOfBirth = QDate(1950, 3, 1);
    jean.phone = QStringLiteral("07700 900123");
    jean = officer.store->residents().create(jean);
    Contact contact;
    contact.residentId = jean.id;
    contact.contactOn = QDate(2018, 2, 1);
    contact.type = QStringLiteral("visit");
    contact.note = QStringLiteral("Talked about her late husband Fred");
    officer.store->contacts().add(contact);
    officer.store->residents().close(jean.id, QDate(2019, 5, 1), QStringLiteral("improved"));
    team.round();
    REQUIRE(team.hub().store->residents().find(jean.id));

    // The hub anonymises; the officers hear of it in the next round.
    CHECK(storage::Retention(*team.hub().store)
              .anonymise({jean.id}, QStringLiteral("retention schedule"), QDate(2026, 11, 22), 6)
          == 1);
    // A bundle carries none of the erased values, not even as what was replaced.
    const QByteArray bundle = team.bundle(team.hub(), officer);
    const auto result = team.receive(officer, bundle);
    CHECK(result.conflictsRaised == 0);
    team.round();
    for (auto& replica : team.replicas) {
        INFO(replica->name.toStdString());
        const Resident held = *replica->store->residents().find(jean.id);
        CHECK(held.familyName.isEmpty());
        CHECK(held.phone.isEmpty());
        CHECK(!held.dateOfBirth.isValid());
        CHECK(held.ageBandEstimate == QStringLiteral("65-74"));
        CHECK(held.closedOn == QDate(2019, 5, 1));
        CHECK(replica->store->contacts().forResident(jean.id).first().note.isEmpty());
        CHECK(replica->dump() == team.hub().dump());
        for (const auto& state : replica->repo().changedSince(0)) {
            const QByteArray json = QJsonDocument(state.toJson()).toJson(QJsonDocument::Compact);
            if (state.key == jean.id || state.table == QLatin1String("contacts")) {
                CHECK(!json.contains("Smith"));
                CHECK(!json.contains("husband"));
                CHECK(!json.contains("07700"));
            }
        }
        CHECK(replica->store->check().isEmpty());
    }
}
