#include "LongWorkSupport.h"
#include "UiFixture.h"

#include "DatabaseOpener.h"
#include "FileDialog.h"
#include "MessageBox.h"
#include "SyncRepository.h"
#include "firstrun/FirstRunWizard.h"
#include "settings/SignInDialog.h"
#include "work/BackgroundTask.h"
#include "work/TaskProgress.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QThread>
#include <QTimer>

#include <atomic>

using namespace hearth;
using test::HeldWorker;
using test::timerFiresWhile;
using namespace hearth::ui;
using Mode = storage::Store::OpenMode;

namespace {

void writeFile(const QString& path, const QByteArray& data)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(data);
}

template <typename T>
T* child(QWidget* parent, const char* name)
{
    auto* widget = parent->findChild<T*>(QString::fromLatin1(name));
    REQUIRE(widget);
    return widget;
}

// The wizard shown and active, so that keys and mnemonics reach it.
struct Wizard
{
    test::UiFixture& f;
    FirstRunWizard wizard;

    Wizard(test::UiFixture& fixture, const QString& defaultPath)
        : f(fixture)
        , wizard(fixture.clock, defaultPath)
    {
        wizard.show();
        wizard.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&wizard));
    }

    void set(const char* name, const QString& text)
    {
        auto* edit = child<QLineEdit>(&wizard, name);
        edit->setText(text);
        emit edit->editingFinished();
    }
    void next() { wizard.button(QWizard::NextButton)->click(); }
    // Finish starts making the database on a worker; finishAndWait() also waits until it is done.
    void finish() { wizard.button(QWizard::FinishButton)->click(); }
    void finishAndWait()
    {
        finish();
        REQUIRE(wizard.task()->wait());
    }
    int page() const { return wizard.currentId(); }
    QString problem(const char* name)
    {
        auto* label = child<QLabel>(&wizard, name);
        return label->isHidden() ? QString() : label->text();
    }
};

// The database file and the journals SQLite may leave beside it.
bool anyDatabaseFile(const QString& path)
{
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
        if (QFileInfo::exists(path + QLatin1String(suffix))) {
            return true;
        }
    }
    return false;
}

} // namespace

TEST_CASE("The first-run wizard is shown only when nothing was named and the default database is missing", "[firstrun]")
{
    test::UiFixture f;
    UiSettings settings(f.settings);
    const QString fallback = f.folder.path(QStringLiteral("default.db"));
    CHECK(needsFirstRun(chooseStartupDatabase({}, {}, settings, fallback)));
    // scripts/demo.sh passes --db: never the wizard, even for a file that is missing.
    CHECK_FALSE(needsFirstRun(chooseStartupDatabase(f.folder.path(QStringLiteral("demo.db")), {}, settings, fallback)));
    CHECK_FALSE(needsFirstRun(chooseStartupDatabase({}, f.folder.path(QStringLiteral("env.db")), settings, fallback)));
    f.openStore(fallback).reset();
    CHECK_FALSE(needsFirstRun(chooseStartupDatabase({}, {}, settings, fallback)));
}

