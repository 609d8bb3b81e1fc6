#include "ActionPlanPage.h"

#include "ActionPlanReport.h"
#include "reports/ReportExport.h"

#include "ActionItemDialog.h"
#include "ActionPlanRepository.h"
#include "ActionPlanText.h"
#include "Kpi.h"
#include "MessageBox.h"
#include "OfficerRepository.h"
#include "PageStyle.h"
#include "ProgressDialog.h"
#include "StorageError.h"
#include "Store.h"
#include "StrategyDialog.h"
#include "UiLog.h"
#include "Vocabulary.h"
#include "forms/FormFields.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMap>
#include <QSpinBox>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

#include <algorithm>
#include <optional>

namespace hearth::ui {

namespace {

const QString kItem = QStringLiteral("item");
// What the details under the plan show of an item row, beyond its cells.
constexpr int CommentaryRole = Qt::UserRole + 2; // the latest update's commentary in full
constexpr int UpdateDateRole = Qt::UserRole + 3;
constexpr int KpiRole = Qt::UserRole + 4;
const QString kPriority = QStringLiteral("priority");
const QString kGroup = QStringLiteral("group");

QTreeWidget* makeTree(QWidget* parent, const QString& name, const QStringList& headers, const QString& accessible)
{
    auto* tree = new QTreeWidget(parent);
    tree->setObjectName(name);
    tree->setColumnCount(static_cast<int>(headers.size()));
    tree->setHeaderLabels(headers);
    tree->setRootIsDecorated(true);
    tree->setUniformRowHeights(true);
    tree->setAlternatingRowColors(true);
    tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    tree->setSelectionMode(QAbstractItemView::SingleSelection);
    tree->setAccessibleName(accessible);
    tree->header()->setStretchLastSection(true);
    return tree;
}

void makeHeading(QTreeWidgetItem* row)
{
    row->setFirstColumnSpanned(true);
    QFont bold = row->font(0);
    bold.setBold(true);
    row->setFont(0, bold);
}

// "1 item", "3 items": whole words, as no plural translation is loaded for English.
QString countOf(int count, const QString& one, const QString& many)
{
    return count == 1 ? one : many.arg(count);
}

void setStatusCell(QTreeWidgetItem* row, int column, const QString& status)
{
    row->setText(column, actionStatusLabel(status));
    // The chip's colour repeats its words; the text is black or white, whichever reads on it.
    const QColor chip = actionStatusColour(status);
    row->setBackground(column, chip);
    row->setForeground(column, colours::textOn(chip));
}

} // namespace

ActionPlanPage::ActionPlanPage(QWidget* parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Action plan"));
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    auto* heading = new QLabel(tr("Action plan"), this);
    styleHeading(heading);
    top->addWidget(heading);
    top->addSpacing(16);
    m_strategyLabel = new QLabel(tr("&Strategy:"), this);
    m_strategy = new QComboBox(this);
    m_strategy->setObjectName(QStringLiteral("strategyCombo"));
    m_strategy->setAccessibleName(tr("Strategy"));
    m_strategy->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_strategyLabel->setBuddy(m_strategy);
    top->addWidget(m_strategyLabel);
    top->addWidget(m_strategy);
    m_period = new QLabel(this);
    m_period->setObjectName(QStringLiteral("periodLabel"));
    top->addWidget(m_period);
    top->addStretch(1);
    layout->addLayout(top);

    // The page's commands. Actions belong to the page as well as the tool bar so that their
    // shortcuts work wherever the focus is on the page, and only while it is shown.
    m_toolBar = new QToolBar(tr("Action plan"), this);
    m_toolBar->setObjectName(QStringLiteral("actionPlanToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    const auto makeAction = [this](const QString& name, const QString& text, const QList<QKeySequence>& keys,
                                   auto slot) {
        auto* action = new QAction(text, this);
        action->setObjectName(name);
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        if (!keys.isEmpty()) {
            action->setToolTip(tr("%1 (%2)").arg(QString(text).remove(QLatin1Char('&')).remove(QStringLiteral("…")),
                                                 keys.first().toString(QKeySequence::NativeText)));
        }
        connect(action, &QAction::triggered, this, slot);
        QWidget::addAction(action);
        m_toolBar->addAction(action);
        // Tool buttons take no focus by default: let Tab reach them, with a visible focus frame.
        m_toolBar->widgetForAction(action)->setFocusPolicy(Qt::TabFocus);
        return action;
    };
    m_newStrategy = makeAction(QStringLiteral("newStrategyAction"), tr("New strategy…"), {}, [this] { newStrategy(); });
    m_newPriority = makeAction(QStringLiteral("newPriorityAction"), tr("New priority…"), {}, [this] { newPriority(); });
    m_toolBar->addSeparator();
    m_newItem = makeAction(QStringLiteral("newItemAction"), tr("New item…"),
                           {QKeySequence(Qt::Key_Insert), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I)},
                           [this] { newItem(); });
    m_editItem = makeAction(QStringLiteral("editItemAction"), tr("Edit item…"), {}, [this] { editSelected(); });
    m_editItem->setToolTip(tr("Edit the chosen item (Enter)"));
    m_recordProgress = makeAction(QStringLiteral("recordProgressAction"), tr("Record progress…"),
                                  {QKeySequence(Qt::CTRL | Qt::Key_U)}, [this] { recordProgress(); });
    // The committee's progress table.
    m_toolBar->addSeparator();
    m_export = makeAction(QStringLiteral("exportAction"), tr("E&xport…"), {QKeySequence(Qt::CTRL | Qt::Key_E)},
                          [this] { exportPlan(); });
    m_export->setToolTip(tr("Save the progress table for committee as CSV, XLSX, ODT, HTML or PDF (Ctrl+E)"));
    layout->addWidget(m_toolBar);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("actionPlanTabs"));

