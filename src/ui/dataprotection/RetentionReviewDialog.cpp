#include "RetentionReviewDialog.h"

#include "MessageBox.h"
#include "ResidentRepository.h"
#include "StorageError.h"
#include "Store.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressDialog>
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

qint64 RetentionReviewDialog::anonymiseChecked()
{
    const QStringList ids = checkedIds();
    const QString reason = m_reason->text().trimmed();
    if (ids.isEmpty() || reason.isEmpty()) {
        return 0;
    }
    const auto answer = MessageBox::ask(
        this, MessageBox::Kind::Question, tr("Anonymise cases"),
        tr("Anonymise %n closed case(s)?", nullptr, static_cast<int>(ids.size())),
        tr("Names, contact details, dates of birth and notes are erased for good, here and, after the next "
           "exchange of bundles, in the team's other databases. The figures stay. This is kept in the audit log."),
        MessageBox::Yes | MessageBox::Cancel, MessageBox::Cancel);
    if (answer != MessageBox::Yes) {
        return 0;
    }
    QProgressDialog progress(tr("Anonymising…"), tr("Cancel"), 0, static_cast<int>(ids.size()), this);
    progress.setWindowTitle(tr("Anonymise cases"));
    progress.setObjectName(QStringLiteral("retentionProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    qint64 done = 0;
    try {
        done = storage::Retention(m_store).anonymise(ids, reason, m_store.clock().today(),
                                                     m_store.councilSettings().retentionYears,
                                                     [&progress](qint64 count, qint64) {
                                                         progress.setValue(static_cast<int>(count));
                                                         QApplication::processEvents();
                                                         return !progress.wasCanceled();
                                                     });
    } catch (const storage::Error& error) {
        progress.reset();
        MessageBox::warning(this, tr("Nothing anonymised"), tr("No case was anonymised."), error.message());
        reload();
        return 0;
    }
    progress.reset();
    reload();
    if (done < 0) {
        m_status->setText(tr("Cancelled: no case was anonymised."));
        return 0;
    }
    m_reason->clear();
    m_status->setText(tr("Anonymised %n case(s). ", nullptr, static_cast<int>(done)) + m_status->text());
    emit anonymised(done);
    return done;
}

} // namespace hearth::ui
