#include "UiSettings.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSettings>

namespace hearth::ui {

namespace {

const QString kLastDatabase = QStringLiteral("database/last");
const QString kRecentDatabases = QStringLiteral("database/recent");
const QString kGeometry = QStringLiteral("mainWindow/geometry");
const QString kState = QStringLiteral("mainWindow/state");
const QString kPage = QStringLiteral("mainWindow/page");
const QString kLanguage = QStringLiteral("language");

QString importMappingKey(const QStringList& header)
{
    const QByteArray hash =
        QCryptographicHash::hash(header.join(QLatin1Char('\n')).toUtf8(), QCryptographicHash::Sha256).toHex();
    return QStringLiteral("import/residentMapping/") + QString::fromLatin1(hash.left(32));
}

} // namespace

QString UiSettings::lastDatabase() const
{
    return m_settings.value(kLastDatabase).toString();
}

QStringList UiSettings::recentDatabases() const
{
    QStringList recent = m_settings.value(kRecentDatabases).toStringList();
    recent.removeAll(QString());
    recent.removeDuplicates();
    return recent.mid(0, kMaxRecentDatabases);
}

void UiSettings::rememberDatabase(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList recent = recentDatabases();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    m_settings.setValue(kRecentDatabases, recent.mid(0, kMaxRecentDatabases));
    m_settings.setValue(kLastDatabase, absolute);
}

void UiSettings::clearRecentDatabases()
{
    m_settings.remove(kRecentDatabases);
}

QByteArray UiSettings::windowGeometry() const
{
    return m_settings.value(kGeometry).toByteArray();
}

void UiSettings::setWindowGeometry(const QByteArray& geometry)
{
    m_settings.setValue(kGeometry, geometry);
}

QByteArray UiSettings::windowState() const
{
    return m_settings.value(kState).toByteArray();
}

void UiSettings::setWindowState(const QByteArray& state)
{
    m_settings.setValue(kState, state);
}

QByteArray UiSettings::caseloadHeaderState() const
{
    return m_settings.value(QStringLiteral("caseload/header")).toByteArray();
}

void UiSettings::setCaseloadHeaderState(const QByteArray& state)
{
    m_settings.setValue(QStringLiteral("caseload/header"), state);
}

QString UiSettings::currentPage() const
{
    return m_settings.value(kPage).toString();
}

void UiSettings::setCurrentPage(const QString& key)
{
    m_settings.setValue(kPage, key);
}

Language UiSettings::language() const
{
    return languageFromKey(m_settings.value(kLanguage).toString());
}

void UiSettings::setLanguage(Language language)
{
    m_settings.setValue(kLanguage, languageKey(language));
}

void UiSettings::sync()
{
    m_settings.sync();
}

QByteArray UiSettings::importMapping(const QStringList& header) const
{
    return m_settings.value(importMappingKey(header)).toByteArray();
}

void UiSettings::setImportMapping(const QStringList& header, const QByteArray& json)
{
    m_settings.setValue(importMappingKey(header), json);
}

} // namespace hearth::ui
