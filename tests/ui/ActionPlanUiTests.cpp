// The Action plan page (issue 6): strategy, priority and item dialogs, progress updates with their
// history, the complete-below-100 question, and the manager review, driven on the real widgets of
// a main window over a temporary database.
#include "UiFixture.h"

#include "ActionPlanRepository.h"
#include "DemoGenerator.h"
#include "FileDialog.h"
#include "MessageBox.h"
#include "actionplan/ActionItemDialog.h"
#include "actionplan/ActionPlanPage.h"
#include "actionplan/ProgressDialog.h"
#include "actionplan/StrategyDialog.h"
#include "forms/FieldErrorDisplay.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolBar>
#include <QTreeWidget>
#include <QUuid>

using namespace hearth;
using namespace hearth::ui;

namespace {

const QDate kToday(2026, 11, 22); // test::fixedNow()

using Column = ActionPlanPage::PlanColumn;

ActionPlanPage* showPage(ui::MainWindow& window)
{
    window.findChild<QAction*>(QStringLiteral("actionGo_action-plan"))->trigger();
    auto* found = window.findChild<ActionPlanPage*>();
    REQUIRE(found);
    REQUIRE(found->isVisible());
    return found;
}

void clickSave(QDialog* dialog)
{
    QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save), Qt::LeftButton);
}

template <class T>
T* field(QWidget* dialog, const char* name)
{
    auto* found = dialog->findChild<T*>(QLatin1String(name));
    REQUIRE(found);
    return found;
}

struct Officers
{
    QString alex; // acting
    QString bea;
};

Officers addOfficers(storage::Store& store)
{
    Officers o;
    o.alex = store.officers().add({{}, QStringLiteral("Alex Officer"), QStringLiteral("officer"), {}, {}}).id;
    o.bea = store.officers().add({{}, QStringLiteral("Bea Lead"), QStringLiteral("manager"), {}, {}}).id;
    store.setActingOfficer(o.alex);
    return o;
}

struct Plan
{
    Officers officers;
    QString strategy;
    QString awareness; // priority 1
    QString training; // priority 2
    QString campaign; // Alex, Age UK; overdue (due 1 Nov), on track
    QString leaflets; // Bea, Age UK; at risk, updated last week
    QString mapping; // Bea, no partner; off track
    QString stale; // Alex, Voluntary Action; on track, last update 10 weeks ago
    QString fine; // Alex; on track, updated this week, due next year
    QString done; // Bea; complete, due in the past: needs nothing
};

ActionItem item(const QString& priority, const char* title, const QString& lead, const char* partner,
                const QDate& start, const QDate& due)
{
    ActionItem i;
    i.priorityId = priority;
    i.title = QString::fromUtf8(title);
    i.leadOfficerId = lead;
    i.partnerOrganisation = QString::fromUtf8(partner);
    i.startOn = start;
    i.dueOn = due;
    return i;
}

void progress(storage::ActionPlanRepository& repository, const QString& itemId, const QDate& on, const char* status,
              int percent, const char* commentary)
{
    ActionUpdate update;
    update.itemId = itemId;
    update.updateOn = on;
    update.status = QString::fromLatin1(status);
    update.percentComplete = percent;
    update.commentary = QString::fromUtf8(commentary);
    repository.recordUpdate(update);
}

