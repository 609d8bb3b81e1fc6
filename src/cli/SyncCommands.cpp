// hearth-cli sync site|role|peer add|peer remove|peers|export|import|conflicts|resolve, purge, resident purge
#include "Cli.h"
#include "OfficerRepository.h"
#include "SyncEngine.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>
#include <unistd.h>

namespace hearth::cli {

namespace {

using sync::BundleError;
using sync::SyncEngine;

ExitCode exitCodeFor(BundleError::Kind kind)
{
    return kind == BundleError::Kind::Authentication ? ExitNoPermission : ExitDataError;
}

// Runs a sync action, turning a refused bundle into its exit code and message.
template <class Action>
int guarded(Action&& action)
{
    try {
        return action();
    } catch (const BundleError& error) {
        throw Failure(exitCodeFor(error.kind()), error.message());
    }
}

// The team passphrase: from --passphrase-file (its first line) or $HEARTH_SYNC_PASSPHRASE, never
// from the command line (other users could read it in the process list).
QString passphrase(const QCommandLineParser& parser)
{
    if (parser.isSet(QStringLiteral("passphrase-file"))) {
        return readPassphraseFile(parser.value(QStringLiteral("passphrase-file")));
    }
    const QString fromEnvironment = qEnvironmentVariable("HEARTH_SYNC_PASSPHRASE");
    if (fromEnvironment.isEmpty()) {
        throw Failure(ExitUsage,
                      QStringLiteral("no team passphrase: set HEARTH_SYNC_PASSPHRASE or give "
                                     "--passphrase-file FILE"));
    }
    return fromEnvironment;
}

void passphraseOption(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("passphrase-file"),
                      QStringLiteral("Read the team passphrase from the first line of FILE (else "
                                     "$HEARTH_SYNC_PASSPHRASE)."),
                      QStringLiteral("FILE")});
}

void jsonOption(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON.")});
}

QString shown(const QJsonValue& value)
{
    if (value.isNull() || value.isUndefined()) {
        return QStringLiteral("(empty)");
    }
    if (value.isString()) {
        return QStringLiteral("\"%1\"").arg(value.toString());
    }
    return QString::number(value.toDouble());
}

int site(Context& context, const QCommandLineParser&)
{
    SyncEngine engine(context.store());
    const QString role = engine.role();
    context.out() << engine.siteId() << '\n';
    context.err() << "Role: " << (role.isEmpty() ? QStringLiteral("not set (sync role hub|officer)") : role) << '\n';
    return ExitOk;
}

int setRole(Context& context, const QCommandLineParser& parser)
{
    SyncEngine engine(context.store());
    engine.setRole(parser.positionalArguments().at(0));
    context.err() << "This database is now the team's " << engine.role() << ".\n";
    return ExitOk;
}

int peerAdd(Context& context, const QCommandLineParser& parser)
{
    SyncEngine engine(context.store());
    QString officer;
    if (parser.isSet(QStringLiteral("officer"))) {
        const auto found = context.store().officers().findByIdOrName(parser.value(QStringLiteral("officer")));
        if (!found) {
            throw Failure(ExitDataError,
                          QStringLiteral("--officer: no officer is called or has the id '%1' (see 'officer list')")
                              .arg(parser.value(QStringLiteral("officer"))));
        }
        officer = found->id;
    }
    engine.addPeer(parser.positionalArguments().at(0), parser.positionalArguments().at(1), officer);
    context.err() << "Added peer " << parser.positionalArguments().at(1) << ".\n";
    return ExitOk;
}

int peerRemove(Context& context, const QCommandLineParser& parser)
{
    return guarded([&] {
        SyncEngine engine(context.store());
        engine.removePeer(parser.positionalArguments().at(0));
        context.err() << "Removed peer " << parser.positionalArguments().at(0) << ".\n";
        return int(ExitOk);
    });
}

