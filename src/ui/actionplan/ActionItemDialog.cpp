#include "ActionItemDialog.h"

#include "ActionPlanRepository.h"
#include "Kpi.h"
#include "OfficerRepository.h"
#include "StorageError.h"
#include "Store.h"
#include "UiLog.h"
#include "forms/FieldErrorDisplay.h"
#include "forms/FormFields.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

#include <algorithm>

namespace hearth::ui {

namespace {

QLineEdit* lineField(QWidget* parent, const QString& field, const QString& text, const QString& accessibleName)
{
    auto* edit = new QLineEdit(text, parent);
    edit->setObjectName(field + QStringLiteral("Edit"));
    edit->setProperty(kFieldProperty, field);
    edit->setAccessibleName(accessibleName);
    return edit;
}

QComboBox* comboField(QWidget* parent, const QString& field, const QString& accessibleName)
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(field + QStringLiteral("Combo"));
    combo->setProperty(kFieldProperty, field);
    combo->setAccessibleName(accessibleName);
    return combo;
}

} // namespace

ActionItemDialog::ActionItemDialog(storage::Store& store, const ActionItem& item, const QList<Priority>& priorities,
                                   QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_item(item)
{
    setWindowTitle(item.id.isEmpty() ? tr("New action item") : tr("Edit action item: %1").arg(item.title));
    auto* layout = new QVBoxLayout(this);
    // The form is its fields' parent's own layout, so that FieldErrorDisplay puts each error in the
    // row under its field.
    auto* formWidget = new QWidget(this);
    auto* form = new QFormLayout(formWidget);
    form->setContentsMargins(0, 0, 0, 0);
    m_title = lineField(this, QStringLiteral("title"), item.title, tr("Title"));
    m_title->setMinimumWidth(360);
    form->addRow(tr("&Action:"), m_title);
    m_description = new QPlainTextEdit(item.description, this);
    m_description->setObjectName(QStringLiteral("descriptionEdit"));
    m_description->setProperty(kFieldProperty, QStringLiteral("description"));
    m_description->setAccessibleName(tr("Description"));
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(90);
    form->addRow(tr("&Description:"), m_description);

    m_priority = comboField(this, QStringLiteral("priority"), tr("Priority"));
    for (const Priority& priority : priorities) {
        m_priority->addItem(QStringLiteral("%1. %2").arg(priority.position).arg(priority.title), priority.id);
    }
    if (const int at = m_priority->findData(item.priorityId); at >= 0) {
        m_priority->setCurrentIndex(at);
    }
    form->addRow(tr("&Priority:"), m_priority);

    m_lead = comboField(this, QStringLiteral("lead"), tr("Lead officer"));
    m_lead->addItem(tr("No lead officer yet"), QString());
    try {
        for (const Officer& officer : store.officers().list()) {
            m_lead->addItem(officer.displayName, officer.id);
        }
        if (!item.leadOfficerId.isEmpty() && m_lead->findData(item.leadOfficerId) < 0) {
            // The item's lead has left, or is not (yet) known here: keep them offered as they are.
            const auto officer = store.officers().find(item.leadOfficerId);
            m_lead->addItem(officer ? tr("%1 (no longer active)").arg(officer->displayName)
                                    : tr("Unknown officer (%1)").arg(item.leadOfficerId),
                            item.leadOfficerId);
        }
    } catch (const storage::Error&) {
    }
    m_lead->setCurrentIndex(std::max(0, m_lead->findData(item.leadOfficerId)));
    form->addRow(tr("&Lead officer:"), m_lead);

    m_partner = lineField(this, QStringLiteral("partner"), item.partnerOrganisation, tr("Partner organisation"));
    m_partner->setPlaceholderText(tr("The partner accountable with the council, if any"));
    form->addRow(tr("Pa&rtner organisation:"), m_partner);
    m_start = lineField(this, QStringLiteral("start_on"), userDateText(item.startOn), tr("Start date"));
    m_start->setPlaceholderText(tr("dd/mm/yyyy"));
    form->addRow(tr("&Start:"), m_start);
    m_due = lineField(this, QStringLiteral("due_on"), userDateText(item.dueOn), tr("Due date"));
    m_due->setPlaceholderText(tr("dd/mm/yyyy"));
    form->addRow(tr("D&ue:"), m_due);

    m_kpi = comboField(this, QStringLiteral("kpi"), tr("Linked KPI"));
    m_kpi->addItem(tr("None"), QString());
    for (const kpi::Definition& definition : kpi::definitions()) {
        m_kpi->addItem(QStringLiteral("%1 (%2)").arg(definition.label, definition.id), definition.id);
    }
    if (!item.kpiId.isEmpty() && m_kpi->findData(item.kpiId) < 0) {
        m_kpi->addItem(item.kpiId, item.kpiId);
    }
    m_kpi->setCurrentIndex(std::max(0, m_kpi->findData(item.kpiId)));
    form->addRow(tr("Linked &KPI:"), m_kpi);
    layout->addWidget(formWidget);

    m_general = new QLabel(this);
    m_general->setObjectName(QStringLiteral("generalErrorLabel"));
    m_general->setWordWrap(true);
    layout->addWidget(m_general);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ActionItemDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ActionItemDialog::reject);
    layout->addWidget(buttons);
    m_errors = std::make_unique<FieldErrorDisplay>(this, m_general);
}

ActionItemDialog::~ActionItemDialog() = default;

bool ActionItemDialog::save()
{
    ActionItem item = m_item;
    FieldErrors problems;
    item.title = m_title->text().trimmed();
    item.description = m_description->toPlainText().trimmed();
    item.priorityId = m_priority->currentData().toString();
    item.leadOfficerId = m_lead->currentData().toString();
    item.partnerOrganisation = m_partner->text().trimmed();
    item.kpiId = m_kpi->currentData().toString();
    const auto readDate = [&problems](const QLineEdit* edit, const QString& field) {
        const auto date = parseUserDate(edit->text());
        if (!date) {
            problems.append({field, tr("is not a date (dd/mm/yyyy)")});
            return QDate();
        }
        return *date;
    };
    item.startOn = readDate(m_start, QStringLiteral("start_on"));
    item.dueOn = readDate(m_due, QStringLiteral("due_on"));
    if (item.priorityId.isEmpty()) {
        problems.append({QStringLiteral("priority"), tr("is required: add a priority to the strategy first")});
    }
    if (problems.isEmpty()) {
        problems = item.validate();
    }
    if (m_errors->show(problems)) {
        uiLog()->info("action item not saved: {} field problem(s)", problems.size());
        return false;
    }
    try {
        storage::ActionPlanRepository repository(m_store);
        m_item = item.id.isEmpty() ? repository.addItem(item) : repository.updateItem(item);
    } catch (const storage::Error& error) {
        m_errors->show(error.fields().isEmpty() ? FieldErrors {{QStringLiteral("item"), error.message()}}
                                                : error.fields());
        uiLog()->info("action item refused by the database");
        return false;
    }
    return true;
}

void ActionItemDialog::accept()
{
    if (save()) {
        QDialog::accept();
    }
}

} // namespace hearth::ui
