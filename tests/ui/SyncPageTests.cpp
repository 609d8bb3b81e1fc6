// The Sync page: importing a peer's bundle through the page (file chooser, summary, passphrase),
// the conflict inbox with the last common value, theirs (who, when) and mine, deciding a conflict,
// a wrong passphrase refused with nothing changed, and exporting the decision for the peer.

#include "FileDialog.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "SyncFixture.h"
#include "sync/SyncPage.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTest>

#include <catch2/catch.hpp>

using namespace hearth;
using namespace hearth::ui;
using hearth::test::kPassphrase;

namespace {

template <typename T>
T* child(QWidget* parent, const char* name)
{
    auto* found = parent->findChild<T*>(QLatin1String(name));
    REQUIRE(found);
    return found;
}

// A hub and one officer that share Jean Smith, then both change her phone: the officer's bundle
// for the hub, written to a file, holds a conflict for the hub. The hub's store then goes into a
// main window on the Sync page.
struct SyncUiFixture
{
    test::Team team {1};
    test::TempFolder files;
    QSettings settings {files.path(QStringLiteral("settings.ini")), QSettings::IniFormat};
    QString jeanId;
    QString bundlePath = files.path(QStringLiteral("from-officer.hearthsync"));
    std::unique_ptr<MainWindow> window;
    SyncPage* page = nullptr;

    SyncUiFixture()
    {
        jeanId = team.officer(1).newResident(QStringLiteral("Jean"), QStringLiteral("Smith")).id;
        team.round();
        team.round();
        Resident mine = team.hub().resident(jeanId);
        mine.phone = QStringLiteral("07700 900111");
        team.hub().store->residents().update(mine);
        Resident theirs = team.officer(1).resident(jeanId);
        theirs.phone = QStringLiteral("07700 900222");
        team.officer(1).store->residents().update(theirs);
        QFile file(bundlePath);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(team.bundle(team.officer(1), team.hub()));
        file.close();

        team.hub().engine.reset(); // the page makes its own engine on the store
        window = std::make_unique<MainWindow>(team.clock, settings, std::move(team.hub().store));
        window->show();
        window->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(window.get()));
        window->setCurrentPage(MainWindow::Page::Sync);
        page = window->findChild<SyncPage*>();
        REQUIRE(page);
        page->setExportKdfLimits(sync::KdfLimits::fastForTestsOnly());
    }

    ~SyncUiFixture() { window.reset(); }

    storage::Store& hub() { return window->store(); }

    void importThroughPage(const std::optional<QString>& passphrase)
    {
        FileDialog::setNextFileName(bundlePath);
        MessageBox::setNextAnswer(MessageBox::Ok);
        SyncPage::setNextPassphrase(passphrase);
        QTest::mouseClick(child<QPushButton>(page, "importButton"), Qt::LeftButton);
    }
};

QString cell(QTableWidget* table, int row, int column)
{
    auto* item = table->item(row, column);
    REQUIRE(item);
    return item->text();
}

} // namespace

TEST_CASE("The Sync page lists the peers and says the database's role", "[sync-ui]")
{
    SyncUiFixture f;
    CHECK(f.page->isVisible());
    CHECK(child<QLabel>(f.page, "roleLabel")->text().contains(QStringLiteral("hub")));
    auto* peers = child<QTableWidget>(f.page, "peersTable");
    CHECK_FALSE(peers->accessibleName().isEmpty());
    REQUIRE(peers->rowCount() == 1);
    CHECK(cell(peers, 0, 0) == QStringLiteral("Officer 1"));
    CHECK(cell(peers, 0, 1) == f.team.officer(1).store->siteId());
    CHECK(cell(peers, 0, 2) != QStringLiteral("never")); // two rounds exchanged bundles already
    CHECK(child<QTableWidget>(f.page, "conflictsTable")->rowCount() == 0);
    CHECK_FALSE(child<QPushButton>(f.page, "keepTheirsButton")->isEnabled());
}

