#include "DirectoryRepository.h"
#include "ReferralRepository.h"

#include "StorageFixture.h"

using hearth::Referral;
using hearth::ReferralStatus;
using hearth::Resident;
using hearth::storage::DirectoryRepository;
using hearth::storage::ReferralRepository;

namespace {

struct ReferralFixture : hearth::test::StorageFixture
{
    DirectoryRepository directory {store};
    ReferralRepository referrals {store};
    Resident resident;
    hearth::Service service;

    ReferralFixture()
    {
        resident = store.residents().create(makeResident());
        const auto organisation =
            directory.addOrganisation({{}, QStringLiteral("Riverside Community Trust"), {}, {}, {}, {}, {}});
        hearth::Service s;
        s.organisationId = organisation.id;
        s.name = QStringLiteral("Riverside lunch club");
        service = directory.addService(s);
    }

    Referral draft(const QDate& on = QDate(2026, 10, 1))
    {
        Referral referral;
        referral.residentId = resident.id;
        referral.serviceId = service.id;
        referral.createdOn = on;
        return referrals.add(referral);
    }

    // A referral brought to `status` through legal steps.
    Referral inState(ReferralStatus status)
    {
        const Referral referral = draft();
        const QDate on(2026, 10, 2);
        const auto go = [&](ReferralStatus to) { referrals.transition(referral.id, to, on); };
        switch (status) {
        case ReferralStatus::Draft:
            break;
        case ReferralStatus::Withdrawn:
            go(ReferralStatus::Withdrawn);
            break;
        case ReferralStatus::Sent:
            go(ReferralStatus::Sent);
            break;
        case ReferralStatus::Accepted:
        case ReferralStatus::Declined:
        case ReferralStatus::NoResponse:
            go(ReferralStatus::Sent);
            go(status);
            break;
        case ReferralStatus::Attending:
            go(ReferralStatus::Sent);
            go(ReferralStatus::Accepted);
            go(ReferralStatus::Attending);
            break;
        case ReferralStatus::Completed:
        case ReferralStatus::StoppedAttending:
            go(ReferralStatus::Sent);
            go(ReferralStatus::Accepted);
            go(ReferralStatus::Attending);
            go(status);
            break;
        }
        return referrals.require(referral.id);
    }
};

} // namespace

TEST_CASE_METHOD(ReferralFixture,
                 "Every state x every action: allowed ones move and are recorded, others change nothing",
                 "[referral][state]")
{
    for (const auto from : hearth::allReferralStatuses()) {
        for (const auto to : hearth::allReferralStatuses()) {
            INFO(hearth::referralStatusCode(from).toStdString()
                 << " -> " << hearth::referralStatusCode(to).toStdString());
            const Referral referral = inState(from);
            REQUIRE(referral.status == from);
            const auto eventsBefore = referrals.history(referral.id).size();
            if (hearth::canTransition(from, to)) {
                const Referral moved = referrals.transition(referral.id, to, QDate(2026, 10, 3), QStringLiteral("ok"));
                CHECK(moved.status == to);
                const auto events = referrals.history(referral.id);
                REQUIRE(events.size() == eventsBefore + 1);
                CHECK(events.last().fromStatus == from);
                CHECK(events.last().toStatus == to);
                CHECK(events.last().on == QDate(2026, 10, 3));
                CHECK(events.last().officerId == officer.id);
            } else {
                try {
                    referrals.transition(referral.id, to, QDate(2026, 10, 3));
                    FAIL("the transition was allowed");
                } catch (const hearth::storage::Error& error) {
                    CHECK(error.kind() == hearth::storage::Error::Kind::Invalid);
                    CHECK(error.message().contains(
                        QStringLiteral("cannot go from %1 to %2")
                            .arg(hearth::referralStatusCode(from), hearth::referralStatusCode(to))));
                }
                CHECK(referrals.require(referral.id) == referral);
                CHECK(referrals.history(referral.id).size() == eventsBefore);
            }
        }
    }
}

