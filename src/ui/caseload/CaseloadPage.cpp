#include "caseload/CaseloadPage.h"

#include "ui_CaseloadPage.h"

#include "CaseloadModel.h"
#include "CaseloadSource.h"
#include "MessageBox.h"
#include "OfficerRepository.h"
#include "PageStyle.h"
#include "ResidentRepository.h"
#include "Store.h"
#include "UiLog.h"
#include "Vocabulary.h"
#include "WardRepository.h"
#include "caseload/ContactDialog.h"
#include "caseload/ResidentDialog.h"
#include "forms/FormFields.h"

#include <QAction>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLocale>
#include <QTimer>

namespace hearth::ui {

namespace {

constexpr int kSearchDelayMs = 150;

// Down from the search box goes to the results; Escape clears the search.
class SearchKeys : public QObject
{
public:
    SearchKeys(QLineEdit* edit, QAbstractItemView* results)
        : QObject(edit)
        , m_edit(edit)
        , m_results(results)
    {
        edit->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched == m_edit && event->type() == QEvent::KeyPress) {
            const auto* key = static_cast<QKeyEvent*>(event);
            if (key->key() == Qt::Key_Down && m_results->model() && m_results->model()->rowCount() > 0) {
                m_results->setFocus(Qt::TabFocusReason);
                if (!m_results->currentIndex().isValid()) {
                    m_results->setCurrentIndex(m_results->model()->index(0, 0));
                }
                return true;
            }
            if (key->key() == Qt::Key_Escape && !m_edit->text().isEmpty()) {
                m_edit->clear();
                return true;
            }
        }
        return false;
    }

private:
    QLineEdit* m_edit;
    QAbstractItemView* m_results;
};

} // namespace

CaseloadPage::CaseloadPage(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::CaseloadPage>())
    , m_model(new models::CaseloadModel(this))
    , m_dueModel(new models::CaseloadModel(this))
    , m_searchDelay(new QTimer(this))
{
    m_ui->setupUi(this);
    styleHeading(m_ui->heading);
    for (QLabel* figure : {m_ui->openCount, m_ui->closedCount, m_ui->dueCount}) {
        QFont font = figure->font();
        font.setBold(true);
        font.setPointSizeF(font.pointSizeF() * 1.25);
        figure->setFont(font);
    }
    styleTone(m_ui->errorLabel, colours::Tone::Problem);
    m_ui->errorLabel->hide();
    m_ui->emptyLabel->hide();
    m_ui->splitter->setStretchFactor(0, 4);
    m_ui->splitter->setStretchFactor(1, 1);
    // The table takes the room the window has; the figures and filters keep their natural size.
    m_ui->pageLayout->setStretchFactor(m_ui->splitter, 1);
    for (QFrame* tile : {m_ui->openTile, m_ui->dueTile, m_ui->closedTile}) {
        tile->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    }
    m_ui->filterLayout->setColumnStretch(m_ui->filterLayout->columnCount() - 1, 1);
    m_ui->dueLayout->setStretchFactor(m_ui->dueView, 10);
    m_ui->dueLayout->addStretch(1);

    m_ui->caseloadView->setModel(m_model);
    m_ui->caseloadView->verticalHeader()->hide();
    m_ui->caseloadView->verticalHeader()->setDefaultSectionSize(m_ui->caseloadView->fontMetrics().height() + 10);
    m_ui->caseloadView->horizontalHeader()->setSectionsMovable(true);
    m_ui->caseloadView->horizontalHeader()->setHighlightSections(false);
    m_ui->caseloadView->horizontalHeader()->setSortIndicator(models::CaseloadModel::Name, Qt::AscendingOrder);
    const int widths[models::CaseloadModel::ColumnCount] = {200, 120, 180, 70, 130, 100, 100, 170, 70};
    for (int column = 0; column < models::CaseloadModel::ColumnCount; ++column) {
        m_ui->caseloadView->setColumnWidth(column, widths[column]);
    }

    m_ui->dueView->setModel(m_dueModel);
    for (int column = 0; column < models::CaseloadModel::ColumnCount; ++column) {
        m_ui->dueView->setColumnHidden(
            column, column != models::CaseloadModel::Name && column != models::CaseloadModel::NextFollowUp);
    }
    m_ui->dueView->header()->setStretchLastSection(true);
    m_ui->dueView->setColumnWidth(models::CaseloadModel::Name, 150);

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(kSearchDelayMs);
    connect(m_searchDelay, &QTimer::timeout, this, &CaseloadPage::applyFilters);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    new SearchKeys(m_ui->searchEdit, m_ui->caseloadView);

    for (QComboBox* filter :
         {m_ui->statusFilter, m_ui->wardFilter, m_ui->targetGroupFilter, m_ui->officerFilter, m_ui->sourceFilter}) {
        connect(filter, &QComboBox::activated, this, &CaseloadPage::applyFilters);
    }
    connect(m_ui->overdueCheck, &QCheckBox::toggled, this, &CaseloadPage::applyFilters);
    connect(m_ui->riskCheck, &QCheckBox::toggled, this, &CaseloadPage::applyFilters);
    connect(m_ui->clearFiltersButton, &QPushButton::clicked, this, &CaseloadPage::resetFilters);

    connect(m_model, &models::CaseloadModel::totalChanged, this, &CaseloadPage::updateTotal);
    connect(m_model, &models::CaseloadModel::readFailed, this, &CaseloadPage::showReadError);
    connect(m_dueModel, &models::CaseloadModel::totalChanged, this, [this](qint64 total) {
        m_ui->dueEmptyLabel->setVisible(total == 0);
        m_ui->dueView->setVisible(total > 0);
    });
    connect(m_ui->caseloadView, &QAbstractItemView::activated, this,
            [this](const QModelIndex& index) { openRecord(index.data(models::CaseloadModel::IdRole).toString()); });
    connect(m_ui->dueView, &QAbstractItemView::activated, this,
            [this](const QModelIndex& index) { openRecord(index.data(models::CaseloadModel::IdRole).toString()); });
    connect(m_ui->newResidentButton, &QPushButton::clicked, this, [this] { openRecord({}); });
    connect(m_ui->openResidentButton, &QPushButton::clicked, this, [this] {
        if (!currentResidentId().isEmpty()) {
            openRecord(currentResidentId());
        }
    });
    connect(m_ui->addContactButton, &QPushButton::clicked, this, &CaseloadPage::addContactToCurrent);
    setupActions();
}