// A strategy with two priorities and six items, one for each kind of attention and two needing
// none, written before the window opens.
Plan addPlan(storage::Store& store, const Officers& officers)
{
    Plan p;
    p.officers = officers;
    storage::ActionPlanRepository repository(store);
    Strategy strategy;
    strategy.title = QStringLiteral("Tackling loneliness together 2026–2029");
    strategy.periodFrom = QDate(2026, 4, 1);
    strategy.periodTo = QDate(2029, 3, 31);
    p.strategy = repository.addStrategy(strategy).id;
    Priority awareness;
    awareness.strategyId = p.strategy;
    awareness.title = QStringLiteral("Raise awareness of loneliness");
    p.awareness = repository.addPriority(awareness).id;
    Priority training;
    training.strategyId = p.strategy;
    training.title = QStringLiteral("Train staff to identify loneliness");
    p.training = repository.addPriority(training).id;

    const QDate start(2026, 6, 1);
    p.campaign = repository
                     .addItem(item(p.awareness, "Loneliness Awareness Week campaign", officers.alex,
                                   "Age UK Hearthdale", start, QDate(2026, 11, 1)))
                     .id;
    progress(repository, p.campaign, QDate(2026, 11, 15), "on_track", 80,
             "Posters out in every library; radio slot booked.");
    p.leaflets = repository
                     .addItem(item(p.awareness, "Leaflets in GP surgeries", officers.bea, "Age UK Hearthdale", start,
                                   QDate(2027, 3, 31)))
                     .id;
    progress(repository, p.leaflets, QDate(2026, 11, 16), "at_risk", 30, "Printing budget not yet agreed.");
    p.mapping =
        repository
            .addItem(item(p.awareness, "Map services and gaps by ward", officers.bea, "", start, QDate(2027, 6, 30)))
            .id;
    progress(repository, p.mapping, QDate(2026, 11, 10), "off_track", 10, "Data sharing agreement stalled.");
    p.stale = repository
                  .addItem(item(p.training, "Train front-line staff", officers.alex, "Hearthdale Voluntary Action",
                                start, QDate(2027, 9, 30)))
                  .id;
    progress(repository, p.stale, QDate(2026, 9, 13), "on_track", 20, "First two sessions held."); // 10 weeks ago
    p.fine =
        repository.addItem(item(p.training, "Training for call handlers", officers.alex, "", start, QDate(2027, 9, 30)))
            .id;
    progress(repository, p.fine, QDate(2026, 11, 20), "on_track", 50, "Half the team trained.");
    p.done =
        repository.addItem(item(p.training, "Agree the training module", officers.bea, "", start, QDate(2026, 10, 1)))
            .id;
    progress(repository, p.done, QDate(2026, 9, 30), "complete", 100, "Module signed off.");
    return p;
}

Plan preparePlan(test::UiFixture& f)
{
    auto store = f.openStore(f.folder.dbPath(), storage::Store::OpenMode::CreateNew);
    return addPlan(*store, addOfficers(*store));
}

QStringList childTexts(const QTreeWidgetItem* parent, int column)
{
    QStringList texts;
    for (int at = 0; at < parent->childCount(); ++at) {
        texts.append(parent->child(at)->text(column));
    }
    return texts;
}

} // namespace

