#include "SyncEngine.h"

#include <QCoreApplication>

#include "AuditLog.h"
#include "ClosureHistory.h"
#include "Ids.h"
#include "Migrations.h"
#include "OfficerRepository.h"
#include "Sqlite.h"
#include "StorageError.h"
#include "Store.h"
#include "Tables.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

namespace hearth::sync {

using storage::PurgeMarker;
using storage::RowState;
using storage::SyncConflict;
using storage::SyncPeer;

namespace {

const QString kPayloadFormat = QStringLiteral("hearth-sync-payload");
const QString kDeletedAt = QStringLiteral("deleted_at");

void report(const Progress& progress, const QString& stage, qint64 done, qint64 total)
{
    if (progress) {
        progress(stage, done, total);
    }
}

[[noreturn]] void damaged(const QString& message)
{
    throw BundleError(
        BundleError::Kind::Damaged,
        QCoreApplication::translate("hearth::sync", "The bundle is authentic but its content is damaged: %1")
            .arg(message));
}

struct Payload
{
    qint64 ack = 0;
    QString officer; // officer -> hub: the officer whose database this is
    CaseloadScope scope;
    QList<RowState> rows;
    QList<PurgeMarker> purges;
};

QByteArray writePayload(qint64 ack, const QList<RowState>& rows, const QList<PurgeMarker>& purges,
                        const QString& officer, const CaseloadScope& scope)
{
    QJsonArray rowArray;
    for (const auto& row : rows) {
        rowArray.append(row.toJson());
    }
    QJsonArray purgeArray;
    for (const auto& marker : purges) {
        purgeArray.append(QJsonObject {{QStringLiteral("t"), marker.table},
                                       {QStringLiteral("k"), marker.key},
                                       {QStringLiteral("at"), isoTimestamp(marker.purgedAt)},
                                       {QStringLiteral("s"), marker.siteId}});
    }
    QJsonObject root {{QStringLiteral("format"), kPayloadFormat},
                      {QStringLiteral("ack"), ack},
                      {QStringLiteral("rows"), rowArray},
                      {QStringLiteral("purges"), purgeArray}};
    if (!officer.isEmpty()) {
        root.insert(QStringLiteral("officer"), officer);
    }
    if (scope.present) {
        root.insert(QStringLiteral("scope"),
                    QJsonObject {{QStringLiteral("officer"), scope.officer},
                                 {QStringLiteral("released"), QJsonArray::fromStringList(scope.released)}});
    }
    return qCompress(QJsonDocument(root).toJson(QJsonDocument::Compact), 6);
}

Payload readPayload(const QByteArray& compressed, storage::SyncRepository& repo)
{
    const QByteArray json = qUncompress(compressed);
    if (json.isEmpty()) {
        damaged(QCoreApplication::translate("hearth::sync", "it does not decompress"));
    }
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()
        || document.object().value(QStringLiteral("format")).toString() != kPayloadFormat) {
        damaged(QCoreApplication::translate("hearth::sync", "it is not a sync payload"));
    }
    const QJsonObject root = document.object();
    Payload payload;
    payload.ack = root.value(QStringLiteral("ack")).toInteger();
    payload.officer = root.value(QStringLiteral("officer")).toString();
    if (const QJsonValue scope = root.value(QStringLiteral("scope")); !scope.isUndefined()) {
        const QJsonValue released = scope.toObject().value(QStringLiteral("released"));
        if (!scope.isObject() || !released.isArray()) {
            damaged(QCoreApplication::translate("hearth::sync", "scope is malformed"));
        }
        payload.scope.present = true;
        payload.scope.officer = scope.toObject().value(QStringLiteral("officer")).toString();
        for (const auto& id : released.toArray()) {
            if (!id.isString() || id.toString().isEmpty()) {
                damaged(QCoreApplication::translate("hearth::sync",
                                                    "scope.released holds something that is not a resident id"));
            }
            payload.scope.released.append(id.toString());
        }
    }
    const QJsonArray rows = root.value(QStringLiteral("rows")).toArray();
    for (qsizetype i = 0; i < rows.size(); ++i) {
        QString problem;
        auto state = RowState::fromJson(rows.at(i).toObject(), &problem);
        if (!state) {
            damaged(QStringLiteral("rows[%1]: %2").arg(i).arg(problem));
        }
        if (!repo.isSyncedTable(state->table)) {
            damaged(QCoreApplication::translate("hearth::sync", "rows[%1]: '%2' is not a synced table")
                        .arg(i)
                        .arg(state->table));
        }
        const QStringList columns = repo.columns(state->table);
        for (auto it = state->fields.begin(); it != state->fields.end(); ++it) {
            if (!columns.contains(it.key()) || it.key() == columns.first()) {
                damaged(QCoreApplication::translate("hearth::sync", "rows[%1]: %2 has no field %3")
                            .arg(i)
                            .arg(state->table, it.key()));
            }
        }
        payload.rows.append(*state);
    }
    const QJsonArray purges = root.value(QStringLiteral("purges")).toArray();
    for (qsizetype i = 0; i < purges.size(); ++i) {
        const QJsonObject object = purges.at(i).toObject();
        PurgeMarker marker {object.value(QStringLiteral("t")).toString(), object.value(QStringLiteral("k")).toString(),
                            parseIsoTimestamp(object.value(QStringLiteral("at")).toString()),
                            object.value(QStringLiteral("s")).toString()};
        if (!repo.isSyncedTable(marker.table) || marker.key.isEmpty() || !marker.purgedAt.isValid()) {
            damaged(QCoreApplication::translate("hearth::sync", "purges[%1] is malformed").arg(i));
        }
        payload.purges.append(marker);
    }
    return payload;
}

QString text(const QJsonValue& value)
{
    return value.isString() ? value.toString() : QString();
}

} // namespace

