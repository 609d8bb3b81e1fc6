#include "AuditPage.h"

#include "AuditEventModel.h"
#include "AuditVerification.h"
#include "OfficerRepository.h"
#include "PageStyle.h"
#include "ResidentRepository.h"
#include "Store.h"
#include "Vocabulary.h"
#include "work/BackgroundTask.h"
#include "work/TaskProgress.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

namespace hearth::ui {

namespace {

// A date edit whose lowest date reads "Any": no bound on that side.
// A date edit whose lowest date reads "Any". QDateTimeEdit keeps Tab (and Ctrl+Tab) to itself while
// it shows its special value text, which trapped keyboard users in the filter; here Tab and
// Shift+Tab leave it as they leave any other field.
class AnyDateEdit : public QDateEdit
{
public:
    using QDateEdit::QDateEdit;

protected:
    void keyPressEvent(QKeyEvent* event) override
    {
        const bool tab = event->key() == Qt::Key_Tab || event->key() == Qt::Key_Backtab;
        if (tab && date() == minimumDate() && !specialValueText().isEmpty()) {
            event->accept();
            const bool forward = event->key() == Qt::Key_Tab && !(event->modifiers() & Qt::ShiftModifier);
            QWidget::focusNextPrevChild(forward);
            return;
        }
        QDateEdit::keyPressEvent(event);
    }
};

QDateEdit* anyDateEdit(const QString& objectName, const QString& accessibleName, QWidget* parent)
{
    auto* edit = new AnyDateEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setCalendarPopup(true);
    edit->setMinimumDate(QDate(2000, 1, 1));
    edit->setSpecialValueText(QObject::tr("Any"));
    edit->setDate(edit->minimumDate());
    return edit;
}

QDate boundOf(const QDateEdit* edit)
{
    return edit->date() == edit->minimumDate() ? QDate() : edit->date();
}

} // namespace

AuditPage::AuditPage(QWidget* parent)
    : QWidget(parent)
    , m_model(new models::AuditEventModel(this))
{
    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(tr("Audit trail"), this);
    styleHeading(heading);
    layout->addWidget(heading);
    auto* intro = new QLabel(tr("Who viewed, created, changed, exported, imported, synchronised or purged what, and "
                                "when. Events are never changed or removed; each carries the fingerprint of the one "
                                "before, so Verify chain can tell if one was."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* filters = new QGridLayout;
    auto* residentLabel = new QLabel(tr("&Resident (name or id):"), this);
    m_residentSearch = new QLineEdit(this);
    m_residentSearch->setObjectName(QStringLiteral("residentSearch"));
    m_residentSearch->setAccessibleName(tr("Find a resident by name or id"));
    m_residentSearch->setPlaceholderText(tr("Type a name or id, then Enter"));
    m_residentSearch->setClearButtonEnabled(true);
    residentLabel->setBuddy(m_residentSearch);
    m_findResident = new QPushButton(tr("F&ind"), this);
    m_findResident->setObjectName(QStringLiteral("findResidentButton"));
    m_resident = new QComboBox(this);
    m_resident->setObjectName(QStringLiteral("residentFilter"));
    m_resident->setAccessibleName(tr("Resident"));
    m_resident->addItem(tr("Any resident"), QString());
    m_resident->setMinimumContentsLength(28);
    filters->addWidget(residentLabel, 0, 0);
    filters->addWidget(m_residentSearch, 0, 1);
    filters->addWidget(m_findResident, 0, 2);
    filters->addWidget(m_resident, 0, 3, 1, 3);

    auto* officerLabel = new QLabel(tr("Offi&cer:"), this);
    m_officer = new QComboBox(this);
    m_officer->setObjectName(QStringLiteral("officerFilter"));
    m_officer->setAccessibleName(tr("Officer"));
    officerLabel->setBuddy(m_officer);
    auto* actionLabel = new QLabel(tr("&Action:"), this);
    m_action = new QComboBox(this);
    m_action->setObjectName(QStringLiteral("actionFilter"));
    m_action->setAccessibleName(tr("Action"));
    m_action->addItem(tr("Any action"), QString());
    for (const auto& code : vocab::auditActions().codes()) {
        m_action->addItem(vocab::auditActions().label(code), code);
    }
    actionLabel->setBuddy(m_action);
    filters->addWidget(officerLabel, 1, 0);
    filters->addWidget(m_officer, 1, 1);
    filters->addWidget(actionLabel, 1, 2);
    filters->addWidget(m_action, 1, 3);

    auto* fromLabel = new QLabel(tr("Fro&m:"), this);
    m_from = anyDateEdit(QStringLiteral("fromDate"), tr("From date"), this);
    fromLabel->setBuddy(m_from);
    auto* toLabel = new QLabel(tr("T&o:"), this);
    m_to = anyDateEdit(QStringLiteral("toDate"), tr("To date"), this);
    toLabel->setBuddy(m_to);
    m_clear = new QPushButton(tr("C&lear filters"), this);
    m_clear->setObjectName(QStringLiteral("clearFiltersButton"));
    filters->addWidget(fromLabel, 2, 0);
    filters->addWidget(m_from, 2, 1);
    filters->addWidget(toLabel, 2, 2);
    filters->addWidget(m_to, 2, 3);
    filters->addWidget(m_clear, 2, 5);
    filters->setColumnStretch(4, 1);
    layout->addLayout(filters);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Audit events, newest first"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Fixed row heights: the view never measures a row it does not show.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(models::AuditEventModel::Summary, QHeaderView::Stretch);
    m_table->setColumnWidth(models::AuditEventModel::When, 150);
    m_table->setColumnWidth(models::AuditEventModel::Officer, 130);
    m_table->setColumnWidth(models::AuditEventModel::Action, 110);
    m_table->setColumnWidth(models::AuditEventModel::Record, 260);
    m_table->setColumnWidth(models::AuditEventModel::Sequence, 70);
    layout->addWidget(m_table, 1);

    auto* bottom = new QHBoxLayout;
    m_verify = new QPushButton(tr("V&erify chain"), this);
    m_verify->setObjectName(QStringLiteral("verifyButton"));
    m_verify->setToolTip(tr("Check that no audit event was changed or removed"));
    m_verification = new QLabel(this);
    m_verification->setObjectName(QStringLiteral("verificationLabel"));
    m_verification->setWordWrap(true);
    m_verification->setTextInteractionFlags(Qt::TextSelectableByMouse);
    bottom->addWidget(m_verify);
    bottom->addWidget(m_verification, 1);
    layout->addLayout(bottom);
    m_task = new BackgroundTask(this);
    m_progress = new TaskProgress(m_task, this);
    m_progress->setCancelToolTip(tr("Stop checking: the chain is left as it is, unchecked"));
    layout->addWidget(m_progress);

    connect(m_residentSearch, &QLineEdit::returnPressed, this, [this] { findResidents(m_residentSearch->text()); });
    connect(m_findResident, &QPushButton::clicked, this, [this] { findResidents(m_residentSearch->text()); });
    for (QComboBox* box : {m_resident, m_officer, m_action}) {
        connect(box, &QComboBox::currentIndexChanged, this, &AuditPage::applyFilters);
    }
    for (QDateEdit* edit : {m_from, m_to}) {
        connect(edit, &QDateEdit::dateChanged, this, &AuditPage::applyFilters);
    }
    connect(m_clear, &QPushButton::clicked, this, [this] {
        {
            const QSignalBlocker a(m_resident), b(m_officer), c(m_action), d(m_from), e(m_to);
            m_residentSearch->clear();
            while (m_resident->count() > 1) {
                m_resident->removeItem(1);
            }
            m_resident->setCurrentIndex(0);
            m_officer->setCurrentIndex(0);
            m_action->setCurrentIndex(0);
            m_from->setDate(m_from->minimumDate());
            m_to->setDate(m_to->minimumDate());
        }
        applyFilters();
    });
    connect(m_verify, &QPushButton::clicked, this, &AuditPage::startVerification);
    connect(m_model, &models::AuditEventModel::readFailed, this, [this](const QString& message) {
        m_summary->setText(tr("The audit trail could not be read: %1").arg(message));
    });
}

AuditPage::~AuditPage()
{
    m_task->abandon(); // its thread is waited for as the task goes
}

void AuditPage::setStore(storage::Store* store)
{
    m_task->abandon();
    m_task->waitForAll(); // nothing reads the old store after it has gone
    m_verify->setEnabled(true);
    m_verification->clear();
    // Empty what the old store showed (refresh() with no store reads nothing); the main window
    // calls refresh() when the page is shown (StorePage).
    m_store = nullptr;
    m_model->setStore(nullptr);
    refresh();
    m_store = store;
    m_model->setStore(store);
}

void AuditPage::refresh()
{
    reloadChoices();
    applyFilters();
}

void AuditPage::reloadChoices()
{
    const QString chosen = m_officer->currentData().toString();
    const QSignalBlocker blocker(m_officer);
    m_officer->clear();
    m_officer->addItem(tr("Any officer"), QString());
    if (m_store != nullptr) {
        for (const auto& officer : m_store->officers().list()) {
            m_officer->addItem(officer.displayName, officer.id);
        }
    }
    m_officer->setCurrentIndex(std::max(0, m_officer->findData(chosen)));
}

int AuditPage::findResidents(const QString& text)
{
    const QString wanted = text.trimmed();
    const QSignalBlocker blocker(m_resident);
    while (m_resident->count() > 1) {
        m_resident->removeItem(1);
    }
    int found = 0;
    QString more;
    if (m_store != nullptr && !wanted.isEmpty()) {
        auto residents = m_store->residents();
        if (const auto resident = residents.find(wanted)) {
            m_resident->addItem(tr("%1 (%2)").arg(resident->displayName(), resident->id), resident->id);
            found = 1;
        } else if (m_store->audit().mentionsResident(wanted)) {
            // Erased since: their trail is still here.
            m_resident->addItem(tr("Erased resident %1").arg(wanted), wanted);
            found = 1;
        } else {
            ResidentQuery query;
            query.search = wanted;
            query.today = m_store->clock().today();
            query.limit = 50;
            const auto page = residents.list(query);
            for (const auto& row : page.rows) {
                const QString name = row.preferredName.isEmpty()
                    ? QStringLiteral("%1 %2").arg(row.givenName, row.familyName)
                    : QStringLiteral("%1 (%2) %3").arg(row.givenName, row.preferredName, row.familyName);
                m_resident->addItem(tr("%1, %2 (%3)").arg(name.trimmed(), row.wardName, row.id), row.id);
            }
            found = static_cast<int>(page.rows.size());
            if (page.total > page.rows.size()) {
                more = tr("%1 residents match; the first %2 are offered. Type more of the name.")
                           .arg(page.total)
                           .arg(page.rows.size());
            }
        }
    }
    m_resident->setCurrentIndex(found > 0 ? 1 : 0);
    m_resident->setItemText(
        0, found > 0 || wanted.isEmpty() ? tr("Any resident") : tr("Any resident (no match for “%1”)").arg(wanted));
    applyFilters();
    if (!more.isEmpty()) {
        m_summary->setText(more + QLatin1Char(' ') + m_summary->text());
    }
    if (found > 1) {
        m_resident->setFocus();
    }
    return found;
}

void AuditPage::setResidentFilter(const QString& residentId)
{
    if (residentId.isEmpty()) {
        m_resident->setCurrentIndex(0);
        return;
    }
    m_residentSearch->setText(residentId);
    findResidents(residentId);
}

void AuditPage::setOfficerFilter(const QString& officerId)
{
    m_officer->setCurrentIndex(std::max(0, m_officer->findData(officerId)));
}

void AuditPage::setActionFilter(const QString& action)
{
    m_action->setCurrentIndex(std::max(0, m_action->findData(action)));
}

void AuditPage::setDateRange(const QDate& from, const QDate& to)
{
    {
        const QSignalBlocker a(m_from), b(m_to);
        m_from->setDate(from.isValid() ? from : m_from->minimumDate());
        m_to->setDate(to.isValid() ? to : m_to->minimumDate());
    }
    applyFilters();
}

void AuditPage::applyFilters()
{
    storage::AuditLog::Filter filter;
    filter.residentId = m_resident->currentData().toString();
    filter.officerId = m_officer->currentData().toString();
    filter.action = m_action->currentData().toString();
    filter.from = boundOf(m_from);
    filter.to = boundOf(m_to);
    if (filter.from.isValid() && filter.to.isValid() && filter.to < filter.from) {
        m_summary->setText(tr("The To date is before the From date: no events can match. Change one of them."));
    }
    m_model->setFilter(filter);
    if (m_store == nullptr) {
        m_summary->clear();
        return;
    }
    if (!(filter.from.isValid() && filter.to.isValid() && filter.to < filter.from)) {
        const QLocale locale;
        const bool filtered = !filter.residentId.isEmpty() || !filter.officerId.isEmpty() || !filter.action.isEmpty()
            || filter.from.isValid() || filter.to.isValid();
        m_summary->setText(m_model->total() == 1 ? (filtered ? tr("1 event matches.") : tr("1 event."))
                                                 : (filtered ? tr("%1 events match.") : tr("%1 events, newest first."))
                                                       .arg(locale.toString(m_model->total())));
    }
}

void AuditPage::startVerification()
{
    if (m_store == nullptr || m_task->isRunning()) {
        return;
    }
    struct Checked
    {
        bool ok = false;
        qint64 events = 0;
        QString problem;
    };
    auto checked = std::make_shared<Checked>();
    const QString stage = tr("Checking the audit chain…");
    m_verify->setEnabled(false);
    m_verification->setText(stage);
    clearTone(m_verification);
    m_intact = false;
    m_task->start(
        stage, m_store->path(), &m_store->clock(),
        [checked, stage](TaskContext& context) {
            const auto result = storage::verifyAuditChain(
                context.store()->db(), [&](qint64 done, qint64 total) { context.progress(stage, done, total); });
            checked->ok = result.ok;
            checked->events = result.events;
            checked->problem = result.problem;
        },
        [this, checked](BackgroundTask::Outcome outcome, const QString& error) {
            m_verify->setEnabled(true);
            m_intact = outcome == BackgroundTask::Outcome::Finished && checked->ok;
            const QLocale locale;
            if (outcome == BackgroundTask::Outcome::Cancelled) {
                m_verification->setText(tr("Check cancelled: the chain was not checked."));
                clearTone(m_verification);
            } else if (outcome == BackgroundTask::Outcome::Failed) {
                m_verification->setText(tr("The chain could not be checked: %1").arg(error));
                styleTone(m_verification, colours::Tone::Problem);
            } else if (checked->ok) {
                m_verification->setText(tr("✔ The chain is intact: all %1 events are as they were written.")
                                            .arg(locale.toString(checked->events)));
                styleTone(m_verification, colours::Tone::Good);
            } else {
                m_verification->setText(tr("✖ The chain is broken: %1. The audit trail has been tampered with; tell "
                                           "your manager and keep a copy of this database as it is.")
                                            .arg(checked->problem));
                styleTone(m_verification, colours::Tone::Problem, true);
            }
        });
}

bool AuditPage::verifyChain()
{
    startVerification();
    m_task->wait();
    return m_intact;
}

QString AuditPage::verificationText() const
{
    return m_verification->text();
}

QString AuditPage::summaryText() const
{
    return m_summary->text();
}

} // namespace hearth::ui
