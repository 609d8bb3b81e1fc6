#include "ReferralsPage.h"

#include "PageStyle.h"
#include "ReferralRepository.h"
#include "ReferralText.h"
#include "ResidentRepository.h"
#include "StorageError.h"
#include "Store.h"
#include "UiLog.h"
#include "Vocabulary.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hearth::ui {

namespace {

enum Column { StatusColumn, AgeColumn, ResponseColumn, ResidentColumn, ServiceColumn, KindColumn, ColumnCount };

} // namespace

ReferralsPage::ReferralsPage(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    auto* heading = new QLabel(tr("Referrals"), this);
    styleHeading(heading);
    top->addWidget(heading);
    top->addStretch(1);
    auto* filterLabel = new QLabel(tr("Stat&us:"), this);
    m_statusFilter = new QComboBox(this);
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_statusFilter->addItem(tr("All open referrals"), QString());
    for (const ReferralStatus status : allReferralStatuses()) {
        if (isOpenReferralStatus(status)) {
            m_statusFilter->addItem(referralStatusLabel(status), referralStatusCode(status));
        }
    }
    filterLabel->setBuddy(m_statusFilter);
    top->addWidget(filterLabel);
    top->addWidget(m_statusFilter);
    layout->addLayout(top);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("referralsTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Status"), tr("Age (days)"), tr("Response"), tr("Resident"), tr("Service"), tr("Kind")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false);
    m_table->setAccessibleName(tr("Open referrals"));
    m_table->horizontalHeader()->setSectionResizeMode(ServiceColumn, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);

    m_chosen = new QLabel(this);
    m_chosen->setObjectName(QStringLiteral("chosenLabel"));
    m_chosen->setWordWrap(true);
    layout->addWidget(m_chosen);
    m_buttons = new QHBoxLayout;
    m_buttons->addStretch(1);
    layout->addLayout(m_buttons);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);

    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, [this] { refresh(); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        m_message->clear();
        updateButtons();
    });
    updateButtons();
}

ReferralsPage::~ReferralsPage() = default;

void ReferralsPage::setStore(storage::Store* store)
{
    // Empty what the old store showed (refresh() with no store reads nothing); the main window
    // calls refresh() when the page is shown (StorePage).
    m_store = nullptr;
    refresh();
    m_store = store;
}

void ReferralsPage::refresh()
{
    const QString chosen = selectedReferralId();
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(0);
    if (!m_store) {
        m_summary->clear();
        updateButtons();
        return;
    }
    const QDate today = m_store->clock().today();
    storage::ReferralRepository::Query query;
    query.status = referralStatusFromCode(m_statusFilter->currentData().toString());
    QList<storage::ReferralRepository::Row> rows;
    try {
        rows = storage::ReferralRepository(*m_store).list(query, today);
    } catch (const storage::Error& error) {
        m_summary->setText(tr("The referrals could not be read: %1").arg(error.message()));
        updateButtons();
        return;
    }
    auto residents = m_store->residents();
    int noResponse = 0;
    m_table->setRowCount(static_cast<int>(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        const auto& r = rows[row];
        const auto resident = residents.find(r.referral.residentId);
        QString response;
        if (r.noResponse) {
            const int days = r.referral.ageInDays(today);
            response = days == 1 ? tr("⚠ No response for 1 day") : tr("⚠ No response for %1 days").arg(days);
            ++noResponse;
        } else if (r.referral.status == ReferralStatus::Sent) {
            response = tr("Waiting");
        }
        const QString cells[ColumnCount] = {referralStatusLabel(r.referral.status),
                                            QString::number(r.ageDays),
                                            response,
                                            resident ? resident->displayName() : r.referral.residentId,
                                            r.serviceName,
                                            vocab::referralKinds().label(r.referral.kind)};
        for (int column = 0; column < ColumnCount; ++column) {
            auto* item = new QTableWidgetItem(cells[column]);
            item->setData(Qt::UserRole, r.referral.id);
            if (column == AgeColumn) {
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            }
            if (r.noResponse) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            m_table->setItem(row, column, item);
        }
    }
    // Fit the columns to what they hold, then let the service name take the width left over (setting
    // the mode again is what makes the header share out the width once more).
    m_table->horizontalHeader()->setSectionResizeMode(ServiceColumn, QHeaderView::Interactive);
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(ServiceColumn, QHeaderView::Stretch);
    m_summary->setText(tr("%n open referral(s)", nullptr, static_cast<int>(rows.size()))
                       + (noResponse ? tr("; %n with no response after %1 days or more", nullptr, noResponse)
                                           .arg(m_store->councilSettings().noResponseDays)
                                     : QString()));
    if (!chosen.isEmpty()) {
        selectReferral(chosen);
    }
    updateButtons();
}

bool ReferralsPage::selectReferral(const QString& referralId)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, 0)->data(Qt::UserRole).toString() == referralId) {
            m_table->setCurrentCell(row, 0);
            m_table->selectRow(row);
            updateButtons();
            return true;
        }
    }
    return false;
}

