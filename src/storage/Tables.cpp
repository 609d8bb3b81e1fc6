#include "Tables.h"

#include <QCoreApplication>

#include "measures/Instrument.h"

namespace hearth::storage {

namespace {

template <class T>
std::function<FieldErrors(const T&, const RowRules&)> noRules()
{
    return [](const T&, const RowRules&) { return FieldErrors {}; };
}

template <class T>
std::function<FieldErrors(const T&, const RowRules&)> rules()
{
    return [](const T& row, const RowRules&) { return row.validate(); };
}

template <class T>
std::function<FieldErrors(const T&, const RowRules&)> datedRules()
{
    return [](const T& row, const RowRules& rules) { return row.validate(rules.today); };
}

// Residents and services are checked against the council's target groups and barriers.
template <class T>
std::function<FieldErrors(const T&, const RowRules&)> vocabularyRules();

template <>
std::function<FieldErrors(const Resident&, const RowRules&)> vocabularyRules<Resident>()
{
    return [](const Resident& row, const RowRules& rules) { return row.validate(rules.today, rules.vocabulary); };
}

template <>
std::function<FieldErrors(const Service&, const RowRules&)> vocabularyRules<Service>()
{
    return [](const Service& row, const RowRules& rules) { return row.validate(rules.vocabulary); };
}

QString checkReferralStatus(const QVariant& value)
{
    if (referralStatusFromCode(value.toString())) {
        return {};
    }
    QStringList codes;
    for (const auto status : allReferralStatuses()) {
        codes.append(referralStatusCode(status));
    }
    return QCoreApplication::translate("hearth::storage", "'%1' is not one of: %2")
        .arg(value.toString(), codes.join(QStringLiteral(", ")));
}

FieldSpec<Referral> referralStatusField()
{
    FieldSpec<Referral> field {QStringLiteral("status"), FieldKind::Text, true,
                               [](const Referral& row) { return QVariant(referralStatusCode(row.status)); },
                               [](Referral& row, const QVariant& value) {
                                   row.status =
                                       referralStatusFromCode(value.toString()).value_or(ReferralStatus::Draft);
                               }};
    field.check = checkReferralStatus;
    return field;
}

template <class T>
AnyTable erase(const TableSpec<T>& spec)
{
    AnyTable table;
    table.name = spec.table;
    table.keyColumn = spec.keyColumn();
    table.rowsAsJson = [&spec](sql::Connection& db) {
        QJsonArray rows;
        auto statement = db.prepare(selectSql(spec) + QStringLiteral(" ORDER BY %1").arg(spec.keyColumn()));
        while (statement.step()) {
            rows.append(rowToJson(spec, readRow(spec, statement)));
        }
        return rows;
    };
    table.insertFromJson = [&spec](sql::Connection& db, const QJsonArray& rows, const RowRules& rules,
                                   qsizetype* inserted) -> QString {
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const QString path = QStringLiteral("%1[%2]").arg(spec.table).arg(i);
            if (!rows.at(i).isObject()) {
                return path + QCoreApplication::translate("hearth::storage", ": must be an object");
            }
            QString problem;
            const auto row = rowFromJson(spec, rows.at(i).toObject(), path, &problem);
            if (!row) {
                return problem;
            }
            if (spec.key(*row).isEmpty()) {
                return QCoreApplication::translate("hearth::storage", "%1.%2: is required").arg(path, spec.keyColumn());
            }
            const FieldErrors errors = spec.validate(*row, rules);
            if (!errors.isEmpty()) {
                return QStringLiteral("%1.%2").arg(path, errors.first().text());
            }
            if (const auto held = findRow(db, spec, spec.key(*row))) {
                if (rowToJson(spec, *held) == rowToJson(spec, *row)) {
                    continue;
                }
                return QCoreApplication::translate("hearth::storage",
                                                   "%1.%2: a different record with this key is already in the database")
                    .arg(path, spec.keyColumn());
            }
            try {
                insertRow(db, spec, *row);
            } catch (const sql::Error& error) {
                return QStringLiteral("%1: %2").arg(path, QString::fromUtf8(error.what()));
            }
            ++*inserted;
        }
        return {};
    };
    return table;
}

} // namespace

