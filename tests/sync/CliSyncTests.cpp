// hearth-cli sync: team set-up, export, import, conflicts and every kind of bad bundle, through the
// real binary (with the production key derivation, so these are few).
#include "Bundle.h"
#include "CliRunner.h"
#include "Migrations.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

using hearth::test::Cli;
using hearth::test::CliResult;
using hearth::test::preparedCli;
using hearth::test::TempFolder;

namespace {

const QString kPassphrase = QStringLiteral("a long team passphrase");

void require(const CliResult& result, int code = 0)
{
    INFO(result.err.toStdString());
    REQUIRE(result.code == code);
}

QString site(const Cli& cli)
{
    const auto result = cli.db({QStringLiteral("sync"), QStringLiteral("site")});
    require(result);
    return result.out.trimmed();
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeFile(const QString& path, const QByteArray& data)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(data);
}

QString dump(const Cli& cli)
{
    const auto result = cli.db({QStringLiteral("dump")});
    require(result);
    return result.out;
}

// A hub and an officer database that know each other, with the passphrase in the environment.
struct CliTeam
{
    TempFolder hubFolder;
    TempFolder officerFolder;
    Cli hub = preparedCli(hubFolder);
    Cli officer = preparedCli(officerFolder);
    QString hubSite;
    QString officerSite;

    CliTeam()
    {
        require(hub.db({QStringLiteral("sync"), QStringLiteral("role"), QStringLiteral("hub")}));
        require(officer.db({QStringLiteral("sync"), QStringLiteral("role"), QStringLiteral("officer")}));
        hubSite = site(hub);
        officerSite = site(officer);
        require(hub.db({QStringLiteral("sync"), QStringLiteral("peer"), QStringLiteral("add"), officerSite,
                        QStringLiteral("Sam's laptop")}));
        require(officer.db(
            {QStringLiteral("sync"), QStringLiteral("peer"), QStringLiteral("add"), hubSite, QStringLiteral("Hub")}));
        hub.setEnv(QStringLiteral("HEARTH_SYNC_PASSPHRASE"), kPassphrase);
        officer.setEnv(QStringLiteral("HEARTH_SYNC_PASSPHRASE"), kPassphrase);
    }

    QString exportFrom(const Cli& from, const TempFolder& folder, const QString& name, const QString& to = {})
    {
        const QString path = folder.path(name);
        QStringList arguments {QStringLiteral("sync"), QStringLiteral("export"), QStringLiteral("--out"), path};
        if (!to.isEmpty()) {
            arguments << QStringLiteral("--to") << to;
        }
        require(from.db(arguments));
        return path;
    }
};

QString addResident(const Cli& cli)
{
    const auto result =
        cli.db({QStringLiteral("resident"), QStringLiteral("add"), QStringLiteral("--given"), QStringLiteral("Mabel"),
                QStringLiteral("--family"), QStringLiteral("Okafor"), QStringLiteral("--ward"),
                QStringLiteral("E05000001"), QStringLiteral("--identified-on"), QStringLiteral("2026-09-01"),
                QStringLiteral("--phone"), QStringLiteral("07700 900123")});
    require(result);
    return result.out.trimmed();
}

} // namespace

