#include "sync/SyncPage.h"

#include "sync/PeerDialog.h"

#include "FileDialog.h"
#include "MessageBox.h"
#include "OfficerRepository.h"
#include "PageStyle.h"
#include "ResidentRepository.h"
#include "StorageError.h"
#include "Store.h"
#include "SyncEngine.h"
#include "UiLog.h"
#include "work/BackgroundTask.h"
#include "work/TaskProgress.h"

#include <QClipboard>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QShortcut>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hearth::ui {

namespace {

std::optional<std::optional<QString>> g_nextPassphrase;
std::optional<std::optional<QString>> g_nextMergedValue;
std::optional<std::optional<SyncPage::PeerAnswer>> g_nextPeer;
std::optional<std::optional<QString>> g_nextPeerName;

// Bundles larger than this are refused before reading: no real team exchange comes near it.
constexpr qint64 kMaxBundleBytes = qint64(1) << 30;

QString whenText(const QDateTime& at)
{
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : QString();
}

// A stored value as a person reads it; an empty value says so in words.
QString valueText(const QJsonValue& value)
{
    if (value.isNull() || value.isUndefined()) {
        return QCoreApplication::translate("hearth::ui::SyncPage", "(empty)");
    }
    if (value.isDouble()) {
        return QLocale().toString(value.toDouble(), 'g', 15);
    }
    if (value.isBool()) {
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    }
    return value.toString();
}

QString fieldText(const QString& column)
{
    QString text = column;
    text.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!text.isEmpty()) {
        text[0] = text[0].toUpper();
    }
    return text;
}

QTableWidgetItem* item(const QString& text)
{
    auto* cell = new QTableWidgetItem(text);
    cell->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    cell->setToolTip(text);
    return cell;
}

enum ConflictColumn { Record, Field, Base, Theirs, TheirsWho, Mine, ConflictColumnCount };

} // namespace

SyncPage::SyncPage(QWidget* parent)
    : QWidget(parent)
    , m_exportKdf(sync::KdfLimits::production())
{
    setAccessibleName(tr("Sync"));
    setupUi();
    updateButtons();
}

SyncPage::~SyncPage()
{
    // A running export or import is cancelled (nothing half-done is left) and its thread waited for.
    m_task->abandon();
    m_task->waitForAll();
}

bool SyncPage::isWorking() const
{
    return m_task->isRunning();
}

void SyncPage::setNextPeer(const std::optional<PeerAnswer>& answer)
{
    g_nextPeer = answer;
}

void SyncPage::setNextPeerName(const std::optional<QString>& name)
{
    g_nextPeerName = name;
}

void SyncPage::setNextPassphrase(const std::optional<QString>& passphrase)
{
    g_nextPassphrase = passphrase;
}

void SyncPage::setNextMergedValue(const std::optional<QString>& value)
{
    g_nextMergedValue = value;
}

