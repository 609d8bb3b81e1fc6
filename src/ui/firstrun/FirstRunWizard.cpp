#include "firstrun/FirstRunWizard.h"
#include "PageStyle.h"

#include "AppIcon.h"
#include "CouncilSettings.h"
#include "DemoData.h"
#include "DemoGenerator.h"
#include "FileDialog.h"
#include "MessageBox.h"
#include "OfficerRepository.h"
#include "SyncRepository.h"
#include "UiLog.h"
#include "Vocabulary.h"
#include "WardCsv.h"
#include "WardRepository.h"
#include "work/TaskProgress.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace hearth::ui {

namespace {

QLabel* paragraph(QWidget* parent, const QString& objectName, const QString& text)
{
    auto* label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

// A problem shown under its field: a warning sign as well as colour, and the field's accessible
// description, so that a screen reader says it when the field takes the focus.
QLabel* problemLabel(QWidget* parent, const QString& objectName)
{
    auto* label = paragraph(parent, objectName, QString());
    styleTone(label, colours::Tone::Problem);
    label->hide();
    return label;
}

void showProblem(QLabel* label, QWidget* field, const QString& text)
{
    label->setText(text.isEmpty() ? QString() : QStringLiteral("\u26A0 ") + text);
    label->setAccessibleName(text);
    label->setVisible(!text.isEmpty());
    field->setAccessibleDescription(text);
}

// English plurals without a translator installed: "(s)" after the count.
QString plural(QString text, qsizetype n)
{
    return text.replace(QStringLiteral("(s)"), n == 1 ? QString() : QStringLiteral("s"));
}

// The folders above `path` that do not exist yet, outermost first.
QStringList missingFolders(const QString& path)
{
    QStringList missing;
    QString folder = QFileInfo(path).absolutePath();
    while (!QFileInfo::exists(folder)) {
        missing.prepend(folder);
        const QString up = QFileInfo(folder).absolutePath();
        if (up == folder) {
            break;
        }
        folder = up;
    }
    return missing;
}

// Removes a database file with its journal files, and the folders made for it (innermost first).
void removeDatabase(const QString& path, const QStringList& madeFolders)
{
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
        QFile::remove(path + QLatin1String(suffix));
    }
    for (auto it = madeFolders.crbegin(); it != madeFolders.crend(); ++it) {
        QDir().rmdir(*it);
    }
}

} // namespace

bool needsFirstRun(const StartupDatabase& startup)
{
    return startup.mode == storage::Store::OpenMode::CreateIfMissing && !QFileInfo::exists(startup.path);
}

std::unique_ptr<storage::Store> createFirstDatabase(const FirstRunChoices& choices, const Clock& clock,
                                                    const std::function<bool(qint64, qint64)>& demoProgress)
{
    const QString path = QFileInfo(choices.databasePath).absoluteFilePath();
    if (QFileInfo::exists(path)) { // checked before anything is made, so that a cleanup cannot remove it
        throw storage::Error(storage::Error::Kind::AlreadyExists,
                             QStringLiteral("%1: already exists; Hearth will not overwrite it").arg(path));
    }
    const QStringList madeFolders = missingFolders(path);
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        removeDatabase(QString(), madeFolders);
        throw storage::Error(storage::Error::Kind::CannotOpen,
                             QStringLiteral("%1: the folder cannot be created").arg(QFileInfo(path).absolutePath()));
    }
    std::unique_ptr<storage::Store> store;
    try {
        store = std::make_unique<storage::Store>(path, storage::Store::OpenMode::CreateNew, clock);
        storage::SyncRepository(*store).setRole(choices.siteRole);
        Officer officer;
        officer.displayName = choices.officerName.trimmed();
        officer.role = choices.officerRole;
        store->setActingOfficer(store->officers().add(officer).id);
        if (choices.demo) {
            demo::DemoOptions options;
            options.residents = choices.demoResidents;
            options.progress = demoProgress;
            if (demo::generateDemo(*store, options).cancelled) {
                store.reset();
                removeDatabase(path, madeFolders);
                return nullptr;
            }
        } else {
            CouncilSettings settings = store->councilSettings();
            settings.councilName = choices.councilName.trimmed();
            store->saveCouncilSettings(settings);
            if (!choices.wards.isEmpty()) {
                store->wards().saveAll(choices.wards);
            }
        }
    } catch (...) {
        store.reset();
        removeDatabase(path, madeFolders);
        throw;
    }
    return store;
}

