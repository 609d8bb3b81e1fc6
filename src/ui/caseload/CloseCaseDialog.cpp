#include "caseload/CloseCaseDialog.h"

#include "ui_CloseCaseDialog.h"

#include "ResidentRepository.h"
#include "StorageError.h"
#include "Store.h"
#include "Vocabulary.h"
#include "forms/FieldErrorDisplay.h"
#include "forms/FormFields.h"

#include <QPushButton>

namespace hearth::ui {

CloseCaseDialog::CloseCaseDialog(storage::Store& store, const QString& residentId, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CloseCaseDialog>())
    , m_store(store)
    , m_residentId(residentId)
{
    m_ui->setupUi(this);
    m_errors = std::make_unique<FieldErrorDisplay>(this, m_ui->generalErrorLabel);
    fillCodeCombo(m_ui->reasonCombo, vocab::closureReasons(), tr("Choose a reason"));
    m_ui->closedOnEdit->setText(userDateText(m_store.clock().today()));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Close case"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->closedOnEdit->setFocus();
}

CloseCaseDialog::~CloseCaseDialog() = default;

void CloseCaseDialog::accept()
{
    FieldErrors problems;
    const auto on = parseUserDate(m_ui->closedOnEdit->text());
    if (!on || !on->isValid()) {
        problems.append({QStringLiteral("closed_on"), tr("enter the date the case closed, as dd/mm/yyyy")});
    }
    if (comboCode(m_ui->reasonCombo).isEmpty()) {
        problems.append({QStringLiteral("closure_reason"), tr("choose why the case is closing")});
    }
    if (problems.isEmpty()) {
        try {
            m_store.residents().close(m_residentId, *on, comboCode(m_ui->reasonCombo));
        } catch (const storage::Error& error) {
            problems =
                error.fields().isEmpty() ? FieldErrors {{QStringLiteral("case"), error.message()}} : error.fields();
        }
    }
    if (m_errors->show(problems)) {
        return;
    }
    QDialog::accept();
}

} // namespace hearth::ui