void SyncPage::setupUi()
{
    auto* layout = new QVBoxLayout(this);

    auto* heading = new QLabel(tr("Sync"), this);
    styleHeading(heading);
    layout->addWidget(heading);

    m_roleLabel = new QLabel(this);
    m_roleLabel->setObjectName(QStringLiteral("roleLabel"));
    m_roleLabel->setWordWrap(true);
    m_roleLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_roleLabel);

    // Team set-up: this database's site id (to give to peers) and its role.
    auto* siteRow = new QHBoxLayout;
    m_siteLabel = new QLabel(this);
    m_siteLabel->setObjectName(QStringLiteral("siteLabel"));
    m_siteLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_siteLabel->setAccessibleName(tr("This database's site id"));
    m_copySiteButton = new QPushButton(tr("Cop&y site id"), this);
    m_copySiteButton->setObjectName(QStringLiteral("copySiteButton"));
    m_copySiteButton->setToolTip(tr("Copy this database's site id, to give to the peers that add this database"));
    auto* roleLabel = new QLabel(tr("Ro&le:"), this);
    m_roleCombo = new QComboBox(this);
    m_roleCombo->setObjectName(QStringLiteral("roleCombo"));
    m_roleCombo->setAccessibleName(tr("Sync role"));
    m_roleCombo->addItem(tr("Officer's database"), QStringLiteral("officer"));
    m_roleCombo->addItem(tr("Hub (the manager's database)"), QStringLiteral("hub"));
    roleLabel->setBuddy(m_roleCombo);
    m_setRoleButton = new QPushButton(tr("&Set role…"), this);
    m_setRoleButton->setObjectName(QStringLiteral("setRoleButton"));
    m_setRoleButton->setToolTip(tr("Make this database the team's hub or an officer's database"));
    siteRow->addWidget(m_siteLabel);
    siteRow->addWidget(m_copySiteButton);
    siteRow->addSpacing(16);
    siteRow->addWidget(roleLabel);
    siteRow->addWidget(m_roleCombo);
    siteRow->addWidget(m_setRoleButton);
    siteRow->addStretch();
    layout->addLayout(siteRow);
    connect(m_copySiteButton, &QPushButton::clicked, this, &SyncPage::copySiteId);
    connect(m_setRoleButton, &QPushButton::clicked, this, &SyncPage::setRole);
    connect(m_roleCombo, &QComboBox::currentIndexChanged, this, &SyncPage::updateButtons);

    auto* peersLabel = new QLabel(tr("&Peers"), this);
    layout->addWidget(peersLabel);
    m_peers = new QTableWidget(0, 5, this);
    m_peers->setObjectName(QStringLiteral("peersTable"));
    m_peers->setAccessibleName(tr("Peers"));
    m_peers->setAccessibleDescription(tr("The databases this one exchanges bundles with, and when it last did"));
    m_peers->setHorizontalHeaderLabels(
        {tr("Name"), tr("Site id"), tr("Last export to them"), tr("Last import from them"), tr("Officer")});
    m_peers->horizontalHeader()->setStretchLastSection(true);
    m_peers->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_peers->verticalHeader()->hide();
    m_peers->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_peers->setSelectionMode(QAbstractItemView::SingleSelection);
    m_peers->setTabKeyNavigation(false);
    m_peers->setMaximumHeight(130);
    peersLabel->setBuddy(m_peers);
    layout->addWidget(m_peers);
    connect(m_peers, &QTableWidget::itemSelectionChanged, this, &SyncPage::updateButtons);

    auto* peerActions = new QHBoxLayout;
    m_addPeerButton = new QPushButton(tr("A&dd peer…"), this);
    m_addPeerButton->setObjectName(QStringLiteral("addPeerButton"));
    m_addPeerButton->setToolTip(tr("Add a database of the team by its site id"));
    m_renamePeerButton = new QPushButton(tr("Re&name peer…"), this);
    m_renamePeerButton->setObjectName(QStringLiteral("renamePeerButton"));
    m_renamePeerButton->setToolTip(tr("Change the name shown for the chosen peer"));
    m_removePeerButton = new QPushButton(tr("R&emove peer…"), this);
    m_removePeerButton->setObjectName(QStringLiteral("removePeerButton"));
    m_removePeerButton->setToolTip(tr("Stop exchanging bundles with the chosen peer"));
    peerActions->addWidget(m_addPeerButton);
    peerActions->addWidget(m_renamePeerButton);
    peerActions->addWidget(m_removePeerButton);
    peerActions->addStretch();
    layout->addLayout(peerActions);
    connect(m_addPeerButton, &QPushButton::clicked, this, &SyncPage::addPeer);
    connect(m_renamePeerButton, &QPushButton::clicked, this, &SyncPage::renamePeer);
    connect(m_removePeerButton, &QPushButton::clicked, this, &SyncPage::removePeer);

    auto* actions = new QHBoxLayout;
    auto* exportToLabel = new QLabel(tr("Export t&o:"), this);
    m_exportTo = new QComboBox(this);
    m_exportTo->setObjectName(QStringLiteral("exportTo"));
    m_exportTo->setAccessibleName(tr("Export to peer"));
    m_exportTo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    exportToLabel->setBuddy(m_exportTo);
    m_exportButton = new QPushButton(tr("E&xport changes…"), this);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setToolTip(tr("Write this database's changes for the chosen peer to an encrypted file (Ctrl+E)"));
    m_importButton = new QPushButton(tr("&Import bundle…"), this);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_importButton->setToolTip(tr("Read a peer's encrypted file and merge its changes (Ctrl+I)"));
    actions->addWidget(exportToLabel);
    actions->addWidget(m_exportTo);
    actions->addWidget(m_exportButton);
    actions->addSpacing(16);
    actions->addWidget(m_importButton);
    actions->addStretch();
    layout->addLayout(actions);
    connect(m_exportButton, &QPushButton::clicked, this, &SyncPage::exportBundle);
    connect(m_importButton, &QPushButton::clicked, this, &SyncPage::importBundle);
    auto* exportShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_E), this);
    exportShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(exportShortcut, &QShortcut::activated, m_exportButton, &QPushButton::click);
    auto* importShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_I), this);
    importShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(importShortcut, &QShortcut::activated, m_importButton, &QPushButton::click);

    m_task = new BackgroundTask(this);
    m_progress = new TaskProgress(m_task, this);
    m_progress->setCancelToolTip(tr("Stop: a cancelled export writes no file, a cancelled import changes nothing"));
    layout->addWidget(m_progress);

    m_resultLabel = new QLabel(this);
    m_resultLabel->setObjectName(QStringLiteral("resultLabel"));
    m_resultLabel->setWordWrap(true);
    m_resultLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_resultLabel);

    m_inboxHeading = new QLabel(this);
    m_inboxHeading->setObjectName(QStringLiteral("inboxHeading"));
    styleHeading(m_inboxHeading);
    layout->addWidget(m_inboxHeading);
    auto* inboxHelp = new QLabel(tr("The same field was changed here and by a peer. Decide which value stands; the "
                                    "decision travels in your next export and is recorded in the audit log."),
                                 this);
    inboxHelp->setWordWrap(true);
    layout->addWidget(inboxHelp);

    m_conflicts = new QTableWidget(0, ConflictColumnCount, this);
    m_conflicts->setObjectName(QStringLiteral("conflictsTable"));
    m_conflicts->setAccessibleName(tr("Conflict inbox"));
    m_conflicts->setAccessibleDescription(
        tr("Each row is a field changed on both sides: the record, the field, the value both sides last shared, "
           "their value and who changed it when, and your value"));
    m_conflicts->setHorizontalHeaderLabels(
        {tr("Record"), tr("Field"), tr("Last common value"), tr("Theirs"), tr("Changed by (theirs)"), tr("Mine")});
    m_conflicts->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_conflicts->horizontalHeader()->setStretchLastSection(true);
    m_conflicts->verticalHeader()->hide();
    m_conflicts->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_conflicts->setSelectionMode(QAbstractItemView::SingleSelection);
    m_conflicts->setTabKeyNavigation(false);
    m_conflicts->setWordWrap(false);
    layout->addWidget(m_conflicts, 1);
    connect(m_conflicts, &QTableWidget::itemSelectionChanged, this, &SyncPage::updateButtons);

    auto* decisions = new QHBoxLayout;
    m_keepMineButton = new QPushButton(tr("Keep &mine"), this);
    m_keepMineButton->setObjectName(QStringLiteral("keepMineButton"));
    m_keepMineButton->setToolTip(tr("Keep this database's value for the chosen conflict"));
    m_keepTheirsButton = new QPushButton(tr("Keep thei&rs"), this);
    m_keepTheirsButton->setObjectName(QStringLiteral("keepTheirsButton"));
    m_keepTheirsButton->setToolTip(tr("Take the peer's value for the chosen conflict"));
    m_mergedButton = new QPushButton(tr("Edit merged v&alue…"), this);
    m_mergedButton->setObjectName(QStringLiteral("mergedButton"));
    m_mergedButton->setToolTip(tr("Type the value that should stand, combining both"));
    decisions->addWidget(m_keepMineButton);
    decisions->addWidget(m_keepTheirsButton);
    decisions->addWidget(m_mergedButton);
    decisions->addStretch();
    layout->addLayout(decisions);
    connect(m_keepMineButton, &QPushButton::clicked, this, &SyncPage::keepMine);
    connect(m_keepTheirsButton, &QPushButton::clicked, this, &SyncPage::keepTheirs);
    connect(m_mergedButton, &QPushButton::clicked, this, &SyncPage::editMergedValue);
}

