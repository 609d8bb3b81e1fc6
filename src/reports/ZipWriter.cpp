#include "ZipWriter.h"

#include <array>

namespace hearth::reports {

namespace {

void put16(QByteArray& out, quint32 value)
{
    out.append(static_cast<char>(value & 0xff));
    out.append(static_cast<char>((value >> 8) & 0xff));
}

void put32(QByteArray& out, quint32 value)
{
    put16(out, value & 0xffff);
    put16(out, value >> 16);
}

constexpr quint32 kDosTime = 0; // 00:00:00
constexpr quint32 kDosDate = (0 << 9) | (1 << 5) | 1; // 1980-01-01

} // namespace

quint32 crc32(const QByteArray& data)
{
    static const auto table = [] {
        std::array<quint32, 256> values {};
        for (quint32 n = 0; n < 256; ++n) {
            quint32 c = n;
            for (int k = 0; k < 8; ++k) {
                c = (c & 1) ? 0xEDB88320U ^ (c >> 1) : c >> 1;
            }
            values[n] = c;
        }
        return values;
    }();
    quint32 crc = 0xFFFFFFFFU;
    for (const char byte : data) {
        crc = table[(crc ^ static_cast<quint8>(byte)) & 0xff] ^ (crc >> 8);
    }
    return crc ^ 0xFFFFFFFFU;
}

void ZipWriter::add(const QString& name, const QByteArray& data)
{
    Entry entry;
    entry.name = name.toUtf8();
    entry.crc = crc32(data);
    entry.size = static_cast<quint32>(data.size());
    entry.offset = static_cast<quint32>(m_data.size());
    put32(m_data, 0x04034b50); // local file header
    put16(m_data, 20); // version needed
    put16(m_data, 0x0800); // flags: UTF-8 names
    put16(m_data, 0); // method: stored
    put16(m_data, kDosTime);
    put16(m_data, kDosDate);
    put32(m_data, entry.crc);
    put32(m_data, entry.size);
    put32(m_data, entry.size);
    put16(m_data, static_cast<quint32>(entry.name.size()));
    put16(m_data, 0); // no extra field (ODF: none on the mimetype entry)
    m_data.append(entry.name);
    m_data.append(data);
    m_entries.append(entry);
}

QByteArray ZipWriter::finish()
{
    const auto directoryOffset = static_cast<quint32>(m_data.size());
    for (const auto& entry : m_entries) {
        put32(m_data, 0x02014b50); // central directory header
        put16(m_data, 20); // made by
        put16(m_data, 20); // needed
        put16(m_data, 0x0800);
        put16(m_data, 0);
        put16(m_data, kDosTime);
        put16(m_data, kDosDate);
        put32(m_data, entry.crc);
        put32(m_data, entry.size);
        put32(m_data, entry.size);
        put16(m_data, static_cast<quint32>(entry.name.size()));
        put16(m_data, 0); // extra
        put16(m_data, 0); // comment
        put16(m_data, 0); // disk
        put16(m_data, 0); // internal attributes
        put32(m_data, 0); // external attributes
        put32(m_data, entry.offset);
        m_data.append(entry.name);
    }
    const auto directorySize = static_cast<quint32>(m_data.size()) - directoryOffset;
    put32(m_data, 0x06054b50); // end of central directory
    put16(m_data, 0);
    put16(m_data, 0);
    put16(m_data, static_cast<quint32>(m_entries.size()));
    put16(m_data, static_cast<quint32>(m_entries.size()));
    put32(m_data, directorySize);
    put32(m_data, directoryOffset);
    put16(m_data, 0);
    QByteArray result = m_data;
    m_data.clear();
    m_entries.clear();
    return result;
}

namespace {

quint32 get16(const QByteArray& data, qsizetype at)
{
    const auto* bytes = reinterpret_cast<const unsigned char*>(data.constData() + at);
    return quint32(bytes[0]) | (quint32(bytes[1]) << 8);
}

quint32 get32(const QByteArray& data, qsizetype at)
{
    return get16(data, at) | (get16(data, at + 2) << 16);
}

} // namespace

std::optional<QList<ZipEntry>> readStoredZip(const QByteArray& archive)
{
    QList<ZipEntry> entries;
    qsizetype at = 0;
    while (archive.size() - at >= 4 && get32(archive, at) == 0x04034b50) {
        if (archive.size() - at < 30) {
            return std::nullopt;
        }
        const quint32 method = get16(archive, at + 8);
        const quint32 crc = get32(archive, at + 14);
        const quint32 size = get32(archive, at + 18);
        const quint32 nameSize = get16(archive, at + 26);
        const quint32 extraSize = get16(archive, at + 28);
        const qsizetype dataAt = at + 30 + nameSize + extraSize;
        if (method != 0 || get32(archive, at + 22) != size || archive.size() < dataAt + qsizetype(size)) {
            return std::nullopt;
        }
        ZipEntry entry {QString::fromUtf8(archive.mid(at + 30, nameSize)), archive.mid(dataAt, size)};
        if (crc32(entry.data) != crc) {
            return std::nullopt;
        }
        entries.append(entry);
        at = dataAt + size;
    }
    if (entries.isEmpty() || archive.size() - at < 4 || get32(archive, at) != 0x02014b50) {
        return std::nullopt;
    }
    return entries;
}

} // namespace hearth::reports