SyncEngine::SyncEngine(storage::Store& store)
    : m_store(store)
    , m_repo(store)
{
}

QString SyncEngine::siteId() const
{
    return m_store.siteId();
}

QString SyncEngine::role()
{
    return m_repo.role();
}

void SyncEngine::setRole(const QString& role)
{
    if (role != QLatin1String("hub") && role != QLatin1String("officer")) {
        throw storage::Error(
            {{QStringLiteral("role"),
              QCoreApplication::translate("hearth::sync", "'%1' is not one of: hub, officer").arg(role)}});
    }
    const QString before = m_repo.role();
    if (before == role) {
        return;
    }
    sql::Transaction transaction(m_store.db());
    m_repo.setRole(role);
    m_store.audit().record(m_store.actingOfficerId(), QStringLiteral("update"), QStringLiteral("sync_team"),
                           m_store.siteId(),
                           before.isEmpty() ? QStringLiteral("sync role set to %1").arg(role)
                                            : QStringLiteral("sync role changed from %1 to %2").arg(before, role));
    transaction.commit();
}

QString SyncEngine::siteIdProblem(const QString& siteId) const
{
    if (!isUuid(siteId.trimmed())) {
        return QCoreApplication::translate(
                   "hearth::sync",
                   "'%1' is not a site id: a site id looks like 0193a5c2-7b1e-7d3f-9a4b-2c6d8e0f1a2b "
                   "(the peer's Sync page, or 'hearth-cli sync site', shows it)")
            .arg(siteId);
    }
    if (siteId.trimmed() == m_store.siteId()) {
        return QCoreApplication::translate("hearth::sync", "is this database's own site id; give the other database's");
    }
    return {};
}

void SyncEngine::addPeer(const QString& siteId, const QString& name, const QString& officerId)
{
    if (const QString problem = siteIdProblem(siteId); !problem.isEmpty()) {
        throw storage::Error({{QStringLiteral("site_id"), problem}});
    }
    if (name.trimmed().isEmpty()) {
        throw storage::Error({{QStringLiteral("name"), QCoreApplication::translate("hearth::sync", "is required")}});
    }
    if (!officerId.isEmpty() && !m_store.officers().find(officerId)) {
        throw storage::Error(
            {{QStringLiteral("officer"),
              QCoreApplication::translate("hearth::sync", "no officer has the id %1").arg(officerId)}});
    }
    const QString id = siteId.trimmed();
    const auto before = m_repo.peer(id);
    sql::Transaction transaction(m_store.db());
    m_repo.addPeer(id, name.trimmed(), officerId);
    m_store.audit().record(m_store.actingOfficerId(), before ? QStringLiteral("update") : QStringLiteral("create"),
                           QStringLiteral("sync_peer"), id,
                           before ? QStringLiteral("sync peer changed") : QStringLiteral("sync peer added"));
    transaction.commit();
}

