#include "JsonSchema.h"
#include "OpenReferral.h"

#include "DomainTestHelpers.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using hearth::JsonProblem;
using hearth::JsonSchemaSet;

namespace {

QJsonObject parse(const char* json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

JsonSchemaSet smallSet()
{
    JsonSchemaSet set;
    set.add(QStringLiteral("thing.json"), parse(R"({"type": "object", "required": ["id", "name"],
        "properties": {"id": {"type": "string", "format": "uuid"}, "name": {"type": "string"},
                       "age": {"type": "number"}, "kind": {"type": "string", "enum": ["a", "b"]},
                       "when": {"type": "string", "format": "date-time"},
                       "site": {"type": "string", "format": "uri"},
                       "parts": {"type": "array", "items": {"$ref": "part.json"}},
                       "owner": {"$ref": "part.json"}}})"));
    set.add(QStringLiteral("part.json"), parse(R"({"type": "object", "required": ["id"],
        "properties": {"id": {"type": "string", "format": "uuid"}, "email": {"type": "string", "format": "email"}}})"));
    return set;
}

std::optional<JsonProblem> check(const char* json)
{
    return smallSet().validate(parse(json), QStringLiteral("thing.json"));
}

const char* kId = "ac148810-d857-441c-9679-408f346de14b";

} // namespace

TEST_CASE("A valid document has no problem", "[jsonschema]")
{
    CHECK_FALSE(check(R"({"id": "ac148810-d857-441c-9679-408f346de14b", "name": "x", "age": 3, "kind": "a",
        "when": "2023-03-15T10:30:45.123Z", "site": "http://example.com/x",
        "parts": [{"id": "ac148810-d857-441c-9679-408f346de14b", "email": "a@b.org"}],
        "extra": "allowed"})"));
    Q_UNUSED(kId);
}

TEST_CASE("Each keyword reports the JSON path of the first problem", "[jsonschema]")
{
    struct Case
    {
        const char* json;
        const char* path;
        const char* message;
    };
    const Case cases[] = {
        {R"({"name": "x"})", "$.id", "is required"},
        {R"({"id": 7, "name": "x"})", "$.id", "is a number, expected a string"},
        {R"({"id": "nope", "name": "x"})", "$.id", "'nope' is not a UUID"},
        {R"({"id": "ac148810-d857-441c-9679-408f346de14b", "name": "x", "age": "12"})", "$.age",
         "is a string, expected a number"},
        {R"({"id": "ac148810-d857-441c-9679-408f346de14b", "name": "x", "kind": "c"})", "$.kind",
         "'c' is not one of: a, b"},
        {R"({"id": "ac148810-d857-441c-9679-408f346de14b", "name": "x", "when": "yesterday"})", "$.when",
         "'yesterday' is not an ISO 8601 date and time"},
        {R"({"id": "ac148810-d857-441c-9679-408f346de14b", "name": "x", "site": "example.com"})", "$.site",
         "'example.com' is not an absolute URI"},
        {R"({"id": "ac148810-d857-441c-9679-408f346de14b", "name": "x", "parts": {}})", "$.parts",
         "is an object, expected an array"},
        {R"({"id": "ac148810-d857-441c-9679-408f346de14b", "name": "x",
             "parts": [{"id": "ac148810-d857-441c-9679-408f346de14b"}, {"email": "a@b"}]})",
         "$.parts[1].id", "is required"},
        {R"({"id": "ac148810-d857-441c-9679-408f346de14b", "name": "x",
             "owner": {"id": "ac148810-d857-441c-9679-408f346de14b", "email": "not an address"}})",
         "$.owner.email", "'not an address' is not an email address"},
    };
    for (const auto& each : cases) {
        INFO(each.json);
        const auto problem = check(each.json);
        REQUIRE(problem);
        CHECK(problem->path == QString::fromLatin1(each.path));
        CHECK(problem->message == QString::fromLatin1(each.message));
    }
}

