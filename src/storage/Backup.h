#pragma once

#include <QString>

namespace hearth::storage {

class Store;

// Copies of the whole database through SQLite's online backup API, which copies a consistent
// snapshot while the database stays in use.

// Writes a copy to `path` (refusing to overwrite), via a temporary file so a failure leaves no
// half-written copy. Audited: the copy holds personal data.
void backupTo(Store& store, const QString& path);

// Replaces the open database's contents with the backup at `path`, after checking that it is a
// sound Hearth database no newer than this Hearth. Audited in the restored database.
void restoreFrom(Store& store, const QString& path);

} // namespace hearth::storage