const TableSpec<SettingRow>& settingTable()
{
    static const TableSpec<SettingRow> spec {
        QStringLiteral("settings"),
        {textField("key", &SettingRow::key, true), textField("value", &SettingRow::value)},
        &SettingRow::meta,
        noRules<SettingRow>()};
    return spec;
}

const TableSpec<Officer>& officerTable()
{
    static const TableSpec<Officer> spec {QStringLiteral("officers"),
                                          {textField("id", &Officer::id, true),
                                           textField("display_name", &Officer::displayName, true),
                                           textField("role", &Officer::role, true), textField("team", &Officer::team)},
                                          &Officer::meta,
                                          rules<Officer>()};
    return spec;
}

const TableSpec<Ward>& wardTable()
{
    static const TableSpec<Ward> spec {QStringLiteral("wards"),
                                       {textField("code", &Ward::code, true), textField("name", &Ward::name, true)},
                                       &Ward::meta,
                                       rules<Ward>()};
    return spec;
}

const TableSpec<Resident>& residentTable()
{
    using R = Resident;
    static const TableSpec<Resident> spec {QStringLiteral("residents"),
                                           {
                                               textField("id", &R::id, true),
                                               textField("given_name", &R::givenName),
                                               textField("family_name", &R::familyName),
                                               textField("preferred_name", &R::preferredName),
                                               dateField("date_of_birth", &R::dateOfBirth),
                                               textField("age_band_estimate", &R::ageBandEstimate),
                                               textField("sex", &R::sex),
                                               textField("gender_same_as_sex", &R::genderSameAsSex),
                                               textField("gender_identity", &R::genderIdentity),
                                               textField("ethnic_group", &R::ethnicGroup),
                                               textField("long_term_condition", &R::longTermCondition),
                                               textField("activity_limitation", &R::activityLimitation),
                                               textField("address_line1", &R::addressLine1),
                                               textField("address_line2", &R::addressLine2),
                                               textField("town", &R::town),
                                               textField("postcode", &R::postcode),
                                               textField("ward_code", &R::wardCode, true),
                                               textField("phone", &R::phone),
                                               textField("email", &R::email),
                                               textField("preferred_contact", &R::preferredContact),
                                               optionalBoolField("lives_alone", &R::livesAlone),
                                               optionalBoolField("is_carer", &R::isCarer),
                                               textListField("target_groups", &R::targetGroups),
                                               textListField("barriers", &R::barriers),
                                               dateField("identified_on", &R::identifiedOn, true),
                                               textField("identified_by", &R::identifiedBy),
                                               optionalBoolField("previously_engaged", &R::previouslyEngaged),
                                               boolField("consent_to_store", &R::consentToStore),
                                               boolField("consent_to_share", &R::consentToShare),
                                               dateField("consent_date", &R::consentDate),
                                               textField("lawful_basis", &R::lawfulBasis),
                                               textField("assigned_officer_id", &R::assignedOfficerId),
                                               dateField("crisis_since", &R::crisisSince),
                                               dateField("safeguarding_since", &R::safeguardingSince),
                                               textField("status", &R::status, true),
                                               dateField("closed_on", &R::closedOn),
                                               textField("closure_reason", &R::closureReason),
                                           },
                                           &R::meta,
                                           vocabularyRules<Resident>()};
    return spec;
}

const TableSpec<CaseClosure>& caseClosureTable()
{
    using C = CaseClosure;
    static const TableSpec<CaseClosure> spec {QStringLiteral("case_closures"),
                                              {
                                                  textField("id", &C::id, true),
                                                  textField("resident_id", &C::residentId, true),
                                                  dateField("closed_on", &C::closedOn, true),
                                                  textField("reason", &C::reason),
                                                  dateField("reopened_on", &C::reopenedOn),
                                              },
                                              &C::meta,
                                              rules<CaseClosure>()};
    return spec;
}