// ---- the council ------------------------------------------------------------------------------

FirstRunCouncilPage::FirstRunCouncilPage(FirstRunChoices& choices, QWidget* parent)
    : QWizardPage(parent)
    , m_choices(choices)
{
    setObjectName(QStringLiteral("councilPage"));
    setTitle(tr("Welcome to Hearth"));
    setSubTitle(tr("Hearth keeps your team's loneliness casework: residents, contacts, outcome measures, "
                   "referrals and reports. First, which council is it for?"));
    auto* layout = new QVBoxLayout(this);

    auto* modes = new QButtonGroup(this);
    m_own = new QRadioButton(tr("&Set up our council"), this);
    m_own->setObjectName(QStringLiteral("ownCouncil"));
    m_own->setAccessibleName(tr("Set up our council"));
    m_own->setChecked(true);
    m_demo = new QRadioButton(tr("Use the &demo council: a fictional council with made-up residents, for "
                                 "training and trying Hearth out"),
                              this);
    m_demo->setObjectName(QStringLiteral("demoCouncil"));
    m_demo->setAccessibleName(tr("Use the demo council"));
    modes->addButton(m_own);
    modes->addButton(m_demo);
    layout->addWidget(m_own);

    auto* form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("councilName"));
    m_name->setAccessibleName(tr("Council name"));
    m_name->setPlaceholderText(tr("for example, Hearthdale Borough Council"));
    m_name->setMaxLength(200);
    auto* nameLabel = new QLabel(tr("&Council name:"), this);
    nameLabel->setBuddy(m_name);
    m_nameProblem = problemLabel(this, QStringLiteral("councilNameProblem"));
    auto* nameColumn = new QVBoxLayout;
    nameColumn->addWidget(m_name);
    nameColumn->addWidget(m_nameProblem);
    form->addRow(nameLabel, nameColumn);

    m_wardFile = new QLineEdit(this);
    m_wardFile->setObjectName(QStringLiteral("wardFile"));
    m_wardFile->setAccessibleName(tr("Ward file"));
    m_wardFile->setPlaceholderText(tr("optional: a CSV file of ward codes and names"));
    m_chooseWards = new QPushButton(tr("C&hoose…"), this);
    m_chooseWards->setObjectName(QStringLiteral("chooseWards"));
    m_chooseWards->setAccessibleName(tr("Choose a ward file"));
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_wardFile, 1);
    fileRow->addWidget(m_chooseWards);
    auto* wardLabel = new QLabel(tr("&Wards:"), this);
    wardLabel->setBuddy(m_wardFile);
    m_wardNote = paragraph(this, QStringLiteral("wardNote"), wardHelp());
    m_wardNote->setAccessibleName(m_wardNote->text());
    m_wardProblem = problemLabel(this, QStringLiteral("wardProblem"));
    auto* wardColumn = new QVBoxLayout;
    wardColumn->addLayout(fileRow);
    wardColumn->addWidget(m_wardNote);
    wardColumn->addWidget(m_wardProblem);
    form->addRow(wardLabel, wardColumn);
    form->setContentsMargins(24, 0, 0, 0);
    layout->addLayout(form);
    layout->addSpacing(12);
    layout->addWidget(m_demo);
    layout->addStretch(1);

    connect(m_own, &QRadioButton::toggled, this, &FirstRunCouncilPage::modeChanged);
    connect(m_chooseWards, &QPushButton::clicked, this, &FirstRunCouncilPage::chooseWards);
    connect(m_wardFile, &QLineEdit::editingFinished, this, [this] {
        if (m_wardFile->text().trimmed() != m_wardsReadFrom) {
            loadWards();
        }
    });
    connect(m_name, &QLineEdit::textEdited, this, [this] { showProblem(m_nameProblem, m_name, {}); });
}

bool FirstRunCouncilPage::isComplete() const
{
    return true; // problems are said beside their fields when Next is pressed
}

QString FirstRunCouncilPage::wardHelp()
{
    return tr("A CSV file with the ONS code and name of each ward, as columns “code” and “name” or ONS's own "
              "“WD24CD” and “WD24NM”. You can also add wards later in Council settings.");
}

