#include "MainWindow.h"

#include "ui_MainWindow.h"

#include "AboutDialog.h"
#include "Backup.h"
#include "DatabaseOpener.h"
#include "FileDialog.h"
#include "MessageBox.h"
#include "OfficerRepository.h"
#include "UiLog.h"
#include "actionplan/ActionPlanPage.h"
#include "audit/AuditPage.h"
#include "caseload/CaseloadPage.h"
#include "dataprotection/BackupController.h"
#include "dataprotection/BackupsDialog.h"
#include "dataprotection/RetentionReviewDialog.h"
#include "directory/DirectoryPage.h"
#include "help/GuideWindow.h"
#include "import/ImportResidentsWizard.h"
#include "pages/PlannedPage.h"
#include "referrals/ReferralsPage.h"
#include "reports/ReportsPage.h"
#include "settings/CouncilSettingsDialog.h"
#include "settings/LanguageDialog.h"
#include "settings/SignInDialog.h"
#include "sync/SyncPage.h"
#include "work/BackgroundTask.h"
#include "work/TaskProgressDialog.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QFileInfo>
#include <QLabel>
#include <QListWidgetItem>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QProxyStyle>
#include <QStatusBar>
#include <QTimer>

#include <algorithm>
#include <utility>

namespace hearth::ui {

namespace {

constexpr MainWindow::Page kPages[MainWindow::kPageCount] = {
    MainWindow::Page::Caseload, MainWindow::Page::Directory, MainWindow::Page::Referrals, MainWindow::Page::ActionPlan,
    MainWindow::Page::Reports,  MainWindow::Page::Sync,      MainWindow::Page::Audit,
};

// The navigation list's style: the application's, with a wider margin before item text.
class NavigationStyle : public QProxyStyle
{
public:
    int pixelMetric(PixelMetric metric, const QStyleOption* option, const QWidget* widget) const override
    {
        if (metric == PM_FocusFrameHMargin) {
            return 2 * QProxyStyle::pixelMetric(metric, option, widget) + 6;
        }
        return QProxyStyle::pixelMetric(metric, option, widget);
    }
};

constexpr Qt::Key kPageKeys[MainWindow::kPageCount] = {Qt::Key_1, Qt::Key_2, Qt::Key_3, Qt::Key_4,
                                                       Qt::Key_5, Qt::Key_6, Qt::Key_7};

} // namespace

MainWindow::MainWindow(const Clock& clock, QSettings& settings, std::unique_ptr<storage::Store> store, QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_clock(clock)
    , m_settings(settings)
    , m_store(std::move(store))
{
    Q_ASSERT(m_store);
    m_ui->setupUi(this);
    setupPages();
    setupStatusBar();

    connect(m_ui->actionNewDatabase, &QAction::triggered, this, &MainWindow::newDatabase);
    connect(m_ui->actionOpenDatabase, &QAction::triggered, this, &MainWindow::chooseDatabase);
    connect(m_ui->actionClearRecent, &QAction::triggered, this, [this] {
        m_settings.clearRecentDatabases();
        rebuildRecentMenu();
    });
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionRefresh, &QAction::triggered, this, &MainWindow::refresh);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionAboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
    connect(m_ui->actionCouncilSettings, &QAction::triggered, this, &MainWindow::showCouncilSettings);
    connect(m_ui->actionImportResidents, &QAction::triggered, this, &MainWindow::importResidents);
    connect(m_ui->actionSignIn, &QAction::triggered, this, [this] { signIn(); });
    setupDataProtection();
    // Help > User guide (F1): the chapter about the page on screen.
    GuideWindow::addUserGuideAction(this, m_ui->menuHelp,
                                    [this] { return guideChapterForPage(pageKey(currentPage())); });

    auto* language = new QAction(tr("&Language…"), this);
    language->setObjectName(QStringLiteral("actionLanguage"));
    language->setStatusTip(tr("Choose English or Welsh for Hearth’s windows (from the next start)"));
    m_ui->menuTools->addSeparator();
    m_ui->menuTools->addAction(language);
    connect(language, &QAction::triggered, this, &MainWindow::showLanguage);

    restoreSettings();
    databaseOpened();
}

MainWindow::~MainWindow()
{
    // The pages' widgets outlive the members; they must let go of the store before it closes.
    for (StorePage* page : std::as_const(m_storePages)) {
        page->setStore(nullptr);
    }
}

QString MainWindow::pageKey(Page page)
{
    switch (page) {
    case Page::Caseload:
        return QStringLiteral("caseload");
    case Page::Directory:
        return QStringLiteral("directory");
    case Page::Referrals:
        return QStringLiteral("referrals");
    case Page::ActionPlan:
        return QStringLiteral("action-plan");
    case Page::Reports:
        return QStringLiteral("reports");
    case Page::Sync:
        return QStringLiteral("sync");
    case Page::Audit:
        return QStringLiteral("audit");
    }
    return {};
}

QString MainWindow::pageTitle(Page page) const
{
    switch (page) {
    case Page::Caseload:
        return tr("Caseload");
    case Page::Directory:
        return tr("Directory");
    case Page::Referrals:
        return tr("Referrals");
    case Page::ActionPlan:
        return tr("Action plan");
    case Page::Reports:
        return tr("Reports");
    case Page::Sync:
        return tr("Sync");
    case Page::Audit:
        return tr("Audit");
    }
    return {};
}

QString MainWindow::plannedDescription(Page page) const
{
    switch (page) {
    case Page::ActionPlan:
    case Page::Sync:
    case Page::Audit:
    case Page::Caseload:
    case Page::Directory:
    case Page::Referrals:
    case Page::Reports:
        break;
    }
    return {};
}

void MainWindow::setupPages()
{
    // One widget per page, in the order of kPages. A page that shows the database implements
    // StorePage and is given the store and asked to refresh; a page not built yet says what it
    // will do (PlannedPage).
    for (const Page page : kPages) {
        QWidget* widget = nullptr;
        switch (page) {
        case Page::Caseload:
            m_caseloadPage = new CaseloadPage(m_ui->pages);
            widget = m_caseloadPage;
            break;
        case Page::Reports:
            widget = new ReportsPage(m_ui->pages);
            break;
        case Page::Directory:
            widget = new DirectoryPage(m_ui->pages);
            break;
        case Page::Referrals:
            widget = new ReferralsPage(m_ui->pages);
            break;
        case Page::ActionPlan:
            widget = new ActionPlanPage(m_ui->pages);
            break;
        case Page::Sync:
            widget = new SyncPage(m_ui->pages);
            break;
        case Page::Audit:
            widget = new AuditPage(m_ui->pages);
            break;
        }
        widget->setObjectName(pageKey(page) + QStringLiteral("Page"));
        m_ui->pages->addWidget(widget);
        if (auto* storePage = dynamic_cast<StorePage*>(widget)) {
            m_storePages.append(storePage);
        }
    }

    m_pageActions = new QActionGroup(this);
    m_pageActions->setExclusive(true);
    for (int index = 0; index < kPageCount; ++index) {
        const Page page = kPages[index];
        const QKeySequence shortcut(QKeyCombination(Qt::ControlModifier, kPageKeys[index]));

        auto* item = new QListWidgetItem(pageTitle(page), m_ui->navigation);
        item->setData(Qt::UserRole, index);
        item->setToolTip(shortcut.toString(QKeySequence::NativeText));
        item->setData(Qt::AccessibleDescriptionRole,
                      tr("Shortcut: %1").arg(shortcut.toString(QKeySequence::NativeText)));
        // Two lines of the list's font tall, so a large system font still fits.
        item->setSizeHint(QSize(0, m_ui->navigation->fontMetrics().height() * 2));

        auto* action = m_ui->menuGo->addAction(pageTitle(page));
        action->setObjectName(QStringLiteral("actionGo_") + pageKey(page));
        action->setShortcut(shortcut);
        action->setCheckable(true);
        action->setStatusTip(tr("Show the %1 page").arg(pageTitle(page)));
        m_pageActions->addAction(action);
        connect(action, &QAction::triggered, this, [this, index] { m_ui->navigation->setCurrentRow(index); });
    }
    // Room before the section names, which the list's default items do not give.
    auto* navigationStyle = new NavigationStyle;
    navigationStyle->setParent(m_ui->navigation);
    m_ui->navigation->setStyle(navigationStyle);
    connect(m_ui->navigation, &QListWidget::currentRowChanged, this, &MainWindow::showPage);
}

void MainWindow::setupStatusBar()
{
    m_databaseLabel = new QLabel(this);
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    m_officerLabel = new QLabel(this);
    m_officerLabel->setObjectName(QStringLiteral("officerLabel"));
    m_schemaLabel = new QLabel(this);
    m_schemaLabel->setObjectName(QStringLiteral("schemaLabel"));
    // A click on the officer's name signs in as someone else (Tools > Sign in as… from the keyboard).
    m_officerLabel->setToolTip(tr("Click to sign in as another officer"));
    m_officerLabel->setCursor(Qt::PointingHandCursor);
    m_officerLabel->installEventFilter(this);
    for (QLabel* label : {m_databaseLabel, m_officerLabel, m_schemaLabel}) {
        label->setContentsMargins(6, 0, 6, 0);
        statusBar()->addPermanentWidget(label);
    }
}

void MainWindow::restoreSettings()
{
    const QByteArray geometry = m_settings.windowGeometry();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        resize(960, 640);
    }
    restoreState(m_settings.windowState());
    m_caseloadPage->restoreHeaderState(m_settings.caseloadHeaderState());

