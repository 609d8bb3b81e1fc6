#include "DemoGenerator.h"

#include "ActionPlanRepository.h"
#include "AgeBand.h"
#include "AuditLog.h"
#include "DirectoryRepository.h"
#include "Interchange.h"
#include "MeasurementRepository.h"
#include "OfficerRepository.h"
#include "OpenReferral.h"
#include "ReferralRepository.h"
#include "ResidentRepository.h"
#include "Tables.h"
#include "Vocabulary.h"
#include "WardRepository.h"

#include "TestSupport.h"

#include <QRegularExpression>
#include <QSet>

using namespace hearth;
using namespace hearth::storage;

namespace {

const QDate kToday(2026, 11, 22);

// A new, empty database on a fixed clock.
struct DemoDatabase
{
    explicit DemoDatabase(const QDateTime& now = test::fixedNow())
        : clock(now)
    {
    }

    test::TempFolder folder;
    FixedClock clock;
    Store store {folder.dbPath(), Store::OpenMode::CreateNew, clock};

    demo::DemoSummary generate(int residents, std::uint64_t seed = 1)
    {
        demo::DemoOptions options;
        options.residents = residents;
        options.seed = seed;
        options.today = kToday;
        return demo::generateDemo(store, options);
    }

    qint64 scalar(const QString& sql)
    {
        auto statement = store.db().prepare(sql);
        REQUIRE(statement.step());
        return statement.integer(0);
    }

    template <class T>
    QList<T> rows(const TableSpec<T>& spec)
    {
        QList<T> result;
        auto statement = store.db().prepare(selectSql(spec));
        while (statement.step()) {
            result.append(readRow(spec, statement));
        }
        return result;
    }
};

// Where two dumps first differ, with a little context, for a failure message that fits on screen;
// empty when they are identical.
QString firstDifference(const QByteArray& a, const QByteArray& b)
{
    if (a == b) {
        return {};
    }
    qsizetype at = 0;
    while (at < a.size() && at < b.size() && a.at(at) == b.at(at)) {
        ++at;
    }
    const qsizetype from = std::max<qsizetype>(0, at - 80);
    return QStringLiteral("byte %1:\n%2\n---\n%3")
        .arg(at)
        .arg(QString::fromUtf8(a.mid(from, 160)), QString::fromUtf8(b.mid(from, 160)));
}

// The age band kpis.md uses: on the identified-on date, "unknown" without a date of birth.
QString ageBandOf(const Resident& resident)
{
    return ageBandCode(ageBandOn(resident.dateOfBirth, resident.identifiedOn));
}

} // namespace

TEST_CASE("The same seed and today give the same bytes in two new databases", "[demo]")
{
    // Different wall clocks and different site ids: neither may leak into the data.
    DemoDatabase first(test::fixedNow());
    DemoDatabase second(test::fixedNow().addDays(3).addSecs(4321));
    REQUIRE(first.store.siteId() != second.store.siteId());

    const auto a = first.generate(300, 42);
    const auto b = second.generate(300, 42);
    CHECK(a.contacts == b.contacts);
    CHECK(a.measurements == b.measurements);
    CHECK(a.measurements > 0);
    const QByteArray dumpA = dumpJson(first.store);
    const QByteArray dumpB = dumpJson(second.store);
    CHECK(dumpA.size() > 100'000);
    CHECK(firstDifference(dumpA, dumpB) == QString());

    DemoDatabase other;
    other.generate(300, 43);
    CHECK_FALSE(firstDifference(dumpJson(other.store), dumpA).isEmpty());
}

TEST_CASE("Demo rows carry the demo site id and timestamps from their own dates, not the clock", "[demo]")
{
    DemoDatabase db;
    db.generate(500, 9);
    const QString site = demo::demoSiteId(9);
    CHECK(isUuid(site));
    CHECK(site != db.store.siteId());
    CHECK(demo::demoSiteId(10) != site);
    for (const char* table : {"settings", "officers", "wards", "residents", "contacts", "measurements"}) {
        INFO(table);
        CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE site_id <> '%2'").arg(QLatin1String(table), site))
              == 0);
        // The clock says 2026-11-22 10:00; the demo's rows all predate its "today".
        CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE updated_at >= '2026-11-22' OR created_at > "
                                       "updated_at")
                            .arg(QLatin1String(table)))
              == 0);
    }
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM contacts WHERE updated_by IS NOT officer_id")) == 0);
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM residents WHERE updated_by IS NOT assigned_officer_id")) == 0);
    // Closing a case is a change: closed cases are at row version 2 or later, updated on the day.
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM residents WHERE status = 'closed' AND (row_version < 2 OR "
                                   "substr(updated_at, 1, 10) < closed_on)"))
          == 0);
    // Ids are UUIDv7 made from the row's creation time.
    for (const auto& contact : db.rows(contactTable()).mid(0, 50)) {
        CHECK(uuidV7Millis(contact.id) == contact.meta.createdAt.toMSecsSinceEpoch());
    }
}

