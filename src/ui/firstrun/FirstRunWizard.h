#pragma once

// The first-run wizard: shown when Hearth starts with no database at the default location and none
// was named (--db, HEARTH_DB or the one last opened). It asks for the council and its wards (or
// the demo council), the officer who will use Hearth, where the database lives and this
// computer's part in the team's sync. Nothing is written until Finish; Cancel leaves nothing.

#include "Clock.h"
#include "DatabaseOpener.h"
#include "Officer.h"
#include "Store.h"

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
};

// How many residents the demo council gets when chosen in the wizard: enough to try every page,
// quick to make.
constexpr int kFirstRunDemoResidents = 400;

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
    bool validatePage() override;

private:
    FirstRunChoices& m_choices;
    QRadioButton* m_officer = nullptr;
    QRadioButton* m_hub = nullptr;
    QLabel* m_summary = nullptr;
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

    // Finish: makes the database (with a progress bar for the demo council). On a problem it says
    // what went wrong and stays open, with nothing left on disc.
    void accept() override;

private:
    const Clock& m_clock;
    FirstRunChoices m_choices;
    std::unique_ptr<storage::Store> m_store;
};

} // namespace hearth::ui