    auto* planTab = new QWidget(m_tabs);
    auto* planLayout = new QVBoxLayout(planTab);
    m_summary = new QLabel(planTab);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    planLayout->addWidget(m_summary);
    m_plan = makeTree(planTab, QStringLiteral("planTree"),
                      {tr("Action"), tr("Lead"), tr("Partner"), tr("Start"), tr("Due"), tr("Status"), tr("Done"),
                       tr("Latest update")},
                      tr("Action plan items by priority"));
    m_plan->headerItem()->setToolTip(PercentColumn, tr("Percent complete"));
    planLayout->addWidget(m_plan, 1);
    m_details = new QLabel(planTab);
    m_details->setObjectName(QStringLiteral("detailsLabel"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setMinimumHeight(m_details->fontMetrics().lineSpacing() * 3);
    m_details->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    planLayout->addWidget(m_details);
    m_tabs->addTab(planTab, tr("&Plan"));

    auto* reviewTab = new QWidget(m_tabs);
    auto* reviewLayout = new QVBoxLayout(reviewTab);
    auto* controls = new QHBoxLayout;
    auto* weeksLabel = new QLabel(tr("No update in the last"), reviewTab);
    m_weeks = new QSpinBox(reviewTab);
    m_weeks->setObjectName(QStringLiteral("weeksSpin"));
    m_weeks->setRange(1, 104);
    m_weeks->setValue(defaultWeeksWithoutUpdate);
    m_weeks->setSuffix(tr(" weeks"));
    m_weeks->setAccessibleName(tr("Flag items with no update in the last this many weeks"));
    weeksLabel->setBuddy(m_weeks);
    controls->addWidget(weeksLabel);
    controls->addWidget(m_weeks);
    controls->addSpacing(16);
    auto* groupLabel = new QLabel(tr("Group &by:"), reviewTab);
    m_groupBy = new QComboBox(reviewTab);
    m_groupBy->setObjectName(QStringLiteral("groupByCombo"));
    m_groupBy->addItem(tr("Lead officer"), static_cast<int>(GroupBy::Lead));
    m_groupBy->addItem(tr("Partner organisation"), static_cast<int>(GroupBy::Partner));
    m_groupBy->setAccessibleName(tr("Group by"));
    groupLabel->setBuddy(m_groupBy);
    controls->addWidget(groupLabel);
    controls->addWidget(m_groupBy);
    controls->addSpacing(16);
    auto* showLabel = new QLabel(tr("Sho&w:"), reviewTab);
    m_reasonFilter = new QComboBox(reviewTab);
    m_reasonFilter->setObjectName(QStringLiteral("reasonCombo"));
    m_reasonFilter->setAccessibleName(tr("Show"));
    m_reasonFilter->addItem(tr("Everything that needs attention"), QString());
    for (const char* reason : {"overdue", "at_risk", "off_track", "no_recent_update"}) {
        m_reasonFilter->addItem(QString(), QString::fromLatin1(reason)); // labelled in fillReview (weeks)
    }
    showLabel->setBuddy(m_reasonFilter);
    controls->addWidget(showLabel);
    controls->addWidget(m_reasonFilter);
    controls->addStretch(1);
    reviewLayout->addLayout(controls);
    m_reviewSummary = new QLabel(reviewTab);
    m_reviewSummary->setObjectName(QStringLiteral("reviewSummaryLabel"));
    m_reviewSummary->setWordWrap(true);
    reviewLayout->addWidget(m_reviewSummary);
    m_review = makeTree(reviewTab, QStringLiteral("reviewTree"),
                        {tr("Action"), tr("Why"), tr("Status"), tr("Due"), tr("Last update"), tr("Lead"), tr("Partner"),
                         tr("Priority")},
                        tr("Items that need attention"));
    reviewLayout->addWidget(m_review, 1);
    m_tabs->addTab(reviewTab, tr("Manager &review"));
    layout->addWidget(m_tabs, 1);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);

    connect(m_strategy, &QComboBox::currentIndexChanged, this, [this] {
        fillPlan();
        fillReview();
        updateActions();
    });
    connect(m_weeks, &QSpinBox::valueChanged, this, [this] { fillReview(); });
    connect(m_groupBy, &QComboBox::currentIndexChanged, this, [this] { fillReview(); });
    connect(m_reasonFilter, &QComboBox::currentIndexChanged, this, [this] { fillReview(); });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] { updateActions(); });
    for (QTreeWidget* tree : {m_plan, m_review}) {
        connect(tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* row) {
            if (row && row->data(0, KindRole).toString() == kItem) {
                editSelected();
            }
        });
        connect(tree, &QTreeWidget::currentItemChanged, this, [this] {
            updateActions();
            showDetails();
        });
    }
    updateActions();
}

