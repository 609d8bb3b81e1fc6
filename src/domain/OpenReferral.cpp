#include "OpenReferral.h"

#include <QCoreApplication>

#include "Resident.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>

#include <cmath>

namespace hearth {

namespace {

// The namespace of the name-based UUIDs Hearth gives ORUK records it has no id for (a cost
// option, a service area, an attribute link), so an export is the same every time.
const QUuid kHearthNamespace(QStringLiteral("{6f1c2a4e-3b1d-4e8a-9a57-0c7d2b9e5f10}"));

QString derivedId(const QString& seed)
{
    return QUuid::createUuidV5(kHearthNamespace, seed).toString(QUuid::WithoutBraces);
}

// Open Referral UK 1.0 feeds name their records with any string ("1234", "svc-lunch"), where 3.0
// requires UUIDs. To check a 1.0 service against the 3.0 schemas, every id and reference to one
// ("id", "*_id") that is not a UUID is replaced by a name-based UUID of the feed's id, the same
// for the record and for every reference to it. The feed's own ids are still what a re-import is
// matched on (`feedId`), read from the original document.
QJsonValue withUuidIds(const QJsonValue& value)
{
    if (value.isArray()) {
        QJsonArray array;
        for (const auto& each : value.toArray()) {
            array.append(withUuidIds(each));
        }
        return array;
    }
    if (!value.isObject()) {
        return value;
    }
    QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const bool isId = it.key() == QLatin1String("id") || it.key().endsWith(QLatin1String("_id"));
        if (isId && (it.value().isString() || it.value().isDouble())) {
            const QString id =
                it.value().isString() ? it.value().toString() : QString::number(it.value().toDouble(), 'f', 0);
            if (!isUuidText(id)) {
                it.value() = derivedId(QStringLiteral("oruk-1.0/") + id);
            }
        } else if (it.value().isObject() || it.value().isArray()) {
            it.value() = withUuidIds(it.value());
        }
    }
    return object;
}

QString text(const QJsonObject& object, const char* key)
{
    return object.value(QLatin1String(key)).toString().trimmed();
}

// An id as the feed gives it: 1.0 feeds sometimes use numbers.
QString idText(const QJsonObject& object)
{
    const QJsonValue id = object.value(QStringLiteral("id"));
    return id.isDouble() ? QString::number(id.toDouble(), 'f', 0) : id.toString().trimmed();
}

struct Reader
{
    const JsonSchemaSet& schemas;
    OpenReferralRead result;

    void drop(const QString& path, const QString& message) { result.dropped.append({path, message}); }

    bool fail(const QString& path, const QString& message)
    {
        result.problem = JsonProblem {path, message};
        return false;
    }

    QDate date(const QJsonObject& object, const char* key, const QString& path)
    {
        const QString value = text(object, key);
        if (value.isEmpty()) {
            return {};
        }
        const QDate parsed = parseIsoDate(value.left(10));
        if (!parsed.isValid()) {
            drop(path + QLatin1Char('.') + QLatin1String(key),
                 QCoreApplication::translate("hearth::OpenReferral", "'%1' is not a date; left out").arg(value));
        }
        return parsed;
    }

    std::optional<int> age(const QJsonObject& object, const char* key)
    {
        const QJsonValue value = object.value(QLatin1String(key));
        if (!value.isDouble()) {
            return std::nullopt;
        }
        return static_cast<int>(std::lround(value.toDouble()));
    }

