#include "SubjectAccessFacts.h"

#include <QCoreApplication>

#include "AuditLog.h"
#include "MeasurementRepository.h"
#include "OfficerRepository.h"
#include "Records.h"
#include "ReferralRepository.h"
#include "Store.h"
#include "Tables.h"
#include "WardRepository.h"

#include <algorithm>
#include <limits>

namespace hearth::storage {

namespace {

// Every row of a table that belongs to the resident, soft-deleted ones too, oldest first.
template <class T>
QList<T> rowsOf(Store& store, const TableSpec<T>& spec, const QString& residentId)
{
    auto statement = store.db().prepare(
        selectSql(spec) + QStringLiteral(" WHERE resident_id = ? ORDER BY created_at, %1").arg(spec.keyColumn()));
    statement.bind(1, residentId);
    QList<T> rows;
    while (statement.step()) {
        rows.append(readRow(spec, statement));
    }
    return rows;
}

} // namespace

SubjectAccessFacts readSubjectAccess(Store& store, const QString& residentId)
{
    const auto resident = findRow(store.db(), residentTable(), residentId);
    if (!resident) {
        throw Error(Error::Kind::NotFound,
                    QCoreApplication::translate("hearth::storage", "There is no resident %1.").arg(residentId));
    }
    SubjectAccessFacts facts;
    facts.resident = *resident;
    if (const auto ward = store.wards().find(resident->wardCode)) {
        facts.wardName = ward->name;
    }
    facts.contacts = rowsOf(store, contactTable(), residentId);

    MeasurementRepository measurements(store);
    for (const auto& measurement : rowsOf(store, measurementTable(), residentId)) {
        facts.measurements.append({measurement, measurements.scores(measurement)});
    }

    ReferralRepository referrals(store);
    auto& serviceName = store.db().cached(QStringLiteral("SELECT name FROM services WHERE id = ?"));
    for (const auto& referral : rowsOf(store, referralTable(), residentId)) {
        SubjectAccessFacts::ReferralFacts entry;
        entry.referral = referral;
        serviceName.bind(1, referral.serviceId);
        if (serviceName.step()) {
            entry.serviceName = serviceName.text(0);
        }
        serviceName.reset();
        entry.history = referrals.history(referral.id);
        facts.referrals.append(entry);
    }

    AuditLog::Filter filter;
    filter.residentId = residentId;
    filter.limit = std::numeric_limits<int>::max();
    facts.audit = store.audit().list(filter);
    std::reverse(facts.audit.begin(), facts.audit.end());

    facts.councilName = store.councilSettings().councilName;
    facts.producedAt = store.clock().nowUtc();
    facts.producedBy = store.actingOfficerId();

    QStringList officerIds {resident->assignedOfficerId, facts.producedBy};
    for (const auto& contact : std::as_const(facts.contacts)) {
        officerIds.append(contact.officerId);
    }
    for (const auto& entry : std::as_const(facts.measurements)) {
        officerIds.append(entry.measurement.officerId);
    }
    for (const auto& entry : std::as_const(facts.referrals)) {
        officerIds.append(entry.referral.officerId);
        for (const auto& event : entry.history) {
            officerIds.append(event.officerId);
        }
    }
    for (const auto& event : std::as_const(facts.audit)) {
        officerIds.append(event.officerId);
    }
    OfficerRepository officers(store);
    for (const auto& id : std::as_const(officerIds)) {
        if (!id.isEmpty() && !facts.officerNames.contains(id)) {
            const auto officer = officers.find(id);
            facts.officerNames.insert(id, officer ? officer->displayName : id);
        }
    }
    return facts;
}

} // namespace hearth::storage
