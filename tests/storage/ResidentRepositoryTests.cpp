#include "StorageFixture.h"

using namespace hearth;
using namespace hearth::storage;

TEST_CASE("Registering a resident stores it with an id, sync metadata and an audit event", "[residents]")
{
    test::StorageFixture f;
    const Resident created = f.store.residents().create(f.makeResident());
    CHECK(isUuid(created.id));
    CHECK(uuidV7Millis(created.id) == test::fixedNow().toMSecsSinceEpoch());
    CHECK(created.postcode == QStringLiteral("AB1 2CD"));
    CHECK(created.meta.rowVersion == 1);
    CHECK(created.meta.siteId == f.store.siteId());
    CHECK(created.meta.updatedBy == f.officer.id);
    CHECK(created.assignedOfficerId == f.officer.id);

    const auto found = f.store.residents().find(created.id);
    REQUIRE(found);
    CHECK(*found == created);

    const auto events = f.store.audit().list({QStringLiteral("resident"), created.id, {}, {}, 10});
    REQUIRE(events.size() == 1);
    CHECK(events.first().action == QStringLiteral("create"));
    CHECK_FALSE(events.first().summary.contains(QStringLiteral("Jean")));
}

TEST_CASE("An invalid resident is refused with the field named and nothing is written", "[residents]")
{
    test::StorageFixture f;
    const qint64 auditBefore = f.count("audit_events");

    SECTION("no name")
    {
        try {
            f.store.residents().create(f.makeResident(QString(), QString()));
            FAIL("accepted a resident with no name");
        } catch (const Error& error) {
            REQUIRE(error.kind() == Error::Kind::Invalid);
            CHECK(error.fields().first().field == QStringLiteral("given_name"));
        }
    }
    SECTION("unknown ward")
    {
        Resident resident = f.makeResident();
        resident.wardCode = QStringLiteral("E05999999");
        try {
            f.store.residents().create(resident);
            FAIL("accepted an unknown ward");
        } catch (const Error& error) {
            CHECK(error.fields().first().field == QStringLiteral("ward"));
            CHECK(error.message().contains(QStringLiteral("E05999999")));
        }
    }
    SECTION("unknown officer")
    {
        Resident resident = f.makeResident();
        resident.assignedOfficerId = QStringLiteral("01890000-0000-7000-8000-00000000dead");
        CHECK_THROWS_AS(f.store.residents().create(resident), Error);
    }
    CHECK(f.count("residents") == 0);
    CHECK(f.count("audit_events") == auditBefore);
}

