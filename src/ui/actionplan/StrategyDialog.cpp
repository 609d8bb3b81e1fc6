#include "StrategyDialog.h"

#include "ActionPlanRepository.h"
#include "StorageError.h"
#include "Store.h"
#include "UiLog.h"
#include "forms/FieldErrorDisplay.h"
#include "forms/FormFields.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace hearth::ui {

namespace {

QLineEdit* lineField(QWidget* parent, const QString& field, const QString& accessibleName)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(field + QStringLiteral("Edit"));
    edit->setProperty(kFieldProperty, field);
    edit->setAccessibleName(accessibleName);
    return edit;
}

QLabel* generalLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QStringLiteral("generalErrorLabel"));
    label->setWordWrap(true);
    return label;
}

// Reads a dd/mm/yyyy field; a problem for `field` when the text is not a date.
QDate readDate(const QLineEdit* edit, const QString& field, FieldErrors& problems)
{
    const auto date = parseUserDate(edit->text());
    if (!date) {
        problems.append(
            {field, QCoreApplication::translate("hearth::ui::StrategyDialog", "is not a date (dd/mm/yyyy)")});
        return {};
    }
    return *date;
}

FieldErrors errorFields(const storage::Error& error, const QString& fallback)
{
    return error.fields().isEmpty() ? FieldErrors {{fallback, error.message()}} : error.fields();
}

} // namespace

StrategyDialog::StrategyDialog(storage::Store& store, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
{
    setWindowTitle(tr("New strategy"));
    auto* layout = new QVBoxLayout(this);
    // The form is its fields' parent's own layout, so that FieldErrorDisplay puts each error in the
    // row under its field.
    auto* formWidget = new QWidget(this);
    auto* form = new QFormLayout(formWidget);
    form->setContentsMargins(0, 0, 0, 0);
    m_title = lineField(this, QStringLiteral("title"), tr("Title"));
    m_title->setPlaceholderText(tr("e.g. Tackling loneliness strategy 2026–2029"));
    form->addRow(tr("&Title:"), m_title);
    m_from = lineField(this, QStringLiteral("period_from"), tr("Period from"));
    m_from->setPlaceholderText(tr("dd/mm/yyyy"));
    form->addRow(tr("Period &from:"), m_from);
    m_to = lineField(this, QStringLiteral("period_to"), tr("Period to"));
    m_to->setPlaceholderText(tr("dd/mm/yyyy"));
    form->addRow(tr("Period t&o:"), m_to);
    layout->addWidget(formWidget);
    m_general = generalLabel(this);
    layout->addWidget(m_general);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &StrategyDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &StrategyDialog::reject);
    layout->addWidget(buttons);
    m_errors = std::make_unique<FieldErrorDisplay>(this, m_general);
}

StrategyDialog::~StrategyDialog() = default;

bool StrategyDialog::save()
{
    Strategy strategy;
    FieldErrors problems;
    strategy.title = m_title->text().trimmed();
    strategy.periodFrom = readDate(m_from, QStringLiteral("period_from"), problems);
    strategy.periodTo = readDate(m_to, QStringLiteral("period_to"), problems);
    if (problems.isEmpty()) {
        problems = strategy.validate();
    }
    if (m_errors->show(problems)) {
        uiLog()->info("strategy not saved: {} field problem(s)", problems.size());
        return false;
    }
    try {
        m_strategy = storage::ActionPlanRepository(m_store).addStrategy(strategy);
    } catch (const storage::Error& error) {
        m_errors->show(errorFields(error, QStringLiteral("strategy")));
        return false;
    }
    return true;
}

void StrategyDialog::accept()
{
    if (save()) {
        QDialog::accept();
    }
}

PriorityDialog::PriorityDialog(storage::Store& store, const Strategy& strategy, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
{
    m_priority.strategyId = strategy.id;
    setWindowTitle(tr("New priority in %1").arg(strategy.title));
    auto* layout = new QVBoxLayout(this);
    // The form is its fields' parent's own layout, so that FieldErrorDisplay puts each error in the
    // row under its field.
    auto* formWidget = new QWidget(this);
    auto* form = new QFormLayout(formWidget);
    form->setContentsMargins(0, 0, 0, 0);
    m_title = lineField(this, QStringLiteral("title"), tr("Title"));
    m_title->setPlaceholderText(tr("e.g. Raise awareness of loneliness"));
    form->addRow(tr("&Title:"), m_title);
    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(QStringLiteral("descriptionEdit"));
    m_description->setProperty(kFieldProperty, QStringLiteral("description"));
    m_description->setAccessibleName(tr("Description"));
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(90);
    form->addRow(tr("&Description:"), m_description);
    layout->addWidget(formWidget);
    m_general = generalLabel(this);
    layout->addWidget(m_general);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PriorityDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PriorityDialog::reject);
    layout->addWidget(buttons);
    m_errors = std::make_unique<FieldErrorDisplay>(this, m_general);
}

PriorityDialog::~PriorityDialog() = default;

bool PriorityDialog::save()
{
    Priority priority = m_priority;
    priority.title = m_title->text().trimmed();
    priority.description = m_description->toPlainText().trimmed();
    const FieldErrors problems = priority.validate();
    if (m_errors->show(problems)) {
        uiLog()->info("priority not saved: {} field problem(s)", problems.size());
        return false;
    }
    try {
        m_priority = storage::ActionPlanRepository(m_store).addPriority(priority);
    } catch (const storage::Error& error) {
        m_errors->show(errorFields(error, QStringLiteral("priority")));
        return false;
    }
    return true;
}

void PriorityDialog::accept()
{
    if (save()) {
        QDialog::accept();
    }
}

} // namespace hearth::ui
