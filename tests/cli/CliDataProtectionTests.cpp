// hearth-cli audit filters, audit verify against changed and removed events, the audit of exports,
// and sar / sar open (issue 9 items 1 and 2): the subject access file holds every kind of data on
// its resident and nothing of anyone else; bad passphrases, tampering, unknown residents and
// unwritable files fail with the promised exit codes and leave nothing behind.
#include "CliRunner.h"

#include "Sqlite.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>

using hearth::test::Cli;
using hearth::test::CliResult;
using hearth::test::preparedCli;
using hearth::test::TempFolder;

namespace {

QString ok(const CliResult& result)
{
    INFO(result.err.toStdString());
    REQUIRE(result.code == 0);
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

QString addResident(const Cli& cli, const QString& given, const QString& family, const QString& phone)
{
    return ok(
        cli.db({QStringLiteral("resident"), QStringLiteral("add"), QStringLiteral("--given"), given,
                QStringLiteral("--family"), family, QStringLiteral("--ward"), QStringLiteral("E05000001"),
                QStringLiteral("--identified-on"), QStringLiteral("2026-09-01"), QStringLiteral("--phone"), phone}));
}

// A resident with one of everything: a contact and its correction, a scored measurement, a
// referral moved on once. Every text is marked with `tag` so that a file can be searched for it.
struct Held
{
    QString resident;
    QString contact;
    QString correction;
    QString measurement;
    QString referral;
};

Held addEverything(const Cli& cli, const QString& tag, const QString& service)
{
    Held held;
    held.resident = addResident(cli, tag + QStringLiteral("Given"), tag + QStringLiteral("Family"),
                                QStringLiteral("07700 900%1").arg(tag.size() * 111));
    held.contact = ok(cli.db({QStringLiteral("contact"), QStringLiteral("add"), held.resident, QStringLiteral("--type"),
                              QStringLiteral("visit"), QStringLiteral("--on"), QStringLiteral("2026-09-02"),
                              QStringLiteral("--note"), tag + QStringLiteral(" first note")}));
    held.correction = ok(
        cli.db({QStringLiteral("contact"), QStringLiteral("add"), held.resident, QStringLiteral("--type"),
                QStringLiteral("visit"), QStringLiteral("--on"), QStringLiteral("2026-09-02"), QStringLiteral("--note"),
                tag + QStringLiteral(" corrected note"), QStringLiteral("--corrects"), held.contact}));
    const auto measured =
        cli.db({QStringLiteral("measure"), QStringLiteral("add"), held.resident, QStringLiteral("--instrument"),
                QStringLiteral("ucla3"), QStringLiteral("--stage"), QStringLiteral("baseline"), QStringLiteral("--on"),
                QStringLiteral("2026-09-03"), QStringLiteral("--responses"), QStringLiteral("3,3,2")});
    INFO(measured.err.toStdString());
    REQUIRE(measured.code == 0);
    held.measurement = measured.json().object().value(QStringLiteral("id")).toString();
    held.referral = ok(cli.db({QStringLiteral("referral"), QStringLiteral("add"), held.resident, service,
                               QStringLiteral("--on"), QStringLiteral("2026-09-04")}));
    ok(cli.db({QStringLiteral("referral"), QStringLiteral("status"), held.referral, QStringLiteral("sent"),
               QStringLiteral("--on"), QStringLiteral("2026-09-05")}));
    // A view, so that the audit has one to show.
    ok(cli.db({QStringLiteral("resident"), QStringLiteral("show"), held.resident}));
    return held;
}

QString addService(const Cli& cli)
{
    return ok(
        cli.db({QStringLiteral("service"), QStringLiteral("add"), QStringLiteral("--organisation"),
                QStringLiteral("Riverside Community Trust"), QStringLiteral("--name"), QStringLiteral("Lunch club")}));
}

QString passphraseFile(const TempFolder& folder, const QString& name, const QByteArray& secret)
{
    const QString path = folder.path(name);
    writeFile(path, secret + "\n");
    return path;
}

QStringList auditActions(const Cli& cli, const QStringList& filter)
{
    const auto result = cli.db(QStringList {QStringLiteral("audit"), QStringLiteral("--json")} + filter);
    INFO(result.err.toStdString());
    REQUIRE(result.code == 0);
    QStringList actions;
    for (const auto& event : result.json().array()) {
        actions.append(event.toObject().value(QStringLiteral("action")).toString());
    }
    return actions;
}

} // namespace

TEST_CASE("audit filters by resident (with their contacts, measurements and referrals), officer, action and "
          "dates, and refuses bad values naming the option",
          "[cli][audit]")
{
    TempFolder folder;
    const Cli cli = preparedCli(folder);
    const QString service = addService(cli);
    const Held ann = addEverything(cli, QStringLiteral("Ann"), service);
    const Held bob = addEverything(cli, QStringLiteral("Bob"), service);

    const auto annEvents =
        cli.db({QStringLiteral("audit"), QStringLiteral("--resident"), ann.resident, QStringLiteral("--json")});
    REQUIRE(annEvents.code == 0);
    QSet<QString> entities;
    for (const auto& value : annEvents.json().array()) {
        const QJsonObject event = value.toObject();
        const QString id = event.value(QStringLiteral("entity_id")).toString();
        entities.insert(event.value(QStringLiteral("entity")).toString());
        CHECK((id == ann.resident || id == ann.contact || id == ann.correction || id == ann.measurement
               || id == ann.referral));
        CHECK_FALSE(event.value(QStringLiteral("summary")).toString().contains(QStringLiteral("Ann")));
    }
    CHECK(entities
          == QSet<QString> {QStringLiteral("resident"), QStringLiteral("contact"), QStringLiteral("measurement"),
                            QStringLiteral("referral")});

    CHECK(auditActions(cli,
                       {QStringLiteral("--resident"), bob.resident, QStringLiteral("--action"), QStringLiteral("view")})
          == QStringList {QStringLiteral("view")});
    CHECK(auditActions(cli,
                       {QStringLiteral("--officer"), QStringLiteral("Sam Officer"), QStringLiteral("--limit"),
                        QStringLiteral("3")})
              .size()
          == 3);
    // Dates are the events' UTC dates: the newest event's day, and the days either side of the run.
    const QStringList all = auditActions(cli, {});
    const auto newest =
        cli.db({QStringLiteral("audit"), QStringLiteral("--limit"), QStringLiteral("1"), QStringLiteral("--json")});
    const QDate newestDay = QDate::fromString(
        newest.json().array().at(0).toObject().value(QStringLiteral("at")).toString().left(10), Qt::ISODate);
    REQUIRE(newestDay.isValid());
    const QString today = newestDay.toString(Qt::ISODate);
    const QString yesterday = newestDay.addDays(-2).toString(Qt::ISODate);
    const QString tomorrow = newestDay.addDays(1).toString(Qt::ISODate);
    CHECK(auditActions(cli, {QStringLiteral("--from"), yesterday, QStringLiteral("--to"), tomorrow}).size()
          == all.size());
    CHECK(auditActions(cli, {QStringLiteral("--from"), tomorrow}).isEmpty());
    CHECK(auditActions(cli, {QStringLiteral("--to"), yesterday}).isEmpty());
    CHECK_FALSE(auditActions(cli, {QStringLiteral("--from"), today, QStringLiteral("--to"), today}).isEmpty());

    struct Bad
    {
        QStringList arguments;
        int code;
        QString option;
    };
    const Bad bad[] = {
        {{QStringLiteral("--action"), QStringLiteral("peek")}, 64, QStringLiteral("--action")},
        {{QStringLiteral("--limit"), QStringLiteral("lots")}, 64, QStringLiteral("--limit")},
        {{QStringLiteral("--limit"), QStringLiteral("0")}, 64, QStringLiteral("--limit")},
        {{QStringLiteral("--from"), QStringLiteral("2026-13-01")}, 65, QStringLiteral("--from")},
        {{QStringLiteral("--to"), QStringLiteral("yesterday")}, 65, QStringLiteral("--to")},
        {{QStringLiteral("--from"), QStringLiteral("2026-05-02"), QStringLiteral("--to"), QStringLiteral("2026-05-01")},
         65,
         QStringLiteral("--to")},
        {{QStringLiteral("--resident"), QStringLiteral("01890000-0000-7000-8000-000000000000")},
         65,
         QStringLiteral("--resident")},
        {{QStringLiteral("--officer"), QStringLiteral("Nobody Here")}, 65, QStringLiteral("--officer")},
    };
    for (const auto& each : bad) {
        const auto result = cli.db(QStringList {QStringLiteral("audit")} + each.arguments);
        INFO(each.arguments.join(QLatin1Char(' ')).toStdString() << ": " << result.err.toStdString());
        CHECK(result.code == each.code);
        CHECK(result.err.contains(each.option + QStringLiteral(":")));
        CHECK(result.out.isEmpty());
    }
}

TEST_CASE("audit verify finds a removed event as well as a changed one", "[cli][audit]")
{
    TempFolder folder;
    const Cli cli = preparedCli(folder);
    addResident(cli, QStringLiteral("Cora"), QStringLiteral("Lee"), QStringLiteral("07700 900001"));
    addResident(cli, QStringLiteral("Dev"), QStringLiteral("Lee"), QStringLiteral("07700 900002"));
    REQUIRE(cli.db({QStringLiteral("audit"), QStringLiteral("verify")}).code == 0);
    qint64 last = 0;
    {
        hearth::sql::Connection db(cli.dbPath(), hearth::sql::Connection::Mode::ReadWrite);
        auto statement = db.prepare(QStringLiteral("SELECT max(sequence) FROM audit_events"));
        REQUIRE(statement.step());
        last = statement.integer(0);
        REQUIRE(last >= 3);
        db.exec(QStringLiteral("DROP TRIGGER audit_events_no_delete"));
        db.exec(QStringLiteral("DELETE FROM audit_events WHERE sequence = 2"));
    }
    const auto removed = cli.db({QStringLiteral("audit"), QStringLiteral("verify")});
    CHECK(removed.code == 65);
    CHECK(removed.err.contains(QStringLiteral("event 2 is missing")));

    // The first event, too.
    TempFolder second;
    const Cli other = preparedCli(second);
    addResident(other, QStringLiteral("Eve"), QStringLiteral("Lee"), QStringLiteral("07700 900003"));
    {
        hearth::sql::Connection db(other.dbPath(), hearth::sql::Connection::Mode::ReadWrite);
        db.exec(QStringLiteral("DROP TRIGGER audit_events_no_delete"));
        db.exec(QStringLiteral("DELETE FROM audit_events WHERE sequence = 1"));
    }
    const auto firstRemoved = other.db({QStringLiteral("audit"), QStringLiteral("verify")});
    CHECK(firstRemoved.code == 65);
    CHECK(firstRemoved.err.contains(QStringLiteral("event 1 is missing")));
}

TEST_CASE("a KPI export to a file is audited, without personal data", "[cli][audit]")
{
    TempFolder folder;
    const Cli cli = preparedCli(folder);
    addResident(cli, QStringLiteral("Fay"), QStringLiteral("Lee"), QStringLiteral("07700 900004"));
    CHECK(auditActions(cli, {QStringLiteral("--action"), QStringLiteral("export")}).isEmpty());
    ok(cli.db({QStringLiteral("kpi"), QStringLiteral("--quarter"), QStringLiteral("FY2026-Q3"), QStringLiteral("--out"),
               folder.path(QStringLiteral("kpi.csv"))}));
    const auto exports = cli.db(
        {QStringLiteral("audit"), QStringLiteral("--action"), QStringLiteral("export"), QStringLiteral("--json")});
    REQUIRE(exports.json().array().size() == 1);
    const QJsonObject event = exports.json().array().at(0).toObject();
    CHECK(event.value(QStringLiteral("entity")).toString() == QStringLiteral("kpi"));
    CHECK(event.value(QStringLiteral("summary")).toString().contains(QStringLiteral("csv")));
    CHECK_FALSE(event.value(QStringLiteral("summary")).toString().contains(QStringLiteral("Fay")));
}

TEST_CASE("sar writes everything held on one resident and nothing of another, in HTML and JSON in one ZIP",
          "[cli][sar]")
{
    TempFolder folder;
    const Cli cli = preparedCli(folder);
    const QString service = addService(cli);
    const Held ann = addEverything(cli, QStringLiteral("Ann"), service);
    const Held bob = addEverything(cli, QStringLiteral("Bob"), service);

    const QString out = folder.path(QStringLiteral("ann.zip"));
    ok(cli.db({QStringLiteral("sar"), ann.resident, QStringLiteral("--out"), out}));
    const QString unpacked = folder.path(QStringLiteral("ann"));
    const QString listed =
        ok(cli.db({QStringLiteral("sar"), QStringLiteral("open"), out, QStringLiteral("--out"), unpacked}));
    CHECK(listed.contains(QStringLiteral("subject-access.html")));
    const QByteArray html = readFile(unpacked + QStringLiteral("/subject-access.html"));
    const QByteArray jsonBytes = readFile(unpacked + QStringLiteral("/subject-access.json"));
    const QJsonObject json = QJsonDocument::fromJson(jsonBytes).object();
    REQUIRE_FALSE(json.isEmpty());

    // Everything of Ann's.
    CHECK(json.value(QStringLiteral("resident")).toObject().value(QStringLiteral("given_name")).toString()
          == QStringLiteral("AnnGiven"));
    const QJsonArray contacts = json.value(QStringLiteral("contacts")).toArray();
    REQUIRE(contacts.size() == 2);
    CHECK(contacts.at(1).toObject().value(QStringLiteral("corrects_contact_id")).toString() == ann.contact);
    const QJsonArray measurements = json.value(QStringLiteral("measurements")).toArray();
    REQUIRE(measurements.size() == 1);
    CHECK(measurements.at(0).toObject().value(QStringLiteral("scores")).toObject().value(QStringLiteral("total"))
          == QJsonValue(8));
    const QJsonArray referrals = json.value(QStringLiteral("referrals")).toArray();
    REQUIRE(referrals.size() == 1);
    CHECK(referrals.at(0).toObject().value(QStringLiteral("service_name")).toString() == QStringLiteral("Lunch club"));
    CHECK(referrals.at(0).toObject().value(QStringLiteral("history")).toArray().size() == 2);
    QStringList auditActionsSeen;
    for (const auto& event : json.value(QStringLiteral("audit")).toArray()) {
        auditActionsSeen.append(event.toObject().value(QStringLiteral("action")).toString());
    }
    CHECK(auditActionsSeen.contains(QStringLiteral("view")));
    CHECK(auditActionsSeen.contains(QStringLiteral("create")));
    CHECK(auditActionsSeen.contains(QStringLiteral("update")));
    for (const QByteArray& text : {html, jsonBytes}) {
        CHECK(text.contains("AnnGiven"));
        CHECK(text.contains("Ann first note"));
        CHECK(text.contains("Ann corrected note"));
        // Nothing of Bob's: not his name, notes, phone, or any of his ids.
        CHECK_FALSE(text.contains("Bob"));
        for (const QString& id : {bob.resident, bob.contact, bob.correction, bob.measurement, bob.referral}) {
            CHECK_FALSE(text.contains(id.toLatin1()));
        }
    }
    CHECK(jsonBytes.contains(ann.measurement.toLatin1()));
    CHECK(jsonBytes.contains(ann.referral.toLatin1()));
    CHECK(jsonBytes.contains(ann.correction.toLatin1()));
    CHECK(html.contains("[Corrects note 1] Ann corrected note"));
    CHECK(html.contains("Lunch club"));
    // The readable part is accessible: captions and header scopes.
    CHECK(html.contains("<caption>Contacts (case notes, with corrections)</caption>"));
    CHECK(html.contains("<th scope=\"col\">"));

    // The export itself is audited, with no personal data.
    const auto exports = cli.db({QStringLiteral("audit"), QStringLiteral("--resident"), ann.resident,
                                 QStringLiteral("--action"), QStringLiteral("export"), QStringLiteral("--json")});
    REQUIRE(exports.json().array().size() == 1);
    const QString summary = exports.json().array().at(0).toObject().value(QStringLiteral("summary")).toString();
    CHECK(summary.contains(QStringLiteral("subject access")));
    CHECK(summary.contains(QStringLiteral("not encrypted")));
    CHECK_FALSE(summary.contains(QStringLiteral("Ann")));

    // Never overwrites without --force.
    CHECK(cli.db({QStringLiteral("sar"), ann.resident, QStringLiteral("--out"), out}).code == 73);
}

TEST_CASE("an encrypted sar opens with its passphrase only, and a wrong passphrase or a tampered file exits 77",
          "[cli][sar]")
{
    TempFolder folder;
    const Cli cli = preparedCli(folder);
    const QString service = addService(cli);
    const Held ann = addEverything(cli, QStringLiteral("Ann"), service);
    const QString secret = passphraseFile(folder, QStringLiteral("secret.txt"), "correct horse battery staple");
    const QString wrong = passphraseFile(folder, QStringLiteral("wrong.txt"), "correct horse battery stapler");

    const QString out = folder.path(QStringLiteral("ann.hsar"));
    ok(cli.db({QStringLiteral("sar"), ann.resident, QStringLiteral("--out"), out, QStringLiteral("--format"),
               QStringLiteral("html"), QStringLiteral("--encrypt"), QStringLiteral("--passphrase-file"), secret}));
    const QByteArray sealed = readFile(out);
    CHECK(sealed.startsWith("HRTHSAR1"));
    CHECK_FALSE(sealed.contains("AnnGiven"));
    CHECK_FALSE(sealed.contains(ann.resident.toLatin1()));

    const QString unpacked = folder.path(QStringLiteral("opened"));
    ok(cli.db({QStringLiteral("sar"), QStringLiteral("open"), out, QStringLiteral("--out"), unpacked,
               QStringLiteral("--passphrase-file"), secret}));
    CHECK(readFile(unpacked + QStringLiteral("/subject-access.json")).contains("AnnGiven"));

    const QString refusedDir = folder.path(QStringLiteral("refused"));
    const auto wrongResult = cli.db({QStringLiteral("sar"), QStringLiteral("open"), out, QStringLiteral("--out"),
                                     refusedDir, QStringLiteral("--passphrase-file"), wrong});
    CHECK(wrongResult.code == 77);
    CHECK(wrongResult.err.contains(QStringLiteral("passphrase is wrong")));
    CHECK_FALSE(QFileInfo::exists(refusedDir));

    // One flipped byte in the encrypted stream, then one in the clear header.
    QByteArray tampered = sealed;
    tampered[tampered.size() - 20] = static_cast<char>(tampered.at(tampered.size() - 20) ^ 0x01);
    const QString tamperedPath = folder.path(QStringLiteral("tampered.hsar"));
    writeFile(tamperedPath, tampered);
    const auto tamperedResult =
        cli.db({QStringLiteral("sar"), QStringLiteral("open"), tamperedPath, QStringLiteral("--out"), refusedDir,
                QStringLiteral("--passphrase-file"), secret});
    CHECK(tamperedResult.code == 77);
    CHECK(tamperedResult.err.contains(QStringLiteral("altered")));
    CHECK_FALSE(QFileInfo::exists(refusedDir));

    QByteArray headerChanged = sealed;
    const qsizetype at = headerChanged.indexOf("\"content\"");
    REQUIRE(at > 0);
    headerChanged[at + 2] = 'C';
    writeFile(tamperedPath, headerChanged);
    CHECK(cli.db({QStringLiteral("sar"), QStringLiteral("open"), tamperedPath, QStringLiteral("--out"), refusedDir,
                  QStringLiteral("--passphrase-file"), secret})
              .code
          == 77);

    QByteArray truncated = sealed.left(sealed.size() - 10);
    writeFile(tamperedPath, truncated);
    CHECK(cli.db({QStringLiteral("sar"), QStringLiteral("open"), tamperedPath, QStringLiteral("--out"), refusedDir,
                  QStringLiteral("--passphrase-file"), secret})
              .code
          == 77);
    CHECK_FALSE(QFileInfo::exists(refusedDir));

    const auto exports = cli.db(
        {QStringLiteral("audit"), QStringLiteral("--action"), QStringLiteral("export"), QStringLiteral("--json")});
    REQUIRE(exports.json().array().size() == 1);
    CHECK(exports.json()
              .array()
              .at(0)
              .toObject()
              .value(QStringLiteral("summary"))
              .toString()
              .endsWith(QStringLiteral(", encrypted")));
}

TEST_CASE("sar refuses an unknown resident (65), an unwritable --out (73) and bad options (64), leaving nothing",
          "[cli][sar]")
{
    TempFolder folder;
    const Cli cli = preparedCli(folder);
    const QString resident =
        addResident(cli, QStringLiteral("Gil"), QStringLiteral("Lee"), QStringLiteral("07700 900005"));
    const QString auditBefore = cli.db({QStringLiteral("audit"), QStringLiteral("--json")}).out;

    const QString out = folder.path(QStringLiteral("sar.zip"));
    const auto unknown = cli.db(
        {QStringLiteral("sar"), QStringLiteral("01890000-0000-7000-8000-000000000000"), QStringLiteral("--out"), out});
    CHECK(unknown.code == 65);
    CHECK(unknown.err.contains(QStringLiteral("no resident")));
    CHECK_FALSE(QFileInfo::exists(out));

    const QString unwritable = folder.path(QStringLiteral("no-such-folder/sar.zip"));
    const auto cannot = cli.db({QStringLiteral("sar"), resident, QStringLiteral("--out"), unwritable});
    CHECK(cannot.code == 73);
    CHECK(cannot.err.contains(unwritable));
    CHECK(QDir(folder.path(QStringLiteral("no-such-folder"))).exists() == false);

    const auto badFormat = cli.db({QStringLiteral("sar"), resident, QStringLiteral("--out"), out,
                                   QStringLiteral("--format"), QStringLiteral("docx")});
    CHECK(badFormat.code == 64);
    CHECK(badFormat.err.contains(QStringLiteral("--format:")));
    const auto noOut = cli.db({QStringLiteral("sar"), resident});
    CHECK(noOut.code == 64);
    const auto noPassphrase =
        cli.db({QStringLiteral("sar"), resident, QStringLiteral("--out"), out, QStringLiteral("--encrypt")});
    CHECK(noPassphrase.code == 64);
    CHECK_FALSE(QFileInfo::exists(out));
    // Nothing was exported, so nothing was audited.
    CHECK(cli.db({QStringLiteral("audit"), QStringLiteral("--json")}).out == auditBefore);
}

TEST_CASE("a PDF sar renders: pdftoppm draws its first page", "[cli][sar][pdf]")
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftoppm")).isEmpty()) {
        WARN("pdftoppm is not installed: the PDF is checked by its signature only");
    }
    TempFolder folder;
    const Cli cli = preparedCli(folder);
    const QString service = addService(cli);
    const Held ann = addEverything(cli, QStringLiteral("Ann"), service);
    const QString out = folder.path(QStringLiteral("ann.zip"));
    ok(cli.db({QStringLiteral("sar"), ann.resident, QStringLiteral("--out"), out, QStringLiteral("--format"),
               QStringLiteral("pdf")}));
    const QString unpacked = folder.path(QStringLiteral("ann"));
    ok(cli.db({QStringLiteral("sar"), QStringLiteral("open"), out, QStringLiteral("--out"), unpacked}));
    const QString pdf = unpacked + QStringLiteral("/subject-access.pdf");
    CHECK(readFile(pdf).startsWith("%PDF-"));
    const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
    if (!pdftoppm.isEmpty()) {
        QProcess render;
        render.start(pdftoppm,
                     {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"), QStringLiteral("-f"),
                      QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"), pdf,
                      folder.path(QStringLiteral("page"))});
        REQUIRE(render.waitForFinished(60000));
        CHECK(render.exitCode() == 0);
        const QStringList pages = QDir(folder.path(QString())).entryList({QStringLiteral("page*.png")});
        CHECK(pages.size() == 1);
        // Kept for a person to look at when HEARTH_SAR_PDF_PREVIEW names a folder.
        const QString keep = qEnvironmentVariable("HEARTH_SAR_PDF_PREVIEW");
        if (!keep.isEmpty() && !pages.isEmpty()) {
            QFile::copy(folder.path(pages.first()), keep + QStringLiteral("/sar-page1.png"));
            QFile::copy(pdf, keep + QStringLiteral("/sar.pdf"));
        }
    }
}

