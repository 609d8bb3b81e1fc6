#include "sync/SyncPage.h"

#include "FileDialog.h"
#include "MessageBox.h"
#include "OfficerRepository.h"
#include "PageStyle.h"
#include "ResidentRepository.h"
#include "StorageError.h"
#include "Store.h"
#include "SyncEngine.h"
#include "UiLog.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
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

SyncPage::~SyncPage() = default;

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

    auto* peersLabel = new QLabel(tr("&Peers"), this);
    layout->addWidget(peersLabel);
    m_peers = new QTableWidget(0, 4, this);
    m_peers->setObjectName(QStringLiteral("peersTable"));
    m_peers->setAccessibleName(tr("Peers"));
    m_peers->setAccessibleDescription(tr("The databases this one exchanges bundles with, and when it last did"));
    m_peers->setHorizontalHeaderLabels(
        {tr("Name"), tr("Site id"), tr("Last export to them"), tr("Last import from them")});
    m_peers->horizontalHeader()->setStretchLastSection(true);
    m_peers->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_peers->verticalHeader()->hide();
    m_peers->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_peers->setSelectionMode(QAbstractItemView::SingleSelection);
    m_peers->setTabKeyNavigation(false);
    m_peers->setMaximumHeight(130);
    peersLabel->setBuddy(m_peers);
    layout->addWidget(m_peers);

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

    auto* progressRow = new QHBoxLayout;
    m_stageLabel = new QLabel(this);
    m_stageLabel->setObjectName(QStringLiteral("stageLabel"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_progress->setAccessibleName(tr("Progress"));
    m_progress->setTextVisible(true);
    progressRow->addWidget(m_stageLabel);
    progressRow->addWidget(m_progress, 1);
    layout->addLayout(progressRow);
    m_stageLabel->hide();
    m_progress->hide();

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
    m_engine.reset();
    m_store = store;
    if (m_store) {
        m_engine = std::make_unique<sync::SyncEngine>(*m_store);
    }
    m_resultLabel->clear();
    refresh();
}

void SyncPage::refresh()
{
    if (!m_engine) {
        m_roleLabel->clear();
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
        if (role.isEmpty()) {
            m_roleLabel->setText(tr("This database is not set up for sync yet. Give it a role and its peers with "
                                    "'hearth-cli sync role' and 'hearth-cli sync peer add'. Its site id is %1.")
                                     .arg(m_engine->siteId()));
        } else {
            m_roleLabel->setText(
                tr("This database is the team's %1 (site id %2).")
                    .arg(role == QLatin1String("hub") ? tr("hub") : tr("officer copy"), m_engine->siteId()));
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
    const bool ready = m_engine && !m_working;
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

void SyncPage::startWork()
{
    m_working = true;
    m_resultLabel->clear();
    m_stageLabel->show();
    m_progress->show();
    m_progress->setRange(0, 0);
    updateButtons();
}

void SyncPage::finishWork()
{
    m_working = false;
    m_stageLabel->hide();
    m_progress->hide();
    refresh();
}

void SyncPage::showProgress(const QString& stage, qint64 done, qint64 total)
{
    m_stageLabel->setText(stage);
    if (total > 0) {
        // QProgressBar counts in int; scale very large totals down.
        const int scale = total > 1000000 ? int(total / 1000000) + 1 : 1;
        m_progress->setRange(0, int(total / scale));
        m_progress->setValue(int(done / scale));
    } else {
        m_progress->setRange(0, 0);
    }
    m_progress->setAccessibleDescription(stage);
    // Long work runs on this thread: let the bar paint, but take no input meanwhile.
    QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
}

void SyncPage::exportBundle()
{
    if (!m_engine || m_working || m_exportTo->count() == 0) {
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
    startWork();
    try {
        sync::ExportRequest request;
        request.to = peerId;
        request.passphrase = *passphrase;
        request.kdf = m_exportKdf;
        request.progress = [this](const QString& stage, qint64 done, qint64 total) {
            showProgress(stage, done, total);
        };
        showProgress(tr("Capturing changes"), 0, 0);
        const auto result = m_engine->exportBundle(request);
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(result.bundle) != result.bundle.size() || !file.commit()) {
            throw storage::Error(storage::Error::Kind::Io,
                                 tr("Could not write %1: %2").arg(QFileInfo(path).fileName(), file.errorString()));
        }
        finishWork();
        m_resultLabel->setText(
            tr("Exported %n changed record(s) and %1 erasure(s) for %2 to %3.", nullptr, int(result.header.rows))
                .arg(result.header.purges)
                .arg(peerLabel, QFileInfo(path).fileName()));
    } catch (const std::exception& error) {
        finishWork();
        const QString message = QString::fromUtf8(error.what());
        m_resultLabel->setText(tr("Export failed: %1").arg(message));
        MessageBox::critical(this, tr("Export changes"), tr("The changes were not exported."), message);
    }
}

void SyncPage::importBundle()
{
    if (!m_engine || m_working) {
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
    startWork();
    try {
        showProgress(tr("Decrypting"), 0, 0);
        const auto result =
            m_engine->importBundle(bytes, *passphrase, [this](const QString& stage, qint64 done, qint64 total) {
                showProgress(stage, done, total);
            });
        finishWork();
        if (result.alreadyImported) {
            m_resultLabel->setText(
                tr("%1 was imported already on %2; nothing changed.").arg(fileName, whenText(result.firstImportedAt)));
        } else {
            m_resultLabel->setText(
                tr("Imported %1 from %2: %n record(s) changed, %3 erased, %4 new conflict(s) to decide, %5 settled "
                   "elsewhere.",
                   nullptr, int(result.rowsApplied))
                    .arg(fileName, sender)
                    .arg(result.purgesApplied)
                    .arg(result.conflictsRaised)
                    .arg(result.conflictsSettled));
        }
    } catch (const sync::BundleError& error) {
        finishWork();
        m_resultLabel->setText(tr("Import failed; nothing changed: %1").arg(error.message()));
        MessageBox::critical(this, tr("Import bundle"), tr("%1 was not imported; nothing changed.").arg(fileName),
                             error.message());
    } catch (const std::exception& error) {
        finishWork();
        const QString message = QString::fromUtf8(error.what());
        m_resultLabel->setText(tr("Import failed; nothing changed: %1").arg(message));
        MessageBox::critical(this, tr("Import bundle"), tr("%1 was not imported; nothing changed.").arg(fileName),
                             message);
    }
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
    if (!conflict || m_working) {
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
    if (!conflict || m_working) {
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

} // namespace hearth::ui