ActionPlanPage::~ActionPlanPage() = default;

void ActionPlanPage::setStore(storage::Store* store)
{
    // Empty what the old store showed (refresh() with no store reads nothing); the main window
    // calls refresh() when the page is shown (StorePage).
    m_store = nullptr;
    refresh();
    m_store = store;
    m_weeksRead = false;
}

void ActionPlanPage::refresh()
{
    // The council's "no update in N weeks" is where the review starts for each store.
    if (m_store && !m_weeksRead) {
        m_weeksRead = true;
        try {
            const QSignalBlocker blocker(m_weeks);
            m_weeks->setValue(m_store->councilSettings().actionNoUpdateWeeks);
        } catch (const storage::Error& error) {
            m_message->setText(tr("The council settings could not be read: %1").arg(error.message()));
        }
    }
    m_officerNames.clear();
    fillStrategies();
    fillPlan();
    fillReview();
    updateActions();
}

QString ActionPlanPage::officerName(const QString& officerId)
{
    if (officerId.isEmpty()) {
        return {};
    }
    if (const auto found = m_officerNames.constFind(officerId); found != m_officerNames.constEnd()) {
        return *found;
    }
    QString name = tr("Unknown officer");
    try {
        if (const auto officer = m_store->officers().find(officerId)) {
            name = officer->displayName;
        }
    } catch (const storage::Error&) {
    }
    m_officerNames.insert(officerId, name);
    return name;
}

void ActionPlanPage::fillStrategies()
{
    const QString chosen = m_pendingStrategyId.isEmpty() ? currentStrategyId() : m_pendingStrategyId;
    m_pendingStrategyId.clear();
    const QSignalBlocker blocker(m_strategy);
    m_strategy->clear();
    m_period->clear();
    if (!m_store) {
        return;
    }
    QList<Strategy> strategies;
    try {
        strategies = storage::ActionPlanRepository(*m_store).strategies();
    } catch (const storage::Error& error) {
        m_message->setText(tr("The action plan could not be read: %1").arg(error.message()));
        return;
    }
    for (const Strategy& strategy : strategies) {
        m_strategy->addItem(strategy.title, strategy.id);
        const int at = m_strategy->count() - 1;
        m_strategy->setItemData(
            at,
            strategy.periodFrom.isValid()
                ? tr("%1 to %2").arg(userDateText(strategy.periodFrom), userDateText(strategy.periodTo))
                : QString(),
            Qt::ToolTipRole);
    }
    const int at = m_strategy->findData(chosen);
    m_strategy->setCurrentIndex(at >= 0 ? at : (m_strategy->count() > 0 ? m_strategy->count() - 1 : -1));
}

