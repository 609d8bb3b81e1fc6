#pragma once

#include "Sqlite.h"

#include <QList>
#include <QString>

namespace hearth::storage {

// The numbered schema migrations in resources/sql/NNNN_name.sql. The database's schema version is
// PRAGMA user_version: the number of the last migration applied.
struct Migration
{
    int version;
    QString name;
    QString sql;
};

const QList<Migration>& migrations();
int latestSchemaVersion();

// Applies every migration after the database's version up to `target`, all in one transaction,
// so a failure leaves the database as it was. Refuses a database newer than this Hearth knows.
void migrate(sql::Connection& db, int target = latestSchemaVersion());

} // namespace hearth::storage
