#include "Sqlite.h"

#include <QCoreApplication>

#include <sqlite3.h>

#include <QHash>
#include <atomic>

namespace hearth::sql {

namespace {

ErrorKind kindOf(int code)
{
    switch (code & 0xFF) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return ErrorKind::Busy;
    case SQLITE_CONSTRAINT:
        return ErrorKind::Constraint;
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
        return ErrorKind::NotADatabase;
    case SQLITE_CANTOPEN:
        return ErrorKind::CannotOpen;
    case SQLITE_READONLY:
        return ErrorKind::ReadOnly;
    case SQLITE_IOERR:
    case SQLITE_FULL:
        return ErrorKind::Io;
    default:
        return ErrorKind::Other;
    }
}

} // namespace

Error::Error(ErrorKind kind, int code, const QString& message)
    : std::runtime_error(message.toStdString())
    , m_kind(kind)
    , m_code(code)
{
}

struct Connection::Cache
{
    QHash<QString, std::shared_ptr<Statement>> statements;
};

Connection::Connection(const QString& path, Mode mode)
    : m_path(path)
    , m_cache(std::make_unique<Cache>())
{
    int flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_URI;
    switch (mode) {
    case Mode::ReadWriteCreate:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    case Mode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case Mode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    }
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString message = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db))
                                     : QCoreApplication::translate("hearth::storage", "out of memory");
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        throw Error(
            kindOf(rc), rc,
            QCoreApplication::translate("hearth::storage", "Cannot open the database %1: %2").arg(path, message));
    }
    sqlite3_extended_result_codes(m_db, 1);
}

Connection::~Connection()
{
    m_cache.reset(); // finalise cached statements before closing
    if (m_db) {
        sqlite3_close_v2(m_db);
    }
}

void Connection::throwError(int code, const QString& context) const
{
    const QString detail = QString::fromUtf8(sqlite3_errmsg(m_db));
    throw Error(kindOf(code), code, context.isEmpty() ? detail : context + QStringLiteral(": ") + detail);
}

void Connection::exec(const QString& sql)
{
    char* message = nullptr;
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        const QString text = message ? QString::fromUtf8(message) : QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_free(message);
        throw Error(kindOf(rc), rc, text);
    }
}

Statement Connection::prepare(const QString& sql)
{
    return Statement(*this, sql);
}

Statement& Connection::cached(const QString& sql)
{
    auto& slot = m_cache->statements[sql];
    if (!slot) {
        slot = std::make_shared<Statement>(*this, sql);
        slot->m_cached = true;
    } else {
        slot->reset();
    }
    return *slot;
}

qint64 Connection::changes() const
{
    return sqlite3_changes64(m_db);
}

bool Connection::inTransaction() const
{
    return sqlite3_get_autocommit(m_db) == 0;
}

int Connection::userVersion()
{
    auto statement = prepare(QStringLiteral("PRAGMA user_version"));
    statement.step();
    return static_cast<int>(statement.integer(0));
}

void Connection::setUserVersion(int version)
{
    exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
}

