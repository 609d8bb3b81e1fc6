#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace hearth::storage {
class Store;
}

namespace hearth::ui {

// "Erase this resident…" (GDPR erasure): asks for the reason and a clear confirmation, then
// erases the resident and everything recorded about them through sync's purge, which leaves a
// marker so a late bundle cannot bring the record back. The erasure and its reason are audited.
class EraseResidentDialog : public QDialog
{
    Q_OBJECT

public:
    EraseResidentDialog(storage::Store& store, const QString& residentId, const QString& name,
                        QWidget* parent = nullptr);

    QLineEdit* reasonEdit() const { return m_reason; }
    QCheckBox* confirmBox() const { return m_confirm; }
    QPushButton* eraseButton() const { return m_erase; }
    QString problem() const;

    // Erases (when the reason is given and the box ticked); accepts on success.
    void erase();

private:
    void updateButton();

    storage::Store& m_store;
    QString m_residentId;
    QLineEdit* m_reason = nullptr;
    QCheckBox* m_confirm = nullptr;
    QPushButton* m_erase = nullptr;
    QLabel* m_problem = nullptr;
};

} // namespace hearth::ui