void SyncEngine::renamePeer(const QString& siteIdOrName, const QString& newName)
{
    const SyncPeer peer = requirePeer(siteIdOrName);
    if (newName.trimmed().isEmpty()) {
        throw storage::Error({{QStringLiteral("name"), QCoreApplication::translate("hearth::sync", "is required")}});
    }
    sql::Transaction transaction(m_store.db());
    m_repo.addPeer(peer.siteId, newName.trimmed());
    m_store.audit().record(m_store.actingOfficerId(), QStringLiteral("update"), QStringLiteral("sync_peer"),
                           peer.siteId, QStringLiteral("sync peer renamed"));
    transaction.commit();
}

bool SyncEngine::removePeer(const QString& siteIdOrName)
{
    const SyncPeer peer = requirePeer(siteIdOrName);
    sql::Transaction transaction(m_store.db());
    const bool removed = m_repo.removePeer(peer.siteId);
    m_store.audit().record(m_store.actingOfficerId(), QStringLiteral("delete"), QStringLiteral("sync_peer"),
                           peer.siteId, QStringLiteral("sync peer removed"));
    transaction.commit();
    return removed;
}

QList<SyncPeer> SyncEngine::peers()
{
    return m_repo.peers();
}

SyncPeer SyncEngine::requirePeer(const QString& siteIdOrName)
{
    const QList<SyncPeer> all = m_repo.peers();
    if (siteIdOrName.isEmpty()) {
        if (all.size() == 1) {
            return all.first();
        }
        throw BundleError(BundleError::Kind::NotSetUp,
                          all.isEmpty() ? QCoreApplication::translate(
                              "hearth::sync", "This database has no peers yet: add one with 'sync peer add'.")
                                        : QCoreApplication::translate(
                                              "hearth::sync", "This database has %1 peers: say which with --to.")
                                              .arg(all.size()));
    }
    QList<SyncPeer> matches;
    for (const auto& peer : all) {
        if (peer.siteId == siteIdOrName || peer.name == siteIdOrName) {
            matches.append(peer);
        }
    }
    if (matches.size() != 1) {
        throw BundleError(
            BundleError::Kind::NotSetUp,
            matches.isEmpty()
                ? QCoreApplication::translate("hearth::sync", "'%1' is not a peer of this database (see 'sync peers').")
                      .arg(siteIdOrName)
                : QCoreApplication::translate("hearth::sync", "Several peers are called '%1': use the site id.")
                      .arg(siteIdOrName));
    }
    return matches.first();
}

void SyncEngine::requireRole()
{
    if (m_repo.role().isEmpty()) {
        throw BundleError(
            BundleError::Kind::NotSetUp,
            QCoreApplication::translate("hearth::sync",
                                        "This database has no sync role yet: set it with 'sync role hub|officer'."));
    }
}

// ---- export ---------------------------------------------------------------------------------