    // `legacy`: an item of a 1.0 page, whose ids need not be UUIDs (withUuidIds).
    bool readService(const QJsonObject& object, const QString& path, bool legacy = false)
    {
        const QJsonValue checked = legacy ? withUuidIds(object) : QJsonValue(object);
        if (auto problem = schemas.validate(checked, QStringLiteral("service.json"), path)) {
            result.problem = problem;
            return false;
        }
        DirectoryEntry entry;
        entry.path = path;
        Service& service = entry.service;
        service.feedId = idText(object);
        service.name = text(object, "name");
        service.description = text(object, "description");
        service.status = text(object, "status");
        service.url = text(object, "url");
        service.email = text(object, "email");
        service.minimumAge = age(object, "minimum_age");
        service.maximumAge = age(object, "maximum_age");
        service.assuredDate = date(object, "assured_date", path);
        if (const QString modified = text(object, "last_modified"); !modified.isEmpty()) {
            service.lastModified = QDateTime::fromString(modified, Qt::ISODateWithMs).toUTC();
        }
        service.costDescription = text(object, "fees");
        if (service.costDescription.isEmpty()) {
            QStringList costs;
            for (const auto& each : object.value(QStringLiteral("cost_options")).toArray()) {
                const QJsonObject cost = each.toObject();
                QStringList parts;
                if (const QString option = text(cost, "option"); !option.isEmpty()) {
                    parts.append(option);
                }
                if (cost.value(QStringLiteral("amount")).isDouble()) {
                    parts.append(QStringLiteral("£%1").arg(cost.value(QStringLiteral("amount")).toDouble(), 0, 'f', 2));
                }
                if (const QString what = text(cost, "amount_description"); !what.isEmpty()) {
                    parts.append(what);
                }
                if (!parts.isEmpty()) {
                    costs.append(parts.join(QLatin1Char(' ')));
                }
            }
            service.costDescription = costs.join(QStringLiteral("; "));
        }

        const QJsonObject organisation = object.value(QStringLiteral("organization")).toObject();
        if (organisation.isEmpty() || text(organisation, "name").isEmpty()) {
            return fail(path + QStringLiteral(".organization"),
                        QCoreApplication::translate(
                            "hearth::OpenReferral",
                            "is required with a name: Hearth files each service under its organisation"));
        }
        entry.organisation.feedId = idText(organisation);
        entry.organisation.name = text(organisation, "name");
        entry.organisation.description = text(organisation, "description");
        entry.organisation.website = text(organisation, "website");
        entry.organisation.email = text(organisation, "email");
        if (const auto errors = entry.organisation.validate(); !errors.isEmpty()) {
            return fail(path + QStringLiteral(".organization.") + errors.first().field, errors.first().message);
        }

        entry.placesStated = object.contains(QStringLiteral("service_at_locations"));
        entry.schedulesStated = object.contains(QStringLiteral("schedules"));
        entry.categoriesStated = object.contains(QStringLiteral("attributes"));
        const QJsonArray links = object.value(QStringLiteral("service_at_locations")).toArray();
        for (qsizetype i = 0; i < links.size(); ++i) {
            const QString linkPath = path + QStringLiteral(".service_at_locations[%1]").arg(i);
            const QJsonObject link = links.at(i).toObject();
            const QJsonObject location = link.value(QStringLiteral("location")).toObject();
            if (location.isEmpty()) {
                drop(linkPath,
                     QCoreApplication::translate("hearth::OpenReferral",
                                                 "names a location without describing it; left out"));
                continue;
            }
            DirectoryEntry::Place place;
            place.linkFeedId = text(link, "id");
            readLocation(location, linkPath + QStringLiteral(".location"), place.location);
            entry.places.append(place);
        }

        const QJsonArray schedules = object.value(QStringLiteral("schedules")).toArray();
        for (qsizetype i = 0; i < schedules.size(); ++i) {
            const QString schedulePath = path + QStringLiteral(".schedules[%1]").arg(i);
            const QJsonObject each = schedules.at(i).toObject();
            Schedule schedule;
            schedule.serviceLocationId = text(each, "service_at_location_id");
            schedule.freq = text(each, "freq");
            schedule.byDay = text(each, "byday");
            schedule.opensAt = text(each, "opens_at");
            schedule.closesAt = text(each, "closes_at");
            schedule.validFrom = date(each, "valid_from", schedulePath);
            schedule.validTo = date(each, "valid_to", schedulePath);
            schedule.description = text(each, "description");
            schedule.serviceId = QStringLiteral("00000000-0000-0000-0000-000000000000"); // checked here, set on save
            for (const auto& error : schedule.validate()) {
                if (error.field == QLatin1String("opens_at")) {
                    schedule.opensAt.clear();
                } else if (error.field == QLatin1String("closes_at")) {
                    schedule.closesAt.clear();
                } else if (error.field == QLatin1String("valid_to")) {
                    schedule.validTo = {};
                } else {
                    continue;
                }
                drop(schedulePath + QLatin1Char('.') + error.field,
                     error.message + QCoreApplication::translate("hearth::OpenReferral", "; left out"));
            }
            schedule.serviceId.clear();
            entry.schedules.append(schedule);
        }

        const QJsonArray attributes = object.value(QStringLiteral("attributes")).toArray();
        for (qsizetype i = 0; i < attributes.size(); ++i) {
            const QJsonObject term = attributes.at(i).toObject().value(QStringLiteral("taxonomy_term")).toObject();
            if (term.isEmpty()) {
                drop(path + QStringLiteral(".attributes[%1]").arg(i),
                     QCoreApplication::translate("hearth::OpenReferral",
                                                 "names a taxonomy term without describing it; left out"));
                continue;
            }
            TaxonomyTerm category;
            category.code = text(term, "term");
            if (category.code.isEmpty()) {
                category.code = text(term, "code");
            }
            if (category.code.isEmpty()) {
                category.code = text(term, "name");
            }
            category.name = text(term, "name");
            if (category.name.isEmpty()) {
                category.name = category.code;
            }
            category.taxonomy = text(term, "taxonomy");
            if (category.code.isEmpty() || service.categories.contains(category.code)) {
                continue;
            }
            service.categories.append(category.code);
            entry.terms.append(category);
        }

        // Hearth's own rules (an organisation id and Hearth's status are filled in on saving).
        service.organisationId = QStringLiteral("00000000-0000-0000-0000-000000000000");
        // A feed names no target groups, so Hearth's built-in list is all the check needs.
        if (const auto errors = service.validate(CouncilVocabulary()); !errors.isEmpty()) {
            return fail(path + QLatin1Char('.') + errors.first().field, errors.first().message);
        }
        service.organisationId.clear();
        result.entries.append(entry);
        return true;
    }

