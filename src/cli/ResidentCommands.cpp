// hearth-cli resident add|update|close|reopen|show|list
#include "ContactRepository.h"
#include "FieldOptions.h"
#include "OfficerRepository.h"
#include "ResidentRepository.h"
#include "Tables.h"

#include <QJsonArray>
#include <QJsonObject>

namespace hearth::cli {

namespace {

using storage::residentTable;

// Fields set by their own commands (close, reopen) or by Hearth, not by options.
const QStringList kNotOptions {QStringLiteral("id"), QStringLiteral("status"), QStringLiteral("closed_on"),
                               QStringLiteral("closure_reason")};

QMap<QString, FieldOptionHelp> residentHelp()
{
    return {
        {QStringLiteral("given_name"), {{QStringLiteral("given")}, nullptr, QStringLiteral("Given name")}},
        {QStringLiteral("family_name"), {{QStringLiteral("family")}, nullptr, QStringLiteral("Family name")}},
        {QStringLiteral("preferred_name"), {{}, nullptr, QStringLiteral("Name the resident likes to be called")}},
        {QStringLiteral("date_of_birth"), {{QStringLiteral("dob")}, nullptr, QStringLiteral("Date of birth")}},
        {QStringLiteral("age_band_estimate"),
         {{}, &vocab::ageBandEstimates(), QStringLiteral("Age band when the date of birth is unknown")}},
        {QStringLiteral("sex"), {{}, &vocab::sex(), QStringLiteral("Sex (Census 2021)")}},
        {QStringLiteral("gender_same_as_sex"),
         {{}, &vocab::genderSameAsSex(), QStringLiteral("Gender the same as sex registered at birth")}},
        {QStringLiteral("gender_identity"), {{}, nullptr, QStringLiteral("Gender identity, when not the same")}},
        {QStringLiteral("ethnic_group"), {{}, &vocab::ethnicGroups(), QStringLiteral("Ethnic group (Census 2021)")}},
        {QStringLiteral("long_term_condition"),
         {{}, &vocab::yesNoPreferNot(), QStringLiteral("Condition or illness lasting 12 months or more")}},
        {QStringLiteral("activity_limitation"),
         {{}, &vocab::activityLimitation(), QStringLiteral("Reduces ability to carry out day-to-day activities")}},
        {QStringLiteral("ward_code"), {{QStringLiteral("ward")}, nullptr, QStringLiteral("Ward (ONS code)")}},
        {QStringLiteral("preferred_contact"),
         {{}, &vocab::contactMethods(), QStringLiteral("Preferred contact method")}},
        {QStringLiteral("target_groups"),
         {{}, nullptr, QStringLiteral("Target groups (codes: 'hearth-cli vocabulary list target-groups')")}},
        {QStringLiteral("barriers"),
         {{}, nullptr, QStringLiteral("Barriers to taking part (codes: 'hearth-cli vocabulary list barriers')")}},
        {QStringLiteral("identified_on"), {{}, nullptr, QStringLiteral("Date identified (default today)")}},
        {QStringLiteral("identified_by"), {{}, &vocab::identifiedBy(), QStringLiteral("Who identified the resident")}},
        {QStringLiteral("previously_engaged"), {{}, nullptr, QStringLiteral("Previously engaged with services")}},
        {QStringLiteral("lawful_basis"), {{}, &vocab::lawfulBases(), QStringLiteral("Lawful basis for processing")}},
        {QStringLiteral("assigned_officer_id"),
         {{QStringLiteral("officer")}, nullptr, QStringLiteral("Assigned officer (id or exact name)")}},
        {QStringLiteral("crisis_since"), {{}, nullptr, QStringLiteral("Risk flag: crisis, date raised")}},
        {QStringLiteral("safeguarding_since"),
         {{}, nullptr, QStringLiteral("Risk flag: safeguarding concern, date raised")}},
    };
}

void addResidentOptions(QCommandLineParser& parser)
{
    addFieldOptions(parser, residentTable(), kNotOptions, residentHelp());
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print the stored record as JSON.")});
}

// --officer takes an id or an officer's exact display name.
void resolveOfficer(storage::Store& store, Resident& resident)
{
    if (resident.assignedOfficerId.isEmpty() || isUuid(resident.assignedOfficerId)) {
        return;
    }
    resident.assignedOfficerId =
        requireOfficerId(store, QStringLiteral("assigned_officer"), resident.assignedOfficerId);
}

void printResident(Context& context, const Resident& resident, bool json)
{
    if (json) {
        context.printJson(storage::rowToJson(residentTable(), resident));
        return;
    }
    context.out() << resident.id << '\n';
}

int add(Context& context, const QCommandLineParser& parser)
{
    auto& store = context.store();
    Resident resident;
    resident.identifiedOn = context.clock().today();
    applyFieldOptions(parser, residentTable(), kNotOptions, resident);
    resolveOfficer(store, resident);
    const Resident created = store.residents().create(resident);
    printResident(context, created, parser.isSet(QStringLiteral("json")));
    return ExitOk;
}

int update(Context& context, const QCommandLineParser& parser)
{
    auto& store = context.store();
    const QString id = parser.positionalArguments().at(0);
    auto resident = store.residents().find(id);
    if (!resident) {
        throw Failure(ExitDataError, QStringLiteral("resident: no resident has the id %1").arg(id));
    }
    const QStringList set = applyFieldOptions(parser, residentTable(), kNotOptions, *resident);
    if (set.isEmpty()) {
        throw Failure(ExitUsage, QStringLiteral("give at least one field to change (see --help)"));
    }
    resolveOfficer(store, *resident);
    const Resident saved = store.residents().update(*resident);
    printResident(context, saved, parser.isSet(QStringLiteral("json")));
    return ExitOk;
}

int close(Context& context, const QCommandLineParser& parser)
{
    const QString reason = parser.value(QStringLiteral("reason"));
    if (reason.isEmpty()) {
        throw Failure(ExitUsage,
                      QStringLiteral("--reason is required (%1)")
                          .arg(vocab::closureReasons().codes().join(QStringLiteral(", "))));
    }
    const QDate on = parser.isSet(QStringLiteral("on"))
        ? requireDate(QStringLiteral("on"), parser.value(QStringLiteral("on")))
        : context.clock().today();
    const Resident closed = context.store().residents().close(parser.positionalArguments().at(0), on, reason);
    printResident(context, closed, parser.isSet(QStringLiteral("json")));
    return ExitOk;
}

int reopen(Context& context, const QCommandLineParser& parser)
{
    const Resident opened = context.store().residents().reopen(parser.positionalArguments().at(0));
    printResident(context, opened, parser.isSet(QStringLiteral("json")));
    return ExitOk;
}

int show(Context& context, const QCommandLineParser& parser)
{
    auto& store = context.store();
    const Resident resident = store.residents().view(parser.positionalArguments().at(0));
    const QList<Contact> contacts = store.contacts().forResident(resident.id);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject object = storage::rowToJson(residentTable(), resident);
        QJsonArray contactRows;
        for (const auto& contact : contacts) {
            contactRows.append(storage::rowToJson(storage::contactTable(), contact));
        }
        object.insert(QStringLiteral("contacts"), contactRows);
        context.printJson(object);
        return ExitOk;
    }
    auto& out = context.out();
    for (const auto& field : residentTable().fields) {
        const QJsonValue value = storage::toJsonValue(field.kind, field.get(resident));
        if (value.isNull() || (value.isArray() && value.toArray().isEmpty())) {
            continue;
        }
        QString text = value.isArray() ? QString() : value.toVariant().toString();
        if (value.isArray()) {
            QStringList items;
            for (const auto& item : value.toArray()) {
                items.append(item.toString());
            }
            text = items.join(QStringLiteral(", "));
        } else if (value.isBool()) {
            text = value.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
        }
        out << field.name.leftJustified(20) << ' ' << text << '\n';
    }
    out << "contacts             " << contacts.size() << '\n';
    for (const auto& contact : contacts) {
        out << "  " << contact.contactOn.toString(Qt::ISODate) << ' ' << contact.type.leftJustified(13) << ' '
            << contact.note.left(60).replace(QLatin1Char('\n'), QLatin1Char(' '));
        if (contact.followUpDue.isValid()) {
            out << " (follow up " << contact.followUpDue.toString(Qt::ISODate) << ')';
        }
        out << '\n';
    }
    return ExitOk;
}

ResidentQuery::Sort parseSort(const QString& text)
{
    static const QMap<QString, ResidentQuery::Sort> sorts {
        {QStringLiteral("name"), ResidentQuery::Sort::Name},
        {QStringLiteral("ward"), ResidentQuery::Sort::Ward},
        {QStringLiteral("status"), ResidentQuery::Sort::Status},
        {QStringLiteral("officer"), ResidentQuery::Sort::Officer},
        {QStringLiteral("identified"), ResidentQuery::Sort::IdentifiedOn},
        {QStringLiteral("last-contact"), ResidentQuery::Sort::LastContact},
        {QStringLiteral("follow-up"), ResidentQuery::Sort::NextFollowUp},
        {QStringLiteral("target-groups"), ResidentQuery::Sort::TargetGroups},
        {QStringLiteral("risk"), ResidentQuery::Sort::Risk},
    };
    if (!sorts.contains(text)) {
        throw Failure(ExitUsage,
                      QStringLiteral("--sort: '%1' is not one of: %2")
                          .arg(text, QStringList(sorts.keys()).join(QStringLiteral(", "))));
    }
    return sorts.value(text);
}

int list(Context& context, const QCommandLineParser& parser)
{
    auto& store = context.store();
    ResidentQuery query;
    query.search = parser.value(QStringLiteral("search"));
    query.status = parser.value(QStringLiteral("status"));
    if (!query.status.isEmpty() && query.status != QLatin1String("open") && query.status != QLatin1String("closed")) {
        throw Failure(ExitUsage, QStringLiteral("--status: '%1' is not one of: open, closed").arg(query.status));
    }
    query.wardCode = parser.value(QStringLiteral("ward"));
    query.targetGroup = parser.value(QStringLiteral("target-group"));
    query.identifiedBy = parser.value(QStringLiteral("identified-by"));
    if (parser.isSet(QStringLiteral("officer"))) {
        query.officerId = requireOfficerId(store, QStringLiteral("officer"), parser.value(QStringLiteral("officer")));
    }
    query.followUpOverdue = parser.isSet(QStringLiteral("overdue"));
    query.riskOnly = parser.isSet(QStringLiteral("risk"));
    query.today = context.clock().today();
    query.sort = parseSort(parser.value(QStringLiteral("sort")));
    query.descending = parser.isSet(QStringLiteral("desc"));
    bool ok = true;
    query.offset = parser.isSet(QStringLiteral("offset")) ? parser.value(QStringLiteral("offset")).toInt(&ok) : 0;
    query.limit = parser.isSet(QStringLiteral("limit")) && ok ? parser.value(QStringLiteral("limit")).toInt(&ok)
                                                              : std::numeric_limits<int>::max();
    if (!ok || query.offset < 0 || query.limit < 0) {
        throw Failure(ExitUsage, QStringLiteral("--limit and --offset take whole numbers from 0"));
    }
    const auto page = store.residents().list(query);

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray rows;
        for (const auto& row : page.rows) {
            rows.append(QJsonObject {
                {QStringLiteral("id"), row.id},
                {QStringLiteral("given_name"), row.givenName},
                {QStringLiteral("family_name"), row.familyName},
                {QStringLiteral("preferred_name"),
                 row.preferredName.isEmpty() ? QJsonValue() : QJsonValue(row.preferredName)},
                {QStringLiteral("ward_code"), row.wardCode},
                {QStringLiteral("ward_name"), row.wardName},
                {QStringLiteral("postcode"), row.postcode.isEmpty() ? QJsonValue() : QJsonValue(row.postcode)},
                {QStringLiteral("target_groups"), QJsonArray::fromStringList(row.targetGroups)},
                {QStringLiteral("status"), row.status},
                {QStringLiteral("assigned_officer_id"),
                 row.officerId.isEmpty() ? QJsonValue() : QJsonValue(row.officerId)},
                {QStringLiteral("officer_name"),
                 row.officerName.isEmpty() ? QJsonValue() : QJsonValue(row.officerName)},
                {QStringLiteral("identified_on"), row.identifiedOn.toString(Qt::ISODate)},
                {QStringLiteral("last_contact_on"),
                 row.lastContactOn.isValid() ? QJsonValue(row.lastContactOn.toString(Qt::ISODate)) : QJsonValue()},
                {QStringLiteral("next_follow_up_on"),
                 row.nextFollowUpOn.isValid() ? QJsonValue(row.nextFollowUpOn.toString(Qt::ISODate)) : QJsonValue()},
                {QStringLiteral("risk_flag"), row.riskFlag},
            });
        }
        context.printJson(rows);
        return ExitOk;
    }
    auto& out = context.out();
    out << QStringLiteral("%1  %2  %3  %4  %5  %6\n")
               .arg(QStringLiteral("id").leftJustified(36), QStringLiteral("name").leftJustified(28),
                    QStringLiteral("ward").leftJustified(18), QStringLiteral("status").leftJustified(6),
                    QStringLiteral("last contact"), QStringLiteral("follow-up"));
    for (const auto& row : page.rows) {
        const QString name =
            QStringList {row.preferredName.isEmpty() ? row.givenName : row.preferredName, row.familyName}
                .join(QLatin1Char(' '))
                .trimmed();
        out << QStringLiteral("%1  %2  %3  %4  %5  %6%7\n")
                   .arg(row.id, name.left(28).leftJustified(28), row.wardName.left(18).leftJustified(18),
                        row.status.leftJustified(6), row.lastContactOn.toString(Qt::ISODate).leftJustified(12),
                        row.nextFollowUpOn.toString(Qt::ISODate), row.riskFlag ? QStringLiteral("  RISK") : QString());
    }
    context.err() << page.rows.size() << " of " << page.total << " residents\n";
    return ExitOk;
}

} // namespace