TEST_CASE("Importing a bundle with a conflict through the Sync page, then keeping theirs in the inbox", "[sync-ui]")
{
    SyncUiFixture f;
    MessageBox::clearLastShown();
    f.importThroughPage(kPassphrase);

    // The summary asked first says who sent what.
    const auto summary = MessageBox::lastShown();
    REQUIRE(summary);
    CHECK(summary->kind == MessageBox::Kind::Question);
    CHECK(summary->text.contains(QStringLiteral("from-officer.hearthsync")));
    CHECK(summary->informativeText.contains(QStringLiteral("Officer 1")));
    CHECK(child<QLabel>(f.page, "resultLabel")->text().contains(QStringLiteral("1 new conflict")));

    auto* inbox = child<QTableWidget>(f.page, "conflictsTable");
    REQUIRE(inbox->rowCount() == 1);
    CHECK(cell(inbox, 0, 0) == QStringLiteral("Resident Jean Smith"));
    CHECK(cell(inbox, 0, 1) == QStringLiteral("Phone"));
    CHECK(cell(inbox, 0, 2) == QStringLiteral("07700 900123")); // the last common state
    CHECK(cell(inbox, 0, 3) == QStringLiteral("07700 900222")); // theirs
    CHECK(cell(inbox, 0, 4).contains(QStringLiteral("Officer 1"))); // who changed theirs
    CHECK(cell(inbox, 0, 5) == QStringLiteral("07700 900111")); // mine
    CHECK(child<QLabel>(f.page, "inboxHeading")->text().contains(QStringLiteral("1")));

    REQUIRE(f.page->shownConflictIds().size() == 1);
    const qint64 conflictId = f.page->shownConflictIds().first();
    auto* keepTheirs = child<QPushButton>(f.page, "keepTheirsButton");
    REQUIRE(keepTheirs->isEnabled());
    QTest::mouseClick(keepTheirs, Qt::LeftButton);

    CHECK(f.hub().residents().find(f.jeanId)->phone == QStringLiteral("07700 900222"));
    CHECK(inbox->rowCount() == 0);
    const auto decided = storage::SyncRepository(f.hub()).conflict(conflictId);
    REQUIRE(decided);
    CHECK(decided->status == QStringLiteral("resolved"));
    CHECK(decided->decision == QStringLiteral("theirs"));
    CHECK(decided->decidedBy == f.team.hub().officer.id);
    storage::AuditLog::Filter filter;
    filter.action = QStringLiteral("update");
    filter.entityId = f.jeanId;
    const auto audit = f.hub().audit().list(filter);
    REQUIRE_FALSE(audit.isEmpty());
    CHECK(audit.first().summary.contains(QStringLiteral("conflict")));

    SECTION("the decision is exported for the officer, who takes it")
    {
        const QString out = f.files.path(QStringLiteral("to-officer.hearthsync"));
        FileDialog::setNextFileName(out);
        SyncPage::setNextPassphrase(kPassphrase);
        QTest::mouseClick(child<QPushButton>(f.page, "exportButton"), Qt::LeftButton);
        QFile file(out);
        REQUIRE(file.open(QIODevice::ReadOnly));
        f.team.officer(1).engine->importBundle(file.readAll(), kPassphrase);
        CHECK(f.team.officer(1).resident(f.jeanId).phone == QStringLiteral("07700 900222"));
        CHECK(f.team.officer(1).engine->conflicts().isEmpty());
        CHECK(cell(child<QTableWidget>(f.page, "peersTable"), 0, 2) != QStringLiteral("never"));
    }
}

