#pragma once

#include "TestSupport.h"

#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QStringList>

namespace hearth::test {

struct CliResult
{
    int code = -1;
    QString out;
    QString err;
    QJsonDocument json() const;
};

// Runs the real hearth-cli binary with a private HOME, so it never sees the user's data.
class Cli
{
public:
    explicit Cli(const TempFolder& folder);

    CliResult run(const QStringList& arguments, const QByteArray& input = {}) const;
    // Runs against this folder's database (--db first).
    CliResult db(const QStringList& arguments) const;
    void setEnv(const QString& name, const QString& value) { m_env.insert(name, value); }
    QString dbPath() const { return m_dbPath; }

private:
    QProcessEnvironment m_env;
    QString m_dbPath;
};

// A new database in the folder with a council, one ward (E05000001 Riverside) and an officer,
// Sam Officer, to act as.
Cli preparedCli(const TempFolder& folder);

} // namespace hearth::test