void SyncPage::setStore(storage::Store* store)
{
    // An export or import of the old store is cancelled and waited for; nothing of it is shown.
    m_task->abandon();
    m_task->waitForAll();
    m_engine.reset();
    m_store = store;
    m_resultLabel->clear();
    // Empty what the old store showed (refresh() with no store reads nothing); the main window
    // calls refresh() when the page is shown (StorePage).
    refresh();
    if (m_store) {
        m_engine = std::make_unique<sync::SyncEngine>(*m_store);
    }
}

void SyncPage::refresh()
{
    if (!m_engine) {
        m_roleLabel->clear();
        m_siteLabel->clear();
        m_peers->setRowCount(0);
        m_exportTo->clear();
        m_conflicts->setRowCount(0);
        m_conflictIds.clear();
        m_inboxHeading->setText(tr("Conflicts"));
        updateButtons();
        return;
    }
    try {
        const QString role = m_engine->role();
        m_siteLabel->setText(tr("Site id: %1").arg(m_engine->siteId()));
        if (const int index = m_roleCombo->findData(role); index >= 0) {
            m_roleCombo->setCurrentIndex(index);
        }
        if (role.isEmpty()) {
            m_roleLabel->setText(tr("This database is not set up for sync yet: choose its role below and add its "
                                    "peers by their site ids."));
        } else {
            m_roleLabel->setText(role == QLatin1String("hub")
                                     ? tr("This database is the team's hub: it receives every officer's changes and "
                                          "sends each officer the council-wide data and their own caseload.")
                                     : tr("This is an officer's database: it holds the council-wide data and this "
                                          "officer's caseload, and exchanges bundles with the hub."));
        }
        refreshPeers();
        refreshConflicts();
    } catch (const std::exception& error) {
        uiLog()->warn("Sync page: could not read the sync set-up: {}", error.what());
        m_roleLabel->setText(tr("Could not read the sync set-up: %1").arg(QString::fromUtf8(error.what())));
    }
    updateButtons();
}

