// The Sync page: importing a peer's bundle through the page (file chooser, summary, passphrase),
// the conflict inbox with the last common value, theirs (who, when) and mine, deciding a conflict,
// a wrong passphrase refused with nothing changed, and exporting the decision for the peer.

#include "AuditLog.h"
#include "FileDialog.h"
#include "Interchange.h"
#include "LongWorkSupport.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "SyncFixture.h"
#include "sync/PeerDialog.h"
#include "sync/SyncPage.h"
#include "work/TaskProgress.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTest>
#include <QThread>

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
        waitIdle();
    }

    // Export and import run on a worker thread: wait until the page shows the outcome.
    void waitIdle()
    {
        REQUIRE(QTest::qWaitFor([&] { return !page->isWorking(); }, 60000));
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
        f.waitIdle();
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

TEST_CASE("Team set-up on the Sync page: site id, role, peers added, renamed and removed, all audited", "[sync-ui]")
{
    SyncUiFixture f;
    const QString site = f.hub().siteId();
    CHECK(child<QLabel>(f.page, "siteLabel")->text().contains(site));
    QTest::mouseClick(child<QPushButton>(f.page, "copySiteButton"), Qt::LeftButton);
    CHECK(QGuiApplication::clipboard()->text() == site);
    auto* role = child<QComboBox>(f.page, "roleCombo");
    CHECK(role->currentData().toString() == QStringLiteral("hub"));
    CHECK_FALSE(role->accessibleName().isEmpty());
    auto* peers = child<QTableWidget>(f.page, "peersTable");
    const auto auditCount = [&](const QString& entity) {
        storage::AuditLog::Filter filter;
        filter.entity = entity;
        return f.hub().audit().list(filter).size();
    };

    const auto teamAuditBefore = auditCount(QStringLiteral("sync_team"));
    // The role changes only after a confirmation.
    role->setCurrentIndex(role->findData(QStringLiteral("officer")));
    MessageBox::setNextAnswer(MessageBox::Cancel);
    QTest::mouseClick(child<QPushButton>(f.page, "setRoleButton"), Qt::LeftButton);
    CHECK(storage::SyncRepository(f.hub()).role() == QStringLiteral("hub"));
    CHECK(role->currentData().toString() == QStringLiteral("hub"));
    role->setCurrentIndex(role->findData(QStringLiteral("officer")));
    MessageBox::setNextAnswer(MessageBox::Ok);
    QTest::mouseClick(child<QPushButton>(f.page, "setRoleButton"), Qt::LeftButton);
    CHECK(storage::SyncRepository(f.hub()).role() == QStringLiteral("officer"));
    CHECK(auditCount(QStringLiteral("sync_team")) == teamAuditBefore + 1);

    // A malformed site id is refused with a message saying so; nothing is added.
    MessageBox::clearLastShown();
    SyncPage::setNextPeer(SyncPage::PeerAnswer {QStringLiteral("laptop 3"), QStringLiteral("Laptop"), {}});
    QTest::mouseClick(child<QPushButton>(f.page, "addPeerButton"), Qt::LeftButton);
    REQUIRE(MessageBox::lastShown());
    CHECK(MessageBox::lastShown()->informativeText.contains(QStringLiteral("not a site id")));
    CHECK(peers->rowCount() == 1);

    // Added from the keyboard (Alt+D), then renamed and removed.
    const auto peerAuditBefore = auditCount(QStringLiteral("sync_peer"));
    const QString other = IdGenerator(42).next(f.team.clock.nowUtc());
    SyncPage::setNextPeer(SyncPage::PeerAnswer {other, QStringLiteral("Dee's laptop"), {}});
    f.window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(f.window.get()));
    QTest::keyClick(f.window.get(), Qt::Key_D, Qt::AltModifier); // A&dd peer… (clicks after a flash)
    REQUIRE(QTest::qWaitFor([&] { return peers->rowCount() == 2; }));
    CHECK(cell(peers, 0, 0) == QStringLiteral("Dee's laptop"));
    const auto peerAuditAfterAdd = auditCount(QStringLiteral("sync_peer"));
    CHECK(peerAuditAfterAdd == peerAuditBefore + 1);
    peers->selectRow(0);
    SyncPage::setNextPeerName(QStringLiteral("Dee's new laptop"));
    QTest::mouseClick(child<QPushButton>(f.page, "renamePeerButton"), Qt::LeftButton);
    CHECK(cell(peers, 0, 0) == QStringLiteral("Dee's new laptop"));
    peers->selectRow(0);
    MessageBox::setNextAnswer(MessageBox::Ok);
    QTest::mouseClick(child<QPushButton>(f.page, "removePeerButton"), Qt::LeftButton);
    REQUIRE(peers->rowCount() == 1);
    CHECK(cell(peers, 0, 0) == QStringLiteral("Officer 1"));
    CHECK(auditCount(QStringLiteral("sync_peer")) == peerAuditAfterAdd + 2); // renamed, removed
}