QList<Command> residentCommands()
{
    const auto jsonOption = [](QCommandLineParser& parser) {
        parser.addOption({QStringLiteral("json"), QStringLiteral("Print the stored record as JSON.")});
    };
    return {
        {{QStringLiteral("resident"), QStringLiteral("add")},
         QStringLiteral("--ward CODE (--given NAME | --family NAME) [FIELDS]"),
         QStringLiteral("Register a resident; prints the new id."),
         {},
         addResidentOptions,
         add},
        {{QStringLiteral("resident"), QStringLiteral("update")},
         QStringLiteral("RESIDENT [FIELDS]"),
         QStringLiteral("Change fields of a resident's record (an empty value clears a field)."),
         {QStringLiteral("RESIDENT")},
         addResidentOptions,
         update},
        {{QStringLiteral("resident"), QStringLiteral("close")},
         QStringLiteral("RESIDENT --reason REASON [--on DATE]"),
         QStringLiteral("Close a resident's case with the date and reason."),
         {QStringLiteral("RESIDENT")},
         [jsonOption](QCommandLineParser& parser) {
             parser.addOption(
                 {QStringLiteral("on"), QStringLiteral("Date closed (default today)."), QStringLiteral("DATE")});
             parser.addOption({QStringLiteral("reason"),
                               QStringLiteral("Closure reason (%1).")
                                   .arg(vocab::closureReasons().codes().join(QStringLiteral(", "))),
                               QStringLiteral("REASON")});
             jsonOption(parser);
         },
         close},
        {{QStringLiteral("resident"), QStringLiteral("reopen")},
         QStringLiteral("RESIDENT"),
         QStringLiteral("Reopen a closed case (the closure stays in the audit trail)."),
         {QStringLiteral("RESIDENT")},
         jsonOption,
         reopen},
        {{QStringLiteral("resident"), QStringLiteral("show")},
         QStringLiteral("RESIDENT [--json]"),
         QStringLiteral("Show a resident's record and contacts (recorded in the audit trail as a view)."),
         {QStringLiteral("RESIDENT")},
         jsonOption,
         show},
        {{QStringLiteral("resident"), QStringLiteral("list")},
         QStringLiteral("[--search TEXT] [--status open|closed] [FILTERS] [--json]"),
         QStringLiteral("List residents, filtered and sorted."),
         {},
         [](QCommandLineParser& parser) {
             parser.addOption({QStringLiteral("search"),
                               QStringLiteral("Words to find in names, postcode, phone or contact notes."),
                               QStringLiteral("TEXT")});
             parser.addOption({QStringLiteral("status"), QStringLiteral("open or closed."), QStringLiteral("STATUS")});
             parser.addOption({QStringLiteral("ward"), QStringLiteral("Ward code."), QStringLiteral("CODE")});
             parser.addOption(
                 {QStringLiteral("target-group"), QStringLiteral("Target group code."), QStringLiteral("GROUP")});
             parser.addOption({QStringLiteral("officer"), QStringLiteral("Assigned officer (id or name)."),
                               QStringLiteral("OFFICER")});
             parser.addOption(
                 {QStringLiteral("identified-by"), QStringLiteral("Who identified them."), QStringLiteral("SOURCE")});
             parser.addOption(
                 {QStringLiteral("overdue"), QStringLiteral("Only open cases with a follow-up due today or earlier.")});
             parser.addOption({QStringLiteral("risk"), QStringLiteral("Only residents with a risk flag.")});
             parser.addOption({QStringLiteral("sort"),
                               QStringLiteral("name, ward, status, officer, identified, last-contact or follow-up."),
                               QStringLiteral("KEY"), QStringLiteral("name")});
             parser.addOption({QStringLiteral("desc"), QStringLiteral("Sort in descending order.")});
             parser.addOption({QStringLiteral("limit"), QStringLiteral("At most N rows."), QStringLiteral("N")});
             parser.addOption(
                 {QStringLiteral("offset"), QStringLiteral("Skip the first N rows."), QStringLiteral("N")});
             parser.addOption({QStringLiteral("json"), QStringLiteral("Print a JSON array.")});
         },
         list},
    };
}

} // namespace hearth::cli
