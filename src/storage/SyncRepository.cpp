#include "SyncRepository.h"

#include <QCoreApplication>

#include "Sqlite.h"
#include "Store.h"
#include "Tables.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>

namespace hearth::storage {

namespace {

const QString kSeqKey = QStringLiteral("sync_seq");
const QString kRoleKey = QStringLiteral("role");

QString compact(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject parseObject(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

// A single JSON value stored as text: wrapped in an array, so null and strings survive.
QString valueText(const QJsonValue& value)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact));
}

QJsonValue valueFromText(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).array().at(0);
}

QJsonValue toJson(const QVariant& stored)
{
    switch (stored.typeId()) {
    case QMetaType::LongLong:
        return QJsonValue(stored.toLongLong());
    case QMetaType::Double:
        return QJsonValue(stored.toDouble());
    case QMetaType::QString:
        return QJsonValue(stored.toString());
    case QMetaType::QByteArray:
        return QJsonValue(QString::fromLatin1(stored.toByteArray().toBase64()));
    default:
        return QJsonValue(QJsonValue::Null);
    }
}

void bindJson(sql::Statement& statement, int index, const QJsonValue& value)
{
    if (value.isString()) {
        statement.bindText(index, value.toString());
    } else if (value.isDouble()) {
        const double number = value.toDouble();
        if (std::trunc(number) == number && std::fabs(number) < 9.0e15) {
            statement.bind(index, static_cast<qint64>(number));
        } else {
            statement.bind(index, number);
        }
    } else if (value.isBool()) {
        statement.bind(index, static_cast<qint64>(value.toBool() ? 1 : 0));
    } else {
        statement.bindNull(index);
    }
}

QJsonObject versionsToJson(const QMap<QString, qint64>& versions)
{
    QJsonObject object;
    for (auto it = versions.begin(); it != versions.end(); ++it) {
        object.insert(it.key(), it.value());
    }
    return object;
}

QMap<QString, qint64> versionsFromJson(const QJsonObject& object)
{
    QMap<QString, qint64> versions;
    for (auto it = object.begin(); it != object.end(); ++it) {
        versions.insert(it.key(), it.value().toInteger());
    }
    return versions;
}

int tableOrder(const QString& table)
{
    const auto& tables = syncedTables();
    for (int i = 0; i < tables.size(); ++i) {
        if (tables.at(i).name == table) {
            return i;
        }
    }
    return static_cast<int>(tables.size());
}

QDateTime optionalTime(const sql::Statement& statement, int column)
{
    return statement.isNull(column) ? QDateTime() : parseIsoTimestamp(statement.text(column));
}

QString optionalIso(const QDateTime& at)
{
    return at.isValid() ? isoTimestamp(at) : QString();
}

} // namespace

bool sameValue(const QJsonValue& a, const QJsonValue& b)
{
    if (a.isDouble() && b.isDouble()) {
        return a.toDouble() == b.toDouble();
    }
    return a == b;
}

// ---- RowState JSON --------------------------------------------------------------------------

QJsonObject RowState::toJson() const
{
    // Sites are listed once per row and fields name them by index: a site id is 36 characters.
    QStringList sites = versions.keys();
    for (const auto& field : fields) {
        if (!sites.contains(field.site)) {
            sites.append(field.site);
        }
    }
    QJsonArray counts;
    for (const auto& site : sites) {
        counts.append(versions.value(site));
    }
    QJsonObject fieldObject;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        QJsonArray entry {it->value, static_cast<qint64>(sites.indexOf(it->site)), it->counter};
        if (it->previous) {
            entry.append(*it->previous);
        }
        fieldObject.insert(it.key(), entry);
    }
    return {{QStringLiteral("t"), table},
            {QStringLiteral("k"), key},
            {QStringLiteral("s"), QJsonArray::fromStringList(sites)},
            {QStringLiteral("v"), counts},
            {QStringLiteral("f"), fieldObject}};
}

