#include "ContactTimelineModel.h"

#include "ContactRepository.h"
#include "OfficerRepository.h"
#include "Store.h"
#include "Vocabulary.h"

#include <QFont>
#include <QLocale>

namespace hearth::models {

namespace {

QString dateText(const QDate& date)
{
    // In the language chosen (QLocale::setDefault at start): "20 Nov 2026", "20 Tach 2026".
    return date.isValid() ? QLocale().toString(date, QStringLiteral("d MMM yyyy")) : QString();
}

} // namespace

ContactTimelineModel::ContactTimelineModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ContactTimelineModel::load(storage::Store* store, const QString& residentId)
{
    m_store = store;
    m_residentId = residentId;
    refresh();
}

void ContactTimelineModel::refresh()
{
    beginResetModel();
    m_contacts.clear();
    m_officerNames.clear();
    m_dates.clear();
    m_correctedOn.clear();
    if (m_store && !m_residentId.isEmpty()) {
        m_contacts = m_store->contacts().forResident(m_residentId);
        for (const hearth::Officer& officer : m_store->officers().list()) {
            m_officerNames.insert(officer.id, officer.displayName);
        }
        for (const Contact& contact : std::as_const(m_contacts)) {
            m_dates.insert(contact.id, contact.contactOn);
        }
        for (const Contact& contact : std::as_const(m_contacts)) {
            if (!contact.correctsContactId.isEmpty()) {
                const QDate previous = m_correctedOn.value(contact.correctsContactId);
                if (!previous.isValid() || previous < contact.contactOn) {
                    m_correctedOn.insert(contact.correctsContactId, contact.contactOn);
                }
            }
        }
    }
    endResetModel();
}

const Contact* ContactTimelineModel::contactAt(int row) const
{
    return row >= 0 && row < m_contacts.size() ? &m_contacts.at(row) : nullptr;
}

int ContactTimelineModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_contacts.size());
}

int ContactTimelineModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ContactTimelineModel::text(const Contact& contact, int column) const
{
    switch (static_cast<Column>(column)) {
    case When:
        return contact.contactTime.isEmpty() ? dateText(contact.contactOn)
                                             : dateText(contact.contactOn) + QLatin1Char(' ') + contact.contactTime;
    case Type:
        return vocab::contactTypes().label(contact.type);
    case Duration:
        return contact.durationMinutes ? tr("%n min", nullptr, *contact.durationMinutes) : QString();
    case Officer:
        return m_officerNames.value(contact.officerId);
    case Note: {
        QString note = contact.note;
        if (!contact.correctsContactId.isEmpty()) {
            note = tr("Correction to the note of %1: %2")
                       .arg(dateText(m_dates.value(contact.correctsContactId)), contact.note);
        }
        if (m_correctedOn.contains(contact.id)) {
            note = tr("[Corrected on %1] %2").arg(dateText(m_correctedOn.value(contact.id)), note);
        }
        return note;
    }
    case FollowUp:
        return dateText(contact.followUpDue);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ContactTimelineModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Contact& contact = m_contacts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return text(contact, index.column());
    case Qt::ToolTipRole:
        return index.column() == Note ? text(contact, Note) : QVariant();
    case Qt::FontRole:
        if (m_correctedOn.contains(contact.id)) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case IdRole:
        return contact.id;
    case IsCorrectionRole:
        return !contact.correctsContactId.isEmpty();
    case IsCorrectedRole:
        return m_correctedOn.contains(contact.id);
    default:
        return {};
    }
}

QVariant ContactTimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (static_cast<Column>(section)) {
    case When:
        return tr("When");
    case Type:
        return tr("Type");
    case Duration:
        return tr("Duration");
    case Officer:
        return tr("Officer");
    case Note:
        return tr("Note");
    case FollowUp:
        return tr("Follow-up due");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace hearth::models