QString ReferralsPage::selectedReferralId() const
{
    const auto selected = m_table->selectionModel()->selectedRows();
    if (selected.isEmpty()) {
        return {};
    }
    return m_table->item(selected.first().row(), 0)->data(Qt::UserRole).toString();
}

QList<QPushButton*> ReferralsPage::transitionButtons() const
{
    return m_transitionButtons;
}

QString ReferralsPage::messageText() const
{
    return m_message->text();
}

void ReferralsPage::updateButtons()
{
    for (QPushButton* button : std::as_const(m_transitionButtons)) {
        // A button may be the one whose click brought us here: delete it later.
        m_buttons->removeWidget(button);
        button->hide();
        button->deleteLater();
    }
    m_transitionButtons.clear();
    const QString id = selectedReferralId();
    if (!m_store || id.isEmpty()) {
        m_chosen->setText(m_store ? tr("Choose a referral to move it on.") : QString());
        return;
    }
    std::optional<Referral> referral;
    try {
        referral = storage::ReferralRepository(*m_store).find(id);
    } catch (const storage::Error& error) {
        m_message->setText(error.message());
    }
    if (!referral) {
        m_chosen->clear();
        return;
    }
    m_chosen->setText(
        tr("Chosen: %1, now %2. Move it on today:")
            .arg(m_table->item(m_table->selectionModel()->selectedRows().first().row(), ServiceColumn)->text(),
                 referralStatusLabel(referral->status).toLower()));
    int at = 0;
    for (const ReferralStatus to : allowedTransitions(referral->status)) {
        auto* button = new QPushButton(referralTransitionLabel(to), this);
        button->setObjectName(QStringLiteral("transition_") + referralStatusCode(to));
        button->setProperty("toStatus", referralStatusCode(to));
        connect(button, &QPushButton::clicked, this, [this, to] { moveSelected(to); });
        m_buttons->insertWidget(at++, button);
        m_transitionButtons.append(button);
    }
}

bool ReferralsPage::moveSelected(ReferralStatus to)
{
    const QString id = selectedReferralId();
    if (!m_store || id.isEmpty()) {
        m_message->setText(tr("Choose a referral first."));
        return false;
    }
    try {
        storage::ReferralRepository(*m_store).transition(id, to, m_store->clock().today());
    } catch (const storage::Error& error) {
        m_message->setText(tr("⚠ Not changed: %1").arg(error.message()));
        uiLog()->info("referral transition refused");
        return false;
    }
    refresh();
    if (!selectReferral(id)) {
        updateButtons();
    }
    m_message->setText(tr("Moved to %1.").arg(referralStatusLabel(to).toLower()));
    emit referralChanged(id);
    return true;
}

} // namespace hearth::ui