    int row = 0;
    const QString savedPage = m_settings.currentPage();
    for (int index = 0; index < kPageCount; ++index) {
        if (pageKey(kPages[index]) == savedPage) {
            row = index;
        }
    }
    m_ui->navigation->setCurrentRow(row);
    showPage(row); // setCurrentRow(0) on a fresh list may not emit a change
}

void MainWindow::saveSettings()
{
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    m_settings.setCaseloadHeaderState(m_caseloadPage->headerState());
    m_settings.setCurrentPage(pageKey(currentPage()));
    m_settings.sync();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!m_caseloadPage->closeRecords()) {
        event->ignore(); // a record with unsaved edits stays open
        return;
    }
    if (auto* task = restoreTask(); task && task->isRunning()) {
        // Closed while restoring (the progress dialog blocks the window, so not by hand): the
        // restore is cancelled, leaving the database as it was, before the backup at closing.
        task->cancel();
        task->wait();
    }
    saveSettings();
    // The backup at closing: wait for one already running, then write this one (the status bar
    // shows its progress; the copy runs off the GUI thread).
    m_backups->wait();
    if (m_backups->start(QStringLiteral("at closing"))) {
        m_backups->wait();
    }
    event->accept();
}

MainWindow::Page MainWindow::currentPage() const
{
    const int index = m_ui->pages->currentIndex();
    return index >= 0 && index < kPageCount ? kPages[index] : Page::Caseload;
}

