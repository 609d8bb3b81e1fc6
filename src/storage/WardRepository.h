#pragma once

#include "Officer.h"

#include <QList>

#include <optional>

namespace hearth::storage {

class Store;

// The council's wards, keyed by ONS code.
class WardRepository
{
public:
    explicit WardRepository(Store& store)
        : m_store(store)
    {
    }

    // Adds a ward, or renames it if the code is held already (or brings a removed one back).
    Ward save(const Ward& ward);
    // Adds or renames every ward in one transaction: all of them or, on a bad one, none.
    void saveAll(const QList<Ward>& wards);
    // Removes a ward no live resident, location or service refers to (soft delete, so the removal
    // travels to other replicas); Error naming the field "code" when it is in use or unknown.
    void remove(const QString& code);
    // How many live residents, directory locations and services refer to the ward.
    int usage(const QString& code);
    std::optional<Ward> find(const QString& code); // removed wards too
    QList<Ward> list(); // live wards, by name

private:
    Store& m_store;
};

} // namespace hearth::storage
