#pragma once

#include "Store.h"
#include "UiSettings.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QActionGroup;
class QLabel;
class QProgressBar;
class QSettings;

namespace Ui {
class MainWindow;
}

namespace hearth::ui {

class AboutDialog;
class BackgroundTask;
class BackupController;
class BackupsDialog;
class CaseloadPage;
class RetentionReviewDialog;
class StorePage;
class CouncilSettingsDialog;
class ImportResidentsWizard;
class LanguageDialog;
class SignInDialog;

// Hearth's main window: the navigation between the product's sections, the menus, and a status bar
// that names the open database, the acting officer and the schema version. Owns the open Store.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // In the order of the navigation list and of Ctrl+1..Ctrl+6.
    enum class Page { Caseload, Directory, Referrals, ActionPlan, Reports, Sync, Audit };
    Q_ENUM(Page)
    static constexpr int kPageCount = 7;

    // `clock` must outlive the window; `settings` is where window state and recent databases are
    // remembered (the user's settings, or a temporary file in tests).
    MainWindow(const Clock& clock, QSettings& settings, std::unique_ptr<storage::Store> store,
               QWidget* parent = nullptr);
    ~MainWindow() override;

    Page currentPage() const;
    void setCurrentPage(Page page);
    // A stable name for a page, used in settings ("caseload", "action-plan", …).
    static QString pageKey(Page page);
    QString pageTitle(Page page) const;

    storage::Store& store() const { return *m_store; }

    // Opens another database in place of the current one. On failure says why and keeps the
    // database that was open; returns whether the new one opened.
    bool openDatabase(const QString& path, storage::Store::OpenMode mode);

    // Reads what the window shows again from the database.
    void refresh();

    // Writes geometry, window state and the page shown to the settings.
    void saveSettings();

    // ---- data protection (src/ui/dataprotection) ----------------------------------------------
    // File > Back up now: a rotating backup off the GUI thread, progress in the status bar.
    bool backUpNow();
    // File > Restore from backup…: the list of backups (or a file of one's choosing).
    BackupsDialog* showBackups();
    // Asks, then off the GUI thread (BackgroundTask "restoreTask", progress dialog
    // "restoreProgress" with Cancel) checks the backup, backs up the database as it is, restores
    // `path` into it, and reopens it. Returns whether the restore started; restoreEnded says how
    // it went.
    bool restoreBackup(const QString& path);
    // Tools > Check database: the same check as `hearth-cli check`, said in words.
    void checkDatabaseNow();
    // Tools > Retention review…
    RetentionReviewDialog* showRetentionReview();
    BackupController* backups() const { return m_backups; }

    // Tools > Language…: English or Welsh, from the next start.
    LanguageDialog* showLanguage();

signals:
    void databaseChanged();
    // A restore started by restoreBackup has ended: restored, or failed or cancelled with the
    // database as it was.
    void restoreEnded(bool restored);

protected:
    void closeEvent(QCloseEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void setupPages();
    QString plannedDescription(Page page) const;
    void setupStatusBar();
    void restoreSettings();
    void showPage(int index);
    void newDatabase();
    void chooseDatabase();
    void rebuildRecentMenu();
    void updateStatusBar();
    void updateWindowTitle();
    void showAbout();
    void showCouncilSettings();
    void importResidents();
    // Shows the sign-in chooser (not blocking); `onlyIfNeeded`: only when officers exist and none
    // of them is signed in, as after opening a database.
    void signIn(bool onlyIfNeeded = false);
    void databaseOpened();
    QString dialogFolder() const;
    void setupDataProtection();
    void backupFinished(bool ok, const QString& detail);
    BackgroundTask* restoreTask() const;

    std::unique_ptr<Ui::MainWindow> m_ui;
    const Clock& m_clock;
    UiSettings m_settings;
    std::unique_ptr<storage::Store> m_store;
    CaseloadPage* m_caseloadPage = nullptr;
    QList<StorePage*> m_storePages; // every page that shows the database, the caseload first
    QActionGroup* m_pageActions = nullptr;
    QLabel* m_databaseLabel = nullptr;
    QLabel* m_officerLabel = nullptr;
    QLabel* m_schemaLabel = nullptr;
    QPointer<AboutDialog> m_aboutDialog;
    QPointer<CouncilSettingsDialog> m_councilSettingsDialog;
    QPointer<ImportResidentsWizard> m_importWizard;
    QPointer<SignInDialog> m_signInDialog;
    BackupController* m_backups = nullptr;
    QProgressBar* m_backupProgress = nullptr;
    bool m_backupRequested = false; // the running backup was asked for (say how it went)
    QPointer<BackupsDialog> m_backupsDialog;
    QPointer<RetentionReviewDialog> m_retentionDialog;
    QPointer<LanguageDialog> m_languageDialog;
};

} // namespace hearth::ui