ExportResult SyncEngine::exportBundle(const ExportRequest& request)
{
    requireRole();
    if (request.passphrase.isEmpty()) {
        throw BundleError(BundleError::Kind::NotSetUp,
                          QCoreApplication::translate("hearth::sync", "No team passphrase was given."));
    }
    const SyncPeer peer = requirePeer(request.to);
    auto& db = m_store.db();
    sql::Transaction transaction(db);
    report(request.progress, QCoreApplication::translate("hearth::sync", "Capturing changes"), 0, 0);
    m_repo.capture();
    QList<RowState> rows = m_repo.changedSince(peer.ackedSeq, peer.siteId);
    QList<PurgeMarker> purges = m_repo.purgedSince(peer.ackedSeq);
    CaseloadScope scope;
    if (m_repo.role() == QLatin1String("hub")) {
        // Hub -> officer: that officer's caseload and the council-wide data, not everything.
        scope = narrowToCaseload(peer, m_repo.lastSeq(), rows, purges);
    }
    report(request.progress, QCoreApplication::translate("hearth::sync", "Capturing changes"), rows.size(),
           rows.size());

    ExportResult result;
    BundleHeader& header = result.header;
    header.schemaVersion = storage::latestSchemaVersion();
    header.sender = m_store.siteId();
    header.senderName = m_store.councilSettings().councilName;
    header.recipient = peer.siteId;
    header.batchId = m_store.ids().next(m_store.clock().nowUtc());
    header.seqFrom = peer.ackedSeq;
    header.seqTo = m_repo.lastSeq();
    header.createdAt = m_store.clock().nowUtc();
    header.rows = rows.size();
    header.purges = purges.size();
    header.kdf = request.kdf;
    report(request.progress, QCoreApplication::translate("hearth::sync", "Encrypting"), 0, 1);
    const QString officer = m_repo.role() == QLatin1String("officer") ? m_store.actingOfficerId() : QString();
    result.bundle =
        sealBundle(header, writePayload(peer.receivedSeq, rows, purges, officer, scope), request.passphrase);
    result.header = readBundleHeader(result.bundle);
    report(request.progress, QCoreApplication::translate("hearth::sync", "Encrypting"), 1, 1);
    if (request.write) {
        request.write(result.bundle);
    }
    m_repo.recordExport(peer.siteId, header.createdAt);
    m_store.audit().record(
        m_store.actingOfficerId(), QStringLiteral("sync"), QStringLiteral("bundle"), header.batchId,
        QStringLiteral("bundle exported to %1: %2 records, %3 erasures%4")
            .arg(peer.name)
            .arg(rows.size())
            .arg(purges.size())
            .arg(scope.released.isEmpty()
                     ? QString()
                     : QStringLiteral(", %1 residents re-assigned away").arg(scope.released.size())));
    transaction.commit();
    return result;
}

CaseloadScope SyncEngine::narrowToCaseload(const SyncPeer& peer, qint64 seqTo, QList<RowState>& rows,
                                           QList<PurgeMarker>& purges)
{
    CaseloadScope scope;
    scope.present = true;
    scope.officer = peer.officerId;
    const QSet<QString> caseload =
        peer.officerId.isEmpty() ? QSet<QString>() : m_repo.residentsAssignedTo(peer.officerId);
    const QHash<QString, storage::ScopeEntry> known = m_repo.scope(peer.siteId);

    // Residents new to the peer's caseload go whole, in every bundle until the peer confirms one.
    QStringList whole;
    for (const auto& id : caseload) {
        const auto entry = known.constFind(id);
        if (entry == known.cend() || !entry->held || entry->seq > peer.ackedSeq) {
            whole.append(id);
            if (entry == known.cend() || !entry->held) {
                m_repo.setScope(peer.siteId, id, {true, seqTo});
            }
        }
    }
    std::sort(whole.begin(), whole.end());
    const QSet<QString> wholeSet(whole.begin(), whole.end());
    QList<RowState> kept;
    for (const auto& row : rows) {
        if (!storage::SyncRepository::isResidentTable(row.table)) {
            kept.append(row);
            continue;
        }
        const QString resident = m_repo.residentOf(row.table, row.key);
        if (caseload.contains(resident) && !wholeSet.contains(resident)) {
            kept.append(row);
        }
    }
    for (const auto& id : whole) {
        kept += m_repo.recordStates(id);
    }
    const auto order = [](const QString& table) {
        const auto& tables = storage::syncedTables();
        for (qsizetype i = 0; i < tables.size(); ++i) {
            if (tables.at(i).name == table) {
                return i;
            }
        }
        return tables.size();
    };
    std::stable_sort(kept.begin(), kept.end(), [&](const RowState& a, const RowState& b) {
        const auto orderA = order(a.table);
        const auto orderB = order(b.table);
        return orderA != orderB ? orderA < orderB : a.key < b.key;
    });
    rows = kept;

    // Residents re-assigned away: the peer lets them go. Not while the hub does not know the
    // peer's officer: an empty caseload then says nothing about what the peer should hold.
    if (!peer.officerId.isEmpty()) {
        for (auto it = known.begin(); it != known.end(); ++it) {
            if (caseload.contains(it.key())) {
                continue;
            }
            if (it->held) {
                m_repo.setScope(peer.siteId, it.key(), {false, seqTo});
                scope.released.append(it.key());
            } else if (it->seq > peer.ackedSeq) {
                scope.released.append(it.key());
            }
        }
        std::sort(scope.released.begin(), scope.released.end());
    }

    // Erasures: council-wide ones, and those of residents the peer holds or held. A resident's
    // marker erases its record's rows at the peer too.
    purges.removeIf([&](const PurgeMarker& marker) {
        if (!storage::SyncRepository::isResidentTable(marker.table)) {
            return false;
        }
        return marker.table != QLatin1String("residents") || !known.contains(marker.key);
    });
    return scope;
}

