#pragma once

// Sync's bookkeeping in the database (schema 6): each synced row's version state, the rows
// changed since sync last looked, purge markers, the team's peers, the ledger of imported
// bundles and the conflict inbox. The merge rules and the bundle format live in hearth_sync; this
// class only stores and reads (all SQL stays in storage). See docs/architecture.md § Sync.

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>

#include <optional>

namespace hearth::storage {

class Store;

// Two stored values are the same (numbers compare by value: 51 and 51.0 are one REAL).
bool sameValue(const QJsonValue& a, const QJsonValue& b);

// One field's version: its value (the column's stored value as JSON: null, number or string),
// the change that set it (the site that made it and that site's count of changes to the row), and
// the value it replaced, if known (what the conflict inbox shows as the last common state).
struct FieldVersion
{
    QJsonValue value;
    QString site;
    qint64 counter = 0;
    std::optional<QJsonValue> previous;
    bool operator==(const FieldVersion&) const = default;
};

// A synced row as sync sees it: the version vector (site -> how many of that site's changes to
// the row are included) and every field's version. Travels in bundles as JSON.
struct RowState
{
    QString table;
    QString key;
    QMap<QString, qint64> versions;
    QMap<QString, FieldVersion> fields;

    bool operator==(const RowState&) const = default;
    // Has this state seen the change `counter` made at `site`?
    bool includes(const QString& site, qint64 counter) const { return versions.value(site) >= counter; }
    QJsonObject toJson() const;
    // Reads what toJson wrote; on a problem returns nullopt and says what in `error`.
    static std::optional<RowState> fromJson(const QJsonObject& object, QString* error);
};

struct PurgeMarker
{
    QString table;
    QString key;
    QDateTime purgedAt;
    QString siteId;
};

struct SyncPeer
{
    QString siteId;
    QString name;
    qint64 ackedSeq = 0; // the peer has confirmed importing this database's changes up to here
    qint64 receivedSeq = 0; // this database has imported the peer's changes up to here
    QDateTime addedAt;
    QDateTime lastExportAt;
    QDateTime lastImportAt;
    QString officerId; // the officer whose database this is (the hub sends that caseload); may be empty
};

// Hub side: a resident a peer holds (held) or was told to let go (!held); seq: see 0009_syncscope.sql.
struct ScopeEntry
{
    bool held = false;
    qint64 seq = 0;
};

// Officer side: a resident the hub moved into (held) or out of this database's caseload at the
// hub's sequence number seq.
struct CaseloadEntry
{
    QString residentId;
    QString sender;
    qint64 seq = 0;
    bool held = false;
};

struct LedgerEntry
{
    QString batchId;
    QString sender;
    qint64 seqFrom = 0;
    qint64 seqTo = 0;
    QDateTime createdAt;
    QDateTime importedAt;
    qint64 rowsApplied = 0;
    qint64 conflicts = 0;
};

struct SyncConflict
{
    qint64 id = 0;
    QString table;
    QString key;
    QString column;
    QString kind; // "field": both sides changed it; "delete": one side deleted, the other edited
    bool baseKnown = false;
    QJsonValue base; // the value at the last common state, when known
    QJsonValue mine; // this database's value when the conflict was raised
    QJsonValue theirs; // the other side's value
    QString theirSite;
    QString theirOfficer;
    QDateTime theirAt;
    QStringList editedFields; // for "delete": the fields the editing side changed
    QMap<QString, qint64> versions; // the row's merged version vector when raised
    QString batchId;
    QDateTime raisedAt;
    QString status = QStringLiteral("open"); // open | resolved (decided here) | settled (decided elsewhere)
    QString decision; // mine | theirs | merged | "changed here" | "decided at SITE"
    QString decidedBy;
    QDateTime decidedAt;
    QString decidedSite;
};

class SyncRepository
{
public:
    explicit SyncRepository(Store& store)
        : m_store(store)
    {
    }

    // ---- team set-up (local_meta) -------------------------------------------------------------
    QString role(); // "hub", "officer" or empty
    void setRole(const QString& role);

    // ---- change capture ---------------------------------------------------------------------
    // Turns the rows written since the last capture into versions: each changed field gets this
    // site's next change of the row. `force` names columns to version even if their value is the
    // same (a conflict decided in favour of the value already held). Returns the rows captured.
    qint64 capture();
    void captureRow(const QString& table, const QString& key, const QStringList& force = {});

    // The next number of this database's change sequence (stored in local_meta), and the last.
    qint64 nextSeq();
    qint64 lastSeq();

    std::optional<RowState> state(const QString& table, const QString& key);
    // Stores a state reached by merging, at the next sequence number, and forgets the row's mark.
    // `source`: the peer whose bundle held exactly this state, if it did.
    void saveState(const RowState& state, const QString& source = {});
    // Every row state changed after `seq` (but not those that came as they are from `peer`),
    // parents before children, by key.
    QList<RowState> changedSince(qint64 seq, const QString& peer = {});