TEST_CASE_METHOD(ReferralFixture, "A new referral starts in draft with a dated history entry by the acting officer",
                 "[referral]")
{
    const Referral referral = draft();
    CHECK(referral.status == ReferralStatus::Draft);
    CHECK(referral.officerId == officer.id);
    const auto events = referrals.history(referral.id);
    REQUIRE(events.size() == 1);
    CHECK_FALSE(events.first().fromStatus);
    CHECK(events.first().toStatus == ReferralStatus::Draft);
    CHECK(events.first().on == QDate(2026, 10, 1));

    const Referral sent = referrals.transition(referral.id, ReferralStatus::Sent, QDate(2026, 10, 5));
    CHECK(sent.sentOn == QDate(2026, 10, 5));

    SECTION("a transition dated before the latest one, or in the future, is refused")
    {
        CHECK_THROWS_WITH(referrals.transition(referral.id, ReferralStatus::Accepted, QDate(2026, 10, 4)),
                          Catch::Contains("before the referral's latest change"));
        CHECK_THROWS_WITH(referrals.transition(referral.id, ReferralStatus::Accepted, clock.today().addDays(1)),
                          Catch::Contains("in the future"));
        CHECK(referrals.require(referral.id).status == ReferralStatus::Sent);
    }
    SECTION("sendNow makes two entries on the creation date")
    {
        Referral another;
        another.residentId = resident.id;
        another.serviceId = service.id;
        another.kind = QStringLiteral("signpost");
        another.createdOn = QDate(2026, 11, 1);
        const Referral made = referrals.add(another, true);
        CHECK(made.status == ReferralStatus::Sent);
        CHECK(made.sentOn == QDate(2026, 11, 1));
        CHECK(referrals.history(made.id).size() == 2);
    }
}

TEST_CASE_METHOD(ReferralFixture, "A referral to an unknown service or for a closed case is refused",
                 "[referral][bad-input]")
{
    Referral referral;
    referral.residentId = resident.id;
    referral.serviceId = hearth::test::fixedNow().toString(Qt::ISODate); // no such id
    CHECK_THROWS(referrals.add(referral));
    store.residents().close(resident.id, QDate(2026, 11, 1), QStringLiteral("improved"));
    referral.serviceId = service.id;
    CHECK_THROWS_WITH(referrals.add(referral), Catch::Contains("closed"));
    CHECK(count("referrals") == 0);
    CHECK(count("referral_events") == 0);
}

TEST_CASE_METHOD(ReferralFixture, "The list shows open referrals by status and age, flagging no response after 14 days",
                 "[referral][list]")
{
    const Referral old = draft(QDate(2026, 10, 1));
    referrals.transition(old.id, ReferralStatus::Sent, QDate(2026, 10, 1)); // 52 days before today
    const Referral recent = draft(QDate(2026, 11, 15));
    referrals.transition(recent.id, ReferralStatus::Sent, QDate(2026, 11, 15)); // 7 days
    const Referral waiting = draft(QDate(2026, 11, 20));
    const Referral finished = inState(ReferralStatus::Declined);

    const auto rows = referrals.list({}, clock.today());
    QStringList shown;
    for (const auto& row : rows) {
        shown.append(QStringLiteral("%1 %2 %3%4")
                         .arg(hearth::referralStatusCode(row.referral.status), row.serviceName)
                         .arg(row.ageDays)
                         .arg(row.noResponse ? QStringLiteral(" no-response") : QString()));
    }
    CHECK(shown
          == QStringList {QStringLiteral("draft Riverside lunch club 2"),
                          QStringLiteral("sent Riverside lunch club 52 no-response"),
                          QStringLiteral("sent Riverside lunch club 7")});

    ReferralRepository::Query declined;
    declined.status = ReferralStatus::Declined;
    REQUIRE(referrals.list(declined, clock.today()).size() == 1);
    CHECK(referrals.list(declined, clock.today()).first().referral.id == finished.id);
    Q_UNUSED(waiting);

    SECTION("the number of days is the council's setting")
    {
        auto settings = store.councilSettings();
        settings.councilName = QStringLiteral("Testshire");
        settings.noResponseDays = 5;
        store.saveCouncilSettings(settings);
        int flagged = 0;
        for (const auto& row : referrals.list({}, clock.today())) {
            flagged += row.noResponse ? 1 : 0;
        }
        CHECK(flagged == 2);
    }
}
