#pragma once

// Passphrase cryptography shared by the file formats that leave the database (sync bundles,
// subject access files): a key derived with Argon2id, a short key check that tells a wrong
// passphrase from an altered file, and XChaCha20-Poly1305 secretstream in length-prefixed chunks,
// each bound to the file's clear header as associated data. The formats own their headers.

#include <QByteArray>
#include <QString>

#include <array>
#include <stdexcept>

namespace hearth::crypto {

// Argon2id cost, stored in each file's header so that the reader derives the same key.
struct KdfLimits
{
    quint64 opsLimit = 0;
    quint64 memLimit = 0; // bytes

    // libsodium's "moderate" limits (3 passes, 256 MiB): what every real file uses.
    static KdfLimits production();
    // The smallest limits libsodium allows. Only for tests, which derive hundreds of keys: a file
    // made with them is easy to attack by guessing passphrases.
    static KdfLimits fastForTestsOnly();
    // Within libsodium's minimum and "sensitive" limits, so that a hostile header cannot ask for
    // unbounded time or memory.
    bool inBounds() const;
};

// A derived key, wiped when it goes out of scope.
struct Key
{
    static constexpr std::size_t kSize = 32;
    std::array<unsigned char, kSize> bytes {};
    Key() = default;
    Key(const Key&) = delete;
    Key& operator=(const Key&) = delete;
    ~Key();
};

// Initialises libsodium; throws std::runtime_error when it cannot.
void initialise();

qsizetype saltSize();
QByteArray randomSalt();

// Derives the key with Argon2id; false when there is not enough memory for the limits.
bool deriveKey(Key& key, const QString& passphrase, const QByteArray& salt, const KdfLimits& limits);

// 16 bytes from the key and a per-format context string, stored in the clear header.
QByteArray keyCheck(const Key& key, const QByteArray& context);
// Constant-time comparison of two byte strings of the same size.
bool sameBytes(const QByteArray& a, const QByteArray& b);

// A fault in an encrypted stream; the message names the file by the noun given to openStream.
class StreamError : public std::runtime_error
{
public:
    enum class Kind {
        Truncated, // the file ends before the stream's final chunk
        Authentication, // altered or damaged
    };
    StreamError(Kind kind, const QString& message)
        : std::runtime_error(message.toStdString())
        , m_kind(kind)
    {
    }
    Kind kind() const { return m_kind; }

private:
    Kind m_kind;
};

// Appends to `out` the secretstream of `payload`: its 24-byte header, then for each chunk of at
// most `chunkSize` plaintext bytes a 4-byte big-endian length and the ciphertext (the last chunk
// tagged final), each authenticated with `associated`.
void sealStream(QByteArray& out, const Key& key, const QByteArray& associated, const QByteArray& payload,
                qsizetype chunkSize);

// Opens the stream that starts at `offset` and must end exactly at the end of `file`; throws
// StreamError whose message calls the file `noun` ("bundle", "subject access file").
QByteArray openStream(const Key& key, const QByteArray& associated, const QByteArray& file, qsizetype offset,
                      qsizetype chunkSize, const QString& noun);

// Big-endian 32-bit lengths, as the formats' prefixes use them.
quint32 readLength(const QByteArray& data, qsizetype at);
void appendLength(QByteArray& data, quint32 length);

} // namespace hearth::crypto
