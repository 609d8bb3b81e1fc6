#include "CaseloadModel.h"

#include "CaseloadSource.h"
#include "StatusColours.h"
#include "Vocabulary.h"

#include <QBrush>
#include <QColor>
#include <QGuiApplication>
#include <QLocale>

namespace hearth::models {

namespace {

QString dateText(const QDate& date)
{
    // In the language chosen (QLocale::setDefault at start): "20 Nov 2026", "20 Tach 2026".
    return date.isValid() ? QLocale().toString(date, QStringLiteral("d MMM yyyy")) : QString();
}

QString nameText(const ResidentSummary& row)
{
    const QString first = row.preferredName.isEmpty() ? row.givenName : row.preferredName;
    if (row.familyName.isEmpty()) {
        return first;
    }
    return first.isEmpty() ? row.familyName : row.familyName + QStringLiteral(", ") + first;
}

bool followUpOverdue(const ResidentSummary& row, const QDate& today)
{
    return row.status == QLatin1String("open") && row.nextFollowUpOn.isValid() && today.isValid()
        && row.nextFollowUpOn <= today;
}

} // namespace

CaseloadModel::CaseloadModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

CaseloadModel::~CaseloadModel() = default;

void CaseloadModel::setSource(CaseloadSource* source)
{
    m_source = source;
    refresh();
}

void CaseloadModel::setQuery(const ResidentQuery& query)
{
    m_query = query;
    refresh();
}

void CaseloadModel::show(CaseloadSource* source, const ResidentQuery& query)
{
    m_source = source;
    m_query = query;
    refresh();
}

void CaseloadModel::refresh()
{
    beginResetModel();
    m_pages.clear();
    m_pageUse.clear();
    m_ids.clear();
    m_lastError.clear();
    if (m_source) {
        try {
            m_ids = m_source->ids(m_query);
        } catch (const std::exception& error) {
            reportFailure(error);
        }
    }
    endResetModel();
    emit totalChanged(m_ids.size());
}

ResidentQuery::Sort CaseloadModel::sortFor(Column column)
{
    switch (column) {
    case Name:
    case ColumnCount:
        return ResidentQuery::Sort::Name;
    case Ward:
        return ResidentQuery::Sort::Ward;
    case TargetGroups:
        return ResidentQuery::Sort::TargetGroups;
    case Status:
        return ResidentQuery::Sort::Status;
    case Officer:
        return ResidentQuery::Sort::Officer;
    case IdentifiedOn:
        return ResidentQuery::Sort::IdentifiedOn;
    case LastContact:
        return ResidentQuery::Sort::LastContact;
    case NextFollowUp:
        return ResidentQuery::Sort::NextFollowUp;
    case Risk:
        return ResidentQuery::Sort::Risk;
    }
    return ResidentQuery::Sort::Name;
}

void CaseloadModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount) {
        return;
    }
    ResidentQuery query = m_query;
    query.sort = sortFor(static_cast<Column>(column));
    query.descending = order == Qt::DescendingOrder;
    if (query.sort == m_query.sort && query.descending == m_query.descending) {
        return;
    }
    setQuery(query);
}

void CaseloadModel::reportFailure(const std::exception& error) const
{
    m_lastError = QString::fromUtf8(error.what());
    // Queued: a read can fail while a view paints, and must not be told then.
    auto* self = const_cast<CaseloadModel*>(this);
    QMetaObject::invokeMethod(
        self, [self, message = m_lastError] { emit self->readFailed(message); }, Qt::QueuedConnection);
}

bool CaseloadModel::loadPage(int page) const
{
    if (!m_source) {
        return false;
    }
    QList<ResidentSummary> rows;
    try {
        rows = m_source->rows(m_ids.mid(page * kPageSize, kPageSize));
    } catch (const std::exception& error) {
        reportFailure(error);
        return false;
    }
    m_pages.insert(page, std::move(rows));
    m_pageUse.removeAll(page);
    m_pageUse.append(page);
    while (m_pageUse.size() > kMaxCachedPages) {
        m_pages.remove(m_pageUse.takeFirst());
    }
    return true;
}

