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
