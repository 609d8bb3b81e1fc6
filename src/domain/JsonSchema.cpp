#include "JsonSchema.h"

#include <QCoreApplication>

#include "Validation.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

#include <cmath>

namespace hearth {

namespace {

constexpr int kMaxDepth = 64; // a $ref cycle in a broken schema must not recurse forever

QString typeOf(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("undefined");
}

bool hasType(const QJsonValue& value, const QString& type)
{
    if (type == QLatin1String("integer")) {
        return value.isDouble() && std::floor(value.toDouble()) == value.toDouble();
    }
    return typeOf(value) == type;
}

QString article(const QString& type)
{
    return (type.startsWith(QLatin1Char('a')) || type.startsWith(QLatin1Char('o')) || type.startsWith(QLatin1Char('i'))
                ? QStringLiteral("an ")
                : QStringLiteral("a "))
        + type;
}

QString shown(const QJsonValue& value)
{
    if (value.isString()) {
        QString text = value.toString();
        if (text.size() > 60) {
            text = text.left(57) + QStringLiteral("...");
        }
        return QLatin1Char('\'') + text + QLatin1Char('\'');
    }
    if (value.isDouble()) {
        return QString::number(value.toDouble());
    }
    return typeOf(value);
}

std::optional<QString> formatProblem(const QString& format, const QString& text)
{
    if (format == QLatin1String("uuid")) {
        if (!isUuidText(text)) {
            return QCoreApplication::translate("hearth::JsonSchema", "'%1' is not a UUID").arg(text);
        }
    } else if (format == QLatin1String("uri")) {
        if (!isUriText(text)) {
            return QCoreApplication::translate("hearth::JsonSchema", "'%1' is not an absolute URI").arg(text);
        }
    } else if (format == QLatin1String("email")) {
        if (!isEmailText(text)) {
            return QCoreApplication::translate("hearth::JsonSchema", "'%1' is not an email address").arg(text);
        }
    } else if (format == QLatin1String("date")) {
        if (!parseIsoDate(text).isValid()) {
            return QCoreApplication::translate("hearth::JsonSchema", "'%1' is not a date as YYYY-MM-DD").arg(text);
        }
    } else if (format == QLatin1String("date-time")) {
        if (!isDateTimeText(text)) {
            return QCoreApplication::translate("hearth::JsonSchema", "'%1' is not an ISO 8601 date and time").arg(text);
        }
    }
    return std::nullopt; // unknown formats are annotations
}

} // namespace

bool isUuidText(const QString& text)
{
    static const QRegularExpression uuid(
        QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\z"));
    return uuid.match(text).hasMatch();
}

bool isUriText(const QString& text)
{
    static const QRegularExpression scheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*:\\S+\\z"));
    if (!scheme.match(text).hasMatch()) {
        return false;
    }
    return QUrl(text, QUrl::StrictMode).isValid();
}

bool isEmailText(const QString& text)
{
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\z"));
    return email.match(text).hasMatch();
}

bool isDateTimeText(const QString& text)
{
    static const QRegularExpression shape(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}[Tt ]\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?([Zz]|[+-]\\d{2}:\\d{2})\\z"));
    return shape.match(text).hasMatch() && QDateTime::fromString(text, Qt::ISODateWithMs).isValid();
}

bool JsonSchemaSet::loadFolder(const QString& folder, QString* error)
{
    const QDir dir(folder);
    const QStringList names = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    if (names.isEmpty()) {
        if (error) {
            *error = QCoreApplication::translate("hearth::JsonSchema", "%1: no schema files").arg(folder);
        }
        return false;
    }
    for (const QString& name : names) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            if (error) {
                *error = QCoreApplication::translate("hearth::JsonSchema", "%1: cannot be read").arg(file.fileName());
            }
            return false;
        }
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
        if (!document.isObject()) {
            if (error) {
                *error = QCoreApplication::translate("hearth::JsonSchema", "%1: not a JSON object (%2)")
                             .arg(file.fileName(), parseError.errorString());
            }
            return false;
        }
        m_schemas.insert(name, document.object());
    }
    return true;
}