TEST_CASE("The demo council has wards, officers, a manager and settings", "[demo]")
{
    DemoDatabase db;
    REQUIRE(db.store.actingOfficerId().isEmpty());
    const auto summary = db.generate(200);
    CHECK(summary.wards == 12);
    CHECK(summary.officers == 8);
    CHECK_FALSE(summary.cancelled);

    const auto wards = db.store.wards().list();
    CHECK(wards.size() == 12);
    for (const auto& ward : wards) {
        CHECK(ward.validate().isEmpty());
        CHECK(ward.code.startsWith(QStringLiteral("E059"))); // not a code ONS has issued
    }
    const auto officers = db.store.officers().list();
    REQUIRE(officers.size() == 8);
    int managers = 0;
    for (const auto& officer : officers) {
        CHECK(officer.validate().isEmpty());
        managers += officer.role == QStringLiteral("manager") ? 1 : 0;
    }
    CHECK(managers == 1);

    // The GUI opens as the demo's manager.
    const auto acting = db.store.officers().find(db.store.actingOfficerId());
    REQUIRE(acting);
    CHECK(acting->role == QStringLiteral("manager"));

    const CouncilSettings settings = db.store.councilSettings();
    CHECK(settings.councilName == QStringLiteral("Hearthdale Borough Council (demo)"));
    CHECK(settings.validate().isEmpty());

    // Exactly one audit event, by the acting officer, for the whole generation.
    const auto events = db.store.audit().list({});
    REQUIRE(events.size() == 1);
    CHECK(events.first().action == QStringLiteral("import"));
    CHECK(events.first().entity == QStringLiteral("database"));
    CHECK(events.first().officerId == db.store.actingOfficerId());
    CHECK(events.first().summary
          == QStringLiteral("demo data generated: 200 residents, %1 contacts, %2 services, %3 referrals")
                 .arg(summary.contacts)
                 .arg(summary.services)
                 .arg(summary.referrals));
}

TEST_CASE("An acting officer already chosen stays acting", "[demo]")
{
    DemoDatabase db;
    const Officer me =
        db.store.officers().add({{}, QStringLiteral("Local Officer"), QStringLiteral("officer"), {}, {}});
    db.store.setActingOfficer(me.id);
    db.generate(20);
    CHECK(db.store.actingOfficerId() == me.id);
    const auto events = db.store.audit().list({{}, {}, {}, QStringLiteral("import"), 10});
    REQUIRE(events.size() == 1);
    CHECK(events.first().officerId == me.id);
}

