#pragma once

// A small caseload whose KPIs for FY2026-Q1 (2026-04-01..2026-06-30) were counted by hand; the
// expected figures are written next to each record and totted up in KpiReportTests.cpp. It has
// records on the first and last days of the quarter and the days either side, soft-deleted rows,
// residents in several target groups and a case closed and then reopened.
//
// Residents, contacts, measurements and the action plan go through the repositories; the
// directory and referrals (whose repositories are not built yet) are written with SQL here.

#include "ActionPlanRepository.h"
#include "MeasurementRepository.h"
#include "StorageFixture.h"

namespace hearth::test {

struct KpiFixture : StorageFixture
{
    Ward hillside;
    QMap<QString, QString> ids; // fixture name -> resident id
    QString serviceId;
    int counter = 0;

    KpiFixture()
    {
        hillside = store.wards().save({QStringLiteral("E05000002"), QStringLiteral("Hillside"), {}});
        CouncilSettings settings = store.councilSettings();
        settings.councilName = QStringLiteral("Fixture Council");
        store.saveCouncilSettings(settings);
        addServices();
        addResidents();
        addActionPlan();
    }

    QString next(const char* prefix) { return QStringLiteral("%1-%2").arg(QLatin1String(prefix)).arg(++counter); }

    QString resident(const char* name, const QString& ward, const QDate& identifiedOn, const QStringList& groups,
                     const QString& sex = {}, const QDate& dateOfBirth = {}, std::optional<bool> engaged = {},
                     const QString& estimate = {})
    {
        Resident r = makeResident(QString::fromLatin1(name), QStringLiteral("Privateson"));
        r.wardCode = ward;
        r.identifiedOn = identifiedOn;
        r.targetGroups = groups;
        r.sex = sex;
        r.dateOfBirth = dateOfBirth;
        r.previouslyEngaged = engaged;
        r.ageBandEstimate = estimate;
        r.identifiedBy = QStringLiteral("gp_pcn");
        r.assignedOfficerId = officer.id;
        const QString id = store.residents().create(r).id;
        ids.insert(QString::fromLatin1(name), id);
        return id;
    }

    QString contact(const QString& residentId, const QDate& on)
    {
        Contact c;
        c.residentId = residentId;
        c.contactOn = on;
        c.type = QStringLiteral("phone");
        c.note = QStringLiteral("private note text about the resident");
        return store.contacts().add(c).id;
    }

    void measure(const QString& residentId, const char* stage, const QDate& on, const measures::Responses& responses)
    {
        Measurement m;
        m.residentId = residentId;
        m.instrument = QStringLiteral("ucla3");
        m.stage = QString::fromLatin1(stage);
        m.takenOn = on;
        m.responses = responses;
        lastMeasurement = store.measurements().add(m).id;
    }
    QString lastMeasurement;

    void referral(const QString& residentId, const char* status, const QDate& sentOn)
    {
        auto insert = store.db().prepare(QStringLiteral(
            "INSERT INTO referrals (id, resident_id, service_id, kind, status, created_on, sent_on, note, created_at,"
            " updated_at, site_id) VALUES (?1, ?2, ?3, 'warm', ?4, ?5, ?6, 'private referral note',"
            " '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', 'site')"));
        insert.bind(1, next("referral"))
            .bind(2, residentId)
            .bind(3, serviceId)
            .bind(4, QString::fromLatin1(status))
            .bind(5, QStringLiteral("2026-01-01"))
            .bind(6, sentOn.isValid() ? sentOn.toString(Qt::ISODate) : QString());
        insert.run();
    }

    void softDelete(const char* table, const QString& id)
    {
        auto update =
            store.db().prepare(QStringLiteral("UPDATE %1 SET deleted_at = '2026-11-01T00:00:00Z' WHERE id = ?1")
                                   .arg(QLatin1String(table)));
        update.bind(1, id);
        update.run();
    }

