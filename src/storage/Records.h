#pragma once

// One description of each synced table, used for every way a row moves: SQL reads and writes,
// the JSON interchange format, and `dump`. A FieldSpec ties a domain member to its column and
// JSON key, so a field added to an entity is added in one place.

#include "Clock.h"
#include "CouncilVocabulary.h"
#include "RowMeta.h"
#include "Sqlite.h"
#include "Validation.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <optional>

namespace hearth::storage {

enum class FieldKind {
    Text, // QString; SQL TEXT; JSON string
    Date, // QDate; SQL TEXT YYYY-MM-DD; JSON string
    Timestamp, // QDateTime; SQL TEXT ISO-8601 UTC; JSON string
    Boolean, // bool; SQL 0/1; JSON true/false
    Integer, // qint64; SQL INTEGER; JSON number
    Real, // double; SQL REAL; JSON number
    TextList, // QStringList; SQL JSON array text; JSON array of strings
    IntegerList, // QVariantList of qint64 or null; SQL JSON array text; JSON array
};

// A value travels between the three forms as a QVariant of the kind's C++ type, or a null QVariant.
template <class T>
struct FieldSpec
{
    QString name; // column name and JSON key
    FieldKind kind;
    bool required; // NOT NULL: an import without it is refused
    std::function<QVariant(const T&)> get;
    std::function<void(T&, const QVariant&)> set;
    // Extra check of a value read from a file (e.g. a code from a closed list); empty = none.
    std::function<QString(const QVariant&)> check = nullptr;
};

// What an entity's rules need from outside the row.
struct RowRules
{
    QDate today; // bounds dates in the future
    CouncilVocabulary vocabulary; // the council's target groups and barriers
};

template <class T>
struct TableSpec
{
    QString table; // also the key of the table in JSON files
    QList<FieldSpec<T>> fields; // the key column first
    RowMeta T::*meta;
    // The entity's own rules.
    std::function<FieldErrors(const T&, const RowRules&)> validate;

    const QString& keyColumn() const { return fields.first().name; }
    QString key(const T& row) const { return fields.first().get(row).toString(); }
};

// ---- field builders -------------------------------------------------------------------------

template <class T>
FieldSpec<T> textField(const char* name, QString T::*member, bool required = false)
{
    return {QString::fromLatin1(name), FieldKind::Text, required,
            [member](const T& row) { return (row.*member).isEmpty() ? QVariant() : QVariant(row.*member); },
            [member](T& row, const QVariant& value) { row.*member = value.toString(); }};
}

template <class T>
FieldSpec<T> dateField(const char* name, QDate T::*member, bool required = false)
{
    return {QString::fromLatin1(name), FieldKind::Date, required,
            [member](const T& row) { return (row.*member).isValid() ? QVariant(row.*member) : QVariant(); },
            [member](T& row, const QVariant& value) { row.*member = value.toDate(); }};
}

template <class T>
FieldSpec<T> timestampField(const char* name, QDateTime T::*member, bool required = false)
{
    return {QString::fromLatin1(name), FieldKind::Timestamp, required,
            [member](const T& row) { return (row.*member).isValid() ? QVariant(row.*member) : QVariant(); },
            [member](T& row, const QVariant& value) { row.*member = value.toDateTime(); }};
}

template <class T>
FieldSpec<T> boolField(const char* name, bool T::*member)
{
    return {QString::fromLatin1(name), FieldKind::Boolean, true,
            [member](const T& row) { return QVariant(row.*member); },
            [member](T& row, const QVariant& value) { row.*member = value.toBool(); }};
}

template <class T>
FieldSpec<T> optionalBoolField(const char* name, std::optional<bool> T::*member)
{
    return {QString::fromLatin1(name), FieldKind::Boolean, false,
            [member](const T& row) { return row.*member ? QVariant(*(row.*member)) : QVariant(); },
            [member](T& row, const QVariant& value) {
                row.*member = value.isNull() ? std::nullopt : std::optional<bool>(value.toBool());
            }};
}

template <class T>
FieldSpec<T> intField(const char* name, int T::*member)
{
    return {QString::fromLatin1(name), FieldKind::Integer, true,
            [member](const T& row) { return QVariant(static_cast<qint64>(row.*member)); },
            [member](T& row, const QVariant& value) { row.*member = static_cast<int>(value.toLongLong()); }};
}

template <class T>
FieldSpec<T> optionalIntField(const char* name, std::optional<int> T::*member)
{
    return {QString::fromLatin1(name), FieldKind::Integer, false,
            [member](const T& row) { return row.*member ? QVariant(static_cast<qint64>(*(row.*member))) : QVariant(); },
            [member](T& row, const QVariant& value) {
                row.*member = value.isNull() ? std::nullopt : std::optional<int>(static_cast<int>(value.toLongLong()));
            }};
}

template <class T>
FieldSpec<T> optionalRealField(const char* name, std::optional<double> T::*member)
{
    return {QString::fromLatin1(name), FieldKind::Real, false,
            [member](const T& row) { return row.*member ? QVariant(*(row.*member)) : QVariant(); },
            [member](T& row, const QVariant& value) {
                row.*member = value.isNull() ? std::nullopt : std::optional<double>(value.toDouble());
            }};
}

template <class T>
FieldSpec<T> textListField(const char* name, QStringList T::*member)
{
    return {QString::fromLatin1(name), FieldKind::TextList, true,
            [member](const T& row) { return QVariant(row.*member); },
            [member](T& row, const QVariant& value) { row.*member = value.toStringList(); }};
}

// ---- conversions ----------------------------------------------------------------------------

// QVariant (kind's C++ type) -> what is bound to SQL.
QVariant toSqlValue(FieldKind kind, const QVariant& value);
// A column read from SQL -> QVariant of the kind's C++ type.
QVariant fromSqlValue(FieldKind kind, const QVariant& stored);
QJsonValue toJsonValue(FieldKind kind, const QVariant& value);
// Checks the JSON type and shape; on a problem returns nullopt and says why in `error`.
std::optional<QVariant> fromJsonValue(FieldKind kind, const QJsonValue& value, QString* error);

// The metadata columns, in the order every table has them after its own fields.
const QStringList& metaColumns();
void bindMeta(sql::Statement& statement, int firstIndex, const RowMeta& meta);
RowMeta readMeta(const sql::Statement& statement, int firstColumn);
QJsonObject metaToJson(const RowMeta& meta);
std::optional<RowMeta> metaFromJson(const QJsonObject& object, const QString& path, QString* error);

// ---- generic table operations ---------------------------------------------------------------

template <class T>
QStringList columnsOf(const TableSpec<T>& spec)
{
    QStringList columns;
    for (const auto& field : spec.fields) {
        columns.append(field.name);
    }
    return columns + metaColumns();
}

template <class T>
QString selectSql(const TableSpec<T>& spec)
{
    return QStringLiteral("SELECT %1 FROM %2").arg(columnsOf(spec).join(QStringLiteral(", ")), spec.table);
}

template <class T>
T readRow(const TableSpec<T>& spec, const sql::Statement& statement, int firstColumn = 0)
{
    T row;
    int column = firstColumn;
    for (const auto& field : spec.fields) {
        field.set(row, fromSqlValue(field.kind, statement.value(column++)));
    }
    row.*(spec.meta) = readMeta(statement, column);
    return row;
}

template <class T>
void insertRow(sql::Connection& db, const TableSpec<T>& spec, const T& row)
{
    const QStringList columns = columnsOf(spec);
    QStringList marks;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        marks.append(QStringLiteral("?"));
    }
    auto& statement =
        db.cached(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                      .arg(spec.table, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))));
    int index = 1;
    for (const auto& field : spec.fields) {
        statement.bind(index++, toSqlValue(field.kind, field.get(row)));
    }
    bindMeta(statement, index, row.*(spec.meta));
    statement.run();
}