    void readLocation(const QJsonObject& object, const QString& path, Location& location)
    {
        location.feedId = idText(object);
        location.name = text(object, "name");
        const QJsonArray addresses = object.value(QStringLiteral("addresses")).toArray();
        QJsonObject address;
        for (const auto& each : addresses) {
            if (address.isEmpty() || text(each.toObject(), "address_type") == QLatin1String("physical")) {
                address = each.toObject();
            }
        }
        location.addressLine1 = text(address, "address_1");
        location.town = text(address, "city");
        const QString postcode = text(address, "postal_code");
        if (!postcode.isEmpty()) {
            if (isUkPostcode(postcode)) {
                location.postcode = postcode.toUpper();
            } else {
                drop(path + QStringLiteral(".addresses[0].postal_code"),
                     QCoreApplication::translate("hearth::OpenReferral", "'%1' is not a UK postcode; left out")
                         .arg(postcode));
            }
        }
        const QJsonValue latitude = object.value(QStringLiteral("latitude"));
        const QJsonValue longitude = object.value(QStringLiteral("longitude"));
        if (latitude.isDouble() && longitude.isDouble()) {
            if (std::abs(latitude.toDouble()) <= 90.0 && std::abs(longitude.toDouble()) <= 180.0) {
                location.latitude = latitude.toDouble();
                location.longitude = longitude.toDouble();
            } else {
                drop(path + QStringLiteral(".latitude"),
                     QCoreApplication::translate("hearth::OpenReferral", "%1, %2 is not a place on Earth; left out")
                         .arg(latitude.toDouble())
                         .arg(longitude.toDouble()));
            }
        }
        QStringList access;
        for (const auto& each : object.value(QStringLiteral("accessibility")).toArray()) {
            const QJsonObject item = each.toObject();
            QString description = text(item, "description");
            if (description.isEmpty()) {
                description = text(item, "accessibility");
            }
            if (!description.isEmpty()) {
                access.append(description);
            }
        }
        location.accessibility = access.join(QStringLiteral("; "));
    }