TEST_CASE("every export and import of data writes its audit event: json, directory", "[cli][audit]")
{
    TempFolder folder;
    const Cli cli = preparedCli(folder);
    addResident(cli, QStringLiteral("Hal"), QStringLiteral("Lee"), QStringLiteral("07700 900006"));
    const auto eventsOf = [](const Cli& on, const QString& action) {
        const auto result =
            on.db({QStringLiteral("audit"), QStringLiteral("--action"), action, QStringLiteral("--json")});
        REQUIRE(result.code == 0);
        QStringList entities;
        for (const auto& event : result.json().array()) {
            entities.append(event.toObject().value(QStringLiteral("entity")).toString());
            CHECK_FALSE(event.toObject().value(QStringLiteral("summary")).toString().contains(QStringLiteral("Hal")));
        }
        return entities;
    };
    const QString json = folder.path(QStringLiteral("all.json"));
    ok(cli.db({QStringLiteral("export"), QStringLiteral("json"), QStringLiteral("--out"), json}));
    CHECK(eventsOf(cli, QStringLiteral("export")) == QStringList {QStringLiteral("database")});
    ok(cli.db({QStringLiteral("directory"), QStringLiteral("export"), QStringLiteral("--out"),
               folder.path(QStringLiteral("directory.json"))}));
    CHECK(eventsOf(cli, QStringLiteral("export"))
          == (QStringList {QStringLiteral("directory"), QStringLiteral("database")}));

    TempFolder otherFolder;
    Cli other(otherFolder);
    ok(other.db({QStringLiteral("init")}));
    ok(other.db({QStringLiteral("import"), QStringLiteral("json"), json}));
    CHECK(eventsOf(other, QStringLiteral("import")).contains(QStringLiteral("database")));
    ok(other.db({QStringLiteral("directory"), QStringLiteral("import"),
                 hearth::test::sourceDir() + QStringLiteral("/resources/oruk-3.0/examples/service_full.json")}));
    CHECK(eventsOf(other, QStringLiteral("import")).contains(QStringLiteral("directory")));
}