    QString service(const char* status, const QDate& startedOn, const QDate& endedOn, const QString& wards,
                    const QString& categories = QStringLiteral("[\"social\"]"))
    {
        const QString id = next("service");
        auto insert = store.db().prepare(QStringLiteral(
            "INSERT INTO services (id, organisation_id, name, status, categories, wards_served, started_on, ended_on,"
            " created_at, updated_at, site_id) VALUES (?1, 'org-1', 'A group', ?2, ?3, ?4, ?5, ?6,"
            " '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', 'site')"));
        insert.bind(1, id)
            .bind(2, QString::fromLatin1(status))
            .bind(3, categories)
            .bind(4, wards)
            .bind(5, startedOn.isValid() ? startedOn.toString(Qt::ISODate) : QString())
            .bind(6, endedOn.isValid() ? endedOn.toString(Qt::ISODate) : QString());
        insert.run();
        return id;
    }

    void addServices()
    {
        store.db().exec(QStringLiteral(
            "INSERT INTO organisations (id, name, created_at, updated_at, site_id) VALUES ('org-1', 'Friends of the "
            "Park', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', 'site')"));
        const QString w1 = QStringLiteral("[\"E05000001\"]");
        // S1: started on the first day, serves Riverside: available and new.
        serviceId = service("active", QDate(2026, 4, 1), {}, w1);
        // S2: no start, ended the day before: neither.
        service("active", {}, QDate(2026, 3, 31), w1);
        // S3: ended on the first day: available, not new.
        service("active", QDate(2025, 1, 1), QDate(2026, 4, 1), QStringLiteral("[\"E05000002\"]"));
        // S4: starts the day after: neither.
        service("active", QDate(2026, 7, 1), {}, w1);
        // S5: defunct, started in the period: new, not available.
        service("defunct", QDate(2026, 5, 1), {}, w1);
        // S6: deleted: neither.
        softDelete("services", service("active", QDate(2026, 5, 1), {}, w1));
        // S7: no dates, inactive, whole area, no category: available.
        service("inactive", {}, {}, QStringLiteral("[]"), QStringLiteral("[]"));
    }

