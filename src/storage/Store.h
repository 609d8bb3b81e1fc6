#pragma once

#include "Clock.h"
#include "CouncilSettings.h"
#include "CouncilVocabulary.h"
#include "Ids.h"
#include "RowMeta.h"
#include "Sqlite.h"
#include "StorageError.h"

#include <QString>

#include <memory>

namespace hearth::storage {

class ActionPlanRepository;
class AuditLog;
class ContactRepository;
class MeasurementRepository;
class OfficerRepository;
class ResidentRepository;
class WardRepository;

// One open Hearth database: the connection, this site's identity, the acting officer, and the
// repositories. Opening applies pending migrations. One Store per thread.
class Store
{
public:
    enum class OpenMode {
        Existing, // the file must exist and be a Hearth database
        CreateNew, // the file must not exist (hearth-cli init)
        CreateIfMissing, // the GUI's first run
    };

    Store(const QString& path, OpenMode mode, const Clock& clock);
    ~Store();
    Store(const Store&) = delete;
    Store& operator=(const Store&) = delete;

    sql::Connection& db() { return *m_db; }
    const Clock& clock() const { return m_clock; }
    IdGenerator& ids() { return m_ids; }
    void reseedIds(std::uint64_t seed) { m_ids = IdGenerator(seed); }
    QString path() const { return m_db->path(); }
    int schemaVersion();
    // Copies the write-ahead log into the database and empties it: after a bulk write, so that
    // reads do not go through hundreds of megabytes of log and the disk space comes back.
    void checkpoint();

    QString siteId() const { return m_siteId; }
    // The officer this program acts as (updated_by, audit). Empty until one is chosen.
    QString actingOfficerId() const { return m_actingOfficer; }
    void setActingOfficer(const QString& officerId);
    void setSiteId(const QString& siteId);

    QString localValue(const QString& key) const;
    void setLocalValue(const QString& key, const QString& value);

    // Metadata for a row this site creates now, and for a change this site makes now.
    RowMeta newRowMeta();
    void touch(RowMeta& meta);

    CouncilSettings councilSettings();
    void saveCouncilSettings(const CouncilSettings& settings);
    // The council's target groups and barriers (rows of the synced settings table, so they travel
    // from the hub like the other settings). Saving writes only the terms that changed.
    CouncilVocabulary councilVocabulary();
    void saveCouncilVocabulary(const CouncilVocabulary& vocabulary);

    AuditLog& audit() { return *m_audit; }
    OfficerRepository officers();
    WardRepository wards();
    ResidentRepository residents();
    ContactRepository contacts();
    MeasurementRepository measurements();
    ActionPlanRepository actionPlan();

    // PRAGMA integrity_check and foreign_key_check; the problems found, or an empty list.
    QStringList check();

private:
    // Council settings and vocabulary are rows of the synced settings table, written alike.
    void writeSettingRows(const QList<std::pair<QString, QString>>& values);

    const Clock& m_clock;
    std::unique_ptr<sql::Connection> m_db;
    IdGenerator m_ids;
    QString m_siteId;
    QString m_actingOfficer;
    std::unique_ptr<AuditLog> m_audit;
};

} // namespace hearth::storage
