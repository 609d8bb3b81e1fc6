#include "MeasurementRepository.h"
#include "StorageFixture.h"

using namespace hearth;
using namespace hearth::storage;

namespace {

Measurement ucla(const QString& residentId, const char* stage, const QDate& on,
                 std::initializer_list<std::optional<int>> responses)
{
    Measurement m;
    m.residentId = residentId;
    m.instrument = QStringLiteral("ucla3");
    m.stage = QString::fromLatin1(stage);
    m.takenOn = on;
    m.responses = responses;
    return m;
}

// The error the repository raises for this measurement; fails the test when it is accepted.
Error refusal(Store& store, const Measurement& measurement)
{
    try {
        store.measurements().add(measurement);
    } catch (const Error& error) {
        return error;
    }
    FAIL("the measurement was accepted");
    return Error(Error::Kind::Invalid, QString());
}

} // namespace

TEST_CASE("A measurement stores its raw responses, missing items included, and is audited without them",
          "[measurements]")
{
    test::StorageFixture f;
    const Resident resident = f.store.residents().create(f.makeResident());
    Measurement djg;
    djg.residentId = resident.id;
    djg.instrument = QStringLiteral("djg6");
    djg.stage = QStringLiteral("baseline");
    djg.takenOn = QDate(2026, 10, 2);
    djg.responses = {1, std::nullopt, 1, 3, 3, 2};
    const Measurement saved = f.store.measurements().add(djg);
    CHECK(isUuid(saved.id));
    CHECK(saved.officerId == f.officer.id);
    CHECK(saved.meta.rowVersion == 1);

    const auto found = f.store.measurements().find(saved.id);
    REQUIRE(found);
    CHECK(*found == saved);
    CHECK(found->responses == QList<std::optional<int>> {1, std::nullopt, 1, 3, 3, 2});

    // The stored text is the raw answers: no total is stored.
    auto raw = f.store.db().prepare(QStringLiteral("SELECT responses FROM measurements WHERE id = ?"));
    raw.bind(1, saved.id);
    REQUIRE(raw.step());
    CHECK(raw.text(0).remove(QLatin1Char(' ')) == QStringLiteral("[1,null,1,3,3,2]"));

    const auto scores = f.store.measurements().scores(*found);
    CHECK(scores.total == 5); // one missing item: the total of the other five
    CHECK(scores.missingItems == QList<int> {2});

    const auto events = f.store.audit().list({QStringLiteral("measurement"), saved.id, {}, {}, 10});
    REQUIRE(events.size() == 1);
    CHECK(events.first().action == QStringLiteral("create"));
    CHECK(events.first().summary.contains(QStringLiteral("djg6")));
    CHECK(events.first().summary.contains(QStringLiteral("baseline")));
    CHECK_FALSE(events.first().summary.contains(QStringLiteral("[1")));
}

