#include "Directory.h"
#include "Referral.h"
#include "Resident.h"

#include "DomainTestHelpers.h"

#include <QSet>

#include <functional>

using hearth::Referral;
using hearth::ReferralStatus;
using hearth::referralStatusCode;
using hearth::test::errorFields;
using hearth::test::idFor;
using hearth::test::today;

namespace {

// The status codes of design.md, written out here rather than read from the code under test.
const QStringList kStatusCodes {
    QStringLiteral("draft"),       QStringLiteral("sent"),
    QStringLiteral("accepted"),    QStringLiteral("declined"),
    QStringLiteral("no_response"), QStringLiteral("attending"),
    QStringLiteral("completed"),   QStringLiteral("stopped_attending"),
    QStringLiteral("withdrawn"),
};

// design.md: draft -> sent -> accepted | declined | no response; accepted -> attending -> completed |
// stopped attending; any open state -> withdrawn. Nothing else.
const QSet<QString> kAllowed {
    QStringLiteral("draft>sent"),
    QStringLiteral("sent>accepted"),
    QStringLiteral("sent>declined"),
    QStringLiteral("sent>no_response"),
    QStringLiteral("accepted>attending"),
    QStringLiteral("attending>completed"),
    QStringLiteral("attending>stopped_attending"),
    QStringLiteral("draft>withdrawn"),
    QStringLiteral("sent>withdrawn"),
    QStringLiteral("accepted>withdrawn"),
    QStringLiteral("attending>withdrawn"),
};

const QSet<QString> kOpen {QStringLiteral("draft"), QStringLiteral("sent"), QStringLiteral("accepted"),
                           QStringLiteral("attending")};

Referral validReferral()
{
    Referral r;
    r.id = idFor(30);
    r.residentId = idFor(1);
    r.serviceId = idFor(20);
    r.kind = QStringLiteral("warm");
    r.status = ReferralStatus::Sent;
    r.createdOn = QDate(2026, 11, 2);
    r.sentOn = QDate(2026, 11, 3);
    r.officerId = idFor(2);
    return r;
}

} // namespace

TEST_CASE("Referral status codes are the nine of design.md and round-trip", "[referral]")
{
    const auto all = hearth::allReferralStatuses();
    REQUIRE(all.size() == 9);
    QStringList codes;
    for (const auto status : all) {
        const QString code = referralStatusCode(status);
        codes.append(code);
        CAPTURE(code);
        CHECK(hearth::referralStatusFromCode(code) == status);
    }
    CHECK(codes == kStatusCodes);
    for (const char* bad : {"", "Sent", "no response", "stopped", "open"}) {
        CAPTURE(bad);
        CHECK_FALSE(hearth::referralStatusFromCode(QString::fromLatin1(bad)));
    }
}

TEST_CASE("canTransition allows exactly the transitions of design.md", "[referral][state]")
{
    const auto all = hearth::allReferralStatuses();
    int allowed = 0;
    for (const auto from : all) {
        for (const auto to : all) {
            const QString pair = referralStatusCode(from) + QLatin1Char('>') + referralStatusCode(to);
            CAPTURE(pair);
            CHECK(hearth::canTransition(from, to) == kAllowed.contains(pair));
            allowed += hearth::canTransition(from, to) ? 1 : 0;
        }
    }
    CHECK(allowed == kAllowed.size());
}

TEST_CASE("Open states are draft, sent, accepted and attending", "[referral][state]")
{
    for (const auto status : hearth::allReferralStatuses()) {
        const QString code = referralStatusCode(status);
        CAPTURE(code);
        CHECK(hearth::isOpenReferralStatus(status) == kOpen.contains(code));
        // Every open state can be withdrawn; a closed one goes nowhere.
        CHECK(hearth::canTransition(status, ReferralStatus::Withdrawn) == kOpen.contains(code));
        if (!kOpen.contains(code)) {
            CHECK(hearth::allowedTransitions(status).isEmpty());
        }
    }
}

