#include "Store.h"

#include <QCoreApplication>

#include "ActionPlanRepository.h"
#include "AuditLog.h"
#include "ContactRepository.h"
#include "Logging.h"
#include "MeasurementRepository.h"
#include "Migrations.h"
#include "OfficerRepository.h"
#include "ResidentRepository.h"
#include "Tables.h"
#include "WardRepository.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace hearth::storage {

namespace {

// PRAGMA application_id marks a file as Hearth's ("HRTH").
constexpr int kApplicationId = 0x48525448;

int busyTimeoutMs()
{
    bool ok = false;
    const int fromEnvironment = qEnvironmentVariableIntValue("HEARTH_BUSY_TIMEOUT_MS", &ok);
    return ok && fromEnvironment >= 0 ? fromEnvironment : 3000;
}

std::unique_ptr<sql::Connection> openConnection(const QString& path, Store::OpenMode mode)
{
    const QFileInfo file(path);
    if (mode == Store::OpenMode::Existing && !file.exists()) {
        throw Error(Error::Kind::CannotOpen,
                    QCoreApplication::translate("hearth::storage", "There is no Hearth database at %1.").arg(path));
    }
    if (mode == Store::OpenMode::CreateNew && file.exists()) {
        throw Error(Error::Kind::AlreadyExists,
                    QCoreApplication::translate(
                        "hearth::storage", "%1 already exists; Hearth will not overwrite it. Choose a new file name.")
                        .arg(path));
    }
    if (mode != Store::OpenMode::Existing && !QDir().mkpath(file.absolutePath())) {
        throw Error(
            Error::Kind::CannotOpen,
            QCoreApplication::translate("hearth::storage", "Cannot create the folder %1.").arg(file.absolutePath()));
    }
    try {
        return std::make_unique<sql::Connection>(path,
                                                 mode == Store::OpenMode::Existing
                                                     ? sql::Connection::Mode::ReadWrite
                                                     : sql::Connection::Mode::ReadWriteCreate);
    } catch (const sql::Error& error) {
        throw Error(Error::Kind::CannotOpen, QString::fromUtf8(error.what()));
    }
}

// Migration 11 counts the "reopen" audit events whose text it could not read into the case
// closure history (0012_closures.sql): say how many, once (a count, no text).
void logSkippedReopenEvents(sql::Connection& db)
{
    auto statement = db.prepare(QStringLiteral("SELECT value FROM local_meta WHERE key = 'migration_0011_skipped'"));
    if (!statement.step()) {
        return;
    }
    storageLog()->warn("migration 11: {} case reopen audit events could not be read and are not in the closure "
                       "history",
                       statement.text(0).toStdString());
    statement.reset();
    db.exec(QStringLiteral("DELETE FROM local_meta WHERE key = 'migration_0011_skipped'"));
}

} // namespace