int peerList(Context& context, const QCommandLineParser& parser)
{
    SyncEngine engine(context.store());
    const auto peers = engine.peers();
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray rows;
        for (const auto& peer : peers) {
            rows.append(QJsonObject {
                {QStringLiteral("site_id"), peer.siteId},
                {QStringLiteral("name"), peer.name},
                {QStringLiteral("acked_seq"), peer.ackedSeq},
                {QStringLiteral("received_seq"), peer.receivedSeq},
                {QStringLiteral("officer_id"), peer.officerId.isEmpty() ? QJsonValue() : QJsonValue(peer.officerId)},
                {QStringLiteral("last_export_at"),
                 peer.lastExportAt.isValid() ? QJsonValue(isoTimestamp(peer.lastExportAt)) : QJsonValue()},
                {QStringLiteral("last_import_at"),
                 peer.lastImportAt.isValid() ? QJsonValue(isoTimestamp(peer.lastImportAt)) : QJsonValue()},
            });
        }
        context.printJson(rows);
        return ExitOk;
    }
    for (const auto& peer : peers) {
        context.out() << peer.siteId << "  " << peer.name << "  officer "
                      << (peer.officerId.isEmpty() ? QStringLiteral("(not known yet)") : peer.officerId)
                      << "  last import "
                      << (peer.lastImportAt.isValid() ? isoTimestamp(peer.lastImportAt) : QStringLiteral("never"))
                      << ", last export "
                      << (peer.lastExportAt.isValid() ? isoTimestamp(peer.lastExportAt) : QStringLiteral("never"))
                      << '\n';
    }
    return ExitOk;
}

int exportBundle(Context& context, const QCommandLineParser& parser)
{
    return guarded([&] {
        const QString out = parser.value(QStringLiteral("out"));
        if (out.isEmpty()) {
            throw Failure(ExitUsage, QStringLiteral("--out FILE is required"));
        }
        if (!parser.isSet(QStringLiteral("force")) && QFile::exists(out)) {
            throw Failure(ExitCantCreate, QStringLiteral("%1 already exists; add --force to replace it").arg(out));
        }
        sync::ExportRequest request;
        request.to = parser.value(QStringLiteral("to"));
        request.passphrase = passphrase(parser);
        SyncEngine engine(context.store());
        const auto result = engine.exportBundle(request);
        writeFileAtomically(out, result.bundle, true);
        context.err() << "Wrote bundle " << result.header.batchId << " for " << result.header.recipient << ": "
                      << result.header.rows << " records, " << result.header.purges << " erasures.\n";
        return int(ExitOk);
    });
}

int importBundle(Context& context, const QCommandLineParser& parser)
{
    return guarded([&] {
        const QString path = parser.positionalArguments().at(0);
        QFile file(path);
        if (!file.exists()) {
            throw Failure(ExitNoInput, QStringLiteral("%1: no such file").arg(path));
        }
        if (!file.open(QIODevice::ReadOnly)) {
            throw Failure(ExitNoInput, QStringLiteral("%1: cannot be read (%2)").arg(path, file.errorString()));
        }
        const QByteArray data = file.readAll();
        const QString secret = passphrase(parser);
        SyncEngine engine(context.store());
        try {
            const auto result = engine.importBundle(data, secret);
            if (result.alreadyImported) {
                context.err() << "Bundle " << result.header.batchId << " was imported already on "
                              << isoTimestamp(result.firstImportedAt) << "; nothing changed.\n";
                return int(ExitOk);
            }
            context.err() << "Imported bundle " << result.header.batchId << ": " << result.rowsApplied
                          << " records changed, " << result.purgesApplied << " erasures, " << result.conflictsRaised
                          << " new conflicts";
            if (result.conflictsRaised > 0) {
                context.err() << " (see 'hearth-cli sync conflicts')";
            }
            context.err() << ".\n";
            return int(ExitOk);
        } catch (const BundleError& error) {
            throw BundleError(error.kind(), QStringLiteral("%1: %2 Nothing was changed.").arg(path, error.message()));
        }
    });
}