TEST_CASE("The Add peer dialog says what is wrong with a site id and stays open", "[sync-ui]")
{
    SyncUiFixture f;
    sync::SyncEngine engine(f.hub());
    PeerDialog dialog([&](const QString& id) { return engine.siteIdProblem(id); },
                      {{f.team.hub().officer.id, QStringLiteral("Hub")}}, f.window.get());
    dialog.show();
    child<QLineEdit>(&dialog, "peerSiteId")->setText(QStringLiteral("0193-not-an-id"));
    child<QLineEdit>(&dialog, "peerName")->setText(QStringLiteral("Laptop"));
    auto* ok = child<QDialogButtonBox>(&dialog, "peerButtons")->button(QDialogButtonBox::Ok);
    QTest::mouseClick(ok, Qt::LeftButton);
    CHECK(dialog.isVisible());
    CHECK(dialog.problem().contains(QStringLiteral("not a site id")));
    CHECK(child<QLabel>(&dialog, "peerProblem")->text().startsWith(QStringLiteral("Error")));
    child<QLineEdit>(&dialog, "peerSiteId")->setText(f.hub().siteId());
    QTest::mouseClick(ok, Qt::LeftButton);
    CHECK(dialog.problem().contains(QStringLiteral("own site id")));
    const QString good = IdGenerator(43).next(f.team.clock.nowUtc());
    child<QLineEdit>(&dialog, "peerSiteId")->setText(good);
    child<QLineEdit>(&dialog, "peerName")->clear();
    QTest::mouseClick(ok, Qt::LeftButton);
    CHECK(dialog.problem().contains(QStringLiteral("name")));
    child<QLineEdit>(&dialog, "peerName")->setText(QStringLiteral("Laptop"));
    child<QComboBox>(&dialog, "peerOfficer")->setCurrentIndex(1);
    QTest::mouseClick(ok, Qt::LeftButton);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.siteId() == good);
    CHECK(dialog.officerId() == f.team.hub().officer.id);
}

TEST_CASE("An import runs off the GUI thread and Cancel leaves the database unchanged", "[sync-ui]")
{
    SyncUiFixture f;
    const QByteArray before = storage::dumpJson(f.hub());
    const auto ledgerBefore = storage::SyncRepository(f.hub()).ledger().size();
    const auto auditBefore = f.hub().audit().list({}).size();
    QStringList stages;
    bool offGuiThread = true;
    auto* cancel = child<QPushButton>(f.page, "taskCancelButton");
    // Cancel is pressed (on the GUI thread, through the button) once the merge has started.
    BackgroundTask::setProgressHook([&](const QString& stage, qint64 done, qint64) {
        offGuiThread = offGuiThread && QThread::currentThread() != qApp->thread();
        stages.append(stage);
        if (stage == QStringLiteral("Merging") && done == 0) {
            QMetaObject::invokeMethod(
                cancel, [cancel] { cancel->click(); }, Qt::BlockingQueuedConnection);
        }
    });
    FileDialog::setNextFileName(f.bundlePath);
    MessageBox::setNextAnswer(MessageBox::Ok);
    SyncPage::setNextPassphrase(kPassphrase);
    QTest::mouseClick(child<QPushButton>(f.page, "importButton"), Qt::LeftButton);
    // While it runs the page answers, shows a progress bar and offers Cancel.
    CHECK(f.page->isWorking());
    CHECK(child<QProgressBar>(f.page, "taskProgressBar")->isVisible());
    CHECK(cancel->isVisible());
    f.waitIdle();
    BackgroundTask::setProgressHook({});
    CHECK(offGuiThread);
    CHECK(stages.contains(QStringLiteral("Merging")));
    CHECK(child<QLabel>(f.page, "resultLabel")->text().contains(QStringLiteral("cancelled")));
    CHECK_FALSE(cancel->isVisible());
    CHECK(storage::dumpJson(f.hub()) == before);
    CHECK(storage::SyncRepository(f.hub()).ledger().size() == ledgerBefore);
    CHECK(storage::SyncRepository(f.hub()).conflicts(false).isEmpty());
    CHECK(f.hub().audit().list({}).size() == auditBefore);

    // The same bundle then imports whole.
    f.importThroughPage(kPassphrase);
    CHECK(child<QLabel>(f.page, "resultLabel")->text().contains(QStringLiteral("1 new conflict")));
    CHECK(storage::SyncRepository(f.hub()).ledger().size() == ledgerBefore + 1);
}

