#pragma once

// Sync's bookkeeping in the database (schema 6): each synced row's version state, the rows
// changed since sync last looked, purge markers, the team's peers, the ledger of imported
// bundles and the conflict inbox. The merge rules and the bundle format live in hearth_sync; this
// class only stores and reads (all SQL stays in storage). See docs/architecture.md § Sync.

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
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
    void addPeer(const QString& siteId, const QString& name);
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
    Store& m_store;
};

} // namespace hearth::storage
