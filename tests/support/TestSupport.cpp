#include "TestSupport.h"

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

} // namespace hearth::test
