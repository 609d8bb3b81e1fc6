#pragma once

#include "Contact.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace hearth::storage {
class Store;
}

namespace hearth::models {

// One resident's contacts, newest first. Notes are append-only: a correction is its own row that
// names the note it corrects, and the corrected note says it was corrected.
class ContactTimelineModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { When, Type, Duration, Officer, Note, FollowUp, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        IdRole = Qt::UserRole + 1,
        IsCorrectionRole, // bool
        IsCorrectedRole, // bool: a later note corrects this one
    };

    explicit ContactTimelineModel(QObject* parent = nullptr);

    // Reads the resident's contacts; an empty id or a null store empties the model.
    void load(storage::Store* store, const QString& residentId);
    void refresh();

    const Contact* contactAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString text(const Contact& contact, int column) const;

    storage::Store* m_store = nullptr;
    QString m_residentId;
    QList<Contact> m_contacts;
    QHash<QString, QString> m_officerNames; // officer id -> display name
    QHash<QString, QDate> m_dates; // contact id -> date, to name the note a correction corrects
    QHash<QString, QDate> m_correctedOn; // corrected contact id -> date of its latest correction
};

} // namespace hearth::models