TEST_CASE("Demo caseload has the counts and shape the KPIs need", "[demo]")
{
    constexpr int n = 2000;
    DemoDatabase db;
    const auto summary = db.generate(n, 1);
    CHECK(summary.residents == n);
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM residents")) == n);
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM contacts")) == summary.contacts);
    CHECK(summary.contacts >= 3 * n);
    CHECK(summary.contacts <= 7 * n);

    // Every resident has between 1 and 12 contacts, all within the case.
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM residents r WHERE NOT EXISTS "
                                   "(SELECT 1 FROM contacts c WHERE c.resident_id = r.id)"))
          == 0);
    CHECK(db.scalar(QStringLiteral("SELECT max(k) FROM (SELECT count(*) AS k FROM contacts GROUP BY resident_id)"))
          <= 12);
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM contacts c JOIN residents r ON r.id = c.resident_id "
                                   "WHERE c.contact_on < r.identified_on OR c.contact_on > coalesce(r.closed_on, "
                                   "'2026-11-22')"))
          == 0);

    // The case closure history: each closed case's closure in force, and some open cases closed
    // once and reopened within the case.
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM residents r WHERE r.status = 'closed' AND NOT EXISTS "
                                   "(SELECT 1 FROM case_closures k WHERE k.resident_id = r.id AND k.closed_on = "
                                   "r.closed_on AND k.reopened_on IS NULL AND k.reason = r.closure_reason)"))
          == 0);
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM case_closures WHERE reopened_on IS NULL"))
          == db.scalar(QStringLiteral("SELECT count(*) FROM residents WHERE status = 'closed'")));
    const qint64 reopened =
        db.scalar(QStringLiteral("SELECT count(*) FROM case_closures WHERE reopened_on IS NOT NULL"));
    CHECK(reopened >= n / 50);
    CHECK(reopened <= n / 8);
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM case_closures k JOIN residents r ON r.id = k.resident_id "
                                   "WHERE k.reopened_on IS NOT NULL AND (r.status <> 'open' OR k.closed_on <= "
                                   "r.identified_on OR k.reopened_on <= k.closed_on OR k.reopened_on >= "
                                   "'2026-11-22' OR k.reason IS NULL)"))
          == 0);

    const auto residents = db.rows(residentTable());
    REQUIRE(residents.size() == n);

    int closed = 0;
    QMap<QString, int> bands;
    QMap<QString, int> groups;
    QSet<QString> ethnicGroups;
    QSet<QString> sexes;
    QSet<QString> identifiedBy;
    QSet<QString> closureReasons;
    int estimates = 0;
    int risk = 0;
    int engaged = 0;
    int notEngaged = 0;
    QDate earliest = kToday;
    static const QRegularExpression phone(QStringLiteral("^(07700 900|01632 960)\\d{3}$"));
    for (const auto& resident : residents) {
        closed += resident.isClosed() ? 1 : 0;
        ++bands[ageBandOf(resident)];
        for (const auto& group : resident.targetGroups) {
            ++groups[group];
        }
        ethnicGroups.insert(resident.ethnicGroup);
        sexes.insert(resident.sex);
        identifiedBy.insert(resident.identifiedBy);
        if (resident.isClosed()) {
            closureReasons.insert(resident.closureReason);
        }
        estimates += resident.ageBandEstimate.isEmpty() ? 0 : 1;
        risk += resident.hasRiskFlag() ? 1 : 0;
        engaged += resident.previouslyEngaged == true ? 1 : 0;
        notEngaged += resident.previouslyEngaged == false ? 1 : 0;
        earliest = std::min(earliest, resident.identifiedOn);
        CHECK(resident.identifiedOn < kToday);
        CHECK(resident.postcode.startsWith(QStringLiteral("QH")));
        if (!resident.phone.isEmpty()) {
            CHECK(phone.match(resident.phone).hasMatch());
        }
        if (!resident.email.isEmpty()) {
            CHECK(resident.email.contains(QStringLiteral("@example.")));
        }
        CHECK(!resident.dateOfBirth.isValid() == !resident.ageBandEstimate.isEmpty());
    }

    // Identified over the two years before today.
    CHECK(earliest >= kToday.addYears(-2));
    CHECK(earliest <= kToday.addYears(-2).addDays(30));

    // About a quarter closed, with their reasons.
    CHECK(closed >= n * 15 / 100);
    CHECK(closed <= n * 35 / 100);
    CHECK(closureReasons.size() == 7);

    // Every age band of kpis.md, mostly 65+, with a real share of young adults.
    for (const auto& code : ageBandCodes()) {
        INFO(code.toStdString());
        CHECK(bands.value(code) > 0);
    }
    CHECK(bands.value(QStringLiteral("65-74")) + bands.value(QStringLiteral("75+")) > n / 2);
    CHECK(bands.value(QStringLiteral("16-24")) >= n * 7 / 100);
    CHECK(estimates == bands.value(QStringLiteral("unknown")));

    // Older people are the largest target group; every group is represented.
    for (const auto& code : vocab::targetGroups().codes()) {
        INFO(code.toStdString());
        CHECK(groups.value(code) > 0);
        CHECK(groups.value(code) <= groups.value(QStringLiteral("older_people")));
    }

    CHECK(ethnicGroups.size() >= 17);
    CHECK(ethnicGroups.contains(QStringLiteral("white_british")));
    CHECK(sexes.size() == 3);
    CHECK(identifiedBy.size() == 8);
    CHECK(engaged > n / 5);
    CHECK(notEngaged > n / 3);
    CHECK(risk > 0);
    CHECK(risk < n / 10);

    // Follow-ups: overdue for some open cases, due today for a few, not for most.
    ResidentQuery overdue;
    overdue.followUpOverdue = true;
    overdue.today = kToday;
    const qint64 overdueCount = db.store.residents().count(overdue);
    const qint64 open = n - closed;
    CHECK(overdueCount > open / 20);
    CHECK(overdueCount < open * 2 / 5);
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM resident_activity a JOIN residents r ON r.id = a.resident_id "
                                   "WHERE r.status = 'open' AND a.next_follow_up_on = '2026-11-22'"))
          > 0);
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM contacts WHERE follow_up_due IS NOT NULL"))
          > summary.contacts / 3);
    // A closed case has nothing left to follow up.
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM resident_activity a JOIN residents r ON r.id = a.resident_id "
                                   "WHERE r.status = 'closed' AND a.next_follow_up_on IS NOT NULL"))
          == 0);
}

