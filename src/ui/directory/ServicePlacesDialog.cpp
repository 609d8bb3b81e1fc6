#include "ServicePlacesDialog.h"

#include "DirectoryRepository.h"
#include "OpenReferral.h"
#include "StorageError.h"
#include "Store.h"
#include "WardRepository.h"
#include "forms/FieldErrorDisplay.h"
#include "forms/FormFields.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace hearth::ui {

namespace {

struct Day
{
    const char* code;
    const char* name;
};

// ORUK/iCal BYDAY codes, Monday first.
constexpr Day kDays[] = {{"MO", QT_TRANSLATE_NOOP("hearth::ui::ServicePlacesDialog", "Monday")},
                         {"TU", QT_TRANSLATE_NOOP("hearth::ui::ServicePlacesDialog", "Tuesday")},
                         {"WE", QT_TRANSLATE_NOOP("hearth::ui::ServicePlacesDialog", "Wednesday")},
                         {"TH", QT_TRANSLATE_NOOP("hearth::ui::ServicePlacesDialog", "Thursday")},
                         {"FR", QT_TRANSLATE_NOOP("hearth::ui::ServicePlacesDialog", "Friday")},
                         {"SA", QT_TRANSLATE_NOOP("hearth::ui::ServicePlacesDialog", "Saturday")},
                         {"SU", QT_TRANSLATE_NOOP("hearth::ui::ServicePlacesDialog", "Sunday")}};

QString dayName(const QString& code)
{
    for (const Day& day : kDays) {
        if (code.endsWith(QLatin1String(day.code))) { // "2TU" (the second Tuesday) names Tuesday
            return QCoreApplication::translate("hearth::ui::ServicePlacesDialog", day.name);
        }
    }
    return code;
}

QLineEdit* field(QWidget* parent, const char* name, const QString& placeholder = {})
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(QLatin1String(name) + QStringLiteral("Edit"));
    edit->setProperty(kFieldProperty, QLatin1String(name));
    edit->setPlaceholderText(placeholder);
    return edit;
}

QString placeText(const Location& location, const QString& wardName)
{
    QStringList parts;
    for (const QString& part : {location.name, location.addressLine1, location.town, location.postcode, wardName}) {
        if (!part.isEmpty()) {
            parts.append(part);
        }
    }
    return parts.isEmpty() ? QCoreApplication::translate("hearth::ui::ServicePlacesDialog", "(a place with no name)")
                           : parts.join(QStringLiteral(", "));
}

} // namespace

QString ServicePlacesDialog::scheduleText(const Schedule& schedule)
{
    QStringList days;
    for (const QString& code : schedule.byDay.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        days.append(dayName(code.trimmed()));
    }
    QString text = schedule.freq == QLatin1String("MONTHLY") ? tr("Monthly") : tr("Weekly");
    if (!days.isEmpty()) {
        const QString last = days.takeLast();
        text += tr(" on %1").arg(days.isEmpty() ? last : tr("%1 and %2").arg(days.join(QStringLiteral(", ")), last));
    }
    if (!schedule.opensAt.isEmpty() || !schedule.closesAt.isEmpty()) {
        text += tr(", %1 to %2")
                    .arg(schedule.opensAt.left(5).isEmpty() ? tr("?") : schedule.opensAt.left(5),
                         schedule.closesAt.left(5).isEmpty() ? tr("?") : schedule.closesAt.left(5));
    }
    if (!schedule.description.isEmpty()) {
        text += QStringLiteral(" (") + schedule.description + QLatin1Char(')');
    }
    return text;
}