TEST_CASE("A strategy, a priority and an item are added through the dialogs and listed by priority", "[actionplan]")
{
    test::UiFixture f;
    Officers officers;
    {
        auto store = f.openStore(f.folder.dbPath(), storage::Store::OpenMode::CreateNew);
        officers = addOfficers(*store);
    }
    auto window = f.openWindow(f.folder.dbPath());
    auto* page = showPage(*window);
    CHECK(page->summaryText().contains(QStringLiteral("No strategy yet")));
    CHECK_FALSE(page->findChild<QAction*>(QStringLiteral("newItemAction"))->isEnabled());
    // The tool bar leaves room for more commands (the committee exports).
    CHECK(page->toolBar()->actions().size() >= 5);

    page->findChild<QAction*>(QStringLiteral("newStrategyAction"))->trigger();
    auto* strategyDialog = page->findChild<StrategyDialog*>();
    REQUIRE(strategyDialog);
    field<QLineEdit>(strategyDialog, "titleEdit")->setText(QStringLiteral("Tackling loneliness 2026–2029"));
    field<QLineEdit>(strategyDialog, "period_fromEdit")->setText(QStringLiteral("01/04/2026"));
    field<QLineEdit>(strategyDialog, "period_toEdit")->setText(QStringLiteral("31/03/2026"));
    clickSave(strategyDialog);
    CHECK(strategyDialog->isVisible());
    CHECK_FALSE(strategyDialog->errors().messageFor(QStringLiteral("period_to")).isEmpty());
    CHECK(storage::ActionPlanRepository(window->store()).strategies().isEmpty());
    field<QLineEdit>(strategyDialog, "period_toEdit")->setText(QStringLiteral("31/03/2029"));
    clickSave(strategyDialog);
    QTRY_VERIFY(page->findChild<StrategyDialog*>() == nullptr);
    const auto strategies = storage::ActionPlanRepository(window->store()).strategies();
    REQUIRE(strategies.size() == 1);
    CHECK(strategies.first().periodTo == QDate(2029, 3, 31));
    CHECK(page->currentStrategyId() == strategies.first().id);
    CHECK(page->summaryText().contains(QStringLiteral("no priorities yet")));

    page->findChild<QAction*>(QStringLiteral("newPriorityAction"))->trigger();
    auto* priorityDialog = page->findChild<PriorityDialog*>();
    REQUIRE(priorityDialog);
    clickSave(priorityDialog); // no title
    CHECK(priorityDialog->errors().messageFor(QStringLiteral("title")).contains(QStringLiteral("required")));
    field<QLineEdit>(priorityDialog, "titleEdit")->setText(QStringLiteral("Raise awareness"));
    clickSave(priorityDialog);
    QTRY_VERIFY(page->findChild<PriorityDialog*>() == nullptr);
    REQUIRE(page->planTree()->topLevelItemCount() == 1);
    CHECK(page->planTree()->topLevelItem(0)->text(0).startsWith(QStringLiteral("1. Raise awareness")));

    page->findChild<QAction*>(QStringLiteral("newItemAction"))->trigger();
    auto* itemDialog = page->findChild<ActionItemDialog*>();
    REQUIRE(itemDialog);
    field<QLineEdit>(itemDialog, "titleEdit")->setText(QStringLiteral("Awareness week campaign"));
    auto* lead = field<QComboBox>(itemDialog, "leadCombo");
    lead->setCurrentIndex(lead->findData(officers.bea));
    field<QLineEdit>(itemDialog, "partnerEdit")->setText(QStringLiteral("Age UK Hearthdale"));
    field<QLineEdit>(itemDialog, "start_onEdit")->setText(QStringLiteral("01/12/2026"));
    field<QLineEdit>(itemDialog, "due_onEdit")->setText(QStringLiteral("31/05/2027"));
    auto* kpi = field<QComboBox>(itemDialog, "kpiCombo");
    REQUIRE(kpi->findData(QStringLiteral("actions_overdue")) > 0);
    kpi->setCurrentIndex(kpi->findData(QStringLiteral("actions_overdue")));
    clickSave(itemDialog);
    QTRY_VERIFY(page->findChild<ActionItemDialog*>() == nullptr);

    const auto items = storage::ActionPlanRepository(window->store()).items(strategies.first().id);
    REQUIRE(items.size() == 1);
    CHECK(items.first().leadOfficerId == officers.bea);
    CHECK(items.first().kpiId == QStringLiteral("actions_overdue"));
    CHECK(items.first().status == QStringLiteral("not_started"));
    QTreeWidgetItem* row = page->planRow(items.first().id);
    REQUIRE(row);
    CHECK(row->parent() == page->planTree()->topLevelItem(0));
    CHECK(row->text(Column::LeadColumn) == QStringLiteral("Bea Lead"));
    CHECK(row->text(Column::PartnerColumn) == QStringLiteral("Age UK Hearthdale"));
    CHECK(row->text(Column::StartColumn) == QStringLiteral("01/12/2026"));
    CHECK(row->text(Column::DueColumn) == QStringLiteral("31/05/2027"));
    CHECK(row->text(Column::StatusColumn) == QStringLiteral("Not started"));
    CHECK(row->text(Column::PercentColumn) == QStringLiteral("0%"));
    CHECK(row->text(Column::LatestColumn) == QStringLiteral("No update yet"));
    CHECK(page->selectedItemId() == items.first().id);
}