const JsonSchemaSet& JsonSchemaSet::openReferralUk()
{
    static const JsonSchemaSet set = [] {
        JsonSchemaSet loaded;
        loaded.loadFolder(QStringLiteral(":/oruk-3.0/schemata"));
        return loaded;
    }();
    return set;
}

std::optional<JsonProblem> JsonSchemaSet::validate(const QJsonValue& value, const QString& schemaName,
                                                   const QString& path) const
{
    const auto found = m_schemas.constFind(schemaName);
    if (found == m_schemas.constEnd()) {
        return JsonProblem {path,
                            QCoreApplication::translate("hearth::JsonSchema", "no schema named %1").arg(schemaName)};
    }
    return check(value, *found, path, 0);
}

std::optional<JsonProblem> JsonSchemaSet::check(const QJsonValue& value, const QJsonObject& schema, const QString& path,
                                                int depth) const
{
    if (depth > kMaxDepth) {
        return JsonProblem {
            path, QCoreApplication::translate("hearth::JsonSchema", "the schema nests too deeply (a $ref cycle?)")};
    }
    if (const QJsonValue ref = schema.value(QStringLiteral("$ref")); ref.isString()) {
        const QString target = ref.toString().section(QLatin1Char('#'), 0, 0);
        const auto found = m_schemas.constFind(target);
        if (found == m_schemas.constEnd()) {
            return JsonProblem {
                path,
                QCoreApplication::translate("hearth::JsonSchema", "the schema refers to %1, which is not loaded")
                    .arg(target)};
        }
        if (auto problem = check(value, *found, path, depth + 1)) {
            return problem;
        }
    }
    if (const QJsonValue type = schema.value(QStringLiteral("type")); !type.isUndefined()) {
        QStringList types;
        if (type.isArray()) {
            for (const auto& each : type.toArray()) {
                types.append(each.toString());
            }
        } else {
            types.append(type.toString());
        }
        bool matched = false;
        for (const QString& each : types) {
            matched = matched || hasType(value, each);
        }
        if (!matched) {
            QStringList wanted;
            for (const QString& each : types) {
                wanted.append(article(each));
            }
            return JsonProblem {
                path,
                QStringLiteral("is %1, expected %2").arg(article(typeOf(value)), wanted.join(QStringLiteral(" or ")))};
        }
    }
    if (const QJsonValue allowed = schema.value(QStringLiteral("enum")); allowed.isArray()) {
        if (!allowed.toArray().contains(value)) {
            QStringList options;
            for (const auto& each : allowed.toArray()) {
                options.append(each.isString() ? each.toString() : QString::number(each.toDouble()));
            }
            return JsonProblem {path,
                                QCoreApplication::translate("hearth::JsonSchema", "%1 is not one of: %2")
                                    .arg(shown(value), options.join(QStringLiteral(", ")))};
        }
    }
    if (const QJsonValue format = schema.value(QStringLiteral("format")); format.isString() && value.isString()) {
        if (auto problem = formatProblem(format.toString(), value.toString())) {
            return JsonProblem {path, *problem};
        }
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (const auto& required : schema.value(QStringLiteral("required")).toArray()) {
            if (!object.contains(required.toString())) {
                return JsonProblem {path + QLatin1Char('.') + required.toString(),
                                    QCoreApplication::translate("hearth::JsonSchema", "is required")};
            }
        }
        const QJsonObject properties = schema.value(QStringLiteral("properties")).toObject();
        // In key order (QJsonObject sorts keys), so the "first" problem is the same on every run.
        for (auto it = properties.begin(); it != properties.end(); ++it) {
            if (!object.contains(it.key())) {
                continue;
            }
            if (auto problem = check(object.value(it.key()), it.value().toObject(), path + QLatin1Char('.') + it.key(),
                                     depth + 1)) {
                return problem;
            }
        }
    }
    if (value.isArray()) {
        if (const QJsonValue items = schema.value(QStringLiteral("items")); items.isObject()) {
            const QJsonArray array = value.toArray();
            for (qsizetype i = 0; i < array.size(); ++i) {
                if (auto problem =
                        check(array.at(i), items.toObject(), path + QStringLiteral("[%1]").arg(i), depth + 1)) {
                    return problem;
                }
            }
        }
    }
    return std::nullopt;
}

} // namespace hearth
