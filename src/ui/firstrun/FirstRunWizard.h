#pragma once

// The first-run wizard: shown when Hearth starts with no database at the default location and none
// was named (--db, HEARTH_DB or the one last opened). It asks for the council and its wards (or
// the demo council), the officer who will use Hearth, where the database lives and this
// computer's part in the team's sync. Nothing is written until Finish; Cancel leaves nothing.
// Finish makes the database off the GUI thread (a BackgroundTask), with progress and Cancel.

#include "Clock.h"
#include "DatabaseOpener.h"
#include "Officer.h"
#include "Store.h"
#include "work/BackgroundTask.h"

#include <QWizard>
#include <QWizardPage>

#include <functional>
#include <memory>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace hearth::ui {

class TaskProgress;

// How many residents the demo council gets when chosen in the wizard: enough to try every page,
// quick to make.
constexpr int kFirstRunDemoResidents = 400;

// What the wizard gathered. The database is made from it only when the person presses Finish.
struct FirstRunChoices
{
    bool demo = false; // the fictional demo council instead of the person's own
    QString councilName;
    QString wardFile; // the ward CSV chosen, or empty
    QList<Ward> wards; // read from wardFile
    QString officerName;
    QString officerRole = QStringLiteral("officer"); // vocab::officerRoles
    QString databasePath;
    QString siteRole = QStringLiteral("officer"); // sync: "officer" or "hub"
    int demoResidents = kFirstRunDemoResidents; // the demo council's size (tests make it smaller)
};

// Whether Hearth should show the first-run wizard instead of opening `startup`: only when it was
// about to create the default database because nothing else was named and none exists yet.
bool needsFirstRun(const StartupDatabase& startup);

// Makes the database `choices` describe: the file (and its folder when missing), the site's sync
// role, the officer (signed in), then the council's name and wards or the demo council. All or
// nothing: on an error the files made are removed and the error is thrown again; when
// `demoProgress` returns false the demo stops, the files are removed and nullptr is returned.
std::unique_ptr<storage::Store> createFirstDatabase(const FirstRunChoices& choices, const Clock& clock,
                                                    const std::function<bool(qint64, qint64)>& demoProgress = {});

class FirstRunWizard;

// Page 1: the council's name and its wards from a CSV file, or the demo council.
class FirstRunCouncilPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit FirstRunCouncilPage(FirstRunChoices& choices, QWidget* parent = nullptr);
    bool isComplete() const override;
    bool validatePage() override;
    // Reads the ward CSV named in the field; shows how many wards or the problems, by line.
    bool loadWards();

private:
    void chooseWards();
    void modeChanged();
    static QString wardHelp();

    FirstRunChoices& m_choices;
    QRadioButton* m_own = nullptr;
    QRadioButton* m_demo = nullptr;
    QLineEdit* m_name = nullptr;
    QLabel* m_nameProblem = nullptr;
    QLineEdit* m_wardFile = nullptr;
    QPushButton* m_chooseWards = nullptr;
    QLabel* m_wardNote = nullptr;
    QLabel* m_wardProblem = nullptr;
    QString m_wardsReadFrom; // the file m_choices.wards were read from
};

// Page 2: the officer who will use Hearth on this computer, signed in when the database is made.
class FirstRunOfficerPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit FirstRunOfficerPage(FirstRunChoices& choices, QWidget* parent = nullptr);
    bool isComplete() const override;
    bool validatePage() override;

private:
    FirstRunChoices& m_choices;
    QLineEdit* m_name = nullptr;
    QComboBox* m_role = nullptr;
    QLabel* m_nameProblem = nullptr;
};

// Page 3: where the database file lives: the usual place, or a file the person chooses.
class FirstRunDatabasePage : public QWizardPage
{
    Q_OBJECT

public:
    FirstRunDatabasePage(FirstRunChoices& choices, const QString& defaultPath, QWidget* parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    // What is wrong with `path` as the place for a new database, or an empty string.
    static QString problemWith(const QString& path);

private:
    void choose();

    FirstRunChoices& m_choices;
    QString m_defaultPath;
    QLineEdit* m_path = nullptr;
    QPushButton* m_choose = nullptr;
    QPushButton* m_useDefault = nullptr;
    QLabel* m_problem = nullptr;
};

// Page 4: the team's sync: this computer's role, and what the team passphrase is (it is never
// stored, so there is nothing to type here).
class FirstRunTeamPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit FirstRunTeamPage(FirstRunChoices& choices, QWidget* parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    // While the database is being made: the choices are fixed and Finish cannot be pressed again.
    void setBusy(bool busy);
    // The progress of making the database, shown at the foot of the page.
    void addProgress(QWidget* progress);
    // What came of the last Finish when the wizard stays open (cancelled), or nothing.
    void showOutcome(const QString& text);

private:
    FirstRunChoices& m_choices;
    QRadioButton* m_officer = nullptr;
    QRadioButton* m_hub = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_outcome = nullptr;
    bool m_busy = false;
};

class FirstRunWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { CouncilPage, OfficerPage, DatabasePage, TeamPage };

    // `defaultPath`: the database offered on the location page (defaultDatabasePath()).
    FirstRunWizard(const Clock& clock, const QString& defaultPath, QWidget* parent = nullptr);
    ~FirstRunWizard() override;

    const FirstRunChoices& choices() const { return m_choices; }
    // The database made at Finish (once), or nullptr.
    std::unique_ptr<storage::Store> takeStore() { return std::move(m_store); }
    // How many residents the demo council gets (tests: fewer than kFirstRunDemoResidents).
    void setDemoResidents(int residents) { m_choices.demoResidents = residents; }

    // Finish: makes the database on a worker thread (its own Store, closed there), with what it is
    // doing, a progress bar and Cancel on the last page; Finish and Back wait meanwhile. When it is
    // made the wizard opens it here and closes. Cancel, or a problem (said in a message), leaves
    // nothing on disc and the wizard open, to choose again.
    void accept() override;
    // The wizard's Cancel or closing it: while the database is being made, that stops first
    // (leaving nothing), then the wizard closes.
    void reject() override;

    BackgroundTask* task() const { return m_task; }
    TaskProgress* progress() const { return m_progress; }

private:
    void made(BackgroundTask::Outcome outcome, QString error, const QString& path);
    void setBusy(bool busy);

    const Clock& m_clock;
    FirstRunChoices m_choices;
    std::unique_ptr<storage::Store> m_store;
    BackgroundTask* m_task = nullptr;
    TaskProgress* m_progress = nullptr;
    QStringList m_madeFolders; // the folders the database being made needs, made by it
    bool m_cancelAsked = false; // Cancel was pressed while it was being made
    bool m_closeWhenDone = false; // the wizard was closed while it was being made
};

} // namespace hearth::ui