const ResidentSummary* CaseloadModel::rowAt(int row) const
{
    if (row < 0 || row >= m_ids.size()) {
        return nullptr;
    }
    const int page = row / kPageSize;
    auto found = m_pages.constFind(page);
    if (found == m_pages.constEnd()) {
        if (!loadPage(page)) {
            return nullptr;
        }
        found = m_pages.constFind(page);
    } else if (m_pageUse.constLast() != page) {
        m_pageUse.removeAll(page);
        m_pageUse.append(page);
    }
    // A resident deleted since the ids were read has no row: the page is shorter. Match by id so
    // no row shows another resident's data.
    const int offset = row % kPageSize;
    if (offset < found->size() && found->at(offset).id == m_ids.at(row)) {
        return &found->at(offset);
    }
    for (const ResidentSummary& summary : *found) {
        if (summary.id == m_ids.at(row)) {
            return &summary;
        }
    }
    return nullptr;
}

int CaseloadModel::rowOfId(const QString& id) const
{
    return static_cast<int>(m_ids.indexOf(id));
}

QString CaseloadModel::idAt(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : QString();
}

int CaseloadModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_ids.size());
}

int CaseloadModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CaseloadModel::text(const ResidentSummary& row, int column) const
{
    switch (static_cast<Column>(column)) {
    case Name:
        return nameText(row);
    case Ward:
        return row.wardName.isEmpty() ? row.wardCode : row.wardName;
    case TargetGroups: {
        QStringList labels;
        for (const QString& code : row.targetGroups) {
            labels.append(m_vocabulary.targetGroups().label(code));
        }
        return labels.join(QStringLiteral(", "));
    }
    case Status:
        return row.status == QLatin1String("closed") ? tr("Closed") : tr("Open");
    case Officer:
        return row.officerName;
    case IdentifiedOn:
        return dateText(row.identifiedOn);
    case LastContact:
        return dateText(row.lastContactOn);
    case NextFollowUp:
        if (followUpOverdue(row, m_query.today)) {
            return row.nextFollowUpOn == m_query.today ? tr("%1 (due today)").arg(dateText(row.nextFollowUpOn))
                                                       : tr("%1 (overdue)").arg(dateText(row.nextFollowUpOn));
        }
        return row.status == QLatin1String("open") ? dateText(row.nextFollowUpOn) : QString();
    case Risk:
        return row.riskFlag ? tr("At risk") : QString();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant CaseloadModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const ResidentSummary* row = rowAt(index.row());
    if (!row) {
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return text(*row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Risk && row->riskFlag) {
            return tr("A crisis or safeguarding concern is recorded: open the record for details.");
        }
        if (index.column() == TargetGroups || index.column() == Name) {
            return text(*row, index.column());
        }
        return {};
    case Qt::ForegroundRole:
        // Colour repeats what the text says ("overdue", "At risk"); it never carries it alone.
        if ((index.column() == NextFollowUp && followUpOverdue(*row, m_query.today))
            || (index.column() == Risk && row->riskFlag)) {
            return QBrush(colours::toneText(colours::Tone::Problem, QGuiApplication::palette()));
        }
        if (row->status == QLatin1String("closed")) {
            return QBrush(colours::toneText(colours::Tone::Muted, QGuiApplication::palette()));
        }
        return {};
    case IdRole:
        return row->id;
    case FollowUpOverdueRole:
        return followUpOverdue(*row, m_query.today);
    case RiskRole:
        return row->riskFlag;
    default:
        return {};
    }
}

QVariant CaseloadModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (static_cast<Column>(section)) {
    case Name:
        return tr("Name");
    case Ward:
        return tr("Ward");
    case TargetGroups:
        return tr("Target groups");
    case Status:
        return tr("Status");
    case Officer:
        return tr("Officer");
    case IdentifiedOn:
        return tr("Identified on");
    case LastContact:
        return tr("Last contact");
    case NextFollowUp:
        return tr("Next follow-up");
    case Risk:
        return tr("Risk");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace hearth::models
