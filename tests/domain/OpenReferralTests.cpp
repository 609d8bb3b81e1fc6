#include "OpenReferral.h"

#include "DomainTestHelpers.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using hearth::DirectoryEntry;
using hearth::JsonSchemaSet;
using hearth::readOpenReferral;

namespace {

QByteArray example(const char* name)
{
    QFile file(hearth::test::sourceDir() + QStringLiteral("/resources/oruk-3.0/examples/") + QString::fromLatin1(name));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

QJsonObject exampleObject(const char* name)
{
    return QJsonDocument::fromJson(example(name)).object();
}

QByteArray bytes(const QJsonValue& value)
{
    return value.isArray() ? QJsonDocument(value.toArray()).toJson() : QJsonDocument(value.toObject()).toJson();
}

} // namespace

TEST_CASE("The official service_full example reads into a service with its organisation, place, schedule and term",
          "[oruk][import]")
{
    const auto read = readOpenReferral(example("service_full.json"));
    REQUIRE_FALSE(read.problem);
    REQUIRE(read.entries.size() == 1);
    const DirectoryEntry& entry = read.entries.first();
    CHECK(entry.service.feedId == QStringLiteral("ac148810-d857-441c-9679-408f346de14b"));
    CHECK(entry.service.name == QStringLiteral("Community Counselling"));
    CHECK(entry.service.status == QStringLiteral("active"));
    CHECK(entry.service.minimumAge == 12);
    CHECK(entry.service.maximumAge == 100);
    CHECK(entry.service.costDescription == QStringLiteral("fees_description"));
    CHECK(entry.service.assuredDate == QDate(2005, 1, 1));
    CHECK(entry.service.lastModified == QDateTime(QDate(2023, 3, 15), QTime(10, 30, 45, 123), Qt::UTC));
    CHECK(entry.service.categories == QStringList {QStringLiteral("name")});
    CHECK(entry.organisation.feedId == QStringLiteral("d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610"));
    CHECK(entry.organisation.name == QStringLiteral("Example Organization Inc."));
    REQUIRE(entry.places.size() == 1);
    CHECK(entry.places.first().linkFeedId == QStringLiteral("e94c9f38-1e8f-4564-91d4-d53501ab1765"));
    CHECK(entry.places.first().location.name == QStringLiteral("MyCity Civic Center"));
    CHECK(entry.places.first().location.addressLine1 == QStringLiteral("1-30 Main Street"));
    CHECK(entry.places.first().location.accessibility.startsWith(QStringLiteral("The building is equipped")));
    REQUIRE(entry.schedules.size() == 1);
    CHECK(entry.schedules.first().freq == QStringLiteral("WEEKLY"));
    CHECK(entry.schedules.first().byDay == QStringLiteral("TH,FR"));
    CHECK(entry.schedules.first().opensAt == QStringLiteral("10:00:00"));
    // The example's US postcode and latitude 100 cannot be kept, and are reported as dropped.
    CHECK(entry.places.first().location.postcode.isEmpty());
    CHECK_FALSE(entry.places.first().location.latitude);
    QStringList droppedPaths;
    for (const auto& each : read.dropped) {
        droppedPaths.append(each.path);
    }
    CHECK(droppedPaths.contains(QStringLiteral("$.service_at_locations[0].location.addresses[0].postal_code")));
    CHECK(droppedPaths.contains(QStringLiteral("$.service_at_locations[0].location.latitude")));
}

TEST_CASE("The official service_list example and the 1.0 page shape read page by page", "[oruk][import]")
{
    const auto read = readOpenReferral(example("service_list.json"));
    REQUIRE_FALSE(read.problem);
    REQUIRE(read.entries.size() == 1);
    CHECK(read.entries.first().path == QStringLiteral("$.contents[0]"));

    QJsonObject oldPage {{QStringLiteral("totalElements"), 2}, {QStringLiteral("totalPages"), 1},
                         {QStringLiteral("number"), 0},        {QStringLiteral("size"), 2},
                         {QStringLiteral("first"), true},      {QStringLiteral("last"), true},
                         {QStringLiteral("empty"), false}};
    QJsonObject second = exampleObject("service_full.json");
    second.insert(QStringLiteral("id"), QStringLiteral("0b0c7d57-4a6e-4b9e-8a53-5f0e8f1d2c11"));
    oldPage.insert(QStringLiteral("content"), QJsonArray {exampleObject("service_full.json"), second});
    const auto old = readOpenReferral(bytes(oldPage));
    REQUIRE_FALSE(old.problem);
    CHECK(old.entries.size() == 2);
    CHECK(old.entries.at(1).path == QStringLiteral("$.content[1]"));

    const auto pages = readOpenReferral(bytes(QJsonArray {exampleObject("service_list.json"), oldPage}));
    REQUIRE_FALSE(pages.problem);
    CHECK(pages.entries.size() == 3);
    CHECK(pages.entries.at(2).path == QStringLiteral("$[1].content[1]"));
}

TEST_CASE("An invalid document is refused with the JSON path of the first problem and nothing read",
          "[oruk][import][bad-input]")
{
    struct Case
    {
        std::function<void(QJsonObject&)> breakIt;
        const char* path;
    };
    const Case cases[] = {
        {[](QJsonObject& s) { s.remove(QStringLiteral("name")); }, "$.contents[1].name"},
        {[](QJsonObject& s) { s.insert(QStringLiteral("status"), QStringLiteral("open")); }, "$.contents[1].status"},
        {[](QJsonObject& s) { s.insert(QStringLiteral("minimum_age"), QStringLiteral("12")); },
         "$.contents[1].minimum_age"},
        {[](QJsonObject& s) { s.insert(QStringLiteral("maximum_age"), 5); }, "$.contents[1].maximum_age"},
        {[](QJsonObject& s) { s.remove(QStringLiteral("organization")); }, "$.contents[1].organization"},
        {[](QJsonObject& s) {
             QJsonArray schedules = s.value(QStringLiteral("schedules")).toArray();
             QJsonObject first = schedules.at(0).toObject();
             first.insert(QStringLiteral("freq"), QStringLiteral("DAILY"));
             schedules.replace(0, first);
             s.insert(QStringLiteral("schedules"), schedules);
         },
         "$.contents[1].schedules[0].freq"},
    };
    for (const auto& each : cases) {
        QJsonObject broken = exampleObject("service_full.json");
        each.breakIt(broken);
        QJsonObject page = exampleObject("service_list.json");
        page.insert(QStringLiteral("contents"), QJsonArray {exampleObject("service_full.json"), broken});
        const auto read = readOpenReferral(bytes(page));
        INFO(each.path);
        REQUIRE(read.problem);
        CHECK(read.problem->path == QString::fromLatin1(each.path));
        CHECK(read.entries.isEmpty());
    }
    const auto notJson = readOpenReferral("{\"contents\": [");
    REQUIRE(notJson.problem);
    CHECK(notJson.problem->path == QStringLiteral("$"));
    const auto notAPage = readOpenReferral("{\"contents\": 3}");
    REQUIRE(notAPage.problem);
    CHECK(notAPage.problem->path == QStringLiteral("$.contents"));
}

TEST_CASE("An exported service validates against the 3.0 schemas and reads back the same", "[oruk][export]")
{
    DirectoryEntry entry;
    entry.organisation.id = hearth::test::idFor(1);
    entry.organisation.name = QStringLiteral("Age Friendly Riverside");
    entry.service.id = hearth::test::idFor(2);
    entry.service.organisationId = entry.organisation.id;
    entry.service.name = QStringLiteral("Tuesday lunch club");
    entry.service.url = QStringLiteral("not a url"); // dropped rather than exported invalid
    entry.service.email = QStringLiteral("lunch@example.org");
    entry.service.costDescription = QStringLiteral("£3 a meal");
    entry.service.minimumAge = 60;
    entry.service.categories = {QStringLiteral("lunch_club")};
    entry.service.wardsServed = {QStringLiteral("E05000001")};
    entry.service.assuredDate = QDate(2026, 6, 1);
    entry.service.lastModified = QDateTime(QDate(2026, 6, 1), QTime(9, 0), Qt::UTC);
    entry.terms.append({hearth::test::idFor(3),
                        QStringLiteral("lunch_club"),
                        QStringLiteral("Lunch club"),
                        QStringLiteral("hearth"),
                        {},
                        {}});
    DirectoryEntry::Place place;
    place.link.id = hearth::test::idFor(4);
    place.location.id = hearth::test::idFor(5);
    place.location.name = QStringLiteral("St Mary's church hall");
    place.location.addressLine1 = QStringLiteral("1 Church Lane");
    place.location.town = QStringLiteral("Riverside");
    place.location.postcode = QStringLiteral("AB1 2CD");
    place.location.latitude = 51.4;
    place.location.longitude = -0.1;
    entry.places.append(place);
    hearth::Schedule schedule;
    schedule.id = hearth::test::idFor(6);
    schedule.serviceLocationId = place.link.id;
    schedule.freq = QStringLiteral("WEEKLY");
    schedule.byDay = QStringLiteral("TU");
    schedule.opensAt = QStringLiteral("12:00");
    schedule.closesAt = QStringLiteral("14:00");
    entry.schedules.append(schedule);

    const QJsonObject service =
        hearth::toOpenReferralService(entry, {{QStringLiteral("E05000001"), QStringLiteral("Riverside")}});
    const auto problem = JsonSchemaSet::openReferralUk().validate(service, QStringLiteral("service.json"));
    CHECK_FALSE(problem);
    if (problem) {
        UNSCOPED_INFO(problem->text().toStdString());
    }
    CHECK_FALSE(service.contains(QStringLiteral("url")));
    CHECK(service.value(QStringLiteral("schedules"))
              .toArray()
              .at(0)
              .toObject()
              .value(QStringLiteral("service_at_location_id"))
          == place.link.id);
    CHECK(service.value(QStringLiteral("service_areas")).toArray().at(0).toObject().value(QStringLiteral("name"))
          == QStringLiteral("Riverside"));

    const auto read = readOpenReferral(bytes(hearth::toOpenReferralPage({service})));
    REQUIRE_FALSE(read.problem);
    REQUIRE(read.entries.size() == 1);
    const auto& back = read.entries.first();
    CHECK(back.service.feedId == entry.service.id);
    CHECK(back.service.name == entry.service.name);
    CHECK(back.service.costDescription == entry.service.costDescription);
    CHECK(back.service.minimumAge == 60);
    CHECK(back.service.categories == entry.service.categories);
    CHECK(back.service.assuredDate == entry.service.assuredDate);
    CHECK(back.service.lastModified == entry.service.lastModified);
    CHECK(back.places.first().location.postcode == QStringLiteral("AB1 2CD"));
    CHECK(back.places.first().location.latitude == 51.4);
    CHECK(back.schedules.first().serviceLocationId == place.link.id);
    CHECK(back.terms.first().name == QStringLiteral("Lunch club"));
    CHECK(read.dropped.isEmpty());
}