void SyncPage::refreshPeers()
{
    const QString chosen = m_exportTo->currentData().toString();
    const auto peers = m_engine->peers();
    m_peers->setRowCount(int(peers.size()));
    m_exportTo->clear();
    for (int row = 0; row < peers.size(); ++row) {
        const auto& peer = peers.at(row);
        m_peers->setItem(row, 0, item(peer.name));
        m_peers->setItem(row, 1, item(peer.siteId));
        m_peers->setItem(row, 2, item(peer.lastExportAt.isValid() ? whenText(peer.lastExportAt) : tr("never")));
        m_peers->setItem(row, 3, item(peer.lastImportAt.isValid() ? whenText(peer.lastImportAt) : tr("never")));
        const QString officer = officerName(peer.officerId);
        m_peers->setItem(row, 4,
                         item(officer.isEmpty() ? tr("not known yet (learnt from its first bundle)") : officer));
        m_exportTo->addItem(peer.name.isEmpty() ? peer.siteId : peer.name, peer.siteId);
    }
    const int index = m_exportTo->findData(chosen);
    if (index >= 0) {
        m_exportTo->setCurrentIndex(index);
    }
}

void SyncPage::refreshConflicts()
{
    const qint64 chosen = m_conflictIds.value(m_conflicts->currentRow(), -1);
    const auto conflicts = m_engine->conflicts(true);
    m_conflictIds.clear();
    m_conflicts->setRowCount(int(conflicts.size()));
    int chosenRow = conflicts.isEmpty() ? -1 : 0;
    for (int row = 0; row < conflicts.size(); ++row) {
        const auto& conflict = conflicts.at(row);
        m_conflictIds.append(conflict.id);
        if (conflict.id == chosen) {
            chosenRow = row;
        }
        const bool deleted = conflict.kind == QLatin1String("delete");
        m_conflicts->setItem(row, Record, item(recordName(conflict.table, conflict.key)));
        QTableWidgetItem* field = item(deleted ? tr("Deleted on one side, edited on the other (%1)")
                                                     .arg(conflict.editedFields.join(QStringLiteral(", ")))
                                               : fieldText(conflict.column));
        field->setData(Qt::UserRole, deleted);
        m_conflicts->setItem(row, Field, field);
        m_conflicts->setItem(row, Base, item(conflict.baseKnown ? valueText(conflict.base) : tr("(not known)")));
        m_conflicts->setItem(row, Theirs, item(valueText(conflict.theirs)));
        QString who = officerName(conflict.theirOfficer);
        const QString site = peerName(conflict.theirSite);
        if (!site.isEmpty() && site != who) {
            who = who.isEmpty() ? site : tr("%1 (%2)").arg(who, site);
        }
        m_conflicts->setItem(row, TheirsWho,
                             item(tr("%1, %2").arg(who.isEmpty() ? tr("unknown") : who, whenText(conflict.theirAt))));
        m_conflicts->setItem(row, Mine, item(valueText(conflict.mine)));
    }
    m_conflicts->resizeColumnsToContents();
    if (chosenRow >= 0) {
        m_conflicts->setCurrentCell(chosenRow, 0);
        m_conflicts->selectRow(chosenRow);
    }
    m_inboxHeading->setText(conflicts.isEmpty() ? tr("Conflicts: none to decide")
                                                : tr("Conflicts to decide: %1").arg(conflicts.size()));
}

void SyncPage::updateButtons()
{
    const bool ready = m_engine && !isWorking();
    m_copySiteButton->setEnabled(bool(m_engine));
    m_roleCombo->setEnabled(ready);
    m_setRoleButton->setEnabled(ready);
    m_addPeerButton->setEnabled(ready);
    const bool peerChosen = ready && !selectedPeer().isEmpty();
    m_renamePeerButton->setEnabled(peerChosen);
    m_removePeerButton->setEnabled(peerChosen);
    m_exportTo->setEnabled(ready && m_exportTo->count() > 0);
    m_exportButton->setEnabled(ready && m_exportTo->count() > 0);
    m_importButton->setEnabled(ready);
    const int row = m_conflicts->currentRow();
    const bool chosen = ready && row >= 0 && row < m_conflictIds.size();
    m_keepMineButton->setEnabled(chosen);
    m_keepTheirsButton->setEnabled(chosen);
    // An edit-versus-delete conflict is decided by keeping one side, never by a typed value.
    const bool deleted =
        chosen && m_conflicts->item(row, Field) && m_conflicts->item(row, Field)->data(Qt::UserRole).toBool();
    m_mergedButton->setEnabled(chosen && !deleted);
}

