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

    // Adds a ward, or renames it if the code is held already.
    Ward save(const Ward& ward);
    std::optional<Ward> find(const QString& code);
    QList<Ward> list();

private:
    Store& m_store;
};

} // namespace hearth::storage
