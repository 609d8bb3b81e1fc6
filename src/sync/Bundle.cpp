#include "Bundle.h"

#include <QCoreApplication>

#include "Clock.h"
#include "Migrations.h"
#include "SecretStream.h"

#include <QJsonDocument>

namespace hearth::sync {

namespace {

constexpr char kMagic[] = "HRTHSYNC"; // 8 bytes, no terminator in the file
constexpr qsizetype kMagicSize = 8;
constexpr qsizetype kPrefixSize = kMagicSize + 4; // magic + header length
constexpr qsizetype kMaxHeader = 64 * 1024;
constexpr qsizetype kChunk = 64 * 1024; // plaintext bytes per secretstream message
const QString kFormat = QStringLiteral("hearth-sync-bundle");
const QString kAlgorithm = QStringLiteral("argon2id13");
const QString kCipher = QStringLiteral("xchacha20poly1305-secretstream");
constexpr char kKeyCheckContext[] = "hearth sync bundle key check v1";

void initSodium()
{
    crypto::initialise();
}

[[noreturn]] void fail(BundleError::Kind kind, const QString& message)
{
    throw BundleError(kind, message);
}

using crypto::appendLength;
using crypto::Key;
using crypto::readLength;

void deriveBundleKey(Key& key, const QString& passphrase, const QByteArray& salt, const KdfLimits& limits)
{
    if (!crypto::deriveKey(key, passphrase, salt, limits)) {
        fail(BundleError::Kind::NotSetUp,
             QCoreApplication::translate("hearth::sync",
                                         "There is not enough memory to derive the bundle key (Argon2id needs %1 MiB).")
                 .arg(limits.memLimit / (1024 * 1024)));
    }
}

QByteArray keyCheck(const Key& key)
{
    return crypto::keyCheck(key, QByteArray(kKeyCheckContext, sizeof(kKeyCheckContext) - 1));
}

QByteArray fromBase64(const QJsonValue& value, const QString& field, qsizetype size)
{
    const auto decoded =
        QByteArray::fromBase64Encoding(value.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!value.isString() || !decoded || decoded.decoded.size() != size) {
        fail(BundleError::Kind::Damaged,
             QCoreApplication::translate("hearth::sync",
                                         "The bundle's header is damaged: %1 must be %2 bytes in base64.")
                 .arg(field)
                 .arg(size));
    }
    return decoded.decoded;
}

} // namespace

QJsonObject BundleHeader::toJson() const
{
    return {
        {QStringLiteral("format"), kFormat},
        {QStringLiteral("format_version"), formatVersion},
        {QStringLiteral("schema_version"), schemaVersion},
        {QStringLiteral("sender"), sender},
        {QStringLiteral("sender_name"), senderName},
        {QStringLiteral("recipient"), recipient},
        {QStringLiteral("batch_id"), batchId},
        {QStringLiteral("seq_from"), seqFrom},
        {QStringLiteral("seq_to"), seqTo},
        {QStringLiteral("created_at"), isoTimestamp(createdAt)},
        {QStringLiteral("counts"), QJsonObject {{QStringLiteral("rows"), rows}, {QStringLiteral("purges"), purges}}},
        {QStringLiteral("kdf"),
         QJsonObject {{QStringLiteral("algorithm"), kAlgorithm},
                      {QStringLiteral("opslimit"), static_cast<qint64>(kdf.opsLimit)},
                      {QStringLiteral("memlimit"), static_cast<qint64>(kdf.memLimit)},
                      {QStringLiteral("salt"), QString::fromLatin1(salt.toBase64())}}},
        {QStringLiteral("key_check"), QString::fromLatin1(keyCheck.toBase64())},
        {QStringLiteral("cipher"), kCipher},
        {QStringLiteral("chunk_size"), kChunk},
    };
}

QByteArray sealBundle(BundleHeader header, const QByteArray& payload, const QString& passphrase)
{
    initSodium();
    if (passphrase.isEmpty()) {
        fail(BundleError::Kind::NotSetUp, QCoreApplication::translate("hearth::sync", "The team passphrase is empty."));
    }
    header.salt = crypto::randomSalt();
    Key key;
    deriveBundleKey(key, passphrase, header.salt, header.kdf);
    header.keyCheck = keyCheck(key);

    const QByteArray headerBytes = QJsonDocument(header.toJson()).toJson(QJsonDocument::Compact);
    QByteArray file(kMagic, kMagicSize);
    appendLength(file, static_cast<quint32>(headerBytes.size()));
    file.append(headerBytes);
    const QByteArray associated = file; // magic, length and header: bound to every chunk

    crypto::sealStream(file, key, associated, payload, kChunk);
    return file;
}

BundleHeader readBundleHeader(const QByteArray& file)
{
    if (file.size() < kMagicSize || !file.startsWith(QByteArray(kMagic, kMagicSize))) {
        fail(BundleError::Kind::NotABundle,
             QCoreApplication::translate("hearth::sync", "This file is not a Hearth sync bundle."));
    }
    if (file.size() < kPrefixSize) {
        fail(BundleError::Kind::Truncated,
             QCoreApplication::translate("hearth::sync", "The bundle is truncated: it ends inside its header."));
    }
    const quint32 length = readLength(file, kMagicSize);
    if (length > kMaxHeader) {
        fail(BundleError::Kind::Damaged,
             QCoreApplication::translate("hearth::sync",
                                         "The bundle's header is damaged: its length (%1 bytes) is impossible.")
                 .arg(length));
    }
    if (file.size() < kPrefixSize + length) {
        fail(BundleError::Kind::Truncated,
             QCoreApplication::translate("hearth::sync", "The bundle is truncated: it ends inside its header."));
    }
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(file.mid(kPrefixSize, length), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        fail(BundleError::Kind::Damaged,
             QCoreApplication::translate("hearth::sync", "The bundle's header is damaged: at byte %1: %2.")
                 .arg(kPrefixSize + error.offset)
                 .arg(error.errorString()));
    }
    const QJsonObject object = document.object();
    const auto text = [&](const char* field) {
        const QJsonValue value = object.value(QLatin1String(field));
        if (!value.isString() || value.toString().isEmpty()) {
            fail(BundleError::Kind::Damaged,
                 QCoreApplication::translate("hearth::sync", "The bundle's header is damaged: %1 is missing.")
                     .arg(QLatin1String(field)));
        }
        return value.toString();
    };
    const auto number = [&](const QJsonObject& in, const char* field) {
        const QJsonValue value = in.value(QLatin1String(field));
        if (!value.isDouble() || value.toInteger(-1) < 0) {
            fail(BundleError::Kind::Damaged,
                 QCoreApplication::translate("hearth::sync",
                                             "The bundle's header is damaged: %1 must be a whole number.")
                     .arg(QLatin1String(field)));
        }
        return value.toInteger();
    };
    if (object.value(QStringLiteral("format")).toString() != kFormat) {
        fail(BundleError::Kind::NotABundle,
             QCoreApplication::translate("hearth::sync", "This file is not a Hearth sync bundle (format is not %1).")
                 .arg(kFormat));
    }
    BundleHeader header;
    header.formatVersion = static_cast<int>(number(object, "format_version"));
    if (header.formatVersion != BundleHeader::kFormatVersion) {
        fail(BundleError::Kind::NewerSchema,
             QCoreApplication::translate(
                 "hearth::sync", "The bundle is in format version %1; this Hearth reads version %2. Update Hearth.")
                 .arg(header.formatVersion)
                 .arg(BundleHeader::kFormatVersion));
    }
    header.schemaVersion = static_cast<int>(number(object, "schema_version"));
    if (header.schemaVersion > storage::latestSchemaVersion()) {
        fail(BundleError::Kind::NewerSchema,
             QCoreApplication::translate(
                 "hearth::sync",
                 "The bundle was written by a newer Hearth (schema version %1; this Hearth knows up to %2). "
                 "Update Hearth before importing it.")
                 .arg(header.schemaVersion)
                 .arg(storage::latestSchemaVersion()));
    }
    header.sender = text("sender");
    header.senderName = object.value(QStringLiteral("sender_name")).toString();
    header.recipient = text("recipient");
    header.batchId = text("batch_id");
    header.seqFrom = number(object, "seq_from");
    header.seqTo = number(object, "seq_to");
    header.createdAt = parseIsoTimestamp(text("created_at"));
    const QJsonObject counts = object.value(QStringLiteral("counts")).toObject();
    header.rows = number(counts, "rows");
    header.purges = number(counts, "purges");
    const QJsonObject kdf = object.value(QStringLiteral("kdf")).toObject();
    if (kdf.value(QStringLiteral("algorithm")).toString() != kAlgorithm
        || object.value(QStringLiteral("cipher")).toString() != kCipher
        || object.value(QStringLiteral("chunk_size")).toInteger() != kChunk) {
        fail(BundleError::Kind::Damaged,
             QCoreApplication::translate(
                 "hearth::sync",
                 "The bundle's header is damaged: it names a key derivation or cipher this Hearth does not "
                 "use (%1, %2).")
                 .arg(kAlgorithm, kCipher));
    }
    header.kdf.opsLimit = static_cast<quint64>(number(kdf, "opslimit"));
    header.kdf.memLimit = static_cast<quint64>(number(kdf, "memlimit"));
    // Bounds, so that a hostile header cannot ask for unbounded time or memory.
    if (!header.kdf.inBounds()) {
        fail(BundleError::Kind::Damaged,
             QCoreApplication::translate("hearth::sync",
                                         "The bundle's header is damaged: its Argon2id limits are out of range."));
    }
    header.salt = fromBase64(kdf.value(QStringLiteral("salt")), QStringLiteral("kdf.salt"), crypto::saltSize());
    header.keyCheck = fromBase64(object.value(QStringLiteral("key_check")), QStringLiteral("key_check"), 16);
    if (!header.createdAt.isValid() || header.seqTo < header.seqFrom) {
        fail(BundleError::Kind::Damaged,
             QCoreApplication::translate("hearth::sync",
                                         "The bundle's header is damaged: created_at or the sequence "
                                         "range is impossible."));
    }
    return header;
}

QByteArray openBundle(const QByteArray& file, const QString& passphrase, BundleHeader* headerOut)
{
    initSodium();
    const BundleHeader header = readBundleHeader(file);
    if (headerOut) {
        *headerOut = header;
    }
    if (passphrase.isEmpty()) {
        fail(BundleError::Kind::NotSetUp, QCoreApplication::translate("hearth::sync", "No team passphrase was given."));
    }
    Key key;
    deriveBundleKey(key, passphrase, header.salt, header.kdf);
    const QByteArray check = keyCheck(key);
    if (!crypto::sameBytes(check, header.keyCheck)) {
        fail(BundleError::Kind::Authentication,
             QCoreApplication::translate("hearth::sync",
                                         "The passphrase is wrong for this bundle (or its header was altered)."));
    }
    const qsizetype headerEnd = kPrefixSize + readLength(file, kMagicSize);
    const QByteArray associated = file.left(headerEnd);
    try {
        return crypto::openStream(key, associated, file, headerEnd, kChunk,
                                  QCoreApplication::translate("hearth::sync", "bundle"));
    } catch (const crypto::StreamError& error) {
        fail(error.kind() == crypto::StreamError::Kind::Truncated ? BundleError::Kind::Truncated
                                                                  : BundleError::Kind::Authentication,
             QString::fromUtf8(error.what()));
    }
}

} // namespace hearth::sync
