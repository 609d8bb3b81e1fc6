#include "import/ImportResidentsWizard.h"
#include "PageStyle.h"

#include "FileDialog.h"
#include "MessageBox.h"
#include "Store.h"
#include "UiLog.h"
#include "UiSettings.h"
#include "work/TaskProgress.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hearth::ui {

namespace {

QLabel* wrappingLabel(QWidget* parent, const QString& objectName, const QString& text = {})
{
    auto* label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

// A problem shown on a page: a warning sign as well as colour, so colour is not the only cue.
void showProblem(QLabel* label, const QString& text)
{
    label->setText(text.isEmpty() ? QString() : QStringLiteral("\u26A0 ") + text);
    styleTone(label, colours::Tone::Problem);
    label->setAccessibleDescription(text);
    label->setVisible(!text.isEmpty());
}

void showNote(QLabel* label, const QString& text)
{
    label->setText(text);
    label->setAccessibleDescription(text);
    label->setVisible(!text.isEmpty());
}

// English plurals without a translator installed: tr() puts the count for %n, and "(s)" follows it.
QString plural(QString text, qsizetype n)
{
    return text.replace(QStringLiteral("(s)"), n == 1 ? QString() : QStringLiteral("s"));
}

QTableWidgetItem* readOnlyItem(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return item;
}

QString encodingText(const CsvTable& table)
{
    return plural(QCoreApplication::translate("ImportResidentsWizard",
                                              "Read as %1, %2 separated: %n row(s) below the header", nullptr,
                                              int(table.rows.size())),
                  table.rows.size())
               .arg(table.encoding, delimiterName(table.delimiter))
        + plural(QCoreApplication::translate("ImportResidentsWizard", ", %n column(s).", nullptr,
                                             int(table.header.size())),
                 table.header.size());
}

QString checkingStage(const CsvTable& table)
{
    return plural(
        QCoreApplication::translate("ImportResidentsWizard", "Checking %n row(s)…", nullptr, int(table.rows.size())),
        table.rows.size());
}

// Checks every row of the table against the mapping on a worker (the wards and officers read here
// first, so the worker needs no database); on success `state.preview` is the result, and `ended`
// is called either way. Throws if the wards and officers cannot be read.
void startCheck(ImportState& state, BackgroundTask* task, const QString& stage, BackgroundTask::Done ended)
{
    const import::ImportLookups lookups = import::lookupsFrom(state.store);
    const CsvTable table = *state.table;
    const import::ImportMapping mapping = state.mapping;
    auto preview = std::make_shared<import::ImportPreview>();
    task->start(
        stage, QString(), nullptr,
        [table, mapping, lookups, stage, preview](TaskContext& context) {
            *preview = import::previewImport(table, mapping, lookups, [&](int done, int total) {
                context.progress(stage, done, total); // throws TaskCancelled once Cancel is asked
            });
        },
        [&state, preview, ended = std::move(ended)](BackgroundTask::Outcome outcome, const QString& error) {
            if (outcome == BackgroundTask::Outcome::Finished) {
                state.preview = std::move(*preview);
            }
            ended(outcome, error);
        });
}

} // namespace

// --- Page 1: the file ---------------------------------------------------------------------------

ImportFilePage::ImportFilePage(ImportState& state, QWidget* parent)
    : QWizardPage(parent)
    , m_state(state)
{
    setTitle(tr("Choose the spreadsheet"));
    setSubTitle(tr("Save the spreadsheet as CSV (comma, semicolon or tab separated). Its first row must "
                   "name the columns. Nothing is written until the last step."));

    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("fileEdit"));
    m_file->setAccessibleName(tr("CSV file"));
    m_file->setPlaceholderText(tr("The path of a .csv file"));
    m_choose = new QPushButton(tr("C&hoose…"), this);
    m_choose->setObjectName(QStringLiteral("chooseFile"));
    m_choose->setAccessibleName(tr("Choose the CSV file"));
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_choose);

    m_delimiter = new QComboBox(this);
    m_delimiter->setObjectName(QStringLiteral("delimiterCombo"));
    m_delimiter->setAccessibleName(tr("Delimiter"));
    m_delimiter->addItem(tr("Detect from the header row"), QString());
    m_delimiter->addItem(tr("Comma"), QStringLiteral("comma"));
    m_delimiter->addItem(tr("Semicolon"), QStringLiteral("semicolon"));
    m_delimiter->addItem(tr("Tab"), QStringLiteral("tab"));

    auto* form = new QFormLayout;
    auto* fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);
    auto* delimiterLabel = new QLabel(tr("&Delimiter:"), this);
    delimiterLabel->setBuddy(m_delimiter);
    form->addRow(delimiterLabel, m_delimiter);

    m_info = wrappingLabel(this, QStringLiteral("fileInfo"));
    m_warning = wrappingLabel(this, QStringLiteral("fileWarning"));
    m_error = wrappingLabel(this, QStringLiteral("fileError"));
    m_info->hide();
    m_warning->hide();
    m_error->hide();

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_info);
    layout->addWidget(m_warning);
    layout->addWidget(m_error);
    layout->addStretch(1);

    connect(m_choose, &QPushButton::clicked, this, &ImportFilePage::choose);
    connect(m_file, &QLineEdit::editingFinished, this, [this] {
        if (m_file->text().trimmed() != m_state.path) {
            load();
        }
    });
    connect(m_delimiter, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_file->text().trimmed().isEmpty()) {
            load();
        }
    });
}