TEST_CASE("The item editor shows problems beside their fields and writes nothing", "[actionplan][validation]")
{
    test::UiFixture f;
    const Plan p = preparePlan(f);
    auto window = f.openWindow(f.folder.dbPath());
    auto* page = showPage(*window);
    const auto before = storage::ActionPlanRepository(window->store()).items();

    SECTION("a missing title and a due date before the start")
    {
        ActionItemDialog* dialog = page->newItem();
        REQUIRE(dialog);
        field<QLineEdit>(dialog, "start_onEdit")->setText(QStringLiteral("01/12/2026"));
        field<QLineEdit>(dialog, "due_onEdit")->setText(QStringLiteral("30/11/2026"));
        clickSave(dialog);
        CHECK(dialog->isVisible());
        CHECK(dialog->errors().messageFor(QStringLiteral("title")).contains(QStringLiteral("required")));
        CHECK(dialog->errors().messageFor(QStringLiteral("due_on")).contains(QStringLiteral("before")));
        // Shown beside the field: a label right under it, and the field's accessible description.
        auto* due = field<QLineEdit>(dialog, "due_onEdit");
        CHECK(due->accessibleDescription().contains(QStringLiteral("before")));
        dialog->layout()->activate();
        QApplication::processEvents();
        auto* dueError = field<QLabel>(dialog, "due_onEditError");
        CHECK(dueError->isVisible());
        CHECK(dueError->text().contains(QStringLiteral("before")));
        REQUIRE(dueError->parentWidget() == due->parentWidget());
        CHECK(dueError->geometry().top() >= due->geometry().bottom());
        CHECK(dueError->geometry().bottom() <= field<QComboBox>(dialog, "kpiCombo")->geometry().top());
        CHECK(storage::ActionPlanRepository(window->store()).items() == before);
        dialog->reject();
    }

    SECTION("a date that is not one")
    {
        ActionItemDialog* dialog = page->newItem();
        REQUIRE(dialog);
        field<QLineEdit>(dialog, "titleEdit")->setText(QStringLiteral("Something"));
        field<QLineEdit>(dialog, "due_onEdit")->setText(QStringLiteral("31/13/2026"));
        clickSave(dialog);
        CHECK(dialog->errors().messageFor(QStringLiteral("due_on")).contains(QStringLiteral("not a date")));
        CHECK(storage::ActionPlanRepository(window->store()).items() == before);
        dialog->reject();
    }

    SECTION("a lead no officer has is named beside the lead")
    {
        // The combo offers only the officers the database holds; a list gone stale (an officer
        // removed by a sync meanwhile) is what could offer one it no longer has.
        REQUIRE(page->selectItem(p.campaign));
        ActionItemDialog* dialog = page->editSelected();
        REQUIRE(dialog);
        auto* lead = field<QComboBox>(dialog, "leadCombo");
        CHECK(lead->currentData().toString() == p.officers.alex);
        lead->addItem(QStringLiteral("Gone Officer"), QUuid::createUuid().toString(QUuid::WithoutBraces));
        lead->setCurrentIndex(lead->count() - 1);
        field<QLineEdit>(dialog, "titleEdit")->setText(QStringLiteral("Renamed"));
        clickSave(dialog);
        CHECK(dialog->isVisible());
        CHECK(dialog->errors().messageFor(QStringLiteral("lead")).contains(QStringLiteral("no officer")));
        CHECK(lead->accessibleDescription().contains(QStringLiteral("no officer")));
        CHECK(storage::ActionPlanRepository(window->store()).items() == before);
        dialog->reject();
    }
}

