#include "DirectoryRepository.h"
#include "OpenReferral.h"
#include "Tables.h"

#include "StorageFixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using hearth::DirectoryEntry;
using hearth::Resident;
using hearth::Service;
using hearth::storage::DirectoryRepository;

namespace {

QByteArray example(const char* name)
{
    QFile file(hearth::test::sourceDir() + QStringLiteral("/resources/oruk-3.0/examples/") + QString::fromLatin1(name));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

QList<DirectoryEntry> read(const QByteArray& json)
{
    const auto result = hearth::readOpenReferral(json);
    INFO((result.problem ? result.problem->text() : QString()).toStdString());
    REQUIRE_FALSE(result.problem);
    return result.entries;
}

struct DirectoryFixture : hearth::test::StorageFixture
{
    DirectoryRepository directory {store};
    hearth::Organisation organisation;

    DirectoryFixture()
    {
        organisation = directory.addOrganisation({{}, QStringLiteral("Age Friendly Riverside"), {}, {}, {}, {}, {}});
    }

    Service makeService(const char* name)
    {
        Service service;
        service.organisationId = organisation.id;
        service.name = QString::fromLatin1(name);
        return service;
    }
};

} // namespace

TEST_CASE_METHOD(DirectoryFixture, "A service is added with its categories as terms and read back", "[directory]")
{
    Service service = makeService("Tuesday lunch club");
    service.categories = {QStringLiteral("lunch_club")};
    service.wardsServed = {ward.code};
    service.transportProvided = true;
    const Service saved = directory.addService(service);
    CHECK(directory.findService(saved.id) == saved);
    CHECK(saved.lastModified == clock.nowUtc());
    REQUIRE(directory.terms().size() == 1);
    CHECK(directory.terms().first().code == QStringLiteral("lunch_club"));
    CHECK(count("audit_events") >= 2);

    SECTION("an unknown ward or organisation is refused and nothing is written")
    {
        const auto before = count("services");
        Service bad = makeService("Bad");
        bad.wardsServed = {QStringLiteral("E05999999")};
        CHECK_THROWS_WITH(directory.addService(bad), Catch::Contains("wards_served"));
        bad.wardsServed.clear();
        bad.organisationId = hearth::test::fixedNow().toString(); // not an id
        CHECK_THROWS_WITH(directory.addService(bad), Catch::Contains("organisation"));
        CHECK(count("services") == before);
    }
    SECTION("a service under a new organisation adds both, or neither")
    {
        const auto organisations = count("organisations");
        hearth::Organisation fresh;
        fresh.name = QStringLiteral("Hearthdale Men's Shed");
        Service shed = makeService("Woodwork mornings");
        shed.organisationId.clear();
        const Service added = directory.addService(shed, fresh);
        CHECK(count("organisations") == organisations + 1);
        CHECK(directory.requireOrganisation(added.organisationId).name == fresh.name);

        Service bad = makeService("Bad ward");
        bad.wardsServed = {QStringLiteral("E05999999")};
        hearth::Organisation another;
        another.name = QStringLiteral("Never added");
        CHECK_THROWS_WITH(directory.addService(bad, another), Catch::Contains("wards_served"));
        CHECK_THROWS_WITH(directory.addService(makeService("No name"), hearth::Organisation {}),
                          Catch::Contains("organisation"));
        CHECK(count("organisations") == organisations + 1);
        CHECK(count("services") == 2);
    }
}

TEST_CASE_METHOD(DirectoryFixture, "The official examples import, and re-importing updates in place",
                 "[directory][oruk][import]")
{
    const auto first = directory.importFeed(read(example("service_full.json")));
    CHECK(first.added == 1);
    CHECK(count("services") == 1 + 0);
    CHECK(count("locations") == 1);
    CHECK(count("schedules") == 1);
    const auto again = directory.importFeed(read(example("service_full.json")));
    CHECK(again.added == 0);
    CHECK(again.unchanged == 1);
    CHECK(count("services") == 1);
    CHECK(count("organisations") == 2); // the fixture's and the example's
    CHECK(count("locations") == 1);
    CHECK(count("schedules") == 1);
    CHECK(count("service_locations") == 1);

    SECTION("local fields survive a re-import that changes the feed's fields")
    {
        Service held = directory.services().first();
        REQUIRE(held.feedId == QStringLiteral("ac148810-d857-441c-9679-408f346de14b"));
        held.wardsServed = {ward.code};
        held.targetGroups = {QStringLiteral("carer")};
        held.capacity = 12;
        held.transportProvided = true;
        directory.updateService(held);

        QJsonObject changed = QJsonDocument::fromJson(example("service_full.json")).object();
        changed.insert(QStringLiteral("name"), QStringLiteral("Community Counselling (renamed)"));
        const auto summary = directory.importFeed(read(QJsonDocument(changed).toJson()));
        CHECK(summary.updated == 1);
        const Service after = directory.findService(held.id).value();
        CHECK(after.name == QStringLiteral("Community Counselling (renamed)"));
        CHECK(after.wardsServed == QStringList {ward.code});
        CHECK(after.targetGroups == QStringList {QStringLiteral("carer")});
        CHECK(after.capacity == 12);
        CHECK(after.transportProvided);
        CHECK(count("services") == 1);
    }
    SECTION("the service list example imports too, into the same service")
    {
        const auto summary = directory.importFeed(read(example("service_list.json")));
        CHECK(summary.added == 0);
        CHECK(summary.unchanged == 1);
        CHECK(count("services") == 1);
        // A page of summaries leaves places and schedules out: they are kept, not cleared.
        const DirectoryEntry held = directory.entry(directory.services().first());
        CHECK(held.places.size() == 1);
        CHECK(held.schedules.size() == 1);
        CHECK(held.service.categories == QStringList {QStringLiteral("name")});
    }
}

TEST_CASE_METHOD(DirectoryFixture, "A service missing from a re-imported feed is kept and marked as no longer in it",
                 "[directory][oruk][import]")
{
    QJsonObject one = QJsonDocument::fromJson(example("service_full.json")).object();
    QJsonObject two = one;
    two.insert(QStringLiteral("id"), QStringLiteral("0b0c7d57-4a6e-4b9e-8a53-5f0e8f1d2c11"));
    two.insert(QStringLiteral("name"), QStringLiteral("Second service"));
    QJsonObject page = QJsonDocument::fromJson(example("service_list.json")).object();
    page.insert(QStringLiteral("contents"), QJsonArray {one, two});
    CHECK(directory.importFeed(read(QJsonDocument(page).toJson())).added == 2);

    page.insert(QStringLiteral("contents"), QJsonArray {one});
    SECTION("a partial import marks nothing")
    {
        CHECK(directory.importFeed(read(QJsonDocument(page).toJson()), true).noLongerInFeed == 0);
    }
    SECTION("a whole feed marks what it left out")
    {
        const auto summary = directory.importFeed(read(QJsonDocument(page).toJson()));
        CHECK(summary.noLongerInFeed == 1);
        CHECK(count("services") == 2);
        int inFeed = 0;
        for (const auto& service : directory.services()) {
            inFeed += service.inFeed ? 1 : 0;
            if (!service.inFeed) {
                CHECK(service.name == QStringLiteral("Second service"));
            }
        }
        CHECK(inFeed == 1);
    }
}

TEST_CASE_METHOD(DirectoryFixture, "Every exported service validates against the ORUK 3.0 schemas",
                 "[directory][oruk][export]")
{
    directory.importFeed(read(example("service_full.json")));
    Service local = makeService("Riverside walking group");
    local.categories = {QStringLiteral("walking")};
    local.wardsServed = {ward.code};
    local.url = QStringLiteral("https://example.org/walks");
    local = directory.addService(local);
    hearth::Location hall;
    hall.name = QStringLiteral("Riverside library");
    hall.postcode = QStringLiteral("AB1 2CD");
    hall.wardCode = ward.code;
    directory.addLocation(local.id, hall);
    hearth::Schedule weekly;
    weekly.serviceId = local.id;
    weekly.freq = QStringLiteral("WEEKLY");
    weekly.byDay = QStringLiteral("WE");
    directory.addSchedule(weekly);

    QList<QJsonObject> documents;
    for (const auto& entry : directory.entries()) {
        const QJsonObject document = hearth::toOpenReferralService(entry);
        const auto problem = hearth::JsonSchemaSet::openReferralUk().validate(document, QStringLiteral("service.json"));
        INFO(entry.service.name.toStdString());
        CHECK_FALSE(problem);
        if (problem) {
            UNSCOPED_INFO(problem->text().toStdString());
        }
        documents.append(document);
    }
    REQUIRE(documents.size() == 2);
    // The imported service keeps the feed's ids; the local one uses Hearth's.
    QStringList ids;
    for (const auto& document : documents) {
        ids.append(document.value(QStringLiteral("id")).toString());
    }
    CHECK(ids.contains(QStringLiteral("ac148810-d857-441c-9679-408f346de14b")));
    CHECK(ids.contains(local.id));

    // Exported and imported into another database: the same services, no duplicates on a second go.
    hearth::test::StorageFixture other;
    DirectoryRepository otherDirectory(other.store);
    const QByteArray page = QJsonDocument(hearth::toOpenReferralPage(documents)).toJson();
    CHECK(otherDirectory.importFeed(read(page)).added == 2);
    CHECK(otherDirectory.importFeed(read(page)).unchanged == 2);
    CHECK(other.count("services") == 2);
}

TEST_CASE_METHOD(DirectoryFixture, "Stale services are those past the council's review months", "[directory][stale]")
{
    directory.importFeed(read(example("service_full.json"))); // assured 2005, modified 2023: stale
    const Service fresh = directory.addService(makeService("Fresh"));
    const auto stale = directory.staleServices(clock.today());
    REQUIRE(stale.size() == 1);
    CHECK(stale.first().name == QStringLiteral("Community Counselling"));
    CHECK_FALSE(stale.contains(fresh));
}

TEST_CASE_METHOD(DirectoryFixture, "The gap analysis shows a ward with residents but no service of a category",
                 "[directory][gaps]")
{
    store.wards().save({QStringLiteral("E05000002"), QStringLiteral("Hilltop"), {}});
    store.residents().create(makeResident()); // in Riverside
    Resident hilltop = makeResident(QStringLiteral("Ada"), QStringLiteral("Jones"));
    hilltop.wardCode = QStringLiteral("E05000002");
    store.residents().create(hilltop);

    Service lunch = makeService("Riverside lunch");
    lunch.categories = {QStringLiteral("lunch_club")};
    lunch.wardsServed = {ward.code};
    directory.addService(lunch);
    Service phone = makeService("Telephone befriending");
    phone.categories = {QStringLiteral("befriending")};
    directory.addService(phone); // the whole area
    Service ended = makeService("Old lunch club");
    ended.categories = {QStringLiteral("lunch_club")};
    ended.wardsServed = {QStringLiteral("E05000002")};
    ended.startedOn = QDate(2020, 1, 1);
    ended.endedOn = QDate(2021, 1, 1);
    directory.addService(ended);

    QStringList cells;
    for (const auto& cell : directory.gaps(clock.today())) {
        cells.append(QStringLiteral("%1 %2 %3/%4%5")
                         .arg(cell.wardCode, cell.category)
                         .arg(cell.services)
                         .arg(cell.residents)
                         .arg(cell.isGap() ? QStringLiteral(" gap") : QString()));
    }
    CHECK(cells
          == QStringList {QStringLiteral("E05000001 befriending 1/1"), QStringLiteral("E05000001 lunch_club 1/1"),
                          QStringLiteral("E05000002 befriending 1/1"), QStringLiteral("E05000002 lunch_club 0/1 gap")});
}

TEST_CASE_METHOD(DirectoryFixture,
                 "A 1.0 feed whose ids are not UUIDs imports, re-imports in place and exports valid 3.0",
                 "[directory][oruk][import]")
{
    // Older feeds name records with their own strings and numbers; 3.0 requires UUIDs.
    QJsonObject organisation {
        {QStringLiteral("id"), 7},
        {QStringLiteral("name"), QStringLiteral("Hearthdale CVS")},
        {QStringLiteral("description"), QStringLiteral("The local council for voluntary service")}};
    QJsonObject location {{QStringLiteral("id"), QStringLiteral("loc-12")},
                          {QStringLiteral("name"), QStringLiteral("Hall")},
                          {QStringLiteral("location_type"), QStringLiteral("physical")}};
    QJsonObject link {{QStringLiteral("id"), QStringLiteral("sal-1")},
                      {QStringLiteral("service_id"), QStringLiteral("svc-lunch")},
                      {QStringLiteral("location_id"), QStringLiteral("loc-12")},
                      {QStringLiteral("location"), location}};
    QJsonObject service {{QStringLiteral("id"), QStringLiteral("svc-lunch")},
                         {QStringLiteral("name"), QStringLiteral("Friday lunch club")},
                         {QStringLiteral("status"), QStringLiteral("active")},
                         {QStringLiteral("organization"), organisation},
                         {QStringLiteral("service_at_locations"), QJsonArray {link}}};
    QJsonObject page {{QStringLiteral("totalElements"), 1}, {QStringLiteral("totalPages"), 1},
                      {QStringLiteral("number"), 1},        {QStringLiteral("size"), 1},
                      {QStringLiteral("first"), true},      {QStringLiteral("last"), true},
                      {QStringLiteral("empty"), false},     {QStringLiteral("content"), QJsonArray {service}}};
    const QByteArray feed = QJsonDocument(page).toJson();

    const auto first = directory.importFeed(read(feed));
    CHECK(first.added == 1);
    const Service held = directory.services().first().name == QStringLiteral("Friday lunch club")
        ? directory.services().first()
        : directory.services().last();
    CHECK(held.feedId == QStringLiteral("svc-lunch"));
    CHECK(directory.requireOrganisation(held.organisationId).feedId == QStringLiteral("7"));
    CHECK(count("locations") == 1);

    const auto again = directory.importFeed(read(feed));
    CHECK(again.added == 0);
    CHECK(again.unchanged == 1);
    CHECK(count("services") == 1);
    CHECK(count("organisations") == 2); // the fixture's and the feed's
    CHECK(count("locations") == 1);

    // Exported, the feed's non-UUID ids give way to Hearth's, and the document is valid 3.0.
    const QJsonObject exported = hearth::toOpenReferralService(directory.entry(held));
    const auto problem = hearth::JsonSchemaSet::openReferralUk().validate(exported, QStringLiteral("service.json"));
    CHECK_FALSE(problem);
    CHECK(exported.value(QStringLiteral("id")).toString() == held.id);

    SECTION("a 3.0 page still requires UUIDs")
    {
        QJsonObject current {{QStringLiteral("total_items"), 1}, {QStringLiteral("contents"), QJsonArray {service}}};
        const auto result = hearth::readOpenReferral(QJsonDocument(current).toJson());
        REQUIRE(result.problem);
        CHECK(result.problem->path == QStringLiteral("$.contents[0].id"));
    }
}

TEST_CASE_METHOD(DirectoryFixture, "A place or a time is removed from a service, and its times at that place go too",
                 "[directory]")
{
    const Service service = directory.addService(makeService("Knit and natter"));
    hearth::Location hall;
    hall.name = QStringLiteral("Church hall");
    hall = directory.addLocation(service.id, hall);
    hearth::Location library;
    library.name = QStringLiteral("Library");
    library = directory.addLocation(service.id, library);
    hearth::DirectoryEntry held = directory.entry(service);
    REQUIRE(held.places.size() == 2);
    hearth::Schedule atHall;
    atHall.serviceId = service.id;
    atHall.serviceLocationId =
        held.places.first().link.locationId == hall.id ? held.places.first().link.id : held.places.last().link.id;
    atHall.freq = QStringLiteral("WEEKLY");
    atHall.byDay = QStringLiteral("TU");
    directory.addSchedule(atHall);
    hearth::Schedule anywhere;
    anywhere.serviceId = service.id;
    anywhere.freq = QStringLiteral("MONTHLY");
    anywhere = directory.addSchedule(anywhere);

    directory.removeLocation(service.id, hall.id);
    held = directory.entry(service);
    REQUIRE(held.places.size() == 1);
    CHECK(held.places.first().location.name == QStringLiteral("Library"));
    REQUIRE(held.schedules.size() == 1); // the hall's Tuesday went with it
    CHECK(held.schedules.first().id == anywhere.id);
    CHECK(count("locations") == 2); // the place itself is kept

    directory.removeSchedule(anywhere.id);
    CHECK(directory.entry(service).schedules.isEmpty());

    SECTION("removing what is not there is refused and changes nothing")
    {
        const auto events = count("audit_events");
        CHECK_THROWS_WITH(directory.removeLocation(service.id, hall.id), Catch::Contains("does not run at"));
        CHECK_THROWS_WITH(directory.removeSchedule(anywhere.id), Catch::Contains("no time has the id"));
        CHECK(count("audit_events") == events);
    }
}