TEST_CASE("allowedTransitions lists exactly what canTransition allows, in status order", "[referral][state]")
{
    const auto all = hearth::allReferralStatuses();
    for (const auto from : all) {
        CAPTURE(referralStatusCode(from));
        const auto allowed = hearth::allowedTransitions(from);
        QList<ReferralStatus> expected;
        for (const auto to : all) {
            if (hearth::canTransition(from, to)) {
                expected.append(to);
            }
        }
        CHECK(allowed == expected);
    }
    CHECK(hearth::allowedTransitions(ReferralStatus::Sent)
          == QList<ReferralStatus> {ReferralStatus::Accepted, ReferralStatus::Declined, ReferralStatus::NoResponse,
                                    ReferralStatus::Withdrawn});
}

TEST_CASE("A referral past draft needs its sent date", "[referral][validation]")
{
    CHECK(errorFields(validReferral().validate(today())).isEmpty());

    for (const auto status : hearth::allReferralStatuses()) {
        const QString code = referralStatusCode(status);
        CAPTURE(code);
        Referral r = validReferral();
        r.status = status;
        r.sentOn = QDate();
        // A draft has not been sent; a withdrawn referral may have been withdrawn while a draft.
        const bool needsSentOn = status != ReferralStatus::Draft && status != ReferralStatus::Withdrawn;
        CHECK(errorFields(r.validate(today()))
              == (needsSentOn ? QStringList {QStringLiteral("sent_on")} : QStringList {}));

        r.sentOn = QDate(2026, 11, 3);
        CHECK(errorFields(r.validate(today())).isEmpty());
    }
}

TEST_CASE("A referral is sent on or after it was created, and not in the future", "[referral][validation]")
{
    Referral r = validReferral();
    r.sentOn = r.createdOn.addDays(-1);
    CHECK(errorFields(r.validate(today())) == QStringList {QStringLiteral("sent_on")});
    r.sentOn = r.createdOn;
    CHECK(errorFields(r.validate(today())).isEmpty());
    r.sentOn = today();
    CHECK(errorFields(r.validate(today())).isEmpty());
    // A sent date after today would count the referral in a future period's referrals_sent.
    r.sentOn = today().addDays(1);
    CHECK(errorFields(r.validate(today())) == QStringList {QStringLiteral("sent_on")});
}

TEST_CASE("A referral needs its resident, service, kind and creation date", "[referral][validation]")
{
    const auto fieldsAfter = [](const std::function<void(Referral&)>& change) {
        Referral r = validReferral();
        change(r);
        return errorFields(r.validate(today()));
    };
    CHECK(fieldsAfter([](Referral& r) { r.residentId.clear(); }) == QStringList {QStringLiteral("resident")});
    CHECK(fieldsAfter([](Referral& r) { r.serviceId.clear(); }) == QStringList {QStringLiteral("service")});
    CHECK(fieldsAfter([](Referral& r) { r.kind = QStringLiteral("cold"); }) == QStringList {QStringLiteral("kind")});
    CHECK(fieldsAfter([](Referral& r) { r.kind = QStringLiteral("signpost"); }).isEmpty());
    CHECK(fieldsAfter([](Referral& r) {
              r.createdOn = today().addDays(1);
              r.sentOn = QDate();
              r.status = ReferralStatus::Draft;
          })
          == QStringList {QStringLiteral("created_on")});
    CHECK(fieldsAfter([](Referral& r) { r.createdOn = QDate(); }) == QStringList {QStringLiteral("created_on")});
}

TEST_CASE("Every state x every requested state: refused exactly when design.md forbids it, naming both",
          "[referral][state]")
{
    for (const auto from : hearth::allReferralStatuses()) {
        for (const auto to : hearth::allReferralStatuses()) {
            const QString fromCode = referralStatusCode(from);
            const QString toCode = referralStatusCode(to);
            const QString refusal = hearth::transitionRefusal(from, to);
            INFO(fromCode.toStdString() << " -> " << toCode.toStdString());
            if (kAllowed.contains(fromCode + QLatin1Char('>') + toCode)) {
                CHECK(refusal.isEmpty());
            } else {
                CHECK(refusal.startsWith(QStringLiteral("cannot go from %1 to %2").arg(fromCode, toCode)));
            }
        }
    }
    CHECK(hearth::transitionRefusal(ReferralStatus::Completed, ReferralStatus::Sent)
          == QStringLiteral("cannot go from completed to sent; from completed no change is allowed"));
    CHECK(hearth::transitionRefusal(ReferralStatus::Draft, ReferralStatus::Accepted)
          == QStringLiteral("cannot go from draft to accepted; from draft it can go to: sent, withdrawn"));
}