TEST_CASE("sync: set up a team, exchange bundles, decide a conflict", "[cli][sync]")
{
    CliTeam team;
    const auto peers = team.hub.db({QStringLiteral("sync"), QStringLiteral("peers"), QStringLiteral("--json")});
    require(peers);
    REQUIRE(peers.json().array().size() == 1);
    CHECK(peers.json().array().at(0).toObject().value(QStringLiteral("site_id")).toString() == team.officerSite);

    const QString id = addResident(team.officer);
    const QString toHub = team.exportFrom(team.officer, team.officerFolder, QStringLiteral("to-hub.hearthsync"));
    const auto imported = team.hub.db({QStringLiteral("sync"), QStringLiteral("import"), toHub});
    require(imported);
    CHECK(imported.err.contains(QStringLiteral("Imported bundle")));
    const auto again = team.hub.db({QStringLiteral("sync"), QStringLiteral("import"), toHub});
    require(again);
    CHECK(again.err.contains(QStringLiteral("imported already")));
    // The hub learnt whose database the peer is from its bundle: it sends that officer's caseload.
    const auto learnt = team.hub.db({QStringLiteral("sync"), QStringLiteral("peers"), QStringLiteral("--json")});
    CHECK_FALSE(learnt.json().array().at(0).toObject().value(QStringLiteral("officer_id")).toString().isEmpty());
    const auto noOfficer =
        team.hub.db({QStringLiteral("sync"), QStringLiteral("peer"), QStringLiteral("add"), team.officerSite,
                     QStringLiteral("Sam's laptop"), QStringLiteral("--officer"), QStringLiteral("Nobody Known")});
    CHECK(noOfficer.code == 65);
    CHECK(noOfficer.err.contains(QStringLiteral("Nobody Known")));
    const auto badSite = team.hub.db({QStringLiteral("sync"), QStringLiteral("peer"), QStringLiteral("add"),
                                      QStringLiteral("laptop-3"), QStringLiteral("Laptop")});
    CHECK(badSite.code != 0);
    CHECK(badSite.err.contains(QStringLiteral("not a site id")));
    const QString toOfficer = team.exportFrom(team.hub, team.hubFolder, QStringLiteral("to-officer.hearthsync"),
                                              QStringLiteral("Sam's laptop"));
    // The passphrase can come from a file too.
    const QString secretFile = team.officerFolder.path(QStringLiteral("passphrase.txt"));
    writeFile(secretFile, kPassphrase.toUtf8() + "\n");
    Cli officerWithFile = team.officer;
    officerWithFile.setEnv(QStringLiteral("HEARTH_SYNC_PASSPHRASE"), QString());
    require(officerWithFile.db({QStringLiteral("sync"), QStringLiteral("import"), toOfficer,
                                QStringLiteral("--passphrase-file"), secretFile}));
    CHECK(dump(team.hub) == dump(team.officer));

    // The same field changed on both sides: a conflict at the hub, decided there, travels back.
    require(team.officer.db({QStringLiteral("resident"), QStringLiteral("update"), id, QStringLiteral("--phone"),
                             QStringLiteral("07700 900111")}));
    require(team.hub.db({QStringLiteral("resident"), QStringLiteral("update"), id, QStringLiteral("--phone"),
                         QStringLiteral("07700 900222")}));
    require(team.hub.db({QStringLiteral("sync"), QStringLiteral("import"),
                         team.exportFrom(team.officer, team.officerFolder, QStringLiteral("2.hearthsync"))}));
    const auto conflicts = team.hub.db({QStringLiteral("sync"), QStringLiteral("conflicts"), QStringLiteral("--json")});
    require(conflicts);
    REQUIRE(conflicts.json().array().size() == 1);
    const QJsonObject conflict = conflicts.json().array().at(0).toObject();
    CHECK(conflict.value(QStringLiteral("field")).toString() == QStringLiteral("phone"));
    CHECK(conflict.value(QStringLiteral("base")).toString() == QStringLiteral("07700 900123"));
    CHECK(conflict.value(QStringLiteral("mine")).toString() == QStringLiteral("07700 900222"));
    CHECK(conflict.value(QStringLiteral("theirs")).toString() == QStringLiteral("07700 900111"));
    const auto text = team.hub.db({QStringLiteral("sync"), QStringLiteral("conflicts")});
    CHECK(text.out.contains(QStringLiteral("phone")));
    const QString conflictId = QString::number(conflict.value(QStringLiteral("id")).toInteger());
    const auto badKeep = team.hub.db({QStringLiteral("sync"), QStringLiteral("resolve"), conflictId,
                                      QStringLiteral("--keep"), QStringLiteral("both")});
    CHECK(badKeep.code == 64);
    require(team.hub.db({QStringLiteral("sync"), QStringLiteral("resolve"), conflictId, QStringLiteral("--keep"),
                         QStringLiteral("theirs")}));
    const auto none = team.hub.db({QStringLiteral("sync"), QStringLiteral("conflicts"), QStringLiteral("--json")});
    CHECK(none.json().array().isEmpty());
    const auto audit = team.hub.db({QStringLiteral("audit"), QStringLiteral("--json")});
    CHECK(audit.out.contains(QStringLiteral("decided: kept theirs")));
    require(team.officer.db({QStringLiteral("sync"), QStringLiteral("import"),
                             team.exportFrom(team.hub, team.hubFolder, QStringLiteral("3.hearthsync"))}));
    CHECK(dump(team.hub) == dump(team.officer));
    CHECK(dump(team.officer).contains(QStringLiteral("07700 900111")));

    // Erasure travels.
    require(team.hub.db({QStringLiteral("resident"), QStringLiteral("purge"), id, QStringLiteral("--yes")}));
    require(team.officer.db({QStringLiteral("sync"), QStringLiteral("import"),
                             team.exportFrom(team.hub, team.hubFolder, QStringLiteral("4.hearthsync"))}));
    CHECK_FALSE(dump(team.officer).contains(QStringLiteral("Okafor")));
    CHECK(dump(team.hub) == dump(team.officer));
}