void MainWindow::setCurrentPage(Page page)
{
    for (int index = 0; index < kPageCount; ++index) {
        if (kPages[index] == page) {
            m_ui->navigation->setCurrentRow(index);
        }
    }
}

void MainWindow::showPage(int index)
{
    if (index < 0 || index >= kPageCount) {
        return;
    }
    m_ui->pages->setCurrentIndex(index);
    m_pageActions->actions().at(index)->setChecked(true);
    if (auto* page = dynamic_cast<StorePage*>(m_ui->pages->widget(index))) {
        page->refresh();
    }
    uiLog()->debug("showing page {}", pageKey(kPages[index]).toStdString());
}

void MainWindow::refresh()
{
    // Only the page on screen reads now; the others read when they are shown (showPage).
    if (auto* page = dynamic_cast<StorePage*>(m_ui->pages->currentWidget())) {
        page->refresh();
    }
    updateStatusBar();
}

QString MainWindow::dialogFolder() const
{
    return QFileInfo(m_store->path()).absolutePath();
}

void MainWindow::newDatabase()
{
    const QString chosen =
        FileDialog::getSaveFileName(this, tr("New Hearth database"), dialogFolder(), databaseFileFilter());
    if (!chosen.isEmpty()) {
        openDatabase(DatabaseOpener::withDatabaseSuffix(chosen), storage::Store::OpenMode::CreateNew);
    }
}