TEST_CASE("Completing the first-run wizard makes the database with the council, wards and officer, signed in",
          "[firstrun]")
{
    test::UiFixture f;
    const QString wards = f.folder.path(QStringLiteral("wards.csv"));
    writeFile(wards, "WD24CD,WD24NM\nE05000001,Riverside\nE05000002,Castle Hill\n");
    const QString path = f.folder.path(QStringLiteral("new/folder/council.db"));
    Wizard w(f, f.folder.path(QStringLiteral("default.db")));

    CHECK(w.page() == FirstRunWizard::CouncilPage);
    w.set("councilName", QStringLiteral("Northvale District Council"));
    w.set("wardFile", wards);
    CHECK(child<QLabel>(&w.wizard, "wardNote")->text() == QStringLiteral("2 wards read from wards.csv."));
    w.next();
    REQUIRE(w.page() == FirstRunWizard::OfficerPage);
    w.set("officerName", QStringLiteral("Morgan Price"));
    auto* role = child<QComboBox>(&w.wizard, "officerRole");
    role->setCurrentIndex(role->findData(QStringLiteral("manager")));
    w.next();
    REQUIRE(w.page() == FirstRunWizard::DatabasePage);
    CHECK(child<QLineEdit>(&w.wizard, "databasePath")->text()
          == QDir::toNativeSeparators(f.folder.path(QStringLiteral("default.db"))));
    w.set("databasePath", path);
    w.next();
    REQUIRE(w.page() == FirstRunWizard::TeamPage);
    CHECK(child<QRadioButton>(&w.wizard, "siteHub")->isChecked()); // a manager's computer is the hub
    CHECK(child<QLabel>(&w.wizard, "summary")
              ->text()
              .contains(QStringLiteral("Northvale District Council, with 2 wards")));
    CHECK_FALSE(QFile::exists(path)); // nothing is written before Finish
    w.finishAndWait();

    CHECK(w.wizard.result() == QDialog::Accepted);
    auto store = w.wizard.takeStore();
    REQUIRE(store);
    CHECK(store->path() == QFileInfo(path).absoluteFilePath());
    CHECK(store->councilSettings().councilName == QStringLiteral("Northvale District Council"));
    const QList<Ward> held = store->wards().list();
    REQUIRE(held.size() == 2);
    CHECK(held[0].name == QStringLiteral("Castle Hill"));
    CHECK(held[1].code == QStringLiteral("E05000001"));
    const QList<Officer> officers = store->officers().list();
    REQUIRE(officers.size() == 1);
    CHECK(officers[0].displayName == QStringLiteral("Morgan Price"));
    CHECK(officers[0].role == QStringLiteral("manager"));
    CHECK(store->actingOfficerId() == officers[0].id);
    CHECK_FALSE(SignInDialog::isNeeded(*store));
    CHECK(storage::SyncRepository(*store).role() == QStringLiteral("hub"));

    // The main window opens on it, signed in, and remembers it for the next start.
    MainWindow window(f.clock, f.settings, std::move(store));
    CHECK(UiSettings(f.settings).lastDatabase() == QFileInfo(path).absoluteFilePath());
    CHECK_FALSE(needsFirstRun(
        chooseStartupDatabase({}, {}, UiSettings(f.settings), f.folder.path(QStringLiteral("default.db")))));
}

TEST_CASE("The first-run wizard can be done with the keyboard alone", "[firstrun]")
{
    test::UiFixture f;
    const QString path = f.folder.path(QStringLiteral("hearth.db"));
    Wizard w(f, path);
    const auto type = [](const QString& text) {
        QWidget* focus = QApplication::focusWidget();
        REQUIRE(focus);
        QTest::keyClicks(focus, text);
    };
    const auto press = [](Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
        QWidget* focus = QApplication::focusWidget();
        REQUIRE(focus);
        QTest::keyClick(focus, key, modifiers);
    };
    // The first choice first: the person's own council (chosen already) or the demo; then its name.
    CHECK(QApplication::focusWidget() == child<QRadioButton>(&w.wizard, "ownCouncil"));
    press(Qt::Key_Tab);
    CHECK(QApplication::focusWidget() == child<QLineEdit>(&w.wizard, "councilName"));
    type(QStringLiteral("Eastmere Council"));
    press(Qt::Key_Return);
    REQUIRE(w.page() == FirstRunWizard::OfficerPage);
    CHECK(QApplication::focusWidget() == child<QLineEdit>(&w.wizard, "officerName"));
    type(QStringLiteral("Sam Jones"));
    press(Qt::Key_R, Qt::AltModifier); // the role, by its label's mnemonic
    CHECK(QApplication::focusWidget() == child<QComboBox>(&w.wizard, "officerRole"));
    press(Qt::Key_Return);
    REQUIRE(w.page() == FirstRunWizard::DatabasePage);
    press(Qt::Key_Return); // the usual place, offered already
    REQUIRE(w.page() == FirstRunWizard::TeamPage);
    CHECK(child<QRadioButton>(&w.wizard, "siteOfficer")->isChecked());
    press(Qt::Key_Return);
    REQUIRE(w.wizard.task()->wait());

    CHECK(w.wizard.result() == QDialog::Accepted);
    auto store = w.wizard.takeStore();
    REQUIRE(store);
    CHECK(store->councilSettings().councilName == QStringLiteral("Eastmere Council"));
    CHECK(store->wards().list().isEmpty());
    CHECK(store->officers().find(store->actingOfficerId())->displayName == QStringLiteral("Sam Jones"));
    CHECK(storage::SyncRepository(*store).role() == QStringLiteral("officer"));
}