    // A page: 3.0 (contents) or 1.0 (content).
    bool readPage(const QJsonObject& page, const QString& path)
    {
        const QString key =
            page.contains(QStringLiteral("contents")) ? QStringLiteral("contents") : QStringLiteral("content");
        const QJsonValue contents = page.value(key);
        if (!contents.isArray()) {
            return fail(path + QLatin1Char('.') + key,
                        QCoreApplication::translate("hearth::OpenReferral", "is not an array of services"));
        }
        for (const char* number :
             {"total_items", "total_pages", "page_number", "size", "totalElements", "totalPages", "number"}) {
            const QJsonValue value = page.value(QLatin1String(number));
            if (!value.isUndefined() && !value.isDouble()) {
                return fail(path + QLatin1Char('.') + QLatin1String(number),
                            QCoreApplication::translate("hearth::OpenReferral", "is not a number"));
            }
        }
        for (const char* flag : {"first_page", "last_page", "empty", "first", "last"}) {
            const QJsonValue value = page.value(QLatin1String(flag));
            if (!value.isUndefined() && !value.isBool()) {
                return fail(path + QLatin1Char('.') + QLatin1String(flag),
                            QCoreApplication::translate("hearth::OpenReferral", "is not true or false"));
            }
        }
        const QJsonArray services = contents.toArray();
        for (qsizetype i = 0; i < services.size(); ++i) {
            const QString itemPath = path + QStringLiteral(".%1[%2]").arg(key).arg(i);
            if (!services.at(i).isObject()) {
                return fail(itemPath, QCoreApplication::translate("hearth::OpenReferral", "is not a service object"));
            }
            if (!readService(services.at(i).toObject(), itemPath, key == QLatin1String("content"))) {
                return false;
            }
        }
        return true;
    }

    bool readAny(const QJsonValue& value, const QString& path, bool allowArray)
    {
        if (value.isArray() && allowArray) {
            const QJsonArray array = value.toArray();
            for (qsizetype i = 0; i < array.size(); ++i) {
                if (!readAny(array.at(i), path + QStringLiteral("[%1]").arg(i), false)) {
                    return false;
                }
            }
            return true;
        }
        if (!value.isObject()) {
            return fail(path,
                        QCoreApplication::translate("hearth::OpenReferral",
                                                    "is not an Open Referral service or page of services"));
        }
        const QJsonObject object = value.toObject();
        if (object.contains(QStringLiteral("contents")) || object.contains(QStringLiteral("content"))) {
            return readPage(object, path);
        }
        return readService(object, path);
    }
};

QJsonObject withoutEmpty(const QJsonObject& object)
{
    QJsonObject result;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QJsonValue& value = it.value();
        if ((value.isString() && value.toString().isEmpty()) || value.isNull() || value.isUndefined()
            || (value.isArray() && value.toArray().isEmpty())) {
            continue;
        }
        result.insert(it.key(), value);
    }
    return result;
}

QString uriOrEmpty(const QString& value)
{
    return isUriText(value) ? value : QString();
}

QString emailOrEmpty(const QString& value)
{
    return isEmailText(value) ? value : QString();
}

QString dateText(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace

OpenReferralRead readOpenReferral(const QByteArray& json, const JsonSchemaSet& schemas)
{
    Reader reader {schemas, {}};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        reader.fail(QStringLiteral("$"),
                    QCoreApplication::translate("hearth::OpenReferral", "is not JSON: %1 at character %2")
                        .arg(parseError.errorString())
                        .arg(parseError.offset));
    } else {
        const QJsonValue root = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
        reader.readAny(root, QStringLiteral("$"), true);
    }
    if (reader.result.problem) {
        reader.result.entries.clear();
    }
    return reader.result;
}

