#include "Cli.h"

#include "Logging.h"
#include "OfficerRepository.h"
#include "Sqlite.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

namespace hearth::cli {

namespace {

QList<Command> allCommands()
{
    return residentCommands() + contactCommands() + measureCommands() + teamCommands() + dataCommands()
        + actionCommands() + importCommands() + councilCommands() + directoryCommands() + referralCommands()
        + syncCommands() + kpiCommands() + retentionCommands() + sarCommands() + vocabularyCommands();
}

QString defaultDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/hearth.db");
}

void printOverview(QTextStream& stream)
{
    stream << "Usage: hearth-cli [--db PATH] COMMAND [ARGUMENTS] [OPTIONS]\n\n"
              "Hearth's command line: everything the application does to data, scriptable.\n"
              "The database is --db PATH, else $HEARTH_DB, else the application's default file.\n\n"
              "Commands:\n";
    const QList<Command> commands = allCommands();
    qsizetype width = 0;
    for (const auto& command : commands) {
        width = std::max(width, command.path.join(QLatin1Char(' ')).size());
    }
    for (const auto& command : commands) {
        stream << "  " << command.path.join(QLatin1Char(' ')).leftJustified(width) << "  " << command.summary << '\n';
    }
    stream << "\nRun 'hearth-cli COMMAND --help' for a command's arguments and options.\n"
              "Exit codes: 0 ok, 64 usage, 65 bad data, 66 missing input, 73 cannot create output,\n"
              "74 I/O error, 75 database busy, 77 authentication failed.\n";
}

QString commandUsage(const Command& command, const QCommandLineParser& parser)
{
    // QCommandLineParser's own usage line names the program's path only; write ours instead.
    const QString help = parser.helpText();
    const qsizetype options = help.indexOf(QStringLiteral("Options:"));
    return QStringLiteral("Usage: hearth-cli [--db PATH] %1 %2\n%3\n\n")
               .arg(command.path.join(QLatin1Char(' ')), command.arguments, command.summary)
        + (options >= 0 ? help.mid(options) : QString());
}

ExitCode exitCodeFor(storage::Error::Kind kind)
{
    using Kind = storage::Error::Kind;
    switch (kind) {
    case Kind::Invalid:
    case Kind::NotFound:
    case Kind::NotHearth:
    case Kind::NewerSchema:
        return ExitDataError;
    case Kind::AlreadyExists:
        return ExitCantCreate;
    case Kind::Busy:
        return ExitTempFail;
    case Kind::CannotOpen:
        return ExitNoInput;
    case Kind::Io:
        return ExitIoError;
    }
    return ExitSoftware;
}

} // namespace

Context::Context(QTextStream& out, QTextStream& err, const Clock& clock, QString dbPath)
    : m_out(out)
    , m_err(err)
    , m_clock(clock)
    , m_dbPath(std::move(dbPath))
{
}

storage::Store& Context::store(storage::Store::OpenMode mode)
{
    if (!m_store) {
        if (mode == storage::Store::OpenMode::Existing && !QFileInfo::exists(m_dbPath)) {
            throw Failure(ExitNoInput,
                          QStringLiteral("There is no Hearth database at %1. Create one with "
                                         "'hearth-cli --db %1 init', or choose another with --db.")
                              .arg(m_dbPath));
        }
        m_store = std::make_unique<storage::Store>(m_dbPath, mode, m_clock);
    }
    return *m_store;
}

void Context::printJson(const QJsonValue& value)
{
    const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
}

QDate requireDate(const QString& field, const QString& text)
{
    const QDate date = parseIsoDate(text);
    if (!date.isValid()) {
        throw Failure(ExitDataError, QStringLiteral("%1: '%2' is not a date as YYYY-MM-DD").arg(field, text));
    }
    return date;
}