const TableSpec<Contact>& contactTable()
{
    using C = Contact;
    static const TableSpec<Contact> spec {QStringLiteral("contacts"),
                                          {
                                              textField("id", &C::id, true),
                                              textField("resident_id", &C::residentId, true),
                                              dateField("contact_on", &C::contactOn, true),
                                              textField("contact_time", &C::contactTime),
                                              textField("type", &C::type, true),
                                              optionalIntField("duration_minutes", &C::durationMinutes),
                                              textField("note", &C::note),
                                              textField("officer_id", &C::officerId),
                                              dateField("follow_up_due", &C::followUpDue),
                                              textField("corrects_contact_id", &C::correctsContactId),
                                          },
                                          &C::meta,
                                          datedRules<Contact>()};
    return spec;
}

const TableSpec<Measurement>& measurementTable()
{
    using M = Measurement;
    static const TableSpec<Measurement> spec {
        QStringLiteral("measurements"),
        {
            textField("id", &M::id, true),
            textField("resident_id", &M::residentId, true),
            textField("instrument", &M::instrument, true),
            textField("stage", &M::stage, true),
            dateField("taken_on", &M::takenOn, true),
            {QStringLiteral("responses"), FieldKind::IntegerList, true,
             [](const M& row) {
                 QVariantList list;
                 for (const auto& response : row.responses) {
                     list.append(response ? QVariant::fromValue<qint64>(*response) : QVariant());
                 }
                 return QVariant(list);
             },
             [](M& row, const QVariant& value) {
                 row.responses.clear();
                 for (const auto& item : value.toList()) {
                     row.responses.append(item.isNull() ? std::nullopt
                                                        : std::optional<int>(static_cast<int>(item.toLongLong())));
                 }
             }},
            textField("officer_id", &M::officerId),
        },
        &M::meta,
        // The shape, then the answers against the instrument's options, as when they are typed in.
        [](const M& row, const RowRules& rules) {
            FieldErrors errors = row.validate(rules.today);
            if (const auto* instrument = measures::instrument(row.instrument); errors.isEmpty() && instrument) {
                errors = measures::validateResponses(*instrument, row.responses);
            }
            return errors;
        }};
    return spec;
}

const TableSpec<Organisation>& organisationTable()
{
    using O = Organisation;
    static const TableSpec<Organisation> spec {QStringLiteral("organisations"),
                                               {
                                                   textField("id", &O::id, true),
                                                   textField("name", &O::name, true),
                                                   textField("description", &O::description),
                                                   textField("website", &O::website),
                                                   textField("email", &O::email),
                                                   textField("feed_id", &O::feedId),
                                               },
                                               &O::meta,
                                               rules<Organisation>()};
    return spec;
}

const TableSpec<Service>& serviceTable()
{
    using S = Service;
    static const TableSpec<Service> spec {QStringLiteral("services"),
                                          {
                                              textField("id", &S::id, true),
                                              textField("organisation_id", &S::organisationId, true),
                                              textField("name", &S::name, true),
                                              textField("description", &S::description),
                                              textField("status", &S::status, true),
                                              textField("url", &S::url),
                                              textField("email", &S::email),
                                              textField("phone", &S::phone),
                                              textField("cost_description", &S::costDescription),
                                              optionalIntField("minimum_age", &S::minimumAge),
                                              optionalIntField("maximum_age", &S::maximumAge),
                                              textListField("categories", &S::categories),
                                              textListField("wards_served", &S::wardsServed),
                                              textListField("target_groups", &S::targetGroups),
                                              optionalIntField("capacity", &S::capacity),
                                              textField("accessibility", &S::accessibility),
                                              boolField("transport_provided", &S::transportProvided),
                                              dateField("started_on", &S::startedOn),
                                              dateField("ended_on", &S::endedOn),
                                              timestampField("last_modified", &S::lastModified),
                                              dateField("assured_date", &S::assuredDate),
                                              textField("feed_id", &S::feedId),
                                              boolField("in_feed", &S::inFeed),
                                          },
                                          &S::meta,
                                          vocabularyRules<Service>()};
    return spec;
}