QString openReferralId(const QString& hearthId, const QString& feedId)
{
    return isUuidText(feedId) ? feedId.toLower() : hearthId;
}

QJsonObject toOpenReferralService(const DirectoryEntry& entry, const QHash<QString, QString>& wardNames)
{
    const Service& service = entry.service;
    const QString serviceId = openReferralId(service.id, service.feedId);
    const QString organisationId = openReferralId(entry.organisation.id, entry.organisation.feedId);

    QJsonObject organisation = withoutEmpty({
        {QStringLiteral("id"), organisationId},
        {QStringLiteral("name"), entry.organisation.name},
        {QStringLiteral("website"), uriOrEmpty(entry.organisation.website)},
        {QStringLiteral("email"), emailOrEmpty(entry.organisation.email)},
    });
    organisation.insert(QStringLiteral("description"), entry.organisation.description); // required, may be empty

    QHash<QString, QString> linkIds; // Hearth service_location id -> ORUK id
    QJsonArray places;
    for (const auto& place : entry.places) {
        const Location& location = place.location;
        const QString locationId = openReferralId(location.id, location.feedId);
        const QString linkId = openReferralId(place.link.id, place.linkFeedId);
        linkIds.insert(place.link.id, linkId);
        QJsonObject oruk = withoutEmpty({
            {QStringLiteral("id"), locationId},
            {QStringLiteral("location_type"), QStringLiteral("physical")},
            {QStringLiteral("name"), location.name},
        });
        if (location.latitude && location.longitude) {
            oruk.insert(QStringLiteral("latitude"), *location.latitude);
            oruk.insert(QStringLiteral("longitude"), *location.longitude);
        }
        if (!location.addressLine1.isEmpty() || !location.postcode.isEmpty()) {
            oruk.insert(QStringLiteral("addresses"),
                        QJsonArray {QJsonObject {
                            {QStringLiteral("id"), derivedId(locationId + QStringLiteral("/address"))},
                            {QStringLiteral("location_id"), locationId},
                            {QStringLiteral("address_1"), location.addressLine1},
                            {QStringLiteral("city"), location.town},
                            {QStringLiteral("state_province"), QString()},
                            {QStringLiteral("postal_code"), location.postcode},
                            {QStringLiteral("country"), QStringLiteral("GB")},
                            {QStringLiteral("address_type"), QStringLiteral("physical")},
                        }});
        }
        if (!location.accessibility.isEmpty()) {
            oruk.insert(QStringLiteral("accessibility"),
                        QJsonArray {QJsonObject {
                            {QStringLiteral("id"), derivedId(locationId + QStringLiteral("/accessibility"))},
                            {QStringLiteral("location_id"), locationId},
                            {QStringLiteral("description"), location.accessibility},
                        }});
        }
        places.append(QJsonObject {
            {QStringLiteral("id"), linkId},
            {QStringLiteral("service_id"), serviceId},
            {QStringLiteral("location_id"), locationId},
            {QStringLiteral("location"), oruk},
        });
    }

    QJsonArray schedules;
    for (const auto& schedule : entry.schedules) {
        schedules.append(withoutEmpty({
            {QStringLiteral("id"), schedule.id},
            {QStringLiteral("service_id"), serviceId},
            {QStringLiteral("service_at_location_id"), linkIds.value(schedule.serviceLocationId)},
            {QStringLiteral("freq"), schedule.freq},
            {QStringLiteral("byday"), schedule.byDay},
            {QStringLiteral("opens_at"), schedule.opensAt},
            {QStringLiteral("closes_at"), schedule.closesAt},
            {QStringLiteral("valid_from"), dateText(schedule.validFrom)},
            {QStringLiteral("valid_to"), dateText(schedule.validTo)},
            {QStringLiteral("description"), schedule.description},
        }));
    }

    QJsonArray areas;
    for (const QString& ward : service.wardsServed) {
        const QString name = wardNames.value(ward, ward);
        areas.append(QJsonObject {
            {QStringLiteral("id"), derivedId(serviceId + QStringLiteral("/area/") + ward)},
            {QStringLiteral("service_id"), serviceId},
            {QStringLiteral("name"), name},
            {QStringLiteral("service_area"), ward},
        });
    }

    QJsonArray attributes;
    for (const QString& code : service.categories) {
        const TaxonomyTerm* term = nullptr;
        for (const auto& each : entry.terms) {
            if (each.code == code) {
                term = &each;
            }
        }
        const QString termId = term && isUuidText(term->id) ? term->id : derivedId(QStringLiteral("term/") + code);
        const QString name = term ? term->name : code;
        attributes.append(QJsonObject {
            {QStringLiteral("id"), derivedId(serviceId + QStringLiteral("/attribute/") + code)},
            {QStringLiteral("link_id"), serviceId},
            {QStringLiteral("link_type"), QStringLiteral("service")},
            {QStringLiteral("link_entity"), QStringLiteral("service")},
            {QStringLiteral("taxonomy_term_id"), termId},
            {QStringLiteral("taxonomy_term"),
             withoutEmpty({
                 {QStringLiteral("id"), termId},
                 {QStringLiteral("name"), name},
                 {QStringLiteral("description"), name},
                 {QStringLiteral("taxonomy"), term ? term->taxonomy : QString()},
                 {QStringLiteral("term"), code},
             })},
        });
    }

    QJsonArray costs;
    if (!service.costDescription.isEmpty()) {
        costs.append(QJsonObject {
            {QStringLiteral("id"), derivedId(serviceId + QStringLiteral("/cost"))},
            {QStringLiteral("service_id"), serviceId},
            {QStringLiteral("option"), service.costDescription},
        });
    }

    QJsonObject oruk = withoutEmpty({
        {QStringLiteral("id"), serviceId},
        {QStringLiteral("organization_id"), organisationId},
        {QStringLiteral("name"), service.name},
        {QStringLiteral("description"), service.description},
        {QStringLiteral("url"), uriOrEmpty(service.url)},
        {QStringLiteral("email"), emailOrEmpty(service.email)},
        {QStringLiteral("status"), service.status},
        {QStringLiteral("assured_date"), dateText(service.assuredDate)},
        {QStringLiteral("last_modified"),
         service.lastModified.isValid() ? service.lastModified.toUTC().toString(Qt::ISODateWithMs) : QString()},
        {QStringLiteral("schedules"), schedules},
        {QStringLiteral("service_areas"), areas},
        {QStringLiteral("service_at_locations"), places},
        {QStringLiteral("cost_options"), costs},
        {QStringLiteral("attributes"), attributes},
    });
    if (service.minimumAge) {
        oruk.insert(QStringLiteral("minimum_age"), *service.minimumAge);
    }
    if (service.maximumAge) {
        oruk.insert(QStringLiteral("maximum_age"), *service.maximumAge);
    }
    oruk.insert(QStringLiteral("organization"), organisation);
    return oruk;
}

QJsonObject toOpenReferralPage(const QList<QJsonObject>& services)
{
    QJsonArray contents;
    for (const auto& service : services) {
        contents.append(service);
    }
    const auto count = static_cast<qint64>(services.size());
    return {
        {QStringLiteral("total_items"), count},
        {QStringLiteral("total_pages"), 1},
        {QStringLiteral("page_number"), 1},
        {QStringLiteral("size"), count},
        {QStringLiteral("first_page"), true},
        {QStringLiteral("last_page"), true},
        {QStringLiteral("empty"), services.isEmpty()},
        {QStringLiteral("contents"), contents},
    };
}

} // namespace hearth
