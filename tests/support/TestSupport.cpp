#include "TestSupport.h"

#include <QProcess>

std::ostream& operator<<(std::ostream& os, const QString& value)
{
    return os << '"' << value.toStdString() << '"';
}

std::ostream& operator<<(std::ostream& os, const QByteArray& value)
{
    return os << value.toStdString();
}

std::ostream& operator<<(std::ostream& os, const QDate& value)
{
    return os << value.toString(Qt::ISODate).toStdString();
}

namespace hearth::test {

TempFolder::TempFolder()
{
    REQUIRE(m_dir.isValid());
}

QString TempFolder::path(const QString& name) const
{
    return m_dir.filePath(name);
}

QDateTime fixedNow()
{
    return QDateTime(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC);
}

QString sourceDir()
{
    const QString fromEnvironment = qEnvironmentVariable("HEARTH_TEST_SOURCE_DIR");
    return fromEnvironment.isEmpty() ? QStringLiteral(HEARTH_SOURCE_DIR) : fromEnvironment;
}

QStringList zipEntries(const QString& path)
{
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-Z1"), path});
    REQUIRE(unzip.waitForFinished(30000));
    REQUIRE(unzip.exitCode() == 0);
    return QString::fromUtf8(unzip.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QString zipEntry(const QString& path, const QString& entry)
{
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), path, entry});
    REQUIRE(unzip.waitForFinished(30000));
    INFO(entry.toStdString());
    REQUIRE(unzip.exitCode() == 0);
    return QString::fromUtf8(unzip.readAllStandardOutput());
}

} // namespace hearth::test
