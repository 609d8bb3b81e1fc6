#pragma once

#include <QWidget>

class QPushButton;
class QTableWidget;

namespace hearth::storage {
class Store;
}

namespace hearth::ui {

class ReferDialog;

// A resident's referrals and signposts, for the resident record's Referrals tab: every one with
// its service, kind, state and dates, and "Refer…", which opens ReferDialog with the services
// suggested for the resident.
class ResidentReferralsWidget : public QWidget
{
    Q_OBJECT

public:
    ResidentReferralsWidget(storage::Store& store, const QString& residentId, QWidget* parent = nullptr);
    ~ResidentReferralsWidget() override;

    void refresh();
    QTableWidget* table() const { return m_table; }
    // Opens the refer dialog (window-modal); the list is read again when it is accepted.
    ReferDialog* refer();

signals:
    void referralMade(const QString& referralId);

private:
    storage::Store& m_store;
    QString m_residentId;
    QPushButton* m_referButton;
    QTableWidget* m_table;
};

} // namespace hearth::ui