TEST_CASE("Progress is recorded from the keyboard, shows in the history and sets the status", "[actionplan][progress]")
{
    test::UiFixture f;
    const Plan p = preparePlan(f);
    auto window = f.openWindow(f.folder.dbPath());
    auto* page = showPage(*window);
    REQUIRE(page->selectItem(p.leaflets));
    page->planTree()->setFocus();
    QTest::keyClick(page->planTree(), Qt::Key_U, Qt::ControlModifier);
    auto* dialog = page->findChild<ProgressDialog*>();
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    // The history so far, read-only, beside the form.
    QTableWidget* history = dialog->history();
    REQUIRE(history->rowCount() == 1);
    CHECK(history->item(0, 0)->text() == QStringLiteral("16/11/2026"));
    CHECK(history->item(0, 1)->text() == QStringLiteral("At risk"));
    CHECK(history->editTriggers() == QAbstractItemView::NoEditTriggers);
    CHECK(field<QComboBox>(dialog, "statusCombo")->currentData().toString() == QStringLiteral("at_risk"));

    auto* percent = field<QLineEdit>(dialog, "percent_completeEdit");
    auto* status = field<QComboBox>(dialog, "statusCombo");
    auto* commentary = field<QPlainTextEdit>(dialog, "commentaryEdit");

    SECTION("a percent outside 0-100 or a date in the future is refused beside the field")
    {
        percent->setText(GENERATE(QStringLiteral("120"), QStringLiteral("-5"), QStringLiteral("lots")));
        clickSave(dialog);
        CHECK(dialog->isVisible());
        CHECK_FALSE(dialog->errors().messageFor(QStringLiteral("percent_complete")).isEmpty());
        percent->setText(QStringLiteral("40"));
        field<QLineEdit>(dialog, "onEdit")->setText(QStringLiteral("23/11/2026"));
        clickSave(dialog);
        CHECK(dialog->errors().messageFor(QStringLiteral("on")).contains(QStringLiteral("today")));
        CHECK(storage::ActionPlanRepository(window->store()).updates(p.leaflets).size() == 1);
        dialog->reject();
    }

    SECTION("a saved update is in the history and the plan")
    {
        status->setCurrentIndex(status->findData(QStringLiteral("on_track")));
        percent->setText(QStringLiteral("45"));
        commentary->setPlainText(QStringLiteral("Budget agreed at the partnership board; printing next week."));
        clickSave(dialog);
        QTRY_VERIFY(page->findChild<ProgressDialog*>() == nullptr);
        const auto updates = storage::ActionPlanRepository(window->store()).updates(p.leaflets);
        REQUIRE(updates.size() == 2);
        CHECK(updates.first().status == QStringLiteral("at_risk")); // history kept
        CHECK(updates.last().status == QStringLiteral("on_track"));
        CHECK(updates.last().updateOn == kToday);
        CHECK(updates.last().officerId == p.officers.alex);
        QTreeWidgetItem* row = page->planRow(p.leaflets);
        REQUIRE(row);
        CHECK(row->text(Column::StatusColumn) == QStringLiteral("On track"));
        CHECK(row->text(Column::PercentColumn) == QStringLiteral("45%"));
        CHECK(row->text(Column::LatestColumn).startsWith(QStringLiteral("22/11/2026: Budget agreed")));
        CHECK(page->messageText().contains(QStringLiteral("On track, 45%")));
        // The chosen item's latest update in full below the plan.
        CHECK(page->selectedItemId() == p.leaflets);
        CHECK(page->detailsText().contains(
            QStringLiteral("Latest update, 22/11/2026 (On track, 45%): Budget agreed at the partnership board")));

        ProgressDialog* again = page->recordProgress();
        REQUIRE(again);
        REQUIRE(again->history()->rowCount() == 2);
        CHECK(again->history()->item(0, 1)->text() == QStringLiteral("At risk"));
        CHECK(again->history()->item(1, 1)->text() == QStringLiteral("On track"));
        CHECK(again->history()->item(1, 3)->text().startsWith(QStringLiteral("Budget agreed")));
        CHECK(again->history()->item(1, 4)->text() == QStringLiteral("Alex Officer"));
        again->reject();
    }
}