Store::Store(const QString& path, OpenMode mode, const Clock& clock)
    : m_clock(clock)
    , m_db(openConnection(path, mode))
{
    try {
        m_db->exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(busyTimeoutMs()));
        qint64 applicationId = 0;
        {
            auto idQuery = m_db->prepare(QStringLiteral("PRAGMA application_id"));
            idQuery.step();
            applicationId = idQuery.integer(0);
        }
        const int version = m_db->userVersion();
        // Every Hearth database is migrated when created, so an existing file at version 0 (an empty
        // file, or another program's database) is not one: refuse it rather than convert it.
        if (mode == OpenMode::Existing && version == 0) {
            throw Error(Error::Kind::NotHearth,
                        QCoreApplication::translate("hearth::storage", "%1 is not a Hearth database.").arg(path));
        }
        if (version > 0 && applicationId != kApplicationId) {
            throw Error(Error::Kind::NotHearth,
                        QCoreApplication::translate("hearth::storage", "%1 is an SQLite database, but not Hearth's.")
                            .arg(path));
        }
        m_db->exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        m_db->exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        m_db->exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
        // Statement journals in memory and a 64 MiB page cache: bulk writes spent a third of their
        // time in temporary-file writes (docs/performance.md).
        m_db->exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
        m_db->exec(QStringLiteral("PRAGMA cache_size = -65536"));
        if (version == 0) {
            m_db->exec(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId));
        }
        migrate(*m_db);
        logSkippedReopenEvents(*m_db);
    } catch (const sql::Error& error) {
        if (error.kind() == sql::ErrorKind::Busy) {
            throw Error(
                Error::Kind::Busy,
                QCoreApplication::translate("hearth::storage",
                                            "The database %1 is locked by another program; try again when it has "
                                            "finished.")
                    .arg(path));
        }
        if (error.kind() == sql::ErrorKind::NotADatabase) {
            throw Error(
                Error::Kind::NotHearth,
                QCoreApplication::translate("hearth::storage", "%1 is not a Hearth database (or it is damaged).")
                    .arg(path));
        }
        throw Error(Error::Kind::Io, QString::fromUtf8(error.what()));
    }

    m_siteId = localValue(QStringLiteral("site_id"));
    if (m_siteId.isEmpty()) {
        m_siteId = m_ids.next(m_clock.nowUtc());
        setLocalValue(QStringLiteral("site_id"), m_siteId);
        setLocalValue(QStringLiteral("created_at"), isoTimestamp(m_clock.nowUtc()));
    }
    m_actingOfficer = localValue(QStringLiteral("officer_id"));
    m_audit = std::make_unique<AuditLog>(*m_db, m_clock);
    storageLog()->debug("opened database, schema {}, site {}", latestSchemaVersion(), m_siteId.toStdString());
}

Store::~Store() = default;

int Store::schemaVersion()
{
    return m_db->userVersion();
}

void Store::checkpoint()
{
    m_db->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
}

void Store::setActingOfficer(const QString& officerId)
{
    m_actingOfficer = officerId;
    setLocalValue(QStringLiteral("officer_id"), officerId);
}

void Store::setSiteId(const QString& siteId)
{
    m_siteId = siteId;
    setLocalValue(QStringLiteral("site_id"), siteId);
}

QString Store::localValue(const QString& key) const
{
    auto& statement = m_db->cached(QStringLiteral("SELECT value FROM local_meta WHERE key = ?"));
    statement.bind(1, key);
    QString value;
    if (statement.step()) {
        value = statement.text(0);
    }
    statement.reset();
    return value;
}

void Store::setLocalValue(const QString& key, const QString& value)
{
    auto& statement = m_db->cached(QStringLiteral("INSERT OR REPLACE INTO local_meta (key, value) VALUES (?, ?)"));
    statement.bind(1, key).bind(2, value).run();
}

RowMeta Store::newRowMeta()
{
    RowMeta meta;
    meta.createdAt = m_clock.nowUtc();
    meta.updatedAt = meta.createdAt;
    meta.updatedBy = m_actingOfficer;
    meta.siteId = m_siteId;
    meta.rowVersion = 1;
    return meta;
}

void Store::touch(RowMeta& meta)
{
    meta.updatedAt = m_clock.nowUtc();
    meta.updatedBy = m_actingOfficer;
    meta.siteId = m_siteId;
    ++meta.rowVersion;
}

CouncilSettings Store::councilSettings()
{
    CouncilSettings settings;
    auto statement = m_db->prepare(QStringLiteral("SELECT key, value FROM settings WHERE deleted_at IS NULL"));
    while (statement.step()) {
        if (CouncilVocabulary::isStoredKey(statement.text(0))) {
            continue; // councilVocabulary()'s
        }
        // A key this version does not know (from a newer replica) or a value it cannot read keeps
        // the default.
        const QString problem = settings.setValue(statement.text(0), statement.text(1));
        if (!problem.isEmpty()) {
            storageLog()->warn("ignoring the council setting {}: not readable", statement.text(0).toStdString());
        }
    }
    return settings;
}

void Store::saveCouncilSettings(const CouncilSettings& settings)
{
    const FieldErrors errors = settings.validate();
    if (!errors.isEmpty()) {
        throw Error(errors);
    }
    const auto values = settings.values();
    sql::Transaction transaction(*m_db);
    writeSettingRows(values);
    transaction.commit();
}