TEST_CASE("Cancel in the first-run wizard leaves nothing behind", "[firstrun]")
{
    test::UiFixture f;
    const QString path = f.folder.path(QStringLiteral("made/for/hearth.db"));
    Wizard w(f, path);
    w.set("councilName", QStringLiteral("Northvale District Council"));
    w.next();
    w.set("officerName", QStringLiteral("Morgan Price"));
    w.next();
    w.next();
    REQUIRE(w.page() == FirstRunWizard::TeamPage);
    w.wizard.button(QWizard::CancelButton)->click();

    CHECK(w.wizard.result() == QDialog::Rejected);
    CHECK_FALSE(w.wizard.takeStore());
    CHECK_FALSE(QFile::exists(path));
    CHECK_FALSE(QFileInfo::exists(f.folder.path(QStringLiteral("made"))));
}

TEST_CASE("The first-run wizard says what is wrong beside the field and does not go on", "[firstrun]")
{
    test::UiFixture f;
    const QString path = f.folder.path(QStringLiteral("hearth.db"));
    Wizard w(f, path);

    SECTION("no council name")
    {
        w.next();
        CHECK(w.page() == FirstRunWizard::CouncilPage);
        CHECK(w.problem("councilNameProblem").contains(QStringLiteral("Enter the council's name")));
        CHECK(child<QLineEdit>(&w.wizard, "councilName")->accessibleDescription().contains(QStringLiteral("Enter")));
        CHECK(QApplication::focusWidget() == child<QLineEdit>(&w.wizard, "councilName"));
    }
    SECTION("a ward file with a bad line, named by line and field")
    {
        const QString wards = f.folder.path(QStringLiteral("wards.csv"));
        writeFile(wards, "code,name\nE05000001,Riverside\nNOTACODE,Castle Hill\n");
        w.set("councilName", QStringLiteral("Northvale District Council"));
        w.set("wardFile", wards);
        CHECK(w.problem("wardProblem").contains(QStringLiteral("wards.csv, line 3, code")));
        w.next();
        CHECK(w.page() == FirstRunWizard::CouncilPage);
        CHECK(w.wizard.choices().wards.isEmpty());
        // Put right, the file is read again on Next.
        writeFile(wards, "code,name\nE05000001,Riverside\nE05000002,Castle Hill\n");
        w.next();
        CHECK(w.page() == FirstRunWizard::OfficerPage);
        CHECK(w.wizard.choices().wards.size() == 2);
    }
    SECTION("a ward file that does not exist")
    {
        w.set("councilName", QStringLiteral("Northvale District Council"));
        w.set("wardFile", f.folder.path(QStringLiteral("missing.csv")));
        CHECK(w.problem("wardProblem").contains(QStringLiteral("missing.csv: there is no such file")));
        w.next();
        CHECK(w.page() == FirstRunWizard::CouncilPage);
    }
    SECTION("no officer name")
    {
        w.set("councilName", QStringLiteral("Northvale District Council"));
        w.next();
        w.set("officerName", QStringLiteral("   "));
        w.next();
        CHECK(w.page() == FirstRunWizard::OfficerPage);
        CHECK(w.problem("officerNameProblem").contains(QStringLiteral("Enter your name")));
    }
    SECTION("a database file that exists already, or a folder")
    {
        writeFile(path, "not a database");
        w.set("councilName", QStringLiteral("Northvale District Council"));
        w.next();
        w.set("officerName", QStringLiteral("Morgan Price"));
        w.next();
        w.next();
        CHECK(w.page() == FirstRunWizard::DatabasePage);
        CHECK(w.problem("databaseProblem").contains(QStringLiteral("already a file called hearth.db")));
        w.set("databasePath", f.folder.path(QString()));
        w.next();
        CHECK(w.page() == FirstRunWizard::DatabasePage);
        CHECK(w.problem("databaseProblem").contains(QStringLiteral("is a folder")));
        QFile::remove(path);
    }
    CHECK_FALSE(QFile::exists(path));
}

