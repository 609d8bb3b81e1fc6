// hearth-cli sar: a subject access export of everything held on one resident, and `sar open` to
// check an encrypted one.
#include "Cli.h"
#include "SubjectAccessExport.h"
#include "SubjectAccessFacts.h"
#include "ZipWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace hearth::cli {

namespace {

// From --passphrase-file (its first line) or $HEARTH_PASSPHRASE; never from the command line.
QString passphrase(const QCommandLineParser& parser)
{
    if (parser.isSet(QStringLiteral("passphrase-file"))) {
        return readPassphraseFile(parser.value(QStringLiteral("passphrase-file")));
    }
    const QString fromEnvironment = qEnvironmentVariable("HEARTH_PASSPHRASE");
    if (fromEnvironment.isEmpty()) {
        throw Failure(
            ExitUsage,
            QStringLiteral("--encrypt needs a passphrase: give --passphrase-file FILE or set HEARTH_PASSPHRASE"));
    }
    return fromEnvironment;
}

void passphraseOption(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("passphrase-file"),
                      QStringLiteral("Read the passphrase from the first line of FILE (else $HEARTH_PASSPHRASE)."),
                      QStringLiteral("FILE")});
}

int subjectAccess(Context& context, const QCommandLineParser& parser)
{
    // Every option is checked before the database is read.
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty()) {
        throw Failure(ExitUsage, QStringLiteral("--out FILE is required"));
    }
    const QString formatText = parser.value(QStringLiteral("format")).toLower();
    const auto format = reports::formatFromName(formatText);
    if (!format || (*format != reports::Format::Html && *format != reports::Format::Pdf)) {
        throw Failure(ExitUsage, QStringLiteral("--format: '%1' is not one of: html, pdf").arg(formatText));
    }
    const bool encrypt = parser.isSet(QStringLiteral("encrypt"));
    if (parser.isSet(QStringLiteral("passphrase-file")) && !encrypt) {
        throw Failure(ExitUsage, QStringLiteral("--passphrase-file: only with --encrypt"));
    }
    const QString secret = encrypt ? passphrase(parser) : QString();
    const bool force = parser.isSet(QStringLiteral("force"));
    if (!force && QFileInfo::exists(out)) {
        throw Failure(ExitCantCreate, QStringLiteral("%1 already exists; add --force to replace it").arg(out));
    }

    auto& store = context.store();
    const QString residentId = parser.positionalArguments().at(0);
    const storage::SubjectAccessFacts facts = storage::readSubjectAccess(store, residentId);
    QByteArray file;
    try {
        file = reports::subjectAccessPackage(facts, *format);
    } catch (const reports::ReportError& error) {
        throw Failure(ExitSoftware,
                      QStringLiteral("the %1 could not be made: %2").arg(formatText, QString::fromUtf8(error.what())));
    }
    if (encrypt) {
        file = reports::sealSubjectAccess(file, secret, crypto::KdfLimits::production());
    }
    // The export and its audit event together: a file that cannot be written leaves no event.
    sql::Transaction transaction(store.db());
    reports::recordSubjectAccessExport(store, residentId, *format, encrypt);
    writeFileAtomically(out, file, force);
    transaction.commit();
    context.err() << "Wrote the subject access export for resident " << residentId << " to " << out
                  << (encrypt ? " (encrypted)" : " (NOT encrypted: personal data; keep it safe)") << '\n';
    return ExitOk;
}

int openSubjectAccess(Context& context, const QCommandLineParser& parser)
{
    const QString path = parser.positionalArguments().at(0);
    const QString outDir = parser.value(QStringLiteral("out"));
    if (outDir.isEmpty()) {
        throw Failure(ExitUsage, QStringLiteral("--out DIR is required"));
    }
    QFile input(path);
    if (!input.open(QIODevice::ReadOnly)) {
        throw Failure(ExitNoInput, QStringLiteral("%1: cannot be read").arg(path));
    }
    QByteArray package = input.readAll();
    if (reports::isSealedSubjectAccess(package)) {
        const QString secret = passphrase(parser);
        try {
            package = reports::openSubjectAccess(package, secret);
        } catch (const reports::SubjectAccessFileError& error) {
            // Whatever is wrong with an encrypted file (passphrase, tampering, truncation), it is
            // not opened: 77, as for a sync bundle.
            throw Failure(ExitNoPermission, QStringLiteral("%1: %2").arg(path, QString::fromUtf8(error.what())));
        }
    }
    const auto entries = reports::readStoredZip(package);
    if (!entries) {
        throw Failure(ExitDataError, QStringLiteral("%1: not a Hearth subject access file").arg(path));
    }
    if (!QDir().mkpath(outDir)) {
        throw Failure(ExitCantCreate, QStringLiteral("%1: the folder cannot be created").arg(outDir));
    }
    for (const auto& entry : *entries) {
        // Only the plain names Hearth writes: never a path out of the folder.
        if (entry.name.contains(QLatin1Char('/')) || entry.name.contains(QLatin1Char('\\'))
            || entry.name.startsWith(QLatin1Char('.'))) {
            throw Failure(ExitDataError, QStringLiteral("%1: holds an unexpected entry name").arg(path));
        }
    }
    for (const auto& entry : *entries) {
        writeFileAtomically(QDir(outDir).filePath(entry.name), entry.data, parser.isSet(QStringLiteral("force")));
        context.out() << QDir(outDir).filePath(entry.name) << '\n';
    }
    return ExitOk;
}

} // namespace

QList<Command> sarCommands()
{
    return {
        {{QStringLiteral("sar")},
         QStringLiteral("RESIDENT --out FILE [--format html|pdf] [--encrypt [--passphrase-file F]] [--force]"),
         QStringLiteral("Subject access export: everything held on one resident as HTML or PDF and JSON in one ZIP, "
                        "optionally encrypted (audited)."),
         {QStringLiteral("RESIDENT")},
         [](QCommandLineParser& parser) {
             parser.addOption({QStringLiteral("out"), QStringLiteral("The file to write."), QStringLiteral("FILE")});
             parser.addOption({QStringLiteral("format"), QStringLiteral("html or pdf (default html)."),
                               QStringLiteral("FORMAT"), QStringLiteral("html")});
             parser.addOption({QStringLiteral("encrypt"),
                               QStringLiteral("Seal the file with a passphrase (Argon2id, XChaCha20-Poly1305).")});
             passphraseOption(parser);
             parser.addOption({QStringLiteral("force"), QStringLiteral("Replace the file if it exists.")});
         },
         subjectAccess},
        {{QStringLiteral("sar"), QStringLiteral("open")},
         QStringLiteral("FILE --out DIR [--passphrase-file F] [--force]"),
         QStringLiteral("Check and unpack a subject access file (decrypting it) into a folder."),
         {QStringLiteral("FILE")},
         [](QCommandLineParser& parser) {
             parser.addOption(
                 {QStringLiteral("out"), QStringLiteral("The folder to unpack into."), QStringLiteral("DIR")});
             passphraseOption(parser);
             parser.addOption({QStringLiteral("force"), QStringLiteral("Replace files that exist.")});
         },
         openSubjectAccess},
    };
}

} // namespace hearth::cli