TEST_CASE("sync import refuses bad bundles with a message and exit 77 or 65, changing nothing", "[cli][sync]")
{
    CliTeam team;
    addResident(team.officer);
    const QString good = team.exportFrom(team.officer, team.officerFolder, QStringLiteral("good.hearthsync"));
    const QByteArray bytes = readFile(good);
    const QString before = dump(team.hub);
    const auto refused = [&](const QByteArray& data, const QString& name, const Cli& cli) {
        const QString path = team.hubFolder.path(name);
        writeFile(path, data);
        return cli.db({QStringLiteral("sync"), QStringLiteral("import"), path});
    };
    struct Case
    {
        const char* what;
        QByteArray data;
        int code;
        QString message;
    };
    QByteArray flipped = bytes;
    flipped[bytes.size() / 2] = static_cast<char>(flipped[bytes.size() / 2] ^ 0x20);
    hearth::sync::BundleHeader newer = hearth::sync::readBundleHeader(bytes);
    newer.schemaVersion = hearth::storage::latestSchemaVersion() + 1;
    newer.kdf = hearth::sync::KdfLimits::fastForTestsOnly();
    const std::vector<Case> cases {
        {"a flipped byte", flipped, 77, QStringLiteral("failed authentication")},
        {"a truncated file", bytes.left(bytes.size() - 10), 65, QStringLiteral("truncated")},
        {"not a bundle", QByteArray("{\"hello\": 1}\n"), 65, QStringLiteral("not a Hearth sync bundle")},
        {"a newer schema", hearth::sync::sealBundle(newer, QByteArray("x"), kPassphrase), 65,
         QStringLiteral("newer Hearth")},
    };
    for (const auto& c : cases) {
        INFO(c.what);
        const auto result = refused(c.data, QStringLiteral("bad.hearthsync"), team.hub);
        INFO(result.err.toStdString());
        CHECK(result.code == c.code);
        CHECK(result.err.contains(c.message));
        CHECK(result.err.contains(QStringLiteral("Nothing was changed")));
    }
    Cli wrong = team.hub;
    wrong.setEnv(QStringLiteral("HEARTH_SYNC_PASSPHRASE"), QStringLiteral("not the passphrase"));
    const auto wrongResult = wrong.db({QStringLiteral("sync"), QStringLiteral("import"), good});
    CHECK(wrongResult.code == 77);
    CHECK(wrongResult.err.contains(QStringLiteral("passphrase is wrong")));
    // A bundle for the hub, imported at the officer that wrote it: addressed to someone else.
    const auto misaddressed = team.officer.db({QStringLiteral("sync"), QStringLiteral("import"), good});
    CHECK(misaddressed.code == 65);
    CHECK(misaddressed.err.contains(QStringLiteral("addressed to site")));
    Cli noSecret = team.hub;
    noSecret.setEnv(QStringLiteral("HEARTH_SYNC_PASSPHRASE"), QString());
    const auto noPassphrase = noSecret.db({QStringLiteral("sync"), QStringLiteral("import"), good});
    CHECK(noPassphrase.code == 64);
    CHECK(noPassphrase.err.contains(QStringLiteral("HEARTH_SYNC_PASSPHRASE")));
    const auto missing =
        team.hub.db({QStringLiteral("sync"), QStringLiteral("import"), QStringLiteral("/nonexistent")});
    CHECK(missing.code == 66);
    CHECK(dump(team.hub) == before);
    // And the good bundle still imports.
    require(team.hub.db({QStringLiteral("sync"), QStringLiteral("import"), good}));
    CHECK(dump(team.hub).contains(QStringLiteral("Okafor")));
}