QString SyncPage::recordName(const QString& table, const QString& key)
{
    if (table == QLatin1String("residents")) {
        if (const auto resident = m_store->residents().find(key)) {
            return tr("Resident %1 %2").arg(resident->givenName, resident->familyName).simplified();
        }
    }
    QString name = fieldText(table);
    return tr("%1 %2").arg(name, key.right(8));
}

QString SyncPage::officerName(const QString& officerId)
{
    if (officerId.isEmpty()) {
        return {};
    }
    if (const auto officer = m_store->officers().find(officerId)) {
        return officer->displayName;
    }
    return officerId;
}

QString SyncPage::peerName(const QString& siteId)
{
    for (const auto& peer : m_engine->peers()) {
        if (peer.siteId == siteId) {
            return peer.name.isEmpty() ? siteId : peer.name;
        }
    }
    return siteId;
}

std::optional<QString> SyncPage::askPassphrase(const QString& title, const QString& text, bool confirm)
{
    if (g_nextPassphrase) {
        const auto answer = *g_nextPassphrase;
        g_nextPassphrase.reset();
        return answer;
    }
    if (QStandardPaths::isTestModeEnabled()) {
        return std::nullopt;
    }
    QDialog dialog(this);
    dialog.setWindowTitle(title);
    auto* layout = new QVBoxLayout(&dialog);
    auto* intro = new QLabel(text, &dialog);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    auto* first = new QLineEdit(&dialog);
    first->setEchoMode(QLineEdit::Password);
    first->setAccessibleName(tr("Team passphrase"));
    first->setMinimumWidth(280);
    form->addRow(tr("&Passphrase:"), first);
    QLineEdit* second = nullptr;
    if (confirm) {
        second = new QLineEdit(&dialog);
        second->setEchoMode(QLineEdit::Password);
        second->setAccessibleName(tr("Team passphrase again"));
        form->addRow(tr("&Again:"), second);
    }
    layout->addLayout(form);
    auto* problem = new QLabel(&dialog);
    problem->setWordWrap(true);
    layout->addWidget(problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        if (first->text().isEmpty()) {
            problem->setText(tr("Error: type the team passphrase."));
            first->setFocus();
            return;
        }
        if (second && second->text() != first->text()) {
            problem->setText(tr("Error: the two passphrases differ; type them again."));
            second->clear();
            second->setFocus();
            return;
        }
        dialog.accept();
    });
    first->setFocus();
    if (dialog.exec() != QDialog::Accepted) {
        return std::nullopt;
    }
    return first->text();
}

std::optional<QString> SyncPage::askMergedValue(const storage::SyncConflict& conflict)
{
    if (g_nextMergedValue) {
        const auto answer = *g_nextMergedValue;
        g_nextMergedValue.reset();
        return answer;
    }
    if (QStandardPaths::isTestModeEnabled()) {
        return std::nullopt;
    }
    bool ok = false;
    const QString start = conflict.mine.isNull() ? QString() : valueText(conflict.mine);
    const QString text = QInputDialog::getText(
        this, tr("Merged value"),
        tr("%1: theirs is \"%2\", mine is \"%3\". The value that should stand:")
            .arg(fieldText(conflict.column), valueText(conflict.theirs), valueText(conflict.mine)),
        QLineEdit::Normal, start, &ok);
    if (!ok) {
        return std::nullopt;
    }
    return text;
}

void SyncPage::cancelWork()
{
    m_task->cancel();
}

void SyncPage::runInWorker(const QString& stage, std::function<void(sync::SyncEngine&, const sync::Progress&)> work,
                           std::function<void(bool cancelled, const QString& error)> done)
{
    m_resultLabel->clear();
    m_task->start(
        stage, m_store->path(), &m_store->clock(),
        [work](TaskContext& context) {
            sync::SyncEngine engine(*context.store());
            // Throws TaskCancelled once Cancel was pressed: the engine's transaction rolls back.
            work(engine,
                 [&context](const QString& step, qint64 count, qint64 total) { context.progress(step, count, total); });
        },
        [this, done](BackgroundTask::Outcome outcome, const QString& error) {
            refresh();
            done(outcome == BackgroundTask::Outcome::Cancelled, error);
            emit workFinished();
        });
    updateButtons();
    m_progress->cancelButton()->setFocus();
}