TEST_CASE("A cancelled export writes no file and records nothing, and a finished one writes the bundle", "[sync-ui]")
{
    SyncUiFixture f;
    const QString out = f.files.path(QStringLiteral("to-officer.hearthsync"));
    const auto peerBefore = storage::SyncRepository(f.hub()).peers().first();
    const auto auditBefore = f.hub().audit().list({}).size();
    auto* cancel = child<QPushButton>(f.page, "taskCancelButton");
    BackgroundTask::setProgressHook([&](const QString& stage, qint64 done, qint64) {
        if (stage == QStringLiteral("Writing the file") && done == 0) {
            QMetaObject::invokeMethod(
                cancel, [cancel] { cancel->click(); }, Qt::BlockingQueuedConnection);
        }
    });
    FileDialog::setNextFileName(out);
    SyncPage::setNextPassphrase(kPassphrase);
    QTest::mouseClick(child<QPushButton>(f.page, "exportButton"), Qt::LeftButton);
    f.waitIdle();
    BackgroundTask::setProgressHook({});
    CHECK(child<QLabel>(f.page, "resultLabel")->text().contains(QStringLiteral("cancelled")));
    CHECK_FALSE(QFile::exists(out));
    CHECK(QFileInfo(out).dir().entryList({QStringLiteral("to-officer*")}, QDir::Files).isEmpty());
    CHECK(storage::SyncRepository(f.hub()).peers().first().lastExportAt == peerBefore.lastExportAt);
    CHECK(f.hub().audit().list({}).size() == auditBefore);

    FileDialog::setNextFileName(out);
    SyncPage::setNextPassphrase(kPassphrase);
    QTest::mouseClick(child<QPushButton>(f.page, "exportButton"), Qt::LeftButton);
    f.waitIdle();
    QFile file(out);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const auto header = sync::readBundleHeader(file.readAll());
    CHECK(header.recipient == f.team.officer(1).store->siteId());
    CHECK(child<QLabel>(f.page, "resultLabel")->text().contains(QStringLiteral("Exported")));

    // The passphrase is asked for every time and kept nowhere: with no answer to the prompt the
    // next export does not happen, and neither the settings nor the database hold it.
    const QString again = f.files.path(QStringLiteral("again.hearthsync"));
    FileDialog::setNextFileName(again);
    QTest::mouseClick(child<QPushButton>(f.page, "exportButton"), Qt::LeftButton);
    f.waitIdle();
    CHECK_FALSE(QFile::exists(again));
    f.settings.sync();
    for (const QString& path : {f.files.path(QStringLiteral("settings.ini")), f.hub().path()}) {
        QFile stored(path);
        if (stored.open(QIODevice::ReadOnly)) {
            CHECK_FALSE(stored.readAll().contains(kPassphrase.toUtf8()));
        }
    }
}