void FirstRunCouncilPage::modeChanged()
{
    const bool own = m_own->isChecked();
    for (QWidget* widget :
         {static_cast<QWidget*>(m_name), static_cast<QWidget*>(m_wardFile), static_cast<QWidget*>(m_chooseWards)}) {
        widget->setEnabled(own);
    }
    if (!own) {
        showProblem(m_nameProblem, m_name, {});
        showProblem(m_wardProblem, m_wardFile, {});
    }
}

void FirstRunCouncilPage::chooseWards()
{
    const QString chosen = FileDialog::getOpenFileName(this, tr("Choose a ward file"), QDir::homePath(),
                                                       tr("CSV files (*.csv);;All files (*)"));
    if (!chosen.isEmpty()) {
        m_wardFile->setText(QDir::toNativeSeparators(chosen));
        loadWards();
    }
}

bool FirstRunCouncilPage::loadWards()
{
    const QString path = m_wardFile->text().trimmed();
    m_wardsReadFrom = path;
    m_choices.wards.clear();
    m_choices.wardFile = path;
    m_wardNote->setText(wardHelp());
    m_wardNote->setAccessibleName(wardHelp());
    m_wardFile->setAccessibleDescription({});
    if (path.isEmpty()) {
        showProblem(m_wardProblem, m_wardFile, {});
        return true;
    }
    QFile file(path);
    if (!file.exists()) {
        showProblem(m_wardProblem, m_wardFile, tr("%1: there is no such file.").arg(QFileInfo(path).fileName()));
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        showProblem(m_wardProblem, m_wardFile,
                    tr("%1: the file cannot be read (%2).").arg(QFileInfo(path).fileName(), file.errorString()));
        return false;
    }
    const WardCsv csv = parseWardCsv(file.readAll(), QFileInfo(path).fileName());
    if (!csv.ok()) {
        QStringList lines;
        for (const WardCsvProblem& problem : csv.problems.mid(0, 5)) {
            lines.append(problem.text());
        }
        if (csv.problems.size() > 5) {
            lines.append(tr("and %1 more.").arg(csv.problems.size() - 5));
        }
        showProblem(m_wardProblem, m_wardFile,
                    plural(tr("No ward was read; %1 problem(s) to put right in the file:"), csv.problems.size())
                            .arg(csv.problems.size())
                        + QLatin1Char('\n') + lines.join(QLatin1Char('\n')));
        return false;
    }
    if (csv.wards.isEmpty()) {
        showProblem(m_wardProblem, m_wardFile, tr("%1 holds no wards.").arg(QFileInfo(path).fileName()));
        return false;
    }
    m_choices.wards = csv.wards;
    showProblem(m_wardProblem, m_wardFile, {});
    const QString read =
        plural(tr("%1 ward(s) read from %2."), csv.wards.size()).arg(csv.wards.size()).arg(QFileInfo(path).fileName());
    m_wardNote->setText(read);
    m_wardNote->setAccessibleName(read);
    m_wardFile->setAccessibleDescription(read);
    return true;
}

bool FirstRunCouncilPage::validatePage()
{
    m_choices.demo = m_demo->isChecked();
    if (m_choices.demo) {
        m_choices.councilName = QString::fromUtf8(demo::data::kCouncilName);
        return true;
    }
    bool ok = true;
    CouncilSettings settings;
    settings.councilName = m_name->text().trimmed();
    if (settings.councilName.isEmpty()) {
        showProblem(m_nameProblem, m_name, tr("Enter the council's name, as it should appear on reports."));
        ok = false;
    } else if (const FieldErrors errors = settings.validate(); !errors.isEmpty()) {
        showProblem(m_nameProblem, m_name, tr("Council name: %1").arg(errors.first().message));
        ok = false;
    } else {
        showProblem(m_nameProblem, m_name, {});
    }
    // The ward file is read again if it changed since, or could not be read then.
    const bool wardsOk = (m_wardFile->text().trimmed() == m_wardsReadFrom && m_wardProblem->isHidden()) || loadWards();
    if (!ok) {
        m_name->setFocus();
        return false;
    }
    if (!wardsOk) {
        m_wardFile->setFocus();
        return false;
    }
    m_choices.councilName = settings.councilName;
    return true;
}

// ---- the officer ------------------------------------------------------------------------------

