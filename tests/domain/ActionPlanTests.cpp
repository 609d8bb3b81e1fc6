#include "ActionPlan.h"
#include "Vocabulary.h"

#include "DomainTestHelpers.h"

#include <functional>

using hearth::ActionItem;
using hearth::ActionUpdate;
using hearth::Strategy;
using hearth::test::errorFields;
using hearth::test::idFor;
using hearth::test::today;

namespace {

ActionItem validItem()
{
    ActionItem item;
    item.id = idFor(40);
    item.priorityId = idFor(41);
    item.title = QStringLiteral("Map lunch clubs in every ward");
    item.leadOfficerId = idFor(2);
    item.partnerOrganisation = QStringLiteral("Age UK Bromley");
    item.startOn = QDate(2026, 4, 1);
    item.dueOn = QDate(2027, 3, 31);
    item.status = QStringLiteral("on_track");
    item.percentComplete = 40;
    item.kpiId = QStringLiteral("services_available");
    return item;
}

ActionUpdate validUpdate()
{
    ActionUpdate update;
    update.id = idFor(42);
    update.itemId = idFor(40);
    update.updateOn = QDate(2026, 11, 1);
    update.status = QStringLiteral("at_risk");
    update.percentComplete = 35;
    update.commentary = QStringLiteral("Two wards still to visit.");
    update.officerId = idFor(2);
    return update;
}

QStringList itemFieldsAfter(const std::function<void(ActionItem&)>& change)
{
    ActionItem item = validItem();
    change(item);
    return errorFields(item.validate());
}

QStringList updateFieldsAfter(const std::function<void(ActionUpdate&)>& change)
{
    ActionUpdate update = validUpdate();
    change(update);
    return errorFields(update.validate(today()));
}

} // namespace

TEST_CASE("A valid action item and update have no errors", "[actionplan][validation]")
{
    CHECK(itemFieldsAfter([](ActionItem&) {}).isEmpty());
    CHECK(updateFieldsAfter([](ActionUpdate&) {}).isEmpty());
    for (const QString& status : hearth::vocab::actionStatuses().codes()) {
        CAPTURE(status);
        CHECK(itemFieldsAfter([&status](ActionItem& item) { item.status = status; }).isEmpty());
        CHECK(updateFieldsAfter([&status](ActionUpdate& update) { update.status = status; }).isEmpty());
    }
}

TEST_CASE("An action item is due on or after it starts", "[actionplan][validation]")
{
    CHECK(itemFieldsAfter([](ActionItem& item) { item.dueOn = item.startOn.addDays(-1); })
          == QStringList {QStringLiteral("due_on")});
    CHECK(itemFieldsAfter([](ActionItem& item) { item.dueOn = item.startOn; }).isEmpty());
    CHECK(itemFieldsAfter([](ActionItem& item) { item.startOn = QDate(); }).isEmpty());
}

TEST_CASE("Percent complete is between 0 and 100", "[actionplan][validation]")
{
    const QStringList percent {QStringLiteral("percent_complete")};
    for (const int value : {0, 100}) {
        CAPTURE(value);
        CHECK(itemFieldsAfter([value](ActionItem& item) { item.percentComplete = value; }).isEmpty());
        CHECK(updateFieldsAfter([value](ActionUpdate& update) { update.percentComplete = value; }).isEmpty());
    }
    for (const int value : {-1, 101}) {
        CAPTURE(value);
        CHECK(itemFieldsAfter([value](ActionItem& item) { item.percentComplete = value; }) == percent);
        CHECK(updateFieldsAfter([value](ActionUpdate& update) { update.percentComplete = value; }) == percent);
    }
}

TEST_CASE("An action status must be one of the five statuses", "[actionplan][validation]")
{
    const QStringList status {QStringLiteral("status")};
    CHECK(itemFieldsAfter([](ActionItem& item) { item.status = QStringLiteral("done"); }) == status);
    CHECK(itemFieldsAfter([](ActionItem& item) { item.status.clear(); }) == status);
    CHECK(updateFieldsAfter([](ActionUpdate& update) { update.status = QStringLiteral("On track"); }) == status);
    CHECK(updateFieldsAfter([](ActionUpdate& update) { update.status.clear(); }) == status);
}