TEST_CASE("Complete with less than 100 percent asks: set to 100%, keep, or go back", "[actionplan][progress]")
{
    test::UiFixture f;
    const Plan p = preparePlan(f);
    auto window = f.openWindow(f.folder.dbPath());
    auto* page = showPage(*window);
    REQUIRE(page->selectItem(p.fine));
    ProgressDialog* dialog = page->recordProgress();
    REQUIRE(dialog);
    auto* status = field<QComboBox>(dialog, "statusCombo");
    status->setCurrentIndex(status->findData(QStringLiteral("complete")));
    field<QLineEdit>(dialog, "percent_completeEdit")->setText(QStringLiteral("90"));
    MessageBox::clearLastShown();

    SECTION("cancel goes back to the dialog and writes nothing")
    {
        MessageBox::setNextAnswer(MessageBox::Cancel);
        clickSave(dialog);
        REQUIRE(MessageBox::lastShown());
        CHECK(MessageBox::lastShown()->text.contains(QStringLiteral("90%")));
        CHECK(MessageBox::lastShown()->buttons.testFlag(MessageBox::SetTo100));
        CHECK(MessageBox::lastShown()->buttons.testFlag(MessageBox::KeepAsEntered));
        CHECK(dialog->isVisible());
        CHECK(storage::ActionPlanRepository(window->store()).updates(p.fine).size() == 1);
        dialog->reject();
    }

    SECTION("set to 100% records complete at 100")
    {
        MessageBox::setNextAnswer(MessageBox::SetTo100);
        clickSave(dialog);
        QTRY_VERIFY(page->findChild<ProgressDialog*>() == nullptr);
        const ActionItem held = *storage::ActionPlanRepository(window->store()).findItem(p.fine);
        CHECK(held.status == QStringLiteral("complete"));
        CHECK(held.percentComplete == 100);
        CHECK(page->planRow(p.fine)->text(Column::StatusColumn) == QStringLiteral("Complete"));
    }

    SECTION("keep records complete at the percent entered")
    {
        MessageBox::setNextAnswer(MessageBox::KeepAsEntered);
        clickSave(dialog);
        QTRY_VERIFY(page->findChild<ProgressDialog*>() == nullptr);
        const ActionItem held = *storage::ActionPlanRepository(window->store()).findItem(p.fine);
        CHECK(held.status == QStringLiteral("complete"));
        CHECK(held.percentComplete == 90);
        CHECK(page->planRow(p.fine)->text(Column::PercentColumn) == QStringLiteral("90%"));
    }
}

TEST_CASE("The plan marks an overdue item in words and colours statuses", "[actionplan]")
{
    test::UiFixture f;
    const Plan p = preparePlan(f);
    auto window = f.openWindow(f.folder.dbPath());
    auto* page = showPage(*window);
    REQUIRE(page->planTree()->topLevelItemCount() == 2);
    CHECK(childTexts(page->planTree()->topLevelItem(0), Column::ActionColumn).size() == 3);
    CHECK(page->planRow(p.campaign)->text(Column::DueColumn) == QStringLiteral("01/11/2026 ⚠ Overdue"));
    // Complete items are never overdue; items due later are not.
    CHECK(page->planRow(p.done)->text(Column::DueColumn) == QStringLiteral("01/10/2026"));
    CHECK(page->planRow(p.fine)->text(Column::DueColumn) == QStringLiteral("30/09/2027"));
    CHECK(page->planRow(p.leaflets)->text(Column::StatusColumn) == QStringLiteral("At risk"));
    CHECK(page->planRow(p.leaflets)->background(Column::StatusColumn).color()
          != page->planRow(p.fine)->background(Column::StatusColumn).color());
    CHECK(page->summaryText().contains(QStringLiteral("1 overdue")));
}

