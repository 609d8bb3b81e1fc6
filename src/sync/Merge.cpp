#include "Merge.h"

#include <algorithm>

namespace hearth::sync {

using storage::FieldVersion;
using storage::RowState;
using storage::sameValue;

namespace {

const QString kDeletedAt = QStringLiteral("deleted_at");

// The total order that picks the same provisional winner on every replica.
bool laterThan(const FieldVersion& a, const FieldVersion& b)
{
    return a.counter != b.counter ? a.counter > b.counter : a.site > b.site;
}

bool isDeleted(const RowState& state)
{
    const auto it = state.fields.constFind(kDeletedAt);
    return it != state.fields.cend() && !it->value.isNull() && !it->value.isUndefined();
}

QJsonValue deletedValue(const RowState& state)
{
    const auto it = state.fields.constFind(kDeletedAt);
    return it != state.fields.cend() ? it->value : QJsonValue(QJsonValue::Null);
}

} // namespace

bool isMetaColumn(const QString& column)
{
    static const QStringList meta {QStringLiteral("created_at"), QStringLiteral("updated_at"),
                                   QStringLiteral("updated_by"), QStringLiteral("site_id"),
                                   QStringLiteral("row_version")};
    return meta.contains(column);
}

MergeResult mergeRow(const std::optional<RowState>& localState, const RowState& remote)
{
    MergeResult result;
    if (!localState) {
        result.merged = remote;
        result.changed = true;
        return result;
    }
    const RowState& local = *localState;
    RowState merged = local;
    for (auto it = remote.versions.begin(); it != remote.versions.end(); ++it) {
        merged.versions[it.key()] = std::max(merged.versions.value(it.key()), it.value());
    }

    QStringList localUnseen; // fields whose local change the remote side has not seen
    QStringList remoteUnseen; // and the other way round
    bool deletionConcurrent = false;
    for (auto it = local.fields.begin(); it != local.fields.end(); ++it) {
        if (!remote.fields.contains(it.key()) && !isMetaColumn(it.key()) && it.key() != kDeletedAt
            && !remote.includes(it->site, it->counter)) {
            localUnseen.append(it.key());
        }
    }
    for (auto it = remote.fields.begin(); it != remote.fields.end(); ++it) {
        const QString& column = it.key();
        const FieldVersion& theirs = it.value();
        const auto mineIt = local.fields.constFind(column);
        if (mineIt == local.fields.cend()) {
            merged.fields.insert(column, theirs);
            continue;
        }
        const FieldVersion& mine = *mineIt;
        if (mine.site == theirs.site && mine.counter == theirs.counter) {
            continue;
        }
        const bool theirsSeen = local.includes(theirs.site, theirs.counter);
        const bool mineSeen = remote.includes(mine.site, mine.counter);
        const bool ordinary = !isMetaColumn(column) && column != kDeletedAt;
        if (ordinary && !mineSeen) {
            localUnseen.append(column);
        }
        if (ordinary && !theirsSeen) {
            remoteUnseen.append(column);
        }
        if (theirsSeen && !mineSeen) {
            continue; // mine is the newer change
        }
        if (mineSeen && !theirsSeen) {
            merged.fields.insert(column, theirs);
            continue;
        }
        merged.fields.insert(column, laterThan(mine, theirs) ? mine : theirs);
        if (theirsSeen || mineSeen || sameValue(mine.value, theirs.value)) {
            continue;
        }
        if (column == kDeletedAt) {
            // Deleted on one side and restored (or never deleted) on the other, concurrently.
            deletionConcurrent = mine.value.isNull() != theirs.value.isNull();
            continue;
        }
        if (!ordinary) {
            continue;
        }
        MergeConflict conflict;
        conflict.column = column;
        conflict.kind = QStringLiteral("field");
        conflict.mine = mine.value;
        conflict.theirs = theirs.value;
        if (mine.previous && theirs.previous && sameValue(*mine.previous, *theirs.previous)) {
            conflict.baseKnown = true;
            conflict.base = *mine.previous;
        }
        result.conflicts.append(conflict);
    }

    // Edit versus delete: the side that deleted had not seen an edit of the other side.
    const bool mineDeleted = isDeleted(local);
    const bool theirsDeleted = isDeleted(remote);
    const QStringList* unseenEdits = nullptr;
    if (theirsDeleted && !mineDeleted && isDeleted(merged) && !localUnseen.isEmpty()) {
        unseenEdits = &localUnseen;
    } else if (mineDeleted && !theirsDeleted && isDeleted(merged) && !remoteUnseen.isEmpty()) {
        unseenEdits = &remoteUnseen;
    }
    if (unseenEdits || deletionConcurrent) {
        MergeConflict conflict;
        conflict.column = kDeletedAt;
        conflict.kind = QStringLiteral("delete");
        conflict.baseKnown = true;
        conflict.base = QJsonValue(QJsonValue::Null);
        conflict.mine = deletedValue(local);
        conflict.theirs = deletedValue(remote);
        if (unseenEdits) {
            conflict.editedFields = *unseenEdits;
        }
        result.conflicts.append(conflict);
    }
    result.changed = !(merged == local);
    result.merged = merged;
    return result;
}

} // namespace hearth::sync
