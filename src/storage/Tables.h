#pragma once

#include "ActionPlan.h"
#include "CaseClosure.h"
#include "Contact.h"
#include "Directory.h"
#include "Measurement.h"
#include "Officer.h"
#include "Records.h"
#include "Referral.h"
#include "Resident.h"

#include <QJsonArray>

namespace hearth::storage {

// A council setting as stored: one synced row per key (see CouncilSettings for the typed view).
struct SettingRow
{
    QString key;
    QString value;
    RowMeta meta;
    bool operator==(const SettingRow&) const = default;
};

const TableSpec<SettingRow>& settingTable();
const TableSpec<Officer>& officerTable();
const TableSpec<Ward>& wardTable();
const TableSpec<Resident>& residentTable();
const TableSpec<CaseClosure>& caseClosureTable();
const TableSpec<Contact>& contactTable();
const TableSpec<Measurement>& measurementTable();
const TableSpec<Organisation>& organisationTable();
const TableSpec<Service>& serviceTable();
const TableSpec<Location>& locationTable();
const TableSpec<ServiceLocation>& serviceLocationTable();
const TableSpec<Schedule>& scheduleTable();
const TableSpec<TaxonomyTerm>& taxonomyTermTable();
const TableSpec<Referral>& referralTable();
const TableSpec<ReferralEvent>& referralEventTable();
const TableSpec<Strategy>& strategyTable();
const TableSpec<Priority>& priorityTable();
const TableSpec<ActionItem>& actionItemTable();
const TableSpec<ActionUpdate>& actionUpdateTable();

// Any synced table, with its type erased: what dump, export and import need.
struct AnyTable
{
    QString name;
    QString keyColumn;
    // Every row (soft-deleted ones too), ordered by key, as JSON objects.
    std::function<QJsonArray(sql::Connection&)> rowsAsJson;
    // Checks and inserts rows read from a file. A row identical to one already held is skipped;
    // a different row with a held key is refused. Returns the first problem ("table[3].field:
    // message"), or an empty string. `inserted` counts the rows written.
    std::function<QString(sql::Connection&, const QJsonArray&, const RowRules& rules, qsizetype* inserted)>
        insertFromJson;
};

// Every synced table, parents before children.
const QList<AnyTable>& syncedTables();

} // namespace hearth::storage
