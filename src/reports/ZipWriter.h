#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace hearth::reports {

// A minimal ZIP archive writer for OpenDocument packages: entries are stored uncompressed (ODF
// requires the first entry, "mimetype", to be stored; the rest may be), with fixed timestamps so
// the same report gives the same bytes.
class ZipWriter
{
public:
    void add(const QString& name, const QByteArray& data);
    QByteArray finish();

private:
    struct Entry
    {
        QByteArray name;
        quint32 crc = 0;
        quint32 size = 0;
        quint32 offset = 0;
    };
    QByteArray m_data;
    QList<Entry> m_entries;
};

quint32 crc32(const QByteArray& data);

struct ZipEntry
{
    QString name;
    QByteArray data;
};
// Reads a ZIP of stored (uncompressed) entries, such as ZipWriter writes, checking each entry's
// CRC. nullopt when the archive is not one (compressed, damaged or truncated).
std::optional<QList<ZipEntry>> readStoredZip(const QByteArray& archive);

} // namespace hearth::reports
