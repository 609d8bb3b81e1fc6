#include "ProgressDialog.h"

#include "ActionPlanRepository.h"
#include "ActionPlanText.h"
#include "MessageBox.h"
#include "OfficerRepository.h"
#include "StorageError.h"
#include "Store.h"
#include "UiLog.h"
#include "Vocabulary.h"
#include "forms/FieldErrorDisplay.h"
#include "forms/FormFields.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hearth::ui {

namespace {

enum HistoryColumn { DateColumn, StatusColumn, PercentColumn, CommentaryColumn, OfficerColumn, HistoryColumnCount };

} // namespace

ProgressDialog::ProgressDialog(storage::Store& store, const ActionItem& item, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_item(item)
{
    setWindowTitle(tr("Record progress: %1").arg(item.title));
    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(tr("<b>%1</b>").arg(item.title.toHtmlEscaped()), this);
    heading->setWordWrap(true);
    layout->addWidget(heading);
    auto* columns = new QHBoxLayout;

    auto* left = new QVBoxLayout;
    // The form is its fields' parent's own layout, so that FieldErrorDisplay puts each error in the
    // row under its field.
    auto* formWidget = new QWidget(this);
    auto* form = new QFormLayout(formWidget);
    form->setContentsMargins(0, 0, 0, 0);
    m_date = new QLineEdit(userDateText(store.clock().today()), this);
    m_date->setObjectName(QStringLiteral("onEdit"));
    m_date->setProperty(kFieldProperty, QStringLiteral("on"));
    m_date->setAccessibleName(tr("Date of the update"));
    m_date->setPlaceholderText(tr("dd/mm/yyyy"));
    form->addRow(tr("&Date:"), m_date);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusCombo"));
    m_status->setProperty(kFieldProperty, QStringLiteral("status"));
    m_status->setAccessibleName(tr("Status"));
    fillCodeCombo(m_status, vocab::actionStatuses());
    setComboCode(m_status, item.status);
    form->addRow(tr("&Status:"), m_status);
    m_percent = new QLineEdit(QString::number(item.percentComplete), this);
    m_percent->setObjectName(QStringLiteral("percent_completeEdit"));
    m_percent->setProperty(kFieldProperty, QStringLiteral("percent_complete"));
    m_percent->setAccessibleName(tr("Percent complete, 0 to 100"));
    m_percent->setMaximumWidth(80);
    form->addRow(tr("&Percent complete:"), m_percent);
    m_commentary = new QPlainTextEdit(this);
    m_commentary->setObjectName(QStringLiteral("commentaryEdit"));
    m_commentary->setProperty(kFieldProperty, QStringLiteral("commentary"));
    m_commentary->setAccessibleName(tr("Commentary"));
    m_commentary->setTabChangesFocus(true);
    m_commentary->setPlaceholderText(tr("What has happened since the last update, and what comes next"));
    form->addRow(tr("&Commentary:"), m_commentary);
    left->addWidget(formWidget);
    m_general = new QLabel(this);
    m_general->setObjectName(QStringLiteral("generalErrorLabel"));
    m_general->setWordWrap(true);
    left->addWidget(m_general);
    left->addStretch(1);
    columns->addLayout(left, 2);

    auto* right = new QVBoxLayout;
    auto* historyLabel = new QLabel(tr("&History (oldest first; never changed):"), this);
    right->addWidget(historyLabel);
    m_history = new QTableWidget(0, HistoryColumnCount, this);
    m_history->setObjectName(QStringLiteral("historyTable"));
    m_history->setHorizontalHeaderLabels({tr("Date"), tr("Status"), tr("%"), tr("Commentary"), tr("By")});
    m_history->verticalHeader()->hide();
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_history->setTabKeyNavigation(false);
    m_history->setWordWrap(true);
    m_history->setAccessibleName(tr("Progress history of this item"));
    m_history->horizontalHeader()->setSectionResizeMode(CommentaryColumn, QHeaderView::Stretch);
    historyLabel->setBuddy(m_history);
    right->addWidget(m_history, 1);
    columns->addLayout(right, 3);
    layout->addLayout(columns, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ProgressDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ProgressDialog::reject);
    layout->addWidget(buttons);
    m_errors = std::make_unique<FieldErrorDisplay>(this, m_general);
    resize(860, 420);
    fillHistory();
}

ProgressDialog::~ProgressDialog() = default;

void ProgressDialog::fillHistory()
{
    QList<ActionUpdate> updates;
    try {
        updates = storage::ActionPlanRepository(m_store).updates(m_item.id);
    } catch (const storage::Error& error) {
        m_general->setText(tr("The history could not be read: %1").arg(error.message()));
        return;
    }
    auto officers = m_store.officers();
    m_history->setRowCount(static_cast<int>(updates.size()));
    for (int row = 0; row < updates.size(); ++row) {
        const ActionUpdate& update = updates[row];
        std::optional<Officer> officer;
        if (!update.officerId.isEmpty()) {
            officer = officers.find(update.officerId);
        }
        const QString cells[HistoryColumnCount] = {userDateText(update.updateOn), actionStatusLabel(update.status),
                                                   QString::number(update.percentComplete), update.commentary,
                                                   officer ? officer->displayName : QString()};
        for (int column = 0; column < HistoryColumnCount; ++column) {
            auto* cell = new QTableWidgetItem(cells[column]);
            if (column == StatusColumn) {
                const QColor chip = actionStatusColour(update.status);
                cell->setBackground(chip);
                cell->setForeground(colours::textOn(chip));
            }
            if (column == PercentColumn) {
                cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            }
            m_history->setItem(row, column, cell);
        }
    }
    if (updates.isEmpty()) {
        m_history->setRowCount(1);
        auto* none = new QTableWidgetItem(tr("No progress recorded yet"));
        m_history->setItem(0, CommentaryColumn, none);
    }
    m_history->resizeColumnsToContents();
    m_history->horizontalHeader()->setSectionResizeMode(CommentaryColumn, QHeaderView::Stretch);
    m_history->resizeRowsToContents();
    m_history->scrollToBottom();
}

bool ProgressDialog::save()
{
    ActionUpdate update;
    update.itemId = m_item.id;
    FieldErrors problems;
    if (const auto date = parseUserDate(m_date->text()); date && date->isValid()) {
        update.updateOn = *date;
    } else {
        problems.append({QStringLiteral("on"), tr("is not a date (dd/mm/yyyy)")});
    }
    update.status = comboCode(m_status);
    bool whole = false;
    update.percentComplete = m_percent->text().trimmed().remove(QLatin1Char('%')).trimmed().toInt(&whole);
    if (!whole) {
        problems.append({QStringLiteral("percent_complete"), tr("is not a whole number from 0 to 100")});
    }
    update.commentary = m_commentary->toPlainText().trimmed();
    if (problems.isEmpty()) {
        problems = update.validate(m_store.clock().today());
    }
    if (m_errors->show(problems)) {
        uiLog()->info("progress update not saved: {} field problem(s)", problems.size());
        return false;
    }
    bool forceComplete = false;
    if (update.status == QLatin1String("complete") && update.percentComplete < 100) {
        const auto answer = MessageBox::ask(
            this, MessageBox::Kind::Question, tr("Complete below 100%"),
            tr("The status is Complete but the percent complete is %1%.").arg(update.percentComplete),
            tr("Set it to 100%, keep %1% as entered, or cancel to go back and change it.").arg(update.percentComplete),
            MessageBox::SetTo100 | MessageBox::KeepAsEntered | MessageBox::Cancel, MessageBox::SetTo100);
        switch (answer) {
        case MessageBox::SetTo100:
            update.percentComplete = 100;
            m_percent->setText(QStringLiteral("100"));
            break;
        case MessageBox::KeepAsEntered:
            forceComplete = true;
            break;
        default:
            m_percent->setFocus(Qt::OtherFocusReason);
            return false;
        }
    }
    try {
        m_update = storage::ActionPlanRepository(m_store).recordUpdate(update, forceComplete);
    } catch (const storage::Error& error) {
        m_errors->show(error.fields().isEmpty() ? FieldErrors {{QStringLiteral("item"), error.message()}}
                                                : error.fields());
        uiLog()->info("progress update refused by the database");
        return false;
    }
    return true;
}

void ProgressDialog::accept()
{
    if (save()) {
        QDialog::accept();
    }
}

} // namespace hearth::ui