TEST_CASE("Bad measurements are refused naming the problem and nothing is written", "[measurements]")
{
    test::StorageFixture f;
    const Resident resident = f.store.residents().create(f.makeResident());
    f.store.measurements().add(ucla(resident.id, "baseline", QDate(2026, 10, 5), {3, 3, 2}));
    f.store.measurements().add(ucla(resident.id, "review", QDate(2026, 11, 5), {2, 2, 2}));
    const qint64 measurementsBefore = f.count("measurements");
    const qint64 auditBefore = f.count("audit_events");

    SECTION("wrong number of responses")
    {
        const Error error = refusal(f.store, ucla(resident.id, "review", QDate(2026, 11, 10), {1, 2}));
        CHECK(error.kind() == Error::Kind::Invalid);
        CHECK(error.fields().first().field == QStringLiteral("responses"));
        CHECK(error.message().contains(QStringLiteral("3 items")));
    }
    SECTION("a response outside the options names the item")
    {
        const Error error = refusal(f.store, ucla(resident.id, "review", QDate(2026, 11, 10), {1, 2, 4}));
        CHECK(error.message()
              == QStringLiteral(
                  "responses[2] (item 3, 'How often do you feel isolated from others?'): 4 is not one of 1, 2, 3"));
    }
    SECTION("nothing answered")
    {
        const Error error = refusal(
            f.store, ucla(resident.id, "review", QDate(2026, 11, 10), {std::nullopt, std::nullopt, std::nullopt}));
        CHECK(error.message().contains(QStringLiteral("no item is answered")));
    }
    SECTION("a review dated before the baseline")
    {
        const Error error = refusal(f.store, ucla(resident.id, "review", QDate(2026, 10, 4), {1, 1, 1}));
        CHECK(error.fields().first().field == QStringLiteral("on"));
        CHECK(error.message().contains(QStringLiteral("before this resident's ucla3 baseline, dated 2026-10-05")));
    }
    SECTION("an exit dated before the baseline")
    {
        CHECK_THROWS_AS(f.store.measurements().add(ucla(resident.id, "exit", QDate(2026, 9, 30), {1, 1, 1})), Error);
    }
    SECTION("a second baseline on the same instrument")
    {
        const Error error = refusal(f.store, ucla(resident.id, "baseline", QDate(2026, 11, 20), {1, 1, 1}));
        CHECK(error.fields().first().field == QStringLiteral("stage"));
        CHECK(error.message().contains(QStringLiteral("already has a ucla3 baseline")));
    }
    SECTION("an unknown instrument")
    {
        Measurement m = ucla(resident.id, "review", QDate(2026, 11, 10), {1, 1, 1});
        m.instrument = QStringLiteral("gad7");
        CHECK(refusal(f.store, m).fields().first().field == QStringLiteral("instrument"));
    }
    SECTION("a date in the future")
    {
        CHECK(refusal(f.store, ucla(resident.id, "review", QDate(2026, 12, 1), {1, 1, 1})).fields().first().field
              == QStringLiteral("on"));
    }
    SECTION("an unknown resident")
    {
        const Error error = refusal(
            f.store,
            ucla(QStringLiteral("01890000-0000-7000-8000-00000000dead"), "review", QDate(2026, 11, 10), {1, 1, 1}));
        CHECK(error.kind() == Error::Kind::NotFound);
    }
    CHECK(f.count("measurements") == measurementsBefore);
    CHECK(f.count("audit_events") == auditBefore);
}

TEST_CASE("A baseline may not follow a review on the same instrument, and other instruments are separate",
          "[measurements]")
{
    test::StorageFixture f;
    const Resident resident = f.store.residents().create(f.makeResident());
    f.store.measurements().add(ucla(resident.id, "review", QDate(2026, 10, 10), {2, 2, 2}));
    CHECK_THROWS_AS(f.store.measurements().add(ucla(resident.id, "baseline", QDate(2026, 10, 20), {2, 2, 2})), Error);
    // A baseline on or before the earliest review is fine.
    CHECK_NOTHROW(f.store.measurements().add(ucla(resident.id, "baseline", QDate(2026, 10, 10), {3, 2, 2})));

    Measurement swemwbs;
    swemwbs.residentId = resident.id;
    swemwbs.instrument = QStringLiteral("swemwbs");
    swemwbs.stage = QStringLiteral("baseline");
    swemwbs.takenOn = QDate(2026, 11, 1);
    swemwbs.responses = {3, 3, 3, 3, 3, 3, 3};
    CHECK_NOTHROW(f.store.measurements().add(swemwbs));
    CHECK(f.store.measurements().forResident(resident.id).size() == 3);
    CHECK(f.store.measurements().forResident(resident.id, QStringLiteral("swemwbs")).size() == 1);
}