// ---- import ---------------------------------------------------------------------------------

ImportResult SyncEngine::importBundle(const QByteArray& file, const QString& passphrase, const Progress& progress)
{
    ImportResult result;
    result.header = readBundleHeader(file);
    const BundleHeader& header = result.header;
    if (header.recipient != m_store.siteId()) {
        throw BundleError(BundleError::Kind::Misaddressed,
                          QCoreApplication::translate(
                              "hearth::sync", "This bundle is addressed to site %1, not to this database (site %2).")
                              .arg(header.recipient, m_store.siteId()));
    }
    requireRole();
    const auto peer = m_repo.peer(header.sender);
    if (!peer) {
        throw BundleError(
            BundleError::Kind::UnknownSender,
            QCoreApplication::translate("hearth::sync",
                                        "This bundle comes from site %1, which is not a peer of this database; add it "
                                        "with 'sync peer add' if it belongs to the team.")
                .arg(header.sender));
    }
    report(progress, QCoreApplication::translate("hearth::sync", "Decrypting"), 0, 1);
    const QByteArray plain = openBundle(file, passphrase);
    report(progress, QCoreApplication::translate("hearth::sync", "Decrypting"), 1, 1);
    if (const auto entry = m_repo.ledgerEntry(header.batchId)) {
        result.alreadyImported = true;
        result.firstImportedAt = entry->importedAt;
        return result;
    }
    const Payload payload = readPayload(plain, m_repo);

    auto& db = m_store.db();
    const QDateTime now = m_store.clock().nowUtc();
    const QString self = m_store.siteId();
    sql::Transaction transaction(db);
    // The bundle carries the sender's closure history rows: its residents' writes add none here.
    storage::ClosureHistoryPause closuresPaused(db);
    db.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON"));
    try {
        // Only references this bundle leaves dangling refuse it, not ones held before.
        const QStringList danglingBefore = m_repo.foreignKeyProblems();
        m_repo.capture();
        const bool hub = m_repo.role() == QLatin1String("hub");
        if (hub && !payload.officer.isEmpty() && peer->officerId.isEmpty()) {
            // The officer's database says whose it is: from now on the hub sends that caseload.
            m_repo.setPeerOfficer(header.sender, payload.officer);
        }
        // The resident a row of the bundle belongs to (empty for council-wide rows).
        QHash<QString, QString> referralResident;
        for (const auto& remote : payload.rows) {
            if (remote.table == QLatin1String("referrals")) {
                referralResident.insert(remote.key, text(remote.fields.value(QStringLiteral("resident_id")).value));
            }
        }
        const auto residentOf = [&](const RowState& remote) {
            if (remote.table == QLatin1String("residents")) {
                return remote.key;
            }
            if (remote.table == QLatin1String("referral_events")) {
                const QString referral = text(remote.fields.value(QStringLiteral("referral_id")).value);
                return referralResident.contains(referral) ? referralResident.value(referral)
                                                           : m_repo.residentOf(QStringLiteral("referrals"), referral);
            }
            if (storage::SyncRepository::isResidentTable(remote.table)) {
                return text(remote.fields.value(QStringLiteral("resident_id")).value);
            }
            return QString();
        };
        if (payload.scope.present) {
            for (const auto& id : payload.scope.released) {
                const auto entry = m_repo.caseloadEntry(id);
                if (!entry || entry->seq <= header.seqTo) {
                    m_repo.setCaseloadEntry({id, header.sender, header.seqTo, false});
                }
            }
        }
        for (const auto& marker : payload.purges) {
            if (m_repo.isPurged(marker.table, marker.key)) {
                continue;
            }
            if (m_repo.row(marker.table, marker.key)) {
                result.purgesApplied += m_repo.purge(marker.table, marker.key, marker.purgedAt, marker.siteId).size();
            } else {
                m_repo.addPurgeMarker(marker);
                ++result.purgesApplied;
            }
        }
        qint64 done = 0;
        for (const auto& remote : payload.rows) {
            report(progress, QCoreApplication::translate("hearth::sync", "Merging"), done++, payload.rows.size());
            if (m_repo.isPurged(remote.table, remote.key)) {
                ++result.discarded;
                continue;
            }
            const QString resident = residentOf(remote);
            if (payload.scope.present && !resident.isEmpty()) {
                // A hub bundle older than the one that moved the resident away says nothing now.
                const auto entry = m_repo.caseloadEntry(resident);
                if (entry && !entry->held && entry->seq >= header.seqTo) {
                    ++result.discarded;
                    continue;
                }
                if (!entry || entry->seq < header.seqTo) {
                    m_repo.setCaseloadEntry({resident, header.sender, header.seqTo, true});
                }
            } else if (hub && !resident.isEmpty()) {
                m_repo.noteHeldByPeer(header.sender, resident);
            }
            // A record made for an erased one (a contact for a purged resident) is erased too.
            bool orphan = false;
            for (const auto& [column, parent] : m_repo.foreignKeys(remote.table)) {
                const QJsonValue value = remote.fields.value(column).value;
                if (value.isString() && m_repo.isPurged(parent, value.toString())) {
                    orphan = true;
                }
            }
            if (orphan) {
                if (m_repo.row(remote.table, remote.key)) {
                    m_repo.purge(remote.table, remote.key, now, self);
                } else {
                    m_repo.addPurgeMarker({remote.table, remote.key, now, self});
                }
                ++result.discarded;
                continue;
            }
            const auto local = m_repo.state(remote.table, remote.key);
            const MergeResult merged = mergeRow(local, remote);
            if (merged.changed) {
                QJsonObject values;
                for (auto it = merged.merged.fields.begin(); it != merged.merged.fields.end(); ++it) {
                    values.insert(it.key(), it->value);
                }
                try {
                    m_repo.writeRow(remote.table, remote.key, values);
                } catch (const sql::Error& error) {
                    throw BundleError(
                        BundleError::Kind::Rejected,
                        QCoreApplication::translate("hearth::sync", "%1 %2 was refused by this database: %3")
                            .arg(remote.table, remote.key, QString::fromUtf8(error.what())));
                }
                // Exactly the sender's state: the sender needs no copy back.
                m_repo.saveState(merged.merged, merged.merged == remote ? header.sender : QString());
                ++result.rowsApplied;
            }
            // Conflicts raised here earlier that this bundle's sender had seen and then decided.
            for (const auto& open : m_repo.openConflicts(remote.table, remote.key)) {
                bool coversConflict = true;
                for (auto it = open.versions.begin(); it != open.versions.end(); ++it) {
                    coversConflict = coversConflict && remote.includes(it.key(), it.value());
                }
                const auto field = merged.merged.fields.constFind(open.column);
                if (coversConflict && field != merged.merged.fields.cend()
                    && open.versions.value(field->site) < field->counter) {
                    m_repo.closeConflict(open.id, QStringLiteral("settled"),
                                         QStringLiteral("decided at %1").arg(field->site), QString(), now, field->site);
                    ++result.conflictsSettled;
                }
            }
            for (const auto& found : merged.conflicts) {
                SyncConflict conflict;
                conflict.table = remote.table;
                conflict.key = remote.key;
                conflict.column = found.column;
                conflict.kind = found.kind;
                conflict.baseKnown = found.baseKnown;
                conflict.base = found.base;
                conflict.mine = found.mine;
                conflict.theirs = found.theirs;
                const QString theirSite = text(remote.fields.value(QStringLiteral("site_id")).value);
                conflict.theirSite = theirSite.isEmpty() ? header.sender : theirSite;
                conflict.theirOfficer = text(remote.fields.value(QStringLiteral("updated_by")).value);
                conflict.theirAt = parseIsoTimestamp(text(remote.fields.value(QStringLiteral("updated_at")).value));
                conflict.editedFields = found.editedFields;
                conflict.versions = merged.merged.versions;
                conflict.batchId = header.batchId;
                conflict.raisedAt = now;
                m_repo.addConflict(conflict);
                ++result.conflictsRaised;
            }
        }
        report(progress, QCoreApplication::translate("hearth::sync", "Merging"), payload.rows.size(),
               payload.rows.size());
        QStringList problems = m_repo.foreignKeyProblems();
        problems.removeIf([&](const QString& problem) { return danglingBefore.contains(problem); });
        if (!problems.isEmpty()) {
            throw BundleError(
                BundleError::Kind::Rejected,
                QCoreApplication::translate("hearth::sync", "The bundle would leave records pointing at nothing: %1")
                    .arg(problems.mid(0, 3).join(QStringLiteral("; "))));
        }
        m_repo.recordImport(header.sender, header.seqTo, payload.ack, now);
        if (payload.scope.present) {
            result.released = letGoOfReleased(header.sender);
        }
        m_repo.addLedgerEntry({header.batchId, header.sender, header.seqFrom, header.seqTo, header.createdAt, now,
                               result.rowsApplied, result.conflictsRaised});
        m_store.audit().record(m_store.actingOfficerId(), QStringLiteral("sync"), QStringLiteral("bundle"),
                               header.batchId,
                               QStringLiteral("bundle imported from %1: %2 records changed, %3 erasures, %4 conflicts")
                                   .arg(peer->name)
                                   .arg(result.rowsApplied)
                                   .arg(result.purgesApplied)
                                   .arg(result.conflictsRaised));
        closuresPaused.resume();
        transaction.commit();
    } catch (const sql::Error& error) {
        throw BundleError(BundleError::Kind::Rejected,
                          QCoreApplication::translate("hearth::sync", "The bundle was refused by this database: %1")
                              .arg(QString::fromUtf8(error.what())));
    }
    return result;
}

