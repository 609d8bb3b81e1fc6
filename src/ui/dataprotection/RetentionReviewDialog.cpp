#include "RetentionReviewDialog.h"

#include "MessageBox.h"
#include "ResidentRepository.h"
#include "StorageError.h"
#include "Store.h"
#include "work/BackgroundTask.h"
#include "work/TaskProgress.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hearth::ui {

namespace {

enum Column { NameColumn, ClosedColumn, DueColumn, PastColumn, ColumnCount };

} // namespace

RetentionReviewDialog::RetentionReviewDialog(storage::Store& store, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
{
    setWindowTitle(tr("Retention review"));
    setObjectName(QStringLiteral("retentionReviewDialog"));
    resize(720, 480);
    auto* layout = new QVBoxLayout(this);
    m_intro = new QLabel;
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    m_table = new QTableWidget(0, ColumnCount);
    m_table->setObjectName(QStringLiteral("retentionTable"));
    m_table->setAccessibleName(tr("Closed cases past the retention period"));
    m_table->setHorizontalHeaderLabels({tr("Resident"), tr("Closed on"), tr("Due since"), tr("Years past")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);

    auto* selection = new QHBoxLayout;
    m_all = new QPushButton(tr("Tick &all"));
    m_all->setAccessibleName(tr("Tick every case"));
    m_none = new QPushButton(tr("Tick &none"));
    m_none->setAccessibleName(tr("Untick every case"));
    selection->addWidget(m_all);
    selection->addWidget(m_none);
    selection->addStretch();
    layout->addLayout(selection);

    auto* form = new QFormLayout;
    m_reason = new QLineEdit;
    m_reason->setObjectName(QStringLiteral("retentionReasonEdit"));
    m_reason->setAccessibleName(tr("Reason for anonymising"));
    m_reason->setPlaceholderText(tr("e.g. annual retention review"));
    auto* reasonLabel = new QLabel(tr("&Reason:"));
    reasonLabel->setBuddy(m_reason);
    form->addRow(reasonLabel, m_reason);
    layout->addLayout(form);

    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("retentionStatus"));
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Retention review status"));
    layout->addWidget(m_status);

    m_task = new BackgroundTask(this);
    m_task->setObjectName(QStringLiteral("anonymiseTask"));
    m_progress = new TaskProgress(m_task, this);
    m_progress->setCancelToolTip(tr("Stop: no case is anonymised and the database stays exactly as it was"));
    layout->addWidget(m_progress);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_anonymise = buttons->addButton(tr("An&onymise…"), QDialogButtonBox::ActionRole);
    m_anonymise->setObjectName(QStringLiteral("anonymiseButton"));
    m_anonymise->setAccessibleName(tr("Anonymise the ticked cases"));
    layout->addWidget(buttons);

    connect(m_all, &QPushButton::clicked, this, [this] { setAllChecked(true); });
    connect(m_none, &QPushButton::clicked, this, [this] { setAllChecked(false); });
    connect(m_table, &QTableWidget::itemChanged, this, &RetentionReviewDialog::updateButtons);
    connect(m_reason, &QLineEdit::textChanged, this, &RetentionReviewDialog::updateButtons);
    connect(m_anonymise, &QPushButton::clicked, this, &RetentionReviewDialog::anonymiseChecked);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    reload();
}

void RetentionReviewDialog::reload()
{
    const int years = m_store.councilSettings().retentionYears;
    const QDate today = m_store.clock().today();
    m_due = storage::Retention(m_store).due(today, years);
    m_intro->setText(tr("Closed cases kept longer than %n year(s) after closure, the council's retention period "
                        "(Tools > Council settings). Anonymising keeps what the figures count (ward, age band, sex, "
                        "target groups, dates, referrals and scores) and erases names, contact details, date of "
                        "birth and every note. Past reports stay the same.",
                        nullptr, years));
    QStringList ids;
    for (const auto& entry : m_due) {
        ids.append(entry.residentId);
    }
    QHash<QString, QString> names;
    for (const auto& summary : m_store.residents().summaries(ids)) {
        names.insert(summary.id, (summary.givenName + QLatin1Char(' ') + summary.familyName).trimmed());
    }
    const QLocale locale;
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(static_cast<int>(m_due.size()));
    for (int row = 0; row < m_due.size(); ++row) {
        const auto& entry = m_due.at(row);
        QString name = names.value(entry.residentId);
        if (name.isEmpty()) {
            name = tr("(no name)");
        }
        auto* nameItem = new QTableWidgetItem(name);
        nameItem->setData(Qt::UserRole, entry.residentId);
        nameItem->setFlags(nameItem->flags() | Qt::ItemIsUserCheckable);
        nameItem->setCheckState(Qt::Unchecked);
        m_table->setItem(row, NameColumn, nameItem);
        m_table->setItem(row, ClosedColumn,
                         new QTableWidgetItem(locale.toString(entry.closedOn, QLocale::ShortFormat)));
        m_table->setItem(row, DueColumn, new QTableWidgetItem(locale.toString(entry.dueOn, QLocale::ShortFormat)));
        auto* past = new QTableWidgetItem(locale.toString(entry.yearsPast, 'f', 1));
        past->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, PastColumn, past);
    }
    m_table->resizeColumnsToContents();
    m_status->setText(m_due.isEmpty()
                          ? tr("No closed case is past the retention period.")
                          : tr("%n case(s) past the retention period.", nullptr, static_cast<int>(m_due.size())));
    updateButtons();
}