void MainWindow::chooseDatabase()
{
    const QString chosen =
        FileDialog::getOpenFileName(this, tr("Open Hearth database"), dialogFolder(), databaseFileFilter());
    if (!chosen.isEmpty()) {
        openDatabase(chosen, storage::Store::OpenMode::Existing);
    }
}

bool MainWindow::openDatabase(const QString& path, storage::Store::OpenMode mode)
{
    if (!m_caseloadPage->closeRecords()) {
        return false;
    }
    DatabaseOpener::Failure failure;
    auto opened = DatabaseOpener(m_clock).open(path, mode, failure);
    if (!opened) {
        MessageBox::critical(
            this, tr("Cannot open database"), failure.headline,
            failure.detail + QStringLiteral("\n\n")
                + tr("The database that was open, “%1”, is still open.").arg(QFileInfo(m_store->path()).fileName()));
        return false;
    }
    // The pages let go of the old store before it closes.
    std::swap(m_store, opened);
    databaseOpened();
    opened.reset();
    statusBar()->showMessage(tr("Opened %1").arg(QFileInfo(m_store->path()).fileName()), 5000);
    return true;
}

void MainWindow::databaseOpened()
{
    m_settings.rememberDatabase(m_store->path());
    m_settings.sync();
    for (StorePage* page : std::as_const(m_storePages)) {
        page->setStore(m_store.get());
    }
    if (auto* page = dynamic_cast<StorePage*>(m_ui->pages->currentWidget())) {
        page->refresh();
    }
    rebuildRecentMenu();
    updateStatusBar();
    updateWindowTitle();
    emit databaseChanged();
    // After the window is shown and the event loop runs, not in the middle of opening.
    QTimer::singleShot(0, this, [this] { signIn(true); });
    m_backups->setStore(m_store.get());
    // The daily backup, once the window has settled.
    QTimer::singleShot(5000, m_backups, [this] { m_backups->startIfDue(); });
}

void MainWindow::rebuildRecentMenu()
{
    QMenu* menu = m_ui->menuRecentDatabases;
    menu->clear();
    const QStringList recent = m_settings.recentDatabases();
    for (int index = 0; index < recent.size(); ++index) {
        const QString path = recent.at(index);
        auto* action = menu->addAction(tr("&%1 %2").arg(index + 1).arg(
            QFileInfo(path).fileName().replace(QLatin1Char('&'), QStringLiteral("&&"))));
        action->setData(path);
        action->setStatusTip(path);
        action->setToolTip(path);
        connect(action, &QAction::triggered, this,
                [this, path] { openDatabase(path, storage::Store::OpenMode::Existing); });
    }
    menu->addSeparator();
    menu->addAction(m_ui->actionClearRecent);
    m_ui->actionClearRecent->setEnabled(!recent.isEmpty());
}

