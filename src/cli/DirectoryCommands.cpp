// hearth-cli service add|update|list, directory import|export|gaps
#include "AuditLog.h"
#include "Cli.h"
#include "DirectoryRepository.h"
#include "FieldOptions.h"
#include "GapReport.h"
#include "Ids.h"
#include "OpenReferral.h"
#include "ReportWriters.h"
#include "Tables.h"
#include "WardRepository.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace hearth::cli {

namespace {

using storage::serviceTable;

// Set by Hearth, never by an option: ids, the feed's own markers and last_modified.
const QStringList kNotOptions {QStringLiteral("id"), QStringLiteral("organisation_id"), QStringLiteral("feed_id"),
                               QStringLiteral("in_feed"), QStringLiteral("last_modified")};

QMap<QString, FieldOptionHelp> serviceHelp()
{
    return {
        {QStringLiteral("status"), {{}, &vocab::serviceStatuses(), QStringLiteral("Status")}},
        {QStringLiteral("cost_description"), {{QStringLiteral("cost")}, nullptr, QStringLiteral("Cost; empty = free")}},
        {QStringLiteral("categories"),
         {{QStringLiteral("category")}, nullptr, QStringLiteral("Category (taxonomy term) codes")}},
        {QStringLiteral("wards_served"),
         {{QStringLiteral("ward")}, nullptr, QStringLiteral("Ward codes served; none = the whole area")}},
        {QStringLiteral("target_groups"),
         {{QStringLiteral("target-group")},
          nullptr,
          QStringLiteral("Target groups (codes: 'hearth-cli vocabulary list target-groups')")}},
        {QStringLiteral("transport_provided"),
         {{QStringLiteral("transport")}, nullptr, QStringLiteral("Transport provided")}},
        {QStringLiteral("assured_date"),
         {{QStringLiteral("assured")}, nullptr, QStringLiteral("Date the entry was last checked")}},
    };
}

void addServiceOptions(QCommandLineParser& parser)
{
    addFieldOptions(parser, serviceTable(), kNotOptions, serviceHelp());
    parser.addOption({QStringLiteral("organisation"),
                      QStringLiteral("Organisation (id or exact name); a name not held adds a new organisation."),
                      QStringLiteral("ORG")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print the stored record as JSON.")});
}

void applyOrganisation(Context& context, storage::DirectoryRepository& directory, const QCommandLineParser& parser,
                       Service& service)
{
    if (!parser.isSet(QStringLiteral("organisation"))) {
        return;
    }
    const QString given = parser.value(QStringLiteral("organisation")).trimmed();
    if (isUuid(given)) {
        service.organisationId = directory.requireOrganisation(given).id;
        return;
    }
    for (const auto& organisation : directory.organisations()) {
        if (organisation.name == given) {
            service.organisationId = directory.requireOrganisation(given).id; // refuses an ambiguous name
            return;
        }
    }
    Organisation organisation;
    organisation.name = given;
    service.organisationId = directory.addOrganisation(organisation).id;
    context.err() << "added organisation " << given << " (" << service.organisationId << ")\n";
}

void printService(Context& context, const Service& service, bool json)
{
    if (json) {
        context.printJson(storage::rowToJson(serviceTable(), service));
        return;
    }
    context.out() << service.id << '\n';
}

int addService(Context& context, const QCommandLineParser& parser)
{
    auto& store = context.store();
    storage::DirectoryRepository directory(store);
    if (!parser.isSet(QStringLiteral("organisation"))) {
        throw Failure(ExitUsage, QStringLiteral("--organisation is required"));
    }
    Service service;
    applyFieldOptions(parser, serviceTable(), kNotOptions, service);
    if (service.status.isEmpty()) {
        service.status = QStringLiteral("active");
    }
    // One transaction: an organisation added for a service that is then refused is not kept.
    sql::Transaction transaction(store.db());
    applyOrganisation(context, directory, parser, service);
    const Service saved = directory.addService(service);
    transaction.commit();
    printService(context, saved, parser.isSet(QStringLiteral("json")));
    return ExitOk;
}

int updateService(Context& context, const QCommandLineParser& parser)
{
    auto& store = context.store();
    storage::DirectoryRepository directory(store);
    Service service = directory.requireService(parser.positionalArguments().at(0));
    applyFieldOptions(parser, serviceTable(), kNotOptions, service);
    if (service.status.isEmpty()) {
        service.status = QStringLiteral("active");
    }
    sql::Transaction transaction(store.db());
    applyOrganisation(context, directory, parser, service);
    const Service saved = directory.updateService(service);
    transaction.commit();
    printService(context, saved, parser.isSet(QStringLiteral("json")));
    return ExitOk;
}

int listServices(Context& context, const QCommandLineParser& parser)
{
    auto& store = context.store();
    storage::DirectoryRepository directory(store);
    const QDate today = context.clock().today();
    const int months = store.councilSettings().staleAfterMonths;
    const QString ward = parser.value(QStringLiteral("ward"));
    const QString category = parser.value(QStringLiteral("category"));
    QJsonArray json;
    for (const auto& service : directory.services()) {
        if (!ward.isEmpty() && !service.wardsServed.isEmpty() && !service.wardsServed.contains(ward)) {
            continue;
        }
        if (!category.isEmpty() && !service.categories.contains(category)) {
            continue;
        }
        const bool stale = service.isStale(today, months, service.meta.updatedAt.date());
        if (parser.isSet(QStringLiteral("stale")) && !stale) {
            continue;
        }
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonObject row = storage::rowToJson(serviceTable(), service);
            row.insert(QStringLiteral("stale"), stale);
            json.append(row);
            continue;
        }
        QStringList flags;
        if (stale) {
            flags.append(QStringLiteral("stale"));
        }
        if (!service.inFeed) {
            flags.append(QStringLiteral("no longer in feed"));
        }
        if (service.transportProvided) {
            flags.append(QStringLiteral("transport"));
        }
        context.out() << service.id << "  " << service.name << "  [" << service.status << "]  "
                      << (service.categories.isEmpty() ? QStringLiteral("-")
                                                       : service.categories.join(QLatin1Char(',')))
                      << "  wards: "
                      << (service.wardsServed.isEmpty() ? QStringLiteral("all")
                                                        : service.wardsServed.join(QLatin1Char(',')))
                      << (flags.isEmpty() ? QString() : QStringLiteral("  (%1)").arg(flags.join(QStringLiteral(", "))))
                      << '\n';
    }
    if (parser.isSet(QStringLiteral("json"))) {
        context.printJson(json);
    }
    return ExitOk;
}

int importDirectory(Context& context, const QCommandLineParser& parser)
{
    const QString path = parser.positionalArguments().at(0);
    QFile file(path);
    if (!file.exists()) {
        throw Failure(ExitNoInput, QStringLiteral("%1: no such file").arg(path));
    }
    if (!file.open(QIODevice::ReadOnly)) {
        throw Failure(ExitNoInput, QStringLiteral("%1: cannot be read (%2)").arg(path, file.errorString()));
    }
    const OpenReferralRead read = readOpenReferral(file.readAll());
    if (read.problem) {
        throw Failure(ExitDataError, QStringLiteral("%1: %2; nothing was imported").arg(path, read.problem->text()));
    }
    auto& store = context.store();
    const auto summary =
        storage::DirectoryRepository(store).importFeed(read.entries, parser.isSet(QStringLiteral("partial")));
    for (const auto& dropped : read.dropped) {
        context.err() << path << ": " << dropped.text() << '\n';
    }
    if (parser.isSet(QStringLiteral("json"))) {
        context.printJson(QJsonObject {{QStringLiteral("added"), summary.added},
                                       {QStringLiteral("updated"), summary.updated},
                                       {QStringLiteral("unchanged"), summary.unchanged},
                                       {QStringLiteral("no_longer_in_feed"), summary.noLongerInFeed},
                                       {QStringLiteral("dropped"), static_cast<qint64>(read.dropped.size())}});
    } else {
        context.out() << summary.added << " added, " << summary.updated << " updated, " << summary.unchanged
                      << " unchanged, " << summary.noLongerInFeed << " no longer in the feed\n";
    }
    return ExitOk;
}

int exportDirectory(Context& context, const QCommandLineParser& parser)
{
    if (!parser.isSet(QStringLiteral("out"))) {
        throw Failure(ExitUsage, QStringLiteral("--out is required"));
    }
    auto& store = context.store();
    storage::DirectoryRepository directory(store);
    QHash<QString, QString> wardNames;
    for (const auto& ward : store.wards().list()) {
        wardNames.insert(ward.code, ward.name);
    }
    QList<QJsonObject> documents;
    for (const auto& entry : directory.entries()) {
        const QJsonObject document = toOpenReferralService(entry, wardNames);
        // A guard: Hearth never publishes a document that breaks the standard.
        if (const auto problem = JsonSchemaSet::openReferralUk().validate(
                document, QStringLiteral("service.json"), QStringLiteral("$.contents[%1]").arg(documents.size()))) {
            throw Failure(ExitSoftware,
                          QStringLiteral("service %1 would not validate: %2; nothing was written")
                              .arg(entry.service.id, problem->text()));
        }
        documents.append(document);
    }
    const QByteArray data = QJsonDocument(toOpenReferralPage(documents)).toJson(QJsonDocument::Indented);
    writeFileAtomically(parser.value(QStringLiteral("out")), data, parser.isSet(QStringLiteral("force")));
    store.audit().record(store.actingOfficerId(), QStringLiteral("export"), QStringLiteral("directory"), {},
                         QStringLiteral("Open Referral export of %1 services").arg(documents.size()));
    context.err() << documents.size() << " services written to " << parser.value(QStringLiteral("out")) << '\n';
    return ExitOk;
}

QString csvField(const QString& value)
{
    if (value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"')) || value.contains(QLatin1Char('\n'))) {
        QString quoted = value;
        quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
        return QLatin1Char('"') + quoted + QLatin1Char('"');
    }
    return value;
}

int gaps(Context& context, const QCommandLineParser& parser)
{
    auto& store = context.store();
    const QDate asOf = parser.isSet(QStringLiteral("as-of"))
        ? requireDate(QStringLiteral("as_of"), parser.value(QStringLiteral("as-of")))
        : context.clock().today();
    const bool onlyGaps = parser.isSet(QStringLiteral("gaps-only"));
    // --format, else the --out file's extension, else CSV; checked before the database is read.
    QString formatName = parser.value(QStringLiteral("format")).toLower();
    if (formatName.isEmpty()) {
        const QString suffix = QFileInfo(parser.value(QStringLiteral("out"))).suffix().toLower();
        formatName = reports::formatFromName(suffix) ? suffix : QStringLiteral("csv");
    }
    const auto parsedFormat = reports::formatFromName(formatName);
    if (!parsedFormat) {
        throw Failure(ExitUsage,
                      QStringLiteral("--format: '%1' is not a format; choose one of %2")
                          .arg(formatName, reports::formatNames().join(QStringLiteral(", "))));
    }
    if (parser.isSet(QStringLiteral("format")) && !parser.isSet(QStringLiteral("out"))) {
        throw Failure(ExitUsage, QStringLiteral("--format %1 writes a file: add --out FILE").arg(formatName));
    }
    const reports::Format format = *parsedFormat;
    QList<storage::DirectoryRepository::GapCell> cells;
    for (const auto& cell : storage::DirectoryRepository(store).gaps(asOf)) {
        if (!onlyGaps || cell.isGap()) {
            cells.append(cell);
        }
    }
    if (parser.isSet(QStringLiteral("out"))) {
        const QString out = parser.value(QStringLiteral("out"));
        const bool force = parser.isSet(QStringLiteral("force"));
        // CSV is the flat data (a row per ward and category); the other formats are the report.
        if (format == reports::Format::Csv) {
            QStringList lines {QStringLiteral("ward_code,ward_name,category,category_name,services,residents,gap")};
            for (const auto& cell : cells) {
                lines.append(QStringList {csvField(cell.wardCode), csvField(cell.wardName), csvField(cell.category),
                                          csvField(cell.categoryName), QString::number(cell.services),
                                          QString::number(cell.residents),
                                          cell.isGap() ? QStringLiteral("yes") : QStringLiteral("no")}
                                 .join(QLatin1Char(',')));
            }
            writeFileAtomically(out, (lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toUtf8(), force);
        } else {
            QByteArray data;
            try {
                data =
                    reports::writeReport(reports::gapReport(cells, asOf, store.councilSettings().councilName), format);
            } catch (const reports::ReportError& error) {
                throw Failure(ExitSoftware,
                              QStringLiteral("the %1 export failed: %2")
                                  .arg(reports::formatName(format), QString::fromUtf8(error.what())));
            }
            writeFileAtomically(out, data, force);
        }
        context.err() << cells.size() << " ward and category cells written to " << out << '\n';
        return ExitOk;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray rows;
        for (const auto& cell : cells) {
            rows.append(QJsonObject {{QStringLiteral("ward_code"), cell.wardCode},
                                     {QStringLiteral("ward_name"), cell.wardName},
                                     {QStringLiteral("category"), cell.category},
                                     {QStringLiteral("category_name"), cell.categoryName},
                                     {QStringLiteral("services"), cell.services},
                                     {QStringLiteral("residents"), cell.residents},
                                     {QStringLiteral("gap"), cell.isGap()}});
        }
        context.printJson(
            QJsonObject {{QStringLiteral("as_of"), asOf.toString(Qt::ISODate)}, {QStringLiteral("cells"), rows}});
        return ExitOk;
    }
    for (const auto& cell : cells) {
        context.out() << cell.wardCode << "  " << cell.wardName << "  " << cell.category << "  services "
                      << cell.services << "  residents " << cell.residents
                      << (cell.isGap() ? QStringLiteral("  GAP") : QString()) << '\n';
    }
    return ExitOk;
}

} // namespace

QList<Command> directoryCommands()
{
    return {
        {{QStringLiteral("service"), QStringLiteral("add")},
         QStringLiteral("--organisation ORG --name NAME [--category C,…] [--ward W,…] [--target-group G,…] "
                        "[--minimum-age N] [--maximum-age N] [--cost TEXT] [--capacity N] [--transport yes|no] … "
                        "[--json]"),
         QStringLiteral("Add a service to the community directory; prints its id."),
         {},
         addServiceOptions,
         addService},
        {{QStringLiteral("service"), QStringLiteral("update")},
         QStringLiteral("SERVICE [any option of service add]"),
         QStringLiteral("Change a service; options not given are kept, an empty value clears a field."),
         {QStringLiteral("SERVICE")},
         addServiceOptions,
         updateService},
        {{QStringLiteral("service"), QStringLiteral("list")},
         QStringLiteral("[--ward W] [--category C] [--stale] [--json]"),
         QStringLiteral("List the directory's services; flags those past their review date (stale)."),
         {},
         [](QCommandLineParser& parser) {
             parser.addOption(
                 {QStringLiteral("ward"), QStringLiteral("Only services serving this ward."), QStringLiteral("W")});
             parser.addOption(
                 {QStringLiteral("category"), QStringLiteral("Only services in this category."), QStringLiteral("C")});
             parser.addOption({QStringLiteral("stale"),
                               QStringLiteral("Only services not reviewed in the council's stale_after_months.")});
             parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON.")});
         },
         listServices},
        {{QStringLiteral("directory"), QStringLiteral("import")},
         QStringLiteral("FILE [--partial] [--json]"),
         QStringLiteral("Import an Open Referral UK 3.0 (or 1.0 page) JSON feed; a re-import updates in place."),
         {QStringLiteral("FILE")},
         [](QCommandLineParser& parser) {
             parser.addOption({QStringLiteral("partial"),
                               QStringLiteral("The file is part of a feed: do not mark services it leaves out as no "
                                              "longer in the feed.")});
             parser.addOption({QStringLiteral("json"), QStringLiteral("Print the counts as JSON.")});
         },
         importDirectory},
        {{QStringLiteral("directory"), QStringLiteral("export")},
         QStringLiteral("--out FILE [--force]"),
         QStringLiteral("Write the directory as an Open Referral UK 3.0 service_list page."),
         {},
         [](QCommandLineParser& parser) {
             parser.addOption(
                 {QStringLiteral("out"), QStringLiteral("The JSON file to write."), QStringLiteral("FILE")});
             parser.addOption({QStringLiteral("force"), QStringLiteral("Replace the file if it exists.")});
         },
         exportDirectory},
        {{QStringLiteral("directory"), QStringLiteral("gaps")},
         QStringLiteral(
             "[--as-of DATE] [--gaps-only] [--out FILE [--format csv|xlsx|odt|html|pdf] [--force]] [--json]"),
         QStringLiteral("Wards against categories: services available next to residents on the register; a GAP is "
                        "a ward with residents but no service of the category."),
         {},
         [](QCommandLineParser& parser) {
             parser.addOption({QStringLiteral("as-of"),
                               QStringLiteral("The date services must be running on "
                                              "(default today)."),
                               QStringLiteral("DATE")});
             parser.addOption({QStringLiteral("gaps-only"), QStringLiteral("Only the gaps.")});
             parser.addOption({QStringLiteral("out"),
                               QStringLiteral("Write to this file: CSV data (a row per ward and category), or the "
                                              "report as XLSX, ODT, HTML or PDF."),
                               QStringLiteral("FILE")});
             parser.addOption({QStringLiteral("format"),
                               QStringLiteral("csv, xlsx, odt, html or pdf (default: the --out file's extension, "
                                              "else csv)."),
                               QStringLiteral("FORMAT")});
             parser.addOption({QStringLiteral("force"), QStringLiteral("Replace the file if it exists.")});
             parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON.")});
         },
         gaps},
    };
}

} // namespace hearth::cli