QString requireOfficerId(storage::Store& store, const QString& field, const QString& idOrName)
{
    const auto officer = store.officers().findByIdOrName(idOrName);
    if (!officer) {
        throw Failure(ExitDataError,
                      QStringLiteral("%1: no single officer has the id or name '%2'").arg(field, idOrName));
    }
    return officer->id;
}

QString readTextFile(const QString& path)
{
    QFile file(path);
    if (!file.exists()) {
        throw Failure(ExitNoInput, QStringLiteral("%1: no such file").arg(path));
    }
    if (!file.open(QIODevice::ReadOnly)) {
        throw Failure(ExitNoInput, QStringLiteral("%1: cannot be read (%2)").arg(path, file.errorString()));
    }
    return QString::fromUtf8(file.readAll());
}

QString readPassphraseFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        throw Failure(ExitNoInput, QStringLiteral("%1: the passphrase file cannot be read").arg(path));
    }
    QString text = QString::fromUtf8(file.readLine());
    while (text.endsWith(QLatin1Char('\n')) || text.endsWith(QLatin1Char('\r'))) {
        text.chop(1);
    }
    if (text.isEmpty()) {
        throw Failure(ExitDataError, QStringLiteral("%1: the passphrase file's first line is empty").arg(path));
    }
    return text;
}

void writeFileAtomically(const QString& path, const QByteArray& data, bool overwrite)
{
    if (!overwrite && QFileInfo::exists(path)) {
        throw Failure(ExitCantCreate, QStringLiteral("%1 already exists; add --force to replace it").arg(path));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        throw Failure(ExitCantCreate, QStringLiteral("%1: cannot be created (%2)").arg(path, file.errorString()));
    }
    file.write(data);
    if (!file.commit()) {
        throw Failure(ExitIoError, QStringLiteral("%1: cannot be written (%2)").arg(path, file.errorString()));
    }
}

