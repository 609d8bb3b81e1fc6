#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <ostream>

// Lets Catch2 print Qt values in failure messages.
std::ostream& operator<<(std::ostream& os, const QString& value);
std::ostream& operator<<(std::ostream& os, const QByteArray& value);
std::ostream& operator<<(std::ostream& os, const QDate& value);

namespace hearth::test {

// A temporary folder that lives as long as the test, with a path for a database inside it.
class TempFolder
{
public:
    TempFolder();
    QString path(const QString& name) const;
    QString dbPath() const { return path(QStringLiteral("hearth.db")); }

private:
    QTemporaryDir m_dir;
};

// A fixed "now" for tests: 2026-11-22 10:00 UTC.
QDateTime fixedNow();

// The source tree (for spec files and sample data), from HEARTH_TEST_SOURCE_DIR.
QString sourceDir();

// The names of the entries of a zip package (an XLSX, ODT or subject access file), and one entry's
// text, read with unzip(1) so that the tests do not trust Hearth's own zip code.
QStringList zipEntries(const QString& path);
QString zipEntry(const QString& path, const QString& entry);

} // namespace hearth::test
