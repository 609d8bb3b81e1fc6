#include "UiFixture.h"

#include "AboutDialog.h"
#include "DatabaseOpener.h"
#include "FileDialog.h"
#include "MessageBox.h"
#include "Migrations.h"
#include "UiSettings.h"
#include "actionplan/ActionPlanPage.h"
#include "caseload/CaseloadPage.h"
#include "directory/DirectoryPage.h"
#include "referrals/ReferralsPage.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPointer>
#include <QSignalSpy>
#include <QStackedWidget>

using namespace hearth;
using namespace hearth::ui;
using Page = MainWindow::Page;

namespace {

QLabel* label(QWidget& window, const char* name)
{
    auto* found = window.findChild<QLabel*>(QLatin1String(name));
    REQUIRE(found);
    return found;
}

QAction* action(QWidget& window, const char* name)
{
    auto* found = window.findChild<QAction*>(QLatin1String(name));
    REQUIRE(found);
    return found;
}

void writeFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(content);
}

} // namespace

TEST_CASE("Ctrl+1 to Ctrl+7 switch the visible page, and the navigation and Go menu follow", "[mainwindow]")
{
    test::UiFixture f;
    auto window = f.openWindow(f.folder.dbPath());
    auto* pages = window->findChild<QStackedWidget*>(QStringLiteral("pages"));
    auto* navigation = window->findChild<QListWidget*>(QStringLiteral("navigation"));
    REQUIRE(pages);
    REQUIRE(navigation);
    REQUIRE(pages->count() == MainWindow::kPageCount);
    CHECK(window->currentPage() == Page::Caseload);

    const Page expected[] = {Page::Caseload, Page::Directory, Page::Referrals, Page::ActionPlan,
                             Page::Reports,  Page::Sync,      Page::Audit};
    const Qt::Key keys[] = {Qt::Key_1, Qt::Key_2, Qt::Key_3, Qt::Key_4, Qt::Key_5, Qt::Key_6, Qt::Key_7};
    // Backwards, so that no step can pass by staying where the previous one left the window.
    for (int index = MainWindow::kPageCount - 1; index >= 0; --index) {
        QTest::keyClick(window.get(), keys[index], Qt::ControlModifier);
        INFO("Ctrl+" << index + 1);
        CHECK(window->currentPage() == expected[index]);
        CHECK(navigation->currentRow() == index);
        for (int other = 0; other < pages->count(); ++other) {
            CHECK(pages->widget(other)->isVisible() == (other == index));
        }
        const QString goAction = QStringLiteral("actionGo_") + MainWindow::pageKey(expected[index]);
        CHECK(action(*window, goAction.toLatin1().constData())->isChecked());
    }
}

TEST_CASE("The Go menu lists every page with its shortcut", "[mainwindow]")
{
    test::UiFixture f;
    auto window = f.openWindow(f.folder.dbPath());
    auto* menu = window->findChild<QMenu*>(QStringLiteral("menuGo"));
    REQUIRE(menu);
    QStringList titles;
    QStringList shortcuts;
    for (QAction* entry : menu->actions()) {
        titles.append(entry->text());
        shortcuts.append(entry->shortcut().toString(QKeySequence::PortableText));
    }
    CHECK(titles
          == QStringList {QStringLiteral("Caseload"), QStringLiteral("Directory"), QStringLiteral("Referrals"),
                          QStringLiteral("Action plan"), QStringLiteral("Reports"), QStringLiteral("Sync"),
                          QStringLiteral("Audit")});
    CHECK(shortcuts
          == QStringList {QStringLiteral("Ctrl+1"), QStringLiteral("Ctrl+2"), QStringLiteral("Ctrl+3"),
                          QStringLiteral("Ctrl+4"), QStringLiteral("Ctrl+5"), QStringLiteral("Ctrl+6"),
                          QStringLiteral("Ctrl+7")});

    menu->actions().at(3)->trigger();
    CHECK(window->currentPage() == Page::ActionPlan);
}

