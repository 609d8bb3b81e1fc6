#include "CouncilChanges.h"

#include "OfficerRepository.h"
#include "Store.h"
#include "WardRepository.h"

namespace hearth::storage {

bool CouncilChanges::isEmpty() const
{
    return !settings && !vocabulary && savedWards.isEmpty() && removedWards.isEmpty() && addedOfficers.isEmpty()
        && updatedOfficers.isEmpty() && deactivatedOfficers.isEmpty();
}

QStringList applyCouncilChanges(Store& store, const CouncilChanges& changes)
{
    QStringList addedIds;
    sql::Transaction transaction(store.db());
    if (changes.settings) {
        store.saveCouncilSettings(*changes.settings);
    }
    if (changes.vocabulary) {
        store.saveCouncilVocabulary(*changes.vocabulary);
    }
    auto wards = store.wards();
    // Wards first, so that a ward removed and added back under the same code ends up live.
    for (const QString& code : changes.removedWards) {
        wards.remove(code);
    }
    wards.saveAll(changes.savedWards);
    auto officers = store.officers();
    for (const Officer& officer : changes.addedOfficers) {
        addedIds.append(officers.add(officer).id);
    }
    for (const Officer& officer : changes.updatedOfficers) {
        officers.update(officer);
    }
    for (const QString& id : changes.deactivatedOfficers) {
        officers.deactivate(id);
    }
    transaction.commit();
    return addedIds;
}

} // namespace hearth::storage
