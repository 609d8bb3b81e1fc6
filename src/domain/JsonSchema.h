#pragma once

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace hearth {

// The first problem found in a JSON document: where ("$.service_at_locations[0].location.id")
// and what ("is not a UUID").
struct JsonProblem
{
    QString path;
    QString message;

    QString text() const { return path + QStringLiteral(": ") + message; }
    bool operator==(const JsonProblem&) const = default;
};

// A small JSON Schema validator: the keywords the Open Referral UK 3.0 schemas use. `type`
// (string, number, integer, boolean, array, object, null), `properties`, `required`, `items`,
// `enum`, `format` (uuid, uri, email, date, date-time) and `$ref` to a sibling schema file by
// name ("location.json"). Other keywords (title, description, constraints, datapackage_*) are
// annotations and are ignored. Properties a schema does not list are allowed, as in JSON Schema.
class JsonSchemaSet
{
public:
    // Loads every *.json file in the folder (a Qt resource path works) keyed by file name.
    // Returns false and says why in `error` when a file is missing or not a JSON object.
    bool loadFolder(const QString& folder, QString* error = nullptr);
    void add(const QString& name, const QJsonObject& schema) { m_schemas.insert(name, schema); }
    bool contains(const QString& name) const { return m_schemas.contains(name); }

    // Validates `value` against the named schema; the first problem, or nullopt when valid.
    // `path` is the JSON path of `value` in its document.
    std::optional<JsonProblem> validate(const QJsonValue& value, const QString& schemaName,
                                        const QString& path = QStringLiteral("$")) const;

    // The Open Referral UK 3.0 schemas, built into Hearth.
    static const JsonSchemaSet& openReferralUk();

private:
    std::optional<JsonProblem> check(const QJsonValue& value, const QJsonObject& schema, const QString& path,
                                     int depth) const;

    QHash<QString, QJsonObject> m_schemas;
};

// The format checks, usable on their own.
bool isUuidText(const QString& text);
bool isUriText(const QString& text);
bool isEmailText(const QString& text);
bool isDateTimeText(const QString& text);

} // namespace hearth