TEST_CASE("The navigation list takes keyboard focus, has accessible names, and arrow keys change page",
          "[mainwindow][accessibility]")
{
    test::UiFixture f;
    auto window = f.openWindow(f.folder.dbPath());
    auto* navigation = window->findChild<QListWidget*>(QStringLiteral("navigation"));
    REQUIRE(navigation);
    CHECK((navigation->focusPolicy() & Qt::TabFocus) != 0);
    CHECK_FALSE(navigation->accessibleName().isEmpty());
    REQUIRE(navigation->count() == MainWindow::kPageCount);
    CHECK(navigation->item(3)->text() == QStringLiteral("Action plan"));
    CHECK(navigation->item(3)->data(Qt::AccessibleDescriptionRole).toString().contains(QStringLiteral("Ctrl+4")));

    navigation->setFocus();
    REQUIRE(QTest::qWaitFor([&] { return navigation->hasFocus(); }));
    QTest::keyClick(navigation, Qt::Key_Down);
    QTest::keyClick(navigation, Qt::Key_Down);
    CHECK(window->currentPage() == Page::Referrals);

    auto* pages = window->findChild<QStackedWidget*>(QStringLiteral("pages"));
    CHECK(qobject_cast<DirectoryPage*>(pages->widget(1)));
    CHECK(qobject_cast<ReferralsPage*>(pages->widget(2)));
    auto* actionPlan = qobject_cast<ActionPlanPage*>(pages->widget(3));
    REQUIRE(actionPlan);
    CHECK(actionPlan->accessibleName() == navigation->item(3)->text());
}

TEST_CASE("The Caseload page shows open, closed and due follow-up counts read from the database", "[caseload]")
{
    test::UiFixture f;
    auto window = f.openWindow(f.folder.dbPath());
    auto* page = window->findChild<CaseloadPage*>();
    REQUIRE(page);
    CHECK(page->isVisible());

    SECTION("an empty database shows zeros and says it is empty")
    {
        CHECK(label(*window, "openCount")->text() == QStringLiteral("0"));
        CHECK(label(*window, "closedCount")->text() == QStringLiteral("0"));
        CHECK(label(*window, "dueCount")->text() == QStringLiteral("0"));
        CHECK(label(*window, "emptyLabel")->isVisible());
    }

    SECTION("after residents and contacts are added, F5 shows the new figures")
    {
        test::addSampleCaseload(window->store());
        CHECK(label(*window, "openCount")->text() == QStringLiteral("0")); // not yet read again

        QTest::keyClick(window.get(), Qt::Key_F5);
        CHECK(label(*window, "openCount")->text() == QStringLiteral("4"));
        CHECK(label(*window, "closedCount")->text() == QStringLiteral("1"));
        CHECK(label(*window, "dueCount")->text() == QStringLiteral("2"));
        CHECK_FALSE(label(*window, "emptyLabel")->isVisible());
        REQUIRE(page->summary());
        CHECK(page->summary()->open == 4);
    }

    SECTION("coming back to the page reads the figures again")
    {
        QTest::keyClick(window.get(), Qt::Key_2, Qt::ControlModifier);
        test::addSampleCaseload(window->store());
        QTest::keyClick(window.get(), Qt::Key_1, Qt::ControlModifier);
        CHECK(label(*window, "openCount")->text() == QStringLiteral("4"));
        CHECK(label(*window, "dueCount")->text() == QStringLiteral("2"));
    }

    SECTION("the follow-ups due move with the clock")
    {
        test::addSampleCaseload(window->store());
        f.clock.set(QDateTime(QDate(2026, 12, 10), QTime(10, 0), Qt::UTC));
        QTest::keyClick(window.get(), Qt::Key_F5);
        CHECK(label(*window, "dueCount")->text() == QStringLiteral("3"));
        CHECK(label(*window, "closedCount")->text() == QStringLiteral("1"));
    }
}

TEST_CASE("The status bar names the database, the acting officer and the schema version", "[mainwindow]")
{
    test::UiFixture f;
    auto window = f.openWindow(f.folder.path(QStringLiteral("team.db")));
    CHECK(label(*window, "databaseLabel")->text().contains(QStringLiteral("team.db")));
    CHECK(label(*window, "officerLabel")->text() == QStringLiteral("No officer chosen"));
    CHECK(label(*window, "schemaLabel")->text() == QStringLiteral("Schema %1").arg(storage::latestSchemaVersion()));
    CHECK(window->windowTitle().startsWith(QStringLiteral("team.db")));

    test::addSampleCaseload(window->store()); // chooses "Alex Officer" as the acting officer
    QTest::keyClick(window.get(), Qt::Key_F5);
    CHECK(label(*window, "officerLabel")->text() == QStringLiteral("Officer: Alex Officer"));
}

TEST_CASE("About Hearth opens with the version, licence and privacy note, and closes", "[about]")
{
    test::UiFixture f;
    auto window = f.openWindow(f.folder.dbPath());
    CHECK(window->findChild<AboutDialog*>() == nullptr);

    action(*window, "actionAbout")->trigger();
    QPointer<AboutDialog> dialog = window->findChild<AboutDialog*>();
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowExposed(dialog.data()));
    CHECK(dialog->isVisible());
    QStringList texts;
    for (const QLabel* text : dialog->findChildren<QLabel*>()) {
        texts.append(text->text());
    }
    const QString all = texts.join(QLatin1Char('\n'));
    CHECK(all.contains(QStringLiteral(HEARTH_VERSION)));
    CHECK(all.contains(QStringLiteral("GPL-3.0-or-later")));
    CHECK(all.contains(QStringLiteral("Hearth never sends data anywhere")));

    QTest::keyClick(dialog.data(), Qt::Key_Escape);
    CHECK_FALSE(dialog->isVisible());
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK(dialog.isNull());
}