void Store::writeSettingRows(const QList<std::pair<QString, QString>>& values)
{
    // In the caller's transaction: insert or update each row whose value differs, and audit the
    // keys changed (never the values).
    QStringList changed;
    for (const auto& [key, value] : values) {
        auto held = findRow(*m_db, settingTable(), key);
        if (!held) {
            insertRow(*m_db, settingTable(), SettingRow {key, value, newRowMeta()});
            changed.append(key);
        } else if (held->value != value) {
            held->value = value;
            touch(held->meta);
            updateRow(*m_db, settingTable(), *held);
            changed.append(key);
        }
    }
    if (!changed.isEmpty()) {
        m_audit->record(m_actingOfficer, QStringLiteral("update"), QStringLiteral("settings"), QString(),
                        QStringLiteral("changed: %1").arg(changed.join(QStringLiteral(", "))));
    }
}

CouncilVocabulary Store::councilVocabulary()
{
    CouncilVocabulary vocabulary;
    auto& statement = m_db->cached(
        QStringLiteral("SELECT key, value FROM settings WHERE deleted_at IS NULL AND key LIKE 'vocabulary.%' "
                       "ORDER BY created_at, key"));
    while (statement.step()) {
        const QString problem = vocabulary.applyStoredValue(statement.text(0), statement.text(1));
        if (!problem.isEmpty()) {
            storageLog()->warn("ignoring the council vocabulary term {}: {}", statement.text(0).toStdString(),
                               problem.toStdString());
        }
    }
    statement.reset();
    return vocabulary;
}

void Store::saveCouncilVocabulary(const CouncilVocabulary& vocabulary)
{
    QList<std::pair<QString, QString>> values = vocabulary.storedValues();
    sql::Transaction transaction(*m_db);
    {
        // A term no longer listed is a built-in term restored: its row says so.
        auto held = m_db->prepare(QStringLiteral(
            "SELECT key FROM settings WHERE deleted_at IS NULL AND key LIKE 'vocabulary.%' ORDER BY key"));
        while (held.step()) {
            const QString key = held.text(0);
            if (std::none_of(values.cbegin(), values.cend(),
                             [&key](const auto& value) { return value.first == key; })) {
                values.append({key, QStringLiteral("{\"retired\":false}")});
            }
        }
    }
    writeSettingRows(values);
    transaction.commit();
}

OfficerRepository Store::officers()
{
    return OfficerRepository(*this);
}

WardRepository Store::wards()
{
    return WardRepository(*this);
}

ResidentRepository Store::residents()
{
    return ResidentRepository(*this);
}

ContactRepository Store::contacts()
{
    return ContactRepository(*this);
}

MeasurementRepository Store::measurements()
{
    return MeasurementRepository(*this);
}

ActionPlanRepository Store::actionPlan()
{
    return ActionPlanRepository(*this);
}

QStringList Store::check()
{
    QStringList problems;
    auto integrity = m_db->prepare(QStringLiteral("PRAGMA integrity_check"));
    while (integrity.step()) {
        if (integrity.text(0) != QLatin1String("ok")) {
            problems.append(QStringLiteral("integrity: ") + integrity.text(0));
        }
    }
    auto keys = m_db->prepare(QStringLiteral("PRAGMA foreign_key_check"));
    while (keys.step()) {
        problems.append(
            QCoreApplication::translate("hearth::storage", "foreign key: a row of %1 refers to a missing %2 row")
                .arg(keys.text(0), keys.text(2)));
    }
    auto fts =
        m_db->prepare(QStringLiteral("INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 1)"));
    try {
        fts.run();
    } catch (const sql::Error& error) {
        problems.append(QCoreApplication::translate("hearth::storage", "search index: ")
                        + QString::fromUtf8(error.what()));
    }
    const auto audit = m_audit->verify();
    if (!audit.ok) {
        problems.append(QCoreApplication::translate("hearth::storage", "audit trail: ") + audit.problem);
    }
    return problems;
}

} // namespace hearth::storage