QString ActionPlanPage::currentStrategyId() const
{
    return m_strategy->currentData().toString();
}

bool ActionPlanPage::chooseStrategy(const QString& strategyId)
{
    const int at = m_strategy->findData(strategyId);
    if (at < 0) {
        return false;
    }
    m_strategy->setCurrentIndex(at);
    return true;
}

void ActionPlanPage::fillPlan()
{
    const QString chosen = m_plan->currentItem() ? m_plan->currentItem()->data(0, IdRole).toString() : QString();
    const QSignalBlocker blocker(m_plan);
    m_plan->clear();
    m_period->clear();
    if (!m_store) {
        m_summary->clear();
        return;
    }
    const QString strategyId = currentStrategyId();
    if (strategyId.isEmpty()) {
        m_summary->setText(tr("No strategy yet. Choose New strategy… to start the action plan, then add its "
                              "priorities and their action items."));
        return;
    }
    const QDate today = m_store->clock().today();
    QList<Priority> priorities;
    QList<ActionItem> items;
    storage::ActionPlanRepository repository(*m_store);
    try {
        if (const auto strategy = repository.findStrategy(strategyId); strategy && strategy->periodFrom.isValid()) {
            m_period->setText(tr("%1 to %2").arg(userDateText(strategy->periodFrom), userDateText(strategy->periodTo)));
        }
        priorities = repository.priorities(strategyId);
        items = repository.items(strategyId);
    } catch (const storage::Error& error) {
        m_summary->setText(tr("The action plan could not be read: %1").arg(error.message()));
        return;
    }
    QHash<QString, QTreeWidgetItem*> headings;
    for (const Priority& priority : priorities) {
        auto* row = new QTreeWidgetItem(m_plan);
        row->setText(ActionColumn, tr("%1. %2").arg(priority.position).arg(priority.title));
        row->setToolTip(ActionColumn, priority.description);
        row->setData(0, IdRole, priority.id);
        row->setData(0, KindRole, kPriority);
        makeHeading(row);
        headings.insert(priority.id, row);
    }
    int overdue = 0;
    QMap<QString, int> byStatus;
    for (const ActionItem& item : items) {
        QTreeWidgetItem* heading = headings.value(item.priorityId);
        if (!heading) {
            continue;
        }
        QList<ActionUpdate> updates;
        try {
            updates = repository.updates(item.id);
        } catch (const storage::Error&) {
        }
        const QString status = statusAsOf(item, updates, today);
        const bool late = isOverdue(item, updates, today);
        auto* row = new QTreeWidgetItem(heading);
        row->setData(0, IdRole, item.id);
        row->setData(0, KindRole, kItem);
        row->setText(ActionColumn, item.title);
        row->setToolTip(ActionColumn, item.description);
        row->setData(0, KpiRole, item.kpiId);
        row->setText(LeadColumn, item.leadOfficerId.isEmpty() ? tr("No lead yet") : officerName(item.leadOfficerId));
        row->setText(PartnerColumn, item.partnerOrganisation);
        row->setText(StartColumn, userDateText(item.startOn));
        row->setText(DueColumn, late ? tr("%1 ⚠ Overdue").arg(userDateText(item.dueOn)) : userDateText(item.dueOn));
        if (late) {
            QFont bold = row->font(DueColumn);
            bold.setBold(true);
            row->setFont(DueColumn, bold);
            row->setForeground(DueColumn, colours::toneText(colours::Tone::Problem, palette()));
            ++overdue;
        }
        setStatusCell(row, StatusColumn, status);
        row->setText(PercentColumn, tr("%1%").arg(item.percentComplete));
        row->setTextAlignment(PercentColumn, Qt::AlignRight | Qt::AlignVCenter);
        if (const ActionUpdate* latest = latestUpdateAsOf(updates, today)) {
            row->setText(LatestColumn,
                         latest->commentary.isEmpty() ? userDateText(latest->updateOn)
                                                      : tr("%1: %2").arg(userDateText(latest->updateOn),
                                                                         commentaryStart(latest->commentary, 140)));
            row->setToolTip(LatestColumn, latest->commentary);
            row->setData(0, CommentaryRole, latest->commentary.isEmpty() ? tr("no commentary") : latest->commentary);
            row->setData(0, UpdateDateRole, latest->updateOn);
        } else {
            row->setText(LatestColumn, tr("No update yet"));
        }
        ++byStatus[status];
    }
    for (auto* heading : std::as_const(headings)) {
        heading->setText(ActionColumn,
                         heading->text(ActionColumn) + QStringLiteral(" (")
                             + countOf(heading->childCount(), tr("1 item"), tr("%1 items")) + QStringLiteral(")"));
    }
    m_plan->expandAll();
    for (int column = 0; column < LatestColumn; ++column) {
        m_plan->resizeColumnToContents(column);
    }
    // Long titles and partner names wrap; the latest update takes the width left over.
    // Long titles and names are cut short (in full in the tooltip and the details below) so that
    // the latest update keeps some width.
    m_plan->setColumnWidth(ActionColumn, std::min(m_plan->columnWidth(ActionColumn), 240));
    m_plan->setColumnWidth(PartnerColumn, std::min(m_plan->columnWidth(PartnerColumn), 140));
    m_plan->setColumnWidth(LeadColumn, std::min(m_plan->columnWidth(LeadColumn), 140));

    QStringList parts;
    for (const QString& code : vocab::actionStatuses().codes()) {
        if (byStatus.value(code) > 0) {
            parts.append(tr("%1 %2").arg(byStatus.value(code)).arg(actionStatusLabel(code).toLower()));
        }
    }
    if (priorities.isEmpty()) {
        m_summary->setText(tr("This strategy has no priorities yet. Choose New priority… to add one."));
    } else {
        m_summary->setText(countOf(static_cast<int>(items.size()), tr("1 action item"), tr("%1 action items"))
                           + tr(" under ")
                           + countOf(static_cast<int>(priorities.size()), tr("1 priority"), tr("%1 priorities"))
                           + (parts.isEmpty() ? QString() : QStringLiteral(": ") + parts.join(QStringLiteral(", ")))
                           + (overdue ? tr("; %1 overdue").arg(overdue) : QString()) + QStringLiteral("."));
    }
    if (!chosen.isEmpty()) {
        if (QTreeWidgetItem* row = planRow(chosen)) {
            m_plan->setCurrentItem(row);
        }
    }
    showDetails();
}