std::optional<RowState> RowState::fromJson(const QJsonObject& object, QString* error)
{
    RowState state;
    state.table = object.value(QStringLiteral("t")).toString();
    state.key = object.value(QStringLiteral("k")).toString();
    const QJsonArray sites = object.value(QStringLiteral("s")).toArray();
    const QJsonArray counts = object.value(QStringLiteral("v")).toArray();
    const QJsonValue fields = object.value(QStringLiteral("f"));
    if (state.table.isEmpty() || state.key.isEmpty() || sites.size() != counts.size() || !fields.isObject()) {
        *error = QCoreApplication::translate("hearth::storage", "a row state is incomplete (table '%1', key '%2')")
                     .arg(state.table, state.key);
        return std::nullopt;
    }
    for (qsizetype i = 0; i < sites.size(); ++i) {
        if (!sites.at(i).isString() || !counts.at(i).isDouble() || counts.at(i).toInteger() < 0) {
            *error = QCoreApplication::translate("hearth::storage", "%1 %2: a version is malformed")
                         .arg(state.table, state.key);
            return std::nullopt;
        }
        if (counts.at(i).toInteger() > 0) {
            state.versions.insert(sites.at(i).toString(), counts.at(i).toInteger());
        }
    }
    const QJsonObject fieldObject = fields.toObject();
    for (auto it = fieldObject.begin(); it != fieldObject.end(); ++it) {
        const QJsonArray entry = it.value().toArray();
        const qint64 siteIndex = entry.size() >= 3 ? entry.at(1).toInteger(-1) : -1;
        if (entry.size() < 3 || entry.size() > 4 || siteIndex < 0 || siteIndex >= sites.size()
            || entry.at(2).toInteger() < 1 || entry.at(0).isArray() || entry.at(0).isObject()) {
            *error = QCoreApplication::translate("hearth::storage", "%1 %2.%3: a field version is malformed")
                         .arg(state.table, state.key, it.key());
            return std::nullopt;
        }
        FieldVersion field;
        field.value = entry.at(0);
        field.site = sites.at(siteIndex).toString();
        field.counter = entry.at(2).toInteger();
        if (entry.size() == 4) {
            field.previous = entry.at(3);
        }
        state.fields.insert(it.key(), field);
    }
    return state;
}

// ---- team -----------------------------------------------------------------------------------

QString SyncRepository::role()
{
    return m_store.localValue(kRoleKey);
}

void SyncRepository::setRole(const QString& role)
{
    m_store.setLocalValue(kRoleKey, role);
}

// ---- capture --------------------------------------------------------------------------------

qint64 SyncRepository::capture()
{
    QList<QPair<QString, QString>> dirty;
    {
        auto statement = m_store.db().prepare(QStringLiteral("SELECT tbl, key FROM sync_dirty"));
        while (statement.step()) {
            dirty.append({statement.text(0), statement.text(1)});
        }
    }
    if (dirty.isEmpty()) {
        return 0;
    }
    sql::Transaction transaction(m_store.db());
    for (const auto& [table, key] : dirty) {
        captureRow(table, key);
    }
    transaction.commit();
    return dirty.size();
}

void SyncRepository::captureRow(const QString& table, const QString& key, const QStringList& force)
{
    auto& db = m_store.db();
    const auto current = row(table, key);
    auto& forget = db.cached(QStringLiteral("DELETE FROM sync_dirty WHERE tbl = ? AND key = ?"));
    forget.bind(1, table).bind(2, key).run();
    if (!current) {
        return;
    }
    RowState state = this->state(table, key).value_or(RowState {table, key, {}, {}});
    const QString self = m_store.siteId();
    const qint64 counter = state.versions.value(self) + 1;
    const QString keyName = keyColumn(table);
    QStringList changed;
    for (auto it = current->begin(); it != current->end(); ++it) {
        if (it.key() == keyName) {
            continue;
        }
        const auto held = state.fields.constFind(it.key());
        const bool same = held != state.fields.cend() && sameValue(held->value, it.value());
        if (same && !force.contains(it.key())) {
            continue;
        }
        FieldVersion field {it.value(), self, counter, std::nullopt};
        if (held != state.fields.cend()) {
            field.previous = held->value;
        }
        state.fields.insert(it.key(), field);
        changed.append(it.key());
    }
    if (changed.isEmpty()) {
        return;
    }
    state.versions.insert(self, counter);
    saveState(state);
    // A person changed a field that was in conflict: that change is the decision.
    for (const auto& open : openConflicts(table, key)) {
        if (changed.contains(open.column) && !force.contains(open.column)) {
            closeConflict(open.id, QStringLiteral("settled"), QStringLiteral("changed here"), m_store.actingOfficerId(),
                          m_store.clock().nowUtc(), self);
        }
    }
}

qint64 SyncRepository::nextSeq()
{
    const qint64 next = lastSeq() + 1;
    m_store.setLocalValue(kSeqKey, QString::number(next));
    return next;
}

qint64 SyncRepository::lastSeq()
{
    return m_store.localValue(kSeqKey).toLongLong();
}