FirstRunOfficerPage::FirstRunOfficerPage(FirstRunChoices& choices, QWidget* parent)
    : QWizardPage(parent)
    , m_choices(choices)
{
    setObjectName(QStringLiteral("officerPage"));
    setTitle(tr("About you"));
    setSubTitle(tr("Hearth puts your name on everything you record or change, and signs you in on this "
                   "computer. You can add the rest of your team later in Council settings."));
    auto* form = new QFormLayout(this);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("officerName"));
    m_name->setAccessibleName(tr("Your name"));
    m_name->setMaxLength(120);
    auto* nameLabel = new QLabel(tr("&Your name:"), this);
    nameLabel->setBuddy(m_name);
    m_nameProblem = problemLabel(this, QStringLiteral("officerNameProblem"));
    auto* nameColumn = new QVBoxLayout;
    nameColumn->addWidget(m_name);
    nameColumn->addWidget(m_nameProblem);
    form->addRow(nameLabel, nameColumn);

    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("officerRole"));
    m_role->setAccessibleName(tr("Your role"));
    for (const auto& term : vocab::officerRoles().terms()) {
        m_role->addItem(QCoreApplication::translate("Vocabulary", term.label), QString::fromLatin1(term.code));
    }
    auto* roleLabel = new QLabel(tr("&Role:"), this);
    roleLabel->setBuddy(m_role);
    form->addRow(roleLabel, m_role);
    auto* roleNote =
        paragraph(this, QStringLiteral("roleNote"), tr("Choose manager if you lead the team and prepare its reports."));
    form->addRow(QString(), roleNote);
    connect(m_name, &QLineEdit::textEdited, this, [this] { showProblem(m_nameProblem, m_name, {}); });
    setFocusProxy(m_name);
}

bool FirstRunOfficerPage::isComplete() const
{
    return true; // problems are said beside their fields when Next is pressed
}

bool FirstRunOfficerPage::validatePage()
{
    Officer officer;
    officer.displayName = m_name->text().trimmed();
    officer.role = m_role->currentData().toString();
    if (officer.displayName.isEmpty()) {
        showProblem(m_nameProblem, m_name, tr("Enter your name, as your colleagues know you."));
        m_name->setFocus();
        return false;
    }
    if (const FieldErrors errors = officer.validate(); !errors.isEmpty()) {
        showProblem(m_nameProblem, m_name, tr("Your name: %1").arg(errors.first().message));
        m_name->setFocus();
        return false;
    }
    showProblem(m_nameProblem, m_name, {});
    m_choices.officerName = officer.displayName;
    m_choices.officerRole = officer.role;
    return true;
}

// ---- the database -----------------------------------------------------------------------------

FirstRunDatabasePage::FirstRunDatabasePage(FirstRunChoices& choices, const QString& defaultPath, QWidget* parent)
    : QWizardPage(parent)
    , m_choices(choices)
    , m_defaultPath(QDir::toNativeSeparators(defaultPath))
{
    setObjectName(QStringLiteral("databasePage"));
    setTitle(tr("Where Hearth keeps its data"));
    setSubTitle(tr("Everything is kept in one database file on this computer. It holds residents' personal "
                   "data: keep it on this computer's own (encrypted) disc, not on a shared drive or a memory "
                   "stick."));
    auto* layout = new QVBoxLayout(this);
    auto* pathLabel = new QLabel(tr("&Database file:"), this);
    m_path = new QLineEdit(m_defaultPath, this);
    m_path->setObjectName(QStringLiteral("databasePath"));
    m_path->setAccessibleName(tr("Database file"));
    pathLabel->setBuddy(m_path);
    m_choose = new QPushButton(tr("C&hoose…"), this);
    m_choose->setObjectName(QStringLiteral("chooseDatabase"));
    m_choose->setAccessibleName(tr("Choose where to keep the database"));
    m_useDefault = new QPushButton(tr("&Usual place"), this);
    m_useDefault->setObjectName(QStringLiteral("defaultDatabase"));
    m_useDefault->setAccessibleName(tr("Use the usual place"));
    auto* row = new QHBoxLayout;
    row->addWidget(m_path, 1);
    row->addWidget(m_choose);
    row->addWidget(m_useDefault);
    m_problem = problemLabel(this, QStringLiteral("databaseProblem"));
    layout->addWidget(pathLabel);
    layout->addLayout(row);
    layout->addWidget(m_problem);
    layout->addWidget(paragraph(this, QStringLiteral("databaseNote"),
                                tr("The usual place is in your own profile, where Hearth finds it each time it "
                                   "starts. Your IT team may ask you to choose another folder.")));
    layout->addStretch(1);

    connect(m_choose, &QPushButton::clicked, this, &FirstRunDatabasePage::choose);
    connect(m_useDefault, &QPushButton::clicked, this, [this] {
        m_path->setText(m_defaultPath);
        showProblem(m_problem, m_path, {});
    });
    connect(m_path, &QLineEdit::textEdited, this, [this] { showProblem(m_problem, m_path, {}); });
    setFocusProxy(m_path);
}

