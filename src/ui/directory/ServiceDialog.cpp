#include "ServiceDialog.h"

#include "DirectoryRepository.h"
#include "StorageError.h"
#include "Store.h"
#include "UiLog.h"
#include "Vocabulary.h"
#include "WardRepository.h"
#include "forms/FieldErrorDisplay.h"
#include "forms/FormFields.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
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

// A whole number, or nothing; false when the text is neither.
bool readCount(const QString& text, std::optional<int>& count)
{
    return readAge(text, count);
}

// A date typed as dd/mm/yyyy (or empty); adds a problem for the field otherwise.
QDate readDate(const QLineEdit* edit, const QString& field, FieldErrors& problems)
{
    if (const auto date = parseUserDate(edit->text())) {
        return *date;
    }
    problems.append({field, QCoreApplication::translate("hearth::ui::ServiceDialog", "is not a date (dd/mm/yyyy)")});
    return {};
}

} // namespace

ServiceDialog::ServiceDialog(storage::Store& store, const Service& service, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_service(service)
    , m_isNew(service.id.isEmpty())
{
    setWindowTitle(m_isNew ? tr("New service") : tr("Edit service: %1").arg(service.name));
    auto* layout = new QVBoxLayout(this);
    auto* columns = new QHBoxLayout;
    auto* form = new QFormLayout;
    auto* more = new QFormLayout;
    columns->addLayout(form, 1);
    columns->addLayout(more, 1);
    if (m_isNew) {
        m_organisation = new QComboBox(this);
        m_organisation->setObjectName(QStringLiteral("organisationCombo"));
        m_organisation->setProperty(kFieldProperty, QStringLiteral("organisation"));
        m_organisation->setEditable(true);
        m_organisation->setInsertPolicy(QComboBox::NoInsert);
        m_organisation->setToolTip(tr("Choose the organisation that runs it, or type the name of a new one"));
        m_organisation->setAccessibleDescription(m_organisation->toolTip());
        try {
            for (const Organisation& organisation : storage::DirectoryRepository(store).organisations()) {
                m_organisation->addItem(organisation.name, organisation.id);
            }
        } catch (const storage::Error&) {
        }
        m_organisation->setCurrentIndex(m_organisation->findData(service.organisationId));
        if (m_organisation->currentIndex() < 0) {
            m_organisation->setEditText(QString());
        }
        form->addRow(tr("Or&ganisation:"), m_organisation);
    }
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
    form->addRow(tr("Descri&ption:"), m_description);
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
    m_targetGroups = new QListWidget(this);
    m_targetGroups->setObjectName(QStringLiteral("targetGroupsList"));
    m_targetGroups->setProperty(kFieldProperty, QStringLiteral("target_groups"));
    m_targetGroups->setMaximumHeight(110);
    m_targetGroups->setAccessibleName(tr("Target groups the service is for"));
    m_vocabulary = store.councilVocabulary();
    fillCheckList(m_targetGroups, m_vocabulary.targetGroups());
    addRetiredItems(m_targetGroups, m_vocabulary.targetGroups(), service.targetGroups);
    setCheckedCodes(m_targetGroups, service.targetGroups);
    form->addRow(tr("&Target groups:"), m_targetGroups);
    m_minimumAge = lineField(this, QStringLiteral("minimum_age"), ageText(service.minimumAge));
    more->addRow(tr("&Minimum age:"), m_minimumAge);
    m_maximumAge = lineField(this, QStringLiteral("maximum_age"), ageText(service.maximumAge));
    more->addRow(tr("Ma&ximum age:"), m_maximumAge);
    m_phone = lineField(this, QStringLiteral("phone"), service.phone);
    more->addRow(tr("P&hone:"), m_phone);
    m_email = lineField(this, QStringLiteral("email"), service.email);
    more->addRow(tr("&Email:"), m_email);
    m_url = lineField(this, QStringLiteral("url"), service.url);
    more->addRow(tr("We&b address:"), m_url);
    m_cost = lineField(this, QStringLiteral("cost_description"), service.costDescription);
    m_cost->setPlaceholderText(tr("Empty: free"));
    more->addRow(tr("C&ost:"), m_cost);
    m_capacity = lineField(this, QStringLiteral("capacity"), ageText(service.capacity));
    m_capacity->setPlaceholderText(tr("Empty: no limit known"));
    more->addRow(tr("Capac&ity (places):"), m_capacity);
    m_accessibility = lineField(this, QStringLiteral("accessibility"), service.accessibility);
    more->addRow(tr("Accessibi&lity:"), m_accessibility);
    m_transport = new QCheckBox(tr("T&ransport provided"), this);
    m_transport->setObjectName(QStringLiteral("transportCheck"));
    m_transport->setProperty(kFieldProperty, QStringLiteral("transport_provided"));
    m_transport->setChecked(service.transportProvided);
    more->addRow(QString(), m_transport);
    m_startedOn = lineField(this, QStringLiteral("started_on"), userDateText(service.startedOn));
    m_startedOn->setPlaceholderText(tr("dd/mm/yyyy"));
    more->addRow(tr("St&arted on:"), m_startedOn);
    m_endedOn = lineField(this, QStringLiteral("ended_on"), userDateText(service.endedOn));
    m_endedOn->setPlaceholderText(tr("dd/mm/yyyy; empty while it runs"));
    more->addRow(tr("En&ded on:"), m_endedOn);
    m_assured = lineField(this, QStringLiteral("assured_date"), userDateText(service.assuredDate));
    m_assured->setPlaceholderText(tr("dd/mm/yyyy"));
    more->addRow(tr("Chec&ked with the provider on:"), m_assured);
    layout->addLayout(columns);
    m_general = new QLabel(this);
    m_general->setObjectName(QStringLiteral("generalErrorLabel"));
    m_general->setWordWrap(true);
    layout->addWidget(m_general);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ServiceDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ServiceDialog::reject);
    layout->addWidget(buttons);
    m_errors = std::make_unique<FieldErrorDisplay>(this, m_general);
    resize(qMax(760, sizeHint().width()), sizeHint().height());
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
    service.targetGroups = checkedCodes(m_targetGroups);
    if (!readCount(m_capacity->text(), service.capacity)) {
        problems.append({QStringLiteral("capacity"), tr("is not a whole number of places")});
    }
    service.accessibility = m_accessibility->text().trimmed();
    service.transportProvided = m_transport->isChecked();
    service.startedOn = readDate(m_startedOn, QStringLiteral("started_on"), problems);
    service.endedOn = readDate(m_endedOn, QStringLiteral("ended_on"), problems);
    service.assuredDate = readDate(m_assured, QStringLiteral("assured_date"), problems);
    if (service.assuredDate.isValid() && service.assuredDate > m_store.clock().today()) {
        problems.append({QStringLiteral("assured_date"), tr("is in the future")});
    }
    // A new service names its organisation: one held (chosen or typed exactly), or a new one.
    std::optional<Organisation> newOrganisation;
    if (m_isNew) {
        const QString typed = m_organisation->currentText().trimmed();
        const int held = m_organisation->findText(typed, Qt::MatchFixedString);
        if (typed.isEmpty()) {
            problems.append({QStringLiteral("organisation"), tr("is required: choose one or type a new name")});
        } else if (held >= 0) {
            service.organisationId = m_organisation->itemData(held).toString();
        } else {
            newOrganisation = Organisation {};
            newOrganisation->name = typed;
        }
    }
    if (problems.isEmpty()) {
        for (const FieldError& error : service.validate(m_vocabulary)) {
            if (!(newOrganisation && error.field == QLatin1String("organisation"))) {
                problems.append(error);
            }
        }
    }
    if (m_errors->show(problems)) {
        uiLog()->info("service not saved: {} field problem(s)", problems.size());
        return false;
    }
    try {
        storage::DirectoryRepository directory(m_store);
        if (!m_isNew) {
            m_service = directory.updateService(service);
        } else if (newOrganisation) {
            m_service = directory.addService(service, *newOrganisation);
        } else {
            m_service = directory.addService(service);
        }
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