TEST_CASE("The manager review lists what needs attention, why, grouped by lead or partner", "[actionplan][review]")
{
    test::UiFixture f;
    const Plan p = preparePlan(f);
    auto window = f.openWindow(f.folder.dbPath());
    auto* page = showPage(*window);
    page->tabs()->setCurrentIndex(1);
    CHECK(page->reviewWeeks() == 8); // the council's setting

    // By lead (the default): Alex has the overdue and the stale item, Bea the at-risk and off-track.
    CHECK(page->reviewGroups() == QStringList {QStringLiteral("Alex Officer"), QStringLiteral("Bea Lead")});
    CHECK(page->reviewItemIds(QStringLiteral("Alex Officer")) == QStringList {p.campaign, p.stale});
    CHECK(page->reviewItemIds(QStringLiteral("Bea Lead")) == QStringList {p.leaflets, p.mapping});
    const QTreeWidgetItem* alex = page->reviewTree()->topLevelItem(0);
    CHECK(childTexts(alex, ActionPlanPage::ReviewWhyColumn)
          == QStringList {QStringLiteral("Overdue"), QStringLiteral("No update in the last 8 weeks")});
    CHECK(childTexts(page->reviewTree()->topLevelItem(1), ActionPlanPage::ReviewWhyColumn)
          == QStringList {QStringLiteral("At risk"), QStringLiteral("Off track")});
    CHECK(page->reviewSummaryText().contains(QStringLiteral("4 items need attention")));

    SECTION("grouped by partner, those without one last")
    {
        page->setGroupBy(ActionPlanPage::GroupBy::Partner);
        CHECK(page->reviewGroups()
              == QStringList {QStringLiteral("Age UK Hearthdale"), QStringLiteral("Hearthdale Voluntary Action"),
                              QStringLiteral("No partner organisation")});
        CHECK(page->reviewItemIds(QStringLiteral("Age UK Hearthdale")) == QStringList {p.campaign, p.leaflets});
        CHECK(page->reviewItemIds(QStringLiteral("No partner organisation")) == QStringList {p.mapping});
    }

    SECTION("a longer period without updates drops the stale item; a shorter one adds more")
    {
        page->setReviewWeeks(12);
        CHECK(page->reviewItemIds(QStringLiteral("Alex Officer")) == QStringList {p.campaign});
        page->setReviewWeeks(1); // the off-track item was last updated 12 days ago
        CHECK(childTexts(page->reviewTree()->topLevelItem(1), ActionPlanPage::ReviewWhyColumn)
              == QStringList {QStringLiteral("At risk"), QStringLiteral("Off track; No update in the last week")});
        // The setting is for this session: the council's stays as it was.
        CHECK(window->store().councilSettings().actionNoUpdateWeeks == 8);
    }

    SECTION("showing one reason only")
    {
        page->setReasonFilter(QStringLiteral("overdue"));
        CHECK(page->reviewGroups() == QStringList {QStringLiteral("Alex Officer")});
        CHECK(page->reviewItemIds(QStringLiteral("Alex Officer")) == QStringList {p.campaign});
        page->setReasonFilter(QStringLiteral("no_recent_update"));
        CHECK(page->reviewItemIds(QStringLiteral("Alex Officer")) == QStringList {p.stale});
        page->setReasonFilter({});
        CHECK(page->reviewGroups().size() == 2);
    }

    SECTION("Enter on a row opens its editor")
    {
        QTreeWidget* tree = page->reviewTree();
        tree->setFocus();
        tree->setCurrentItem(tree->topLevelItem(1)->child(0));
        QTest::keyClick(tree, Qt::Key_Return);
        auto* dialog = page->findChild<ActionItemDialog*>();
        REQUIRE(dialog);
        CHECK(dialog->item().id == p.leaflets);
        dialog->reject();
    }
}

TEST_CASE("The item editor and a new item open from the keyboard alone", "[actionplan][keyboard]")
{
    test::UiFixture f;
    const Plan p = preparePlan(f);
    auto window = f.openWindow(f.folder.dbPath());
    auto* page = showPage(*window);
    QTreeWidget* tree = page->planTree();
    tree->setFocus();
    REQUIRE(QTest::qWaitFor([&] { return tree->hasFocus(); }));
    // Down from the first priority heading to its first item, then Enter.
    tree->setCurrentItem(tree->topLevelItem(0));
    QTest::keyClick(tree, Qt::Key_Down);
    CHECK(page->selectedItemId() == p.campaign);
    QTest::keyClick(tree, Qt::Key_Return);
    auto* editor = page->findChild<ActionItemDialog*>();
    REQUIRE(editor);
    REQUIRE(QTest::qWaitForWindowExposed(editor));
    CHECK(editor->item().id == p.campaign);
    CHECK(field<QLineEdit>(editor, "titleEdit")->text() == QStringLiteral("Loneliness Awareness Week campaign"));
    QTest::keyClick(editor, Qt::Key_Escape);
    QTRY_VERIFY(page->findChild<ActionItemDialog*>() == nullptr);

    window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(window.get()));
    tree->setFocus();
    REQUIRE(QTest::qWaitFor([&] { return tree->hasFocus(); }));
    QTest::keyClick(tree, Qt::Key_Insert);
    auto* added = page->findChild<ActionItemDialog*>();
    REQUIRE(added);
    CHECK(added->item().id.isEmpty());
    // New under the priority of the item chosen.
    CHECK(field<QComboBox>(added, "priorityCombo")->currentData().toString() == p.awareness);
    added->reject();
}