CaseloadPage::~CaseloadPage() = default;

void CaseloadPage::setupActions()
{
    const auto add = [this](const QString& name, const QKeySequence& keys, auto slot) {
        auto* action = new QAction(name, this);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WindowShortcut); // active while the page is shown
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
    };
    add(tr("Search"), QKeySequence::Find, [this] {
        m_ui->searchEdit->setFocus(Qt::ShortcutFocusReason);
        m_ui->searchEdit->selectAll();
    });
    add(tr("New resident"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), [this] { openRecord({}); });
    add(tr("Add contact"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), [this] { addContactToCurrent(); });
}

void CaseloadPage::setStore(storage::Store* store)
{
    // The main window asked the open records to close (closeRecords) before changing the store;
    // whatever is left reads the old store, so it goes now.
    const auto records = openRecords();
    m_records.clear();
    qDeleteAll(records);
    m_store = store;
    // The models let go of the old source before it goes; the new one is read by refresh().
    m_model->setSource(nullptr);
    m_dueModel->setSource(nullptr);
    m_source = store ? std::make_unique<models::StoreCaseloadSource>(*store) : nullptr;
    clearFigures();
}

void CaseloadPage::fillFilters()
{
    // Wards and officers may have changed (council settings); keep what was chosen.
    const QString status = comboCode(m_ui->statusFilter);
    const QString ward = comboCode(m_ui->wardFilter);
    const QString group = comboCode(m_ui->targetGroupFilter);
    const QString officer = comboCode(m_ui->officerFilter);
    const QString source = comboCode(m_ui->sourceFilter);
    const bool firstTime = m_ui->statusFilter->count() == 0;
    m_ui->statusFilter->clear();
    m_ui->statusFilter->addItem(tr("Open cases"), QStringLiteral("open"));
    m_ui->statusFilter->addItem(tr("Closed cases"), QStringLiteral("closed"));
    m_ui->statusFilter->addItem(tr("All cases"), QString());

    m_ui->wardFilter->clear();
    m_ui->wardFilter->addItem(tr("All wards"), QString());
    m_ui->officerFilter->clear();
    m_ui->officerFilter->addItem(tr("All officers"), QString());
    if (m_store) {
        try {
            for (const Ward& ward : m_store->wards().list()) {
                m_ui->wardFilter->addItem(ward.name, ward.code);
            }
            for (const Officer& officer : m_store->officers().list()) {
                m_ui->officerFilter->addItem(officer.displayName, officer.id);
            }
        } catch (const std::exception& error) {
            showReadError(QString::fromUtf8(error.what()));
        }
    }
    const CouncilVocabulary vocabulary = m_store ? m_store->councilVocabulary() : CouncilVocabulary();
    fillCodeCombo(m_ui->targetGroupFilter, vocabulary.targetGroups(), tr("All target groups"));
    m_model->setVocabulary(vocabulary);
    fillCodeCombo(m_ui->sourceFilter, vocab::identifiedBy(), tr("Any source"));
    if (!firstTime) {
        setComboCode(m_ui->statusFilter, status);
        setComboCode(m_ui->wardFilter, ward);
        setComboCode(m_ui->targetGroupFilter, group);
        setComboCode(m_ui->officerFilter, officer);
        setComboCode(m_ui->sourceFilter, source);
    }
}

