#pragma once

#include "CouncilSettings.h"
#include "CouncilVocabulary.h"
#include "Officer.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace hearth::storage {

class Store;

// Everything the Council settings dialog changes, saved together when the person presses OK.
struct CouncilChanges
{
    std::optional<CouncilSettings> settings;
    std::optional<CouncilVocabulary> vocabulary; // target groups and barriers
    QList<Ward> savedWards; // added or renamed
    QStringList removedWards; // codes
    QList<Officer> addedOfficers; // without ids
    QList<Officer> updatedOfficers;
    QStringList deactivatedOfficers; // ids

    bool isEmpty() const;
};

// Applies the changes in one transaction, each audited by the repository that makes it: all of
// them, or on a storage::Error none. Returns the ids given to the added officers, in order.
QStringList applyCouncilChanges(Store& store, const CouncilChanges& changes);

} // namespace hearth::storage