TEST_CASE("Screenshot of the Action plan page", "[.screenshot]")
{
    const QString out = qEnvironmentVariable("HEARTH_SCREENSHOT_DIR");
    if (out.isEmpty()) {
        WARN("set HEARTH_SCREENSHOT_DIR to save the screenshots");
        return;
    }
    test::UiFixture f;
    {
        auto store = f.openStore(f.folder.dbPath(), storage::Store::OpenMode::CreateNew);
        demo::DemoOptions options;
        options.residents = 300;
        options.today = kToday;
        demo::generateDemo(*store, options);
        const QList<Officer> held = store->officers().list();
        REQUIRE(held.size() >= 2);
        store->setActingOfficer(held.first().id);
        if (storage::ActionPlanRepository(*store).strategies().isEmpty()) {
            addPlan(*store, {held.at(0).id, held.at(1).id});
        }
    }
    auto window = f.openWindow(f.folder.dbPath());
    window->resize(1280, 800);
    auto* page = showPage(*window);
    const auto items = storage::ActionPlanRepository(window->store()).items(page->currentStrategyId());
    if (items.size() > 1) {
        page->selectItem(items.at(1).id);
    }
    QTest::qWait(100);
    CHECK(window->grab().save(QDir(out).filePath(QStringLiteral("action-plan.png"))));
    page->tabs()->setCurrentIndex(1);
    QTest::qWait(100);
    CHECK(window->grab().save(QDir(out).filePath(QStringLiteral("action-plan-review.png"))));

    page->tabs()->setCurrentIndex(0);
    if (items.size() > 1) {
        ProgressDialog* progressDialog = page->recordProgress();
        REQUIRE(progressDialog);
        field<QLineEdit>(progressDialog, "percent_completeEdit")->setText(QStringLiteral("140"));
        clickSave(progressDialog);
        QTest::qWait(100);
        CHECK(progressDialog->grab().save(QDir(out).filePath(QStringLiteral("action-plan-progress.png"))));
        progressDialog->reject();
        QPointer<ActionItemDialog> editor = page->editSelected();
        REQUIRE(editor);
        // A due date before any start, so that the error shows beside the field and the dialog stays.
        field<QLineEdit>(editor, "due_onEdit")->setText(QStringLiteral("01/01/2000"));
        clickSave(editor);
        QTest::qWait(100);
        REQUIRE(editor);
        CHECK(editor->grab().save(QDir(out).filePath(QStringLiteral("action-plan-item.png"))));
        editor->reject();
    }
}

TEST_CASE("The action plan is exported for committee from the page with Ctrl+E", "[actionplan][export]")
{
    test::UiFixture f;
    const Plan p = preparePlan(f);
    (void)p;
    auto window = f.openWindow(f.folder.dbPath());
    auto* page = showPage(*window);
    ui::MessageBox::clearLastShown();
    const QString path = f.folder.path(QStringLiteral("plan.html"));
    ui::FileDialog::setNextFileName(path);
    page->planTree()->setFocus();
    QTest::keyClick(page->planTree(), Qt::Key_E, Qt::ControlModifier);
    CHECK_FALSE(ui::MessageBox::lastShown());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(file.readAll());
    CHECK(html.contains(QStringLiteral("Training for call handlers")));
    CHECK(html.contains(QStringLiteral("<caption>")));

    // An existing file is never replaced.
    ui::FileDialog::setNextFileName(path);
    CHECK(page->exportPlan().isEmpty());
    REQUIRE(ui::MessageBox::lastShown());
    CHECK(ui::MessageBox::lastShown()->informativeText.contains(QStringLiteral("already exists")));
}