TEST_CASE("Every generated resident and contact passes validation and the database checks clean", "[demo]")
{
    DemoDatabase db;
    db.generate(1000, 5);

    const auto residents = db.rows(residentTable());
    REQUIRE(residents.size() == 1000);
    for (const auto& resident : residents) {
        const auto errors = resident.validate(kToday, CouncilVocabulary());
        INFO(joinErrors(errors).toStdString());
        CHECK(errors.isEmpty());
        CHECK(resident.meta.rowVersion >= 1);
    }
    const auto contacts = db.rows(contactTable());
    REQUIRE(contacts.size() >= 3000);
    int withNotes = 0;
    for (const auto& contact : contacts) {
        const auto errors = contact.validate(kToday);
        INFO(joinErrors(errors).toStdString());
        CHECK(errors.isEmpty());
        withNotes += contact.note.size() > 20 ? 1 : 0;
    }
    CHECK(withNotes == contacts.size());
    CHECK(db.store.check().isEmpty());

    // What the generator wrote round-trips through the interchange format's own checks.
    const QByteArray exported = exportJson(db.store);
    DemoDatabase copy;
    const auto imported = importJson(copy.store, exported);
    CHECK(imported.inserted.value(QStringLiteral("residents")) == 1000);
    CHECK(imported.inserted.value(QStringLiteral("contacts")) == contacts.size());
}

TEST_CASE("Search finds demo residents by name, postcode, phone and note words", "[demo]")
{
    DemoDatabase db;
    db.generate(1000, 3);
    const auto residents = db.rows(residentTable());
    const Resident& someone = residents.at(123);

    ResidentQuery query;
    query.limit = 50;
    query.search = someone.familyName.left(3);
    CHECK(db.store.residents().list(query).total > 0);
    query.search = someone.postcode;
    CHECK(db.store.residents().list(query).total > 0);
    query.search = QStringLiteral("befriending");
    CHECK(db.store.residents().list(query).total > 0);
    query.search = QStringLiteral("Smith");
    CHECK(db.store.residents().list(query).total > 5); // the commonest family name is common here too
}

TEST_CASE("The demo refuses a database that already holds residents and writes nothing", "[demo]")
{
    DemoDatabase db;
    const Ward ward = db.store.wards().save({QStringLiteral("E05000001"), QStringLiteral("Riverside"), {}});
    const Officer officer =
        db.store.officers().add({{}, QStringLiteral("Alex Officer"), QStringLiteral("officer"), {}, {}});
    db.store.setActingOfficer(officer.id);
    Resident resident;
    resident.givenName = QStringLiteral("Jean");
    resident.wardCode = ward.code;
    resident.identifiedOn = QDate(2026, 10, 1);
    db.store.residents().create(resident);

    const QByteArray before = dumpJson(db.store);
    const auto eventsBefore = db.store.audit().list({}).size();
    try {
        db.generate(50);
        FAIL("generateDemo wrote into a database that holds residents");
    } catch (const Error& error) {
        CHECK(error.kind() == Error::Kind::AlreadyExists);
        CHECK(error.message().contains(QStringLiteral("already holds residents")));
    }
    CHECK(firstDifference(dumpJson(db.store), before) == QString());
    CHECK(db.store.audit().list({}).size() == eventsBefore);
}

TEST_CASE("Generating a second demo into the same database is refused", "[demo]")
{
    DemoDatabase db;
    db.generate(30);
    const QByteArray before = dumpJson(db.store);
    CHECK_THROWS_AS(db.generate(30, 2), Error);
    CHECK(firstDifference(dumpJson(db.store), before) == QString());
}

