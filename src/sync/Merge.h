#pragma once

// The per-field three-way merge of one row (docs/architecture.md § Sync). Pure: no database.

#include "SyncRepository.h"

#include <QJsonValue>
#include <QList>
#include <QStringList>

#include <optional>

namespace hearth::sync {

// A true conflict found by a merge: both sides changed the same field without seeing the other's
// change, or one side deleted the row while the other edited it.
struct MergeConflict
{
    QString column; // the field; "deleted_at" for edit versus delete
    QString kind; // "field" or "delete"
    bool baseKnown = false;
    QJsonValue base; // the value at the last common state, when known
    QJsonValue mine;
    QJsonValue theirs;
    QStringList editedFields; // for "delete": the edits the deleting side had not seen
};

struct MergeResult
{
    storage::RowState merged;
    bool changed = false; // merged differs from the local state
    QList<MergeConflict> conflicts;
};

// The sync metadata columns: merged like the others, but never a conflict of their own.
bool isMetaColumn(const QString& column);

// Merges a remote row state into the local one (nullopt: the row is new here).
//
// Per field: a change the other side has already seen (its site's count is within that side's
// version vector) loses to the newer one. Two changes neither side has seen are concurrent: the
// larger change (count, then site) is kept for now, so every replica makes the same choice in any
// order, and if the values differ the field is a conflict for a person to decide. A deletion that
// did not see an edit of the same row is a conflict too. The merged version vector is the
// element-wise maximum. Commutative, associative and idempotent, so replicas converge.
MergeResult mergeRow(const std::optional<storage::RowState>& local, const storage::RowState& remote);

} // namespace hearth::sync