void SyncPage::exportBundle()
{
    if (!m_engine || isWorking() || m_exportTo->count() == 0) {
        return;
    }
    const QString peerId = m_exportTo->currentData().toString();
    const QString peerLabel = m_exportTo->currentText();
    const QString suggested =
        QStringLiteral("hearth-to-%1-%2.hearthsync")
            .arg(QString(peerLabel).replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9]+")), QStringLiteral("-")),
                 m_store->clock().nowUtc().toString(QStringLiteral("yyyyMMdd-HHmm")));
    const QString path = FileDialog::getSaveFileName(this, tr("Export changes for %1").arg(peerLabel), suggested,
                                                     tr("Hearth sync bundles (*.hearthsync);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    if (QFileInfo::exists(path)) {
        MessageBox::warning(this, tr("Export changes"), tr("%1 exists already.").arg(QFileInfo(path).fileName()),
                            tr("Hearth does not overwrite files. Choose another name."));
        return;
    }
    const auto passphrase = askPassphrase(
        tr("Team passphrase"),
        tr("The bundle for %1 is encrypted with the team passphrase. It is not stored.").arg(peerLabel), true);
    if (!passphrase) {
        return;
    }
    const sync::KdfLimits kdf = m_exportKdf;
    const QString secret = *passphrase;
    auto header = std::make_shared<sync::BundleHeader>();
    runInWorker(
        tr("Capturing changes"),
        [peerId, secret, kdf, path, header](sync::SyncEngine& engine, const sync::Progress& progress) {
            sync::ExportRequest request;
            request.to = peerId;
            request.passphrase = secret;
            request.kdf = kdf;
            request.progress = progress;
            // Written before the export is committed, and only whole (QSaveFile): a cancel or a
            // failure leaves neither a file nor a record of the export.
            request.write = [&](const QByteArray& bundle) {
                progress(QStringLiteral("Writing the file"), 0, 1);
                QSaveFile file(path);
                if (!file.open(QIODevice::WriteOnly) || file.write(bundle) != bundle.size()) {
                    throw storage::Error(
                        storage::Error::Kind::Io,
                        QStringLiteral("Could not write %1: %2").arg(QFileInfo(path).fileName(), file.errorString()));
                }
                progress(QStringLiteral("Writing the file"), 1, 1);
                if (!file.commit()) {
                    throw storage::Error(
                        storage::Error::Kind::Io,
                        QStringLiteral("Could not write %1: %2").arg(QFileInfo(path).fileName(), file.errorString()));
                }
            };
            *header = engine.exportBundle(request).header;
        },
        [this, header, peerLabel, path](bool cancelled, const QString& error) {
            if (cancelled) {
                m_resultLabel->setText(tr("Export cancelled: no file was written and nothing was recorded."));
                return;
            }
            if (!error.isEmpty()) {
                m_resultLabel->setText(tr("Export failed: %1").arg(error));
                MessageBox::critical(this, tr("Export changes"), tr("The changes were not exported."), error);
                return;
            }
            m_resultLabel->setText(
                tr("Exported %n changed record(s) and %1 erasure(s) for %2 to %3.", nullptr, int(header->rows))
                    .arg(header->purges)
                    .arg(peerLabel, QFileInfo(path).fileName()));
        });
}

