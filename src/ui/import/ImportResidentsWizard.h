#pragma once

// The GUI's spreadsheet import of residents: choose a CSV file (its encoding and delimiter shown,
// or the error naming the line), map its columns to resident fields (matched by header, adjustable,
// remembered for the same header row), preview every invalid row by line and reason, then import
// all valid rows in one transaction, or nothing. Uses src/import, as `hearth-cli import residents`.

#include "ResidentImport.h"
#include "work/BackgroundTask.h"

#include <QWizard>
#include <QWizardPage>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace hearth::storage {
class Store;
}

namespace hearth::ui {

class TaskProgress;
class UiSettings;

// What the pages share: the file, the table read from it, the mapping, the preview and the result.
struct ImportState
{
    storage::Store& store;
    UiSettings& settings;
    QString path;
    CsvOptions options;
    std::optional<CsvTable> table;
    QStringList mappedHeader; // the header `mapping` was made for
    import::ImportMapping mapping;
    bool mappingRemembered = false;
    import::ImportPreview preview;
    import::CommitResult result;
};

class ImportFilePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportFilePage(ImportState& state, QWidget* parent = nullptr);
    bool isComplete() const override;
    // Reads the file named in the field with the delimiter chosen; says what was read or why not.
    void load();

private:
    void choose();

    ImportState& m_state;
    QLineEdit* m_file = nullptr;
    QPushButton* m_choose = nullptr;
    QComboBox* m_delimiter = nullptr;
    QLabel* m_info = nullptr;
    QLabel* m_warning = nullptr;
    QLabel* m_error = nullptr;
};

class ImportMappingPage : public QWizardPage
{
    Q_OBJECT

public:
    // `task` checks the rows off the GUI thread; it must outlive the page.
    ImportMappingPage(ImportState& state, BackgroundTask* task, QWidget* parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;
    // Remembers the mapping and starts checking every row on a worker, its progress and Cancel
    // shown on this page; when the check has finished the wizard moves on to the preview.
    bool validatePage() override;

    TaskProgress* progress() const { return m_progress; }

private:
    void fieldChosen();
    void showCheck();
    void setBusy(bool busy);

    ImportState& m_state;
    BackgroundTask* m_task = nullptr;
    TaskProgress* m_progress = nullptr;
    bool m_checked = false; // the check has finished: on to the preview
    QLabel* m_remembered = nullptr;
    QTableWidget* m_table = nullptr;
    QList<QComboBox*> m_combos;
    QLabel* m_message = nullptr;
};

class ImportPreviewPage : public QWizardPage
{
    Q_OBJECT

public:
    // `task` runs the import off the GUI thread; it must outlive the page.
    ImportPreviewPage(ImportState& state, BackgroundTask* task, QWidget* parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;
    // Starts the import on a worker, its progress and Cancel shown on this page, and stays on the
    // page; when the import has finished the wizard moves on to the summary by itself. Cancelled
    // or refused, it stays on the page and says why (nothing imported).
    bool validatePage() override;

    TaskProgress* progress() const { return m_progress; }

signals:
    void imported(int count);

private:
    void showPreview();
    void checkAgain();
    void updateMessage();
    void checkEnded(BackgroundTask::Outcome outcome, const QString& error);
    void startImport();
    void importEnded(BackgroundTask::Outcome outcome, const QString& error, const import::CommitResult& result);
    void setBusy(bool busy);

    ImportState& m_state;
    BackgroundTask* m_task = nullptr;
    TaskProgress* m_progress = nullptr;
    bool m_committed = false; // the import has finished: on to the summary
    QLabel* m_summary = nullptr;
    QLabel* m_warnings = nullptr;
    QTableWidget* m_issues = nullptr;
    QCheckBox* m_skip = nullptr;
    QPushButton* m_again = nullptr;
    QLabel* m_message = nullptr;
};

class ImportSummaryPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportSummaryPage(ImportState& state, QWidget* parent = nullptr);
    void initializePage() override;

private:
    ImportState& m_state;
    QLabel* m_summary = nullptr;
};

class ImportResidentsWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { FilePage, MappingPage, PreviewPage, SummaryPage };

    // `store` and `settings` must outlive the wizard.
    ImportResidentsWizard(storage::Store& store, UiSettings& settings, QWidget* parent = nullptr);
    ~ImportResidentsWizard() override;

    const ImportState& state() const { return m_state; }
    // The import's commit, run off the GUI thread (BackgroundTask::wait in tests).
    BackgroundTask* task() const { return m_task; }

    // While the import runs, Cancel, Escape and closing the window cancel it (the wizard stays
    // open, nothing imported); otherwise closes the wizard.
    void reject() override;
    // Before the store goes (another database opened): abandons a running import, which rolls
    // back, waits for its thread, and closes.
    void closeNow();

signals:
    // Residents were written to the database.
    void imported(int count);

private:
    ImportState m_state;
    BackgroundTask* m_task = nullptr;
};

} // namespace hearth::ui
