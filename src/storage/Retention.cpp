#include "Retention.h"

#include <QCoreApplication>

#include "AgeBand.h"
#include "AuditLog.h"
#include "Kpi.h"
#include "Logging.h"
#include "Store.h"
#include "SyncRepository.h"

#include <cmath>

namespace hearth::storage {

namespace {

// The resident's own fields that anonymising erases (all but the statistical ones).
const char* const kErasedResidentColumns[] = {
    "given_name",
    "family_name",
    "preferred_name",
    "date_of_birth",
    "gender_same_as_sex",
    "gender_identity",
    "ethnic_group",
    "long_term_condition",
    "activity_limitation",
    "address_line1",
    "address_line2",
    "town",
    "postcode",
    "phone",
    "email",
    "preferred_contact",
    "lives_alone",
    "is_carer",
    "consent_date",
    "lawful_basis",
    "crisis_since",
    "safeguarding_since",
};

// SQL true when the resident row `r` still holds personal data anonymising erases.
QString holdsPersonalDataCondition()
{
    QStringList parts;
    for (const char* column : kErasedResidentColumns) {
        parts.append(QStringLiteral("r.%1 IS NOT NULL").arg(QLatin1String(column)));
    }
    parts.append(QStringLiteral("r.barriers <> '[]'"));
    parts.append(QStringLiteral("EXISTS (SELECT 1 FROM contacts c WHERE c.resident_id = r.id AND c.note IS NOT NULL)"));
    parts.append(QStringLiteral("EXISTS (SELECT 1 FROM referrals f WHERE f.resident_id = r.id AND (f.note IS NOT NULL "
                                "OR f.outcome IS NOT NULL))"));
    parts.append(QStringLiteral("EXISTS (SELECT 1 FROM referral_events e JOIN referrals f ON f.id = e.referral_id"
                                " WHERE f.resident_id = r.id AND e.note IS NOT NULL)"));
    return QStringLiteral("(") + parts.join(QStringLiteral(" OR ")) + QStringLiteral(")");
}

double yearsBetween(const QDate& from, const QDate& to)
{
    return std::round(static_cast<double>(from.daysTo(to)) / 365.25 * 10.0) / 10.0;
}

} // namespace

QList<RetentionDue> Retention::due(const QDate& asOf, int years)
{
    // closed_on + years <= asOf  <=>  closed_on <= asOf - years (whole calendar years, as addYears).
    const QDate latestClosure = asOf.addYears(-years);
    auto statement = m_store.db().prepare(
        QStringLiteral("SELECT r.id, r.closed_on FROM residents r"
                       " WHERE r.deleted_at IS NULL AND r.status = 'closed' AND r.closed_on IS NOT NULL"
                       " AND r.closed_on <= ?1 AND ")
        + holdsPersonalDataCondition() + QStringLiteral(" ORDER BY r.closed_on, r.id"));
    statement.bind(1, latestClosure.toString(Qt::ISODate));
    QList<RetentionDue> list;
    while (statement.step()) {
        RetentionDue entry;
        entry.residentId = statement.text(0);
        entry.closedOn = QDate::fromString(statement.text(1), Qt::ISODate);
        if (!entry.closedOn.isValid()) {
            continue;
        }
        entry.dueOn = entry.closedOn.addYears(years);
        entry.yearsPast = yearsBetween(entry.dueOn, asOf);
        list.append(entry);
    }
    return list;
}

bool Retention::holdsPersonalData(const QString& residentId)
{
    auto statement = m_store.db().prepare(QStringLiteral("SELECT 1 FROM residents r WHERE r.id = ?1 AND ")
                                          + holdsPersonalDataCondition());
    statement.bind(1, residentId);
    return statement.step();
}

qint64 Retention::anonymise(const QStringList& residentIds, const QString& reason, const QDate& asOf, int years,
                            const std::function<bool(qint64, qint64)>& progress)
{
    if (reason.trimmed().isEmpty()) {
        throw Error({{QStringLiteral("reason"),
                      QCoreApplication::translate("hearth::storage", "Give the reason for anonymising.")}});
    }
    auto& db = m_store.db();
    const QDate latestClosure = asOf.addYears(-years);
    sql::Transaction transaction(db);
    SyncRepository sync(m_store);
    sync.capture(); // earlier edits keep their own version, apart from this change
    const QString now = isoTimestamp(m_store.clock().nowUtc());
    const QString officer = m_store.actingOfficerId();
    const QString site = m_store.siteId();
    const qint64 total = residentIds.size();
    QList<QPair<QString, QString>> changedRows;
    qint64 done = 0;
    for (const QString& id : residentIds) {
        if (progress && !progress(done, total)) {
            return -1; // the transaction rolls back
        }
        auto read =
            db.prepare(QStringLiteral("SELECT status, closed_on, date_of_birth, age_band_estimate, identified_on"
                                      " FROM residents WHERE id = ?1 AND deleted_at IS NULL"));
        read.bind(1, id);
        if (!read.step()) {
            throw Error(Error::Kind::NotFound,
                        QCoreApplication::translate("hearth::storage", "There is no resident %1.").arg(id));
        }
        const QDate closedOn = QDate::fromString(read.text(1), Qt::ISODate);
        if (read.text(0) != QLatin1String("closed") || !closedOn.isValid()) {
            throw Error(Error::Kind::Invalid,
                        QCoreApplication::translate(
                            "hearth::storage", "Resident %1 is not a closed case; only closed cases are anonymised.")
                            .arg(id));
        }
        if (closedOn > latestClosure) {
            throw Error(
                Error::Kind::Invalid,
                QCoreApplication::translate("hearth::storage",
                                            "Resident %1 was closed on %2, less than %3 years before %4: not yet due.")
                    .arg(id, closedOn.toString(Qt::ISODate))
                    .arg(years)
                    .arg(asOf.toString(Qt::ISODate)));
        }
        // The age band the KPIs use (on the identified-on date), kept in place of the date of birth.
        kpi::ResidentFacts facts;
        facts.dateOfBirth = QDate::fromString(read.text(2), Qt::ISODate);
        facts.ageBandEstimate = read.text(3);
        facts.identifiedOn = QDate::fromString(read.text(4), Qt::ISODate);
        // "unknown" is not a stored estimate: no estimate gives the same band.
        const QString band = kpi::ageBandKey(facts);
        const QString ageBand = band == ageBandCode(AgeBand::Unknown) ? QString() : band;

        QStringList assignments;
        for (const char* column : kErasedResidentColumns) {
            assignments.append(QStringLiteral("%1 = NULL").arg(QLatin1String(column)));
        }
        auto update =
            db.prepare(QStringLiteral("UPDATE residents SET ") + assignments.join(QStringLiteral(", "))
                       + QStringLiteral(
                           ", barriers = '[]', age_band_estimate = ?2, updated_at = ?3, updated_by = ?4, site_id = ?5,"
                           " row_version = row_version + 1 WHERE id = ?1"));
        update.bind(1, id).bind(2, ageBand).bind(3, now).bind(4, officer).bind(5, site).run();
        changedRows.append({QStringLiteral("residents"), id});

        const auto eraseText = [&](const QString& table, const QString& select, const QString& set) {
            QStringList keys;
            auto rows = db.prepare(select);
            rows.bind(1, id);
            while (rows.step()) {
                keys.append(rows.text(0));
            }
            auto erase = db.prepare(QStringLiteral("UPDATE %1 SET %2, updated_at = ?2, updated_by = ?3, site_id = ?4,"
                                                   " row_version = row_version + 1 WHERE id = ?1")
                                        .arg(table, set));
            for (const auto& key : keys) {
                erase.bind(1, key).bind(2, now).bind(3, officer).bind(4, site).run();
                erase.reset();
                changedRows.append({table, key});
            }
        };
        eraseText(QStringLiteral("contacts"),
                  QStringLiteral("SELECT id FROM contacts WHERE resident_id = ?1 AND note IS NOT NULL"),
                  QStringLiteral("note = NULL"));
        eraseText(QStringLiteral("referrals"),
                  QStringLiteral("SELECT id FROM referrals WHERE resident_id = ?1"
                                 " AND (note IS NOT NULL OR outcome IS NOT NULL)"),
                  QStringLiteral("note = NULL, outcome = NULL"));
        eraseText(QStringLiteral("referral_events"),
                  QStringLiteral("SELECT e.id FROM referral_events e JOIN referrals f ON f.id = e.referral_id"
                                 " WHERE f.resident_id = ?1 AND e.note IS NOT NULL"),
                  QStringLiteral("note = NULL"));
        m_store.audit().record(officer, QStringLiteral("anonymise"), QStringLiteral("resident"), id,
                               QStringLiteral("anonymised after the retention period (closed %1): %2")
                                   .arg(closedOn.toString(Qt::ISODate), reason.trimmed()));
        ++done;
    }
    if (progress && !progress(done, total)) {
        return -1;
    }
    // Version the change for sync, then forget the values it replaced: sync keeps each field's
    // previous value as a conflict base, and an erased name must not survive there or travel.
    sync.capture();
    for (const auto& [table, key] : changedRows) {
        auto state = sync.state(table, key);
        if (!state) {
            continue;
        }
        for (auto& field : state->fields) {
            field.previous.reset();
        }
        sync.saveState(*state);
        auto conflicts = db.prepare(QStringLiteral("DELETE FROM sync_conflicts WHERE tbl = ?1 AND key = ?2"));
        conflicts.bind(1, table).bind(2, key).run();
    }
    transaction.commit();
    storageLog()->info("anonymised {} closed cases past the retention period", done);
    return done;
}

} // namespace hearth::storage
