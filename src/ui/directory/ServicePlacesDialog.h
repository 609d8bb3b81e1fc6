#pragma once

#include "Directory.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace hearth::storage {
class Store;
}

namespace hearth::ui {

class FieldErrorDisplay;

// Where and when a service runs: its places (name, address, postcode, ward) and its times
// (weekly or monthly, on which days, opening and closing times, optionally at one place). Each
// "Add" or "Remove" is written at once (and audited); a problem shows beside its field and
// nothing is written.
class ServicePlacesDialog : public QDialog
{
    Q_OBJECT

public:
    ServicePlacesDialog(storage::Store& store, const Service& service, QWidget* parent = nullptr);
    ~ServicePlacesDialog() override;

    // Each returns whether it was written.
    bool addPlace();
    bool addTime();
    bool removeSelectedPlace();
    bool removeSelectedTime();

    QListWidget* placesList() const { return m_places; }
    QListWidget* timesList() const { return m_times; }
    FieldErrorDisplay& errors() { return *m_errors; }

    // "Weekly on Tuesday and Thursday, 10:00 to 12:00".
    static QString scheduleText(const Schedule& schedule);

private:
    void reload();

    storage::Store& m_store;
    Service m_service;
    QListWidget* m_places;
    QLineEdit* m_placeName;
    QLineEdit* m_address;
    QLineEdit* m_town;
    QLineEdit* m_postcode;
    QComboBox* m_ward;
    QListWidget* m_times;
    QComboBox* m_freq;
    QList<QCheckBox*> m_days;
    QLineEdit* m_opens;
    QLineEdit* m_closes;
    QComboBox* m_atPlace;
    QLineEdit* m_timeNote;
    QLabel* m_general;
    std::unique_ptr<FieldErrorDisplay> m_errors;
};

} // namespace hearth::ui