TEST_CASE("A merged value typed in the inbox stands, and keep mine keeps this side's", "[sync-ui]")
{
    SyncUiFixture f;
    f.importThroughPage(kPassphrase);
    auto* inbox = child<QTableWidget>(f.page, "conflictsTable");
    REQUIRE(inbox->rowCount() == 1);

    SECTION("merged")
    {
        SyncPage::setNextMergedValue(QStringLiteral("07700 900333"));
        QTest::mouseClick(child<QPushButton>(f.page, "mergedButton"), Qt::LeftButton);
        CHECK(f.hub().residents().find(f.jeanId)->phone == QStringLiteral("07700 900333"));
        CHECK(inbox->rowCount() == 0);
    }
    SECTION("a cancelled merged value decides nothing")
    {
        SyncPage::setNextMergedValue(std::nullopt);
        QTest::mouseClick(child<QPushButton>(f.page, "mergedButton"), Qt::LeftButton);
        CHECK(inbox->rowCount() == 1);
        CHECK(storage::SyncRepository(f.hub()).conflicts(true).size() == 1);
    }
    SECTION("keep mine, from the keyboard")
    {
        inbox->setFocus();
        REQUIRE(QTest::qWaitFor([&] { return inbox->hasFocus(); }));
        // Tab from the inbox reaches Keep mine; Space presses it.
        QTest::keyClick(inbox, Qt::Key_Tab);
        REQUIRE(QApplication::focusWidget() == child<QPushButton>(f.page, "keepMineButton"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        CHECK(inbox->rowCount() == 0);
        CHECK(f.hub().residents().find(f.jeanId)->phone == QStringLiteral("07700 900111"));
        const auto decided = storage::SyncRepository(f.hub()).conflicts(false);
        REQUIRE(decided.size() == 1);
        CHECK(decided.first().decision == QStringLiteral("mine"));
    }
}

TEST_CASE("A wrong passphrase is refused with a message and changes nothing", "[sync-ui]")
{
    SyncUiFixture f;
    const QByteArray before = storage::dumpJson(f.hub());
    MessageBox::clearLastShown();
    f.importThroughPage(QStringLiteral("not the team passphrase"));
    const auto shown = MessageBox::lastShown();
    REQUIRE(shown);
    CHECK(shown->kind == MessageBox::Kind::Critical);
    CHECK(shown->text.contains(QStringLiteral("nothing changed")));
    CHECK(shown->informativeText.contains(QStringLiteral("passphrase")));
    CHECK(storage::dumpJson(f.hub()) == before);
    CHECK(child<QTableWidget>(f.page, "conflictsTable")->rowCount() == 0);
    CHECK(child<QPushButton>(f.page, "importButton")->isEnabled());
}

TEST_CASE("A file that is not a bundle, or a cancelled passphrase, changes nothing", "[sync-ui]")
{
    SyncUiFixture f;
    const QByteArray before = storage::dumpJson(f.hub());
    SECTION("not a bundle")
    {
        const QString path = f.files.path(QStringLiteral("notes.txt"));
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("hello, this is not a bundle");
        file.close();
        MessageBox::clearLastShown();
        FileDialog::setNextFileName(path);
        QTest::mouseClick(child<QPushButton>(f.page, "importButton"), Qt::LeftButton);
        const auto shown = MessageBox::lastShown();
        REQUIRE(shown);
        CHECK(shown->kind == MessageBox::Kind::Critical);
        CHECK(shown->text.contains(QStringLiteral("notes.txt")));
        CHECK_FALSE(shown->informativeText.isEmpty());
    }
    SECTION("a file that cannot be read")
    {
        MessageBox::clearLastShown();
        FileDialog::setNextFileName(f.files.path(QStringLiteral("missing.hearthsync")));
        QTest::mouseClick(child<QPushButton>(f.page, "importButton"), Qt::LeftButton);
        const auto shown = MessageBox::lastShown();
        REQUIRE(shown);
        CHECK(shown->kind == MessageBox::Kind::Critical);
        CHECK(shown->text.contains(QStringLiteral("missing.hearthsync")));
    }
    SECTION("the summary declined")
    {
        FileDialog::setNextFileName(f.bundlePath);
        MessageBox::setNextAnswer(MessageBox::Cancel);
        QTest::mouseClick(child<QPushButton>(f.page, "importButton"), Qt::LeftButton);
        REQUIRE(MessageBox::lastShown());
        CHECK(MessageBox::lastShown()->kind == MessageBox::Kind::Question);
        CHECK(child<QTableWidget>(f.page, "conflictsTable")->rowCount() == 0);
    }
    SECTION("passphrase cancelled")
    {
        f.importThroughPage(std::nullopt);
        CHECK(child<QTableWidget>(f.page, "conflictsTable")->rowCount() == 0);
    }
    CHECK(storage::dumpJson(f.hub()) == before);
}

TEST_CASE("Exporting never overwrites a file that exists", "[sync-ui]")
{
    SyncUiFixture f;
    const QString out = f.files.path(QStringLiteral("taken.hearthsync"));
    QFile file(out);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("keep me");
    file.close();
    MessageBox::clearLastShown();
    FileDialog::setNextFileName(out);
    QTest::mouseClick(child<QPushButton>(f.page, "exportButton"), Qt::LeftButton);
    const auto shown = MessageBox::lastShown();
    REQUIRE(shown);
    CHECK(shown->kind == MessageBox::Kind::Warning);
    CHECK(shown->text.contains(QStringLiteral("taken.hearthsync")));
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == QByteArray("keep me"));
}

// Not run by default: saves docs/screenshots/sync-inbox.png into the folder HEARTH_SCREENSHOT_DIR.
TEST_CASE("Save a screenshot of the Sync page's conflict inbox", "[.screenshot]")
{
    const QString folder = qEnvironmentVariable("HEARTH_SCREENSHOT_DIR");
    REQUIRE_FALSE(folder.isEmpty());
    SyncUiFixture f;
    f.importThroughPage(kPassphrase);
    f.window->resize(1280, 760);
    QTest::qWait(100);
    CHECK(f.window->grab().save(folder + QStringLiteral("/sync-inbox.png")));
}
