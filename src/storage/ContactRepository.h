#pragma once

#include "Contact.h"

#include <QList>

#include <optional>

namespace hearth::storage {

class Store;

// Contacts (case notes). Append-only: there is no update of a note, only a correction.
class ContactRepository
{
public:
    explicit ContactRepository(Store& store)
        : m_store(store)
    {
    }

    Contact add(Contact contact);
    // A new note that corrects an earlier one; the earlier note stays as it was.
    Contact addCorrection(const QString& contactId, const QString& note);
    std::optional<Contact> find(const QString& id);
    // Newest first.
    QList<Contact> forResident(const QString& residentId);

private:
    Store& m_store;
};

} // namespace hearth::storage
