#include "ReferralRepository.h"

#include <QCoreApplication>

#include "AuditLog.h"
#include "DirectoryRepository.h"
#include "OfficerRepository.h"
#include "ResidentRepository.h"
#include "Store.h"
#include "Tables.h"

#include <algorithm>

namespace hearth::storage {

ReferralEvent ReferralRepository::appendEvent(const Referral& referral, std::optional<ReferralStatus> from,
                                              const QDate& on, const QString& note)
{
    ReferralEvent event;
    event.id = m_store.ids().next(m_store.clock().nowUtc());
    event.referralId = referral.id;
    event.fromStatus = from;
    event.toStatus = referral.status;
    event.on = on;
    event.officerId = m_store.actingOfficerId();
    event.note = note;
    event.meta = m_store.newRowMeta();
    insertRow(m_store.db(), referralEventTable(), event);
    return event;
}

Referral ReferralRepository::add(Referral referral, bool sendNow)
{
    referral.id = m_store.ids().next(m_store.clock().nowUtc());
    referral.status = ReferralStatus::Draft;
    referral.sentOn = {};
    if (referral.officerId.isEmpty()) {
        referral.officerId = m_store.actingOfficerId();
    }
    if (!referral.createdOn.isValid()) {
        referral.createdOn = m_store.clock().today();
    }
    if (const auto errors = referral.validate(m_store.clock().today()); !errors.isEmpty()) {
        throw Error(errors);
    }
    const auto resident = m_store.residents().find(referral.residentId);
    if (!resident) {
        throw Error(Error::Kind::NotFound,
                    QCoreApplication::translate("hearth::storage", "resident: no resident has the id %1")
                        .arg(referral.residentId));
    }
    if (resident->isClosed()) {
        throw Error({{QStringLiteral("resident"),
                      QCoreApplication::translate("hearth::storage", "the case is closed; reopen it to refer")}});
    }
    const Service service = DirectoryRepository(m_store).requireService(referral.serviceId);
    if (service.status == QLatin1String("defunct")) {
        throw Error({{QStringLiteral("service"),
                      QCoreApplication::translate("hearth::storage", "%1 is defunct").arg(referral.serviceId)}});
    }
    if (!referral.officerId.isEmpty() && !m_store.officers().find(referral.officerId)) {
        throw Error(
            {{QStringLiteral("officer"),
              QCoreApplication::translate("hearth::storage", "no officer has the id %1").arg(referral.officerId)}});
    }
    referral.meta = m_store.newRowMeta();
    sql::Transaction transaction(m_store.db());
    insertRow(m_store.db(), referralTable(), referral);
    appendEvent(referral, std::nullopt, referral.createdOn, {});
    m_store.audit().record(
        m_store.actingOfficerId(), QStringLiteral("create"), QStringLiteral("referral"), referral.id,
        QStringLiteral("%1 of resident %2 to service %3")
            .arg(referral.kind == QLatin1String("signpost") ? QStringLiteral("signpost") : QStringLiteral("referral"),
                 referral.residentId, referral.serviceId));
    transaction.commit();
    if (sendNow) {
        return transition(referral.id, ReferralStatus::Sent, referral.createdOn);
    }
    return referral;
}

Referral ReferralRepository::transition(const QString& id, ReferralStatus to, const QDate& on, const QString& note,
                                        const QString& outcome)
{
    Referral referral = require(id);
    const ReferralStatus from = referral.status;
    if (const QString refusal = transitionRefusal(from, to); !refusal.isEmpty()) {
        throw Error({{QStringLiteral("status"), refusal}});
    }
    if (!on.isValid()) {
        throw Error({{QStringLiteral("on"), QCoreApplication::translate("hearth::storage", "is required")}});
    }
    if (on > m_store.clock().today()) {
        throw Error(
            {{QStringLiteral("on"),
              QCoreApplication::translate("hearth::storage", "%1 is in the future").arg(on.toString(Qt::ISODate))}});
    }
    const QList<ReferralEvent> past = history(id);
    if (!past.isEmpty() && on < past.last().on) {
        throw Error({{QStringLiteral("on"),
                      QCoreApplication::translate("hearth::storage", "%1 is before the referral's latest change, on %2")
                          .arg(on.toString(Qt::ISODate), past.last().on.toString(Qt::ISODate))}});
    }
    referral.status = to;
    if (to == ReferralStatus::Sent) {
        referral.sentOn = on;
    }
    if (!outcome.isEmpty()) {
        referral.outcome = outcome;
    }
    if (const auto errors = referral.validate(m_store.clock().today()); !errors.isEmpty()) {
        throw Error(errors);
    }
    m_store.touch(referral.meta);
    sql::Transaction transaction(m_store.db());
    updateRow(m_store.db(), referralTable(), referral);
    appendEvent(referral, from, on, note);
    m_store.audit().record(m_store.actingOfficerId(), QStringLiteral("update"), QStringLiteral("referral"), referral.id,
                           QStringLiteral("status %1 -> %2 on %3")
                               .arg(referralStatusCode(from), referralStatusCode(to), on.toString(Qt::ISODate)));
    transaction.commit();
    return referral;
}

std::optional<Referral> ReferralRepository::find(const QString& id)
{
    auto row = findRow(m_store.db(), referralTable(), id);
    return row && !row->meta.isDeleted() ? row : std::nullopt;
}

Referral ReferralRepository::require(const QString& id)
{
    if (auto referral = find(id)) {
        return *referral;
    }
    throw Error(Error::Kind::NotFound,
                QCoreApplication::translate("hearth::storage", "referral: no referral has the id %1").arg(id));
}

QList<ReferralEvent> ReferralRepository::history(const QString& referralId)
{
    QList<ReferralEvent> rows;
    auto statement = m_store.db().prepare(
        selectSql(referralEventTable())
        + QStringLiteral(" WHERE referral_id = ?1 AND deleted_at IS NULL ORDER BY event_on, created_at, id"));
    statement.bind(1, referralId);
    while (statement.step()) {
        rows.append(readRow(referralEventTable(), statement));
    }
    return rows;
}

QList<ReferralRepository::Row> ReferralRepository::list(const Query& query, const QDate& today)
{
    QStringList columns;
    for (const auto& column : columnsOf(referralTable())) {
        columns.append(QStringLiteral("r.") + column);
    }
    auto statement =
        m_store.db().prepare(QStringLiteral("SELECT %1, s.name FROM referrals r JOIN services s ON s.id = r.service_id"
                                            " WHERE r.deleted_at IS NULL AND (?1 IS NULL OR r.status = ?1)"
                                            " AND (?2 IS NULL OR r.resident_id = ?2)")
                                 .arg(columns.join(QStringLiteral(", "))));
    statement.bind(1, query.status ? referralStatusCode(*query.status) : QString());
    statement.bind(2, query.residentId);
    const int days = m_store.councilSettings().noResponseDays;
    const int nameColumn = static_cast<int>(columns.size());
    QList<Row> rows;
    while (statement.step()) {
        Row row;
        row.referral = readRow(referralTable(), statement);
        if (query.openOnly && !query.status && !row.referral.isOpen()) {
            continue;
        }
        row.serviceName = statement.text(nameColumn);
        row.ageDays = row.referral.ageInDays(today);
        row.noResponse = row.referral.isAwaitingResponseTooLong(today, days);
        rows.append(row);
    }
    const QList<ReferralStatus> order = allReferralStatuses();
    std::stable_sort(rows.begin(), rows.end(), [&order](const Row& a, const Row& b) {
        const auto ia = order.indexOf(a.referral.status);
        const auto ib = order.indexOf(b.referral.status);
        if (ia != ib) {
            return ia < ib;
        }
        if (a.ageDays != b.ageDays) {
            return a.ageDays > b.ageDays;
        }
        return a.referral.id < b.referral.id;
    });
    return rows;
}

} // namespace hearth::storage
