#pragma once

#include "Retention.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace hearth::storage {
class Store;
}

namespace hearth::ui {

// Tools > Retention review…: the closed cases kept longer than the council's retention period
// after closure (storage::Retention::due as of today), to tick some or all and anonymise with a
// reason: all or none, with a progress bar whose Cancel leaves every case as it was.
class RetentionReviewDialog : public QDialog
{
    Q_OBJECT

public:
    RetentionReviewDialog(storage::Store& store, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    QLineEdit* reasonEdit() const { return m_reason; }
    QPushButton* anonymiseButton() const { return m_anonymise; }
    // The ids ticked, in the order listed.
    QStringList checkedIds() const;
    void setAllChecked(bool checked);
    // Reads the list again.
    void reload();
    // Asks, then anonymises the ticked cases with a progress bar. Returns how many were anonymised
    // (0 when asked not to, cancelled or refused).
    qint64 anonymiseChecked();
    QString status() const;

signals:
    void anonymised(qint64 count);

private:
    void updateButtons();

    storage::Store& m_store;
    QList<storage::RetentionDue> m_due;
    QLabel* m_intro = nullptr;
    QTableWidget* m_table = nullptr;
    QLineEdit* m_reason = nullptr;
    QPushButton* m_anonymise = nullptr;
    QPushButton* m_all = nullptr;
    QPushButton* m_none = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace hearth::ui
