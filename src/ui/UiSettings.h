#pragma once

#include "Language.h"

#include <QByteArray>
#include <QStringList>

class QSettings;

namespace hearth::ui {

// What the GUI remembers between runs: window geometry and state, the page shown, the database
// last opened and the recently opened ones, the language. Backed by a QSettings the caller owns
// (the user's, or a temporary file in tests).
class UiSettings
{
public:
    static constexpr int kMaxRecentDatabases = 5;

    explicit UiSettings(QSettings& settings)
        : m_settings(settings)
    {
    }

    QString lastDatabase() const;
    // Most recent first, at most kMaxRecentDatabases, as absolute paths.
    QStringList recentDatabases() const;
    // Records `path` as the database last opened, at the top of the recent list.
    void rememberDatabase(const QString& path);
    void clearRecentDatabases();

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray& state);
    // The key of the page shown (MainWindow's page keys), or empty.
    QString currentPage() const;
    void setCurrentPage(const QString& key);

    // The caseload table's columns (QHeaderView::saveState).
    QByteArray caseloadHeaderState() const;
    void setCaseloadHeaderState(const QByteArray& state);

    // The column mapping last used for a CSV file with this header row (ImportMapping::toJson), or
    // empty. Keyed by a hash of the header, so that headers with any characters can be keys.
    QByteArray importMapping(const QStringList& header) const;
    void setImportMapping(const QStringList& header, const QByteArray& json);

    // The language of the windows (Tools > Language…); applies when Hearth next starts.
    Language language() const;
    void setLanguage(Language language);

    void sync();

private:
    QSettings& m_settings;
};

} // namespace hearth::ui