    // ---- the synced tables, generically -------------------------------------------------------
    QStringList columns(const QString& table); // every column, key first
    QString keyColumn(const QString& table);
    bool isSyncedTable(const QString& table);
    // The row's stored values as JSON by column; nullopt if there is no such row.
    std::optional<QJsonObject> row(const QString& table, const QString& key);
    // Inserts the row or updates the columns given; a refused value throws sql::Error.
    void writeRow(const QString& table, const QString& key, const QJsonObject& values);
    // (column, parent table) of each foreign key of the table.
    QList<QPair<QString, QString>> foreignKeys(const QString& table);
    // Foreign keys that point at nothing, as "table key: column -> parent" (PRAGMA foreign_key_check).
    QStringList foreignKeyProblems();

    // ---- caseload scope (schema 9) -----------------------------------------------------------
    // Tables whose rows belong to one resident: residents, contacts, measurements, referrals and
    // referral events. Every other synced table is council-wide.
    static bool isResidentTable(const QString& table);
    // The resident a held row belongs to (its own id for a resident); empty for council-wide rows
    // and rows not held.
    QString residentOf(const QString& table, const QString& key);
    // Every resident assigned to the officer, soft-deleted ones too.
    QSet<QString> residentsAssignedTo(const QString& officerId);
    // The sync state of every row of a resident's record, parents first.
    QList<RowState> recordStates(const QString& residentId);
    // Does any row of the record hold a change made or merged here that `peer` has not confirmed
    // (a state after `ackedSeq` that did not come as it is from the peer)?
    bool hasUnconfirmedChanges(const QString& residentId, const QString& peer, qint64 ackedSeq);
    // Removes a resident's record here without a purge marker (it moved to another officer's
    // caseload; the hub keeps it). Returns the rows removed.
    qint64 removeRecordLocally(const QString& residentId);

    QHash<QString, ScopeEntry> scope(const QString& peer);
    void setScope(const QString& peer, const QString& residentId, const ScopeEntry& entry);
    // The peer sent a row of this resident, so holds it: recorded unless something is known already.
    void noteHeldByPeer(const QString& peer, const QString& residentId);

    std::optional<CaseloadEntry> caseloadEntry(const QString& residentId);
    void setCaseloadEntry(const CaseloadEntry& entry);
    // Residents let go (held = 0) whose record is still here.
    QStringList releasedButHeld();

    // ---- erasure ------------------------------------------------------------------------------
    bool isPurged(const QString& table, const QString& key);
    std::optional<PurgeMarker> purgeMarker(const QString& table, const QString& key);
    // Erases the row and every row that refers to it, leaving a purge marker for each (and their
    // conflicts, which hold values). Returns the markers written.
    QList<PurgeMarker> purge(const QString& table, const QString& key, const QDateTime& at, const QString& siteId);
    // Records a marker for a row not held here (so a late bundle cannot bring it).
    void addPurgeMarker(const PurgeMarker& marker);
    QList<PurgeMarker> purgedSince(qint64 seq);

    // ---- peers --------------------------------------------------------------------------------
    // Adds the peer or renames it; an empty officerId leaves the peer's officer as it was.
    void addPeer(const QString& siteId, const QString& name, const QString& officerId = {});
    void setPeerOfficer(const QString& siteId, const QString& officerId);
    bool removePeer(const QString& siteId);
    QList<SyncPeer> peers();
    std::optional<SyncPeer> peer(const QString& siteId);
    void recordExport(const QString& siteId, const QDateTime& at);
    // Raises (never lowers) the peer's two sequence numbers and stamps the import.
    void recordImport(const QString& siteId, qint64 receivedSeq, qint64 ackedSeq, const QDateTime& at);

    // ---- ledger -------------------------------------------------------------------------------
    std::optional<LedgerEntry> ledgerEntry(const QString& batchId);
    void addLedgerEntry(const LedgerEntry& entry);
    QList<LedgerEntry> ledger();

    // ---- conflicts ----------------------------------------------------------------------------
    qint64 addConflict(const SyncConflict& conflict);
    QList<SyncConflict> conflicts(bool openOnly);
    std::optional<SyncConflict> conflict(qint64 id);
    QList<SyncConflict> openConflicts(const QString& table, const QString& key);
    void closeConflict(qint64 id, const QString& status, const QString& decision, const QString& by,
                       const QDateTime& at, const QString& site);

private:
    void erase(const QString& table, const QString& key, const QDateTime& at, const QString& siteId, bool markers,
               QList<PurgeMarker>& erased);

    Store& m_store;
};

} // namespace hearth::storage
