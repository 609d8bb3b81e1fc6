// Retention (storage/Retention.h): the review list, anonymising all or none, what is kept and what
// is erased, the audit, and sync's bookkeeping left without the erased values.
#include "DirectoryRepository.h"
#include "ReferralRepository.h"
#include "Retention.h"
#include "SyncRepository.h"

#include "StorageFixture.h"

#include <QJsonDocument>

#include <catch2/catch.hpp>

using hearth::Contact;
using hearth::Referral;
using hearth::ReferralStatus;
using hearth::Resident;
using hearth::storage::Retention;

namespace {

struct RetentionFixture : hearth::test::StorageFixture
{
    hearth::storage::DirectoryRepository directory {store};
    hearth::storage::ReferralRepository referrals {store};
    hearth::Service service;

    RetentionFixture()
    {
        const auto organisation =
            directory.addOrganisation({{}, QStringLiteral("Riverside Community Trust"), {}, {}, {}, {}, {}});
        hearth::Service s;
        s.organisationId = organisation.id;
        s.name = QStringLiteral("Riverside lunch club");
        service = directory.addService(s);
    }

    // A resident identified in 2018 with a contact note and a referral, closed on `closedOn`.
    Resident closedCase(const QDate& closedOn, const QString& family = QStringLiteral("Smith"))
    {
        Resident resident = makeResident(QStringLiteral("Jean"), family);
        resident.identifiedOn = QDate(2018, 1, 10);
        resident.dateOfBirth = QDate(1950, 3, 1); // 67 on the identified-on date: 65-74
        resident.email = QStringLiteral("jean@example.org");
        resident.addressLine1 = QStringLiteral("1 High Street");
        resident.ethnicGroup = QStringLiteral("white_british");
        resident.sex = QStringLiteral("female");
        resident.barriers = {QStringLiteral("transport")};
        resident = store.residents().create(resident);
        Contact contact;
        contact.residentId = resident.id;
        contact.contactOn = QDate(2018, 2, 1);
        contact.type = QStringLiteral("visit");
        contact.note = QStringLiteral("Talked about her late husband Fred");
        store.contacts().add(contact);
        Referral referral;
        referral.residentId = resident.id;
        referral.serviceId = service.id;
        referral.createdOn = QDate(2018, 2, 2);
        referral.note = QStringLiteral("Jean would like company at lunch");
        referral = referrals.add(referral, true);
        referrals.transition(referral.id, ReferralStatus::Accepted, QDate(2018, 2, 9),
                             QStringLiteral("Fred's friend runs it"), QStringLiteral("Jean goes on Tuesdays"));
        return store.residents().close(resident.id, closedOn, QStringLiteral("improved"));
    }

    QString text(const QString& sql, const QString& id)
    {
        auto statement = store.db().prepare(sql);
        statement.bind(1, id);
        REQUIRE(statement.step());
        return statement.text(0);
    }
};

const QDate kAsOf(2026, 11, 22);

} // namespace

TEST_CASE("the retention review lists closed cases past the period, oldest first, and nothing else",
          "[storage][retention]")
{
    RetentionFixture f;
    const Resident old = f.closedCase(QDate(2019, 5, 1));
    const Resident older = f.closedCase(QDate(2018, 6, 30));
    const Resident exactlyDue = f.closedCase(QDate(2020, 11, 22));
    f.closedCase(QDate(2020, 11, 23)); // one day short of six years
    f.store.residents().create(f.makeResident(QStringLiteral("Open"), QStringLiteral("Case")));

    const auto due = Retention(f.store).due(kAsOf, 6);
    REQUIRE(due.size() == 3);
    CHECK(due.at(0).residentId == older.id);
    CHECK(due.at(1).residentId == old.id);
    CHECK(due.at(2).residentId == exactlyDue.id);
    CHECK(due.at(1).closedOn == QDate(2019, 5, 1));
    CHECK(due.at(1).dueOn == QDate(2025, 5, 1));
    CHECK(due.at(1).yearsPast == Approx(1.6));
    CHECK(due.at(2).yearsPast == 0.0);
    // A longer period lists fewer.
    CHECK(Retention(f.store).due(kAsOf, 8).size() == 1);
}