qint64 SyncEngine::letGoOfReleased(const QString& hub)
{
    const auto peer = m_repo.peer(hub);
    const qint64 acked = peer ? peer->ackedSeq : 0;
    qint64 released = 0;
    for (const auto& id : m_repo.releasedButHeld()) {
        // Kept until the hub has every change made here: then nothing of it is lost.
        if (m_repo.hasUnconfirmedChanges(id, hub, acked)) {
            continue;
        }
        const qint64 rows = m_repo.removeRecordLocally(id);
        m_store.audit().record(m_store.actingOfficerId(), QStringLiteral("sync"), QStringLiteral("resident"), id,
                               QStringLiteral("re-assigned to another officer: %1 records removed from this database "
                                              "(the hub keeps them)")
                                   .arg(rows));
        ++released;
    }
    return released;
}

// ---- conflicts ------------------------------------------------------------------------------

QList<SyncConflict> SyncEngine::conflicts(bool openOnly)
{
    return m_repo.conflicts(openOnly);
}

void SyncEngine::resolve(qint64 conflictId, Keep keep, const QJsonValue& merged)
{
    const auto conflict = m_repo.conflict(conflictId);
    if (!conflict) {
        throw storage::Error(
            storage::Error::Kind::NotFound,
            QCoreApplication::translate("hearth::sync", "There is no conflict %1 (see 'sync conflicts').")
                .arg(conflictId));
    }
    if (conflict->status != QLatin1String("open")) {
        throw storage::Error(storage::Error::Kind::Invalid,
                             QCoreApplication::translate("hearth::sync", "Conflict %1 was already decided (%2).")
                                 .arg(conflictId)
                                 .arg(conflict->decision));
    }
    if (keep == Keep::Merged && conflict->kind == QLatin1String("delete")) {
        throw storage::Error(
            {{QStringLiteral("value"),
              QCoreApplication::translate("hearth::sync",
                                          "an edit-versus-delete conflict is decided by keeping mine or theirs")}});
    }
    if (keep == Keep::Merged && (merged.isArray() || merged.isObject() || merged.isUndefined())) {
        throw storage::Error(
            {{QStringLiteral("value"), QCoreApplication::translate("hearth::sync", "must be a single value")}});
    }
    const QJsonValue chosen = keep == Keep::Mine ? conflict->mine : keep == Keep::Theirs ? conflict->theirs : merged;
    const QString decision = keep == Keep::Mine ? QStringLiteral("mine")
        : keep == Keep::Theirs                  ? QStringLiteral("theirs")
                                                : QStringLiteral("merged");
    auto& db = m_store.db();
    const QDateTime now = m_store.clock().nowUtc();
    sql::Transaction transaction(db);
    m_repo.capture();
    const auto current = m_repo.row(conflict->table, conflict->key);
    if (!current) {
        throw storage::Error(storage::Error::Kind::NotFound,
                             QCoreApplication::translate("hearth::sync", "%1 %2 is no longer held.")
                                 .arg(conflict->table, conflict->key));
    }
    QJsonObject values {{conflict->column, chosen},
                        {QStringLiteral("updated_at"), isoTimestamp(now)},
                        {QStringLiteral("site_id"), m_store.siteId()},
                        {QStringLiteral("row_version"), current->value(QStringLiteral("row_version")).toInteger() + 1}};
    values.insert(QStringLiteral("updated_by"),
                  m_store.actingOfficerId().isEmpty() ? QJsonValue(QJsonValue::Null)
                                                      : QJsonValue(m_store.actingOfficerId()));
    try {
        m_repo.writeRow(conflict->table, conflict->key, values);
    } catch (const sql::Error& error) {
        throw storage::Error(storage::Error::Kind::Invalid,
                             QCoreApplication::translate("hearth::sync", "%1: the value was refused: %2")
                                 .arg(conflict->column, QString::fromUtf8(error.what())));
    }
    m_repo.closeConflict(conflictId, QStringLiteral("resolved"), decision, m_store.actingOfficerId(), now,
                         m_store.siteId());
    m_repo.captureRow(conflict->table, conflict->key, {conflict->column});
    m_store.audit().record(m_store.actingOfficerId(), QStringLiteral("update"), conflict->table, conflict->key,
                           QStringLiteral("sync conflict %1 on %2 decided: %3")
                               .arg(conflictId)
                               .arg(conflict->column,
                                    decision == QLatin1String("merged") ? QStringLiteral("a merged value")
                                                                        : QStringLiteral("kept %1").arg(decision)));
    transaction.commit();
}