TEST_CASE("A progress update is dated, not in the future", "[actionplan][validation]")
{
    const QStringList on {QStringLiteral("on")};
    CHECK(updateFieldsAfter([](ActionUpdate& update) { update.updateOn = today().addDays(1); }) == on);
    CHECK(updateFieldsAfter([](ActionUpdate& update) { update.updateOn = today(); }).isEmpty());
    CHECK(updateFieldsAfter([](ActionUpdate& update) { update.updateOn = QDate(); }) == on);
    CHECK(updateFieldsAfter([](ActionUpdate& update) { update.itemId.clear(); })
          == QStringList {QStringLiteral("item")});
}

TEST_CASE("An action item needs a priority and a title", "[actionplan][validation]")
{
    CHECK(itemFieldsAfter([](ActionItem& item) { item.priorityId.clear(); })
          == QStringList {QStringLiteral("priority")});
    CHECK(itemFieldsAfter([](ActionItem& item) { item.title = QStringLiteral(" "); })
          == QStringList {QStringLiteral("title")});
    CHECK(itemFieldsAfter([](ActionItem& item) { item.leadOfficerId = QStringLiteral("Jo"); })
          == QStringList {QStringLiteral("lead")});
}

TEST_CASE("A strategy period ends on or after it starts", "[actionplan][validation]")
{
    Strategy strategy;
    strategy.id = idFor(43);
    strategy.title = QStringLiteral("Connected Communities 2026–2029");
    strategy.periodFrom = QDate(2026, 4, 1);
    strategy.periodTo = QDate(2029, 3, 31);
    CHECK(errorFields(strategy.validate()).isEmpty());

    strategy.periodTo = strategy.periodFrom;
    CHECK(errorFields(strategy.validate()).isEmpty());
    strategy.periodTo = strategy.periodFrom.addDays(-1);
    CHECK(errorFields(strategy.validate()) == QStringList {QStringLiteral("period_to")});

    strategy.periodTo = QDate(2029, 3, 31);
    strategy.title.clear();
    CHECK(errorFields(strategy.validate()) == QStringList {QStringLiteral("title")});

    hearth::Priority priority;
    priority.strategyId = strategy.id;
    priority.title = QStringLiteral("Reach people before crisis");
    CHECK(errorFields(priority.validate()).isEmpty());
    priority.strategyId.clear();
    CHECK(errorFields(priority.validate()) == QStringList {QStringLiteral("strategy")});
}

namespace {

ActionUpdate updateOn(const QDate& on, const QString& status, int percent = 50)
{
    ActionUpdate update = validUpdate();
    update.updateOn = on;
    update.status = status;
    update.percentComplete = percent;
    return update;
}

} // namespace

TEST_CASE("An item's status as of a date is its latest update on or before that date", "[actionplan][status]")
{
    ActionItem item = validItem();
    item.status = QStringLiteral("at_risk"); // the current status, as the last update left it
    const QList<ActionUpdate> updates {
        updateOn(QDate(2026, 6, 1), QStringLiteral("on_track")),
        updateOn(QDate(2026, 9, 1), QStringLiteral("at_risk")),
    };
    CHECK(hearth::statusAsOf(item, updates, QDate(2026, 9, 1)) == QStringLiteral("at_risk")); // dated on the day
    CHECK(hearth::statusAsOf(item, updates, QDate(2026, 8, 31)) == QStringLiteral("on_track"));
    CHECK(hearth::statusAsOf(item, updates, QDate(2026, 6, 1)) == QStringLiteral("on_track"));
    // Before every update nothing had been reported.
    CHECK(hearth::statusAsOf(item, updates, QDate(2026, 5, 31)) == QStringLiteral("not_started"));
    // No updates at all: the status the item was added with.
    CHECK(hearth::statusAsOf(item, {}, QDate(2026, 5, 31)) == QStringLiteral("at_risk"));

    // Order of the list does not matter; on a tie of dates the later recorded wins.
    const QList<ActionUpdate> reversed {updates[1], updates[0]};
    CHECK(hearth::statusAsOf(item, reversed, QDate(2026, 12, 1)) == QStringLiteral("at_risk"));
    const QList<ActionUpdate> sameDay {updateOn(QDate(2026, 9, 1), QStringLiteral("at_risk")),
                                       updateOn(QDate(2026, 9, 1), QStringLiteral("off_track"))};
    CHECK(hearth::statusAsOf(item, sameDay, QDate(2026, 9, 1)) == QStringLiteral("off_track"));
}

