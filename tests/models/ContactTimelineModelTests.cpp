#include "ContactTimelineModel.h"

#include "StorageFixture.h"

#include <QAbstractItemModelTester>

#include <catch2/catch.hpp>

using namespace hearth;
using hearth::models::ContactTimelineModel;

TEST_CASE("The contact timeline lists notes newest first and links corrections")
{
    test::StorageFixture fixture;
    const Resident resident = fixture.store.residents().create(fixture.makeResident());
    auto contacts = fixture.store.contacts();
    Contact first;
    first.residentId = resident.id;
    first.contactOn = QDate(2026, 11, 2);
    first.type = QStringLiteral("phone");
    first.durationMinutes = 20;
    first.note = QStringLiteral("Spoke about the lunch club");
    first = contacts.add(first);
    Contact visit = first;
    visit.id.clear();
    visit.meta = {};
    visit.contactOn = QDate(2026, 11, 10);
    visit.type = QStringLiteral("visit");
    visit.note = QStringLiteral("Visited at home");
    visit.followUpDue = QDate(2026, 11, 24);
    contacts.add(visit);
    contacts.addCorrection(first.id, QStringLiteral("Spoke about the walking group"));

    ContactTimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.load(&fixture.store, resident.id);
    REQUIRE(model.rowCount() == 3);

    // The correction is dated today (22 Nov), so it comes first.
    CHECK(model.index(0, ContactTimelineModel::Note).data().toString()
          == QStringLiteral("Correction to the note of 2 Nov 2026: Spoke about the walking group"));
    CHECK(model.index(0, 0).data(ContactTimelineModel::IsCorrectionRole).toBool());
    CHECK(model.index(1, ContactTimelineModel::FollowUp).data().toString() == QStringLiteral("24 Nov 2026"));
    CHECK(model.index(2, ContactTimelineModel::Note).data().toString()
          == QStringLiteral("[Corrected on 22 Nov 2026] Spoke about the lunch club"));
    CHECK(model.index(2, ContactTimelineModel::Duration).data().toString() == QStringLiteral("20 min"));
    CHECK(model.index(2, ContactTimelineModel::Officer).data().toString() == QStringLiteral("Alex Officer"));
    CHECK(model.index(2, 0).data(ContactTimelineModel::IsCorrectedRole).toBool());
}
