#pragma once

#include "ActionPlan.h"
#include "pages/StorePage.h"

#include <QHash>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QSpinBox;
class QTabWidget;
class QToolBar;
class QTreeWidget;
class QTreeWidgetItem;

namespace hearth::ui {

class ActionItemDialog;
class PriorityDialog;
class ProgressDialog;
class StrategyDialog;

// The Action plan page (issue 6). The Plan tab lists the chosen strategy's items grouped by
// priority: lead, partner, start, due ("Overdue" in words when it is), status in text and colour,
// percent complete and the latest update. The Manager review tab lists what needs attention as of
// today (overdue, at risk, off track, no update in the last N weeks), grouped by lead or partner,
// each row saying why. Enter opens the item's editor, Ctrl+U records progress, Insert adds an item.
class ActionPlanPage : public QWidget, public StorePage
{
    Q_OBJECT

public:
    enum PlanColumn {
        ActionColumn,
        LeadColumn,
        PartnerColumn,
        StartColumn,
        DueColumn,
        StatusColumn,
        PercentColumn,
        LatestColumn,
        PlanColumnCount
    };
    enum ReviewColumn {
        ReviewActionColumn,
        ReviewWhyColumn,
        ReviewStatusColumn,
        ReviewDueColumn,
        ReviewLastUpdateColumn,
        ReviewLeadColumn,
        ReviewPartnerColumn,
        ReviewPriorityColumn,
        ReviewColumnCount
    };
    enum class GroupBy { Lead, Partner };
    static constexpr int IdRole = Qt::UserRole; // an item's or a priority's id
    static constexpr int KindRole = Qt::UserRole + 1; // "item", "priority" or "group"

    explicit ActionPlanPage(QWidget* parent = nullptr);
    ~ActionPlanPage() override;

    void setStore(storage::Store* store) override;
    void refresh() override;

    QTabWidget* tabs() const { return m_tabs; }
    // Where the page's commands are, Export… among them.
    QToolBar* toolBar() const { return m_toolBar; }
    QTreeWidget* planTree() const { return m_plan; }
    QTreeWidget* reviewTree() const { return m_review; }

    QString currentStrategyId() const;
    bool chooseStrategy(const QString& strategyId);
    // The plan's row of an item, or nullptr.
    QTreeWidgetItem* planRow(const QString& itemId) const;
    bool selectItem(const QString& itemId);
    // The item chosen on the tab shown.
    QString selectedItemId() const;
    QString summaryText() const;
    // The chosen item's description, latest update and linked KPI in full, under the plan.
    QString detailsText() const;
    QString messageText() const;

    // The dialogs, opened window-modal and deleted on close; nullptr when there is nothing to do
    // it to (no strategy, no priority, no item chosen). Saving refreshes the page.
    StrategyDialog* newStrategy();
    PriorityDialog* newPriority();
    ActionItemDialog* newItem();
    ActionItemDialog* editSelected();
    ProgressDialog* recordProgress();
    // Asks where, and saves the chosen strategy's progress table as of today (Ctrl+E); returns the
    // path written, or empty.
    QString exportPlan();

    // The manager review's settings, for this session.
    int reviewWeeks() const;
    void setReviewWeeks(int weeks);
    void setGroupBy(GroupBy by);
    // An attentionReasons code to show only those, or empty for every reason.
    void setReasonFilter(const QString& reason);
    QString reviewSummaryText() const;
    // The review's group headings, in order, and the ids listed under one.
    QStringList reviewGroups() const;
    QStringList reviewItemIds(const QString& group) const;

signals:
    void planChanged();

private:
    void fillStrategies();
    void fillPlan();
    void fillReview();
    void updateActions();
    void showDetails();
    QString officerName(const QString& officerId);
    QString selectedPriorityId() const;

    storage::Store* m_store = nullptr;
    QHash<QString, QString> m_officerNames;
    bool m_weeksRead = false; // the council's review weeks, read once for each store
    QString m_pendingStrategyId;
    QComboBox* m_strategy;
    QLabel* m_strategyLabel;
    QLabel* m_period;
    QToolBar* m_toolBar;
    QAction* m_newStrategy;
    QAction* m_newPriority;
    QAction* m_newItem;
    QAction* m_editItem;
    QAction* m_recordProgress;
    QAction* m_export;
    QTabWidget* m_tabs;
    QLabel* m_summary;
    QTreeWidget* m_plan;
    QLabel* m_details;
    QSpinBox* m_weeks;
    QComboBox* m_groupBy;
    QComboBox* m_reasonFilter;
    QLabel* m_reviewSummary;
    QTreeWidget* m_review;
    QLabel* m_message;
};

} // namespace hearth::ui