void ImportFilePage::choose()
{
    const QString folder = m_state.path.isEmpty() ? QString() : QFileInfo(m_state.path).absolutePath();
    const QString path = FileDialog::getOpenFileName(this, tr("Import residents from CSV"), folder,
                                                     tr("CSV files (*.csv *.txt);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    m_file->setText(path);
    load();
}

void ImportFilePage::load()
{
    m_state.path = m_file->text().trimmed();
    m_state.table.reset();
    showNote(m_info, {});
    showNote(m_warning, {});
    showProblem(m_error, {});
    if (m_state.path.isEmpty()) {
        emit completeChanged();
        return;
    }
    m_state.options = {};
    m_state.options.delimiter = delimiterFromName(m_delimiter->currentData().toString());
    const QString name = QFileInfo(m_state.path).fileName();
    try {
        CsvTable table = import::readCsvFile(m_state.path, m_state.options);
        showNote(m_info, encodingText(table));
        if (!table.warnings.isEmpty()) {
            showNote(m_warning, tr("Check: %1").arg(table.warnings.join(QStringLiteral("; "))));
        }
        if (table.rows.isEmpty()) {
            showProblem(m_error, tr("%1 has no rows below the header: there is nothing to import.").arg(name));
        } else {
            m_state.table = std::move(table);
        }
    } catch (const CsvError& error) {
        showProblem(m_error, tr("%1 cannot be read as CSV: %2").arg(name, error.text()));
    } catch (const import::ImportError& error) {
        showProblem(m_error, error.message());
    }
    emit completeChanged();
}

bool ImportFilePage::isComplete() const
{
    return m_state.table.has_value();
}

// --- Page 2: the mapping ------------------------------------------------------------------------

ImportMappingPage::ImportMappingPage(ImportState& state, BackgroundTask* task, QWidget* parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_task(task)
{
    setTitle(tr("Match the columns"));
    setSubTitle(tr("Choose the resident field each column fills; columns set to Ignore are not imported. "
                   "A ward, a date identified and a given or family name are required."));
    m_remembered = wrappingLabel(this, QStringLiteral("mappingRemembered"));
    m_remembered->hide();
    m_table = new QTableWidget(0, 2, this);
    m_table->setObjectName(QStringLiteral("mappingTable"));
    m_table->setAccessibleName(tr("Columns and the fields they fill"));
    m_table->setHorizontalHeaderLabels({tr("Column in the file"), tr("Resident field")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setTabKeyNavigation(false); // Tab moves between the field choices, not the cells
    m_message = wrappingLabel(this, QStringLiteral("mappingMessage"));
    m_message->hide();
    m_progress = new TaskProgress(m_task, this);
    m_progress->setCancelToolTip(tr("Stop checking the rows: nothing is imported"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_remembered);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_progress);
}

void ImportMappingPage::initializePage()
{
    Q_ASSERT(m_state.table);
    const QStringList& header = m_state.table->header;
    if (m_state.mappedHeader != header) {
        import::ImportMapping remembered;
        const QByteArray json = m_state.settings.importMapping(header);
        if (!json.isEmpty()) {
            try {
                remembered = import::ImportMapping::fromJson(json);
            } catch (const import::ImportError& error) {
                uiLog()->warn("ignoring a remembered import mapping: {}", error.what());
            }
        }
        m_state.mapping = import::proposeMapping(header, remembered);
        m_state.mappingRemembered = !remembered.columns.isEmpty();
        m_state.mappedHeader = header;
    }
    showNote(m_remembered,
             m_state.mappingRemembered ? tr("These are the choices you made last time for a file with these columns.")
                                       : QString());

    m_combos.clear();
    m_table->clearContents();
    m_table->setRowCount(static_cast<int>(header.size()));
    const auto& columns = import::residentImportColumns();
    const auto& required = import::requiredImportFields();
    for (int row = 0; row < header.size(); ++row) {
        const QString name = header.at(row);
        m_table->setItem(row, 0, readOnlyItem(name.isEmpty() ? tr("(column %1, no header)").arg(row + 1) : name));
        auto* combo = new QComboBox(m_table);
        combo->setObjectName(QStringLiteral("fieldCombo%1").arg(row));
        combo->setAccessibleName(tr("Field for column %1").arg(name.isEmpty() ? QString::number(row + 1) : name));
        combo->addItem(tr("Ignore (not imported)"), QString());
        for (const auto& column : columns) {
            combo->addItem(required.contains(column.field) ? tr("%1 (required)").arg(column.header) : column.header,
                           column.field);
        }
        const int index = combo->findData(m_state.mapping.columns.value(name));
        combo->setCurrentIndex(index < 0 ? 0 : index);
        combo->setEnabled(!name.isEmpty());
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportMappingPage::fieldChosen);
        m_table->setCellWidget(row, 1, combo);
        m_combos.append(combo);
    }
    for (int i = 1; i < m_combos.size(); ++i) {
        setTabOrder(m_combos.at(i - 1), m_combos.at(i));
    }
    showCheck();
}

void ImportMappingPage::fieldChosen()
{
    const QStringList& header = m_state.table->header;
    for (int row = 0; row < m_combos.size() && row < header.size(); ++row) {
        if (!header.at(row).isEmpty()) {
            m_state.mapping.columns.insert(header.at(row), m_combos.at(row)->currentData().toString());
        }
    }
    showCheck();
    emit completeChanged();
}

void ImportMappingPage::showCheck()
{
    const import::MappingCheck check = import::checkMapping(m_state.table->header, m_state.mapping);
    if (!check.errors.isEmpty()) {
        showProblem(m_message, tr("Cannot continue: %1.").arg(check.errors.join(QStringLiteral("; "))));
    } else {
        clearTone(m_message);
        showNote(m_message,
                 check.warnings.isEmpty() ? tr("Every column will be imported.")
                                          : check.warnings.join(QLatin1Char('\n')));
    }
}

bool ImportMappingPage::isComplete() const
{
    return m_state.table && import::checkMapping(m_state.table->header, m_state.mapping).errors.isEmpty()
        && !m_task->isRunning();
}

bool ImportMappingPage::validatePage()
{
    if (m_checked) {
        m_checked = false;
        return true; // the check has finished: on to the preview
    }
    if (m_task->isRunning() || !isComplete()) {
        return false;
    }
    m_state.settings.setImportMapping(m_state.table->header, m_state.mapping.toJson());
    showCheck();
    try {
        startCheck(m_state, m_task, checkingStage(*m_state.table),
                   [this](BackgroundTask::Outcome outcome, const QString& error) {
                       setBusy(false);
                       if (outcome == BackgroundTask::Outcome::Finished) {
                           m_checked = true;
                           wizard()->next();
                       } else if (outcome == BackgroundTask::Outcome::Cancelled) {
                           showProblem(m_message, tr("Checking cancelled: nothing was imported."));
                       } else {
                           uiLog()->error("could not check the rows of an import: {}", error.toStdString());
                           MessageBox::critical(this, tr("Cannot check the rows"), tr("The rows could not be checked."),
                                                error);
                       }
                   });
    } catch (const std::exception& error) {
        uiLog()->error("could not read the wards and officers for an import: {}", error.what());
        MessageBox::critical(this, tr("Cannot check the rows"),
                             tr("The wards and officers could not be read from the database."),
                             QString::fromUtf8(error.what()));
        return false;
    }
    setBusy(true);
    return false; // the wizard moves on when the check has finished
}

void ImportMappingPage::setBusy(bool busy)
{
    m_table->setEnabled(!busy);
    emit completeChanged(); // Next: disabled while the rows are checked
    if (busy) {
        // The wizard enables Back again with the next change of page or completeness.
        if (QAbstractButton* back = wizard()->button(QWizard::BackButton)) {
            back->setEnabled(false);
        }
        m_progress->cancelButton()->setFocus();
    }
}

// --- Page 3: the preview ------------------------------------------------------------------------

ImportPreviewPage::ImportPreviewPage(ImportState& state, BackgroundTask* task, QWidget* parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_task(task)
{
    setTitle(tr("Check the rows"));
    setSubTitle(tr("Every row has been checked. Residents are imported all together, or not at all."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Import"));

    m_summary = wrappingLabel(this, QStringLiteral("previewSummary"));
    m_warnings = wrappingLabel(this, QStringLiteral("previewWarnings"));
    m_warnings->hide();
    m_issues = new QTableWidget(0, 3, this);
    m_issues->setObjectName(QStringLiteral("issueTable"));
    m_issues->setAccessibleName(tr("Invalid rows: line, column and problem"));
    m_issues->setHorizontalHeaderLabels({tr("Line"), tr("Column"), tr("Problem")});
    m_issues->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_issues->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_issues->horizontalHeader()->setStretchLastSection(true);
    m_issues->verticalHeader()->hide();
    m_issues->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_issues->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_issues->setWordWrap(false);
    m_issues->setTabKeyNavigation(false);
    m_skip = new QCheckBox(this);
    m_skip->setObjectName(QStringLiteral("skipInvalid"));
    m_again = new QPushButton(tr("Check the file &again"), this);
    m_again->setObjectName(QStringLiteral("checkAgain"));
    m_again->setAccessibleName(tr("Read the file again and check its rows"));
    m_again->setToolTip(tr("After correcting the file in your spreadsheet and saving it as CSV again"));
    m_message = wrappingLabel(this, QStringLiteral("previewMessage"));
    m_message->hide();
    m_progress = new TaskProgress(m_task, this);
    m_progress->setCancelToolTip(tr("Stop the import: nothing is imported and the database stays exactly as it was"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_skip, 1);
    buttons->addWidget(m_again);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_warnings);
    layout->addWidget(m_issues, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(m_progress);

    connect(m_skip, &QCheckBox::toggled, this, [this] {
        updateMessage();
        emit completeChanged();
    });
    connect(m_again, &QPushButton::clicked, this, &ImportPreviewPage::checkAgain);
}

void ImportPreviewPage::initializePage()
{
    m_skip->setChecked(false);
    showPreview();
}

void ImportPreviewPage::showPreview()
{
    const auto& preview = m_state.preview;
    const int valid = preview.validCount();
    const int invalid = preview.invalidCount();
    showNote(m_summary,
             plural(tr("%n row(s) read: ", nullptr, static_cast<int>(preview.rows.size())), preview.rows.size())
                 + tr("%n valid, ", nullptr, valid) + tr("%n invalid.", nullptr, invalid));
    showNote(m_warnings, preview.warnings.join(QLatin1Char('\n')));

    m_issues->clearContents();
    m_issues->setRowCount(static_cast<int>(preview.issues.size()));
    for (int row = 0; row < preview.issues.size(); ++row) {
        const auto& issue = preview.issues.at(row);
        auto* line = readOnlyItem(QString::number(issue.line));
        line->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_issues->setItem(row, 0, line);
        m_issues->setItem(row, 1, readOnlyItem(issue.column.isEmpty() ? issue.field : issue.column));
        auto* problem = readOnlyItem(issue.message);
        problem->setToolTip(issue.message); // the whole reason, when the column is narrow
        m_issues->setItem(row, 2, problem);
    }
    m_issues->setVisible(invalid > 0);

    m_skip->setText(
        plural(tr("&Skip the %n invalid row(s) and import only the valid ones", nullptr, invalid), invalid));
    m_skip->setAccessibleName(m_skip->text().remove(QLatin1Char('&')));
    m_skip->setVisible(invalid > 0 && valid > 0);
    if (invalid == 0) {
        m_skip->setChecked(false);
    }
    updateMessage();
    emit completeChanged();
}

void ImportPreviewPage::updateMessage()
{
    const auto& preview = m_state.preview;
    const int valid = preview.validCount();
    const int invalid = preview.invalidCount();
    if (!preview.mappingErrors.isEmpty()) {
        showProblem(m_message,
                    tr("The columns no longer match: %1. Go back to match them again.")
                        .arg(preview.mappingErrors.join(QStringLiteral("; "))));
    } else if (valid == 0) {
        showProblem(m_message,
                    tr("No row is valid, so there is nothing to import. Correct the file, save it "
                       "and check it again."));
    } else if (invalid > 0 && !m_skip->isChecked()) {
        showProblem(m_message,
                    plural(tr("%n invalid row(s): nothing will be imported until they are corrected in the "
                              "file (then check it again) or skipped.",
                              nullptr, invalid),
                           invalid));
    } else {
        clearTone(m_message);
        showNote(m_message, plural(tr("Import will add %n new resident(s).", nullptr, valid), valid));
    }
}

void ImportPreviewPage::checkAgain()
{
    if (m_task->isRunning()) {
        return;
    }
    const auto failed = [this](const QString& problem) {
        m_state.preview = {};
        showPreview();
        showProblem(m_message, problem);
        m_state.table.reset();
        emit completeChanged();
    };
    try {
        m_state.table = import::readCsvFile(m_state.path, m_state.options);
        startCheck(m_state, m_task, checkingStage(*m_state.table),
                   [this, failed](BackgroundTask::Outcome outcome, const QString& error) {
                       setBusy(false);
                       if (outcome == BackgroundTask::Outcome::Finished) {
                           showPreview();
                       } else if (outcome == BackgroundTask::Outcome::Cancelled) {
                           // The rows shown are those of the last check, not of the file as it is now.
                           failed(tr("Checking cancelled: check the file again to import it."));
                       } else {
                           failed(error);
                       }
                   });
    } catch (const CsvError& error) {
        failed(tr("%1 cannot be read as CSV: %2").arg(QFileInfo(m_state.path).fileName(), error.text()));
        return;
    } catch (const std::exception& error) {
        failed(QString::fromUtf8(error.what()));
        return;
    }
    setBusy(true);
}

bool ImportPreviewPage::isComplete() const
{
    const auto& preview = m_state.preview;
    return m_state.table && preview.mappingErrors.isEmpty() && preview.validCount() > 0
        && (preview.invalidCount() == 0 || m_skip->isChecked()) && !m_task->isRunning();
}

bool ImportPreviewPage::validatePage()
{
    if (m_committed) {
        return true; // the import has finished: on to the summary
    }
    if (!m_task->isRunning() && isComplete()) {
        startImport();
    }
    return false; // the wizard moves on when the import has finished
}

void ImportPreviewPage::startImport()
{
    const int valid = m_state.preview.validCount();
    const QString stage = plural(tr("Importing %n resident(s)…", nullptr, valid), valid);
    // The worker gets its own copy of the rows and its own connection to the database: all the
    // rows are written in one transaction, which Cancel or a refusal rolls back.
    const import::ImportPreview preview = m_state.preview;
    const bool skipInvalid = m_skip->isChecked();
    auto result = std::make_shared<import::CommitResult>();
    showNote(m_message, {});
    m_task->start(
        stage, m_state.store.path(), &m_state.store.clock(),
        [stage, preview, skipInvalid, result](TaskContext& context) {
            context.progress(stage, 0, preview.validCount());
            *result = import::commitImport(*context.store(), preview, skipInvalid, [&](int done, int total) {
                context.progress(stage, done, total); // throws TaskCancelled once Cancel is asked
                return true;
            });
        },
        [this, result](BackgroundTask::Outcome outcome, const QString& error) {
            importEnded(outcome, error, *result);
        });
    setBusy(true);
}

void ImportPreviewPage::importEnded(BackgroundTask::Outcome outcome, const QString& error,
                                    const import::CommitResult& result)
{
    setBusy(false);
    if (outcome == BackgroundTask::Outcome::Failed) {
        uiLog()->error("resident import refused: {}", error.toStdString());
        showProblem(m_message, tr("Nothing was imported: %1").arg(error));
        MessageBox::warning(this, tr("Nothing was imported"), tr("The residents could not be imported."), error);
        return;
    }
    if (outcome == BackgroundTask::Outcome::Cancelled || result.cancelled) {
        showProblem(m_message,
                    tr("Import cancelled: nothing was imported, and the database is exactly as it was before."));
        return;
    }
    m_state.result = result;
    uiLog()->info("imported {} residents from a CSV file, {} invalid rows skipped", m_state.result.written,
                  m_state.result.skippedLines.size());
    m_committed = true;
    emit imported(m_state.result.written);
    wizard()->next();
}

void ImportPreviewPage::setBusy(bool busy)
{
    m_skip->setEnabled(!busy);
    m_again->setEnabled(!busy);
    emit completeChanged(); // the Import button: disabled while the import runs
    if (busy) {
        // The wizard enables Back again with the next change of page or completeness.
        if (QAbstractButton* back = wizard()->button(QWizard::BackButton)) {
            back->setEnabled(false);
        }
        m_progress->cancelButton()->setFocus();
    }
}

// --- Page 4: the summary ------------------------------------------------------------------------

ImportSummaryPage::ImportSummaryPage(ImportState& state, QWidget* parent)
    : QWizardPage(parent)
    , m_state(state)
{
    setTitle(tr("Residents imported"));
    setFinalPage(true);
    m_summary = wrappingLabel(this, QStringLiteral("importSummary"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addStretch(1);
}

void ImportSummaryPage::initializePage()
{
    const auto& result = m_state.result;
    QString text =
        plural(tr("%n resident(s) imported from %1, each as a new open case.", nullptr, result.written), result.written)
            .arg(QFileInfo(m_state.path).fileName());
    if (!result.skippedLines.isEmpty()) {
        QStringList lines;
        for (const int line : result.skippedLines) {
            lines.append(QString::number(line));
        }
        text += QLatin1Char('\n')
            + plural(tr("%n invalid row(s) skipped, on line(s) %1.", nullptr,
                        static_cast<int>(result.skippedLines.size())),
                     result.skippedLines.size())
                  .arg(lines.join(QStringLiteral(", ")));
    }
    showNote(m_summary, text);
}

// --- The wizard ---------------------------------------------------------------------------------

ImportResidentsWizard::ImportResidentsWizard(storage::Store& store, UiSettings& settings, QWidget* parent)
    : QWizard(parent)
    , m_state {store, settings, {}, {}, {}, {}, {}, false, {}, {}}
{
    setObjectName(QStringLiteral("importResidentsWizard"));
    setWindowTitle(tr("Import residents from CSV"));
    setAccessibleName(windowTitle());
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(FilePage, new ImportFilePage(m_state, this));
    m_task = new BackgroundTask(this);
    m_task->setObjectName(QStringLiteral("importTask"));
    setPage(MappingPage, new ImportMappingPage(m_state, m_task, this));
    auto* preview = new ImportPreviewPage(m_state, m_task, this);
    setPage(PreviewPage, preview);
    setPage(SummaryPage, new ImportSummaryPage(m_state, this));
    connect(preview, &ImportPreviewPage::imported, this, &ImportResidentsWizard::imported);
    resize(720, 520);
}

ImportResidentsWizard::~ImportResidentsWizard() = default;

void ImportResidentsWizard::reject()
{
    if (m_task->isRunning()) {
        m_task->cancel(); // the wizard stays open and says that nothing was imported
        return;
    }
    QWizard::reject();
}

void ImportResidentsWizard::closeNow()
{
    m_task->abandon();
    m_task->waitForAll();
    QWizard::reject();
}

} // namespace hearth::ui