    void addResidents()
    {
        const QString w1 = ward.code;
        const QString w2 = hillside.code;
        const QString female = QStringLiteral("female");
        const QString male = QStringLiteral("male");
        const QStringList older {QStringLiteral("older_people")};
        const QStringList carer {QStringLiteral("carer")};

        // Ann: identified on the first day; two target groups; 76 then (75+); contact in the period;
        // not previously engaged.
        const QString ann = resident("Ann", w1, QDate(2026, 4, 1), older + carer, female, QDate(1950, 1, 1), false);
        contact(ann, QDate(2026, 4, 15));

        // Bob: identified on the last day; 26 that day (25-34); referral sent on the last day, accepted.
        const QString bob = resident("Bob", w2, QDate(2026, 6, 30), carer, male, QDate(2000, 6, 30), true);
        referral(bob, "accepted", QDate(2026, 6, 30));

        // Cat: identified the day before; closed on the first day (improved); a contact the day
        // before; UCLA-3 9 (lonely) -> 3 (not lonely) reviewed on the last day: followed up, improved.
        const QString cat = resident("Cat", w1, QDate(2026, 3, 31), {QStringLiteral("bereaved")}, female, {}, {},
                                     QStringLiteral("65-74"));
        contact(cat, QDate(2026, 3, 31));
        measure(cat, "baseline", QDate(2026, 1, 10), {3, 3, 3});
        measure(cat, "review", QDate(2026, 6, 30), {1, 1, 1});
        store.residents().close(cat, QDate(2026, 4, 1), QStringLiteral("improved"));

        // Dan: identified the day after; a referral sent the day after.
        const QString dan = resident("Dan", w2, QDate(2026, 7, 1), carer, male);
        referral(dan, "sent", QDate(2026, 7, 1));

        // Eve: identified before; three target groups; closed in the period and reopened only on
        // 22 November, today (closed at the end of Q1: not on its register, a closure in it); a
        // contact and a declined referral in the period;
        // UCLA-3 6 -> 6: followed up, lonely both times, not improved.
        const QString eve =
            resident("Eve", w1, QDate(2025, 12, 1), older + carer + QStringList {QStringLiteral("bereaved")}, female,
                     QDate(1960, 5, 5), false);
        contact(eve, QDate(2026, 5, 1));
        referral(eve, "declined", QDate(2026, 5, 2));
        measure(eve, "baseline", QDate(2026, 2, 1), {2, 2, 2});
        measure(eve, "review", QDate(2026, 5, 1), {2, 2, 2});
        store.residents().close(eve, QDate(2026, 5, 10), QStringLiteral("moved_away"));
        store.residents().reopen(eve);

        // Fay: identified in the period, with a contact and a referral, then deleted: nothing counts.
        const QString fay = resident("Fay", w2, QDate(2026, 5, 5), older, female);
        contact(fay, QDate(2026, 5, 6));
        referral(fay, "accepted", QDate(2026, 5, 6));
        softDelete("residents", fay);

        // Gus: identified long before, no target group; closed on the last day (moved away); his only
        // contact in the period was deleted.
        const QString gus = resident("Gus", w2, QDate(2025, 6, 1), {}, male);
        softDelete("contacts", contact(gus, QDate(2026, 5, 5)));
        store.residents().close(gus, QDate(2026, 6, 30), QStringLiteral("moved_away"));

        // Hal: closed the day before the period (no contact): neither on the register nor closed in it.
        const QString hal = resident("Hal", w1, QDate(2026, 2, 1), older, male);
        store.residents().close(hal, QDate(2026, 3, 31), QStringLiteral("no_contact"));

        // Ivy: identified in the period the day before her 25th birthday (16-24); a draft referral,
        // one completed and one withdrawn; UCLA-3 8 -> 9: followed up, lonely both times.
        const QString ivy =
            resident("Ivy", w1, QDate(2026, 4, 20), {QStringLiteral("young_adult")}, female, QDate(2001, 4, 21));
        referral(ivy, "draft", {});
        referral(ivy, "completed", QDate(2026, 4, 21));
        referral(ivy, "withdrawn", QDate(2026, 4, 22));
        measure(ivy, "baseline", QDate(2026, 4, 25), {3, 3, 2});
        measure(ivy, "review", QDate(2026, 6, 30), {3, 3, 3});

        // Jo: a baseline in the period and a deleted review: not followed up.
        const QString jo = resident("Jo", w2, QDate(2026, 1, 1), {}, {});
        measure(jo, "baseline", QDate(2026, 5, 1), {1, 2, 1});
        measure(jo, "review", QDate(2026, 6, 1), {1, 1, 1});
        softDelete("measurements", lastMeasurement);
    }

    void addActionPlan()
    {
        auto plan = store.actionPlan();
        const Strategy strategy =
            plan.addStrategy({{}, QStringLiteral("Loneliness strategy"), QDate(2026, 4, 1), QDate(2027, 3, 31), {}});
        const Priority priority = plan.addPriority({{}, strategy.id, 1, QStringLiteral("Reach"), {}, {}});
        const auto item = [&](const char* title, const QDate& due) {
            ActionItem a;
            a.priorityId = priority.id;
            a.title = QString::fromLatin1(title);
            a.startOn = QDate(2026, 1, 1);
            a.dueOn = due;
            return plan.addItem(a).id;
        };
        const auto update = [&](const QString& itemId, const QDate& on, const char* status, int percent) {
            ActionUpdate u;
            u.itemId = itemId;
            u.updateOn = on;
            u.status = QString::fromLatin1(status);
            u.percentComplete = percent;
            plan.recordUpdate(u);
        };
        // A1: due the day before the end, on track: overdue.
        update(item("A1", QDate(2026, 6, 29)), QDate(2026, 5, 1), "on_track", 40);
        // A2: due on the last day, never updated: not started, not overdue.
        item("A2", QDate(2026, 6, 30));
        // A3: complete before it was due.
        update(item("A3", QDate(2026, 5, 1)), QDate(2026, 4, 20), "complete", 100);
        // A4: at risk at the end (completed only after it): overdue.
        const QString a4 = item("A4", QDate(2026, 5, 1));
        update(a4, QDate(2026, 4, 20), "at_risk", 30);
        update(a4, QDate(2026, 7, 15), "complete", 100);
    }
};

} // namespace hearth::test