TEST_CASE("Cancelling through progress leaves the database unchanged", "[demo]")
{
    DemoDatabase db;
    const QByteArray before = dumpJson(db.store);

    const int cancelAt = GENERATE(0, 150);
    demo::DemoOptions options;
    options.residents = 400;
    options.today = kToday;
    qint64 lastDone = -1;
    options.progress = [&](qint64 done, qint64 total) {
        CHECK(total == 400);
        CHECK(done >= lastDone);
        lastDone = done;
        return done < cancelAt;
    };
    const auto summary = demo::generateDemo(db.store, options);
    CHECK(summary.cancelled);
    CHECK(summary.residents == 0);
    CHECK(lastDone >= cancelAt);
    CHECK(lastDone < 400);

    CHECK(firstDifference(dumpJson(db.store), before) == QString());
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM residents")) == 0);
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM search_rows")) == 0);
    CHECK(db.store.audit().list({}).isEmpty());
    CHECK(db.store.actingOfficerId().isEmpty());

    // …and a later run that is not cancelled works.
    options.progress = [&](qint64 done, qint64 total) {
        lastDone = done;
        return done <= total;
    };
    const auto done = demo::generateDemo(db.store, options);
    CHECK_FALSE(done.cancelled);
    CHECK(done.residents == 400);
    CHECK(lastDone == 400);
}

TEST_CASE("The demo's today defaults to the store's clock", "[demo]")
{
    DemoDatabase db(QDateTime(QDate(2025, 3, 14), QTime(12, 0), Qt::UTC));
    demo::DemoOptions options;
    options.residents = 100;
    demo::generateDemo(db.store, options);
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM contacts WHERE contact_on >= '2025-03-14'")) == 0);
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM residents WHERE identified_on < '2023-03-14'")) == 0);
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM contacts WHERE contact_on >= '2025-02-01'")) > 0);
}

TEST_CASE("A resident count out of range is refused", "[demo]")
{
    DemoDatabase db;
    CHECK_THROWS_AS(db.generate(-1), Error);
    const auto summary = db.generate(0);
    CHECK(summary.residents == 0);
    CHECK(summary.wards == 12);
}

TEST_CASE("Demo residents have outcome measures: baselines, reviews, and about 60% improving", "[demo][measures]")
{
    constexpr int n = 2000;
    DemoDatabase db;
    const auto summary = db.generate(n, 1);
    const auto measurements = db.rows(measurementTable());
    CHECK(summary.measurements == measurements.size());

    QMap<QString, Resident> residents;
    for (const auto& resident : db.rows(residentTable())) {
        residents.insert(resident.id, resident);
    }
    // resident -> instrument -> stages, in date order
    QMap<QString, QMap<QString, QList<Measurement>>> held;
    for (const auto& m : measurements) {
        const auto errors =
            m.validate(kToday) + measures::validateResponses(*measures::instrument(m.instrument), m.responses);
        INFO(joinErrors(errors).toStdString());
        CHECK(errors.isEmpty());
        const Resident& resident = residents[m.residentId];
        // Within the case.
        CHECK(m.takenOn >= resident.identifiedOn);
        CHECK(m.takenOn <= (resident.isClosed() ? resident.closedOn : kToday.addDays(-1)));
        CHECK(m.officerId == resident.assignedOfficerId);
        held[m.residentId][m.instrument].append(m);
    }

    int ucla = 0;
    int swemwbs = 0;
    int uclaReviewed = 0;
    int reviewDue = 0;
    int improved = 0;
    int compared = 0;
    int movedOut = 0;
    auto repository = db.store.measurements();
    for (auto resident = held.cbegin(); resident != held.cend(); ++resident) {
        for (auto instrument = resident->cbegin(); instrument != resident->cend(); ++instrument) {
            QList<Measurement> list = *instrument;
            std::sort(list.begin(), list.end(), [](const auto& a, const auto& b) { return a.takenOn < b.takenOn; });
            // One baseline, first; any later ones are a review and then an exit, on later days.
            REQUIRE(list.first().stage == QStringLiteral("baseline"));
            for (qsizetype i = 1; i < list.size(); ++i) {
                CHECK(list[i].stage != QStringLiteral("baseline"));
                CHECK(list[i].takenOn > list[i - 1].takenOn);
            }
            CHECK(list.size() <= 3);
        }
        const auto& uclaList = resident->value(QStringLiteral("ucla3"));
        REQUIRE_FALSE(uclaList.isEmpty()); // SWEMWBS is asked alongside UCLA-3, never alone
        ++ucla;
        swemwbs += resident->contains(QStringLiteral("swemwbs")) ? 1 : 0;
        if (uclaList.size() > 1) {
            ++uclaReviewed;
            const auto change = repository.change(resident.key(), QStringLiteral("ucla3"));
            REQUIRE(change);
            REQUIRE(change->change);
            ++compared;
            improved += change->change->direction == measures::ChangeDirection::Improved ? 1 : 0;
            movedOut += change->change->movedOutOfLonely ? 1 : 0;
        }
        if (const auto due = reviewDueOn(uclaList, 12);
            due && *due <= kToday && !residents[resident.key()].isClosed()) {
            ++reviewDue;
        }
    }
    // Most residents have a baseline; some also SWEMWBS; many have been reviewed.
    CHECK(ucla >= n * 75 / 100);
    CHECK(ucla <= n * 90 / 100);
    CHECK(swemwbs >= ucla * 18 / 100);
    CHECK(swemwbs <= ucla * 38 / 100);
    CHECK(uclaReviewed >= ucla * 40 / 100);
    // A plausible share improves (55-65% intended), and some move out of lonely.
    CHECK(improved * 100 >= compared * 52);
    CHECK(improved * 100 <= compared * 68);
    CHECK(movedOut > 0);
    CHECK(movedOut < improved);
    // Some open cases have a review overdue, as on a real caseload.
    CHECK(reviewDue > n / 50);
    CHECK(db.store.check().isEmpty());
}

