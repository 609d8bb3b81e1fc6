#include "UiFixture.h"

#include "DatabaseOpener.h"
#include "FileDialog.h"
#include "MessageBox.h"
#include "UiSettings.h"

#include <QFile>
#include <QStandardPaths>

using namespace hearth;
using namespace hearth::ui;
using Mode = storage::Store::OpenMode;

TEST_CASE("The database opened at start-up: --db, then HEARTH_DB, then the last one, then the default", "[startup]")
{
    test::UiFixture f;
    UiSettings settings(f.settings);
    const QString fallback = f.folder.path(QStringLiteral("default.db"));
    const QString last = f.folder.path(QStringLiteral("last.db"));

    auto choice = chooseStartupDatabase({}, {}, settings, fallback);
    CHECK(choice.path == fallback);
    CHECK(choice.mode == Mode::CreateIfMissing);

    f.openStore(last).reset();
    settings.rememberDatabase(last);
    choice = chooseStartupDatabase({}, {}, settings, fallback);
    CHECK(choice.path == QFileInfo(last).absoluteFilePath());
    CHECK(choice.mode == Mode::Existing);

    choice = chooseStartupDatabase({}, QStringLiteral("/env/hearth.db"), settings, fallback);
    CHECK(choice.path == QStringLiteral("/env/hearth.db"));
    CHECK(choice.mode == Mode::Existing);

    choice =
        chooseStartupDatabase(QStringLiteral("/cli/hearth.db"), QStringLiteral("/env/hearth.db"), settings, fallback);
    CHECK(choice.path == QStringLiteral("/cli/hearth.db"));

    // A last database that has gone away falls back to the default rather than failing.
    REQUIRE(QFile::remove(last));
    choice = chooseStartupDatabase({}, {}, settings, fallback);
    CHECK(choice.path == fallback);
    CHECK(choice.mode == Mode::CreateIfMissing);
}

TEST_CASE("The default database lives in the application data folder", "[startup]")
{
    REQUIRE(QStandardPaths::isTestModeEnabled());
    const QString path = defaultDatabasePath();
    CHECK(path.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    CHECK(path.endsWith(QStringLiteral("/hearth.db")));
}

TEST_CASE("At start-up a database that cannot be opened is explained, and another can be chosen", "[startup]")
{
    test::UiFixture f;
    const QString bad = f.folder.path(QStringLiteral("spreadsheet.db"));
    {
        QFile file(bad);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("name,phone\nnot,a database\n").repeated(100));
    }
    const DatabaseOpener opener(f.clock);
    MessageBox::clearLastShown();

    SECTION("quitting opens nothing")
    {
        MessageBox::setNextAnswer(MessageBox::Quit);
        CHECK(opener.openAtStartup(nullptr, {bad, Mode::Existing}) == nullptr);
        REQUIRE(MessageBox::lastShown());
        CHECK(MessageBox::lastShown()->text.contains(QStringLiteral("is not a Hearth database")));
        CHECK(MessageBox::lastShown()->buttons == (MessageBox::OpenAnother | MessageBox::CreateNew | MessageBox::Quit));
    }

    SECTION("choosing another database opens it")
    {
        const QString good = f.folder.path(QStringLiteral("good.db"));
        f.openStore(good).reset();
        MessageBox::setNextAnswer(MessageBox::OpenAnother);
        FileDialog::setNextFileName(good);
        const auto store = opener.openAtStartup(nullptr, {bad, Mode::Existing});
        REQUIRE(store);
        CHECK(store->path() == good);
    }

    SECTION("creating a new database opens it")
    {
        MessageBox::setNextAnswer(MessageBox::CreateNew);
        FileDialog::setNextFileName(f.folder.path(QStringLiteral("fresh")));
        const auto store = opener.openAtStartup(nullptr, {bad, Mode::Existing});
        REQUIRE(store);
        CHECK(store->path() == f.folder.path(QStringLiteral("fresh.db")));
    }

    SECTION("a missing database named on purpose is not created")
    {
        const QString missing = f.folder.path(QStringLiteral("typo.db"));
        MessageBox::setNextAnswer(MessageBox::Quit);
        CHECK(opener.openAtStartup(nullptr, {missing, Mode::Existing}) == nullptr);
        CHECK_FALSE(QFileInfo::exists(missing));
        REQUIRE(MessageBox::lastShown());
        CHECK(MessageBox::lastShown()->text.contains(QStringLiteral("Hearth cannot open “typo.db”")));
    }

    // The file that was refused is left exactly as it was.
    QFile file(bad);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll().startsWith("name,phone"));
}

TEST_CASE("A database that is locked by another program is explained", "[startup]")
{
    test::UiFixture f;
    const QString path = f.folder.dbPath();
    f.openStore(path).reset();
    // Another program holding the database exclusively (as a long backup or repair would).
    sql::Connection holder(path, sql::Connection::Mode::ReadWrite);
    holder.exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE"));
    holder.exec(QStringLiteral("BEGIN EXCLUSIVE"));
    qputenv("HEARTH_BUSY_TIMEOUT_MS", "0");

    DatabaseOpener::Failure failure;
    const auto store = DatabaseOpener(f.clock).open(path, Mode::Existing, failure);
    qunsetenv("HEARTH_BUSY_TIMEOUT_MS");
    holder.exec(QStringLiteral("ROLLBACK"));
    CHECK(store == nullptr);
    CHECK(failure.kind == storage::Error::Kind::Busy);
    CHECK(failure.headline.contains(QStringLiteral("in use by another program")));
}