void MainWindow::updateStatusBar()
{
    const QFileInfo file(m_store->path());
    m_databaseLabel->setText(tr("Database: %1").arg(file.fileName()));
    m_databaseLabel->setToolTip(file.absoluteFilePath());

    QString officer = tr("No officer chosen");
    const QString officerId = m_store->actingOfficerId();
    if (!officerId.isEmpty()) {
        try {
            if (const auto found = m_store->officers().find(officerId)) {
                officer = found->meta.isDeleted() ? tr("Officer: %1 (deactivated)").arg(found->displayName)
                                                  : tr("Officer: %1").arg(found->displayName);
            } else {
                officer = tr("Officer not found in this database");
            }
        } catch (const std::exception&) {
            uiLog()->warn("could not read the acting officer {}", officerId.toStdString());
            officer = tr("Officer unknown");
        }
    }
    m_officerLabel->setText(officer);

    int schema = 0;
    try {
        schema = m_store->schemaVersion();
    } catch (const std::exception&) {
        uiLog()->warn("could not read the schema version");
    }
    m_schemaLabel->setText(tr("Schema %1").arg(schema));
}

void MainWindow::updateWindowTitle()
{
    setWindowTitle(tr("%1 – Hearth").arg(QFileInfo(m_store->path()).fileName()));
    setWindowFilePath(m_store->path());
}

void MainWindow::showAbout()
{
    if (!m_aboutDialog) {
        m_aboutDialog = new AboutDialog(this);
        m_aboutDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_aboutDialog->open();
    m_aboutDialog->raise();
    m_aboutDialog->activateWindow();
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_officerLabel && event->type() == QEvent::MouseButtonRelease) {
        signIn();
        return true;
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::showCouncilSettings()
{
    if (m_councilSettingsDialog) {
        m_councilSettingsDialog->raise();
        m_councilSettingsDialog->activateWindow();
        return;
    }
    try {
        m_councilSettingsDialog = new CouncilSettingsDialog(*m_store, this);
    } catch (const std::exception& error) {
        uiLog()->error("could not read the council settings: {}", error.what());
        MessageBox::critical(this, tr("Cannot show the council settings"),
                             tr("The council settings could not be read from the database."),
                             QString::fromUtf8(error.what()));
        return;
    }
    m_councilSettingsDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_councilSettingsDialog, &QDialog::accepted, this, &MainWindow::refresh);
    // The dialog holds the store: close it before another database replaces it.
    connect(this, &MainWindow::databaseChanged, m_councilSettingsDialog, &QDialog::reject);
    m_councilSettingsDialog->open();
}

void MainWindow::importResidents()
{
    if (m_importWizard) {
        m_importWizard->raise();
        m_importWizard->activateWindow();
        return;
    }
    m_importWizard = new ImportResidentsWizard(*m_store, m_settings, this);
    m_importWizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_importWizard, &ImportResidentsWizard::imported, this, &MainWindow::refresh);
    // The wizard holds the store: close it before another database replaces it (an import running
    // is abandoned and rolls back).
    connect(this, &MainWindow::databaseChanged, m_importWizard, &ImportResidentsWizard::closeNow);
    m_importWizard->open();
}

void MainWindow::signIn(bool onlyIfNeeded)
{
    if (m_signInDialog && m_signInDialog->isVisible()) {
        m_signInDialog->raise();
        m_signInDialog->activateWindow();
        return;
    }
    try {
        if (onlyIfNeeded && !SignInDialog::isNeeded(*m_store)) {
            return;
        }
        m_signInDialog = new SignInDialog(*m_store, this);
    } catch (const std::exception& error) {
        uiLog()->error("could not list the officers: {}", error.what());
        return;
    }
    m_signInDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_signInDialog, &QDialog::accepted, this, &MainWindow::refresh); // the due list is the officer's
    connect(this, &MainWindow::databaseChanged, m_signInDialog, &QDialog::reject);
    m_signInDialog->open();
}