TEST_CASE("The demo directory has realistic services, some stale, that export as valid ORUK", "[demo][directory]")
{
    const std::uint64_t seed = GENERATE(1, 2, 3, 4, 5);
    DemoDatabase db;
    const auto summary = db.generate(50, seed);
    DirectoryRepository directory(db.store);
    const auto services = directory.services();
    CHECK(summary.services == services.size());
    CHECK(services.size() >= 40);
    QSet<QString> categories;
    int councilWide = 0;
    int withTransport = 0;
    for (const auto& service : services) {
        INFO(service.name.toStdString());
        CHECK(service.validate(CouncilVocabulary()).isEmpty());
        CHECK(service.isRunningDuring(kToday, kToday) == (service.status != QStringLiteral("defunct")));
        for (const auto& category : service.categories) {
            categories.insert(category);
        }
        councilWide += service.wardsServed.isEmpty() ? 1 : 0;
        withTransport += service.transportProvided ? 1 : 0;
        const auto problem = JsonSchemaSet::openReferralUk().validate(toOpenReferralService(directory.entry(service)),
                                                                      QStringLiteral("service.json"));
        CHECK_FALSE(problem);
    }
    CHECK(categories.size() >= 12);
    CHECK(councilWide >= 5);
    CHECK(withTransport >= 5);
    const auto stale = directory.staleServices(kToday);
    CHECK(stale.size() >= 5);
    CHECK(stale.size() < services.size() / 2);
    for (const auto& service : db.rows(locationTable())) {
        CHECK(service.validate().isEmpty());
    }
    for (const auto& schedule : db.rows(scheduleTable())) {
        CHECK(schedule.validate().isEmpty());
    }
}

TEST_CASE("The demo has referrals in every state, each with a history the state machine allows", "[demo][referral]")
{
    const std::uint64_t seed = GENERATE(1, 2, 3);
    DemoDatabase db;
    const auto summary = db.generate(60, seed);
    CHECK(summary.referrals > 9);
    ReferralRepository referrals(db.store);
    QSet<ReferralStatus> seen;
    for (const auto& referral : db.rows(referralTable())) {
        INFO(referral.id.toStdString());
        seen.insert(referral.status);
        CHECK(referral.validate(kToday).isEmpty());
        const auto history = referrals.history(referral.id);
        REQUIRE_FALSE(history.isEmpty());
        CHECK_FALSE(history.first().fromStatus);
        CHECK(history.first().toStatus == ReferralStatus::Draft);
        CHECK(history.first().on == referral.createdOn);
        for (qsizetype i = 1; i < history.size(); ++i) {
            REQUIRE(history[i].fromStatus);
            CHECK(*history[i].fromStatus == history[i - 1].toStatus);
            CHECK(canTransition(*history[i].fromStatus, history[i].toStatus));
            CHECK(history[i].on >= history[i - 1].on);
            CHECK(history[i].on < kToday);
        }
        CHECK(history.last().toStatus == referral.status);
        CHECK(referral.meta.rowVersion == history.size());
    }
    CHECK(seen.size() == allReferralStatuses().size());
}

