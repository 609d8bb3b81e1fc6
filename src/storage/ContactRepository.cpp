#include "ContactRepository.h"

#include <QCoreApplication>

#include "AuditLog.h"
#include "OfficerRepository.h"
#include "ResidentRepository.h"
#include "Store.h"
#include "Tables.h"

namespace hearth::storage {

Contact ContactRepository::add(Contact contact)
{
    contact.id = m_store.ids().next(m_store.clock().nowUtc());
    if (contact.officerId.isEmpty()) {
        contact.officerId = m_store.actingOfficerId();
    }
    if (const auto errors = contact.validate(m_store.clock().today()); !errors.isEmpty()) {
        throw Error(errors);
    }
    if (!m_store.residents().find(contact.residentId)) {
        throw Error(Error::Kind::NotFound,
                    QCoreApplication::translate("hearth::storage", "resident: no resident has the id %1")
                        .arg(contact.residentId));
    }
    if (!contact.officerId.isEmpty() && !m_store.officers().find(contact.officerId)) {
        throw Error(
            {{QStringLiteral("officer"),
              QCoreApplication::translate("hearth::storage", "no officer has the id %1").arg(contact.officerId)}});
    }
    if (!contact.correctsContactId.isEmpty()) {
        const auto original = find(contact.correctsContactId);
        if (!original || original->residentId != contact.residentId) {
            throw Error({{QStringLiteral("corrects"),
                          QCoreApplication::translate("hearth::storage",
                                                      "no contact with the id %1 is on this resident's record")
                              .arg(contact.correctsContactId)}});
        }
    }
    contact.meta = m_store.newRowMeta();
    sql::Transaction transaction(m_store.db());
    insertRow(m_store.db(), contactTable(), contact);
    m_store.audit().record(
        m_store.actingOfficerId(), QStringLiteral("create"), QStringLiteral("contact"), contact.id,
        contact.correctsContactId.isEmpty()
            ? QStringLiteral("%1 contact added for resident %2").arg(contact.type, contact.residentId)
            : QStringLiteral("correction of contact %1 added").arg(contact.correctsContactId));
    transaction.commit();
    return contact;
}

Contact ContactRepository::addCorrection(const QString& contactId, const QString& note)
{
    const auto original = find(contactId);
    if (!original) {
        throw Error(Error::Kind::NotFound,
                    QCoreApplication::translate("hearth::storage", "contact: no contact has the id %1").arg(contactId));
    }
    Contact correction;
    correction.residentId = original->residentId;
    correction.contactOn = m_store.clock().today();
    correction.type = original->type;
    correction.note = note;
    correction.correctsContactId = contactId;
    if (note.trimmed().isEmpty()) {
        throw Error({{QStringLiteral("note"),
                      QCoreApplication::translate("hearth::storage", "a correction needs the corrected text")}});
    }
    return add(correction);
}

std::optional<Contact> ContactRepository::find(const QString& id)
{
    return findRow(m_store.db(), contactTable(), id);
}

QList<Contact> ContactRepository::forResident(const QString& residentId)
{
    QList<Contact> contacts;
    auto statement = m_store.db().prepare(
        selectSql(contactTable())
        + QStringLiteral(
            " WHERE resident_id = ? AND deleted_at IS NULL ORDER BY contact_on DESC, created_at DESC, id DESC"));
    statement.bind(1, residentId);
    while (statement.step()) {
        contacts.append(readRow(contactTable(), statement));
    }
    return contacts;
}

} // namespace hearth::storage