void CaseloadPage::resetFilters()
{
    for (QComboBox* filter :
         {m_ui->statusFilter, m_ui->wardFilter, m_ui->targetGroupFilter, m_ui->officerFilter, m_ui->sourceFilter}) {
        const QSignalBlocker blocker(filter);
        filter->setCurrentIndex(0);
    }
    for (QCheckBox* box : {m_ui->overdueCheck, m_ui->riskCheck}) {
        const QSignalBlocker blocker(box);
        box->setChecked(false);
    }
    {
        const QSignalBlocker blocker(m_ui->searchEdit);
        m_ui->searchEdit->clear();
    }
    applyFilters();
}

void CaseloadPage::applyFilters()
{
    showFilters(false);
}

void CaseloadPage::showFilters(bool reread)
{
    m_searchDelay->stop();
    ResidentQuery query = m_model->query();
    query.search = m_ui->searchEdit->text().trimmed();
    // One letter matches most of a caseload and is the slowest search there is; wait for two.
    const bool tooShort = query.search.size() == 1;
    if (tooShort) {
        query.search.clear();
    }
    query.status = comboCode(m_ui->statusFilter);
    query.wardCode = comboCode(m_ui->wardFilter);
    query.targetGroup = comboCode(m_ui->targetGroupFilter);
    query.officerId = comboCode(m_ui->officerFilter);
    query.identifiedBy = comboCode(m_ui->sourceFilter);
    query.followUpOverdue = m_ui->overdueCheck->isChecked();
    query.riskOnly = m_ui->riskCheck->isChecked();
    query.today = m_store ? m_store->clock().today() : QDate();
    // A keystroke that leaves the question as it was (a first letter, a trailing space) reads
    // nothing; refresh() reads again whatever the question.
    if (reread || query != m_model->query() || m_model->source() != m_source.get()) {
        m_ui->errorLabel->hide();
        m_model->show(m_source.get(), query);
    } else if (!tooShort && m_ui->errorLabel->isHidden()) {
        updateTotal(m_model->rowCount()); // in place of "Type at least two letters"
    }
    if (tooShort) {
        m_ui->totalLabel->setText(tr("Type at least two letters to search."));
    }
}

void CaseloadPage::refreshDueList()
{
    // The signed-in officer's due list: the search and the filters do not change it, so a
    // keystroke does not read it again.
    ResidentQuery due;
    due.status = QStringLiteral("open");
    due.followUpOverdue = true;
    due.today = m_store ? m_store->clock().today() : QDate();
    due.officerId = m_store ? m_store->actingOfficerId() : QString();
    due.sort = ResidentQuery::Sort::NextFollowUp;
    m_ui->dueHeading->setText(due.officerId.isEmpty() ? tr("Due today o&r overdue (all officers)")
                                                      : tr("&Your follow-ups due today or overdue"));
    m_dueModel->show(m_source.get(), due);
}

void CaseloadPage::refresh()
{
    fillFilters();
    refreshFigures();
    showFilters(true);
    refreshDueList();
}

void CaseloadPage::clearFigures()
{
    m_summary.reset();
    const QString unknown = tr("–");
    m_ui->openCount->setText(unknown);
    m_ui->closedCount->setText(unknown);
    m_ui->dueCount->setText(unknown);
    m_ui->asOfLabel->clear();
    m_ui->emptyLabel->hide();
}

void CaseloadPage::refreshFigures()
{
    clearFigures();
    if (!m_store) {
        return;
    }
    const QDate today = m_store->clock().today();
    try {
        auto residents = m_store->residents();
        m_summary = summariseCaseload(residents, today);
    } catch (const std::exception& error) {
        uiLog()->warn("could not read the caseload summary");
        showReadError(QString::fromUtf8(error.what()));
        return;
    }
    const QLocale locale;
    m_ui->openCount->setText(locale.toString(m_summary->open));
    m_ui->closedCount->setText(locale.toString(m_summary->closed));
    m_ui->dueCount->setText(locale.toString(m_summary->followUpsDue));
    m_ui->openTile->setAccessibleName(tr("Open cases: %1").arg(m_summary->open));
    m_ui->closedTile->setAccessibleName(tr("Closed cases: %1").arg(m_summary->closed));
    m_ui->dueTile->setAccessibleName(tr("Follow-ups due today or overdue: %1").arg(m_summary->followUpsDue));
    m_ui->asOfLabel->setText(tr("Figures as of %1.").arg(locale.toString(today, QLocale::LongFormat)));
    m_ui->emptyLabel->setVisible(m_summary->open + m_summary->closed == 0);
}