TEST_CASE("The database location can be chosen, and .db is added to a name without a suffix", "[firstrun]")
{
    test::UiFixture f;
    Wizard w(f, f.folder.path(QStringLiteral("hearth.db")));
    w.set("councilName", QStringLiteral("Northvale District Council"));
    w.next();
    w.set("officerName", QStringLiteral("Morgan Price"));
    w.next();
    FileDialog::setNextFileName(f.folder.path(QStringLiteral("chosen")));
    child<QAbstractButton>(&w.wizard, "chooseDatabase")->click();
    CHECK(child<QLineEdit>(&w.wizard, "databasePath")->text()
          == QDir::toNativeSeparators(f.folder.path(QStringLiteral("chosen.db"))));
    child<QAbstractButton>(&w.wizard, "defaultDatabase")->click();
    CHECK(child<QLineEdit>(&w.wizard, "databasePath")->text()
          == QDir::toNativeSeparators(f.folder.path(QStringLiteral("hearth.db"))));
}

TEST_CASE("The demo council option fills the new database with the demo, the officer signed in", "[firstrun]")
{
    test::UiFixture f;
    const QString path = f.folder.path(QStringLiteral("demo.db"));
    Wizard w(f, path);
    w.wizard.setDemoResidents(40); // kFirstRunDemoResidents in use; fewer keep the test quick
    child<QRadioButton>(&w.wizard, "demoCouncil")->setChecked(true);
    CHECK_FALSE(child<QLineEdit>(&w.wizard, "councilName")->isEnabled());
    w.next(); // no council name needed
    REQUIRE(w.page() == FirstRunWizard::OfficerPage);
    w.set("officerName", QStringLiteral("Trainee Officer"));
    w.next();
    w.next();
    REQUIRE(w.page() == FirstRunWizard::TeamPage);
    CHECK(child<QLabel>(&w.wizard, "summary")
              ->text()
              .contains(QStringLiteral("the demo council (40 made-up residents)")));
    w.finishAndWait();

    REQUIRE(w.wizard.result() == QDialog::Accepted);
    auto store = w.wizard.takeStore();
    REQUIRE(store);
    CHECK(store->councilSettings().councilName == QStringLiteral("Hearthdale Borough Council (demo)"));
    CHECK(store->wards().list().size() > 5);
    CHECK(store->residents().count({}) == 40);
    const auto acting = store->officers().find(store->actingOfficerId());
    REQUIRE(acting);
    CHECK(acting->displayName == QStringLiteral("Trainee Officer"));
    CHECK(store->officers().list().size() > 1); // the demo team as well
}

TEST_CASE("Making the first database is all or nothing", "[firstrun]")
{
    test::UiFixture f;
    FirstRunChoices choices;
    choices.councilName = QStringLiteral("Northvale District Council");
    choices.officerName = QStringLiteral("Morgan Price");
    choices.databasePath = f.folder.path(QStringLiteral("a/b/hearth.db"));

    SECTION("a ward that cannot be saved: the file and the folders made for it are removed")
    {
        choices.wards = {{QStringLiteral("E05000001"), QStringLiteral("Riverside"), {}},
                         {QStringLiteral("E05000002"), QString(), {}}};
        CHECK_THROWS_AS(createFirstDatabase(choices, f.clock), storage::Error);
    }
    SECTION("the demo cancelled: nothing is kept")
    {
        choices.demo = true;
        int calls = 0;
        CHECK_FALSE(createFirstDatabase(choices, f.clock, [&calls](qint64, qint64) { return ++calls < 3; }));
        CHECK(calls == 3);
    }
    CHECK_FALSE(QFileInfo::exists(choices.databasePath));
    CHECK_FALSE(QFileInfo::exists(choices.databasePath + QStringLiteral("-wal")));
    CHECK_FALSE(QFileInfo::exists(f.folder.path(QStringLiteral("a"))));
}

