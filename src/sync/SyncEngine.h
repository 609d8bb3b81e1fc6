#pragma once

// Sync by encrypted file export (design.md § Sync by file export): the team set-up, writing and
// reading bundles, the merge, the conflict inbox and erasure. One object per open Store; every
// change is one transaction and audited. The GUI's Sync page and `hearth-cli sync` both use it.

#include "Bundle.h"
#include "Merge.h"
#include "SyncRepository.h"

#include <functional>

namespace hearth::storage {
class Store;
}

namespace hearth::sync {

// Progress for a GUI: the stage ("Capturing changes", "Encrypting", "Decrypting", "Merging"),
// and how far through it, out of `total` (0 when unknown).
using Progress = std::function<void(const QString& stage, qint64 done, qint64 total)>;

// What a hub tells an officer's database about its caseload (docs/formats.md § Sync bundles).
struct CaseloadScope
{
    bool present = false; // the bundle comes from a hub and is narrowed to the recipient's caseload
    QString officer; // the recipient's officer, as the hub knows it (may be empty)
    QStringList released; // residents re-assigned away from the recipient
};

struct ExportRequest
{
    QString to; // the peer's site id or name; may be empty when there is only one peer
    QString passphrase;
    KdfLimits kdf = KdfLimits::production();
    // Progress; it may throw (a cancel) and the export is then undone.
    Progress progress;
    // Writes the finished bundle (to a file) before the export is committed: if it throws, the
    // export is undone too, so the database never records an export whose file was not written.
    std::function<void(const QByteArray& bundle)> write;
};

struct ExportResult
{
    BundleHeader header;
    QByteArray bundle; // the whole file
};

struct ImportResult
{
    BundleHeader header;
    bool alreadyImported = false; // the ledger held this batch: nothing changed
    QDateTime firstImportedAt;
    qint64 rowsApplied = 0;
    qint64 purgesApplied = 0;
    qint64 conflictsRaised = 0;
    qint64 conflictsSettled = 0; // conflicts here decided by a change in the bundle
    qint64 discarded = 0; // rows for records erased here, or for residents no longer in this caseload
    qint64 released = 0; // residents re-assigned to another officer, removed here (the hub keeps them)
};

class SyncEngine
{
public:
    explicit SyncEngine(storage::Store& store);

    // ---- team set-up --------------------------------------------------------------------------
    QString siteId() const;
    QString role(); // "hub", "officer" or empty
    // Every change to the team set-up is audited.
    void setRole(const QString& role); // refuses anything else
    // Adds a peer, or renames it. officerId: the officer whose database the peer is (the hub sends
    // it that officer's caseload); empty leaves it as it was, and a hub learns it from the peer's
    // first bundle. Refuses a malformed site id, this database's own, an empty name, an unknown officer.
    void addPeer(const QString& siteId, const QString& name, const QString& officerId = {});
    void renamePeer(const QString& siteIdOrName, const QString& newName);
    bool removePeer(const QString& siteIdOrName);
    // The message addPeer gives for a site id, or an empty string if it is a good one.
    QString siteIdProblem(const QString& siteId) const;
    QList<storage::SyncPeer> peers();

    // ---- bundles ------------------------------------------------------------------------------
    ExportResult exportBundle(const ExportRequest& request);
    // Checks everything (header, addressing, sender, passphrase, every chunk) before writing, then
    // merges the whole bundle in one transaction. Throws BundleError saying what is wrong; the
    // database is then unchanged. `progress` may throw to cancel: the merge is rolled back.
    ImportResult importBundle(const QByteArray& file, const QString& passphrase, const Progress& progress = {});

    // ---- conflicts ----------------------------------------------------------------------------
    enum class Keep { Mine, Theirs, Merged };
    QList<storage::SyncConflict> conflicts(bool openOnly = true);
    // Decides a conflict: the chosen value becomes a new change that travels in the next bundle,
    // and the decision is audited. `merged` is the value for Keep::Merged.
    void resolve(qint64 conflictId, Keep keep, const QJsonValue& merged = {});
    // As resolve(Merged), with the value as typed: a number for a numeric field, else text.
    void resolveWithText(qint64 conflictId, const QString& text);

    // ---- erasure ------------------------------------------------------------------------------
    // Erases a resident and everything recorded about them, leaving purge markers that travel.
    // Returns how many records were erased.
    // `reason` (why the person must be erased) goes into the audit event with the count erased.
    qint64 purgeResident(const QString& residentId, const QString& reason = {});

private:
    // Hub -> officer: keeps the council-wide rows and those of the peer's caseload, adds the whole
    // record of each resident new to it, and names the residents re-assigned away.
    CaseloadScope narrowToCaseload(const storage::SyncPeer& peer, qint64 seqTo, QList<storage::RowState>& rows,
                                   QList<storage::PurgeMarker>& purges);
    // Officer side: removes the records of residents let go once the hub has every change made here.
    qint64 letGoOfReleased(const QString& hub);
    storage::SyncPeer requirePeer(const QString& siteIdOrName);
    void requireRole();

    storage::Store& m_store;
    storage::SyncRepository m_repo;
};

} // namespace hearth::sync