void MainWindow::setupDataProtection()
{
    m_backups = new BackupController(this);
    m_backupProgress = new QProgressBar(this);
    m_backupProgress->setObjectName(QStringLiteral("backupProgress"));
    m_backupProgress->setAccessibleName(tr("Backup progress"));
    m_backupProgress->setFormat(tr("Backing up… %p%"));
    m_backupProgress->setMaximumWidth(220);
    m_backupProgress->hide();
    statusBar()->addWidget(m_backupProgress);
    connect(m_backups, &BackupController::progress, this, [this](int done, int total) {
        m_backupProgress->setMaximum(std::max(total, 1));
        m_backupProgress->setValue(done);
        m_backupProgress->show();
    });
    connect(m_backups, &BackupController::finished, this, &MainWindow::backupFinished);

    QMenu* file = m_ui->menuFile;
    auto* backUp = new QAction(tr("&Back up now"), this);
    backUp->setObjectName(QStringLiteral("actionBackUpNow"));
    backUp->setStatusTip(tr("Write a backup of the database into the backup folder beside it"));
    auto* restore = new QAction(tr("Res&tore from backup…"), this);
    restore->setObjectName(QStringLiteral("actionRestoreBackup"));
    restore->setStatusTip(tr("Replace the database with one of its backups"));
    file->insertActions(m_ui->actionQuit, {backUp, restore});
    file->insertSeparator(m_ui->actionQuit);
    connect(backUp, &QAction::triggered, this, &MainWindow::backUpNow);
    connect(restore, &QAction::triggered, this, &MainWindow::showBackups);

    auto* check = new QAction(tr("C&heck database"), this);
    check->setObjectName(QStringLiteral("actionCheckDatabase"));
    check->setStatusTip(tr("Check the database file, its links, search index and audit trail"));
    auto* retention = new QAction(tr("&Retention review…"), this);
    retention->setObjectName(QStringLiteral("actionRetentionReview"));
    retention->setStatusTip(tr("Closed cases past the retention period, to anonymise"));
    m_ui->menuTools->addSeparator();
    m_ui->menuTools->addActions({retention, check});
    connect(check, &QAction::triggered, this, &MainWindow::checkDatabaseNow);
    connect(retention, &QAction::triggered, this, &MainWindow::showRetentionReview);
}

bool MainWindow::backUpNow()
{
    if (!m_backups->start(QStringLiteral("on request"))) {
        statusBar()->showMessage(tr("A backup is being written already."), 5000);
        return false;
    }
    m_backupRequested = true;
    m_backupProgress->setValue(0);
    m_backupProgress->show();
    return true;
}

void MainWindow::backupFinished(bool ok, const QString& detail)
{
    m_backupProgress->hide();
    const bool requested = std::exchange(m_backupRequested, false);
    if (ok) {
        statusBar()->showMessage(tr("Backed up to %1").arg(QFileInfo(detail).fileName()), 8000);
        if (m_backupsDialog) {
            m_backupsDialog->reload();
        }
        return;
    }
    statusBar()->showMessage(tr("⚠ The backup failed; the earlier backups are kept."), 15000);
    if (requested) {
        MessageBox::warning(this, tr("Backup failed"),
                            tr("The backup could not be written; the earlier backups are kept."), detail);
    }
}

BackupsDialog* MainWindow::showBackups()
{
    if (!m_backupsDialog) {
        m_backupsDialog = new BackupsDialog(*m_store, this);
        m_backupsDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_backupsDialog, &BackupsDialog::restoreRequested, this, &MainWindow::restoreBackup);
    }
    m_backupsDialog->show();
    m_backupsDialog->raise();
    m_backupsDialog->activateWindow();
    return m_backupsDialog;
}

BackgroundTask* MainWindow::restoreTask() const
{
    return findChild<BackgroundTask*>(QStringLiteral("restoreTask"), Qt::FindDirectChildrenOnly);
}