void ActionPlanPage::fillReview()
{
    const int weeks = m_weeks->value();
    {
        const QSignalBlocker blocker(m_reasonFilter);
        for (int at = 1; at < m_reasonFilter->count(); ++at) {
            m_reasonFilter->setItemText(at, attentionReasonLabel(m_reasonFilter->itemData(at).toString(), weeks));
        }
    }
    const QString chosen = m_review->currentItem() ? m_review->currentItem()->data(0, IdRole).toString() : QString();
    const QSignalBlocker blocker(m_review);
    m_review->clear();
    if (!m_store || currentStrategyId().isEmpty()) {
        m_reviewSummary->clear();
        return;
    }
    const QDate today = m_store->clock().today();
    storage::ActionPlanRepository repository(*m_store);
    QList<storage::ActionPlanRepository::Attention> rows;
    QHash<QString, QString> priorityTitles;
    try {
        rows = repository.attention(today, weeks, currentStrategyId());
        for (const Priority& priority : repository.priorities(currentStrategyId())) {
            priorityTitles.insert(priority.id, tr("%1. %2").arg(priority.position).arg(priority.title));
        }
    } catch (const storage::Error& error) {
        m_reviewSummary->setText(tr("The action plan could not be read: %1").arg(error.message()));
        return;
    }
    const QString reason = m_reasonFilter->currentData().toString();
    const auto by = static_cast<GroupBy>(m_groupBy->currentData().toInt());
    // Groups by name (case-folded), those without a lead or partner last.
    QMap<QString, QTreeWidgetItem*> groups;
    QMap<QString, int> counts;
    int listed = 0;
    for (const auto& row : rows) {
        if (!reason.isEmpty() && !row.reasons.contains(reason)) {
            continue;
        }
        for (const QString& code : row.reasons) {
            ++counts[code];
        }
        ++listed;
        QString name = by == GroupBy::Lead ? officerName(row.item.leadOfficerId) : row.item.partnerOrganisation;
        const bool none = name.isEmpty();
        if (none) {
            name = by == GroupBy::Lead ? tr("No lead officer") : tr("No partner organisation");
        }
        const QString key = (none ? QStringLiteral("1") : QStringLiteral("0")) + name.toCaseFolded();
        QTreeWidgetItem*& group = groups[key];
        if (!group) {
            group = new QTreeWidgetItem;
            group->setText(ReviewActionColumn, name);
            group->setData(0, KindRole, kGroup);
            group->setData(0, IdRole, name);
        }
        auto* child = new QTreeWidgetItem(group);
        child->setData(0, IdRole, row.item.id);
        child->setData(0, KindRole, kItem);
        child->setText(ReviewActionColumn, row.item.title);
        QStringList why;
        for (const QString& code : row.reasons) {
            why.append(attentionReasonLabel(code, weeks));
        }
        child->setText(ReviewWhyColumn, why.join(QStringLiteral("; ")));
        setStatusCell(child, ReviewStatusColumn, row.status);
        child->setText(ReviewDueColumn, userDateText(row.item.dueOn));
        child->setText(ReviewLastUpdateColumn,
                       row.lastUpdateOn.isValid() ? userDateText(row.lastUpdateOn) : tr("None yet"));
        child->setText(ReviewLeadColumn, officerName(row.item.leadOfficerId));
        child->setText(ReviewPartnerColumn, row.item.partnerOrganisation);
        child->setText(ReviewPriorityColumn, priorityTitles.value(row.item.priorityId));
    }
    for (QTreeWidgetItem* group : std::as_const(groups)) {
        group->setText(ReviewActionColumn,
                       group->text(ReviewActionColumn) + QStringLiteral(" (")
                           + countOf(group->childCount(), tr("1 item"), tr("%1 items")) + QStringLiteral(")"));
        makeHeading(group);
        m_review->addTopLevelItem(group);
    }
    m_review->expandAll();
    // The column the rows are grouped by says what the heading says already.
    m_review->setColumnHidden(ReviewLeadColumn, by == GroupBy::Lead);
    m_review->setColumnHidden(ReviewPartnerColumn, by == GroupBy::Partner);
    for (int column = 0; column < ReviewPriorityColumn; ++column) {
        m_review->resizeColumnToContents(column);
    }
    m_review->setColumnWidth(ReviewActionColumn, std::min(m_review->columnWidth(ReviewActionColumn), 300));
    m_review->setColumnWidth(ReviewPartnerColumn, std::min(m_review->columnWidth(ReviewPartnerColumn), 180));
    if (listed == 0) {
        m_reviewSummary->setText(tr("As of %1 nothing here needs attention.").arg(userDateText(today)));
    } else {
        QStringList parts;
        for (const char* code : {"overdue", "at_risk", "off_track", "no_recent_update"}) {
            const QString key = QString::fromLatin1(code);
            if (counts.value(key) > 0) {
                parts.append(tr("%1: %2").arg(attentionReasonLabel(key, weeks)).arg(counts.value(key)));
            }
        }
        m_reviewSummary->setText(tr("As of %1, ").arg(userDateText(today))
                                 + countOf(listed, tr("1 item needs attention"), tr("%1 items need attention"))
                                 + QStringLiteral(" (") + parts.join(QStringLiteral(", ")) + QStringLiteral(")."));
    }
    if (!chosen.isEmpty()) {
        for (QTreeWidgetItemIterator it(m_review); *it; ++it) {
            if ((*it)->data(0, KindRole).toString() == kItem && (*it)->data(0, IdRole).toString() == chosen) {
                m_review->setCurrentItem(*it);
                break;
            }
        }
    }
}