int listConflicts(Context& context, const QCommandLineParser& parser)
{
    SyncEngine engine(context.store());
    const auto conflicts = engine.conflicts(!parser.isSet(QStringLiteral("all")));
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray rows;
        for (const auto& conflict : conflicts) {
            rows.append(QJsonObject {
                {QStringLiteral("id"), conflict.id},
                {QStringLiteral("table"), conflict.table},
                {QStringLiteral("key"), conflict.key},
                {QStringLiteral("field"), conflict.column},
                {QStringLiteral("kind"), conflict.kind},
                {QStringLiteral("base_known"), conflict.baseKnown},
                {QStringLiteral("base"), conflict.base},
                {QStringLiteral("mine"), conflict.mine},
                {QStringLiteral("theirs"), conflict.theirs},
                {QStringLiteral("their_site"), conflict.theirSite},
                {QStringLiteral("their_officer"), conflict.theirOfficer},
                {QStringLiteral("their_at"),
                 conflict.theirAt.isValid() ? QJsonValue(isoTimestamp(conflict.theirAt)) : QJsonValue()},
                {QStringLiteral("edited_fields"), QJsonArray::fromStringList(conflict.editedFields)},
                {QStringLiteral("raised_at"), isoTimestamp(conflict.raisedAt)},
                {QStringLiteral("status"), conflict.status},
                {QStringLiteral("decision"),
                 conflict.decision.isEmpty() ? QJsonValue() : QJsonValue(conflict.decision)},
            });
        }
        context.printJson(rows);
        return ExitOk;
    }
    for (const auto& conflict : conflicts) {
        context.out() << conflict.id << "  " << conflict.table << ' ' << conflict.key << "  " << conflict.column;
        if (conflict.kind == QLatin1String("delete")) {
            context.out() << "  edit versus delete: "
                          << (conflict.mine.isNull() ? QStringLiteral("edited here (%1), deleted there")
                                                           .arg(conflict.editedFields.join(QStringLiteral(", ")))
                                                     : QStringLiteral("deleted here, edited there (%1)")
                                                           .arg(conflict.editedFields.join(QStringLiteral(", "))));
        } else {
            context.out() << "  was " << (conflict.baseKnown ? shown(conflict.base) : QStringLiteral("(not known)"))
                          << ", mine " << shown(conflict.mine) << ", theirs " << shown(conflict.theirs);
        }
        context.out() << "  (theirs from site " << conflict.theirSite
                      << (conflict.theirAt.isValid() ? QStringLiteral(" at ") + isoTimestamp(conflict.theirAt)
                                                     : QString())
                      << ')';
        if (conflict.status != QLatin1String("open")) {
            context.out() << "  " << conflict.status << ": " << conflict.decision;
        }
        context.out() << '\n';
    }
    if (conflicts.isEmpty()) {
        context.err() << "No open conflicts.\n";
    }
    return ExitOk;
}

int resolve(Context& context, const QCommandLineParser& parser)
{
    bool ok = false;
    const qint64 id = parser.positionalArguments().at(0).toLongLong(&ok);
    if (!ok) {
        throw Failure(ExitUsage,
                      QStringLiteral("ID: '%1' is not a conflict number").arg(parser.positionalArguments().at(0)));
    }
    SyncEngine engine(context.store());
    const QString keep = parser.value(QStringLiteral("keep"));
    if (parser.isSet(QStringLiteral("value"))) {
        if (!keep.isEmpty() && keep != QLatin1String("merged")) {
            throw Failure(ExitUsage, QStringLiteral("--value goes with --keep merged (or alone)"));
        }
        engine.resolveWithText(id, parser.value(QStringLiteral("value")));
    } else if (keep == QLatin1String("mine")) {
        engine.resolve(id, SyncEngine::Keep::Mine);
    } else if (keep == QLatin1String("theirs")) {
        engine.resolve(id, SyncEngine::Keep::Theirs);
    } else {
        throw Failure(ExitUsage, QStringLiteral("--keep: give mine or theirs, or --value VALUE for a merged value"));
    }
    context.err() << "Conflict " << id << " decided; the decision travels in the next bundle.\n";
    return ExitOk;
}

// `purge RESIDENT --reason TEXT` and `resident purge RESIDENT --yes [--reason TEXT]`: one erasure.
// The top-level form needs the reason (it is audited); on a terminal it asks first unless --yes.
int purge(Context& context, const QCommandLineParser& parser, bool reasonRequired)
{
    const QString reason = parser.value(QStringLiteral("reason")).trimmed();
    if (reasonRequired && reason.isEmpty()) {
        throw Failure(ExitUsage, QStringLiteral("--reason TEXT is required: say why the resident must be erased"));
    }
    const QString id = parser.positionalArguments().at(0);
    if (!parser.isSet(QStringLiteral("yes"))) {
        if (!reasonRequired) {
            throw Failure(ExitUsage, QStringLiteral("erasure cannot be undone: add --yes to erase the resident"));
        }
        if (isatty(fileno(stdin)) != 0) {
            context.err() << "Erase resident " << id
                          << " and everything recorded about them? This cannot be undone. [y/N] " << Qt::flush;
            QTextStream in(stdin);
            const QString answer = in.readLine().trimmed().toLower();
            if (answer != QLatin1String("y") && answer != QLatin1String("yes")) {
                context.err() << "Nothing erased.\n";
                return ExitOk;
            }
        }
    }
    SyncEngine engine(context.store());
    const qint64 erased = engine.purgeResident(id, reason);
    context.err() << "Erased the resident and " << erased - 1
                  << " linked records; the erasure travels in the next bundles.\n";
    return ExitOk;
}

void purgeOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("yes"), QStringLiteral("Confirm: erasure cannot be undone.")});
    parser.addOption(
        {QStringLiteral("reason"), QStringLiteral("Why the resident is erased (audited)."), QStringLiteral("TEXT")});
}

} // namespace