TEST_CASE("The gap analysis shows the demo's known gap: no lunch club in Cindermoor", "[demo][gaps]")
{
    DemoDatabase db;
    db.generate(300);
    DirectoryRepository directory(db.store);
    const auto cells = directory.gaps(kToday);
    bool found = false;
    int gaps = 0;
    for (const auto& cell : cells) {
        gaps += cell.isGap() ? 1 : 0;
        if (cell.wardCode == QStringLiteral("E05900007") && cell.category == QStringLiteral("lunch_club")) {
            found = true;
            CHECK(cell.services == 0);
            CHECK(cell.residents > 0);
            CHECK(cell.isGap());
        }
        if (cell.wardCode == QStringLiteral("E05900001") && cell.category == QStringLiteral("lunch_club")) {
            CHECK_FALSE(cell.isGap());
        }
    }
    CHECK(found);
    CHECK(gaps < cells.size() / 2); // a directory with gaps, not a directory of gaps
}

TEST_CASE("The demo's action plan has every status, dated histories and items needing attention", "[demo]")
{
    DemoDatabase db;
    const demo::DemoSummary summary = db.generate(20);
    auto plan = db.store.actionPlan();
    const QList<Strategy> strategies = plan.strategies();
    REQUIRE(strategies.size() == 1);
    CHECK(strategies.first().title == QStringLiteral("Tackling loneliness together 2025–2028"));
    CHECK(strategies.first().periodFrom == QDate(2025, 4, 1));
    CHECK(strategies.first().periodTo == QDate(2028, 3, 31));
    const QList<Priority> priorities = plan.priorities(strategies.first().id);
    REQUIRE(priorities.size() == 5);
    CHECK(priorities.first().title.contains(QStringLiteral("awareness")));

    const QList<ActionItem> items = plan.items();
    CHECK(summary.actionItems == items.size());
    QSet<QString> statuses;
    QSet<QString> leads;
    QSet<QString> partners;
    QMap<QString, int> perPriority;
    qint64 updates = 0;
    for (const auto& item : items) {
        INFO(item.title.toStdString());
        CHECK(item.validate().isEmpty());
        const QList<ActionUpdate> history = plan.updates(item.id);
        updates += history.size();
        // The item's own status is its latest update's, and every update is in the past.
        CHECK(statusAsOf(item, history, kToday) == item.status);
        for (const auto& update : history) {
            CHECK(update.validate(kToday).isEmpty());
            CHECK(update.updateOn < kToday);
            CHECK_FALSE(update.commentary.isEmpty());
        }
        if (item.status == QLatin1String("complete")) {
            CHECK(item.percentComplete == 100);
        }
        statuses.insert(item.status);
        leads.insert(item.leadOfficerId);
        partners.insert(item.partnerOrganisation);
        ++perPriority[item.priorityId];
    }
    CHECK(summary.actionUpdates == updates);
    CHECK(updates > items.size());
    const QStringList allStatuses = vocab::actionStatuses().codes();
    CHECK(statuses == QSet<QString>(allStatuses.begin(), allStatuses.end()));
    CHECK(leads.size() >= 5);
    for (const char* partner :
         {"Age UK Hearthdale", "Citizens Advice Hearthdale", "Hearthdale CVS", "NHS Hearthdale and District ICB"}) {
        CHECK(partners.contains(QString::fromUtf8(partner)));
    }
    for (const auto& priority : priorities) {
        CHECK(perPriority.value(priority.id) >= 3);
        CHECK(perPriority.value(priority.id) <= 5);
    }

    // The manager's review finds every kind of reason.
    QSet<QString> reasons;
    for (const auto& each : plan.attention(kToday)) {
        for (const auto& reason : each.reasons) {
            reasons.insert(reason);
        }
    }
    CHECK(reasons
          == QSet<QString> {QStringLiteral("overdue"), QStringLiteral("at_risk"), QStringLiteral("off_track"),
                            QStringLiteral("no_recent_update")});
}