void ActionPlanPage::showDetails()
{
    const QTreeWidgetItem* row = m_plan->currentItem();
    if (!m_store || !row || row->data(0, KindRole).toString() != kItem) {
        m_details->setText(m_store && m_plan->topLevelItemCount() > 0
                               ? tr("Choose an item to see its description and latest update in full.")
                               : QString());
        return;
    }
    QStringList lines;
    lines.append(row->text(ActionColumn)
                 + (row->toolTip(ActionColumn).isEmpty()
                        ? QString()
                        : QStringLiteral(": ") + row->toolTip(ActionColumn).simplified()));
    const QString latest = row->data(0, CommentaryRole).toString();
    lines.append(latest.isEmpty() ? tr("No progress recorded yet.")
                                  : tr("Latest update, %1 (%2, %3): %4")
                                        .arg(userDateText(row->data(0, UpdateDateRole).toDate()),
                                             row->text(StatusColumn), row->text(PercentColumn), latest));
    if (const QString kpiId = row->data(0, KpiRole).toString(); !kpiId.isEmpty()) {
        const kpi::Definition* definition = kpi::definition(kpiId);
        lines.append(tr("Linked KPI: %1").arg(definition ? definition->label : kpiId));
    }
    m_details->setText(lines.join(QLatin1Char('\n')));
}

