#include "caseload/ContactDialog.h"

#include "ui_ContactDialog.h"

#include "ContactRepository.h"
#include "StorageError.h"
#include "Store.h"
#include "UiLog.h"
#include "Vocabulary.h"
#include "forms/FieldErrorDisplay.h"
#include "forms/FormFields.h"

#include <QPushButton>

namespace hearth::ui {

ContactDialog::ContactDialog(storage::Store& store, const QString& residentId, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ContactDialog>())
    , m_store(store)
    , m_residentId(residentId)
{
    m_ui->setupUi(this);
    m_errors = std::make_unique<FieldErrorDisplay>(this, m_ui->generalErrorLabel);
    fillCodeCombo(m_ui->typeCombo, vocab::contactTypes());
    m_ui->dateEdit->setText(userDateText(m_store.clock().today()));
    m_ui->correctedNoteLabel->hide();
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Save contact"));
    m_ui->typeCombo->setFocus();
}

ContactDialog::~ContactDialog() = default;

void ContactDialog::setCorrectionOf(const Contact& original)
{
    m_correctsId = original.id;
    setWindowTitle(tr("Add correction"));
    m_ui->introLabel->setText(tr("The note stays as it was written; your correction is added beside it, dated today."));
    m_ui->correctedNoteLabel->setText(
        tr("Correcting the note of %1:\n%2").arg(userDateText(original.contactOn), original.note));
    m_ui->correctedNoteLabel->show();
    for (QWidget* widget : {static_cast<QWidget*>(m_ui->typeCombo), static_cast<QWidget*>(m_ui->dateEdit),
                            static_cast<QWidget*>(m_ui->timeEdit), static_cast<QWidget*>(m_ui->durationSpin),
                            static_cast<QWidget*>(m_ui->followUpEdit)}) {
        m_ui->formLayout->setRowVisible(widget, false);
    }
    m_ui->noteEditLabel->setText(tr("&Corrected note"));
    m_ui->noteEdit->setAccessibleName(tr("Corrected note"));
    m_ui->noteEdit->setPlainText(original.note);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Save correction"));
    m_ui->noteEdit->setFocus();
}

void ContactDialog::accept()
{
    FieldErrors problems;
    try {
        if (!m_correctsId.isEmpty()) {
            m_saved = m_store.contacts().addCorrection(m_correctsId, m_ui->noteEdit->toPlainText());
        } else {
            Contact contact;
            contact.residentId = m_residentId;
            contact.type = comboCode(m_ui->typeCombo);
            const auto on = parseUserDate(m_ui->dateEdit->text());
            if (!on) {
                problems.append(
                    {QStringLiteral("on"), tr("“%1” is not a date: use dd/mm/yyyy").arg(m_ui->dateEdit->text())});
            } else {
                contact.contactOn = *on;
            }
            contact.contactTime = m_ui->timeEdit->text().trimmed();
            if (m_ui->durationSpin->value() > 0) {
                contact.durationMinutes = m_ui->durationSpin->value();
            }
            contact.note = m_ui->noteEdit->toPlainText().trimmed();
            const auto followUp = parseUserDate(m_ui->followUpEdit->text());
            if (!followUp) {
                problems.append({QStringLiteral("follow_up"),
                                 tr("“%1” is not a date: use dd/mm/yyyy").arg(m_ui->followUpEdit->text())});
            } else {
                contact.followUpDue = *followUp;
            }
            contact.officerId = m_store.actingOfficerId();
            if (problems.isEmpty()) {
                m_saved = m_store.contacts().add(contact);
            }
        }
    } catch (const storage::Error& error) {
        problems =
            error.fields().isEmpty() ? FieldErrors {{QStringLiteral("contact"), error.message()}} : error.fields();
    }
    if (m_errors->show(problems)) {
        uiLog()->info("contact not saved: {} field problem(s)", problems.size());
        return;
    }
    QDialog::accept();
}

} // namespace hearth::ui
