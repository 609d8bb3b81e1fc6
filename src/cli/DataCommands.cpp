// hearth-cli init, demo, export json, import json, dump, check, backup, restore, audit
#include "AuditLog.h"
#include "Backup.h"
#include "Cli.h"
#include "DemoGenerator.h"
#include "Interchange.h"
#include "Migrations.h"
#include "OfficerRepository.h"
#include "ResidentRepository.h"
#include "Vocabulary.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>
#include <unistd.h>

namespace hearth::cli {

namespace {

bool isTerminal(FILE* stream)
{
    return isatty(fileno(stream)) != 0;
}

int init(Context& context, const QCommandLineParser& parser)
{
    const QString role = parser.value(QStringLiteral("role"));
    if (!vocab::officerRoles().contains(role)) {
        throw Failure(ExitUsage, QStringLiteral("--role: '%1' is not one of: officer, manager").arg(role));
    }
    if (parser.isSet(QStringLiteral("council")) && parser.value(QStringLiteral("council")).trimmed().isEmpty()) {
        throw Failure(ExitDataError, QStringLiteral("council_name: is required"));
    }
    if (parser.isSet(QStringLiteral("officer")) && parser.value(QStringLiteral("officer")).trimmed().isEmpty()) {
        throw Failure(ExitDataError, QStringLiteral("display_name: is required"));
    }
    auto& store = context.store(storage::Store::OpenMode::CreateNew);
    store.setLocalValue(QStringLiteral("role"),
                        role == QLatin1String("manager") ? QStringLiteral("hub") : QStringLiteral("officer"));
    if (parser.isSet(QStringLiteral("officer"))) {
        Officer officer;
        officer.displayName = parser.value(QStringLiteral("officer"));
        officer.role = role;
        store.setActingOfficer(store.officers().add(officer).id);
    }
    if (parser.isSet(QStringLiteral("council"))) {
        CouncilSettings settings = store.councilSettings();
        settings.councilName = parser.value(QStringLiteral("council"));
        store.saveCouncilSettings(settings);
    }
    context.err() << "Created a Hearth database at " << QFileInfo(context.dbPath()).absoluteFilePath() << " (schema "
                  << storage::latestSchemaVersion() << ")\n";
    context.out() << store.siteId() << '\n';
    return ExitOk;
}

int demo(Context& context, const QCommandLineParser& parser)
{
    demo::DemoOptions options;
    bool ok = true;
    options.residents = parser.value(QStringLiteral("residents")).toInt(&ok);
    if (!ok || options.residents < 0 || options.residents > 2'000'000) {
        throw Failure(ExitUsage, QStringLiteral("--residents takes a whole number from 0 to 2000000"));
    }
    options.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok) {
        throw Failure(ExitUsage, QStringLiteral("--seed takes a whole number"));
    }
    options.today = parser.isSet(QStringLiteral("today"))
        ? requireDate(QStringLiteral("today"), parser.value(QStringLiteral("today")))
        : context.clock().today();
    const bool showProgress = isTerminal(stderr);
    int lastPercent = -1;
    options.progress = [&](qint64 done, qint64 total) {
        const int percent = total > 0 ? static_cast<int>(done * 100 / total) : 100;
        if (showProgress && percent != lastPercent) {
            lastPercent = percent;
            context.err() << "\rGenerating demo data: " << percent << "%" << Qt::flush;
        }
        return true;
    };
    auto& store = context.store(storage::Store::OpenMode::CreateIfMissing);
    const demo::DemoSummary summary = demo::generateDemo(store, options);
    if (showProgress) {
        context.err() << '\n';
    }
    context.err() << "Demo data: " << summary.wards << " wards, " << summary.officers << " officers, "
                  << summary.residents << " residents, " << summary.contacts << " contacts, " << summary.measurements
                  << " outcome measurements, " << summary.actionItems << " action plan items\n";
    return ExitOk;
}

int exportJson(Context& context, const QCommandLineParser& parser)
{
    const QString path = parser.value(QStringLiteral("out"));
    if (path.isEmpty()) {
        throw Failure(ExitUsage, QStringLiteral("--out FILE is required"));
    }
    auto& store = context.store();
    const QByteArray data = storage::exportJson(store);
    writeFileAtomically(path, data, parser.isSet(QStringLiteral("force")));
    context.err() << "Exported the database to " << path
                  << ". It holds personal data: keep it encrypted and delete it when done.\n";
    return ExitOk;
}

int importJson(Context& context, const QCommandLineParser& parser)
{
    const QString path = parser.positionalArguments().at(0);
    QFile file(path);
    if (!file.exists()) {
        throw Failure(ExitNoInput, QStringLiteral("%1: no such file").arg(path));
    }
    if (!file.open(QIODevice::ReadOnly)) {
        throw Failure(ExitNoInput, QStringLiteral("%1: cannot be read (%2)").arg(path, file.errorString()));
    }
    const QByteArray data = file.readAll();
    auto& store = context.store(storage::Store::OpenMode::CreateIfMissing);
    try {
        const auto summary = storage::importJson(store, data);
        context.err() << "Imported " << summary.total() << " records from " << path << '\n';
    } catch (const storage::Error& error) {
        throw Failure(ExitDataError, QStringLiteral("%1: %2; nothing was imported").arg(path, error.message()));
    }
    return ExitOk;
}

int dump(Context& context, const QCommandLineParser& parser)
{
    const QByteArray data = storage::dumpJson(context.store());
    if (parser.isSet(QStringLiteral("out"))) {
        writeFileAtomically(parser.value(QStringLiteral("out")), data, true);
    } else {
        context.out() << QString::fromUtf8(data);
    }
    return ExitOk;
}

int check(Context& context, const QCommandLineParser&)
{
    auto& store = context.store();
    const QStringList problems = store.check();
    if (!problems.isEmpty()) {
        for (const auto& problem : problems) {
            context.err() << problem << '\n';
        }
        return ExitDataError;
    }
    ResidentQuery all;
    context.out() << "ok: schema " << store.db().userVersion() << ", " << store.residents().count(all)
                  << " residents, audit trail intact\n";
    return ExitOk;
}

int backup(Context& context, const QCommandLineParser& parser)
{
    const QString path = parser.value(QStringLiteral("out"));
    const bool rotate = parser.isSet(QStringLiteral("rotate"));
    if (rotate == !path.isEmpty()) {
        throw Failure(ExitUsage, QStringLiteral("give --out FILE or --rotate, not both"));
    }
    if (parser.isSet(QStringLiteral("keep")) && !rotate) {
        throw Failure(ExitUsage, QStringLiteral("--keep goes with --rotate"));
    }
    if (rotate) {
        auto& store = context.store();
        if (parser.isSet(QStringLiteral("keep"))) {
            bool ok = false;
            const int keep = parser.value(QStringLiteral("keep")).toInt(&ok);
            if (!ok) {
                throw Failure(
                    ExitUsage,
                    QStringLiteral("--keep: '%1' is not a whole number").arg(parser.value(QStringLiteral("keep"))));
            }
            storage::setBackupsToKeep(store, keep);
        }
        const QString written = storage::rotateBackup(store, QStringLiteral("rotating"));
        context.out() << written << '\n';
        context.err() << "Backed up into " << storage::backupFolderFor(store.path()) << ", keeping the newest "
                      << storage::backupsToKeep(store)
                      << ". The copies hold personal data: keep them on an encrypted disk.\n";
        return ExitOk;
    }
    storage::backupTo(context.store(), path);
    context.err() << "Backed up to " << path << ". The copy holds personal data: keep it on an encrypted disk.\n";
    return ExitOk;
}

int restore(Context& context, const QCommandLineParser& parser)
{
    const QString path = parser.positionalArguments().at(0);
    if (!QFileInfo::exists(path)) {
        throw Failure(ExitNoInput, QStringLiteral("%1: no such file").arg(path));
    }
    if (isTerminal(stdin) && !parser.isSet(QStringLiteral("yes"))) {
        context.err() << "Replace everything in " << context.dbPath() << " with the backup " << path << "? [y/N] "
                      << Qt::flush;
        QTextStream in(stdin);
        const QString answer = in.readLine().trimmed().toLower();
        if (answer != QLatin1String("y") && answer != QLatin1String("yes")) {
            context.err() << "Nothing restored.\n";
            return ExitOk;
        }
    }
    storage::restoreFrom(context.store(), path);
    context.err() << "Restored " << context.dbPath() << " from " << path << '\n';
    return ExitOk;
}

int auditList(Context& context, const QCommandLineParser& parser)
{
    // Every option is checked, naming it, before anything is listed.
    storage::AuditLog::Filter filter;
    const QString action = parser.value(QStringLiteral("action"));
    if (!action.isEmpty() && !vocab::auditActions().contains(action)) {
        throw Failure(ExitUsage,
                      QStringLiteral("--action: '%1' is not one of: %2")
                          .arg(action, vocab::auditActions().codes().join(QStringLiteral(", "))));
    }
    filter.action = action;
    if (parser.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        filter.limit = parser.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || filter.limit < 1) {
            throw Failure(ExitUsage,
                          QStringLiteral("--limit: '%1' is not a whole number of 1 or more")
                              .arg(parser.value(QStringLiteral("limit"))));
        }
    }
    if (parser.isSet(QStringLiteral("from"))) {
        filter.from = requireDate(QStringLiteral("--from"), parser.value(QStringLiteral("from")));
    }
    if (parser.isSet(QStringLiteral("to"))) {
        filter.to = requireDate(QStringLiteral("--to"), parser.value(QStringLiteral("to")));
    }
    if (filter.from.isValid() && filter.to.isValid() && filter.to < filter.from) {
        throw Failure(ExitDataError,
                      QStringLiteral("--to: %1 is before --from %2")
                          .arg(filter.to.toString(Qt::ISODate), filter.from.toString(Qt::ISODate)));
    }
    auto& store = context.store();
    if (parser.isSet(QStringLiteral("resident"))) {
        filter.residentId = parser.value(QStringLiteral("resident"));
        // A resident erased since still has their trail.
        if (!store.residents().find(filter.residentId) && !store.audit().mentionsResident(filter.residentId)) {
            throw Failure(ExitDataError, QStringLiteral("--resident: there is no resident %1").arg(filter.residentId));
        }
    }
    if (parser.isSet(QStringLiteral("officer"))) {
        filter.officerId =
            requireOfficerId(store, QStringLiteral("--officer"), parser.value(QStringLiteral("officer")));
    }
    const auto events = store.audit().list(filter);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray rows;
        for (const auto& event : events) {
            QJsonObject row;
            row.insert(QStringLiteral("sequence"), event.sequence);
            row.insert(QStringLiteral("at"), isoTimestamp(event.at));
            row.insert(QStringLiteral("officer_id"), event.officerId);
            row.insert(QStringLiteral("action"), event.action);
            row.insert(QStringLiteral("entity"), event.entity);
            row.insert(QStringLiteral("entity_id"), event.entityId);
            row.insert(QStringLiteral("summary"), event.summary);
            rows.append(row);
        }
        context.printJson(rows);
        return ExitOk;
    }
    for (const auto& event : events) {
        context.out() << event.sequence << "  " << isoTimestamp(event.at) << "  " << event.action.leftJustified(7)
                      << "  " << event.entity << ' ' << event.entityId << "  " << event.summary << '\n';
    }
    return ExitOk;
}

