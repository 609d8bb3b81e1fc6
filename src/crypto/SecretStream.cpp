#include "SecretStream.h"

#include <QCoreApplication>

#include <sodium.h>

static_assert(hearth::crypto::Key::kSize == crypto_secretstream_xchacha20poly1305_KEYBYTES);

namespace hearth::crypto {

namespace {

[[noreturn]] void fail(StreamError::Kind kind, const QString& message)
{
    throw StreamError(kind, message);
}

} // namespace

KdfLimits KdfLimits::production()
{
    return {crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE};
}

KdfLimits KdfLimits::fastForTestsOnly()
{
    return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

bool KdfLimits::inBounds() const
{
    return opsLimit >= crypto_pwhash_OPSLIMIT_MIN && opsLimit <= crypto_pwhash_OPSLIMIT_SENSITIVE
        && memLimit >= crypto_pwhash_MEMLIMIT_MIN && memLimit <= crypto_pwhash_MEMLIMIT_SENSITIVE;
}

Key::~Key()
{
    sodium_memzero(bytes.data(), bytes.size());
}

void initialise()
{
    if (sodium_init() < 0) {
        throw std::runtime_error("libsodium could not be initialised");
    }
}

qsizetype saltSize()
{
    return crypto_pwhash_SALTBYTES;
}

QByteArray randomSalt()
{
    QByteArray salt(crypto_pwhash_SALTBYTES, '\0');
    randombytes_buf(salt.data(), static_cast<size_t>(salt.size()));
    return salt;
}

bool deriveKey(Key& key, const QString& passphrase, const QByteArray& salt, const KdfLimits& limits)
{
    QByteArray secret = passphrase.toUtf8();
    const int status = crypto_pwhash(key.bytes.data(), key.bytes.size(), secret.constData(),
                                     static_cast<unsigned long long>(secret.size()),
                                     reinterpret_cast<const unsigned char*>(salt.constData()), limits.opsLimit,
                                     static_cast<size_t>(limits.memLimit), crypto_pwhash_ALG_ARGON2ID13);
    sodium_memzero(secret.data(), static_cast<size_t>(secret.size()));
    return status == 0;
}

QByteArray keyCheck(const Key& key, const QByteArray& context)
{
    QByteArray check(16, '\0');
    crypto_generichash(reinterpret_cast<unsigned char*>(check.data()), static_cast<size_t>(check.size()),
                       reinterpret_cast<const unsigned char*>(context.constData()),
                       static_cast<unsigned long long>(context.size()), key.bytes.data(), key.bytes.size());
    return check;
}

bool sameBytes(const QByteArray& a, const QByteArray& b)
{
    return a.size() == b.size() && sodium_memcmp(a.constData(), b.constData(), static_cast<size_t>(a.size())) == 0;
}

quint32 readLength(const QByteArray& data, qsizetype at)
{
    const auto* bytes = reinterpret_cast<const unsigned char*>(data.constData() + at);
    return (quint32(bytes[0]) << 24) | (quint32(bytes[1]) << 16) | (quint32(bytes[2]) << 8) | quint32(bytes[3]);
}

void appendLength(QByteArray& data, quint32 length)
{
    data.append(char((length >> 24) & 0xff));
    data.append(char((length >> 16) & 0xff));
    data.append(char((length >> 8) & 0xff));
    data.append(char(length & 0xff));
}

void sealStream(QByteArray& out, const Key& key, const QByteArray& associated, const QByteArray& payload,
                qsizetype chunkSize)
{
    crypto_secretstream_xchacha20poly1305_state state;
    QByteArray streamHeader(crypto_secretstream_xchacha20poly1305_HEADERBYTES, '\0');
    crypto_secretstream_xchacha20poly1305_init_push(&state, reinterpret_cast<unsigned char*>(streamHeader.data()),
                                                    key.bytes.data());
    out.append(streamHeader);
    qsizetype offset = 0;
    do {
        const qsizetype size = std::min(chunkSize, payload.size() - offset);
        const bool last = offset + size >= payload.size();
        QByteArray cipher(size + crypto_secretstream_xchacha20poly1305_ABYTES, '\0');
        unsigned long long cipherSize = 0;
        crypto_secretstream_xchacha20poly1305_push(
            &state, reinterpret_cast<unsigned char*>(cipher.data()), &cipherSize,
            reinterpret_cast<const unsigned char*>(payload.constData() + offset), static_cast<unsigned long long>(size),
            reinterpret_cast<const unsigned char*>(associated.constData()),
            static_cast<unsigned long long>(associated.size()),
            last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : crypto_secretstream_xchacha20poly1305_TAG_MESSAGE);
        appendLength(out, static_cast<quint32>(cipherSize));
        out.append(cipher.constData(), static_cast<qsizetype>(cipherSize));
        offset += size;
    } while (offset < payload.size());
    sodium_memzero(&state, sizeof state);
}

QByteArray openStream(const Key& key, const QByteArray& associated, const QByteArray& file, qsizetype offset,
                      qsizetype chunkSize, const QString& noun)
{
    if (file.size() < offset + crypto_secretstream_xchacha20poly1305_HEADERBYTES) {
        fail(StreamError::Kind::Truncated,
             QCoreApplication::translate("hearth::crypto", "The %1 is truncated: it holds no encrypted data.")
                 .arg(noun));
    }
    crypto_secretstream_xchacha20poly1305_state state;
    if (crypto_secretstream_xchacha20poly1305_init_pull(
            &state, reinterpret_cast<const unsigned char*>(file.constData() + offset), key.bytes.data())
        != 0) {
        fail(StreamError::Kind::Authentication,
             QCoreApplication::translate("hearth::crypto", "The %1's encrypted stream has a bad header.").arg(noun));
    }
    offset += crypto_secretstream_xchacha20poly1305_HEADERBYTES;
    QByteArray payload;
    bool final = false;
    for (int chunk = 1; !final; ++chunk) {
        if (offset == file.size()) {
            fail(StreamError::Kind::Truncated,
                 QCoreApplication::translate("hearth::crypto",
                                             "The %1 is truncated: it ends after chunk %2, before its final chunk.")
                     .arg(noun)
                     .arg(chunk - 1));
        }
        if (file.size() - offset < 4) {
            fail(StreamError::Kind::Truncated,
                 QCoreApplication::translate("hearth::crypto", "The %1 is truncated inside chunk %2.")
                     .arg(noun)
                     .arg(chunk));
        }
        const quint32 length = readLength(file, offset);
        offset += 4;
        if (length < crypto_secretstream_xchacha20poly1305_ABYTES
            || length > chunkSize + crypto_secretstream_xchacha20poly1305_ABYTES) {
            fail(StreamError::Kind::Authentication,
                 QCoreApplication::translate(
                     "hearth::crypto", "Chunk %1 of the %2 has an impossible length: the file was altered or damaged.")
                     .arg(chunk)
                     .arg(noun));
        }
        if (file.size() - offset < length) {
            fail(StreamError::Kind::Truncated,
                 QCoreApplication::translate("hearth::crypto", "The %1 is truncated inside chunk %2.")
                     .arg(noun)
                     .arg(chunk));
        }
        QByteArray plain(length - crypto_secretstream_xchacha20poly1305_ABYTES, '\0');
        unsigned long long plainSize = 0;
        unsigned char tag = 0;
        if (crypto_secretstream_xchacha20poly1305_pull(
                &state, reinterpret_cast<unsigned char*>(plain.data()), &plainSize, &tag,
                reinterpret_cast<const unsigned char*>(file.constData() + offset), length,
                reinterpret_cast<const unsigned char*>(associated.constData()),
                static_cast<unsigned long long>(associated.size()))
            != 0) {
            fail(StreamError::Kind::Authentication,
                 QCoreApplication::translate(
                     "hearth::crypto", "Chunk %1 of the %2 failed authentication: the file was altered or damaged.")
                     .arg(chunk)
                     .arg(noun));
        }
        offset += length;
        payload.append(plain.constData(), static_cast<qsizetype>(plainSize));
        final = tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL;
    }
    if (offset != file.size()) {
        fail(StreamError::Kind::Authentication,
             QCoreApplication::translate("hearth::crypto",
                                         "The %1 has %2 bytes after its final chunk: the file was altered.")
                 .arg(noun)
                 .arg(file.size() - offset));
    }
    sodium_memzero(&state, sizeof state);
    return payload;
}

} // namespace hearth::crypto