void SyncPage::importBundle()
{
    if (!m_engine || isWorking()) {
        return;
    }
    const QString path = FileDialog::getOpenFileName(this, tr("Import a sync bundle"), QString(),
                                                     tr("Hearth sync bundles (*.hearthsync);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    const QString fileName = QFileInfo(path).fileName();
    QFile file(path);
    if (QFileInfo(path).size() > kMaxBundleBytes || !file.open(QIODevice::ReadOnly)) {
        MessageBox::critical(this, tr("Import bundle"), tr("Could not read %1.").arg(fileName),
                             file.errorString().isEmpty() ? tr("The file is too large to be a sync bundle.")
                                                          : file.errorString());
        return;
    }
    const QByteArray bytes = file.readAll();
    file.close();

    // The summary: what the clear header says the bundle holds (no passphrase needed for that).
    sync::BundleHeader header;
    try {
        header = sync::readBundleHeader(bytes);
    } catch (const sync::BundleError& error) {
        MessageBox::critical(this, tr("Import bundle"), tr("%1 cannot be imported.").arg(fileName), error.message());
        return;
    }
    const QString sender = header.senderName.isEmpty() ? peerName(header.sender) : header.senderName;
    const QString summary =
        tr("From %1, made %2.\n%n changed record(s) and %3 erasure(s) to merge (their changes %4 to %5). "
           "Fields changed here as well become conflicts to decide; nothing is overwritten silently.",
           nullptr, int(header.rows))
            .arg(sender, whenText(header.createdAt))
            .arg(header.purges)
            .arg(header.seqFrom + 1)
            .arg(header.seqTo);
    if (MessageBox::ask(this, MessageBox::Kind::Question, tr("Import bundle"),
                        tr("Import the changes in %1?").arg(fileName), summary, MessageBox::Ok | MessageBox::Cancel,
                        MessageBox::Ok)
        != MessageBox::Ok) {
        return;
    }
    const auto passphrase = askPassphrase(
        tr("Team passphrase"), tr("%1 is encrypted with the team passphrase. It is not stored.").arg(fileName), false);
    if (!passphrase) {
        return;
    }
    const QString secret = *passphrase;
    auto result = std::make_shared<sync::ImportResult>();
    runInWorker(
        tr("Decrypting"),
        [bytes, secret, result](sync::SyncEngine& engine, const sync::Progress& progress) {
            *result = engine.importBundle(bytes, secret, progress);
        },
        [this, result, fileName, sender](bool cancelled, const QString& error) {
            if (cancelled) {
                m_resultLabel->setText(tr("Import of %1 cancelled; nothing changed.").arg(fileName));
                return;
            }
            if (!error.isEmpty()) {
                m_resultLabel->setText(tr("Import failed; nothing changed: %1").arg(error));
                MessageBox::critical(this, tr("Import bundle"),
                                     tr("%1 was not imported; nothing changed.").arg(fileName), error);
                return;
            }
            if (result->alreadyImported) {
                m_resultLabel->setText(tr("%1 was imported already on %2; nothing changed.")
                                           .arg(fileName, whenText(result->firstImportedAt)));
                return;
            }
            QString text = tr("Imported %1 from %2: %n record(s) changed, %3 erased, %4 new conflict(s) to decide, %5 "
                              "settled elsewhere.",
                              nullptr, int(result->rowsApplied))
                               .arg(fileName, sender)
                               .arg(result->purgesApplied)
                               .arg(result->conflictsRaised)
                               .arg(result->conflictsSettled);
            if (result->released > 0) {
                text += QLatin1Char(' ')
                    + tr("%n resident(s) re-assigned to another officer left this database (the hub keeps them).",
                         nullptr, int(result->released));
            }
            m_resultLabel->setText(text);
        });
}

std::optional<storage::SyncConflict> SyncPage::currentConflict()
{
    const int row = m_conflicts->currentRow();
    if (!m_engine || row < 0 || row >= m_conflictIds.size()) {
        return std::nullopt;
    }
    for (const auto& conflict : m_engine->conflicts(true)) {
        if (conflict.id == m_conflictIds.at(row)) {
            return conflict;
        }
    }
    return std::nullopt;
}

void SyncPage::keepMine()
{
    decide(int(sync::SyncEngine::Keep::Mine));
}

void SyncPage::keepTheirs()
{
    decide(int(sync::SyncEngine::Keep::Theirs));
}

void SyncPage::editMergedValue()
{
    const auto conflict = currentConflict();
    if (!conflict || isWorking()) {
        return;
    }
    const auto text = askMergedValue(*conflict);
    if (!text) {
        return;
    }
    decide(int(sync::SyncEngine::Keep::Merged), {}, *text, true);
}

void SyncPage::decide(int keep, const QJsonValue& merged, const QString& text, bool fromText)
{
    const auto conflict = currentConflict();
    if (!conflict || isWorking()) {
        return;
    }
    try {
        if (fromText) {
            m_engine->resolveWithText(conflict->id, text);
        } else {
            m_engine->resolve(conflict->id, static_cast<sync::SyncEngine::Keep>(keep), merged);
        }
        const QString how = keep == int(sync::SyncEngine::Keep::Mine) ? tr("kept mine")
            : keep == int(sync::SyncEngine::Keep::Theirs)             ? tr("kept theirs")
                                                                      : tr("used a merged value");
        m_resultLabel->setText(tr("Decided %1 of %2: %3. The decision goes in your next export.")
                                   .arg(fieldText(conflict->column), recordName(conflict->table, conflict->key), how));
    } catch (const std::exception& error) {
        MessageBox::warning(this, tr("Decide conflict"), tr("The conflict was not decided."),
                            QString::fromUtf8(error.what()));
    }
    refresh();
    m_conflicts->setFocus();
}

QString SyncPage::selectedPeer() const
{
    const int row = m_peers->currentRow();
    if (row < 0 || !m_peers->item(row, 1) || m_peers->selectedItems().isEmpty()) {
        return {};
    }
    return m_peers->item(row, 1)->text();
}

void SyncPage::copySiteId()
{
    if (!m_engine) {
        return;
    }
    QGuiApplication::clipboard()->setText(m_engine->siteId());
    m_resultLabel->setText(tr("Copied this database's site id. Give it to the peers that add this database."));
}

void SyncPage::setRole()
{
    if (!m_engine || isWorking()) {
        return;
    }
    const QString role = m_roleCombo->currentData().toString();
    const QString current = m_engine->role();
    if (role == current) {
        m_resultLabel->setText(tr("This database is already the %1.").arg(m_roleCombo->currentText()));
        return;
    }
    const QString explanation = role == QLatin1String("hub")
        ? tr("The hub is the manager's database: it receives every officer's changes and sends each officer the "
             "council-wide data and their own caseload. A team has one hub.")
        : tr("An officer's database holds the council-wide data and that officer's caseload, and exchanges bundles "
             "with the hub.");
    if (MessageBox::ask(this, MessageBox::Kind::Question, tr("Set sync role"),
                        tr("Make this database the %1?").arg(m_roleCombo->currentText()),
                        current.isEmpty() ? explanation
                                          : explanation + QLatin1Char(' ')
                                + tr("Change a role only when setting up the team again: its peers must agree."),
                        MessageBox::Ok | MessageBox::Cancel, MessageBox::Cancel)
        != MessageBox::Ok) {
        refresh();
        return;
    }
    try {
        m_engine->setRole(role);
        m_resultLabel->setText(tr("This database is now the %1.").arg(m_roleCombo->currentText()));
    } catch (const std::exception& error) {
        MessageBox::warning(this, tr("Set sync role"), tr("The role was not changed."),
                            QString::fromUtf8(error.what()));
    }
    refresh();
}

void SyncPage::addPeer()
{
    if (!m_engine || isWorking()) {
        return;
    }
    std::optional<PeerAnswer> answer;
    if (g_nextPeer) {
        answer = *g_nextPeer;
        g_nextPeer.reset();
    } else if (!QStandardPaths::isTestModeEnabled()) {
        QList<QPair<QString, QString>> officers;
        for (const auto& officer : m_store->officers().list()) {
            officers.append({officer.id, officer.displayName});
        }
        sync::SyncEngine* engine = m_engine.get();
        PeerDialog dialog([engine](const QString& siteId) { return engine->siteIdProblem(siteId); }, officers, this);
        if (dialog.exec() == QDialog::Accepted) {
            answer = PeerAnswer {dialog.siteId(), dialog.name(), dialog.officerId()};
        }
    }
    if (!answer) {
        return;
    }
    try {
        m_engine->addPeer(answer->siteId, answer->name, answer->officerId);
        m_resultLabel->setText(tr("Added %1 as a peer.").arg(answer->name.trimmed()));
    } catch (const storage::Error& error) {
        MessageBox::warning(this, tr("Add a peer"), tr("The peer was not added."), error.message());
    } catch (const std::exception& error) {
        MessageBox::warning(this, tr("Add a peer"), tr("The peer was not added."), QString::fromUtf8(error.what()));
    }
    refresh();
}

void SyncPage::renamePeer()
{
    const QString siteId = selectedPeer();
    if (!m_engine || isWorking() || siteId.isEmpty()) {
        return;
    }
    const QString current = peerName(siteId);
    std::optional<QString> name;
    if (g_nextPeerName) {
        name = *g_nextPeerName;
        g_nextPeerName.reset();
    } else if (!QStandardPaths::isTestModeEnabled()) {
        bool ok = false;
        const QString typed = QInputDialog::getText(this, tr("Rename peer"), tr("New name for %1:").arg(current),
                                                    QLineEdit::Normal, current, &ok);
        if (ok) {
            name = typed;
        }
    }
    if (!name) {
        return;
    }
    try {
        m_engine->renamePeer(siteId, *name);
        m_resultLabel->setText(tr("Renamed %1 to %2.").arg(current, name->trimmed()));
    } catch (const std::exception& error) {
        MessageBox::warning(this, tr("Rename peer"), tr("The peer was not renamed."), QString::fromUtf8(error.what()));
    }
    refresh();
}

void SyncPage::removePeer()
{
    const QString siteId = selectedPeer();
    if (!m_engine || isWorking() || siteId.isEmpty()) {
        return;
    }
    const QString name = peerName(siteId);
    if (MessageBox::ask(this, MessageBox::Kind::Warning, tr("Remove peer"), tr("Remove %1 as a peer?").arg(name),
                        tr("Bundles from it will be refused and none will be made for it. The records it sent stay "
                           "here. It can be added again with its site id."),
                        MessageBox::Ok | MessageBox::Cancel, MessageBox::Cancel)
        != MessageBox::Ok) {
        return;
    }
    try {
        m_engine->removePeer(siteId);
        m_resultLabel->setText(tr("Removed %1 as a peer.").arg(name));
    } catch (const std::exception& error) {
        MessageBox::warning(this, tr("Remove peer"), tr("The peer was not removed."), QString::fromUtf8(error.what()));
    }
    refresh();
}

} // namespace hearth::ui