bool MainWindow::restoreBackup(const QString& path)
{
    auto* task = restoreTask();
    if (task == nullptr) {
        task = new BackgroundTask(this);
        task->setObjectName(QStringLiteral("restoreTask"));
    }
    if (!m_store || task->isRunning()) {
        return false;
    }
    const QString name = QFileInfo(path).fileName();
    const auto answer = MessageBox::ask(
        this, MessageBox::Kind::Warning, tr("Restore from backup"),
        tr("Replace everything in %1 with the backup %2?").arg(QFileInfo(m_store->path()).fileName(), name),
        tr("What was recorded since the backup was made is lost from this database. A backup of the database as it "
           "is now is made first, so this can be undone by restoring that one."),
        MessageBox::Yes | MessageBox::Cancel, MessageBox::Cancel);
    if (answer != MessageBox::Yes || !m_caseloadPage->closeRecords()) {
        return false;
    }
    // Checking a backup and copying it take seconds at 100,000 residents: the work runs on a
    // worker thread with its own connection (BackgroundTask), under an application-modal progress
    // dialog, so nothing in the window writes to the database meanwhile; no automatic backup
    // starts either (one running is waited for first).
    m_backups->setStore(nullptr);
    const QString databasePath = m_store->path();
    const QString folder = storage::backupFolderFor(databasePath);
    const QDateTime now = m_clock.nowUtc();
    const QString officerId = m_store->actingOfficerId();
    const QString checking = tr("Checking the backup…");
    const QString backingUp = tr("Backing up the database as it is now…");
    const QString restoring = tr("Restoring the backup…");

    auto* progress = new TaskProgressDialog(task, tr("Restore from backup"), checking,
                                            TaskProgressDialog::OnCancel::StopAndWait, this);
    progress->setObjectName(QStringLiteral("restoreProgress"));
    progress->setAccessibleName(tr("Restoring from a backup"));
    progress->setAccessibleDescription(tr("Cancel leaves the database as it was."));
    progress->setCancellingText(tr("Cancelling; the database is left as it was…"));
    progress->setWindowModality(Qt::ApplicationModal);
    task->start(
        checking, databasePath, &m_clock,
        [path, databasePath, folder, now, officerId, checking, backingUp, restoring](TaskContext& context) {
            storage::Store& store = *context.store();
            if (!officerId.isEmpty()) {
                store.setActingOfficer(officerId); // the audit names the officer, as on the GUI's store
            }
            const auto report = [&context](const QString& stage) {
                return [&context, stage](qint64 done, qint64 total) {
                    context.progress(stage, done, total); // throws TaskCancelled once Cancel was asked
                    return true;
                };
            };
            // A damaged or foreign file is refused before anything is written.
            storage::checkBackup(path, report(checking));
            context.progress(backingUp, 0, 0);
            // Cancelled after this point, the "before restoring" backup stays: it is a complete,
            // checked copy of the database as it is (the file is renamed into place only whole), the
            // audit records it like any other, and the rotation removes it in time. Removing it
            // would leave an audit entry naming a file that is gone.
            const QString before =
                storage::writeRotatingBackup(databasePath, folder, now, [&context, backingUp](int done, int total) {
                    context.progress(backingUp, done, total);
                });
            storage::recordRotatingBackup(store, before, QStringLiteral("before restoring"));
            context.progress(restoring, 0, 0);
            // Cancelled during the copy, SQLite rolls the database back: it is exactly as it was.
            storage::restoreFrom(store, path, report(restoring), storage::BackupCheck::AlreadyChecked);
        },
        [this, name, databasePath, folder](BackgroundTask::Outcome outcome, const QString& error) {
            if (outcome == BackgroundTask::Outcome::Finished) {
                // The list of backups reads the store it was opened with: closed (and let go of)
                // before that store is replaced.
                if (m_backupsDialog) {
                    m_backupsDialog->close();
                    m_backupsDialog.clear();
                }
                // Read everything again from the restored database, as after opening it.
                if (!openDatabase(databasePath, storage::Store::OpenMode::Existing)) {
                    m_backups->setStore(m_store.get()); // it said why; the store that was open stays
                }
                storage::pruneBackups(folder, storage::backupsToKeep(*m_store));
                statusBar()->showMessage(tr("Restored %1 from %2").arg(QFileInfo(databasePath).fileName(), name),
                                         10000);
                MessageBox::ask(this, MessageBox::Kind::Information, tr("Restored"),
                                tr("The database was restored from %1.").arg(name), {}, MessageBox::Ok);
                emit restoreEnded(true);
                return;
            }
            m_backups->setStore(m_store.get());
            if (m_backupsDialog) {
                m_backupsDialog->reload(); // a backup made before restoring is listed
            }
            if (outcome == BackgroundTask::Outcome::Cancelled) {
                statusBar()->showMessage(tr("Restore cancelled; the database is as it was."), 10000);
            } else {
                MessageBox::critical(this, tr("Cannot restore"), tr("Nothing was restored; the database is as it was."),
                                     error);
            }
            emit restoreEnded(false);
        });
    return true;
}

