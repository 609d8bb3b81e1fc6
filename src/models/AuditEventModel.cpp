#include "AuditEventModel.h"

#include "Clock.h"
#include "OfficerRepository.h"
#include "Store.h"
#include "Vocabulary.h"

#include <algorithm>
#include <limits>

namespace hearth::models {

AuditEventModel::AuditEventModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void AuditEventModel::setStore(storage::Store* store)
{
    m_store = store;
    refresh();
}

void AuditEventModel::setFilter(const storage::AuditLog::Filter& filter)
{
    m_filter = filter;
    refresh();
}

void AuditEventModel::refresh()
{
    beginResetModel();
    m_pages.clear();
    m_pageOrder.clear();
    m_total = 0;
    m_officerNames.clear();
    if (m_store != nullptr) {
        try {
            storage::AuditLog::Filter counted = m_filter;
            m_total = m_store->audit().count(counted);
            for (const auto& officer : m_store->officers().list()) {
                m_officerNames.insert(officer.id, officer.displayName);
            }
        } catch (const std::exception& error) {
            m_total = 0;
            emit readFailed(QString::fromUtf8(error.what()));
        }
    }
    // Past int's range a view cannot show rows; a filter narrows it first.
    m_total = std::min<qint64>(m_total, std::numeric_limits<int>::max());
    endResetModel();
}

const AuditEvent* AuditEventModel::eventAt(int row) const
{
    if (m_store == nullptr || row < 0 || row >= m_total) {
        return nullptr;
    }
    const int page = row / kPageSize;
    auto found = m_pages.find(page);
    if (found == m_pages.end()) {
        storage::AuditLog::Filter filter = m_filter;
        filter.offset = static_cast<qint64>(page) * kPageSize;
        filter.limit = kPageSize;
        QList<AuditEvent> events;
        try {
            events = m_store->audit().list(filter);
        } catch (const std::exception& error) {
            emit const_cast<AuditEventModel*>(this)->readFailed(QString::fromUtf8(error.what()));
            return nullptr;
        }
        if (m_pages.size() >= kMaxCachedPages && !m_pageOrder.isEmpty()) {
            m_pages.remove(m_pageOrder.takeFirst());
        }
        for (const auto& event : std::as_const(events)) {
            // Officers who have left are not listed, but their names stay on what they did.
            if (!event.officerId.isEmpty() && !m_officerNames.contains(event.officerId)) {
                const auto officer = m_store->officers().find(event.officerId);
                m_officerNames.insert(event.officerId, officer ? officer->displayName : event.officerId);
            }
        }
        found = m_pages.insert(page, events);
    }
    m_pageOrder.removeOne(page);
    m_pageOrder.append(page);
    const int inPage = row % kPageSize;
    return inPage < found->size() ? &found->at(inPage) : nullptr;
}

int AuditEventModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_total);
}

int AuditEventModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditEventModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::UserRole)) {
        return {};
    }
    const AuditEvent* event = eventAt(index.row());
    if (event == nullptr) {
        return {};
    }
    if (role == Qt::UserRole) {
        return event->sequence;
    }
    switch (static_cast<Column>(index.column())) {
    case When:
        return event->at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case Officer:
        return event->officerId.isEmpty() ? tr("(no officer)")
                                          : m_officerNames.value(event->officerId, event->officerId);
    case Action:
        return vocab::auditActions().label(event->action);
    case Record:
        return event->entityId.isEmpty() ? event->entity : QStringLiteral("%1 %2").arg(event->entity, event->entityId);
    case Summary:
        return event->summary;
    case Sequence:
        return event->sequence;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant AuditEventModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (static_cast<Column>(section)) {
    case When:
        return tr("When");
    case Officer:
        return tr("Officer");
    case Action:
        return tr("Action");
    case Record:
        return tr("Record");
    case Summary:
        return tr("Summary");
    case Sequence:
        return tr("Event");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace hearth::models
