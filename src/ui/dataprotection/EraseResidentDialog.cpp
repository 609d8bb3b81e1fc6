#include "EraseResidentDialog.h"
#include "PageStyle.h"

#include "Store.h"
#include "SyncEngine.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hearth::ui {

EraseResidentDialog::EraseResidentDialog(storage::Store& store, const QString& residentId, const QString& name,
                                         QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_residentId(residentId)
{
    setWindowTitle(tr("Erase this resident"));
    setObjectName(QStringLiteral("eraseResidentDialog"));
    auto* layout = new QVBoxLayout(this);

    auto* heading = new QLabel(tr("<b>Erase %1 and everything recorded about them?</b>").arg(name.toHtmlEscaped()));
    heading->setObjectName(QStringLiteral("eraseHeading"));
    layout->addWidget(heading);
    auto* explanation =
        new QLabel(tr("The record, its contacts, measures and referrals are erased from this database now, and from "
                      "every database of the team when they next exchange bundles. This cannot be undone, and a "
                      "backup cannot bring it back into the team's data. Use it when the law requires erasure; "
                      "for closed cases past the retention period use Tools > Retention review instead, which keeps "
                      "the figures.\n\nThe erasure and its reason are kept in the audit log: do not write personal "
                      "details in the reason."));
    explanation->setWordWrap(true);
    layout->addWidget(explanation);

    auto* form = new QFormLayout;
    m_reason = new QLineEdit;
    m_reason->setObjectName(QStringLiteral("eraseReasonEdit"));
    m_reason->setAccessibleName(tr("Reason for erasure"));
    m_reason->setPlaceholderText(tr("e.g. erasure request reference"));
    auto* reasonLabel = new QLabel(tr("&Reason:"));
    reasonLabel->setBuddy(m_reason);
    form->addRow(reasonLabel, m_reason);
    layout->addLayout(form);

    m_confirm = new QCheckBox(tr("I &understand that this erases the resident for good"));
    m_confirm->setObjectName(QStringLiteral("eraseConfirmCheck"));
    m_confirm->setAccessibleName(tr("Confirm that the erasure cannot be undone"));
    layout->addWidget(m_confirm);

    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("eraseProblem"));
    m_problem->setWordWrap(true);
    styleTone(m_problem, colours::Tone::Problem);
    m_problem->setAccessibleName(tr("Problem with the erasure"));
    m_problem->hide();
    layout->addWidget(m_problem);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_erase = buttons->addButton(tr("&Erase"), QDialogButtonBox::DestructiveRole);
    m_erase->setObjectName(QStringLiteral("eraseButton"));
    m_erase->setAccessibleName(tr("Erase the resident"));
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    layout->addWidget(buttons);

    connect(m_reason, &QLineEdit::textChanged, this, &EraseResidentDialog::updateButton);
    connect(m_confirm, &QCheckBox::toggled, this, &EraseResidentDialog::updateButton);
    connect(m_erase, &QPushButton::clicked, this, &EraseResidentDialog::erase);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateButton();
}

QString EraseResidentDialog::problem() const
{
    return m_problem->isVisible() ? m_problem->text() : QString();
}

void EraseResidentDialog::updateButton()
{
    m_erase->setEnabled(!m_reason->text().trimmed().isEmpty() && m_confirm->isChecked());
}

void EraseResidentDialog::erase()
{
    if (!m_erase->isEnabled()) {
        return;
    }
    try {
        sync::SyncEngine(m_store).purgeResident(m_residentId, m_reason->text().trimmed());
    } catch (const std::exception& error) {
        m_problem->setText(QStringLiteral("⚠ ") + QString::fromUtf8(error.what()));
        m_problem->show();
        return;
    }
    accept();
}

} // namespace hearth::ui