TEST_CASE("A sent referral with no answer after the configured days is flagged, others are not", "[referral][age]")
{
    Referral r = validReferral(); // sent 2026-11-03; today 2026-11-22: 19 days
    CHECK(r.ageInDays(today()) == 19);
    CHECK(r.isAwaitingResponseTooLong(today(), 14));
    CHECK_FALSE(r.isAwaitingResponseTooLong(today(), 20));
    r.sentOn = today().addDays(-13);
    CHECK_FALSE(r.isAwaitingResponseTooLong(today(), 14));
    r.sentOn = today().addDays(-14);
    CHECK(r.isAwaitingResponseTooLong(today(), 14));
    r.status = ReferralStatus::Accepted; // answered
    CHECK_FALSE(r.isAwaitingResponseTooLong(today(), 14));
    r.status = ReferralStatus::Draft;
    r.sentOn = {};
    CHECK(r.ageInDays(today()) == static_cast<int>(r.createdOn.daysTo(today())));
    CHECK_FALSE(r.isAwaitingResponseTooLong(today(), 14));
}

namespace {

hearth::Service suggestable(int n, const char* name)
{
    hearth::Service s;
    s.id = idFor(100 + n);
    s.organisationId = idFor(99);
    s.name = QString::fromLatin1(name);
    return s;
}

QStringList suggestedNames(const QList<hearth::ServiceSuggestion>& suggestions)
{
    QStringList names;
    for (const auto& each : suggestions) {
        names.append(each.service->name);
    }
    return names;
}

} // namespace

TEST_CASE("Suggestions keep services for the resident's ward and age, and rank target groups and barriers",
          "[referral][suggest]")
{
    hearth::Resident resident;
    resident.wardCode = QStringLiteral("E05000001");
    resident.dateOfBirth = QDate(1946, 5, 1); // 80 on today()
    resident.targetGroups = {QStringLiteral("older_people")};
    resident.barriers = {QStringLiteral("transport")};

    QList<hearth::Service> services;
    auto wardOnly = suggestable(1, "Riverside walk");
    wardOnly.wardsServed = {QStringLiteral("E05000001")};
    auto otherWard = suggestable(2, "Hilltop knit");
    otherWard.wardsServed = {QStringLiteral("E05000002")};
    auto young = suggestable(3, "Youth club");
    young.maximumAge = 25;
    auto olderWithBus = suggestable(4, "Lunch club with minibus");
    olderWithBus.targetGroups = {QStringLiteral("older_people")};
    olderWithBus.transportProvided = true;
    auto olderNoBus = suggestable(5, "Lunch club");
    olderNoBus.targetGroups = {QStringLiteral("older_people")};
    auto defunct = suggestable(6, "Closed café");
    defunct.status = QStringLiteral("defunct");
    auto ended = suggestable(7, "Ended project");
    ended.endedOn = today().addDays(-1);
    services = {wardOnly, otherWard, young, olderWithBus, olderNoBus, defunct, ended};

    const auto suggestions = hearth::suggestServices(services, resident, today());
    CHECK(suggestedNames(suggestions)
          == QStringList {QStringLiteral("Lunch club with minibus"), QStringLiteral("Lunch club"),
                          QStringLiteral("Riverside walk")}); // a shared target group outranks the ward alone
    CHECK(suggestions.first().reasons
          == QStringList {QStringLiteral("council_wide"), QStringLiteral("target_group:older_people"),
                          QStringLiteral("barrier:transport")});

    SECTION("an age band estimate stands in for a missing date of birth")
    {
        resident.dateOfBirth = {};
        resident.ageBandEstimate = QStringLiteral("16-24");
        const auto names = suggestedNames(hearth::suggestServices(services, resident, today()));
        CHECK(names.contains(QStringLiteral("Youth club")));
    }
    SECTION("without the transport barrier the minibus earns nothing extra")
    {
        resident.barriers.clear();
        const auto again = hearth::suggestServices(services, resident, today());
        CHECK(again.at(0).score == again.at(1).score);
    }
}