int runCli(const QStringList& arguments, QTextStream& out, QTextStream& err, const Clock& clock)
{
    // Global options come before the command.
    QString dbPath = qEnvironmentVariable("HEARTH_DB");
    qsizetype next = 0;
    while (next < arguments.size() && arguments.at(next).startsWith(QLatin1String("--"))) {
        const QString option = arguments.at(next);
        if (option == QLatin1String("--db") && next + 1 < arguments.size()) {
            dbPath = arguments.at(next + 1);
            next += 2;
        } else if (option.startsWith(QLatin1String("--db="))) {
            dbPath = option.mid(5);
            ++next;
        } else if (option == QLatin1String("--help")) {
            printOverview(out);
            return ExitOk;
        } else if (option == QLatin1String("--version")) {
            out << "hearth-cli " << HEARTH_VERSION << '\n';
            return ExitOk;
        } else {
            err << "hearth-cli: unknown option " << option << "\n\n";
            printOverview(err);
            return ExitUsage;
        }
    }
    if (dbPath.isEmpty()) {
        dbPath = defaultDatabasePath();
    }
    const QStringList rest = arguments.mid(next);
    if (rest.isEmpty()) {
        printOverview(err);
        return ExitUsage;
    }
    if (rest.first() == QLatin1String("help")) {
        if (rest.size() == 1) {
            printOverview(out);
            return ExitOk;
        }
        return runCli(arguments.mid(0, next) + rest.mid(1) + QStringList {QStringLiteral("--help")}, out, err, clock);
    }

    // The longest registered command path that prefixes the arguments.
    const QList<Command> commands = allCommands();
    const Command* chosen = nullptr;
    for (const auto& command : commands) {
        if (rest.size() >= command.path.size() && rest.mid(0, command.path.size()) == command.path
            && (!chosen || command.path.size() > chosen->path.size())) {
            chosen = &command;
        }
    }
    if (!chosen) {
        QStringList known;
        for (const auto& command : commands) {
            if (command.path.first() == rest.first()) {
                known.append(command.path.join(QLatin1Char(' ')));
            }
        }
        // "hearth-cli resident --help": the commands of that group.
        if (!known.isEmpty() && rest.size() == 2
            && (rest.at(1) == QLatin1String("--help") || rest.at(1) == QLatin1String("-h"))) {
            for (const auto& command : commands) {
                if (command.path.first() == rest.first()) {
                    out << "  hearth-cli " << command.path.join(QLatin1Char(' ')) << ' ' << command.arguments
                        << "\n      " << command.summary << '\n';
                }
            }
            return ExitOk;
        }
        err << "hearth-cli: unknown command '" << rest.mid(0, 2).join(QLatin1Char(' ')) << "'";
        if (!known.isEmpty()) {
            err << "; did you mean one of: " << known.join(QStringLiteral(", "));
        }
        err << "\n\n";
        printOverview(err);
        return ExitUsage;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(chosen->summary);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")},
                                        QStringLiteral("Show this command's help."));
    parser.addOption(helpOption);
    parser.addOption({QStringLiteral("db"), QStringLiteral("The database file."), QStringLiteral("PATH")});
    for (const auto& name : chosen->positionalNames) {
        parser.addPositionalArgument(name, QString());
    }
    if (chosen->addOptions) {
        chosen->addOptions(parser);
    }
    const QStringList commandArguments = QStringList {QStringLiteral("hearth-cli")} + rest.mid(chosen->path.size());
    if (!parser.parse(commandArguments)) {
        err << "hearth-cli " << chosen->path.join(QLatin1Char(' ')) << ": " << parser.errorText() << "\n\n"
            << commandUsage(*chosen, parser);
        return ExitUsage;
    }
    if (parser.isSet(helpOption)) {
        out << commandUsage(*chosen, parser);
        return ExitOk;
    }
    // A last positional name ending in "..." takes any number of arguments (none too).
    const bool variadic =
        !chosen->positionalNames.isEmpty() && chosen->positionalNames.last().endsWith(QLatin1String("..."));
    const qsizetype given = parser.positionalArguments().size();
    if (variadic ? given < chosen->positionalNames.size() - 1 : given != chosen->positionalNames.size()) {
        err << "hearth-cli " << chosen->path.join(QLatin1Char(' ')) << ": expected "
            << (chosen->positionalNames.isEmpty() ? QStringLiteral("no arguments")
                                                  : chosen->positionalNames.join(QLatin1Char(' ')))
            << ", got "
            << (parser.positionalArguments().isEmpty() ? QStringLiteral("none")
                                                       : parser.positionalArguments().join(QLatin1Char(' ')))
            << "\n\n"
            << commandUsage(*chosen, parser);
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("db"))) {
        dbPath = parser.value(QStringLiteral("db"));
    }

    Context context(out, err, clock, dbPath);
    const QString where = QStringLiteral("hearth-cli ") + chosen->path.join(QLatin1Char(' '));
    try {
        return chosen->run(context, parser);
    } catch (const Failure& failure) {
        err << where << ": " << QString::fromUtf8(failure.what()) << '\n';
        return failure.code();
    } catch (const storage::Error& error) {
        err << where << ": " << error.message() << '\n';
        return exitCodeFor(error.kind());
    } catch (const sql::Error& error) {
        if (error.kind() == sql::ErrorKind::Busy) {
            err << where << ": the database " << dbPath
                << " is locked by another program (Hearth open elsewhere?); nothing was changed. Try again when it "
                   "has finished.\n";
            return ExitTempFail;
        }
        err << where << ": " << QString::fromUtf8(error.what()) << '\n';
        if (error.kind() == sql::ErrorKind::Constraint) {
            return ExitDataError;
        }
        return ExitIoError;
    } catch (const std::exception& error) {
        namedLog("hearth.cli")->error("unexpected failure in {}", where.toStdString());
        err << where << ": unexpected failure: " << error.what() << '\n';
        return ExitSoftware;
    }
}

} // namespace hearth::cli
