#include "KpiQueries.h"

#include "ActionPlanRepository.h"
#include "Store.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <utility>

namespace hearth::storage {

namespace {

QDate dateOf(const sql::Statement& statement, int column)
{
    return statement.isNull(column) ? QDate() : QDate::fromString(statement.text(column), Qt::ISODate);
}

// Target groups, categories and wards are JSON arrays of codes; the same few arrays recur, so each
// distinct text is parsed once.
class CodeListCache
{
public:
    const QStringList& parse(const QString& json)
    {
        auto found = m_cache.constFind(json);
        if (found != m_cache.constEnd()) {
            return *found;
        }
        QStringList codes;
        for (const auto& value : QJsonDocument::fromJson(json.toUtf8()).array()) {
            if (value.isString() && !value.toString().isEmpty()) {
                codes.append(value.toString());
            }
        }
        return *m_cache.insert(json, codes);
    }

private:
    QHash<QString, QStringList> m_cache;
};

std::optional<bool> optionalBool(const sql::Statement& statement, int column)
{
    if (statement.isNull(column)) {
        return std::nullopt;
    }
    return statement.integer(column) != 0;
}

} // namespace

kpi::Facts KpiQueries::facts(const Period& period, const QString& primaryInstrument)
{
    sql::Connection& db = m_store.db();
    const QString from = period.from.toString(Qt::ISODate);
    const QString to = period.to.toString(Qt::ISODate);
    kpi::Facts facts;
    CodeListCache codes;

    // Every live resident: the register and closures need them all, referrals and measures look
    // up their resident's breakdown. The current closure of a closed case is an episode in force
    // (whether or not schema 12's history holds it); a reopened case's past closures are in
    // case_closures.
    auto residents = db.prepare(QStringLiteral(
        "SELECT id, ward_code, target_groups, date_of_birth, age_band_estimate, sex, identified_by,"
        " assigned_officer_id, previously_engaged, identified_on,"
        " CASE WHEN status = 'closed' THEN closed_on END, CASE WHEN status = 'closed' THEN closure_reason END"
        " FROM residents WHERE deleted_at IS NULL"));
    QHash<QString, qsizetype> residentIndex;
    while (residents.step()) {
        kpi::ResidentFacts resident;
        resident.id = residents.text(0);
        resident.wardCode = residents.text(1);
        resident.targetGroups = codes.parse(residents.text(2));
        resident.dateOfBirth = dateOf(residents, 3);
        resident.ageBandEstimate = residents.text(4);
        resident.sex = residents.text(5);
        resident.identifiedBy = residents.text(6);
        resident.officerId = residents.text(7);
        resident.previouslyEngaged = optionalBool(residents, 8);
        resident.identifiedOn = dateOf(residents, 9);
        if (const QDate closedOn = dateOf(residents, 10); closedOn.isValid()) {
            resident.closures.append({closedOn, {}, residents.text(11)});
        }
        residentIndex.insert(resident.id, facts.residents.size());
        facts.residents.append(std::move(resident));
    }
    // Past closures: only those closed on or before `to` can be in force at a date of the period.
    auto closures = db.prepare(QStringLiteral("SELECT resident_id, closed_on, reopened_on, reason FROM case_closures"
                                              " WHERE deleted_at IS NULL AND closed_on <= ?1"));
    closures.bind(1, to);
    while (closures.step()) {
        const auto found = residentIndex.constFind(closures.text(0));
        if (found == residentIndex.constEnd()) {
            continue;
        }
        facts.residents[*found].closures.append({dateOf(closures, 1), dateOf(closures, 2), closures.text(3)});
    }

    // The queries below do not join residents: a row of a deleted resident is dropped by the rules,
    // which count only the residents among facts.residents. (The join cost a random read of a
    // resident row per contact: most of the time at 100,000 residents, docs/performance.md.)

    // Contacts with the resident in the period (a correction of a note is not a contact).
    auto contacts = db.prepare(
        QStringLiteral("SELECT DISTINCT resident_id FROM contacts"
                       " WHERE contact_on BETWEEN ?1 AND ?2 AND deleted_at IS NULL AND corrects_contact_id IS NULL"));
    contacts.bind(1, from).bind(2, to);
    while (contacts.step()) {
        facts.contactedResidentIds.insert(contacts.text(0));
    }

    auto referrals =
        db.prepare(QStringLiteral("SELECT resident_id, status, sent_on FROM referrals"
                                  " WHERE sent_on BETWEEN ?1 AND ?2 AND status <> 'draft' AND deleted_at IS NULL"));
    referrals.bind(1, from).bind(2, to);
    while (referrals.step()) {
        facts.referrals.append({referrals.text(0), referrals.text(1), dateOf(referrals, 2)});
    }

    // Measurements on the primary instrument up to the period's end, of residents measured in it.
    auto measurements =
        db.prepare(QStringLiteral("SELECT m.resident_id, m.stage, m.taken_on, m.responses FROM measurements m"
                                  " WHERE m.instrument = ?3 AND m.taken_on <= ?2 AND m.deleted_at IS NULL"
                                  " AND m.resident_id IN (SELECT resident_id FROM measurements"
                                  "  WHERE instrument = ?3 AND taken_on BETWEEN ?1 AND ?2 AND deleted_at IS NULL)"
                                  " ORDER BY m.resident_id, m.taken_on, m.created_at, m.id"));
    measurements.bind(1, from).bind(2, to).bind(3, primaryInstrument);
    while (measurements.step()) {
        kpi::MeasurementFacts measurement;
        measurement.residentId = measurements.text(0);
        measurement.stage = measurements.text(1);
        measurement.takenOn = dateOf(measurements, 2);
        for (const auto& value : QJsonDocument::fromJson(measurements.text(3).toUtf8()).array()) {
            measurement.responses.append(value.isDouble() ? std::optional<int>(value.toInt()) : std::nullopt);
        }
        facts.measurements[measurement.residentId].append(std::move(measurement));
    }

    auto services =
        db.prepare(QStringLiteral("SELECT status, started_on, ended_on, categories, wards_served FROM services"
                                  " WHERE deleted_at IS NULL"));
    while (services.step()) {
        kpi::ServiceFacts service;
        service.status = services.text(0);
        service.startedOn = dateOf(services, 1);
        service.endedOn = dateOf(services, 2);
        service.categories = codes.parse(services.text(3));
        service.wardsServed = codes.parse(services.text(4));
        facts.services.append(std::move(service));
    }

    ActionPlanRepository plan = m_store.actionPlan();
    for (const auto& item : plan.items()) {
        facts.actions.append({item, plan.updates(item.id)});
    }
    return facts;
}

QMap<QString, QString> KpiQueries::wardNames()
{
    QMap<QString, QString> names;
    auto statement = m_store.db().prepare(QStringLiteral("SELECT code, name FROM wards WHERE deleted_at IS NULL"));
    while (statement.step()) {
        names.insert(statement.text(0), statement.text(1));
    }
    return names;
}

QMap<QString, QString> KpiQueries::officerNames()
{
    QMap<QString, QString> names;
    auto statement =
        m_store.db().prepare(QStringLiteral("SELECT id, display_name FROM officers WHERE deleted_at IS NULL"));
    while (statement.step()) {
        names.insert(statement.text(0), statement.text(1));
    }
    return names;
}

QMap<QString, QString> KpiQueries::categoryNames()
{
    QMap<QString, QString> names;
    auto statement =
        m_store.db().prepare(QStringLiteral("SELECT code, name FROM taxonomy_terms WHERE deleted_at IS NULL"));
    while (statement.step()) {
        names.insert(statement.text(0), statement.text(1));
    }
    return names;
}

} // namespace hearth::storage