TEST_CASE("Updating a resident records which fields changed, never their values", "[residents]")
{
    test::StorageFixture f;
    Resident resident = f.store.residents().create(f.makeResident());
    f.clock.advanceMs(60'000);
    resident.phone = QStringLiteral("07700 900999");
    resident.barriers = {QStringLiteral("transport")};
    const Resident saved = f.store.residents().update(resident);
    CHECK(saved.meta.rowVersion == 2);
    CHECK(saved.meta.updatedAt == test::fixedNow().addMSecs(60'000));
    CHECK(saved.meta.createdAt == test::fixedNow());

    const auto events = f.store.audit().list({QStringLiteral("resident"), saved.id, {}, QStringLiteral("update"), 10});
    REQUIRE(events.size() == 1);
    CHECK(events.first().summary == QStringLiteral("changed: phone, barriers"));

    // Saving with nothing changed writes nothing.
    f.store.residents().update(saved);
    CHECK(f.store.residents().find(saved.id)->meta.rowVersion == 2);

    // Status changes only through close and reopen.
    Resident sneaky = saved;
    sneaky.status = QStringLiteral("closed");
    CHECK_THROWS_AS(f.store.residents().update(sneaky), Error);
}

TEST_CASE("Closing needs a date and a reason, and reopening is recorded", "[residents]")
{
    test::StorageFixture f;
    const Resident resident = f.store.residents().create(f.makeResident());
    CHECK_THROWS_AS(f.store.residents().close(resident.id, QDate(2026, 11, 1), QString()), Error);
    CHECK_THROWS_AS(f.store.residents().close(resident.id, QDate(2026, 9, 1), QStringLiteral("improved")), Error);
    CHECK_THROWS_AS(f.store.residents().close(resident.id, QDate(2026, 12, 1), QStringLiteral("improved")), Error);
    CHECK_FALSE(f.store.residents().find(resident.id)->isClosed());

    const Resident closed = f.store.residents().close(resident.id, QDate(2026, 11, 1), QStringLiteral("moved_away"));
    CHECK(closed.isClosed());
    CHECK(closed.closureReason == QStringLiteral("moved_away"));
    const Resident reopened = f.store.residents().reopen(resident.id);
    CHECK_FALSE(reopened.isClosed());
    CHECK_FALSE(reopened.closedOn.isValid());
    const auto events =
        f.store.audit().list({QStringLiteral("resident"), resident.id, {}, QStringLiteral("reopen"), 10});
    REQUIRE(events.size() == 1);
    CHECK(events.first().summary.contains(QStringLiteral("2026-11-01")));
}

TEST_CASE("Search finds residents by name prefix, postcode, phone and contact notes", "[residents][search]")
{
    test::StorageFixture f;
    const Resident jean = f.store.residents().create(f.makeResident(QStringLiteral("Jean"), QStringLiteral("Smith")));
    Resident other = f.makeResident(QStringLiteral("Bartholomew"), QStringLiteral("Ng"));
    other.postcode = QStringLiteral("ZZ9 9ZZ");
    other.phone = QStringLiteral("01632 960001");
    other = f.store.residents().create(other);
    Contact contact;
    contact.residentId = other.id;
    contact.contactOn = QDate(2026, 11, 2);
    contact.type = QStringLiteral("visit");
    contact.note = QStringLiteral("Interested in the allotment society");
    f.store.contacts().add(contact);

    const auto ids = [&](const QString& text) {
        ResidentQuery query;
        query.search = text;
        QStringList found;
        for (const auto& row : f.store.residents().list(query).rows) {
            found.append(row.id);
        }
        return found;
    };
    CHECK(ids(QStringLiteral("smi")) == QStringList {jean.id});
    CHECK(ids(QStringLiteral("jean smi")) == QStringList {jean.id});
    CHECK(ids(QStringLiteral("SMITH")) == QStringList {jean.id});
    CHECK(ids(QStringLiteral("ab1 2")) == QStringList {jean.id});
    CHECK(ids(QStringLiteral("zz99zz")) == QStringList {other.id});
    CHECK(ids(QStringLiteral("01632960")) == QStringList {other.id});
    CHECK(ids(QStringLiteral("allot")) == QStringList {other.id});
    CHECK(ids(QStringLiteral("nobody")).isEmpty());
    // Punctuation a person might type does not break the query.
    CHECK(ids(QStringLiteral("\"smi*")) == QStringList {jean.id});
    CHECK(ids(QStringLiteral("O'Smith")).isEmpty());

    // Apostrophes split words as the index does: "O'Brien" is found as typed, and by "obrien" not.
    const Resident brien =
        f.store.residents().create(f.makeResident(QStringLiteral("Siobhan"), QStringLiteral("O'Brien")));
    CHECK(ids(QStringLiteral("O'Brien")) == QStringList {brien.id});
    CHECK(ids(QStringLiteral("o'bri")) == QStringList {brien.id});
    CHECK(ids(QStringLiteral("brien")) == QStringList {brien.id});

    // A renamed resident is found by the new name only.
    Resident renamed = *f.store.residents().find(jean.id);
    renamed.familyName = QStringLiteral("Watson");
    f.store.residents().update(renamed);
    CHECK(ids(QStringLiteral("smith")).isEmpty());
    CHECK(ids(QStringLiteral("wats")) == QStringList {jean.id});
}

TEST_CASE("The caseload list pages, sorts and filters in the query", "[residents][list]")
{
    test::StorageFixture f;
    f.store.wards().save({QStringLiteral("E05000002"), QStringLiteral("Hillside"), {}});
    QStringList ids;
    for (int i = 0; i < 25; ++i) {
        Resident resident =
            f.makeResident(QStringLiteral("Person"), QStringLiteral("Family%1").arg(i, 2, 10, QLatin1Char('0')));
        resident.wardCode = i % 5 == 0 ? QStringLiteral("E05000002") : f.ward.code;
        resident.targetGroups =
            i % 2 == 0 ? QStringList {QStringLiteral("carer")} : QStringList {QStringLiteral("older_people")};
        if (i == 7) {
            resident.safeguardingSince = QDate(2026, 10, 5);
        }
        ids.append(f.store.residents().create(resident).id);
    }
    f.store.residents().close(ids.at(3), QDate(2026, 11, 1), QStringLiteral("improved"));
    Contact contact;
    contact.residentId = ids.at(10);
    contact.contactOn = QDate(2026, 11, 10);
    contact.type = QStringLiteral("phone");
    contact.followUpDue = QDate(2026, 11, 20);
    f.store.contacts().add(contact);

    ResidentQuery query;
    query.limit = 10;
    auto page = f.store.residents().list(query);
    CHECK(page.total == 25);
    REQUIRE(page.rows.size() == 10);
    CHECK(page.rows.first().familyName == QStringLiteral("Family00"));
    query.offset = 20;
    page = f.store.residents().list(query);
    REQUIRE(page.rows.size() == 5);
    CHECK(page.rows.last().familyName == QStringLiteral("Family24"));

    query = {};
    query.descending = true;
    query.limit = 1;
    CHECK(f.store.residents().list(query).rows.first().familyName == QStringLiteral("Family24"));

    query = {};
    query.wardCode = QStringLiteral("E05000002");
    CHECK(f.store.residents().count(query) == 5);
    query = {};
    query.targetGroup = QStringLiteral("carer");
    CHECK(f.store.residents().count(query) == 13);
    query = {};
    query.status = QStringLiteral("closed");
    CHECK(f.store.residents().count(query) == 1);
    query = {};
    query.riskOnly = true;
    CHECK(f.store.residents().count(query) == 1);

    query = {};
    query.followUpOverdue = true;
    query.today = QDate(2026, 11, 19);
    CHECK(f.store.residents().count(query) == 0);
    query.today = QDate(2026, 11, 20);
    page = f.store.residents().list(query);
    REQUIRE(page.rows.size() == 1);
    CHECK(page.rows.first().id == ids.at(10));
    CHECK(page.rows.first().lastContactOn == QDate(2026, 11, 10));

    // A later contact without a follow-up clears the one that was due.
    contact.contactOn = QDate(2026, 11, 21);
    contact.followUpDue = {};
    f.store.contacts().add(contact);
    CHECK(f.store.residents().count(query) == 0);

    query = {};
    query.sort = ResidentQuery::Sort::LastContact;
    query.descending = true;
    query.limit = 1;
    CHECK(f.store.residents().list(query).rows.first().id == ids.at(10));
}

TEST_CASE("Contact notes are append-only, and a correction is a new linked note", "[contacts]")
{
    test::StorageFixture f;
    const Resident resident = f.store.residents().create(f.makeResident());
    Contact contact;
    contact.residentId = resident.id;
    contact.contactOn = QDate(2026, 11, 3);
    contact.type = QStringLiteral("visit");
    contact.note = QStringLiteral("Daughter visits on Sundays");
    contact = f.store.contacts().add(contact);

    CHECK_THROWS_AS(
        f.store.db().exec(QStringLiteral("UPDATE contacts SET note = 'changed' WHERE id = '%1'").arg(contact.id)),
        sql::Error);
    const Contact correction = f.store.contacts().addCorrection(contact.id, QStringLiteral("Son visits on Sundays"));
    CHECK(correction.correctsContactId == contact.id);
    const auto contacts = f.store.contacts().forResident(resident.id);
    REQUIRE(contacts.size() == 2);
    CHECK(f.store.contacts().find(contact.id)->note == QStringLiteral("Daughter visits on Sundays"));

    // A correction must name a note on the same resident.
    Contact stray;
    stray.residentId = f.store.residents().create(f.makeResident(QStringLiteral("Other"))).id;
    stray.contactOn = QDate(2026, 11, 3);
    stray.type = QStringLiteral("phone");
    stray.correctsContactId = contact.id;
    CHECK_THROWS_AS(f.store.contacts().add(stray), Error);
}

TEST_CASE("The audit trail is append-only and its chain detects tampering", "[audit]")
{
    test::StorageFixture f;
    const Resident resident = f.store.residents().create(f.makeResident());
    f.store.residents().view(resident.id);
    auto verification = f.store.audit().verify();
    CHECK(verification.ok);
    CHECK(verification.events == f.count("audit_events"));

    CHECK_THROWS_AS(f.store.db().exec(QStringLiteral("UPDATE audit_events SET summary = 'x'")), sql::Error);
    CHECK_THROWS_AS(f.store.db().exec(QStringLiteral("DELETE FROM audit_events")), sql::Error);

    SECTION("a changed event")
    {
        f.store.db().exec(QStringLiteral("DROP TRIGGER audit_events_no_update"));
        f.store.db().exec(QStringLiteral("UPDATE audit_events SET entity_id = 'someone-else' WHERE sequence = 2"));
        verification = f.store.audit().verify();
        CHECK_FALSE(verification.ok);
        CHECK(verification.problem == QStringLiteral("event 2 has been changed"));
    }
    SECTION("a removed event")
    {
        f.store.db().exec(QStringLiteral("DROP TRIGGER audit_events_no_delete"));
        f.store.db().exec(QStringLiteral("DELETE FROM audit_events WHERE sequence = 2"));
        verification = f.store.audit().verify();
        CHECK_FALSE(verification.ok);
        CHECK(verification.problem == QStringLiteral("event 2 is missing"));
        CHECK_FALSE(f.store.check().isEmpty());
    }
}

TEST_CASE("listIds orders and filters exactly as list does, for every sort", "[residents][caseload]")
{
    test::StorageFixture fixture;
    auto residents = fixture.store.residents();
    auto contacts = fixture.store.contacts();
    const QStringList family {QStringLiteral("Young"),  QStringLiteral("abbott"), QStringLiteral("Moss"),
                              QStringLiteral("Abbott"), QStringLiteral("Lee"),    QStringLiteral("Zane")};
    for (int index = 0; index < family.size(); ++index) {
        Resident resident = fixture.makeResident(QStringLiteral("R%1").arg(index), family.at(index));
        resident.identifiedOn = QDate(2026, 1, 1).addDays(index * 17 % 40);
        if (index % 3 == 0) {
            resident.crisisSince = QDate(2026, 11, 1);
        }
        resident = residents.create(resident);
        if (index % 2 == 0) {
            Contact contact;
            contact.residentId = resident.id;
            contact.contactOn = QDate(2026, 11, 1).addDays(index);
            contact.type = QStringLiteral("phone");
            contact.followUpDue = QDate(2026, 11, 30).addDays(-index);
            contacts.add(contact);
        }
        if (index == 4) {
            residents.close(resident.id, QDate(2026, 11, 20), QStringLiteral("improved"));
        }
    }

    using Sort = ResidentQuery::Sort;
    for (const Sort sort : {Sort::Name, Sort::Ward, Sort::TargetGroups, Sort::Status, Sort::Officer, Sort::IdentifiedOn,
                            Sort::LastContact, Sort::NextFollowUp, Sort::Risk}) {
        for (const bool descending : {false, true}) {
            for (const QString& status : {QString(), QStringLiteral("open")}) {
                ResidentQuery query;
                query.sort = sort;
                query.descending = descending;
                query.status = status;
                query.limit = 100;
                QStringList listed;
                for (const ResidentSummary& row : residents.list(query).rows) {
                    listed.append(row.id);
                }
                INFO("sort " << static_cast<int>(sort) << (descending ? " descending" : "") << " status '"
                             << status.toStdString() << "'");
                const QStringList ids = residents.listIds(query);
                CHECK(ids == listed);
                CHECK(ids.size() == residents.count(query));

                // summaries() gives the rows back in the order asked.
                QList<ResidentSummary> rows = residents.summaries(ids);
                QStringList rowIds;
                for (const ResidentSummary& row : rows) {
                    rowIds.append(row.id);
                }
                CHECK(rowIds == ids);
            }
        }
    }

    ResidentQuery byName;
    const QStringList ids = residents.listIds(byName);
    REQUIRE(ids.size() == 6);
    // "abbott" and "Abbott" sort together, whatever their case.
    const auto rows = residents.summaries({ids.at(1), QStringLiteral("no-such-id"), ids.at(0)});
    REQUIRE(rows.size() == 2);
    CHECK(rows.at(0).id == ids.at(1));
    CHECK(rows.at(1).id == ids.at(0));
    CHECK(rows.at(0).familyName.compare(QStringLiteral("abbott"), Qt::CaseInsensitive) == 0);
}

TEST_CASE("createMany writes all residents or none, naming the row at fault", "[residents]")
{
    test::StorageFixture f;
    QList<Resident> residents {f.makeResident(QStringLiteral("Ann"), QStringLiteral("One")),
                               f.makeResident(QStringLiteral("Bo"), QStringLiteral("Two"))};
    residents[1].wardCode = QStringLiteral("E05999999");
    const qint64 eventsBefore = f.count("audit_events");
    try {
        f.store.residents().createMany(residents, QStringLiteral("test import"));
        FAIL("an unknown ward was accepted");
    } catch (const storage::Error& error) {
        REQUIRE(error.fields().size() == 1);
        CHECK(error.fields().first().field == QStringLiteral("residents[1].ward"));
    }
    CHECK(f.count("residents") == 0);
    CHECK(f.count("audit_events") == eventsBefore);

    residents[1].wardCode = f.ward.code;
    const auto written = f.store.residents().createMany(residents, QStringLiteral("test import"));
    REQUIRE(written);
    REQUIRE(written->size() == 2);
    CHECK(f.store.residents().find(written->at(1).id)->familyName == QStringLiteral("Two"));
    CHECK(written->at(0).assignedOfficerId == f.officer.id);
    CHECK(f.count("audit_events") == eventsBefore + 3); // one per resident and one for the import
    ResidentQuery query;
    query.search = QStringLiteral("Two");
    CHECK(f.store.residents().count(query) == 1);
}
