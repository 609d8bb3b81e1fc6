#pragma once

#include "Resident.h"
#include "forms/FormState.h"

#include <QDialog>

#include <memory>

class QPushButton;
class QUndoStack;

namespace Ui {
class ResidentDialog;
}

namespace hearth::storage {
class Store;
}

namespace hearth::models {
class ContactTimelineModel;
}

namespace hearth::ui {

class FieldErrorDisplay;
class MeasurementHistoryWidget;
class ResidentReferralsWidget;

// A resident's record: every field of design.md in sections, the contacts timeline, and the case's
// close and reopen. Edits are undoable (Ctrl+Z, Ctrl+Shift+Z) until the window closes; Save writes
// them, with problems shown beside their fields. Closing with unsaved edits asks first.
class ResidentDialog : public QDialog
{
    Q_OBJECT

public:
    // An empty id starts a new resident, assigned to the acting officer and identified today.
    ResidentDialog(storage::Store& store, const QString& residentId, QWidget* parent = nullptr);
    ~ResidentDialog() override;

    QString residentId() const { return m_resident.id; }
    const Resident& resident() const { return m_resident; }
    bool isModified() const;

    // Validates and writes the form; returns whether it was saved.
    bool save();
    // Asks what to do with unsaved edits; returns whether the window may close.
    bool confirmClose();

    void addContact();
    void addCorrection();
    void closeCase();
    void reopenCase();
    // "Erase this resident…": opens the erasure dialog (reason and confirmation); on erasure the
    // record window closes and residentChanged is emitted for the caseload to read again.
    void eraseResident();
    // "Subject access export…": opens the SubjectAccessDialog (lastChildDialog()).
    void exportSubjectAccess();

    QUndoStack* undoStack() const { return m_undo; }
    FieldErrorDisplay& errors() { return *m_errors; }
    models::ContactTimelineModel* contactModel() const { return m_contacts; }
    // The dialog last opened by addContact/addCorrection/closeCase, for tests.
    QDialog* lastChildDialog() const { return m_childDialog; }

    // The Measures tab: the resident's outcome measures (once the record is saved).
    void setMeasuresWidget(QWidget* widget);
    MeasurementHistoryWidget* measuresWidget() const { return m_measures; }
    // The Referrals tab: the resident's referrals and "Refer…" (once the record is saved).
    ResidentReferralsWidget* referralsWidget() const { return m_referrals; }

    // Puts the form back as `state` (undo and redo).
    void applyState(const FormState& state);

signals:
    // The resident was saved, closed or reopened, or a contact was added.
    void residentChanged(const QString& residentId);

public slots:
    void reject() override;

private:
    void setupFields();
    void setupActions();
    void load(const Resident& resident);
    void writeForm(const Resident& resident);
    Resident readForm(FieldErrors& problems) const;
    void fieldEdited(QWidget* field);
    void updateHeader();
    void updateCaseButtons();
    void showMeasures();
    void showReferrals();

    std::unique_ptr<Ui::ResidentDialog> m_ui;
    std::unique_ptr<FieldErrorDisplay> m_errors;
    storage::Store& m_store;
    CouncilVocabulary m_vocabulary; // read when the record opens
    Resident m_resident;
    QUndoStack* m_undo;
    FormState m_state; // the form as the undo stack last left it
    bool m_restoring = false;
    models::ContactTimelineModel* m_contacts;
    QDialog* m_childDialog = nullptr;
    MeasurementHistoryWidget* m_measures = nullptr;
    ResidentReferralsWidget* m_referrals = nullptr;
    QPushButton* m_subjectAccessButton = nullptr;
};

} // namespace hearth::ui