TEST_CASE("A resident's measurements are listed oldest first and the change runs baseline to latest", "[measurements]")
{
    test::StorageFixture f;
    const Resident resident = f.store.residents().create(f.makeResident());
    const Resident other = f.store.residents().create(f.makeResident(QStringLiteral("Ann")));
    // Entered out of order on purpose.
    f.store.measurements().add(ucla(resident.id, "review", QDate(2026, 11, 1), {2, 2, 1}));
    f.store.measurements().add(ucla(resident.id, "baseline", QDate(2026, 10, 1), {3, 3, 2}));
    f.store.measurements().add(ucla(resident.id, "exit", QDate(2026, 11, 20), {1, 1, 1}));
    f.store.measurements().add(ucla(other.id, "baseline", QDate(2026, 10, 1), {1, 1, 1}));

    const auto list = f.store.measurements().forResident(resident.id);
    REQUIRE(list.size() == 3);
    CHECK(list[0].takenOn == QDate(2026, 10, 1));
    CHECK(list[1].takenOn == QDate(2026, 11, 1));
    CHECK(list[2].takenOn == QDate(2026, 11, 20));

    const auto summary = f.store.measurements().change(resident.id, QStringLiteral("ucla3"));
    REQUIRE(summary);
    CHECK(summary->baseline.takenOn == QDate(2026, 10, 1));
    CHECK(summary->latest.takenOn == QDate(2026, 11, 20));
    REQUIRE(summary->change);
    CHECK(summary->change->direction == measures::ChangeDirection::Improved);
    CHECK(summary->change->difference == -5.0);
    CHECK(summary->change->movedOutOfLonely);

    // As of an earlier date the latest is the review.
    const auto earlier = f.store.measurements().change(resident.id, QStringLiteral("ucla3"), QDate(2026, 11, 10));
    REQUIRE(earlier);
    CHECK(earlier->latest.takenOn == QDate(2026, 11, 1));
    CHECK(earlier->change->difference == -3.0);

    // No follow-up, no change.
    CHECK_FALSE(f.store.measurements().change(other.id, QStringLiteral("ucla3")).has_value());
    CHECK_FALSE(f.store.measurements().change(resident.id, QStringLiteral("swemwbs")).has_value());
}

TEST_CASE("Without a baseline-stage measurement the earliest is the baseline", "[measurements]")
{
    QList<Measurement> measurements;
    for (const auto& [stage, day] : {std::pair {"review", 3}, std::pair {"exit", 9}}) {
        Measurement m;
        m.stage = QString::fromLatin1(stage);
        m.takenOn = QDate(2026, 10, day);
        measurements.append(m);
    }
    CHECK(baselineOf(measurements)->takenOn == QDate(2026, 10, 3));
    Measurement baseline;
    baseline.stage = QStringLiteral("baseline");
    baseline.takenOn = QDate(2026, 10, 5);
    measurements.append(baseline);
    CHECK(baselineOf(measurements)->takenOn == QDate(2026, 10, 5));
    CHECK(baselineOf({}) == nullptr);
}

TEST_CASE("Scores use the council's thresholds, saved and read back as settings", "[measurements][settings]")
{
    test::StorageFixture f;
    CouncilSettings settings = f.store.councilSettings();
    CHECK(settings.ucla3LonelyFrom == 6);
    CHECK(settings.swemwbsLowWellbeingBelow == 19.25);
    settings.councilName = QStringLiteral("Testshire");
    settings.ucla3LonelyFrom = 7;
    settings.swemwbsChange = 2.5;
    settings.swemwbsLowWellbeingBelow = 20.73;
    f.store.saveCouncilSettings(settings);
    CHECK(f.store.councilSettings() == settings);

    const Resident resident = f.store.residents().create(f.makeResident());
    const Measurement saved = f.store.measurements().add(ucla(resident.id, "baseline", QDate(2026, 10, 2), {2, 2, 2}));
    CHECK(f.store.measurements().scores(saved).lonely == false); // 6 is below the council's cut of 7
    CHECK(f.store.measurements().thresholds().swemwbsChange == 2.5);

    settings.swemwbsLowWellbeingBelow = 40.0;
    CHECK_THROWS_AS(f.store.saveCouncilSettings(settings), Error);
}