const TableSpec<Location>& locationTable()
{
    using L = Location;
    static const TableSpec<Location> spec {QStringLiteral("locations"),
                                           {
                                               textField("id", &L::id, true),
                                               textField("name", &L::name),
                                               textField("address_line1", &L::addressLine1),
                                               textField("town", &L::town),
                                               textField("postcode", &L::postcode),
                                               textField("ward_code", &L::wardCode),
                                               optionalRealField("latitude", &L::latitude),
                                               optionalRealField("longitude", &L::longitude),
                                               textField("accessibility", &L::accessibility),
                                               textField("feed_id", &L::feedId),
                                           },
                                           &L::meta,
                                           rules<Location>()};
    return spec;
}

const TableSpec<ServiceLocation>& serviceLocationTable()
{
    using SL = ServiceLocation;
    static const TableSpec<ServiceLocation> spec {QStringLiteral("service_locations"),
                                                  {
                                                      textField("id", &SL::id, true),
                                                      textField("service_id", &SL::serviceId, true),
                                                      textField("location_id", &SL::locationId, true),
                                                  },
                                                  &SL::meta,
                                                  noRules<ServiceLocation>()};
    return spec;
}

const TableSpec<Schedule>& scheduleTable()
{
    using S = Schedule;
    static const TableSpec<Schedule> spec {QStringLiteral("schedules"),
                                           {
                                               textField("id", &S::id, true),
                                               textField("service_id", &S::serviceId, true),
                                               textField("service_location_id", &S::serviceLocationId),
                                               textField("freq", &S::freq),
                                               textField("by_day", &S::byDay),
                                               textField("opens_at", &S::opensAt),
                                               textField("closes_at", &S::closesAt),
                                               dateField("valid_from", &S::validFrom),
                                               dateField("valid_to", &S::validTo),
                                               textField("description", &S::description),
                                           },
                                           &S::meta,
                                           rules<Schedule>()};
    return spec;
}

const TableSpec<TaxonomyTerm>& taxonomyTermTable()
{
    using T = TaxonomyTerm;
    static const TableSpec<TaxonomyTerm> spec {QStringLiteral("taxonomy_terms"),
                                               {
                                                   textField("id", &T::id, true),
                                                   textField("code", &T::code, true),
                                                   textField("name", &T::name, true),
                                                   textField("taxonomy", &T::taxonomy),
                                                   textField("parent_id", &T::parentId),
                                               },
                                               &T::meta,
                                               noRules<TaxonomyTerm>()};
    return spec;
}

const TableSpec<Referral>& referralTable()
{
    using R = Referral;
    static const TableSpec<Referral> spec {QStringLiteral("referrals"),
                                           {
                                               textField("id", &R::id, true),
                                               textField("resident_id", &R::residentId, true),
                                               textField("service_id", &R::serviceId, true),
                                               textField("kind", &R::kind, true),
                                               referralStatusField(),
                                               dateField("created_on", &R::createdOn, true),
                                               dateField("sent_on", &R::sentOn),
                                               textField("outcome", &R::outcome),
                                               textField("note", &R::note),
                                               textField("officer_id", &R::officerId),
                                           },
                                           &R::meta,
                                           datedRules<Referral>()};
    return spec;
}

