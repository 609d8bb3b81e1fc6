#pragma once

#include "Officer.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace hearth {

// One problem found in a ward CSV file, saying where: file, line (0 for the whole file) and field.
struct WardCsvProblem
{
    QString file;
    int line = 0;
    QString field; // "code", "name", "header"; empty for the file as a whole
    QString message;

    QString text() const; // "wards.csv, line 4, name: is required"
    bool operator==(const WardCsvProblem&) const = default;
};

struct WardCsv
{
    QList<Ward> wards; // empty whenever there is a problem: a file is taken whole or not at all
    QList<WardCsvProblem> problems;

    bool ok() const { return problems.isEmpty(); }
};

// Reads a CSV of ONS ward codes and names (RFC 4180 quoting, UTF-8, with or without a BOM). The first
// row is either a header naming the columns — "code" and "name", or ONS's own "WDyyCD" and "WDyyNM"
// (other columns are ignored) — or already a ward, read as code,name. Codes are upper-cased; every
// ward is checked with Ward::validate, and a code listed twice is a problem on its second line.
WardCsv parseWardCsv(const QByteArray& data, const QString& fileName);

} // namespace hearth