void SyncEngine::resolveWithText(qint64 conflictId, const QString& text)
{
    const auto conflict = m_repo.conflict(conflictId);
    if (conflict && (conflict->mine.isDouble() || conflict->theirs.isDouble())) {
        bool ok = false;
        const double number = text.toDouble(&ok);
        if (!ok) {
            throw storage::Error({{QStringLiteral("value"),
                                   QCoreApplication::translate("hearth::sync", "'%1' is not a number").arg(text)}});
        }
        resolve(conflictId, Keep::Merged, QJsonValue(number));
        return;
    }
    resolve(conflictId, Keep::Merged, text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text));
}

// ---- erasure --------------------------------------------------------------------------------

qint64 SyncEngine::purgeResident(const QString& residentId, const QString& reason)
{
    const QString table = QStringLiteral("residents");
    auto& db = m_store.db();
    sql::Transaction transaction(db);
    m_repo.capture();
    if (!m_repo.row(table, residentId)) {
        throw storage::Error(
            storage::Error::Kind::NotFound,
            m_repo.isPurged(table, residentId)
                ? QCoreApplication::translate("hearth::sync", "Resident %1 was erased already.").arg(residentId)
                : QCoreApplication::translate("hearth::sync", "There is no resident %1.").arg(residentId));
    }
    const auto markers = m_repo.purge(table, residentId, m_store.clock().nowUtc(), m_store.siteId());
    m_store.audit().record(m_store.actingOfficerId(), QStringLiteral("purge"), QStringLiteral("resident"), residentId,
                           reason.trimmed().isEmpty()
                               ? QStringLiteral("resident erased with %1 linked records").arg(markers.size() - 1)
                               : QStringLiteral("resident erased with %1 linked records: %2")
                                     .arg(markers.size() - 1)
                                     .arg(reason.trimmed()));
    transaction.commit();
    return markers.size();
}

} // namespace hearth::sync
