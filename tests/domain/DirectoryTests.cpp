#include "Directory.h"
#include "Period.h"

#include "DomainTestHelpers.h"

#include <functional>

using hearth::Period;
using hearth::Service;
using hearth::test::errorFields;
using hearth::test::idFor;

namespace {

// FY2026-Q1: 2026-04-01..2026-06-30.
const Period kQuarter {QDate(2026, 4, 1), QDate(2026, 6, 30)};

Service service(const QDate& startedOn, const QDate& endedOn, const char* status = "active")
{
    Service s;
    s.id = idFor(20);
    s.organisationId = idFor(21);
    s.name = QStringLiteral("Thursday lunch club");
    s.status = QString::fromLatin1(status);
    s.startedOn = startedOn;
    s.endedOn = endedOn;
    return s;
}

bool runningInQuarter(const Service& s)
{
    return s.isRunningDuring(kQuarter.from, kQuarter.to);
}

} // namespace

TEST_CASE("A service counts as available when it ran at some time in the period", "[directory][kpi]")
{
    CHECK(runningInQuarter(service(QDate(), QDate()))); // no start date: assumed running
    CHECK(runningInQuarter(service(QDate(2020, 1, 1), QDate())));
    CHECK(runningInQuarter(service(QDate(2020, 1, 1), QDate(2030, 1, 1))));
    CHECK(runningInQuarter(service(QDate(2026, 5, 1), QDate(2026, 5, 2)))); // inside the period
    CHECK(runningInQuarter(service(QDate(2026, 6, 30), QDate()))); // started on `to`
    CHECK(runningInQuarter(service(QDate(), QDate(2026, 4, 1)))); // ended exactly on `from`
    CHECK(runningInQuarter(service(QDate(2026, 4, 1), QDate(2026, 4, 1))));
}

TEST_CASE("A service that started after the period or ended before it is not available", "[directory][kpi]")
{
    CHECK_FALSE(runningInQuarter(service(QDate(2026, 7, 1), QDate()))); // started the day after `to`
    CHECK_FALSE(runningInQuarter(service(QDate(), QDate(2026, 3, 31)))); // ended the day before `from`
    CHECK_FALSE(runningInQuarter(service(QDate(2025, 1, 1), QDate(2026, 3, 31))));
}

TEST_CASE("A defunct service is never available, other statuses follow the dates", "[directory][kpi]")
{
    CHECK_FALSE(runningInQuarter(service(QDate(), QDate(), "defunct")));
    CHECK_FALSE(runningInQuarter(service(QDate(2020, 1, 1), QDate(2030, 1, 1), "defunct")));
    // kpis.md excludes only defunct services.
    CHECK(runningInQuarter(service(QDate(2020, 1, 1), QDate(), "inactive")));
    CHECK(runningInQuarter(service(QDate(2020, 1, 1), QDate(), "temporarily closed")));
}

TEST_CASE("A service's ages, dates, capacity and target groups are checked", "[directory][validation]")
{
    const auto fieldsAfter = [](const std::function<void(Service&)>& change) {
        Service s = service(QDate(2026, 1, 1), QDate());
        change(s);
        return errorFields(s.validate(hearth::CouncilVocabulary()));
    };
    CHECK(fieldsAfter([](Service&) {}).isEmpty());
    CHECK(fieldsAfter([](Service& s) { s.endedOn = s.startedOn.addDays(-1); })
          == QStringList {QStringLiteral("ended_on")});
    CHECK(fieldsAfter([](Service& s) {
              s.minimumAge = 65;
              s.maximumAge = 18;
          })
          == QStringList {QStringLiteral("maximum_age")});
    CHECK(fieldsAfter([](Service& s) { s.minimumAge = -1; }) == QStringList {QStringLiteral("minimum_age")});
    CHECK(fieldsAfter([](Service& s) { s.capacity = -1; }) == QStringList {QStringLiteral("capacity")});
    CHECK(fieldsAfter([](Service& s) { s.capacity = 0; }).isEmpty());
    CHECK(fieldsAfter([](Service& s) { s.status = QStringLiteral("closed"); })
          == QStringList {QStringLiteral("status")});
    CHECK(fieldsAfter([](Service& s) {
              s.targetGroups = {QStringLiteral("older_people"), QStringLiteral("older_people")};
          })
          == QStringList {QStringLiteral("target_groups")});
    CHECK(fieldsAfter([](Service& s) { s.organisationId.clear(); }) == QStringList {QStringLiteral("organisation")});
}

TEST_CASE("Locations and schedules refuse impossible values", "[directory][validation]")
{
    hearth::Location location;
    location.postcode = QStringLiteral("br1 1aa");
    location.latitude = 51.4;
    location.longitude = 0.01;
    CHECK(errorFields(location.validate()).isEmpty());
    location.postcode = QStringLiteral("BR1");
    location.latitude = 91.0;
    location.longitude = -181.0;
    CHECK(errorFields(location.validate())
          == QStringList {QStringLiteral("postcode"), QStringLiteral("latitude"), QStringLiteral("longitude")});

    hearth::Schedule schedule;
    schedule.serviceId = idFor(20);
    schedule.freq = QStringLiteral("WEEKLY");
    schedule.byDay = QStringLiteral("TH");
    schedule.opensAt = QStringLiteral("12:00");
    schedule.closesAt = QStringLiteral("14:00:00");
    CHECK(errorFields(schedule.validate()).isEmpty());
    schedule.freq = QStringLiteral("DAILY");
    schedule.opensAt = QStringLiteral("noon");
    schedule.closesAt = QStringLiteral("25:00");
    schedule.validFrom = QDate(2026, 5, 1);
    schedule.validTo = QDate(2026, 4, 30);
    CHECK(errorFields(schedule.validate())
          == QStringList {QStringLiteral("freq"), QStringLiteral("opens_at"), QStringLiteral("closes_at"),
                          QStringLiteral("valid_to")});
}

TEST_CASE("A service is stale when its assured date and last change are both older than the months given",
          "[directory][stale]")
{
    const QDate today = hearth::test::today(); // 2026-11-22
    Service s = service({}, {});
    SECTION("the later of assured_date and last_modified counts")
    {
        s.assuredDate = QDate(2025, 11, 21);
        CHECK(s.isStale(today, 12));
        s.lastModified = QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC);
        CHECK(s.reviewedOn() == QDate(2026, 1, 5));
        CHECK_FALSE(s.isStale(today, 12));
        CHECK(s.isStale(today, 6));
    }
    SECTION("exactly the months given is not yet stale")
    {
        s.assuredDate = QDate(2025, 11, 22);
        CHECK_FALSE(s.isStale(today, 12));
    }
    SECTION("never reviewed: the date it was last changed in Hearth counts, else it is stale")
    {
        CHECK(s.isStale(today, 12));
        CHECK_FALSE(s.isStale(today, 12, QDate(2026, 3, 1)));
        CHECK(s.isStale(today, 12, QDate(2025, 3, 1)));
    }
}
