#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <memory>
#include <optional>
#include <stdexcept>

struct sqlite3;
struct sqlite3_stmt;

namespace hearth::sql {

// What went wrong, in the terms callers act on (the CLI maps these to exit codes).
enum class ErrorKind {
    Busy, // locked by another program: try again later
    Constraint, // a constraint or foreign key refused the data
    NotADatabase,
    CannotOpen,
    ReadOnly,
    Io,
    Other,
};

class Error : public std::runtime_error
{
public:
    Error(ErrorKind kind, int code, const QString& message);
    ErrorKind kind() const { return m_kind; }
    int code() const { return m_code; }

private:
    ErrorKind m_kind;
    int m_code;
};

class Statement;

// One SQLite connection, owned. Not thread-safe: one connection per thread.
class Connection
{
public:
    enum class Mode { ReadWriteCreate, ReadWrite, ReadOnly };

    Connection(const QString& path, Mode mode);
    ~Connection();
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    // Runs one or more statements with no parameters (DDL, pragmas, migration files).
    void exec(const QString& sql);
    Statement prepare(const QString& sql);
    // A statement compiled once per connection and reused (the hot paths of repositories).
    // The returned statement is reset with no bindings; do not hold it across another cached() of
    // the same SQL.
    Statement& cached(const QString& sql);

    qint64 changes() const;
    bool inTransaction() const;
    int userVersion();
    void setUserVersion(int version);
    QString path() const { return m_path; }

    // The raw handle, for the session extension and the backup API.
    sqlite3* handle() const { return m_db; }

    [[noreturn]] void throwError(int code, const QString& context) const;

private:
    sqlite3* m_db = nullptr;
    QString m_path;
    struct Cache;
    std::unique_ptr<Cache> m_cache;
};

// A prepared statement with bound parameters. step() moves to the next row.
class Statement
{
public:
    Statement(Connection& connection, const QString& sql);
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&&) = delete;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    // Binding by 1-based index or by name (":name").
    Statement& bind(int index, const QString& value); // empty QString binds NULL
    Statement& bindText(int index, const QString& value); // binds '' for empty
    Statement& bind(int index, qint64 value);
    Statement& bind(int index, int value) { return bind(index, static_cast<qint64>(value)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, const QByteArray& blob);
    Statement& bindNull(int index);
    Statement& bind(int index, std::optional<qint64> value);
    Statement& bind(int index, std::optional<int> value);
    Statement& bind(int index, std::optional<double> value);
    Statement& bind(int index, std::optional<bool> value);
    Statement& bind(int index, const QVariant& value);
    Statement& bind(const char* name, const QString& value) { return bind(indexOf(name), value); }
    int indexOf(const char* name) const;

    // Runs to the next row; false when done.
    bool step();
    // Runs a statement that returns no rows.
    void run();
    void reset();

    int columnCount() const;
    QString columnName(int column) const;
    bool isNull(int column) const;
    QString text(int column) const;
    qint64 integer(int column) const;
    double real(int column) const;
    QByteArray blob(int column) const;
    std::optional<qint64> optionalInteger(int column) const;
    std::optional<double> optionalReal(int column) const;
    QVariant value(int column) const; // typed as stored: null, qint64, double, QString, QByteArray

private:
    Connection* m_connection;
    sqlite3_stmt* m_stmt = nullptr;
    bool m_cached = false;
    friend class Connection;
};

// BEGIN IMMEDIATE … COMMIT, rolled back if the scope is left without commit(). Nested use
// becomes a SAVEPOINT so helpers can be transactional on their own and inside a larger write.
class Transaction
{
public:
    explicit Transaction(Connection& connection);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    void commit();

private:
    Connection& m_connection;
    QString m_savepoint;
    bool m_done = false;
};

} // namespace hearth::sql
