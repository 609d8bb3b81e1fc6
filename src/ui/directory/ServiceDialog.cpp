#include "ServiceDialog.h"

#include "DirectoryRepository.h"
#include "StorageError.h"
#include "Store.h"
#include "UiLog.h"
#include "Vocabulary.h"
#include "WardRepository.h"
#include "forms/FieldErrorDisplay.h"
#include "forms/FormFields.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hearth::ui {

namespace {

QLineEdit* lineField(QWidget* parent, const QString& field, const QString& text)
{
    auto* edit = new QLineEdit(text, parent);
    edit->setObjectName(field + QStringLiteral("Edit"));
    edit->setProperty(kFieldProperty, field);
    return edit;
}

QString ageText(const std::optional<int>& age)
{
    return age ? QString::number(*age) : QString();
}

// A whole number of years, or nothing; false when the text is neither.
bool readAge(const QString& text, std::optional<int>& age)
{
    if (text.trimmed().isEmpty()) {
        age.reset();
        return true;
    }
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    if (!ok) {
        return false;
    }
    age = value;
    return true;
}

} // namespace

ServiceDialog::ServiceDialog(storage::Store& store, const Service& service, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_service(service)
{
    setWindowTitle(tr("Edit service: %1").arg(service.name));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_name = lineField(this, QStringLiteral("name"), service.name);
    form->addRow(tr("&Name:"), m_name);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusCombo"));
    m_status->setProperty(kFieldProperty, QStringLiteral("status"));
    fillCodeCombo(m_status, vocab::serviceStatuses());
    setComboCode(m_status, service.status);
    form->addRow(tr("&Status:"), m_status);
    m_description = new QPlainTextEdit(service.description, this);
    m_description->setObjectName(QStringLiteral("descriptionEdit"));
    m_description->setProperty(kFieldProperty, QStringLiteral("description"));
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(80);
    form->addRow(tr("&Description:"), m_description);
    m_categories = lineField(this, QStringLiteral("categories"), service.categories.join(QStringLiteral(", ")));
    m_categories->setToolTip(tr("Category codes, separated by commas"));
    form->addRow(tr("&Categories:"), m_categories);
    m_wards = new QListWidget(this);
    m_wards->setObjectName(QStringLiteral("wardsList"));
    m_wards->setProperty(kFieldProperty, QStringLiteral("wards_served"));
    m_wards->setMaximumHeight(110);
    m_wards->setAccessibleName(tr("Wards served (none ticked: the whole area)"));
    try {
        for (const Ward& ward : store.wards().list()) {
            auto* item = new QListWidgetItem(ward.name, m_wards);
            item->setData(Qt::UserRole, ward.code);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(service.wardsServed.contains(ward.code) ? Qt::Checked : Qt::Unchecked);
        }
    } catch (const storage::Error&) {
    }
    form->addRow(tr("&Wards served:"), m_wards);
    m_minimumAge = lineField(this, QStringLiteral("minimum_age"), ageText(service.minimumAge));
    form->addRow(tr("Minimum a&ge:"), m_minimumAge);
    m_maximumAge = lineField(this, QStringLiteral("maximum_age"), ageText(service.maximumAge));
    form->addRow(tr("Ma&ximum age:"), m_maximumAge);
    m_phone = lineField(this, QStringLiteral("phone"), service.phone);
    form->addRow(tr("&Phone:"), m_phone);
    m_email = lineField(this, QStringLiteral("email"), service.email);
    form->addRow(tr("&Email:"), m_email);
    m_url = lineField(this, QStringLiteral("url"), service.url);
    form->addRow(tr("&Web address:"), m_url);
    m_cost = lineField(this, QStringLiteral("cost_description"), service.costDescription);
    m_cost->setPlaceholderText(tr("Empty: free"));
    form->addRow(tr("C&ost:"), m_cost);
    m_assured = lineField(this, QStringLiteral("assured_date"), userDateText(service.assuredDate));
    m_assured->setPlaceholderText(tr("dd/mm/yyyy"));
    form->addRow(tr("&Checked with the provider on:"), m_assured);
    layout->addLayout(form);
    m_general = new QLabel(this);
    m_general->setObjectName(QStringLiteral("generalErrorLabel"));
    m_general->setWordWrap(true);
    layout->addWidget(m_general);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ServiceDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ServiceDialog::reject);
    layout->addWidget(buttons);
    m_errors = std::make_unique<FieldErrorDisplay>(this, m_general);
}

ServiceDialog::~ServiceDialog() = default;

bool ServiceDialog::save()
{
    Service service = m_service;
    FieldErrors problems;
    service.name = m_name->text().trimmed();
    service.status = comboCode(m_status);
    service.description = m_description->toPlainText().trimmed();
    service.categories.clear();
    for (const QString& code : m_categories->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!code.trimmed().isEmpty()) {
            service.categories.append(code.trimmed());
        }
    }
    service.wardsServed.clear();
    for (int row = 0; row < m_wards->count(); ++row) {
        if (m_wards->item(row)->checkState() == Qt::Checked) {
            service.wardsServed.append(m_wards->item(row)->data(Qt::UserRole).toString());
        }
    }
    if (!readAge(m_minimumAge->text(), service.minimumAge)) {
        problems.append({QStringLiteral("minimum_age"), tr("is not a whole number of years")});
    }
    if (!readAge(m_maximumAge->text(), service.maximumAge)) {
        problems.append({QStringLiteral("maximum_age"), tr("is not a whole number of years")});
    }
    service.phone = m_phone->text().trimmed();
    service.email = m_email->text().trimmed();
    service.url = m_url->text().trimmed();
    service.costDescription = m_cost->text().trimmed();
    if (const auto date = parseUserDate(m_assured->text())) {
        service.assuredDate = *date;
    } else {
        problems.append({QStringLiteral("assured_date"), tr("is not a date (dd/mm/yyyy)")});
    }
    if (service.assuredDate.isValid() && service.assuredDate > m_store.clock().today()) {
        problems.append({QStringLiteral("assured_date"), tr("is in the future")});
    }
    if (problems.isEmpty()) {
        problems = service.validate();
    }
    if (m_errors->show(problems)) {
        uiLog()->info("service not saved: {} field problem(s)", problems.size());
        return false;
    }
    try {
        m_service = storage::DirectoryRepository(m_store).updateService(service);
    } catch (const storage::Error& error) {
        m_errors->show(error.fields().isEmpty() ? FieldErrors {{QStringLiteral("service"), error.message()}}
                                                : error.fields());
        return false;
    }
    return true;
}

void ServiceDialog::accept()
{
    if (save()) {
        QDialog::accept();
    }
}

} // namespace hearth::ui