TEST_CASE("A $ref to a schema that is not loaded is a problem, not a pass", "[jsonschema]")
{
    JsonSchemaSet set;
    set.add(QStringLiteral("a.json"), parse(R"({"properties": {"b": {"$ref": "b.json"}}})"));
    const auto problem = set.validate(parse(R"({"b": {}})"), QStringLiteral("a.json"));
    REQUIRE(problem);
    CHECK(problem->path == QStringLiteral("$.b"));
}

TEST_CASE("The built-in ORUK 3.0 schemas are all loaded and accept every official example", "[jsonschema][oruk]")
{
    const auto& schemas = JsonSchemaSet::openReferralUk();
    for (const char* name : {"service.json", "organization.json", "location.json", "service_at_location.json",
                             "schedule.json", "taxonomy.json", "taxonomy_term.json", "address.json", "attribute.json",
                             "cost_option.json", "phone.json", "contact.json"}) {
        CHECK(schemas.contains(QString::fromLatin1(name)));
    }
    const QDir examples(hearth::test::sourceDir() + QStringLiteral("/resources/oruk-3.0/examples"));
    const std::pair<const char*, const char*> documents[] = {
        {"service_full.json", "service.json"},
        {"organization_full.json", "organization.json"},
        {"service_at_location_full.json", "service_at_location.json"},
        {"taxonomy.json", "taxonomy.json"},
        {"taxonomy_term.json", "taxonomy_term.json"},
    };
    for (const auto& [file, schema] : documents) {
        QFile input(examples.filePath(QString::fromLatin1(file)));
        REQUIRE(input.open(QIODevice::ReadOnly));
        INFO(file);
        const auto problem =
            schemas.validate(QJsonDocument::fromJson(input.readAll()).object(), QString::fromLatin1(schema));
        CHECK_FALSE(problem);
        if (problem) {
            UNSCOPED_INFO(problem->text().toStdString());
        }
    }
    // The same checks catch a broken copy of the official example.
    QFile input(examples.filePath(QStringLiteral("service_full.json")));
    REQUIRE(input.open(QIODevice::ReadOnly));
    QJsonObject broken = QJsonDocument::fromJson(input.readAll()).object();
    QJsonArray links = broken.value(QStringLiteral("service_at_locations")).toArray();
    QJsonObject link = links.at(0).toObject();
    QJsonObject location = link.value(QStringLiteral("location")).toObject();
    location.insert(QStringLiteral("location_type"), QStringLiteral("floating"));
    link.insert(QStringLiteral("location"), location);
    links.replace(0, link);
    broken.insert(QStringLiteral("service_at_locations"), links);
    const auto problem = schemas.validate(broken, QStringLiteral("service.json"));
    REQUIRE(problem);
    CHECK(problem->path == QStringLiteral("$.service_at_locations[0].location.location_type"));
}

TEST_CASE("The built-in schemas and examples are the official ones in ../shared/oruk-3.0 when that is present",
          "[jsonschema][oruk]")
{
    const QDir shared(hearth::test::sourceDir() + QStringLiteral("/../shared/oruk-3.0"));
    if (!shared.exists()) {
        WARN("../shared/oruk-3.0 is not beside the source tree; the copy in resources/oruk-3.0 is not compared");
        return;
    }
    const QDir copy(hearth::test::sourceDir() + QStringLiteral("/resources/oruk-3.0"));
    for (const char* folder : {"schemata", "examples"}) {
        const QDir official(shared.filePath(QString::fromLatin1(folder)));
        const QStringList names = official.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        CHECK_FALSE(names.isEmpty());
        for (const QString& name : names) {
            INFO(folder << "/" << name.toStdString());
            QFile a(official.filePath(name));
            QFile b(copy.filePath(QString::fromLatin1(folder) + QLatin1Char('/') + name));
            REQUIRE(a.open(QIODevice::ReadOnly));
            REQUIRE(b.open(QIODevice::ReadOnly));
            CHECK(a.readAll() == b.readAll());
        }
    }
}