TEST_CASE("Window geometry, the page shown and the database are remembered and restored", "[settings]")
{
    test::UiFixture f;
    const QString database = f.folder.path(QStringLiteral("remembered.db"));
    {
        auto window = f.openWindow(database);
        window->resize(1000, 640);
        window->setCurrentPage(Page::Reports);
        QTest::keyClick(window.get(), Qt::Key_Q, Qt::ControlModifier);
        CHECK_FALSE(window->isVisible());
    }
    f.settings.sync();
    const ui::UiSettings saved(f.settings);
    CHECK_FALSE(saved.windowGeometry().isEmpty());
    CHECK(saved.currentPage() == QStringLiteral("reports"));
    CHECK(saved.lastDatabase() == QFileInfo(database).absoluteFilePath());

    // The next start opens the same database, in the same window, on the same page.
    const auto startup = chooseStartupDatabase({}, {}, saved, f.folder.path(QStringLiteral("default.db")));
    CHECK(startup.path == QFileInfo(database).absoluteFilePath());
    CHECK(startup.mode == storage::Store::OpenMode::Existing);

    auto restored = f.openWindow(startup.path);
    INFO(restored->size().width() << "x" << restored->size().height() << " min "
                                  << restored->minimumSizeHint().width());
    CHECK(restored->size() == QSize(1000, 640));
    CHECK(restored->currentPage() == Page::Reports);
}

TEST_CASE("Opening a file that is not a Hearth database says why and keeps the open database", "[open]")
{
    test::UiFixture f;
    const QString first = f.folder.path(QStringLiteral("first.db"));
    auto window = f.openWindow(first);
    test::addSampleCaseload(window->store());
    window->refresh();
    MessageBox::clearLastShown();

    QString bad;
    QString expected;
    SECTION("a text file")
    {
        bad = f.folder.path(QStringLiteral("notes.db"));
        writeFile(bad, QByteArray("These are not the records you are looking for.\n").repeated(200));
        expected = QStringLiteral("“notes.db” is not a Hearth database, or it is damaged.");
    }
    SECTION("a database from a newer Hearth")
    {
        bad = f.folder.path(QStringLiteral("newer.db"));
        {
            auto newer = f.openStore(bad);
            newer->db().setUserVersion(storage::latestSchemaVersion() + 1);
        }
        expected = QStringLiteral("“newer.db” was made by a newer version of Hearth. Install that version to open it.");
    }

    FileDialog::setNextFileName(bad);
    MessageBox::setNextAnswer(MessageBox::Ok);
    QTest::keyClick(window.get(), Qt::Key_O, Qt::ControlModifier);

    const auto shown = MessageBox::lastShown();
    REQUIRE(shown);
    CHECK(shown->kind == MessageBox::Kind::Critical);
    CHECK(shown->text == expected);
    CHECK(shown->informativeText.contains(QStringLiteral("“first.db”, is still open")));

    CHECK(window->store().path() == first);
    CHECK(label(*window, "databaseLabel")->text().contains(QStringLiteral("first.db")));
    CHECK(label(*window, "openCount")->text() == QStringLiteral("4"));
    const ui::UiSettings saved(f.settings);
    CHECK(saved.lastDatabase() == QFileInfo(first).absoluteFilePath());
    CHECK_FALSE(saved.recentDatabases().contains(QFileInfo(bad).absoluteFilePath()));
}

