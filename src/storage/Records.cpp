#include "Records.h"

#include <QCoreApplication>

#include <QJsonValue>

#include <cmath>
#include <limits>
#include <optional>

namespace hearth::storage {

namespace {

QString compactJson(const QJsonArray& array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

// A whole number that fits the int the record holds it in; nullopt for anything else. Casting a
// double outside the target's range is undefined behaviour (found by fuzzing the interchange
// import with 1e300), and a number past int's range would wrap to another, valid-looking one.
std::optional<qint64> wholeInt(const QJsonValue& value)
{
    if (!value.isDouble()) {
        return std::nullopt;
    }
    const double number = value.toDouble();
    if (!(number >= std::numeric_limits<int>::min() && number <= std::numeric_limits<int>::max())
        || std::trunc(number) != number) {
        return std::nullopt;
    }
    return static_cast<qint64>(number);
}

} // namespace

QVariant toSqlValue(FieldKind kind, const QVariant& value)
{
    if (value.isNull()) {
        return kind == FieldKind::TextList || kind == FieldKind::IntegerList ? QVariant(QStringLiteral("[]"))
                                                                             : QVariant();
    }
    switch (kind) {
    case FieldKind::Text:
        return value.toString();
    case FieldKind::Date:
        return value.toDate().toString(Qt::ISODate);
    case FieldKind::Timestamp:
        return isoTimestamp(value.toDateTime());
    case FieldKind::Boolean:
        return QVariant::fromValue<qint64>(value.toBool() ? 1 : 0);
    case FieldKind::Integer:
        return QVariant::fromValue<qint64>(value.toLongLong());
    case FieldKind::Real:
        return value.toDouble();
    case FieldKind::TextList:
        return compactJson(QJsonArray::fromStringList(value.toStringList()));
    case FieldKind::IntegerList:
        return compactJson(QJsonArray::fromVariantList(value.toList()));
    }
    return {};
}

QVariant fromSqlValue(FieldKind kind, const QVariant& stored)
{
    if (stored.isNull()) {
        return {};
    }
    switch (kind) {
    case FieldKind::Text:
        return stored.toString();
    case FieldKind::Date:
        return parseIsoDate(stored.toString());
    case FieldKind::Timestamp:
        return parseIsoTimestamp(stored.toString());
    case FieldKind::Boolean:
        return stored.toLongLong() != 0;
    case FieldKind::Integer:
        return stored.toLongLong();
    case FieldKind::Real:
        return stored.toDouble();
    case FieldKind::TextList: {
        QStringList list;
        for (const auto& item : QJsonDocument::fromJson(stored.toString().toUtf8()).array()) {
            list.append(item.toString());
        }
        return list;
    }
    case FieldKind::IntegerList: {
        QVariantList list;
        for (const auto& item : QJsonDocument::fromJson(stored.toString().toUtf8()).array()) {
            list.append(item.isNull() ? QVariant() : QVariant::fromValue<qint64>(item.toInteger()));
        }
        return list;
    }
    }
    return {};
}

QJsonValue toJsonValue(FieldKind kind, const QVariant& value)
{
    if (value.isNull()) {
        return kind == FieldKind::TextList || kind == FieldKind::IntegerList ? QJsonValue(QJsonArray())
                                                                             : QJsonValue(QJsonValue::Null);
    }
    switch (kind) {
    case FieldKind::Text:
        return value.toString();
    case FieldKind::Date:
        return value.toDate().toString(Qt::ISODate);
    case FieldKind::Timestamp:
        return isoTimestamp(value.toDateTime());
    case FieldKind::Boolean:
        return value.toBool();
    case FieldKind::Integer:
        return value.toLongLong();
    case FieldKind::Real:
        return value.toDouble();
    case FieldKind::TextList:
        return QJsonArray::fromStringList(value.toStringList());
    case FieldKind::IntegerList:
        return QJsonArray::fromVariantList(value.toList());
    }
    return {};
}

std::optional<QVariant> fromJsonValue(FieldKind kind, const QJsonValue& value, QString* error)
{
    switch (kind) {
    case FieldKind::Text:
        if (!value.isString()) {
            *error = QCoreApplication::translate("hearth::storage", "must be text");
            return std::nullopt;
        }
        return value.toString();
    case FieldKind::Date: {
        const QDate date = value.isString() ? parseIsoDate(value.toString()) : QDate();
        if (!date.isValid()) {
            *error = QCoreApplication::translate("hearth::storage", "must be a date as YYYY-MM-DD");
            return std::nullopt;
        }
        return date;
    }
    case FieldKind::Timestamp: {
        const QDateTime at = value.isString() ? parseIsoTimestamp(value.toString()) : QDateTime();
        if (!at.isValid()) {
            *error = QCoreApplication::translate("hearth::storage", "must be an ISO-8601 timestamp");
            return std::nullopt;
        }
        return at;
    }
    case FieldKind::Boolean:
        if (!value.isBool()) {
            *error = QCoreApplication::translate("hearth::storage", "must be true or false");
            return std::nullopt;
        }
        return value.toBool();
    case FieldKind::Integer: {
        const auto number = wholeInt(value);
        if (!number) {
            *error = QCoreApplication::translate("hearth::storage", "must be a whole number from %1 to %2")
                         .arg(std::numeric_limits<int>::min())
                         .arg(std::numeric_limits<int>::max());
            return std::nullopt;
        }
        return QVariant::fromValue<qint64>(*number);
    }
    case FieldKind::Real:
        if (!value.isDouble()) {
            *error = QCoreApplication::translate("hearth::storage", "must be a number");
            return std::nullopt;
        }
        return value.toDouble();
    case FieldKind::TextList: {
        if (!value.isArray()) {
            *error = QCoreApplication::translate("hearth::storage", "must be a list of text");
            return std::nullopt;
        }
        QStringList list;
        for (const auto& item : value.toArray()) {
            if (!item.isString()) {
                *error = QCoreApplication::translate("hearth::storage", "must be a list of text");
                return std::nullopt;
            }
            list.append(item.toString());
        }
        return list;
    }
    case FieldKind::IntegerList: {
        if (!value.isArray()) {
            *error = QCoreApplication::translate("hearth::storage", "must be a list of whole numbers or nulls");
            return std::nullopt;
        }
        QVariantList list;
        for (const auto& item : value.toArray()) {
            if (item.isNull()) {
                list.append(QVariant());
            } else if (const auto number = wholeInt(item)) {
                list.append(QVariant::fromValue<qint64>(*number));
            } else {
                *error = QCoreApplication::translate("hearth::storage", "must be a list of whole numbers or nulls");
                return std::nullopt;
            }
        }
        return list;
    }
    }
    return std::nullopt;
}

const QStringList& metaColumns()
{
    static const QStringList columns {
        QStringLiteral("created_at"), QStringLiteral("updated_at"),  QStringLiteral("updated_by"),
        QStringLiteral("site_id"),    QStringLiteral("row_version"), QStringLiteral("deleted_at"),
    };
    return columns;
}

void bindMeta(sql::Statement& statement, int firstIndex, const RowMeta& meta)
{
    statement.bind(firstIndex, isoTimestamp(meta.createdAt));
    statement.bind(firstIndex + 1, isoTimestamp(meta.updatedAt));
    statement.bind(firstIndex + 2, meta.updatedBy);
    statement.bind(firstIndex + 3, meta.siteId);
    statement.bind(firstIndex + 4, meta.rowVersion);
    if (meta.deletedAt.isValid()) {
        statement.bind(firstIndex + 5, isoTimestamp(meta.deletedAt));
    } else {
        statement.bindNull(firstIndex + 5);
    }
}

RowMeta readMeta(const sql::Statement& statement, int firstColumn)
{
    RowMeta meta;
    meta.createdAt = parseIsoTimestamp(statement.text(firstColumn));
    meta.updatedAt = parseIsoTimestamp(statement.text(firstColumn + 1));
    meta.updatedBy = statement.text(firstColumn + 2);
    meta.siteId = statement.text(firstColumn + 3);
    meta.rowVersion = statement.integer(firstColumn + 4);
    if (!statement.isNull(firstColumn + 5)) {
        meta.deletedAt = parseIsoTimestamp(statement.text(firstColumn + 5));
    }
    return meta;
}

QJsonObject metaToJson(const RowMeta& meta)
{
    return {
        {QStringLiteral("created_at"), isoTimestamp(meta.createdAt)},
        {QStringLiteral("updated_at"), isoTimestamp(meta.updatedAt)},
        {QStringLiteral("updated_by"), meta.updatedBy.isEmpty() ? QJsonValue() : QJsonValue(meta.updatedBy)},
        {QStringLiteral("site_id"), meta.siteId},
        {QStringLiteral("row_version"), meta.rowVersion},
        {QStringLiteral("deleted_at"),
         meta.deletedAt.isValid() ? QJsonValue(isoTimestamp(meta.deletedAt)) : QJsonValue()},
    };
}

std::optional<RowMeta> metaFromJson(const QJsonObject& object, const QString& path, QString* error)
{
    RowMeta meta;
    const auto timestamp = [&](const char* key, bool required, QDateTime* out) {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isUndefined() || value.isNull()) {
            if (required) {
                *error =
                    QCoreApplication::translate("hearth::storage", "%1.%2: is required").arg(path, QLatin1String(key));
                return false;
            }
            return true;
        }
        *out = value.isString() ? parseIsoTimestamp(value.toString()) : QDateTime();
        if (!out->isValid()) {
            *error = QCoreApplication::translate("hearth::storage", "%1.%2: must be an ISO-8601 timestamp")
                         .arg(path, QLatin1String(key));
            return false;
        }
        return true;
    };
    if (!timestamp("created_at", true, &meta.createdAt) || !timestamp("updated_at", true, &meta.updatedAt)
        || !timestamp("deleted_at", false, &meta.deletedAt)) {
        return std::nullopt;
    }
    const QJsonValue updatedBy = object.value(QStringLiteral("updated_by"));
    if (!updatedBy.isUndefined() && !updatedBy.isNull() && !updatedBy.isString()) {
        *error = QCoreApplication::translate("hearth::storage", "%1.updated_by: must be an officer id").arg(path);
        return std::nullopt;
    }
    meta.updatedBy = updatedBy.toString();
    const QJsonValue siteId = object.value(QStringLiteral("site_id"));
    if (!siteId.isString() || siteId.toString().isEmpty()) {
        *error = QCoreApplication::translate("hearth::storage", "%1.site_id: is required").arg(path);
        return std::nullopt;
    }
    meta.siteId = siteId.toString();
    const QJsonValue version = object.value(QStringLiteral("row_version"));
    if (!version.isDouble() || version.toInteger() < 1) {
        *error =
            QCoreApplication::translate("hearth::storage", "%1.row_version: must be a whole number from 1").arg(path);
        return std::nullopt;
    }
    meta.rowVersion = version.toInteger();
    return meta;
}

} // namespace hearth::storage