QString ActionPlanPage::exportPlan()
{
    if (!m_store || currentStrategyId().isEmpty()) {
        return {};
    }
    reports::ReportDocument document;
    try {
        document =
            reports::actionPlanReport(reports::readActionPlan(*m_store, currentStrategyId()), m_store->clock().today());
    } catch (const std::exception& error) {
        MessageBox::warning(this, tr("Export action plan"), tr("The action plan could not be read."),
                            QString::fromUtf8(error.what()));
        return {};
    }
    return exportReportAs(this, tr("Export action plan"), document);
}

QString ActionPlanPage::detailsText() const
{
    return m_details->text();
}

void ActionPlanPage::updateActions()
{
    const bool haveStrategy = m_store && !currentStrategyId().isEmpty();
    m_newStrategy->setEnabled(m_store != nullptr);
    m_newPriority->setEnabled(haveStrategy);
    m_export->setEnabled(haveStrategy);
    m_newItem->setEnabled(haveStrategy && m_plan->topLevelItemCount() > 0);
    const bool haveItem = m_store && !selectedItemId().isEmpty();
    m_editItem->setEnabled(haveItem);
    m_recordProgress->setEnabled(haveItem);
}

QTreeWidgetItem* ActionPlanPage::planRow(const QString& itemId) const
{
    for (QTreeWidgetItemIterator it(m_plan); *it; ++it) {
        if ((*it)->data(0, KindRole).toString() == kItem && (*it)->data(0, IdRole).toString() == itemId) {
            return *it;
        }
    }
    return nullptr;
}

bool ActionPlanPage::selectItem(const QString& itemId)
{
    QTreeWidgetItem* row = planRow(itemId);
    if (!row) {
        return false;
    }
    m_tabs->setCurrentIndex(0);
    m_plan->setCurrentItem(row);
    m_plan->scrollToItem(row);
    updateActions();
    return true;
}

QString ActionPlanPage::selectedItemId() const
{
    const QTreeWidget* tree = m_tabs->currentIndex() == 1 ? m_review : m_plan;
    const QTreeWidgetItem* row = tree->currentItem();
    if (!row || row->data(0, KindRole).toString() != kItem) {
        return {};
    }
    return row->data(0, IdRole).toString();
}

QString ActionPlanPage::selectedPriorityId() const
{
    const QTreeWidgetItem* row = m_plan->currentItem();
    if (!row) {
        return {};
    }
    if (row->data(0, KindRole).toString() == kItem) {
        row = row->parent();
    }
    return row ? row->data(0, IdRole).toString() : QString();
}

QString ActionPlanPage::summaryText() const
{
    return m_summary->text();
}

QString ActionPlanPage::messageText() const
{
    return m_message->text();
}

StrategyDialog* ActionPlanPage::newStrategy()
{
    if (!m_store) {
        return nullptr;
    }
    auto* dialog = new StrategyDialog(*m_store, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_pendingStrategyId = dialog->strategy().id;
        m_message->setText(tr("Strategy added. Add its priorities with New priority…"));
        refresh();
        emit planChanged();
    });
    dialog->open();
    return dialog;
}

PriorityDialog* ActionPlanPage::newPriority()
{
    if (!m_store || currentStrategyId().isEmpty()) {
        m_message->setText(tr("Add a strategy first (New strategy…)."));
        return nullptr;
    }
    std::optional<Strategy> strategy;
    try {
        strategy = storage::ActionPlanRepository(*m_store).findStrategy(currentStrategyId());
    } catch (const storage::Error& error) {
        m_message->setText(error.message());
    }
    if (!strategy) {
        return nullptr;
    }
    auto* dialog = new PriorityDialog(*m_store, *strategy, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        m_message->setText(tr("Priority added."));
        refresh();
        emit planChanged();
    });
    dialog->open();
    return dialog;
}