ServicePlacesDialog::ServicePlacesDialog(storage::Store& store, const Service& service, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_service(service)
{
    setWindowTitle(tr("Places and times: %1").arg(service.name));
    auto* layout = new QVBoxLayout(this);

    auto* placesBox = new QGroupBox(tr("Places"), this);
    auto* placesLayout = new QHBoxLayout(placesBox);
    auto* placesLeft = new QVBoxLayout;
    m_places = new QListWidget(placesBox);
    m_places->setObjectName(QStringLiteral("placesList"));
    m_places->setAccessibleName(tr("Places where the service runs"));
    m_places->setWordWrap(true);
    placesLeft->addWidget(m_places, 1);
    auto* removePlace = new QPushButton(tr("&Remove place"), placesBox);
    removePlace->setObjectName(QStringLiteral("removePlaceButton"));
    placesLeft->addWidget(removePlace, 0, Qt::AlignLeft);
    placesLayout->addLayout(placesLeft, 1);
    auto* placeForm = new QFormLayout;
    m_placeName = field(placesBox, "name", tr("e.g. St Mary's church hall"));
    placeForm->addRow(tr("Na&me:"), m_placeName);
    m_address = field(placesBox, "address");
    placeForm->addRow(tr("A&ddress:"), m_address);
    m_town = field(placesBox, "town");
    placeForm->addRow(tr("T&own:"), m_town);
    m_postcode = field(placesBox, "postcode");
    placeForm->addRow(tr("&Postcode:"), m_postcode);
    m_ward = new QComboBox(placesBox);
    m_ward->setObjectName(QStringLiteral("wardCombo"));
    m_ward->setProperty(kFieldProperty, QStringLiteral("ward"));
    m_ward->addItem(tr("(not known)"), QString());
    try {
        for (const Ward& ward : store.wards().list()) {
            m_ward->addItem(ward.name, ward.code);
        }
    } catch (const storage::Error&) {
    }
    placeForm->addRow(tr("&Ward:"), m_ward);
    auto* addPlaceButton = new QPushButton(tr("&Add place"), placesBox);
    addPlaceButton->setObjectName(QStringLiteral("addPlaceButton"));
    placeForm->addRow(QString(), addPlaceButton);
    placesLayout->addLayout(placeForm, 1);
    layout->addWidget(placesBox);

    auto* timesBox = new QGroupBox(tr("Times"), this);
    auto* timesLayout = new QHBoxLayout(timesBox);
    auto* timesLeft = new QVBoxLayout;
    m_times = new QListWidget(timesBox);
    m_times->setObjectName(QStringLiteral("timesList"));
    m_times->setAccessibleName(tr("When the service runs"));
    m_times->setWordWrap(true);
    timesLeft->addWidget(m_times, 1);
    auto* removeTime = new QPushButton(tr("R&emove time"), timesBox);
    removeTime->setObjectName(QStringLiteral("removeTimeButton"));
    timesLeft->addWidget(removeTime, 0, Qt::AlignLeft);
    timesLayout->addLayout(timesLeft, 2);
    auto* timeForm = new QFormLayout;
    m_freq = new QComboBox(timesBox);
    m_freq->setObjectName(QStringLiteral("freqCombo"));
    m_freq->setProperty(kFieldProperty, QStringLiteral("freq"));
    m_freq->addItem(tr("Weekly"), QStringLiteral("WEEKLY"));
    m_freq->addItem(tr("Monthly"), QStringLiteral("MONTHLY"));
    timeForm->addRow(tr("E&very:"), m_freq);
    auto* daysRow = new QWidget(timesBox);
    daysRow->setProperty(kFieldProperty, QStringLiteral("by_day"));
    daysRow->setAccessibleName(tr("Days"));
    auto* daysLayout = new QHBoxLayout(daysRow);
    daysLayout->setContentsMargins(0, 0, 0, 0);
    for (const Day& day : kDays) {
        const QString name = QCoreApplication::translate("hearth::ui::ServicePlacesDialog", day.name);
        auto* check = new QCheckBox(name.left(3), daysRow);
        check->setObjectName(QStringLiteral("day_") + QLatin1String(day.code));
        check->setAccessibleName(name);
        check->setProperty("dayCode", QLatin1String(day.code));
        daysLayout->addWidget(check);
        m_days.append(check);
    }
    timeForm->addRow(tr("Days:"), daysRow);
    m_opens = field(timesBox, "opens_at", tr("HH:MM"));
    timeForm->addRow(tr("Open&s at:"), m_opens);
    m_closes = field(timesBox, "closes_at", tr("HH:MM"));
    timeForm->addRow(tr("&Closes at:"), m_closes);
    m_atPlace = new QComboBox(timesBox);
    m_atPlace->setObjectName(QStringLiteral("atPlaceCombo"));
    m_atPlace->setProperty(kFieldProperty, QStringLiteral("service_location"));
    timeForm->addRow(tr("A&t:"), m_atPlace);
    m_timeNote = field(timesBox, "description", tr("e.g. not in August"));
    timeForm->addRow(tr("&Note:"), m_timeNote);
    auto* addTimeButton = new QPushButton(tr("Add t&ime"), timesBox);
    addTimeButton->setObjectName(QStringLiteral("addTimeButton"));
    timeForm->addRow(QString(), addTimeButton);
    timesLayout->addLayout(timeForm, 3);
    layout->addWidget(timesBox);

    m_general = new QLabel(this);
    m_general->setObjectName(QStringLiteral("generalErrorLabel"));
    m_general->setWordWrap(true);
    layout->addWidget(m_general);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    layout->addWidget(buttons);
    m_errors = std::make_unique<FieldErrorDisplay>(this, m_general);

    connect(addPlaceButton, &QPushButton::clicked, this, [this] { addPlace(); });
    connect(addTimeButton, &QPushButton::clicked, this, [this] { addTime(); });
    connect(removePlace, &QPushButton::clicked, this, [this] { removeSelectedPlace(); });
    connect(removeTime, &QPushButton::clicked, this, [this] { removeSelectedTime(); });
    reload();
    resize(qMax(820, sizeHint().width()), sizeHint().height());
}

ServicePlacesDialog::~ServicePlacesDialog() = default;

void ServicePlacesDialog::reload()
{
    m_places->clear();
    m_times->clear();
    m_atPlace->clear();
    m_atPlace->addItem(tr("(any of its places)"), QString());
    DirectoryEntry entry;
    try {
        entry = storage::DirectoryRepository(m_store).entry(m_service);
    } catch (const storage::Error& error) {
        m_general->setText(tr("The places and times could not be read: %1").arg(error.message()));
        return;
    }
    QHash<QString, QString> placeByLink;
    for (const auto& place : entry.places) {
        const QString wardName =
            place.location.wardCode.isEmpty() ? QString() : m_ward->itemText(m_ward->findData(place.location.wardCode));
        const QString text = placeText(place.location, wardName);
        auto* item = new QListWidgetItem(text, m_places);
        item->setData(Qt::UserRole, place.location.id);
        m_atPlace->addItem(text, place.link.id);
        placeByLink.insert(place.link.id, place.location.name.isEmpty() ? text : place.location.name);
    }
    for (const Schedule& schedule : entry.schedules) {
        QString text = scheduleText(schedule);
        if (placeByLink.contains(schedule.serviceLocationId)) {
            text += tr(", at %1").arg(placeByLink.value(schedule.serviceLocationId));
        }
        auto* item = new QListWidgetItem(text, m_times);
        item->setData(Qt::UserRole, schedule.id);
    }
}

bool ServicePlacesDialog::addPlace()
{
    Location location;
    location.name = m_placeName->text().trimmed();
    location.addressLine1 = m_address->text().trimmed();
    location.town = m_town->text().trimmed();
    location.postcode = m_postcode->text().trimmed().toUpper();
    location.wardCode = m_ward->currentData().toString();
    FieldErrors problems = location.validate();
    if (location.name.isEmpty() && location.addressLine1.isEmpty() && location.postcode.isEmpty()) {
        problems.append({QStringLiteral("name"), tr("is required, or an address or postcode")});
    }
    if (m_errors->show(problems)) {
        return false;
    }
    try {
        storage::DirectoryRepository(m_store).addLocation(m_service.id, location);
    } catch (const storage::Error& error) {
        m_errors->show(error.fields().isEmpty() ? FieldErrors {{QStringLiteral("place"), error.message()}}
                                                : error.fields());
        return false;
    }
    for (QLineEdit* edit : {m_placeName, m_address, m_town, m_postcode}) {
        edit->clear();
    }
    m_ward->setCurrentIndex(0);
    reload();
    return true;
}

bool ServicePlacesDialog::addTime()
{
    Schedule schedule;
    schedule.serviceId = m_service.id;
    schedule.freq = m_freq->currentData().toString();
    QStringList days;
    for (QCheckBox* check : m_days) {
        if (check->isChecked()) {
            days.append(check->property("dayCode").toString());
        }
    }
    schedule.byDay = days.join(QLatin1Char(','));
    schedule.opensAt = m_opens->text().trimmed();
    schedule.closesAt = m_closes->text().trimmed();
    schedule.serviceLocationId = m_atPlace->currentData().toString();
    schedule.description = m_timeNote->text().trimmed();
    FieldErrors problems = schedule.validate();
    if (days.isEmpty()) {
        problems.append({QStringLiteral("by_day"), tr("choose at least one day")});
    }
    if (!schedule.opensAt.isEmpty() && !schedule.closesAt.isEmpty() && schedule.closesAt <= schedule.opensAt
        && problems.isEmpty()) {
        problems.append({QStringLiteral("closes_at"), tr("must be after the opening time")});
    }
    if (m_errors->show(problems)) {
        return false;
    }
    try {
        storage::DirectoryRepository(m_store).addSchedule(schedule);
    } catch (const storage::Error& error) {
        m_errors->show(error.fields().isEmpty() ? FieldErrors {{QStringLiteral("time"), error.message()}}
                                                : error.fields());
        return false;
    }
    for (QCheckBox* check : m_days) {
        check->setChecked(false);
    }
    for (QLineEdit* edit : {m_opens, m_closes, m_timeNote}) {
        edit->clear();
    }
    reload();
    return true;
}

bool ServicePlacesDialog::removeSelectedPlace()
{
    const QListWidgetItem* item = m_places->currentItem();
    if (!item) {
        return false;
    }
    try {
        storage::DirectoryRepository(m_store).removeLocation(m_service.id, item->data(Qt::UserRole).toString());
    } catch (const storage::Error& error) {
        m_general->setText(error.message());
        return false;
    }
    m_errors->clear();
    reload();
    return true;
}

bool ServicePlacesDialog::removeSelectedTime()
{
    const QListWidgetItem* item = m_times->currentItem();
    if (!item) {
        return false;
    }
    try {
        storage::DirectoryRepository(m_store).removeSchedule(item->data(Qt::UserRole).toString());
    } catch (const storage::Error& error) {
        m_general->setText(error.message());
        return false;
    }
    m_errors->clear();
    reload();
    return true;
}

} // namespace hearth::ui