QStringList RetentionReviewDialog::checkedIds() const
{
    QStringList ids;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const auto* item = m_table->item(row, NameColumn);
        if (item && item->checkState() == Qt::Checked) {
            ids.append(item->data(Qt::UserRole).toString());
        }
    }
    return ids;
}

void RetentionReviewDialog::setAllChecked(bool checked)
{
    {
        const QSignalBlocker blocker(m_table);
        for (int row = 0; row < m_table->rowCount(); ++row) {
            m_table->item(row, NameColumn)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
        }
    }
    updateButtons();
}

QString RetentionReviewDialog::status() const
{
    return m_status->text();
}

void RetentionReviewDialog::updateButtons()
{
    const bool any = m_table->rowCount() > 0;
    m_all->setEnabled(any);
    m_none->setEnabled(any);
    const qsizetype ticked = checkedIds().size();
    m_anonymise->setEnabled(ticked > 0 && !m_reason->text().trimmed().isEmpty());
    m_anonymise->setToolTip(ticked == 0                                ? tr("Tick the cases to anonymise first")
                                : m_reason->text().trimmed().isEmpty() ? tr("Give the reason first")
                                                                       : QString());
}

bool RetentionReviewDialog::anonymiseChecked()
{
    const QStringList ids = checkedIds();
    const QString reason = m_reason->text().trimmed();
    if (ids.isEmpty() || reason.isEmpty() || m_task->isRunning()) {
        return false;
    }
    const auto answer = MessageBox::ask(
        this, MessageBox::Kind::Question, tr("Anonymise cases"),
        tr("Anonymise %n closed case(s)?", nullptr, static_cast<int>(ids.size())),
        tr("Names, contact details, dates of birth and notes are erased for good, here and, after the next "
           "exchange of bundles, in the team's other databases. The figures stay. This is kept in the audit log."),
        MessageBox::Yes | MessageBox::Cancel, MessageBox::Cancel);
    if (answer != MessageBox::Yes) {
        return false;
    }
    const QString stage = tr("Anonymising…");
    const QDate today = m_store.clock().today();
    const int years = m_store.councilSettings().retentionYears;
    auto done = std::make_shared<qint64>(0);
    m_task->start(
        stage, m_store.path(), &m_store.clock(),
        [ids, reason, today, years, stage, done](TaskContext& context) {
            // One transaction on the worker's own connection: Cancel rolls every case back.
            *done = storage::Retention(*context.store())
                        .anonymise(ids, reason, today, years, [&](qint64 count, qint64 total) {
                            context.progress(stage, count, total); // throws TaskCancelled once Cancel is asked
                            return true;
                        });
        },
        [this, done](BackgroundTask::Outcome outcome, const QString& error) {
            setBusy(false);
            reload();
            if (outcome == BackgroundTask::Outcome::Failed) {
                MessageBox::warning(this, tr("Nothing anonymised"), tr("No case was anonymised."), error);
                return;
            }
            if (outcome == BackgroundTask::Outcome::Cancelled || *done < 0) {
                m_status->setText(tr("Cancelled: no case was anonymised, and the database is exactly as it was."));
                return;
            }
            m_reason->clear();
            m_status->setText(tr("Anonymised %n case(s). ", nullptr, static_cast<int>(*done)) + m_status->text());
            emit anonymised(*done);
        });
    setBusy(true);
    return true;
}

void RetentionReviewDialog::setBusy(bool busy)
{
    m_table->setEnabled(!busy);
    m_reason->setEnabled(!busy);
    m_all->setEnabled(!busy);
    m_none->setEnabled(!busy);
    if (busy) {
        m_anonymise->setEnabled(false);
        m_progress->cancelButton()->setFocus();
    } else {
        updateButtons();
    }
}

void RetentionReviewDialog::reject()
{
    if (m_task->isRunning()) {
        m_task->cancel(); // the dialog stays open and says that nothing changed
        return;
    }
    QDialog::reject();
}

void RetentionReviewDialog::closeNow()
{
    m_task->abandon();
    m_task->waitForAll();
    QDialog::reject();
}

} // namespace hearth::ui
