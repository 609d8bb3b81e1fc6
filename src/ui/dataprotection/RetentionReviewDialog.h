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

class BackgroundTask;
class TaskProgress;

// Tools > Retention review…: the closed cases kept longer than the council's retention period
// after closure (storage::Retention::due as of today), to tick some or all and anonymise with a
// reason: all or none, off the GUI thread with a progress bar whose Cancel leaves every case as it
// was (one transaction, rolled back).
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
    // Asks, then starts anonymising the ticked cases on a worker, with a progress bar and Cancel;
    // whether it started (not when asked not to). When it ends the list is read again, the status
    // says what happened and, if cases were anonymised, anonymised() is emitted.
    bool anonymiseChecked();
    QString status() const;
    BackgroundTask* task() const { return m_task; }
    TaskProgress* progress() const { return m_progress; }

    // While anonymising, Close, Escape and closing the window cancel it (the dialog stays open);
    // otherwise closes the dialog.
    void reject() override;
    // Before the store goes (another database opened): abandons the work, which rolls back, waits
    // for its thread, and closes.
    void closeNow();

signals:
    void anonymised(qint64 count);

private:
    void updateButtons();
    void setBusy(bool busy);

    storage::Store& m_store;
    QList<storage::RetentionDue> m_due;
    QLabel* m_intro = nullptr;
    QTableWidget* m_table = nullptr;
    QLineEdit* m_reason = nullptr;
    QPushButton* m_anonymise = nullptr;
    QPushButton* m_all = nullptr;
    QPushButton* m_none = nullptr;
    QLabel* m_status = nullptr;
    BackgroundTask* m_task = nullptr;
    TaskProgress* m_progress = nullptr;
};

} // namespace hearth::ui
