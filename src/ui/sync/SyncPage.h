#pragma once

#include "Bundle.h"
#include "SyncEngine.h"
#include "pages/StorePage.h"

#include <QJsonValue>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace hearth::storage {
class Store;
struct SyncConflict;
} // namespace hearth::storage

namespace hearth::ui {

class BackgroundTask;
class TaskContext;
class TaskProgress;

// The Sync page (design.md § Sync by file export): team set-up (this database's site id with a
// copy button, its role, adding, renaming and removing peers; the engine audits each change), the
// peers with the last exchange with each, exporting changes for a peer to a file, importing a
// peer's file (a summary of what it holds first, then the merge), and the conflict inbox, where
// each field changed on both sides shows its last common value, theirs (who, when) and mine, and
// is decided by keeping mine, keeping theirs or typing a merged value.
// Export and import run on a worker thread with its own database connection (BackgroundTask), with
// a progress bar and Cancel (TaskProgress): a cancelled export writes no file and records nothing;
// a cancelled import rolls back.
// The team passphrase is asked for every time, held only for that one export or import, and never
// stored (there is no OS keyring; see docs/architecture.md § Sync).
//   Ctrl+E export · Ctrl+I import · Alt+M keep mine · Alt+R keep theirs · Alt+A merged value
class SyncPage : public QWidget, public StorePage
{
    Q_OBJECT

public:
    explicit SyncPage(QWidget* parent = nullptr);
    ~SyncPage() override;

    void setStore(storage::Store* store) override;
    void refresh() override;

    // The Argon2id cost of bundles exported here: production limits unless a test asks for the
    // fast ones (see KdfLimits::fastForTestsOnly). Importing uses the cost in the bundle's header.
    void setExportKdfLimits(const sync::KdfLimits& limits) { m_exportKdf = limits; }

    // Test seams, like MessageBox::setNextAnswer: the next passphrase prompt (or merged-value
    // prompt) returns this text without showing anything; nullopt is the person cancelling. In
    // QStandardPaths test mode an unanswered prompt is cancelled rather than wait.
    static void setNextPassphrase(const std::optional<QString>& passphrase);
    static void setNextMergedValue(const std::optional<QString>& value);
    // The next Add peer dialog returns this without showing anything (nullopt: cancelled); the
    // next rename prompt likewise.
    struct PeerAnswer
    {
        QString siteId;
        QString name;
        QString officerId;
    };
    static void setNextPeer(const std::optional<PeerAnswer>& answer);
    static void setNextPeerName(const std::optional<QString>& name);

    // An export or import is running on the worker thread.
    bool isWorking() const;
    BackgroundTask* task() const { return m_task; }
    TaskProgress* progress() const { return m_progress; }

    // The open conflicts shown in the inbox, in its order.
    QList<qint64> shownConflictIds() const { return m_conflictIds; }

    void exportBundle();
    void importBundle();
    void keepMine();
    void keepTheirs();
    void editMergedValue();
    void copySiteId();
    void setRole();
    void addPeer();
    void renamePeer();
    void removePeer();
    void cancelWork();

signals:
    // An export or import has finished, failed or been cancelled, and the page shows the outcome.
    void workFinished();

private:
    // Runs `work` on the task's worker with an engine on the worker's own Store, then `done` here
    // with the outcome (the page refreshed first) and says workFinished.
    void runInWorker(const QString& stage, std::function<void(sync::SyncEngine&, const sync::Progress&)> work,
                     std::function<void(bool cancelled, const QString& error)> done);
    QString selectedPeer() const;
    void setupUi();
    void refreshPeers();
    void refreshConflicts();
    void updateButtons();
    std::optional<QString> askPassphrase(const QString& title, const QString& text, bool confirm);
    std::optional<QString> askMergedValue(const storage::SyncConflict& conflict);
    std::optional<storage::SyncConflict> currentConflict();
    void decide(int keep, const QJsonValue& merged = {}, const QString& text = {}, bool fromText = false);
    QString recordName(const QString& table, const QString& key);
    QString officerName(const QString& officerId);
    QString peerName(const QString& siteId);

    storage::Store* m_store = nullptr;
    std::unique_ptr<sync::SyncEngine> m_engine;
    sync::KdfLimits m_exportKdf;
    QList<qint64> m_conflictIds;

    QLabel* m_roleLabel = nullptr;
    QLabel* m_siteLabel = nullptr;
    QPushButton* m_copySiteButton = nullptr;
    QComboBox* m_roleCombo = nullptr;
    QPushButton* m_setRoleButton = nullptr;
    QPushButton* m_addPeerButton = nullptr;
    QPushButton* m_renamePeerButton = nullptr;
    QPushButton* m_removePeerButton = nullptr;
    QTableWidget* m_peers = nullptr;
    QComboBox* m_exportTo = nullptr;
    QPushButton* m_exportButton = nullptr;
    QPushButton* m_importButton = nullptr;
    BackgroundTask* m_task = nullptr;
    TaskProgress* m_progress = nullptr;
    QLabel* m_resultLabel = nullptr;
    QLabel* m_inboxHeading = nullptr;
    QTableWidget* m_conflicts = nullptr;
    QPushButton* m_keepMineButton = nullptr;
    QPushButton* m_keepTheirsButton = nullptr;
    QPushButton* m_mergedButton = nullptr;
};

} // namespace hearth::ui
