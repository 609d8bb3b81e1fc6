#pragma once

// A subject access export (docs/formats.md § Subject access files): everything held on one
// resident as a readable document (HTML or PDF, the report writers' style) and machine-readable
// JSON, in one ZIP; optionally sealed with a passphrase (Argon2id + XChaCha20-Poly1305
// secretstream, hearth_crypto). storage::readSubjectAccess reads the facts; this renders them.

#include "ReportTable.h"
#include "ReportWriters.h"
#include "SecretStream.h"
#include "SubjectAccessFacts.h"

#include <QByteArray>
#include <QJsonObject>

#include <stdexcept>

namespace hearth::storage {
class Store;
}

namespace hearth::reports {

ReportDocument subjectAccessDocument(const storage::SubjectAccessFacts& facts);
QJsonObject subjectAccessJson(const storage::SubjectAccessFacts& facts);

// The ZIP: subject-access.html or subject-access.pdf, and subject-access.json. Format must be
// Html or Pdf (PDF needs a QGuiApplication).
QByteArray subjectAccessPackage(const storage::SubjectAccessFacts& facts, Format format);

// Records the export in the audit trail (resident id, format, whether encrypted: no personal data).
void recordSubjectAccessExport(storage::Store& store, const QString& residentId, Format format, bool encrypted);

class SubjectAccessFileError : public std::runtime_error
{
public:
    enum class Kind {
        NotSealed, // not an encrypted subject access file
        Damaged, // the clear header is broken
        Truncated,
        Authentication, // wrong passphrase, or altered
    };
    SubjectAccessFileError(Kind kind, const QString& message)
        : std::runtime_error(message.toStdString())
        , m_kind(kind)
    {
    }
    Kind kind() const { return m_kind; }

private:
    Kind m_kind;
};

// The encrypted file: "HRTHSAR1", a 4-byte big-endian header length, a JSON header, then the ZIP
// as a secretstream bound to all that came before. Throws std::runtime_error if libsodium fails.
QByteArray sealSubjectAccess(const QByteArray& package, const QString& passphrase, const crypto::KdfLimits& limits);
bool isSealedSubjectAccess(const QByteArray& file);
// The ZIP inside a sealed file; throws SubjectAccessFileError.
QByteArray openSubjectAccess(const QByteArray& file, const QString& passphrase);

} // namespace hearth::reports