TEST_CASE("anonymising keeps the statistical fields and erases the personal ones", "[storage][retention]")
{
    RetentionFixture f;
    const Resident before = f.closedCase(QDate(2019, 5, 1));
    const Resident other = f.closedCase(QDate(2019, 5, 1), QStringLiteral("Jones"));
    REQUIRE(Retention(f.store).holdsPersonalData(before.id));

    CHECK(Retention(f.store).anonymise({before.id}, QStringLiteral("retention schedule 2026"), kAsOf, 6) == 1);

    const Resident after = *f.store.residents().find(before.id);
    CHECK(after.givenName.isEmpty());
    CHECK(after.familyName.isEmpty());
    CHECK(after.phone.isEmpty());
    CHECK(after.email.isEmpty());
    CHECK(after.postcode.isEmpty());
    CHECK(after.addressLine1.isEmpty());
    CHECK(!after.dateOfBirth.isValid());
    CHECK(after.ethnicGroup.isEmpty());
    CHECK(after.barriers.isEmpty());
    // Kept: what the KPIs count.
    CHECK(after.ageBandEstimate == QStringLiteral("65-74"));
    CHECK(after.sex == before.sex);
    CHECK(after.wardCode == before.wardCode);
    CHECK(after.targetGroups == before.targetGroups);
    CHECK(after.identifiedOn == before.identifiedOn);
    CHECK(after.closedOn == before.closedOn);
    CHECK(after.closureReason == before.closureReason);
    CHECK(after.assignedOfficerId == before.assignedOfficerId);

    const auto contacts = f.store.contacts().forResident(before.id);
    REQUIRE(contacts.size() == 1);
    CHECK(contacts.first().note.isEmpty());
    CHECK(contacts.first().contactOn == QDate(2018, 2, 1));
    CHECK(contacts.first().type == QStringLiteral("visit"));
    CHECK(f.text(QStringLiteral("SELECT count(*) FROM referrals WHERE resident_id = ?1 AND note IS NULL"
                                " AND outcome IS NULL AND status = 'accepted'"),
                 before.id)
          == QStringLiteral("1"));
    CHECK(f.text(QStringLiteral("SELECT count(*) FROM referral_events e JOIN referrals r ON r.id = e.referral_id"
                                " WHERE r.resident_id = ?1 AND e.note IS NOT NULL"),
                 before.id)
          == QStringLiteral("0"));

    // Not found by name, phone or note any more; the other resident still is.
    hearth::ResidentQuery byName;
    byName.search = QStringLiteral("Smith");
    CHECK(f.store.residents().count(byName) == 0);
    byName.search = QStringLiteral("husband");
    CHECK(f.store.residents().listIds(byName) == QStringList {other.id});
    byName.search = QStringLiteral("Jones");
    CHECK(f.store.residents().count(byName) == 1);

    // No longer in the review; the other case still is.
    CHECK(!Retention(f.store).holdsPersonalData(before.id));
    const auto due = Retention(f.store).due(kAsOf, 6);
    REQUIRE(due.size() == 1);
    CHECK(due.first().residentId == other.id);
    CHECK(f.store.check().isEmpty());
}

TEST_CASE("anonymising is audited without personal data", "[storage][retention]")
{
    RetentionFixture f;
    const Resident resident = f.closedCase(QDate(2019, 5, 1));
    Retention(f.store).anonymise({resident.id}, QStringLiteral("retention schedule 2026"), kAsOf, 6);
    hearth::storage::AuditLog::Filter filter;
    filter.action = QStringLiteral("anonymise");
    const auto events = f.store.audit().list(filter);
    REQUIRE(events.size() == 1);
    CHECK(events.first().entityId == resident.id);
    CHECK(events.first().summary.contains(QStringLiteral("retention schedule 2026")));
    for (const char* personal : {"Jean", "Smith", "07700", "1950", "husband", "lunch"}) {
        CHECK(!events.first().summary.contains(QLatin1String(personal)));
    }
    CHECK(f.store.audit().verify().ok);
}

