#include "Interchange.h"

#include <QCoreApplication>

#include "AuditLog.h"
#include "BulkWrite.h"
#include "ClosureHistory.h"
#include "Migrations.h"
#include "Store.h"
#include "Tables.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace hearth::storage {

namespace {

constexpr int kFormatVersion = 1;
const QString kExportFormat = QStringLiteral("hearth-interchange");
const QString kDumpFormat = QStringLiteral("hearth-dump");

QJsonObject allTables(Store& store)
{
    QJsonObject tables;
    for (const auto& table : syncedTables()) {
        tables.insert(table.name, table.rowsAsJson(store.db()));
    }
    return tables;
}

[[noreturn]] void refuse(const QString& message)
{
    throw Error(Error::Kind::Invalid, message);
}

QString lineAndColumn(const QByteArray& data, qsizetype offset)
{
    const QByteArray before = data.left(offset);
    const qsizetype line = before.count('\n') + 1;
    const qsizetype column = offset - (before.lastIndexOf('\n') + 1) + 1;
    return QStringLiteral("line %1, column %2").arg(line).arg(column);
}

} // namespace

qsizetype ImportSummary::total() const
{
    qsizetype sum = 0;
    for (const auto count : inserted) {
        sum += count;
    }
    return sum;
}

QByteArray exportJson(Store& store)
{
    QJsonObject document {
        {QStringLiteral("format"), kExportFormat},
        {QStringLiteral("format_version"), kFormatVersion},
        {QStringLiteral("schema_version"), latestSchemaVersion()},
        {QStringLiteral("exported_at"), isoTimestamp(store.clock().nowUtc())},
        {QStringLiteral("exported_by_site"), store.siteId()},
        {QStringLiteral("tables"), allTables(store)},
    };
    qsizetype rows = 0;
    for (const auto& table : document.value(QStringLiteral("tables")).toObject()) {
        rows += table.toArray().size();
    }
    store.audit().record(store.actingOfficerId(), QStringLiteral("export"), QStringLiteral("database"), QString(),
                         QStringLiteral("JSON export of %1 records").arg(rows));
    return QJsonDocument(document).toJson(QJsonDocument::Indented);
}

QByteArray dumpJson(Store& store)
{
    const QJsonObject document {
        {QStringLiteral("format"), kDumpFormat},
        {QStringLiteral("schema_version"), latestSchemaVersion()},
        {QStringLiteral("tables"), allTables(store)},
    };
    return QJsonDocument(document).toJson(QJsonDocument::Indented);
}

ImportSummary importJson(Store& store, const QByteArray& data)
{
    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        refuse(QCoreApplication::translate("hearth::storage", "%1: %2 (the file is not complete JSON)")
                   .arg(lineAndColumn(data, parseError.offset), parseError.errorString()));
    }
    if (!document.isObject()) {
        refuse(QCoreApplication::translate("hearth::storage", "$: the file must hold one JSON object"));
    }
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != kExportFormat) {
        refuse(QCoreApplication::translate("hearth::storage",
                                           "format: this is not a Hearth interchange file (expected \"%1\")")
                   .arg(kExportFormat));
    }
    if (root.value(QStringLiteral("format_version")).toInt() != kFormatVersion) {
        refuse(QCoreApplication::translate("hearth::storage",
                                           "format_version: version %1 is not one this Hearth reads (it reads %2)")
                   .arg(root.value(QStringLiteral("format_version")).toInt())
                   .arg(kFormatVersion));
    }
    const int schema = root.value(QStringLiteral("schema_version")).toInt();
    if (schema < 1 || schema > latestSchemaVersion()) {
        refuse(
            QCoreApplication::translate(
                "hearth::storage", "schema_version: %1 is not one this Hearth knows (1 to %2); a newer Hearth wrote it")
                .arg(schema)
                .arg(latestSchemaVersion()));
    }
    const QJsonValue tablesValue = root.value(QStringLiteral("tables"));
    if (!tablesValue.isObject()) {
        refuse(QCoreApplication::translate("hearth::storage", "tables: is required (an object of tables)"));
    }
    const QJsonObject tables = tablesValue.toObject();
    QStringList known;
    for (const auto& table : syncedTables()) {
        known.append(table.name);
    }
    for (auto it = tables.begin(); it != tables.end(); ++it) {
        if (!known.contains(it.key())) {
            refuse(
                QCoreApplication::translate("hearth::storage", "tables.%1: is not a table Hearth knows").arg(it.key()));
        }
        if (!it.value().isArray()) {
            refuse(
                QCoreApplication::translate("hearth::storage", "tables.%1: must be a list of records").arg(it.key()));
        }
    }

    ImportSummary summary;
    auto& db = store.db();
    sql::Transaction transaction(db);
    // Rows may refer to rows later in the file (a correction to a later note); check at the end.
    db.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON"));
    BulkWrite bulk(db);
    // A file with closure history rows brings its own; one from before schema 12 gets the history
    // of its closed residents from the database (0012_closures.sql).
    std::optional<ClosureHistoryPause> closuresPaused;
    if (tables.contains(caseClosureTable().table)) {
        closuresPaused.emplace(db);
    }
    RowRules rules {store.clock().today(), store.councilVocabulary()};
    for (const auto& table : syncedTables()) {
        qsizetype inserted = 0;
        const QString problem = table.insertFromJson(db, tables.value(table.name).toArray(), rules, &inserted);
        if (table.name == settingTable().table) {
            rules.vocabulary = store.councilVocabulary(); // the file's target groups and barriers
        }
        if (!problem.isEmpty()) {
            refuse(problem);
        }
        summary.inserted.insert(table.name, inserted);
    }
    auto keys = db.prepare(QStringLiteral("PRAGMA foreign_key_check"));
    if (keys.step()) {
        const QString child = keys.text(0);
        const qint64 rowid = keys.integer(1);
        const QString parent = keys.text(2);
        const qint64 fk = keys.integer(3);
        QString key;
        QString column;
        for (const auto& table : syncedTables()) {
            if (table.name == child) {
                auto find = db.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE rowid = ?").arg(table.keyColumn, child));
                find.bind(1, rowid);
                if (find.step()) {
                    key = find.text(0);
                }
            }
        }
        auto fkList = db.prepare(QStringLiteral("PRAGMA foreign_key_list(%1)").arg(child));
        while (fkList.step()) {
            if (fkList.integer(0) == fk) {
                column = fkList.text(3);
            }
        }
        refuse(QCoreApplication::translate(
                   "hearth::storage", "%1 record %2, %3: refers to a %4 record that is not in the file or the database")
                   .arg(child, key, column, parent));
    }
    bulk.finish();
    if (closuresPaused) {
        closuresPaused->resume();
    }
    store.audit().record(store.actingOfficerId(), QStringLiteral("import"), QStringLiteral("database"), QString(),
                         QStringLiteral("JSON import of %1 records").arg(summary.total()));
    transaction.commit();
    store.checkpoint();
    return summary;
}

} // namespace hearth::storage
