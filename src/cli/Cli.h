#pragma once

#include "Clock.h"
#include "ExitCodes.h"
#include "Store.h"

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>
#include <stdexcept>

namespace hearth::cli {

// A failure with the exit code it deserves and a message for stderr.
class Failure : public std::runtime_error
{
public:
    Failure(ExitCode code, const QString& message)
        : std::runtime_error(message.toStdString())
        , m_code(code)
    {
    }
    ExitCode code() const { return m_code; }

private:
    ExitCode m_code;
};

// What one run of a command works with: the streams, the clock and the database.
class Context
{
public:
    Context(QTextStream& out, QTextStream& err, const Clock& clock, QString dbPath);

    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }
    const Clock& clock() const { return m_clock; }
    const QString& dbPath() const { return m_dbPath; }

    storage::Store& store(storage::Store::OpenMode mode = storage::Store::OpenMode::Existing);
    void printJson(const QJsonValue& value);

private:
    QTextStream& m_out;
    QTextStream& m_err;
    const Clock& m_clock;
    QString m_dbPath;
    std::unique_ptr<storage::Store> m_store;
};

struct Command
{
    QStringList path; // {"resident", "add"}
    QString arguments; // "RESIDENT --type T --on DATE"
    QString summary; // one line for `help`
    QStringList positionalNames; // required positional arguments, by name
    std::function<void(QCommandLineParser&)> addOptions;
    std::function<int(Context&, const QCommandLineParser&)> run;
};

// Every command, registered by the *Commands.cpp files.
QList<Command> residentCommands();
QList<Command> contactCommands();
QList<Command> measureCommands();
QList<Command> teamCommands();
QList<Command> dataCommands();
QList<Command> actionCommands();
QList<Command> importCommands();
QList<Command> councilCommands();
QList<Command> directoryCommands();
QList<Command> referralCommands();
QList<Command> syncCommands();
QList<Command> kpiCommands();
QList<Command> retentionCommands();
QList<Command> sarCommands();
QList<Command> vocabularyCommands();

// Runs hearth-cli with these arguments (argv without the program name); returns the exit code.
int runCli(const QStringList& arguments, QTextStream& out, QTextStream& err, const Clock& clock);

// Helpers for commands.
QDate requireDate(const QString& field, const QString& text);
// A passphrase file's first line (without its line ending): 66 when unreadable, 65 when empty.
QString readPassphraseFile(const QString& path);
// The id of the one officer with this id or exact display name; else Failure (65) naming the field.
QString requireOfficerId(storage::Store& store, const QString& field, const QString& idOrName);
QString readTextFile(const QString& path);
void writeFileAtomically(const QString& path, const QByteArray& data, bool overwrite);

} // namespace hearth::cli