TEST_CASE("A database that cannot be made is reported and the wizard stays open", "[firstrun]")
{
    test::UiFixture f;
    const QString path = f.folder.path(QStringLiteral("hearth.db"));
    Wizard w(f, path);
    w.set("councilName", QStringLiteral("Northvale District Council"));
    w.next();
    w.set("officerName", QStringLiteral("Morgan Price"));
    w.next();
    w.next();
    REQUIRE(w.page() == FirstRunWizard::TeamPage);
    writeFile(path, "made by someone else meanwhile");
    MessageBox::clearLastShown();
    w.finishAndWait();
    CHECK(w.wizard.isVisible());
    CHECK_FALSE(w.wizard.takeStore());
    const auto shown = MessageBox::lastShown();
    REQUIRE(shown);
    CHECK(shown->title == QStringLiteral("Cannot create the database"));
    CHECK(w.wizard.button(QWizard::FinishButton)->isEnabled()); // to try again once it is put right
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == "made by someone else meanwhile"); // not overwritten, not removed
}

TEST_CASE("The first-run wizard makes the demo council off the GUI thread, with progress and Cancel",
          "[firstrun][longwork]")
{
    test::UiFixture f;
    const QString path = f.folder.path(QStringLiteral("made/for/demo.db"));
    Wizard w(f, path);
    w.wizard.setDemoResidents(200);
    child<QRadioButton>(&w.wizard, "demoCouncil")->setChecked(true);
    w.next();
    w.set("officerName", QStringLiteral("Trainee Officer"));
    w.next();
    w.next();
    REQUIRE(w.page() == FirstRunWizard::TeamPage);
    TaskProgress* progress = w.wizard.progress();
    CHECK_FALSE(progress->isVisible()); // shown only while the database is being made

    auto held = std::make_unique<HeldWorker>(QStringLiteral("demo council"), 100);
    w.finish();
    REQUIRE(held->waitUntilHeld());
    // Made on a worker while the event loop goes on, what it is doing shown in words and a bar.
    CHECK(held->thread() != QThread::currentThread());
    bool fired = false;
    bool firedWhileWorking = false;
    QTimer::singleShot(30, &w.wizard, [&] {
        fired = true;
        firedWhileWorking = w.wizard.task()->isRunning();
    });
    REQUIRE(QTest::qWaitFor([&] { return fired; }, 5000));
    CHECK(firedWhileWorking);
    CHECK(progress->isVisible());
    CHECK(progress->stageText() == QStringLiteral("Making the demo council…"));
    REQUIRE(QTest::qWaitFor([&] { return progress->bar()->value() == 100; }, 5000));
    CHECK(progress->bar()->maximum() == 200);
    CHECK(progress->bar()->accessibleName() == QStringLiteral("Progress making the database"));
    CHECK(progress->cancelButton()->accessibleName() == QStringLiteral("Cancel making the database"));
    // Cancel has the focus, so the keyboard reaches it at once; Finish and Back wait meanwhile.
    CHECK(QApplication::focusWidget() == progress->cancelButton());
    CHECK_FALSE(w.wizard.button(QWizard::FinishButton)->isEnabled());
    CHECK_FALSE(w.wizard.button(QWizard::BackButton)->isEnabled());
    CHECK_FALSE(w.wizard.button(QWizard::CancelButton)->isVisible()); // one Cancel on screen: the progress's
    CHECK_FALSE(child<QRadioButton>(&w.wizard, "siteHub")->isEnabled());
    w.wizard.accept(); // Finish's shortcut again: ignored while it runs
    CHECK(w.wizard.task()->isRunning());
    CHECK(w.wizard.result() != QDialog::Accepted);

    SECTION("Cancel by the keyboard: nothing is left, the wizard stays open, and it can be done again")
    {
        QTest::keyClick(progress->cancelButton(), Qt::Key_Space);
        CHECK(w.wizard.task()->isCancelling());
        held->release();
        REQUIRE(w.wizard.task()->wait());
        CHECK(w.wizard.isVisible());
        CHECK(w.wizard.result() != QDialog::Accepted);
        CHECK_FALSE(w.wizard.takeStore());
        CHECK_FALSE(anyDatabaseFile(path));
        CHECK_FALSE(QFileInfo::exists(f.folder.path(QStringLiteral("made"))));
        CHECK_FALSE(progress->isVisible());
        CHECK(w.problem("makeOutcome").contains(QStringLiteral("no database was made")));
        CHECK(w.wizard.button(QWizard::FinishButton)->isEnabled());
        CHECK(w.wizard.button(QWizard::BackButton)->isEnabled());
        CHECK(w.wizard.button(QWizard::CancelButton)->isVisible());
        CHECK(child<QRadioButton>(&w.wizard, "siteHub")->isEnabled());

        // The person can choose again: this time it runs to the end.
        held.reset();
        w.finishAndWait();
        CHECK(w.wizard.result() == QDialog::Accepted);
        auto store = w.wizard.takeStore();
        REQUIRE(store);
        CHECK(store->residents().count({}) == 200);
    }
    SECTION("closing the wizard while it works cancels first, then closes, leaving nothing")
    {
        w.wizard.close();
        CHECK(w.wizard.isVisible()); // until the work has stopped
        CHECK(w.wizard.task()->isCancelling());
        held->release();
        REQUIRE(w.wizard.task()->wait());
        CHECK_FALSE(w.wizard.isVisible());
        CHECK(w.wizard.result() == QDialog::Rejected);
        CHECK_FALSE(w.wizard.takeStore());
        CHECK_FALSE(anyDatabaseFile(path));
        CHECK_FALSE(QFileInfo::exists(f.folder.path(QStringLiteral("made"))));
    }
    SECTION("finished: the file is opened here, with the demo residents and the officer signed in")
    {
        held->release();
        REQUIRE(w.wizard.task()->wait());
        CHECK(w.wizard.result() == QDialog::Accepted);
        CHECK_FALSE(w.wizard.isVisible());
        auto store = w.wizard.takeStore();
        REQUIRE(store);
        CHECK(store->path() == QFileInfo(path).absoluteFilePath());
        CHECK(store->residents().count({}) == 200);
        const auto acting = store->officers().find(store->actingOfficerId());
        REQUIRE(acting);
        CHECK(acting->displayName == QStringLiteral("Trainee Officer"));
        store.reset();
        // A whole database, which opens again as any other.
        auto again = f.openStore(path, Mode::Existing);
        CHECK(again->residents().count({}) == 200);
        CHECK(again->councilSettings().councilName == QStringLiteral("Hearthdale Borough Council (demo)"));
    }
}