TEST_CASE("anonymising is all or none: an open, recent or unknown case changes nothing", "[storage][retention]")
{
    RetentionFixture f;
    const Resident due = f.closedCase(QDate(2019, 5, 1));
    const Resident recent = f.closedCase(QDate(2024, 1, 1));
    const Resident open = f.store.residents().create(f.makeResident(QStringLiteral("Open"), QStringLiteral("Case")));
    const auto auditBefore = f.count("audit_events");

    for (const QString& bad : {recent.id, open.id, QStringLiteral("no-such-id")}) {
        INFO(bad.toStdString());
        CHECK_THROWS_AS(Retention(f.store).anonymise({due.id, bad}, QStringLiteral("schedule"), kAsOf, 6),
                        hearth::storage::Error);
        CHECK(f.store.residents().find(due.id)->familyName == QStringLiteral("Smith"));
        CHECK(f.store.contacts().forResident(due.id).first().note.contains(QStringLiteral("husband")));
        CHECK(f.count("audit_events") == auditBefore);
    }
    // A reason is required.
    CHECK_THROWS_AS(Retention(f.store).anonymise({due.id}, QStringLiteral("  "), kAsOf, 6), hearth::storage::Error);
    // Cancelled part way: nothing changes.
    const Resident second = f.closedCase(QDate(2019, 6, 1));
    const auto auditWithSecond = f.count("audit_events");
    int calls = 0;
    CHECK(Retention(f.store).anonymise({due.id, second.id}, QStringLiteral("schedule"), kAsOf, 6,
                                       [&](qint64 done, qint64) { return ++calls < 2 || done < 1; })
          == -1);
    CHECK(f.store.residents().find(due.id)->familyName == QStringLiteral("Smith"));
    CHECK(f.count("audit_events") == auditWithSecond);
}

TEST_CASE("anonymising leaves sync a new version without the erased values", "[storage][retention][sync]")
{
    RetentionFixture f;
    const Resident resident = f.closedCase(QDate(2019, 5, 1));
    hearth::storage::SyncRepository sync(f.store);
    sync.capture();
    const qint64 seqBefore = sync.lastSeq();
    Retention(f.store).anonymise({resident.id}, QStringLiteral("schedule"), kAsOf, 6);

    CHECK(f.count("sync_dirty") == 0);
    const auto changed = sync.changedSince(seqBefore);
    QStringList tables;
    for (const auto& state : changed) {
        tables.append(state.table);
        const QByteArray json = QJsonDocument(state.toJson()).toJson(QJsonDocument::Compact);
        for (const char* personal : {"Jean", "Smith", "07700", "1950-03-01", "husband", "Tuesdays", "Fred"}) {
            INFO(state.table.toStdString() << " " << personal);
            CHECK(!json.contains(personal));
        }
    }
    tables.sort();
    tables.removeDuplicates();
    CHECK(tables
          == QStringList {QStringLiteral("contacts"), QStringLiteral("referral_events"), QStringLiteral("referrals"),
                          QStringLiteral("residents")});
    const auto state = sync.state(QStringLiteral("residents"), resident.id);
    REQUIRE(state);
    CHECK(state->fields.value(QStringLiteral("family_name")).value.isNull());
    CHECK(state->fields.value(QStringLiteral("age_band_estimate")).value.toString() == QStringLiteral("65-74"));
}

TEST_CASE("a contact note can be erased only on a closed case, and never rewritten", "[storage][retention]")
{
    RetentionFixture f;
    const Resident resident = f.store.residents().create(f.makeResident());
    Contact contact;
    contact.residentId = resident.id;
    contact.contactOn = QDate(2026, 10, 2);
    contact.type = QStringLiteral("visit");
    contact.note = QStringLiteral("first note");
    contact = f.store.contacts().add(contact);
    auto erase = [&](const QString& note) {
        auto statement = f.store.db().prepare(QStringLiteral("UPDATE contacts SET note = ?1 WHERE id = ?2"));
        statement.bind(1, note).bind(2, contact.id).run();
    };
    CHECK_THROWS(erase(QString())); // open case
    f.store.residents().close(resident.id, QDate(2026, 11, 1), QStringLiteral("improved"));
    CHECK_THROWS(erase(QStringLiteral("rewritten"))); // never other text
    CHECK_NOTHROW(erase(QString()));
    CHECK(f.store.check().isEmpty());
}
