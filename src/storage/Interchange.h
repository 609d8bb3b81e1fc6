#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

namespace hearth::storage {

class Store;

// Hearth's JSON interchange format (docs/formats.md) and the deterministic dump.
//
// export: every synced table, every row with its sync metadata, so that importing into an empty
// database reproduces the same dump. The file holds personal data: it is written only when asked
// for, and audited.
// dump: the same rows under a fixed header with no time or site of its own, so two replicas that
// hold the same data print the same bytes.
QByteArray exportJson(Store& store);
QByteArray dumpJson(Store& store);

struct ImportSummary
{
    QMap<QString, qsizetype> inserted; // rows written, per table
    qsizetype total() const;
};

// Imports a file written by exportJson: all of it or, on the first problem, none of it. The
// problem is thrown as an Error naming where: "line 3, column 7: …" for broken JSON, or the
// record path "residents[12].ward_code: …".
ImportSummary importJson(Store& store, const QByteArray& data);

} // namespace hearth::storage