TEST_CASE("An item is overdue when due before the date and not complete at it", "[actionplan][status]")
{
    ActionItem item = validItem();
    item.dueOn = QDate(2026, 9, 30);
    const QList<ActionUpdate> onTrack {updateOn(QDate(2026, 9, 1), QStringLiteral("on_track"))};
    CHECK_FALSE(hearth::isOverdue(item, onTrack, QDate(2026, 9, 30))); // due on the day: not yet
    CHECK(hearth::isOverdue(item, onTrack, QDate(2026, 10, 1)));

    // Completed on the due date: never overdue; completed later: overdue until then.
    const QList<ActionUpdate> completedOnTime {updateOn(QDate(2026, 9, 1), QStringLiteral("on_track")),
                                               updateOn(QDate(2026, 9, 30), QStringLiteral("complete"), 100)};
    CHECK_FALSE(hearth::isOverdue(item, completedOnTime, QDate(2026, 10, 1)));
    const QList<ActionUpdate> completedLate {updateOn(QDate(2026, 10, 5), QStringLiteral("complete"), 100)};
    CHECK(hearth::isOverdue(item, completedLate, QDate(2026, 10, 4)));
    CHECK_FALSE(hearth::isOverdue(item, completedLate, QDate(2026, 10, 5)));

    item.dueOn = QDate();
    CHECK_FALSE(hearth::isOverdue(item, onTrack, QDate(2030, 1, 1))); // no due date: never overdue
}

TEST_CASE("Attention reasons: overdue, at risk, off track and no recent update", "[actionplan][attention]")
{
    ActionItem item = validItem();
    item.startOn = QDate(2026, 4, 1);
    item.dueOn = QDate(2026, 12, 31);
    const QDate asOf(2026, 11, 22);

    // An update exactly 8 weeks before still counts; one day earlier does not.
    const QList<ActionUpdate> eightWeeks {updateOn(asOf.addDays(-56), QStringLiteral("on_track"))};
    CHECK(hearth::attentionReasons(item, eightWeeks, asOf, 8).isEmpty());
    const QList<ActionUpdate> older {updateOn(asOf.addDays(-57), QStringLiteral("on_track"))};
    CHECK(hearth::attentionReasons(item, older, asOf, 8) == QStringList {QStringLiteral("no_recent_update")});
    CHECK(hearth::attentionReasons(item, older, asOf, 9).isEmpty()); // configurable

    const QList<ActionUpdate> atRisk {updateOn(asOf, QStringLiteral("at_risk"))};
    CHECK(hearth::attentionReasons(item, atRisk, asOf) == QStringList {QStringLiteral("at_risk")});
    const QList<ActionUpdate> offTrack {updateOn(asOf, QStringLiteral("off_track"))};
    CHECK(hearth::attentionReasons(item, offTrack, asOf) == QStringList {QStringLiteral("off_track")});
    // An update after the date is not seen.
    CHECK(hearth::attentionReasons(item, offTrack, asOf.addDays(-1))
          == QStringList {QStringLiteral("no_recent_update")});

    item.dueOn = QDate(2026, 10, 31);
    const QList<ActionUpdate> staleOffTrack {updateOn(QDate(2026, 8, 1), QStringLiteral("off_track"))};
    CHECK(hearth::attentionReasons(item, staleOffTrack, asOf)
          == QStringList {QStringLiteral("overdue"), QStringLiteral("off_track"), QStringLiteral("no_recent_update")});

    // Complete as of the date: nothing to report, however old.
    const QList<ActionUpdate> complete {updateOn(QDate(2026, 1, 1), QStringLiteral("complete"), 100)};
    CHECK(hearth::attentionReasons(item, complete, asOf).isEmpty());

    // No updates: measured from the start date; not flagged before it starts.
    item.dueOn = QDate(2027, 3, 31);
    item.status = QStringLiteral("not_started");
    item.startOn = asOf.addDays(-56);
    CHECK(hearth::attentionReasons(item, {}, asOf).isEmpty());
    item.startOn = asOf.addDays(-57);
    CHECK(hearth::attentionReasons(item, {}, asOf) == QStringList {QStringLiteral("no_recent_update")});
    item.startOn = asOf.addDays(30);
    CHECK(hearth::attentionReasons(item, {}, asOf).isEmpty());

    CHECK(hearth::attentionReasonLabel(QStringLiteral("no_recent_update"), 8)
          == QStringLiteral("No update in the last 8 weeks"));
}
