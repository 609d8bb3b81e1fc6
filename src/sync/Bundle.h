#pragma once

// The sync bundle file (docs/formats.md § Sync bundles): a versioned header in clear, bound as
// associated data to an XChaCha20-Poly1305 secretstream whose key is derived from the team
// passphrase with Argon2id. Reading refuses anything that is not whole and authentic.

#include "SecretStream.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <stdexcept>

namespace hearth::sync {

// Argon2id cost, stored in each bundle's header so that the importer derives the same key.
using KdfLimits = crypto::KdfLimits;

class BundleError : public std::runtime_error
{
public:
    enum class Kind {
        NotABundle, // not a Hearth sync bundle at all
        Damaged, // the header or the stream's framing is broken
        Truncated, // the file ends before the stream's final chunk
        Authentication, // wrong passphrase, or the file was altered
        NewerSchema, // written by a newer Hearth
        Misaddressed, // addressed to another database
        UnknownSender, // from a database that is not one of this one's peers
        NotSetUp, // this database has no role, no such peer, no passphrase
        Rejected, // authentic, but its data was refused by this database (a constraint)
    };
    BundleError(Kind kind, const QString& message)
        : std::runtime_error(message.toStdString())
        , m_kind(kind)
    {
    }
    Kind kind() const { return m_kind; }
    QString message() const { return QString::fromUtf8(what()); }

private:
    Kind m_kind;
};

struct BundleHeader
{
    static constexpr int kFormatVersion = 1;
    int formatVersion = kFormatVersion;
    int schemaVersion = 0;
    QString sender; // site id
    QString senderName;
    QString recipient; // site id
    QString batchId; // UUIDv7
    qint64 seqFrom = 0; // the sender's changes after this one…
    qint64 seqTo = 0; // …up to and including this one
    QDateTime createdAt;
    qint64 rows = 0;
    qint64 purges = 0;
    KdfLimits kdf;
    QByteArray salt; // filled when sealed
    QByteArray keyCheck; // filled when sealed: tells a wrong passphrase from an altered file

    QJsonObject toJson() const;
};

// Encrypts `payload` under a key derived from the passphrase; returns the whole file.
QByteArray sealBundle(BundleHeader header, const QByteArray& payload, const QString& passphrase);

// Reads and checks the clear header only (no passphrase needed): NotABundle, Damaged.
BundleHeader readBundleHeader(const QByteArray& file);

// Decrypts and authenticates the whole file; throws BundleError saying what is wrong.
QByteArray openBundle(const QByteArray& file, const QString& passphrase, BundleHeader* header = nullptr);

} // namespace hearth::sync
