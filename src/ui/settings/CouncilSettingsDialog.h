#pragma once

#include "CouncilChanges.h"
#include "CouncilSettings.h"
#include "CouncilVocabulary.h"
#include "Officer.h"

#include <QDialog>
#include <QHash>
#include <QMap>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTableWidgetItem;
class QWidget;

namespace Ui {
class CouncilSettingsDialog;
}

namespace hearth::storage {
class Store;
}

namespace hearth::ui {

// The settings a council chooses once: its name, the primary loneliness instrument, intervals and
// thresholds, its wards and officers, and its target groups and barriers (add, rename, retire,
// restore: CouncilVocabulary). Nothing is
// written until OK, and then everything together (storage::applyCouncilChanges).
class CouncilSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Section { General, MeasureThresholds, Wards, Officers, TargetGroupsAndBarriers, Barriers };

    CouncilSettingsDialog(storage::Store& store, QWidget* parent = nullptr);
    ~CouncilSettingsDialog() override;

    void showSection(Section section);

    // What OK would save now (for tests and for accept()).
    CouncilSettings settingsFromForm() const;
    storage::CouncilChanges pendingChanges() const;

    // The message shown beside a General or Measure thresholds field ("review_interval_weeks"), or
    // an empty string.
    QString fieldMessage(const QString& field) const;

    void accept() override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct FieldWidgets
    {
        QWidget* input = nullptr;
        QLabel* message = nullptr;
    };

    void load();
    void setupFields();
    void setupLists();
    void showFieldErrors(const FieldErrors& errors);
    void clearFieldErrors();

    void addWardFromFields();
    void removeSelectedWard();
    void importWards();
    void addWardRow(const Ward& ward, bool isNew);
    int wardRow(const QString& code) const;
    void showWardMessage(const QString& message);

    void addOfficerFromFields();
    void deactivateSelectedOfficer();
    void addOfficerRow(const Officer& officer);
    void showOfficerMessage(const QString& message);

    bool checkTables();

    // The editing controls of one council list (target groups or barriers).
    struct TermListWidgets
    {
        QString field; // "target_groups" or "barriers"
        QTableWidget* table = nullptr;
        QLineEdit* label = nullptr;
        QPushButton* add = nullptr;
        QPushButton* rename = nullptr;
        QPushButton* retire = nullptr;
        QLabel* message = nullptr;
    };
    void showTerms(const TermListWidgets& widgets, const QString& selectCode = {});
    void addTerm(const TermListWidgets& widgets);
    void renameTerm(const TermListWidgets& widgets);
    void toggleRetired(const TermListWidgets& widgets);
    void updateTermButtons(const TermListWidgets& widgets);
    QString selectedTerm(const TermListWidgets& widgets) const;

    std::unique_ptr<Ui::CouncilSettingsDialog> m_ui;
    storage::Store& m_store;
    CouncilSettings m_loaded;
    CouncilVocabulary m_loadedVocabulary;
    CouncilVocabulary m_vocabulary; // as edited
    QList<TermListWidgets> m_termLists;
    QMap<QString, Ward> m_loadedWards; // by code
    QMap<QString, Officer> m_loadedOfficers; // by id
    QHash<QString, FieldWidgets> m_fields; // by CouncilSettings::validate field name
};

} // namespace hearth::ui