int auditVerify(Context& context, const QCommandLineParser&)
{
    const auto result = context.store().audit().verify();
    if (!result.ok) {
        context.err() << "The audit trail has been tampered with: " << result.problem << '\n';
        return ExitDataError;
    }
    context.out() << "ok: " << result.events << " audit events, chain intact\n";
    return ExitOk;
}

} // namespace

QList<Command> dataCommands()
{
    return {
        {{QStringLiteral("init")},
         QStringLiteral("[--council NAME] [--officer NAME] [--role officer|manager]"),
         QStringLiteral("Create a new database (never overwrites); prints its site id."),
         {},
         [](QCommandLineParser& parser) {
             parser.addOption(
                 {QStringLiteral("council"), QStringLiteral("The council's name."), QStringLiteral("NAME")});
             parser.addOption({QStringLiteral("officer"), QStringLiteral("Your name: you act as this officer."),
                               QStringLiteral("NAME")});
             parser.addOption({QStringLiteral("role"), QStringLiteral("officer or manager."), QStringLiteral("ROLE"),
                               QStringLiteral("officer")});
         },
         init},
        {{QStringLiteral("demo")},
         QStringLiteral("[--residents N] [--seed S] [--today DATE]"),
         QStringLiteral("Fill a new database with synthetic data for a fictional council (same seed, same data)."),
         {},
         [](QCommandLineParser& parser) {
             parser.addOption({QStringLiteral("residents"), QStringLiteral("How many residents (default 1000)."),
                               QStringLiteral("N"), QStringLiteral("1000")});
             parser.addOption({QStringLiteral("seed"), QStringLiteral("Random seed (default 1)."), QStringLiteral("S"),
                               QStringLiteral("1")});
             parser.addOption({QStringLiteral("today"), QStringLiteral("The demo's today (default today)."),
                               QStringLiteral("DATE")});
         },
         demo},
        {{QStringLiteral("export"), QStringLiteral("json")},
         QStringLiteral("--out FILE [--force]"),
         QStringLiteral("Write the whole database in Hearth's JSON interchange format (personal data: audited)."),
         {},
         [](QCommandLineParser& parser) {
             parser.addOption({QStringLiteral("out"), QStringLiteral("The file to write."), QStringLiteral("FILE")});
             parser.addOption({QStringLiteral("force"), QStringLiteral("Replace the file if it exists.")});
         },
         exportJson},
        {{QStringLiteral("import"), QStringLiteral("json")},
         QStringLiteral("FILE"),
         QStringLiteral("Import a file written by 'export json': all of it, or nothing."),
         {QStringLiteral("FILE")},
         nullptr,
         importJson},
        {{QStringLiteral("dump")},
         QStringLiteral("[--out FILE]"),
         QStringLiteral("Print every synced record as deterministic JSON (same data, same bytes)."),
         {},
         [](QCommandLineParser& parser) {
             parser.addOption(
                 {QStringLiteral("out"), QStringLiteral("Write to a file instead of stdout."), QStringLiteral("FILE")});
         },
         dump},
        {{QStringLiteral("check")},
         QString(),
         QStringLiteral("Check the database's integrity, references, search index and audit chain."),
         {},
         nullptr,
         check},
        {{QStringLiteral("backup")},
         QStringLiteral("--out FILE | --rotate [--keep N]"),
         QStringLiteral("Write a consistent copy of the database (never overwrites), or a rotating copy into "
                        "DATABASE.backups/ keeping the newest N (default 7; --keep changes it for this database)."),
         {},
         [](QCommandLineParser& parser) {
             parser.addOption(
                 {QStringLiteral("out"), QStringLiteral("The backup file to write."), QStringLiteral("FILE")});
             parser.addOption(
                 {QStringLiteral("rotate"), QStringLiteral("Write a rotating backup beside the database.")});
             parser.addOption({QStringLiteral("keep"), QStringLiteral("How many rotating backups to keep (1-365)."),
                               QStringLiteral("N")});
         },
         backup},
        {{QStringLiteral("restore")},
         QStringLiteral("FILE [--yes]"),
         QStringLiteral("Replace the database's contents with a backup (asks first on a terminal)."),
         {QStringLiteral("FILE")},
         [](QCommandLineParser& parser) {
             parser.addOption({QStringLiteral("yes"), QStringLiteral("Do not ask for confirmation.")});
         },
         restore},
        {{QStringLiteral("audit")},
         QStringLiteral("[--resident ID] [--officer ID|NAME] [--action ACTION] [--from DATE] [--to DATE] [--limit N] "
                        "[--json]"),
         QStringLiteral("List audit events, newest first."),
         {},
         [](QCommandLineParser& parser) {
             parser.addOption({QStringLiteral("resident"),
                               QStringLiteral("Only events about this resident and their contacts, measurements and "
                                              "referrals."),
                               QStringLiteral("ID")});
             parser.addOption({QStringLiteral("officer"), QStringLiteral("Only events by this officer (id or name)."),
                               QStringLiteral("ID|NAME")});
             parser.addOption({QStringLiteral("action"),
                               QStringLiteral("Only this action (%1).")
                                   .arg(vocab::auditActions().codes().join(QStringLiteral(", "))),
                               QStringLiteral("ACTION")});
             parser.addOption({QStringLiteral("from"), QStringLiteral("Only events on or after this UTC date."),
                               QStringLiteral("DATE")});
             parser.addOption({QStringLiteral("to"), QStringLiteral("Only events on or before this UTC date."),
                               QStringLiteral("DATE")});
             parser.addOption(
                 {QStringLiteral("limit"), QStringLiteral("At most N events (default 1000)."), QStringLiteral("N")});
             parser.addOption({QStringLiteral("json"), QStringLiteral("Print a JSON array.")});
         },
         auditList},
        {{QStringLiteral("audit"), QStringLiteral("verify")},
         QString(),
         QStringLiteral("Check the audit trail's hash chain: exit 65 if an event was changed or removed."),
         {},
         nullptr,
         auditVerify},
    };
}

} // namespace hearth::cli
