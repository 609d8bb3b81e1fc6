#pragma once

#include "Directory.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;

namespace hearth::storage {
class Store;
}

namespace hearth::ui {

class FieldErrorDisplay;

// Adds or edits one directory service: its organisation (a new service may name a new one, added
// with it), name, status, description, categories, wards served, target groups, ages, contact
// details, cost, capacity, accessibility, transport, dates and review date. Problems show beside
// their fields and nothing is written; saving an existing service counts as a review
// (DirectoryRepository::updateService). A service without an id is a new one.
class ServiceDialog : public QDialog
{
    Q_OBJECT

public:
    ServiceDialog(storage::Store& store, const Service& service, QWidget* parent = nullptr);
    ~ServiceDialog() override;

    // Validates and writes; returns whether it was saved.
    bool save();
    const Service& service() const { return m_service; }
    FieldErrorDisplay& errors() { return *m_errors; }

public slots:
    void accept() override;

private:
    storage::Store& m_store;
    CouncilVocabulary m_vocabulary; // the council's target groups, read when the dialog opens
    Service m_service;
    bool m_isNew;
    QComboBox* m_organisation = nullptr; // new services only: an organisation held, or a new name
    QLineEdit* m_name;
    QComboBox* m_status;
    QPlainTextEdit* m_description;
    QLineEdit* m_categories;
    QListWidget* m_wards;
    QListWidget* m_targetGroups;
    QLineEdit* m_capacity;
    QLineEdit* m_accessibility;
    QCheckBox* m_transport;
    QLineEdit* m_startedOn;
    QLineEdit* m_endedOn;
    QLineEdit* m_minimumAge;
    QLineEdit* m_maximumAge;
    QLineEdit* m_phone;
    QLineEdit* m_email;
    QLineEdit* m_url;
    QLineEdit* m_cost;
    QLineEdit* m_assured;
    QLabel* m_general;
    std::unique_ptr<FieldErrorDisplay> m_errors;
};

} // namespace hearth::ui