// Not run by default: saves docs/screenshots/first-run.png into the folder HEARTH_SCREENSHOT_DIR.
TEST_CASE("Screenshot of the first-run wizard", "[.screenshot]")
{
    const QString folder = qEnvironmentVariable("HEARTH_SCREENSHOT_DIR");
    REQUIRE_FALSE(folder.isEmpty());
    test::UiFixture f;
    const QString wards = f.folder.path(QStringLiteral("wards.csv"));
    writeFile(wards, "WD24CD,WD24NM\nE05000001,Riverside\nE05000002,Castle Hill\nE05000003,Old Town\n");
    Wizard w(f, QStringLiteral("/home/officer/.local/share/Hearth/Hearth/hearth.db"));
    w.set("councilName", QStringLiteral("Northvale District Council"));
    w.set("wardFile", wards);
    QTest::qWait(100);
    CHECK(w.wizard.grab().save(folder + QStringLiteral("/first-run.png")));
}

// Not run by default: saves first-run-demo.png (the wizard making the demo council) and
// first-run-demo-cancelled.png (after Cancel) into the folder HEARTH_SCREENSHOT_DIR.
TEST_CASE("Screenshot of the first-run wizard making the demo council", "[.screenshot]")
{
    const QString folder = qEnvironmentVariable("HEARTH_SCREENSHOT_DIR");
    REQUIRE_FALSE(folder.isEmpty());
    test::UiFixture f;
    Wizard w(f, f.folder.path(QStringLiteral("demo.db")));
    w.wizard.setDemoResidents(200);
    child<QRadioButton>(&w.wizard, "demoCouncil")->setChecked(true);
    w.next();
    w.set("officerName", QStringLiteral("Trainee Officer"));
    w.next();
    w.next();
    HeldWorker held(QStringLiteral("demo council"), 120);
    w.finish();
    REQUIRE(held.waitUntilHeld());
    QTest::qWait(100);
    CHECK(w.wizard.grab().save(folder + QStringLiteral("/first-run-demo.png")));
    w.wizard.task()->cancel();
    held.release();
    REQUIRE(w.wizard.task()->wait());
    CHECK(w.wizard.grab().save(folder + QStringLiteral("/first-run-demo-cancelled.png")));
}