TEST_CASE("New database creates and opens an empty database, and Recent databases goes back", "[open]")
{
    test::UiFixture f;
    const QString first = QFileInfo(f.folder.path(QStringLiteral("first.db"))).absoluteFilePath();
    auto window = f.openWindow(first);
    test::addSampleCaseload(window->store());
    window->refresh();
    CHECK(label(*window, "openCount")->text() == QStringLiteral("4"));

    QSignalSpy changed(window.get(), &MainWindow::databaseChanged);
    FileDialog::setNextFileName(f.folder.path(QStringLiteral("second"))); // ".db" is added
    QTest::keyClick(window.get(), Qt::Key_N, Qt::ControlModifier);
    const QString second = QFileInfo(f.folder.path(QStringLiteral("second.db"))).absoluteFilePath();
    CHECK(changed.count() == 1);
    CHECK(QFileInfo(window->store().path()).absoluteFilePath() == second);
    CHECK(QFileInfo::exists(second));
    CHECK(label(*window, "openCount")->text() == QStringLiteral("0"));
    CHECK(label(*window, "officerLabel")->text() == QStringLiteral("No officer chosen"));
    CHECK(ui::UiSettings(f.settings).recentDatabases() == QStringList {second, first});

    SECTION("a new database never overwrites a file")
    {
        MessageBox::clearLastShown();
        FileDialog::setNextFileName(first);
        MessageBox::setNextAnswer(MessageBox::Ok);
        QTest::keyClick(window.get(), Qt::Key_N, Qt::ControlModifier);
        REQUIRE(MessageBox::lastShown());
        CHECK(MessageBox::lastShown()->text.contains(QStringLiteral("already exists")));
        CHECK(QFileInfo(window->store().path()).absoluteFilePath() == second);
        auto reopened = f.openStore(first, storage::Store::OpenMode::Existing);
        ResidentQuery all;
        CHECK(reopened->residents().count(all) == 5);
    }

    SECTION("the recent menu opens the first database again")
    {
        auto* recent = window->findChild<QMenu*>(QStringLiteral("menuRecentDatabases"));
        REQUIRE(recent);
        QAction* entry = nullptr;
        for (QAction* candidate : recent->actions()) {
            if (candidate->data().toString() == first) {
                entry = candidate;
            }
        }
        REQUIRE(entry);
        CHECK(entry->text() == QStringLiteral("&2 first.db"));
        entry->trigger();
        CHECK(QFileInfo(window->store().path()).absoluteFilePath() == first);
        CHECK(label(*window, "openCount")->text() == QStringLiteral("4"));
        CHECK(ui::UiSettings(f.settings).recentDatabases() == QStringList {first, second});
    }

    SECTION("the recent list keeps the last five")
    {
        for (int index = 0; index < 6; ++index) {
            FileDialog::setNextFileName(f.folder.path(QStringLiteral("extra%1.db").arg(index)));
            action(*window, "actionNewDatabase")->trigger();
        }
        const QStringList recent = ui::UiSettings(f.settings).recentDatabases();
        REQUIRE(recent.size() == 5);
        CHECK(recent.first().endsWith(QStringLiteral("extra5.db")));
        CHECK_FALSE(recent.contains(first));
    }

    SECTION("cancelling the file chooser changes nothing")
    {
        FileDialog::setNextFileName(QString());
        QTest::keyClick(window.get(), Qt::Key_O, Qt::ControlModifier);
        CHECK(changed.count() == 1);
        CHECK(QFileInfo(window->store().path()).absoluteFilePath() == second);
    }
}

// Not run by default: writes a database with a small caseload for the screenshot in
// docs/screenshots, to the path in HEARTH_SAMPLE_DB.
TEST_CASE("Write a sample database for screenshots", "[.sample]")
{
    const QString path = qEnvironmentVariable("HEARTH_SAMPLE_DB");
    REQUIRE_FALSE(path.isEmpty());
    SystemClock clock;
    storage::Store store(path, storage::Store::OpenMode::CreateNew, clock);
    const Ward ward = store.wards().save({QStringLiteral("E05000001"), QStringLiteral("Riverside"), {}});
    const Officer officer = store.officers().add({{}, QStringLiteral("Sam Patel"), QStringLiteral("officer"), {}, {}});
    store.setActingOfficer(officer.id);
    const QDate today = clock.today();
    auto residents = store.residents();
    auto contacts = store.contacts();
    const QStringList names {QStringLiteral("Ada"), QStringLiteral("Ben"),  QStringLiteral("Cat"),
                             QStringLiteral("Dev"), QStringLiteral("Eli"),  QStringLiteral("Fay"),
                             QStringLiteral("Gus"), QStringLiteral("Hana"), QStringLiteral("Ivo"),
                             QStringLiteral("Jo"),  QStringLiteral("Kit"),  QStringLiteral("Lou")};
    for (int index = 0; index < names.size(); ++index) {
        Resident resident;
        resident.givenName = names.at(index);
        resident.familyName = QStringLiteral("Sample");
        resident.wardCode = ward.code;
        resident.identifiedOn = today.addDays(-60 + index);
        resident.targetGroups = {QStringLiteral("older_people")};
        resident = residents.create(resident);
        Contact contact;
        contact.residentId = resident.id;
        contact.contactOn = today.addDays(-20 + index);
        contact.type = QStringLiteral("visit");
        contact.followUpDue = today.addDays(-12 + 3 * index);
        contacts.add(contact);
        if (index % 4 == 3) {
            residents.close(resident.id, today.addDays(-1), QStringLiteral("improved"));
        }
    }
}