void FirstRunDatabasePage::initializePage()
{
    if (m_path->text().trimmed().isEmpty()) {
        m_path->setText(m_defaultPath);
    }
}

bool FirstRunDatabasePage::isComplete() const
{
    return true; // problems are said beside the field when Next is pressed
}

QString FirstRunDatabasePage::problemWith(const QString& path)
{
    if (path.trimmed().isEmpty()) {
        return tr("Choose where to keep the database.");
    }
    const QFileInfo file(QDir::fromNativeSeparators(path.trimmed()));
    if (file.isDir()) {
        return tr("%1 is a folder. Give the database a file name in it, such as hearth.db.")
            .arg(QDir::toNativeSeparators(file.absoluteFilePath()));
    }
    if (file.exists()) {
        return tr("There is already a file called %1 there. Hearth will not overwrite it: choose another name, or "
                  "cancel and open that database with File, Open.")
            .arg(file.fileName());
    }
    // The nearest folder that exists must be one this person may write in.
    QString folder = file.absolutePath();
    while (!QFileInfo::exists(folder) && QFileInfo(folder).absolutePath() != folder) {
        folder = QFileInfo(folder).absolutePath();
    }
    const QFileInfo existing(folder);
    if (!existing.isDir()) {
        return tr("%1 is a file, not a folder.").arg(QDir::toNativeSeparators(folder));
    }
    if (!existing.isWritable()) {
        return tr("You may not create files in %1. Choose a folder of your own.").arg(QDir::toNativeSeparators(folder));
    }
    return {};
}

void FirstRunDatabasePage::choose()
{
    const QString folder = QFileInfo(QDir::fromNativeSeparators(m_path->text().trimmed())).absolutePath();
    const QString chosen =
        FileDialog::getSaveFileName(this, tr("Where to keep the database"),
                                    QFileInfo::exists(folder) ? folder : QDir::homePath(), databaseFileFilter());
    if (!chosen.isEmpty()) {
        m_path->setText(QDir::toNativeSeparators(DatabaseOpener::withDatabaseSuffix(chosen)));
        showProblem(m_problem, m_path, problemWith(m_path->text()));
    }
}

bool FirstRunDatabasePage::validatePage()
{
    const QString problem = problemWith(m_path->text());
    showProblem(m_problem, m_path, problem);
    if (!problem.isEmpty()) {
        m_path->setFocus();
        return false;
    }
    m_choices.databasePath = QFileInfo(QDir::fromNativeSeparators(m_path->text().trimmed())).absoluteFilePath();
    return true;
}

// ---- the team ---------------------------------------------------------------------------------

FirstRunTeamPage::FirstRunTeamPage(FirstRunChoices& choices, QWidget* parent)
    : QWizardPage(parent)
    , m_choices(choices)
{
    setObjectName(QStringLiteral("teamPage"));
    setTitle(tr("Working as a team"));
    setSubTitle(tr("Officers' computers and the team's hub pass updates to each other as files, on the Sync "
                   "page."));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(paragraph(
        this, QStringLiteral("passphraseNote"),
        tr("Each file is encrypted with your team's passphrase. Agree one with your team in person, not by "
           "email. Hearth never stores the passphrase: it asks for it at each exchange, so there is nothing to "
           "type now, and working alone you need none.")));
    auto* roles = new QButtonGroup(this);
    m_officer = new QRadioButton(tr("This is an &officer's computer: it sends its updates to the hub"), this);
    m_officer->setObjectName(QStringLiteral("siteOfficer"));
    m_officer->setAccessibleName(tr("This is an officer's computer"));
    m_hub = new QRadioButton(tr("This is the team's &hub, usually the manager's: it gathers everyone's updates"), this);
    m_hub->setObjectName(QStringLiteral("siteHub"));
    m_hub->setAccessibleName(tr("This is the team's hub"));
    roles->addButton(m_officer);
    roles->addButton(m_hub);
    m_officer->setChecked(true);
    layout->addWidget(m_officer);
    layout->addWidget(m_hub);
    layout->addSpacing(12);
    m_summary = paragraph(this, QStringLiteral("summary"), QString());
    layout->addWidget(m_summary);
    layout->addStretch(1);
    m_outcome = paragraph(this, QStringLiteral("makeOutcome"), QString());
    m_outcome->hide();
    layout->addWidget(m_outcome);
}