const TableSpec<ReferralEvent>& referralEventTable()
{
    using E = ReferralEvent;
    static const TableSpec<ReferralEvent> spec {
        QStringLiteral("referral_events"),
        {
            textField("id", &E::id, true),
            textField("referral_id", &E::referralId, true),
            {QStringLiteral("from_status"), FieldKind::Text, false,
             [](const E& row) { return row.fromStatus ? QVariant(referralStatusCode(*row.fromStatus)) : QVariant(); },
             [](E& row, const QVariant& value) {
                 row.fromStatus = value.isNull() ? std::nullopt : referralStatusFromCode(value.toString());
             },
             checkReferralStatus},
            {QStringLiteral("to_status"), FieldKind::Text, true,
             [](const E& row) { return QVariant(referralStatusCode(row.toStatus)); },
             [](E& row, const QVariant& value) {
                 row.toStatus = referralStatusFromCode(value.toString()).value_or(ReferralStatus::Draft);
             },
             checkReferralStatus},
            dateField("event_on", &E::on, true),
            textField("officer_id", &E::officerId),
            textField("note", &E::note),
        },
        &E::meta,
        noRules<ReferralEvent>()};
    return spec;
}

const TableSpec<Strategy>& strategyTable()
{
    using S = Strategy;
    static const TableSpec<Strategy> spec {QStringLiteral("strategies"),
                                           {
                                               textField("id", &S::id, true),
                                               textField("title", &S::title, true),
                                               dateField("period_from", &S::periodFrom),
                                               dateField("period_to", &S::periodTo),
                                           },
                                           &S::meta,
                                           rules<Strategy>()};
    return spec;
}

const TableSpec<Priority>& priorityTable()
{
    using P = Priority;
    static const TableSpec<Priority> spec {QStringLiteral("priorities"),
                                           {
                                               textField("id", &P::id, true),
                                               textField("strategy_id", &P::strategyId, true),
                                               intField("position", &P::position),
                                               textField("title", &P::title, true),
                                               textField("description", &P::description),
                                           },
                                           &P::meta,
                                           rules<Priority>()};
    return spec;
}

const TableSpec<ActionItem>& actionItemTable()
{
    using A = ActionItem;
    static const TableSpec<ActionItem> spec {QStringLiteral("action_items"),
                                             {
                                                 textField("id", &A::id, true),
                                                 textField("priority_id", &A::priorityId, true),
                                                 textField("title", &A::title, true),
                                                 textField("description", &A::description),
                                                 textField("lead_officer_id", &A::leadOfficerId),
                                                 textField("partner_organisation", &A::partnerOrganisation),
                                                 dateField("start_on", &A::startOn),
                                                 dateField("due_on", &A::dueOn),
                                                 textField("status", &A::status, true),
                                                 intField("percent_complete", &A::percentComplete),
                                                 textField("kpi_id", &A::kpiId),
                                             },
                                             &A::meta,
                                             rules<ActionItem>()};
    return spec;
}

const TableSpec<ActionUpdate>& actionUpdateTable()
{
    using U = ActionUpdate;
    static const TableSpec<ActionUpdate> spec {QStringLiteral("action_updates"),
                                               {
                                                   textField("id", &U::id, true),
                                                   textField("item_id", &U::itemId, true),
                                                   dateField("update_on", &U::updateOn, true),
                                                   textField("status", &U::status, true),
                                                   intField("percent_complete", &U::percentComplete),
                                                   textField("commentary", &U::commentary),
                                                   textField("officer_id", &U::officerId),
                                               },
                                               &U::meta,
                                               datedRules<ActionUpdate>()};
    return spec;
}

const QList<AnyTable>& syncedTables()
{
    static const QList<AnyTable> tables {
        erase(settingTable()),      erase(officerTable()),      erase(wardTable()),
        erase(residentTable()),     erase(caseClosureTable()),  erase(contactTable()),
        erase(measurementTable()),  erase(organisationTable()), erase(taxonomyTermTable()),
        erase(serviceTable()),      erase(locationTable()),     erase(serviceLocationTable()),
        erase(scheduleTable()),     erase(referralTable()),     erase(referralEventTable()),
        erase(strategyTable()),     erase(priorityTable()),     erase(actionItemTable()),
        erase(actionUpdateTable()),
    };
    return tables;
}

} // namespace hearth::storage