void CaseloadPage::updateTotal(qint64 total)
{
    const QLocale locale;
    m_ui->totalLabel->setText(total == 1 ? tr("1 resident matches.")
                                         : tr("%1 residents match.").arg(locale.toString(total)));
    m_ui->caseloadView->setAccessibleDescription(m_ui->totalLabel->text());
}

void CaseloadPage::showReadError(const QString& message)
{
    m_ui->errorLabel->setText(tr("Hearth could not read the caseload from the database: %1").arg(message));
    m_ui->errorLabel->show();
}

QString CaseloadPage::currentResidentId() const
{
    const QModelIndex current = m_ui->caseloadView->currentIndex();
    return current.isValid() ? current.data(models::CaseloadModel::IdRole).toString() : QString();
}

ResidentDialog* CaseloadPage::openRecord(const QString& residentId)
{
    if (!m_store) {
        return nullptr;
    }
    if (!residentId.isEmpty()) {
        if (auto open = m_records.value(residentId)) {
            open->show();
            open->raise();
            open->activateWindow();
            return open;
        }
    }
    // Records closed since: their pointers went null (no destroyed() handler here: by then the
    // object is no longer a ResidentDialog, and a typed pointer to it must not be used).
    m_records.removeIf([](const auto& entry) { return entry.value().isNull(); });
    ResidentDialog* dialog = nullptr;
    try {
        dialog = new ResidentDialog(*m_store, residentId, window());
    } catch (const std::exception& error) {
        MessageBox::critical(this, tr("Cannot open the record"), tr("Hearth could not read this resident's record."),
                             QString::fromUtf8(error.what()));
        return nullptr;
    }
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString key = residentId.isEmpty() ? QStringLiteral("new:%1").arg(++m_newRecords) : residentId;
    m_records.insert(key, dialog);
    connect(dialog, &ResidentDialog::residentChanged, this, [this, dialog, key](const QString& id) {
        if (key != id && m_records.value(key) == dialog) {
            m_records.remove(key); // a new record, now saved, is found by its id
            m_records.insert(id, dialog);
        }
        recordChanged();
    });
    dialog->show();
    return dialog;
}

ContactDialog* CaseloadPage::addContactToCurrent()
{
    const QString id = currentResidentId();
    if (!m_store || id.isEmpty()) {
        MessageBox::ask(this, MessageBox::Kind::Information, tr("Choose a resident"),
                        tr("Choose the resident the contact was with in the list first."), {}, MessageBox::Ok);
        return nullptr;
    }
    auto* dialog = new ContactDialog(*m_store, id, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &CaseloadPage::recordChanged);
    dialog->open();
    return dialog;
}

void CaseloadPage::recordChanged()
{
    // Keep the chosen resident chosen when the rows are read again.
    const QString current = currentResidentId();
    refresh();
    if (!current.isEmpty()) {
        const int row = m_model->rowOfId(current);
        if (row >= 0) {
            m_ui->caseloadView->setCurrentIndex(m_model->index(row, 0));
        }
    }
}

QList<ResidentDialog*> CaseloadPage::openRecords() const
{
    QList<ResidentDialog*> records;
    for (const auto& record : m_records) {
        if (record) {
            records.append(record);
        }
    }
    return records;
}

bool CaseloadPage::closeRecords()
{
    for (ResidentDialog* record : openRecords()) {
        if (!record->confirmClose()) {
            record->raise();
            return false;
        }
    }
    for (ResidentDialog* record : openRecords()) {
        record->done(QDialog::Rejected); // edits were saved or discarded above
        record->deleteLater();
    }
    return true;
}

QByteArray CaseloadPage::headerState() const
{
    return m_ui->caseloadView->horizontalHeader()->saveState();
}

void CaseloadPage::restoreHeaderState(const QByteArray& state)
{
    if (!state.isEmpty()) {
        m_ui->caseloadView->horizontalHeader()->restoreState(state);
        auto* header = m_ui->caseloadView->horizontalHeader();
        m_model->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
    }
}

} // namespace hearth::ui