ActionItemDialog* ActionPlanPage::newItem()
{
    if (!m_store || currentStrategyId().isEmpty()) {
        m_message->setText(tr("Add a strategy first (New strategy…)."));
        return nullptr;
    }
    QList<Priority> priorities;
    try {
        priorities = storage::ActionPlanRepository(*m_store).priorities(currentStrategyId());
    } catch (const storage::Error& error) {
        m_message->setText(error.message());
        return nullptr;
    }
    if (priorities.isEmpty()) {
        m_message->setText(tr("Add a priority first (New priority…): every item sits under one."));
        return nullptr;
    }
    ActionItem item;
    item.priorityId = selectedPriorityId();
    if (item.priorityId.isEmpty()) {
        item.priorityId = priorities.first().id;
    }
    item.startOn = m_store->clock().today();
    auto* dialog = new ActionItemDialog(*m_store, item, priorities, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString id = dialog->item().id;
        m_message->setText(tr("Item added. Record its progress with Record progress… (Ctrl+U)."));
        refresh();
        selectItem(id);
        emit planChanged();
    });
    dialog->open();
    return dialog;
}

ActionItemDialog* ActionPlanPage::editSelected()
{
    const QString id = selectedItemId();
    if (!m_store || id.isEmpty()) {
        return nullptr;
    }
    std::optional<ActionItem> item;
    QList<Priority> priorities;
    try {
        storage::ActionPlanRepository repository(*m_store);
        item = repository.findItem(id);
        priorities = repository.priorities(currentStrategyId());
    } catch (const storage::Error& error) {
        m_message->setText(error.message());
    }
    if (!item) {
        return nullptr;
    }
    auto* dialog = new ActionItemDialog(*m_store, *item, priorities, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        m_message->setText(tr("Item saved."));
        refresh();
        emit planChanged();
    });
    dialog->open();
    return dialog;
}

ProgressDialog* ActionPlanPage::recordProgress()
{
    const QString id = selectedItemId();
    if (!m_store || id.isEmpty()) {
        m_message->setText(m_store ? tr("Choose an item first.") : QString());
        return nullptr;
    }
    std::optional<ActionItem> item;
    try {
        item = storage::ActionPlanRepository(*m_store).findItem(id);
    } catch (const storage::Error& error) {
        m_message->setText(error.message());
    }
    if (!item) {
        return nullptr;
    }
    auto* dialog = new ProgressDialog(*m_store, *item, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_message->setText(tr("Progress recorded: %1, %2%.")
                               .arg(actionStatusLabel(dialog->update().status))
                               .arg(dialog->update().percentComplete));
        refresh();
        emit planChanged();
    });
    dialog->open();
    return dialog;
}

int ActionPlanPage::reviewWeeks() const
{
    return m_weeks->value();
}

void ActionPlanPage::setReviewWeeks(int weeks)
{
    m_weeks->setValue(weeks);
}

void ActionPlanPage::setGroupBy(GroupBy by)
{
    m_groupBy->setCurrentIndex(m_groupBy->findData(static_cast<int>(by)));
}

void ActionPlanPage::setReasonFilter(const QString& reason)
{
    m_reasonFilter->setCurrentIndex(std::max(0, m_reasonFilter->findData(reason)));
}

QString ActionPlanPage::reviewSummaryText() const
{
    return m_reviewSummary->text();
}

QStringList ActionPlanPage::reviewGroups() const
{
    QStringList names;
    for (int at = 0; at < m_review->topLevelItemCount(); ++at) {
        names.append(m_review->topLevelItem(at)->data(0, IdRole).toString());
    }
    return names;
}

QStringList ActionPlanPage::reviewItemIds(const QString& group) const
{
    QStringList ids;
    for (int at = 0; at < m_review->topLevelItemCount(); ++at) {
        const QTreeWidgetItem* heading = m_review->topLevelItem(at);
        if (heading->data(0, IdRole).toString() != group) {
            continue;
        }
        for (int child = 0; child < heading->childCount(); ++child) {
            ids.append(heading->child(child)->data(0, IdRole).toString());
        }
    }
    return ids;
}

} // namespace hearth::ui