std::optional<RowState> SyncRepository::state(const QString& table, const QString& key)
{
    auto& statement = m_store.db().cached(QStringLiteral("SELECT state FROM sync_rows WHERE tbl = ? AND key = ?"));
    statement.bind(1, table).bind(2, key);
    if (!statement.step()) {
        return std::nullopt;
    }
    const QJsonObject object = parseObject(statement.text(0));
    statement.reset();
    QString error;
    auto state = RowState::fromJson(object, &error);
    if (!state) {
        throw Error(Error::Kind::Io,
                    QCoreApplication::translate("hearth::storage", "sync state of %1 %2 is damaged: %3")
                        .arg(table, key, error));
    }
    return state;
}

void SyncRepository::saveState(const RowState& state, const QString& source)
{
    auto& db = m_store.db();
    const qint64 seq = nextSeq();
    auto& save = db.cached(
        QStringLiteral("INSERT OR REPLACE INTO sync_rows (tbl, key, state, seq, source) VALUES (?, ?, ?, ?, ?)"));
    save.bind(1, state.table).bind(2, state.key).bind(3, compact(state.toJson())).bind(4, seq).bind(5, source).run();
    auto& forget = db.cached(QStringLiteral("DELETE FROM sync_dirty WHERE tbl = ? AND key = ?"));
    forget.bind(1, state.table).bind(2, state.key).run();
}

QList<RowState> SyncRepository::changedSince(qint64 seq, const QString& peer)
{
    QList<RowState> states;
    auto statement = m_store.db().prepare(
        QStringLiteral("SELECT state FROM sync_rows WHERE seq > ? AND (source IS NULL OR source IS NOT ?)"));
    statement.bind(1, seq).bind(2, peer);
    while (statement.step()) {
        QString error;
        auto state = RowState::fromJson(parseObject(statement.text(0)), &error);
        if (!state) {
            throw Error(Error::Kind::Io,
                        QCoreApplication::translate("hearth::storage", "sync state is damaged: %1").arg(error));
        }
        states.append(*state);
    }
    std::sort(states.begin(), states.end(), [](const RowState& a, const RowState& b) {
        const int orderA = tableOrder(a.table);
        const int orderB = tableOrder(b.table);
        return orderA != orderB ? orderA < orderB : a.key < b.key;
    });
    return states;
}

// ---- synced tables --------------------------------------------------------------------------

bool SyncRepository::isSyncedTable(const QString& table)
{
    return tableOrder(table) < syncedTables().size();
}

QString SyncRepository::keyColumn(const QString& table)
{
    for (const auto& any : syncedTables()) {
        if (any.name == table) {
            return any.keyColumn;
        }
    }
    throw Error(Error::Kind::Invalid,
                QCoreApplication::translate("hearth::storage", "%1 is not a synced table").arg(table));
}

QStringList SyncRepository::columns(const QString& table)
{
    thread_local QHash<QString, QStringList> cache;
    if (const auto it = cache.constFind(table); it != cache.cend()) {
        return *it;
    }
    const QString key = keyColumn(table);
    QStringList names {key};
    auto statement = m_store.db().prepare(QStringLiteral("SELECT name FROM pragma_table_info(?) ORDER BY cid"));
    statement.bind(1, table);
    while (statement.step()) {
        if (statement.text(0) != key) {
            names.append(statement.text(0));
        }
    }
    cache.insert(table, names);
    return names;
}