TEST_CASE("While an export runs the page's buttons wait, Cancel has the focus, and the end is said once", "[sync-ui]")
{
    SyncUiFixture f;
    f.window->activateWindow();
    const QString out = f.files.path(QStringLiteral("held.hearthsync"));
    int finished = 0;
    QObject::connect(f.page, &SyncPage::workFinished, f.page, [&] { ++finished; });
    test::HeldWorker held(QStringLiteral("Writing the file"));
    FileDialog::setNextFileName(out);
    SyncPage::setNextPassphrase(kPassphrase);
    QTest::mouseClick(child<QPushButton>(f.page, "exportButton"), Qt::LeftButton);
    REQUIRE(held.waitUntilHeld());
    CHECK(held.thread() != qApp->thread());
    CHECK(test::timerFiresWhile([&] { return f.page->isWorking(); }));
    for (const char* name : {"exportButton", "importButton", "addPeerButton", "setRoleButton", "keepMineButton"}) {
        CAPTURE(name);
        CHECK_FALSE(child<QPushButton>(f.page, name)->isEnabled());
    }
    auto* cancel = child<QPushButton>(f.page, "taskCancelButton");
    CHECK(cancel->isVisible());
    CHECK(cancel->hasFocus());
    CHECK_FALSE(cancel->toolTip().isEmpty());
    CHECK(child<QProgressBar>(f.page, "taskProgressBar")->isVisible());
    CHECK(f.page->progress()->stageText() == QStringLiteral("Writing the file"));
    CHECK(finished == 0);
    CHECK_FALSE(QFile::exists(out)); // written only whole, at the end

    held.release();
    f.waitIdle();
    CHECK(finished == 1);
    CHECK(QFile::exists(out));
    CHECK_FALSE(cancel->isVisible());
    CHECK(child<QPushButton>(f.page, "exportButton")->isEnabled());
    CHECK(child<QPushButton>(f.page, "importButton")->isEnabled());
    CHECK(child<QLabel>(f.page, "resultLabel")->text().contains(QStringLiteral("Exported")));
}

TEST_CASE("Closing the window during an import cancels it and waits: the database is unchanged", "[sync-ui]")
{
    SyncUiFixture f;
    const QString path = f.hub().path();
    const auto ledgerBefore = storage::SyncRepository(f.hub()).ledger().size();
    {
        test::HeldWorker held(QStringLiteral("Merging"));
        FileDialog::setNextFileName(f.bundlePath);
        MessageBox::setNextAnswer(MessageBox::Ok);
        SyncPage::setNextPassphrase(kPassphrase);
        QTest::mouseClick(child<QPushButton>(f.page, "importButton"), Qt::LeftButton);
        REQUIRE(held.waitUntilHeld());
        // Released only once closing has asked the import to stop (the task goes idle then).
        QObject::connect(f.page->task(), &BackgroundTask::idle, f.page, [&held] { held.release(); });
        f.window.reset(); // waits for the worker, which stops at its next progress report
    }
    storage::Store after(path, storage::Store::OpenMode::Existing, f.team.clock);
    CHECK(storage::SyncRepository(after).ledger().size() == ledgerBefore);
    CHECK(storage::SyncRepository(after).conflicts(false).isEmpty());
}

TEST_CASE("Escape cancels a running import, which then changes nothing", "[sync-ui]")
{
    SyncUiFixture f;
    const QByteArray before = storage::dumpJson(f.hub());
    test::HeldWorker held(QStringLiteral("Merging"));
    FileDialog::setNextFileName(f.bundlePath);
    MessageBox::setNextAnswer(MessageBox::Ok);
    SyncPage::setNextPassphrase(kPassphrase);
    QTest::mouseClick(child<QPushButton>(f.page, "importButton"), Qt::LeftButton);
    REQUIRE(held.waitUntilHeld());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    // The button's shortcut animates a click, which lands a moment later.
    CHECK(QTest::qWaitFor([&] { return f.page->task()->isCancelling(); }, 5000));
    CHECK(f.page->progress()->stageText() == QStringLiteral("Cancelling…"));
    held.release();
    f.waitIdle();
    CHECK(child<QLabel>(f.page, "resultLabel")->text().contains(QStringLiteral("cancelled")));
    CHECK(storage::dumpJson(f.hub()) == before);
}