bool FirstRunTeamPage::isComplete() const
{
    return !m_busy;
}

void FirstRunTeamPage::setBusy(bool busy)
{
    m_busy = busy;
    m_officer->setEnabled(!busy);
    m_hub->setEnabled(!busy);
    if (busy) {
        showOutcome({});
    }
    emit completeChanged();
}

void FirstRunTeamPage::addProgress(QWidget* progress)
{
    layout()->addWidget(progress);
}

void FirstRunTeamPage::showOutcome(const QString& text)
{
    m_outcome->setText(text);
    m_outcome->setAccessibleName(text);
    m_outcome->setVisible(!text.isEmpty());
}

void FirstRunTeamPage::initializePage()
{
    (m_choices.officerRole == QLatin1String("manager") ? m_hub : m_officer)->setChecked(true);
    showOutcome({});
    const QString council = m_choices.demo
        ? tr("the demo council (%1 made-up residents)").arg(m_choices.demoResidents)
        : (m_choices.wards.isEmpty() ? tr("%1, with no wards yet").arg(m_choices.councilName)
                                     : plural(tr("%1, with %2 ward(s)"), m_choices.wards.size())
                                           .arg(m_choices.councilName)
                                           .arg(m_choices.wards.size()));
    const QString text = tr("When you press Finish, Hearth makes the database %1 for %2, and signs you in as %3.")
                             .arg(QDir::toNativeSeparators(m_choices.databasePath), council, m_choices.officerName);
    m_summary->setText(text);
    m_summary->setAccessibleName(text);
    setFocusProxy(m_officer->isChecked() ? m_officer : m_hub);
}

bool FirstRunTeamPage::validatePage()
{
    m_choices.siteRole = m_hub->isChecked() ? QStringLiteral("hub") : QStringLiteral("officer");
    return true;
}

// ---- the wizard -------------------------------------------------------------------------------

FirstRunWizard::FirstRunWizard(const Clock& clock, const QString& defaultPath, QWidget* parent)
    : QWizard(parent)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("FirstRunWizard"));
    setWindowTitle(tr("Set up Hearth"));
    setWizardStyle(QWizard::ModernStyle);
    setPixmap(QWizard::LogoPixmap, appIcon().pixmap(48, 48));
    setOption(QWizard::NoBackButtonOnStartPage);
    setPage(CouncilPage, new FirstRunCouncilPage(m_choices, this));
    setPage(OfficerPage, new FirstRunOfficerPage(m_choices, this));
    setPage(DatabasePage, new FirstRunDatabasePage(m_choices, defaultPath, this));
    auto* team = new FirstRunTeamPage(m_choices, this);
    setPage(TeamPage, team);
    setStartId(CouncilPage);
    resize(660, 460);

    m_task = new BackgroundTask(this);
    m_progress = new TaskProgress(m_task, team);
    m_progress->bar()->setAccessibleName(tr("Progress making the database"));
    m_progress->cancelButton()->setAccessibleName(tr("Cancel making the database"));
    m_progress->setCancelToolTip(tr("Stop: no database is kept, and you can choose again"));
    team->addProgress(m_progress);
    connect(m_task, &BackgroundTask::cancelling, this, [this] { m_cancelAsked = true; });
}

FirstRunWizard::~FirstRunWizard() = default;