void MainWindow::checkDatabaseNow()
{
    // Reading every page of the file takes seconds at 100,000 residents: the check runs on a
    // worker thread with its own connection (BackgroundTask), under a busy indicator whose Cancel
    // stops waiting for it. The check only reads, so a cancelled one leaves nothing behind.
    auto* task = findChild<BackgroundTask*>(QStringLiteral("checkDatabaseTask"), Qt::FindDirectChildrenOnly);
    if (task == nullptr) {
        task = new BackgroundTask(this);
        task->setObjectName(QStringLiteral("checkDatabaseTask"));
    }
    if (!m_store || task->isRunning()) {
        return;
    }
    const QString stage = tr("Checking the database…");
    auto* progress =
        new TaskProgressDialog(task, tr("Check database"), stage, TaskProgressDialog::OnCancel::Abandon, this);
    progress->setObjectName(QStringLiteral("checkDatabaseProgress"));
    progress->setAccessibleName(tr("Checking the database"));
    progress->setWindowModality(Qt::WindowModal);
    connect(progress, &TaskProgressDialog::cancelRequested, this,
            [this] { statusBar()->showMessage(tr("Check database cancelled."), 10000); });
    auto report = std::make_shared<CheckReport>();
    task->start(
        stage, m_store->path(), &m_store->clock(),
        [report, stage](TaskContext& context) {
            context.progress(stage, 0, 0);
            *report = checkDatabase(*context.store());
        },
        [this, report](BackgroundTask::Outcome outcome, const QString& error) {
            if (outcome == BackgroundTask::Outcome::Failed) {
                report->ok = false;
                report->headline = tr("The database could not be checked.");
                report->detail = error;
            }
            MessageBox::ask(this, report->ok ? MessageBox::Kind::Information : MessageBox::Kind::Critical,
                            tr("Check database"), report->headline, report->detail, MessageBox::Ok);
        });
}

RetentionReviewDialog* MainWindow::showRetentionReview()
{
    if (!m_retentionDialog) {
        m_retentionDialog = new RetentionReviewDialog(*m_store, this);
        m_retentionDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_retentionDialog, &RetentionReviewDialog::anonymised, this, [this] { refresh(); });
        connect(this, &MainWindow::databaseChanged, m_retentionDialog, &RetentionReviewDialog::closeNow);
    }
    m_retentionDialog->show();
    m_retentionDialog->raise();
    m_retentionDialog->activateWindow();
    return m_retentionDialog;
}

LanguageDialog* MainWindow::showLanguage()
{
    if (!m_languageDialog) {
        const Language inUse = QLocale().language() == QLocale::Welsh ? Language::Welsh : Language::English;
        m_languageDialog = new LanguageDialog(m_settings, inUse, this);
        m_languageDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_languageDialog->show();
    m_languageDialog->raise();
    m_languageDialog->activateWindow();
    return m_languageDialog;
}

} // namespace hearth::ui