// Writes every column of an existing row (matched on the key). Returns false if no row matched.
template <class T>
bool updateRow(sql::Connection& db, const TableSpec<T>& spec, const T& row)
{
    QStringList assignments;
    for (const auto& column : columnsOf(spec).mid(1)) {
        assignments.append(column + QStringLiteral(" = ?"));
    }
    auto& statement = db.cached(QStringLiteral("UPDATE %1 SET %2 WHERE %3 = ?")
                                    .arg(spec.table, assignments.join(QStringLiteral(", ")), spec.keyColumn()));
    int index = 1;
    for (const auto& field : spec.fields.mid(1)) {
        statement.bind(index++, toSqlValue(field.kind, field.get(row)));
    }
    bindMeta(statement, index, row.*(spec.meta));
    index += static_cast<int>(metaColumns().size());
    statement.bind(index, spec.key(row));
    statement.run();
    return db.changes() > 0;
}

template <class T>
std::optional<T> findRow(sql::Connection& db, const TableSpec<T>& spec, const QString& key)
{
    auto& statement = db.cached(selectSql(spec) + QStringLiteral(" WHERE %1 = ?").arg(spec.keyColumn()));
    statement.bind(1, key);
    if (!statement.step()) {
        return std::nullopt;
    }
    T row = readRow(spec, statement);
    statement.reset();
    return row;
}

template <class T>
QJsonObject rowToJson(const TableSpec<T>& spec, const T& row)
{
    QJsonObject object = metaToJson(row.*(spec.meta));
    for (const auto& field : spec.fields) {
        object.insert(field.name, toJsonValue(field.kind, field.get(row)));
    }
    return object;
}

// Reads one row of a JSON file; the first problem is reported as "path.field: message".
template <class T>
std::optional<T> rowFromJson(const TableSpec<T>& spec, const QJsonObject& object, const QString& path, QString* error)
{
    T row;
    QStringList known = metaColumns();
    for (const auto& field : spec.fields) {
        known.append(field.name);
        const QJsonValue value = object.value(field.name);
        if (value.isUndefined() || value.isNull()) {
            if (field.required && field.kind != FieldKind::TextList) {
                *error = QStringLiteral("%1.%2: is required").arg(path, field.name);
                return std::nullopt;
            }
            field.set(row, QVariant());
            continue;
        }
        QString problem;
        const auto converted = fromJsonValue(field.kind, value, &problem);
        if (!converted) {
            *error = QStringLiteral("%1.%2: %3").arg(path, field.name, problem);
            return std::nullopt;
        }
        if (field.check) {
            if (const QString message = field.check(*converted); !message.isEmpty()) {
                *error = QStringLiteral("%1.%2: %3").arg(path, field.name, message);
                return std::nullopt;
            }
        }
        field.set(row, *converted);
    }
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key())) {
            *error = QStringLiteral("%1.%2: is not a field of %3").arg(path, it.key(), spec.table);
            return std::nullopt;
        }
    }
    const auto meta = metaFromJson(object, path, error);
    if (!meta) {
        return std::nullopt;
    }
    row.*(spec.meta) = *meta;
    return row;
}

} // namespace hearth::storage