void FirstRunWizard::accept()
{
    if (m_task->isRunning() || !validateCurrentPage()) {
        return; // Finish pressed again (by its shortcut) while the database is being made
    }
    const FirstRunChoices choices = m_choices; // a copy for the worker
    const QString path = QFileInfo(choices.databasePath).absoluteFilePath();
    const QStringList madeFolders = missingFolders(path);
    m_madeFolders = madeFolders;
    m_cancelAsked = false;
    m_closeWhenDone = false;
    const QString making = tr("Making the database…");
    const QString filling = tr("Making the demo council…");
    const Clock* clock = &m_clock;
    setBusy(true);
    // Started without a database: the work makes it, fills it and closes it on the worker (a
    // Store stays on its thread); the GUI thread opens the finished file when it is done.
    m_task->start(
        making, QString(), clock,
        [choices, path, madeFolders, making, filling, clock](TaskContext& context) {
            context.progress(making, 0, 0);
            std::function<bool(qint64, qint64)> onProgress;
            if (choices.demo) {
                onProgress = [&context, filling](qint64 done, qint64 total) {
                    try {
                        context.progress(filling, done, total);
                        return true;
                    } catch (const TaskCancelled&) {
                        return false; // the demo stops; the files made are removed
                    }
                };
            }
            if (!createFirstDatabase(choices, *clock, onProgress)) {
                throw TaskCancelled();
            }
            // Made and closed. Cancel pressed meanwhile still leaves nothing.
            if (context.cancelRequested()) {
                removeDatabase(path, madeFolders);
                throw TaskCancelled();
            }
        },
        [this, path](BackgroundTask::Outcome outcome, const QString& error) { made(outcome, error, path); });
    m_progress->cancelButton()->setFocus();
}

void FirstRunWizard::made(BackgroundTask::Outcome outcome, QString error, const QString& path)
{
    using Outcome = BackgroundTask::Outcome;
    if (outcome == Outcome::Finished && (m_cancelAsked || m_closeWhenDone)) {
        // Cancel came as the work ended: it is not kept all the same.
        removeDatabase(path, m_madeFolders);
        outcome = Outcome::Cancelled;
    }
    if (outcome == Outcome::Finished) {
        try {
            m_store = std::make_unique<storage::Store>(path, storage::Store::OpenMode::Existing, m_clock);
        } catch (const std::exception& failure) {
            removeDatabase(path, m_madeFolders);
            outcome = Outcome::Failed;
            error = QString::fromUtf8(failure.what());
        }
    }
    setBusy(false);
    if (m_closeWhenDone) {
        uiLog()->info("first run: closed while the database was being made; nothing was kept");
        QWizard::reject();
        return;
    }
    if (outcome == Outcome::Failed) {
        uiLog()->error("first run: could not create the database: {}", error.toStdString());
        MessageBox::critical(this, tr("Cannot create the database"),
                             tr("Hearth could not make the database, and has left nothing behind."), error);
        return;
    }
    if (outcome == Outcome::Cancelled) {
        uiLog()->info("first run: making the database was cancelled");
        // Nothing was kept, and the wizard stays open to choose again.
        static_cast<FirstRunTeamPage*>(page(TeamPage))
            ->showOutcome(tr("Cancelled: no database was made. Press Finish to try again, or Back to choose "
                             "differently."));
        if (QAbstractButton* finish = button(QWizard::FinishButton)) {
            finish->setFocus();
        }
        return;
    }
    uiLog()->info("first run: created a database (demo: {}, site role {})", m_choices.demo,
                  m_choices.siteRole.toStdString());
    QWizard::accept();
}

void FirstRunWizard::reject()
{
    if (m_task->isRunning()) {
        // Closing while the database is being made stops that first; made() then closes.
        m_closeWhenDone = true;
        m_task->cancel();
        return;
    }
    QWizard::reject();
}

void FirstRunWizard::setBusy(bool busy)
{
    // The page's isComplete() says whether Finish can be pressed; Back is set after it, as
    // QWizard enables it again whenever the page's completeness changes.
    static_cast<FirstRunTeamPage*>(page(TeamPage))->setBusy(busy);
    button(QWizard::BackButton)->setEnabled(!busy);
    button(QWizard::FinishButton)->setEnabled(!busy);
    // One Cancel on screen while it works: the progress's own, which stops and stays. Closing the
    // window still stops the work first (reject()).
    button(QWizard::CancelButton)->setVisible(!busy);
}

} // namespace hearth::ui
