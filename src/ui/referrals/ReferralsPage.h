#pragma once

#include "Referral.h"
#include "pages/StorePage.h"

#include <QWidget>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QTableWidget;

namespace hearth::storage {
class Store;
}

namespace hearth::ui {

// The Referrals page (issue 5): open referrals by status and age in days, those sent and
// unanswered for the council's no-response days marked "No response for N days" in words. Choose
// one and move it on with the buttons beside the table: only the state machine's legal moves are
// offered; a move the database refuses (a date before the last one) shows its message.
class ReferralsPage : public QWidget, public StorePage
{
    Q_OBJECT

public:
    explicit ReferralsPage(QWidget* parent = nullptr);
    ~ReferralsPage() override;

    void setStore(storage::Store* store) override;
    void refresh() override;

    QTableWidget* table() const { return m_table; }
    // Chooses the referral with this id in the table; false when it is not listed.
    bool selectReferral(const QString& referralId);
    QString selectedReferralId() const;
    // The transition buttons offered for the chosen referral (named "transition_<status code>").
    QList<QPushButton*> transitionButtons() const;
    // Moves the chosen referral to `to` today; returns whether it moved (else the message says why).
    bool moveSelected(ReferralStatus to);
    QString messageText() const;

signals:
    void referralChanged(const QString& referralId);

private:
    void updateButtons();

    storage::Store* m_store = nullptr;
    QComboBox* m_statusFilter;
    QLabel* m_summary;
    QTableWidget* m_table;
    QLabel* m_chosen;
    QHBoxLayout* m_buttons;
    QLabel* m_message;
    QList<QPushButton*> m_transitionButtons;
};

} // namespace hearth::ui
