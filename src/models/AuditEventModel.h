#pragma once

#include "AuditLog.h"

#include <QAbstractTableModel>
#include <QHash>

namespace hearth::storage {
class Store;
}

namespace hearth::models {

// The audit trail as a table, newest first, for the Audit page. Filtering and counting are SQL's
// (AuditLog::Filter); the model holds at most a few pages of events and reads others when a view
// scrolls to them, so a trail of hundreds of thousands of events costs no more than a screenful.
class AuditEventModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { When, Officer, Action, Record, Summary, Sequence, ColumnCount };
    Q_ENUM(Column)

    static constexpr int kPageSize = 200;
    static constexpr int kMaxCachedPages = 8;

    explicit AuditEventModel(QObject* parent = nullptr);

    // The store outlives the model or is replaced (nullptr empties it).
    void setStore(storage::Store* store);
    void setFilter(const storage::AuditLog::Filter& filter);
    const storage::AuditLog::Filter& filter() const { return m_filter; }
    void refresh();

    qint64 total() const { return m_total; }
    int cachedPages() const { return static_cast<int>(m_pages.size()); }
    // The event shown in a row (reading its page if need be); nullptr when out of range.
    const AuditEvent* eventAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void readFailed(const QString& message);

private:
    storage::Store* m_store = nullptr;
    storage::AuditLog::Filter m_filter;
    qint64 m_total = 0;
    mutable QHash<int, QList<AuditEvent>> m_pages;
    mutable QList<int> m_pageOrder; // least recently read first
    mutable QHash<QString, QString> m_officerNames;
};

} // namespace hearth::models
