#pragma once

#include "Officer.h"

#include <QList>

#include <optional>

namespace hearth::storage {

class Store;

// Officers and managers: who works cases and who acts in this database.
class OfficerRepository
{
public:
    explicit OfficerRepository(Store& store)
        : m_store(store)
    {
    }

    Officer add(Officer officer);
    Officer update(const Officer& officer);
    // A deactivated officer (one who has left) keeps their records and their name on them, but is no
    // longer listed or offered to sign in as. Deactivation is the row's soft delete, so it travels.
    void deactivate(const QString& id);
    std::optional<Officer> find(const QString& id); // deactivated officers too
    // By id, or by exact display name when the text is not an id (for the CLI's --officer NAME).
    std::optional<Officer> findByIdOrName(const QString& idOrName);
    QList<Officer> list(); // active officers, by name

private:
    Store& m_store;
};

} // namespace hearth::storage