Statement::Statement(Connection& connection, const QString& sql)
    : m_connection(&connection)
{
    const QByteArray utf8 = sql.toUtf8();
    const int rc = sqlite3_prepare_v3(connection.handle(), utf8.constData(), static_cast<int>(utf8.size()),
                                      SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
    if (rc != SQLITE_OK) {
        connection.throwError(rc, QCoreApplication::translate("hearth::storage", "Cannot prepare a statement"));
    }
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement&& other) noexcept
    : m_connection(other.m_connection)
    , m_stmt(other.m_stmt)
    , m_cached(other.m_cached)
{
    other.m_stmt = nullptr;
}

Statement& Statement::bind(int index, const QString& value)
{
    if (value.isNull() || value.isEmpty()) {
        return bindNull(index);
    }
    return bindText(index, value);
}

Statement& Statement::bindText(int index, const QString& value)
{
    const QByteArray utf8 = value.toUtf8();
    const int rc = sqlite3_bind_text64(m_stmt, index, utf8.constData(), static_cast<sqlite3_uint64>(utf8.size()),
                                       SQLITE_TRANSIENT, SQLITE_UTF8);
    if (rc != SQLITE_OK) {
        m_connection->throwError(rc,
                                 QCoreApplication::translate("hearth::storage", "Cannot bind parameter %1").arg(index));
    }
    return *this;
}

Statement& Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement& Statement::bind(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
    return *this;
}

Statement& Statement::bind(int index, const QByteArray& blob)
{
    sqlite3_bind_blob64(m_stmt, index, blob.constData(), static_cast<sqlite3_uint64>(blob.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

Statement& Statement::bind(int index, std::optional<qint64> value)
{
    return value ? bind(index, *value) : bindNull(index);
}

Statement& Statement::bind(int index, std::optional<int> value)
{
    return value ? bind(index, static_cast<qint64>(*value)) : bindNull(index);
}

Statement& Statement::bind(int index, std::optional<double> value)
{
    return value ? bind(index, *value) : bindNull(index);
}

Statement& Statement::bind(int index, std::optional<bool> value)
{
    return value ? bind(index, static_cast<qint64>(*value ? 1 : 0)) : bindNull(index);
}

Statement& Statement::bind(int index, const QVariant& value)
{
    if (value.isNull() || !value.isValid()) {
        return bindNull(index);
    }
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
        return bind(index, value.toLongLong());
    case QMetaType::Double:
        return bind(index, value.toDouble());
    case QMetaType::QByteArray:
        return bind(index, value.toByteArray());
    default:
        return bindText(index, value.toString());
    }
}

int Statement::indexOf(const char* name) const
{
    const int index = sqlite3_bind_parameter_index(m_stmt, name);
    if (index == 0) {
        throw Error(ErrorKind::Other, SQLITE_RANGE,
                    QCoreApplication::translate("hearth::storage", "No parameter named %1").arg(QLatin1String(name)));
    }
    return index;
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        return true;
    }
    if (rc == SQLITE_DONE) {
        return false;
    }
    sqlite3_reset(m_stmt);
    m_connection->throwError(rc, QString());
}

void Statement::run()
{
    while (step()) { }
    reset();
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

int Statement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}

QString Statement::columnName(int column) const
{
    return QString::fromUtf8(sqlite3_column_name(m_stmt, column));
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

QString Statement::text(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    const int size = sqlite3_column_bytes(m_stmt, column);
    return data ? QString::fromUtf8(data, size) : QString();
}

qint64 Statement::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QByteArray Statement::blob(int column) const
{
    const auto* data = static_cast<const char*>(sqlite3_column_blob(m_stmt, column));
    const int size = sqlite3_column_bytes(m_stmt, column);
    return data ? QByteArray(data, size) : QByteArray();
}

std::optional<qint64> Statement::optionalInteger(int column) const
{
    return isNull(column) ? std::nullopt : std::optional<qint64>(integer(column));
}

std::optional<double> Statement::optionalReal(int column) const
{
    return isNull(column) ? std::nullopt : std::optional<double>(real(column));
}

QVariant Statement::value(int column) const
{
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER:
        return QVariant::fromValue(integer(column));
    case SQLITE_FLOAT:
        return QVariant::fromValue(real(column));
    case SQLITE_TEXT:
        return text(column);
    case SQLITE_BLOB:
        return blob(column);
    default:
        return {};
    }
}

Transaction::Transaction(Connection& connection)
    : m_connection(connection)
{
    if (connection.inTransaction()) {
        static std::atomic<int> counter {0};
        m_savepoint = QStringLiteral("hearth_sp_%1").arg(++counter);
        connection.exec(QStringLiteral("SAVEPOINT ") + m_savepoint);
    } else {
        connection.exec(QStringLiteral("BEGIN IMMEDIATE"));
    }
}

Transaction::~Transaction()
{
    if (m_done) {
        return;
    }
    try {
        if (m_savepoint.isEmpty()) {
            m_connection.exec(QStringLiteral("ROLLBACK"));
        } else {
            m_connection.exec(QStringLiteral("ROLLBACK TO ") + m_savepoint);
            m_connection.exec(QStringLiteral("RELEASE ") + m_savepoint);
        }
    } catch (const Error&) {
        // SQLite may already have rolled back (e.g. after SQLITE_FULL); nothing more to undo.
    }
}

void Transaction::commit()
{
    m_connection.exec(m_savepoint.isEmpty() ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE ") + m_savepoint);
    m_done = true;
}

} // namespace hearth::sql
