#pragma once

#include "Referral.h"

#include <QDialog>

#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace hearth::storage {
class Store;
}

namespace hearth::ui {

class FieldErrorDisplay;

// Refers a resident to a service or signposts them: the services that fit the resident's ward,
// age, target groups and barriers, best first with the reasons they fit (suggestServices), the
// kind (warm referral or signpost), the date, whether it goes today, and a note. Problems show
// beside their fields and nothing is written.
class ReferDialog : public QDialog
{
    Q_OBJECT

public:
    ReferDialog(storage::Store& store, const QString& residentId, QWidget* parent = nullptr);
    ~ReferDialog() override;

    QTableWidget* suggestions() const { return m_suggestions; }
    // Chooses the suggested service with this id; false when it is not suggested.
    bool chooseService(const QString& serviceId);
    void setKind(const QString& kind);
    void setDateText(const QString& text);
    FieldErrorDisplay& errors() { return *m_errors; }

    // Validates and writes the referral; returns whether it was written.
    bool save();
    // The referral written by save().
    const std::optional<Referral>& saved() const { return m_saved; }

public slots:
    void accept() override;

private:
    storage::Store& m_store;
    QString m_residentId;
    QTableWidget* m_suggestions;
    QComboBox* m_kind;
    QLineEdit* m_date;
    QCheckBox* m_sendNow;
    QLineEdit* m_note;
    QLabel* m_general;
    std::unique_ptr<FieldErrorDisplay> m_errors;
    std::optional<Referral> m_saved;
};

} // namespace hearth::ui