std::optional<QJsonObject> SyncRepository::row(const QString& table, const QString& key)
{
    const QStringList names = columns(table);
    auto& statement = m_store.db().cached(
        QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?").arg(names.join(QStringLiteral(", ")), table, names.first()));
    statement.bind(1, key);
    if (!statement.step()) {
        return std::nullopt;
    }
    QJsonObject values;
    for (int i = 0; i < names.size(); ++i) {
        values.insert(names.at(i), toJson(statement.value(i)));
    }
    statement.reset();
    return values;
}

void SyncRepository::writeRow(const QString& table, const QString& key, const QJsonObject& values)
{
    auto& db = m_store.db();
    const QStringList known = columns(table);
    QStringList names;
    for (auto it = values.begin(); it != values.end(); ++it) {
        if (it.key() != known.first() && known.contains(it.key())) {
            names.append(it.key());
        }
    }
    if (row(table, key)) {
        if (names.isEmpty()) {
            return;
        }
        QStringList assignments;
        for (const auto& name : names) {
            assignments.append(name + QStringLiteral(" = ?"));
        }
        auto& statement = db.cached(QStringLiteral("UPDATE %1 SET %2 WHERE %3 = ?")
                                        .arg(table, assignments.join(QStringLiteral(", ")), known.first()));
        int index = 1;
        for (const auto& name : names) {
            bindJson(statement, index++, values.value(name));
        }
        statement.bind(index, key);
        statement.run();
        if (db.changes() != 1) {
            throw Error(Error::Kind::Io,
                        QCoreApplication::translate("hearth::storage", "%1 %2 was not updated").arg(table, key));
        }
        return;
    }
    QStringList marks {QStringLiteral("?")};
    for (qsizetype i = 0; i < names.size(); ++i) {
        marks.append(QStringLiteral("?"));
    }
    auto& statement = db.cached(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                    .arg(table, (QStringList {known.first()} + names).join(QStringLiteral(", ")),
                                         marks.join(QStringLiteral(", "))));
    statement.bind(1, key);
    int index = 2;
    for (const auto& name : names) {
        bindJson(statement, index++, values.value(name));
    }
    statement.run();
}

QList<QPair<QString, QString>> SyncRepository::foreignKeys(const QString& table)
{
    thread_local QHash<QString, QList<QPair<QString, QString>>> cache;
    if (const auto it = cache.constFind(table); it != cache.cend()) {
        return *it;
    }
    QList<QPair<QString, QString>> keys;
    auto statement = m_store.db().prepare(QStringLiteral("SELECT \"from\", \"table\" FROM pragma_foreign_key_list(?)"));
    statement.bind(1, table);
    while (statement.step()) {
        keys.append({statement.text(0), statement.text(1)});
    }
    cache.insert(table, keys);
    return keys;
}

QStringList SyncRepository::foreignKeyProblems()
{
    QStringList problems;
    auto statement = m_store.db().prepare(QStringLiteral("PRAGMA foreign_key_check"));
    while (statement.step()) {
        const QString table = statement.text(0);
        const qint64 rowid = statement.integer(1);
        const QString parent = statement.text(2);
        QString key = QString::number(rowid);
        if (isSyncedTable(table)) {
            auto find =
                m_store.db().prepare(QStringLiteral("SELECT %1 FROM %2 WHERE rowid = ?").arg(keyColumn(table), table));
            find.bind(1, rowid);
            if (find.step()) {
                key = find.text(0);
            }
        }
        problems.append(QCoreApplication::translate("hearth::storage", "%1 %2 refers to a %3 record that is not held")
                            .arg(table, key, parent));
    }
    return problems;
}

// ---- caseload scope ------------------------------------------------------------------------

bool SyncRepository::isResidentTable(const QString& table)
{
    static const QStringList tables {QStringLiteral("residents"), QStringLiteral("case_closures"),
                                     QStringLiteral("contacts"),  QStringLiteral("measurements"),
                                     QStringLiteral("referrals"), QStringLiteral("referral_events")};
    return tables.contains(table);
}

QString SyncRepository::residentOf(const QString& table, const QString& key)
{
    if (table == QLatin1String("residents")) {
        return key;
    }
    if (!isResidentTable(table)) {
        return {};
    }
    auto& statement = m_store.db().cached(
        table == QLatin1String("referral_events")
            ? QStringLiteral("SELECT r.resident_id FROM referral_events e JOIN referrals r ON r.id = e.referral_id "
                             "WHERE e.id = ?")
            : QStringLiteral("SELECT resident_id FROM %1 WHERE id = ?").arg(table));
    statement.bind(1, key);
    QString resident;
    if (statement.step()) {
        resident = statement.text(0);
    }
    statement.reset();
    return resident;
}

QSet<QString> SyncRepository::residentsAssignedTo(const QString& officerId)
{
    QSet<QString> ids;
    auto statement = m_store.db().prepare(QStringLiteral("SELECT id FROM residents WHERE assigned_officer_id = ?"));
    statement.bind(1, officerId);
    while (statement.step()) {
        ids.insert(statement.text(0));
    }
    return ids;
}

namespace {
// sync_rows of every row of one resident's record (?1), parents first.
const QString kRecordRows = QStringLiteral(
    "SELECT 0, s.key, s.state, s.seq, s.source FROM sync_rows s WHERE s.tbl = 'residents' AND s.key = ?1 "
    "UNION ALL SELECT 1, s.key, s.state, s.seq, s.source FROM sync_rows s JOIN case_closures k ON s.tbl = "
    "'case_closures' AND s.key = k.id WHERE k.resident_id = ?1 "
    "UNION ALL SELECT 1, s.key, s.state, s.seq, s.source FROM sync_rows s JOIN contacts c ON s.tbl = 'contacts' "
    "AND s.key = c.id WHERE c.resident_id = ?1 "
    "UNION ALL SELECT 2, s.key, s.state, s.seq, s.source FROM sync_rows s JOIN measurements m ON s.tbl = "
    "'measurements' AND s.key = m.id WHERE m.resident_id = ?1 "
    "UNION ALL SELECT 3, s.key, s.state, s.seq, s.source FROM sync_rows s JOIN referrals r ON s.tbl = 'referrals' "
    "AND s.key = r.id WHERE r.resident_id = ?1 "
    "UNION ALL SELECT 4, s.key, s.state, s.seq, s.source FROM sync_rows s JOIN referral_events e ON s.tbl = "
    "'referral_events' AND s.key = e.id JOIN referrals r ON r.id = e.referral_id WHERE r.resident_id = ?1 "
    "ORDER BY 1, 2");
} // namespace

QList<RowState> SyncRepository::recordStates(const QString& residentId)
{
    QList<RowState> states;
    auto& statement = m_store.db().cached(kRecordRows);
    statement.bind(1, residentId);
    while (statement.step()) {
        QString error;
        auto state = RowState::fromJson(parseObject(statement.text(2)), &error);
        if (!state) {
            statement.reset();
            throw Error(Error::Kind::Io,
                        QCoreApplication::translate("hearth::storage", "sync state is damaged: %1").arg(error));
        }
        states.append(*state);
    }
    statement.reset();
    return states;
}

bool SyncRepository::hasUnconfirmedChanges(const QString& residentId, const QString& peer, qint64 ackedSeq)
{
    auto& statement = m_store.db().cached(kRecordRows);
    statement.bind(1, residentId);
    bool unconfirmed = false;
    while (!unconfirmed && statement.step()) {
        unconfirmed = statement.integer(3) > ackedSeq && (statement.isNull(4) || statement.text(4) != peer);
    }
    statement.reset();
    return unconfirmed;
}

qint64 SyncRepository::removeRecordLocally(const QString& residentId)
{
    QList<PurgeMarker> removed;
    sql::Transaction transaction(m_store.db());
    erase(QStringLiteral("residents"), residentId, m_store.clock().nowUtc(), m_store.siteId(), false, removed);
    transaction.commit();
    return removed.size();
}

QHash<QString, ScopeEntry> SyncRepository::scope(const QString& peer)
{
    QHash<QString, ScopeEntry> entries;
    auto statement =
        m_store.db().prepare(QStringLiteral("SELECT resident_id, held, seq FROM sync_scope WHERE site_id = ?"));
    statement.bind(1, peer);
    while (statement.step()) {
        entries.insert(statement.text(0), {statement.integer(1) != 0, statement.integer(2)});
    }
    return entries;
}

void SyncRepository::setScope(const QString& peer, const QString& residentId, const ScopeEntry& entry)
{
    m_store.db()
        .cached(
            QStringLiteral("INSERT OR REPLACE INTO sync_scope (site_id, resident_id, held, seq) VALUES (?, ?, ?, ?)"))
        .bind(1, peer)
        .bind(2, residentId)
        .bind(3, static_cast<qint64>(entry.held ? 1 : 0))
        .bind(4, entry.seq)
        .run();
}

void SyncRepository::noteHeldByPeer(const QString& peer, const QString& residentId)
{
    m_store.db()
        .cached(
            QStringLiteral("INSERT OR IGNORE INTO sync_scope (site_id, resident_id, held, seq) VALUES (?, ?, 1, 0)"))
        .bind(1, peer)
        .bind(2, residentId)
        .run();
}

std::optional<CaseloadEntry> SyncRepository::caseloadEntry(const QString& residentId)
{
    auto& statement =
        m_store.db().cached(QStringLiteral("SELECT sender, seq, held FROM sync_caseload WHERE resident_id = ?"));
    statement.bind(1, residentId);
    if (!statement.step()) {
        return std::nullopt;
    }
    CaseloadEntry entry {residentId, statement.text(0), statement.integer(1), statement.integer(2) != 0};
    statement.reset();
    return entry;
}

void SyncRepository::setCaseloadEntry(const CaseloadEntry& entry)
{
    m_store.db()
        .cached(
            QStringLiteral("INSERT OR REPLACE INTO sync_caseload (resident_id, sender, seq, held) VALUES (?, ?, ?, ?)"))
        .bind(1, entry.residentId)
        .bind(2, entry.sender)
        .bind(3, entry.seq)
        .bind(4, static_cast<qint64>(entry.held ? 1 : 0))
        .run();
}

QStringList SyncRepository::releasedButHeld()
{
    QStringList ids;
    auto statement = m_store.db().prepare(QStringLiteral(
        "SELECT c.resident_id FROM sync_caseload c JOIN residents r ON r.id = c.resident_id WHERE c.held = 0 "
        "ORDER BY c.resident_id"));
    while (statement.step()) {
        ids.append(statement.text(0));
    }
    return ids;
}

// ---- erasure --------------------------------------------------------------------------------

bool SyncRepository::isPurged(const QString& table, const QString& key)
{
    return purgeMarker(table, key).has_value();
}

std::optional<PurgeMarker> SyncRepository::purgeMarker(const QString& table, const QString& key)
{
    auto& statement =
        m_store.db().cached(QStringLiteral("SELECT purged_at, site_id FROM sync_purged WHERE tbl = ? AND key = ?"));
    statement.bind(1, table).bind(2, key);
    if (!statement.step()) {
        return std::nullopt;
    }
    PurgeMarker marker {table, key, parseIsoTimestamp(statement.text(0)), statement.text(1)};
    statement.reset();
    return marker;
}

QList<PurgeMarker> SyncRepository::purge(const QString& table, const QString& key, const QDateTime& at,
                                         const QString& siteId)
{
    QList<PurgeMarker> markers;
    if (isPurged(table, key)) {
        return markers;
    }
    sql::Transaction transaction(m_store.db());
    erase(table, key, at, siteId, true, markers);
    transaction.commit();
    return markers;
}

void SyncRepository::erase(const QString& table, const QString& key, const QDateTime& at, const QString& siteId,
                           bool markers, QList<PurgeMarker>& erased)
{
    auto& db = m_store.db();
    // Children first: every synced row that refers to this one is erased with it.
    for (const auto& child : syncedTables()) {
        for (const auto& [column, parent] : foreignKeys(child.name)) {
            if (parent != table) {
                continue;
            }
            QStringList keys;
            auto statement =
                db.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?").arg(child.keyColumn, child.name, column));
            statement.bind(1, key);
            while (statement.step()) {
                keys.append(statement.text(0));
            }
            for (const auto& childKey : keys) {
                if ((child.name != table || childKey != key) && !(markers && isPurged(child.name, childKey))) {
                    erase(child.name, childKey, at, siteId, markers, erased);
                }
            }
        }
    }
    db.prepare(QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(table, keyColumn(table))).bind(1, key).run();
    if (db.changes() == 0 && !markers) {
        return; // erased already, as another row's child
    }
    for (const char* sql :
         {"DELETE FROM sync_rows WHERE tbl = ? AND key = ?", "DELETE FROM sync_dirty WHERE tbl = ? AND key = ?",
          "DELETE FROM sync_conflicts WHERE tbl = ? AND key = ?"}) {
        db.cached(QString::fromLatin1(sql)).bind(1, table).bind(2, key).run();
    }
    const PurgeMarker marker {table, key, at, siteId};
    if (markers) {
        addPurgeMarker(marker);
    }
    erased.append(marker);
}

void SyncRepository::addPurgeMarker(const PurgeMarker& marker)
{
    if (isPurged(marker.table, marker.key)) {
        return;
    }
    auto& statement = m_store.db().cached(
        QStringLiteral("INSERT INTO sync_purged (tbl, key, purged_at, site_id, seq) VALUES (?, ?, ?, ?, ?)"));
    statement.bind(1, marker.table)
        .bind(2, marker.key)
        .bind(3, isoTimestamp(marker.purgedAt))
        .bind(4, marker.siteId)
        .bind(5, nextSeq())
        .run();
}

QList<PurgeMarker> SyncRepository::purgedSince(qint64 seq)
{
    QList<PurgeMarker> markers;
    auto statement = m_store.db().prepare(
        QStringLiteral("SELECT tbl, key, purged_at, site_id FROM sync_purged WHERE seq > ? ORDER BY seq"));
    statement.bind(1, seq);
    while (statement.step()) {
        markers.append({statement.text(0), statement.text(1), parseIsoTimestamp(statement.text(2)), statement.text(3)});
    }
    return markers;
}

// ---- peers ----------------------------------------------------------------------------------

void SyncRepository::addPeer(const QString& siteId, const QString& name, const QString& officerId)
{
    auto& statement = m_store.db().cached(
        QStringLiteral("INSERT INTO sync_peers (site_id, name, added_at, officer_id) VALUES (?, ?, ?, ?) ON CONFLICT "
                       "(site_id) DO UPDATE SET name = excluded.name, officer_id = coalesce(excluded.officer_id, "
                       "officer_id)"));
    statement.bind(1, siteId).bind(2, name).bind(3, isoTimestamp(m_store.clock().nowUtc())).bind(4, officerId).run();
}

void SyncRepository::setPeerOfficer(const QString& siteId, const QString& officerId)
{
    m_store.db()
        .cached(QStringLiteral("UPDATE sync_peers SET officer_id = ? WHERE site_id = ?"))
        .bind(1, officerId)
        .bind(2, siteId)
        .run();
}

bool SyncRepository::removePeer(const QString& siteId)
{
    m_store.db().cached(QStringLiteral("DELETE FROM sync_peers WHERE site_id = ?")).bind(1, siteId).run();
    const bool removed = m_store.db().changes() > 0;
    m_store.db().cached(QStringLiteral("DELETE FROM sync_scope WHERE site_id = ?")).bind(1, siteId).run();
    return removed;
}

namespace {
const QString kPeerColumns = QStringLiteral(
    "SELECT site_id, name, acked_seq, received_seq, added_at, last_export_at, last_import_at, officer_id FROM "
    "sync_peers");

SyncPeer readPeer(const sql::Statement& statement)
{
    return {statement.text(0),          statement.text(1),          statement.integer(2),       statement.integer(3),
            optionalTime(statement, 4), optionalTime(statement, 5), optionalTime(statement, 6), statement.text(7)};
}
} // namespace

QList<SyncPeer> SyncRepository::peers()
{
    QList<SyncPeer> list;
    auto statement = m_store.db().prepare(kPeerColumns + QStringLiteral(" ORDER BY name, site_id"));
    while (statement.step()) {
        list.append(readPeer(statement));
    }
    return list;
}

std::optional<SyncPeer> SyncRepository::peer(const QString& siteId)
{
    auto statement = m_store.db().prepare(kPeerColumns + QStringLiteral(" WHERE site_id = ?"));
    statement.bind(1, siteId);
    if (!statement.step()) {
        return std::nullopt;
    }
    return readPeer(statement);
}

void SyncRepository::recordExport(const QString& siteId, const QDateTime& at)
{
    m_store.db()
        .cached(QStringLiteral("UPDATE sync_peers SET last_export_at = ? WHERE site_id = ?"))
        .bind(1, isoTimestamp(at))
        .bind(2, siteId)
        .run();
}

void SyncRepository::recordImport(const QString& siteId, qint64 receivedSeq, qint64 ackedSeq, const QDateTime& at)
{
    m_store.db()
        .cached(QStringLiteral("UPDATE sync_peers SET received_seq = max(received_seq, ?), acked_seq = max(acked_seq, "
                               "?), last_import_at = ? WHERE site_id = ?"))
        .bind(1, receivedSeq)
        .bind(2, ackedSeq)
        .bind(3, isoTimestamp(at))
        .bind(4, siteId)
        .run();
}

// ---- ledger ---------------------------------------------------------------------------------

namespace {
const QString kLedgerColumns = QStringLiteral("SELECT batch_id, sender, seq_from, seq_to, created_at, imported_at, "
                                              "rows_applied, conflicts FROM sync_ledger");
LedgerEntry readLedger(const sql::Statement& statement)
{
    return {statement.text(0),
            statement.text(1),
            statement.integer(2),
            statement.integer(3),
            parseIsoTimestamp(statement.text(4)),
            parseIsoTimestamp(statement.text(5)),
            statement.integer(6),
            statement.integer(7)};
}
} // namespace

std::optional<LedgerEntry> SyncRepository::ledgerEntry(const QString& batchId)
{
    auto statement = m_store.db().prepare(kLedgerColumns + QStringLiteral(" WHERE batch_id = ?"));
    statement.bind(1, batchId);
    if (!statement.step()) {
        return std::nullopt;
    }
    return readLedger(statement);
}

void SyncRepository::addLedgerEntry(const LedgerEntry& entry)
{
    m_store.db()
        .cached(QStringLiteral("INSERT INTO sync_ledger (batch_id, sender, seq_from, seq_to, created_at, imported_at, "
                               "rows_applied, conflicts) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"))
        .bind(1, entry.batchId)
        .bind(2, entry.sender)
        .bind(3, entry.seqFrom)
        .bind(4, entry.seqTo)
        .bind(5, isoTimestamp(entry.createdAt))
        .bind(6, isoTimestamp(entry.importedAt))
        .bind(7, entry.rowsApplied)
        .bind(8, entry.conflicts)
        .run();
}

QList<LedgerEntry> SyncRepository::ledger()
{
    QList<LedgerEntry> list;
    auto statement = m_store.db().prepare(kLedgerColumns + QStringLiteral(" ORDER BY imported_at, batch_id"));
    while (statement.step()) {
        list.append(readLedger(statement));
    }
    return list;
}

// ---- conflicts ------------------------------------------------------------------------------

namespace {
const QString kConflictColumns = QStringLiteral(
    "SELECT id, tbl, key, col, kind, base_known, base, mine, theirs, their_site, their_officer, their_at, "
    "edited_fields, vv, batch_id, raised_at, status, decision, decided_by, decided_at, decided_site FROM "
    "sync_conflicts");

SyncConflict readConflict(const sql::Statement& statement)
{
    SyncConflict conflict;
    conflict.id = statement.integer(0);
    conflict.table = statement.text(1);
    conflict.key = statement.text(2);
    conflict.column = statement.text(3);
    conflict.kind = statement.text(4);
    conflict.baseKnown = statement.integer(5) != 0;
    conflict.base = valueFromText(statement.text(6));
    conflict.mine = valueFromText(statement.text(7));
    conflict.theirs = valueFromText(statement.text(8));
    conflict.theirSite = statement.text(9);
    conflict.theirOfficer = statement.text(10);
    conflict.theirAt = optionalTime(statement, 11);
    for (const auto& field : QJsonDocument::fromJson(statement.text(12).toUtf8()).array()) {
        conflict.editedFields.append(field.toString());
    }
    conflict.versions = versionsFromJson(parseObject(statement.text(13)));
    conflict.batchId = statement.text(14);
    conflict.raisedAt = parseIsoTimestamp(statement.text(15));
    conflict.status = statement.text(16);
    conflict.decision = statement.text(17);
    conflict.decidedBy = statement.text(18);
    conflict.decidedAt = optionalTime(statement, 19);
    conflict.decidedSite = statement.text(20);
    return conflict;
}
} // namespace

qint64 SyncRepository::addConflict(const SyncConflict& conflict)
{
    auto& statement = m_store.db().cached(QStringLiteral(
        "INSERT INTO sync_conflicts (tbl, key, col, kind, base_known, base, mine, theirs, their_site, their_officer, "
        "their_at, edited_fields, vv, batch_id, raised_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    statement.bind(1, conflict.table)
        .bind(2, conflict.key)
        .bind(3, conflict.column)
        .bind(4, conflict.kind)
        .bind(5, static_cast<qint64>(conflict.baseKnown ? 1 : 0))
        .bind(6, valueText(conflict.base))
        .bind(7, valueText(conflict.mine))
        .bind(8, valueText(conflict.theirs))
        .bind(9, conflict.theirSite)
        .bind(10, conflict.theirOfficer)
        .bind(11, optionalIso(conflict.theirAt))
        .bind(12,
              QString::fromUtf8(
                  QJsonDocument(QJsonArray::fromStringList(conflict.editedFields)).toJson(QJsonDocument::Compact)))
        .bind(13, compact(versionsToJson(conflict.versions)))
        .bind(14, conflict.batchId)
        .bind(15, isoTimestamp(conflict.raisedAt))
        .run();
    auto& last = m_store.db().cached(QStringLiteral("SELECT last_insert_rowid()"));
    last.step();
    const qint64 id = last.integer(0);
    last.reset();
    return id;
}

QList<SyncConflict> SyncRepository::conflicts(bool openOnly)
{
    QList<SyncConflict> list;
    auto statement =
        m_store.db().prepare(kConflictColumns + (openOnly ? QStringLiteral(" WHERE status = 'open'") : QString())
                             + QStringLiteral(" ORDER BY id"));
    while (statement.step()) {
        list.append(readConflict(statement));
    }
    return list;
}

std::optional<SyncConflict> SyncRepository::conflict(qint64 id)
{
    auto statement = m_store.db().prepare(kConflictColumns + QStringLiteral(" WHERE id = ?"));
    statement.bind(1, id);
    if (!statement.step()) {
        return std::nullopt;
    }
    return readConflict(statement);
}

QList<SyncConflict> SyncRepository::openConflicts(const QString& table, const QString& key)
{
    QList<SyncConflict> list;
    auto& statement = m_store.db().cached(
        kConflictColumns + QStringLiteral(" WHERE status = 'open' AND tbl = ? AND key = ? ORDER BY id"));
    statement.bind(1, table).bind(2, key);
    while (statement.step()) {
        list.append(readConflict(statement));
    }
    statement.reset();
    return list;
}

void SyncRepository::closeConflict(qint64 id, const QString& status, const QString& decision, const QString& by,
                                   const QDateTime& at, const QString& site)
{
    m_store.db()
        .cached(QStringLiteral("UPDATE sync_conflicts SET status = ?, decision = ?, decided_by = ?, decided_at = ?, "
                               "decided_site = ? WHERE id = ?"))
        .bind(1, status)
        .bind(2, decision)
        .bind(3, by)
        .bind(4, isoTimestamp(at))
        .bind(5, site)
        .bind(6, id)
        .run();
}

} // namespace hearth::storage