QList<Command> syncCommands()
{
    return {
        {{QStringLiteral("sync"), QStringLiteral("site")},
         QString(),
         QStringLiteral("Print this database's site id (give it to your peers) and its role."),
         {},
         nullptr,
         site},
        {{QStringLiteral("sync"), QStringLiteral("role")},
         QStringLiteral("hub|officer"),
         QStringLiteral("Set this database's role in the team: the manager's hub or an officer's."),
         {QStringLiteral("ROLE")},
         nullptr,
         setRole},
        {{QStringLiteral("sync"), QStringLiteral("peer"), QStringLiteral("add")},
         QStringLiteral("SITE-ID NAME [--officer OFFICER]"),
         QStringLiteral("Add a database this one exchanges bundles with (or rename it). A hub sends an officer's "
                        "database that officer's caseload only; it learns whose database it is from the first "
                        "bundle, or from --officer."),
         {QStringLiteral("SITE-ID"), QStringLiteral("NAME")},
         [](QCommandLineParser& parser) {
             parser.addOption({QStringLiteral("officer"),
                               QStringLiteral("The officer (id or name) whose database the peer is."),
                               QStringLiteral("OFFICER")});
         },
         peerAdd},
        {{QStringLiteral("sync"), QStringLiteral("peer"), QStringLiteral("remove")},
         QStringLiteral("PEER"),
         QStringLiteral("Remove a peer (site id or name)."),
         {QStringLiteral("PEER")},
         nullptr,
         peerRemove},
        {{QStringLiteral("sync"), QStringLiteral("peers")},
         QStringLiteral("[--json]"),
         QStringLiteral("List the peers and when bundles last went each way."),
         {},
         jsonOption,
         peerList},
        {{QStringLiteral("sync"), QStringLiteral("export")},
         QStringLiteral("--out FILE [--to PEER] [--passphrase-file FILE] [--force]"),
         QStringLiteral("Write an encrypted bundle of the changes the peer has not confirmed."),
         {},
         [](QCommandLineParser& parser) {
             parser.addOption(
                 {QStringLiteral("out"), QStringLiteral("The bundle file to write."), QStringLiteral("FILE")});
             parser.addOption({QStringLiteral("to"),
                               QStringLiteral("The peer (site id or name); needed if there are several."),
                               QStringLiteral("PEER")});
             parser.addOption({QStringLiteral("force"), QStringLiteral("Replace FILE if it exists.")});
             passphraseOption(parser);
         },
         exportBundle},
        {{QStringLiteral("sync"), QStringLiteral("import")},
         QStringLiteral("FILE [--passphrase-file FILE]"),
         QStringLiteral("Check and merge a bundle from a peer, all or nothing; importing it again changes nothing."),
         {QStringLiteral("FILE")},
         passphraseOption,
         importBundle},
        {{QStringLiteral("sync"), QStringLiteral("conflicts")},
         QStringLiteral("[--all] [--json]"),
         QStringLiteral("List the conflicts waiting for a decision (--all: decided ones too)."),
         {},
         [](QCommandLineParser& parser) {
             jsonOption(parser);
             parser.addOption({QStringLiteral("all"), QStringLiteral("Include decided conflicts.")});
         },
         listConflicts},
        {{QStringLiteral("sync"), QStringLiteral("resolve")},
         QStringLiteral("ID --keep mine|theirs | --value VALUE"),
         QStringLiteral("Decide a conflict; the decision is audited and travels in the next bundle."),
         {QStringLiteral("ID")},
         [](QCommandLineParser& parser) {
             parser.addOption({QStringLiteral("keep"), QStringLiteral("mine or theirs."), QStringLiteral("WHICH")});
             parser.addOption(
                 {QStringLiteral("value"), QStringLiteral("A merged value to keep instead."), QStringLiteral("VALUE")});
         },
         resolve},
        {{QStringLiteral("resident"), QStringLiteral("purge")},
         QStringLiteral("RESIDENT --yes [--reason TEXT]"),
         QStringLiteral("Erase a resident and everything recorded about them (GDPR); the erasure travels."),
         {QStringLiteral("RESIDENT")},
         purgeOptions,
         [](Context& context, const QCommandLineParser& parser) { return purge(context, parser, false); }},
        {{QStringLiteral("purge")},
         QStringLiteral("RESIDENT --reason TEXT [--yes]"),
         QStringLiteral("Erase a resident and everything recorded about them (GDPR), audited with the reason; "
                        "the erasure travels in the next bundles."),
         {QStringLiteral("RESIDENT")},
         purgeOptions,
         [](Context& context, const QCommandLineParser& parser) { return purge(context, parser, true); }},
    };
}

} // namespace hearth::cli
