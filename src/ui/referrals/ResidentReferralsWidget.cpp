#include "ResidentReferralsWidget.h"

#include "PageStyle.h"
#include "ReferDialog.h"
#include "ReferralRepository.h"
#include "ReferralText.h"
#include "StorageError.h"
#include "Store.h"
#include "Vocabulary.h"
#include "forms/FormFields.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hearth::ui {

ResidentReferralsWidget::ResidentReferralsWidget(storage::Store& store, const QString& residentId, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_residentId(residentId)
{
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    auto* heading = new QLabel(tr("Referrals and signposts"), this);
    styleHeading(heading);
    top->addWidget(heading);
    top->addStretch(1);
    m_referButton = new QPushButton(tr("&Refer…"), this);
    m_referButton->setObjectName(QStringLiteral("referButton"));
    m_referButton->setToolTip(tr("Refer the resident to a service, or signpost them"));
    top->addWidget(m_referButton);
    layout->addLayout(top);
    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("residentReferralsTable"));
    m_table->setHorizontalHeaderLabels({tr("Service"), tr("Kind"), tr("Status"), tr("Created"), tr("Sent")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false);
    m_table->setAccessibleName(tr("The resident's referrals"));
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    connect(m_referButton, &QPushButton::clicked, this, [this] { refer(); });
    refresh();
}

ResidentReferralsWidget::~ResidentReferralsWidget() = default;

void ResidentReferralsWidget::refresh()
{
    m_table->setRowCount(0);
    storage::ReferralRepository::Query query;
    query.openOnly = false;
    query.residentId = m_residentId;
    QList<storage::ReferralRepository::Row> rows;
    try {
        rows = storage::ReferralRepository(m_store).list(query, m_store.clock().today());
    } catch (const storage::Error&) {
        return;
    }
    m_table->setRowCount(static_cast<int>(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        const Referral& r = rows[row].referral;
        const QString cells[] = {rows[row].serviceName, vocab::referralKinds().label(r.kind),
                                 referralStatusLabel(r.status), userDateText(r.createdOn), userDateText(r.sentOn)};
        for (int column = 0; column < 5; ++column) {
            auto* item = new QTableWidgetItem(cells[column]);
            item->setData(Qt::UserRole, r.id);
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
}

ReferDialog* ResidentReferralsWidget::refer()
{
    auto* dialog = new ReferDialog(m_store, m_residentId, window()); // not under the record's form fields
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        refresh();
        if (dialog->saved()) {
            emit referralMade(dialog->saved()->id);
        }
    });
    dialog->open();
    return dialog;
}

} // namespace hearth::ui
