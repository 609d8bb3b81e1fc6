// The action plan's repository: references checked, bad input refused naming the field with
// nothing written, status history appended and never overwritten, and the attention query.
#include "ActionPlanRepository.h"
#include "StorageFixture.h"

#include <functional>

using namespace hearth;
using namespace hearth::storage;

namespace {

struct ActionFixture : test::StorageFixture
{
    Strategy strategy;
    Priority priority;

    ActionFixture()
    {
        Strategy s;
        s.title = QStringLiteral("Connected Communities");
        s.periodFrom = QDate(2026, 4, 1);
        s.periodTo = QDate(2029, 3, 31);
        strategy = store.actionPlan().addStrategy(s);
        Priority p;
        p.strategyId = strategy.id;
        p.title = QStringLiteral("Reach people before crisis");
        priority = store.actionPlan().addPriority(p);
    }

    ActionItem draftItem()
    {
        ActionItem item;
        item.priorityId = priority.id;
        item.title = QStringLiteral("Map lunch clubs");
        item.leadOfficerId = officer.id;
        item.partnerOrganisation = QStringLiteral("Age UK");
        item.startOn = QDate(2026, 4, 1);
        item.dueOn = QDate(2026, 12, 31);
        return item;
    }

    ActionUpdate draftUpdate(const QString& itemId, const QDate& on, const QString& status, int percent)
    {
        ActionUpdate update;
        update.itemId = itemId;
        update.updateOn = on;
        update.status = status;
        update.percentComplete = percent;
        update.commentary = QStringLiteral("Progress noted.");
        return update;
    }

    qint64 writes() { return count("action_items") + count("action_updates") + count("audit_events"); }
};

// The field the repository names when it refuses; fails the test when the call is accepted.
QStringList refusedFields(const std::function<void()>& call)
{
    try {
        call();
    } catch (const Error& error) {
        QStringList fields;
        for (const auto& field : error.fields()) {
            fields.append(field.field);
        }
        return fields;
    }
    FAIL("the write was accepted");
    return {};
}

} // namespace

TEST_CASE_METHOD(ActionFixture, "Strategy, priority and item are stored and read back", "[storage][actionplan]")
{
    auto repository = store.actionPlan();
    CHECK(priority.position == 1);
    const ActionItem item = repository.addItem(draftItem());
    CHECK(isUuid(item.id));
    CHECK(item.meta.rowVersion == 1);
    CHECK(repository.findItem(item.id) == item);
    CHECK(repository.items() == QList<ActionItem> {item});
    CHECK(repository.items(strategy.id) == QList<ActionItem> {item});
    CHECK(repository.items(test::fixedNow().toString()).isEmpty());
    CHECK(repository.strategies().size() == 1);
    CHECK(repository.priorities(strategy.id).size() == 1);

    ActionItem edited = item;
    edited.title = QStringLiteral("Map every lunch club");
    edited.status = QStringLiteral("complete"); // ignored: only updates change the status
    const ActionItem saved = repository.updateItem(edited);
    CHECK(saved.title == edited.title);
    CHECK(saved.status == QStringLiteral("not_started"));
    CHECK(saved.meta.rowVersion == 2);
}

TEST_CASE_METHOD(ActionFixture, "Bad action items are refused naming the field, and nothing is written",
                 "[storage][actionplan]")
{
    auto repository = store.actionPlan();
    const qint64 before = writes();
    CHECK(refusedFields([&] {
              auto item = draftItem();
              item.dueOn = item.startOn.addDays(-1);
              repository.addItem(item);
          })
          == QStringList {QStringLiteral("due_on")});
    CHECK(refusedFields([&] {
              auto item = draftItem();
              item.percentComplete = 101;
              repository.addItem(item);
          })
          == QStringList {QStringLiteral("percent_complete")});
    CHECK(refusedFields([&] {
              auto item = draftItem();
              item.status = QStringLiteral("complete");
              item.percentComplete = 90;
              repository.addItem(item);
          })
          == QStringList {QStringLiteral("percent_complete")});
    CHECK(refusedFields([&] {
              auto item = draftItem();
              item.leadOfficerId = priority.id; // an id, but no officer's
              repository.addItem(item);
          })
          == QStringList {QStringLiteral("lead")});
    CHECK(refusedFields([&] {
              auto item = draftItem();
              item.priorityId = strategy.id;
              repository.addItem(item);
          })
          == QStringList {QStringLiteral("priority")});
    CHECK(writes() == before);

    auto forced = draftItem();
    forced.status = QStringLiteral("complete");
    forced.percentComplete = 90;
    CHECK(repository.addItem(forced, true).status == QStringLiteral("complete"));
}

TEST_CASE_METHOD(ActionFixture, "Status history is appended and never overwritten", "[storage][actionplan]")
{
    auto repository = store.actionPlan();
    const ActionItem item = repository.addItem(draftItem());
    repository.recordUpdate(draftUpdate(item.id, QDate(2026, 9, 1), QStringLiteral("on_track"), 30));
    repository.recordUpdate(draftUpdate(item.id, QDate(2026, 11, 1), QStringLiteral("at_risk"), 40));
    // A back-dated update takes its place in date order and leaves the current status alone.
    const ActionUpdate backDated =
        repository.recordUpdate(draftUpdate(item.id, QDate(2026, 6, 1), QStringLiteral("on_track"), 10));
    CHECK(backDated.officerId == officer.id);

    const QList<ActionUpdate> history = repository.updates(item.id);
    REQUIRE(history.size() == 3);
    CHECK(history[0].updateOn == QDate(2026, 6, 1));
    CHECK(history[1].status == QStringLiteral("on_track"));
    CHECK(history[2].status == QStringLiteral("at_risk"));
    const ActionItem current = *repository.findItem(item.id);
    CHECK(current.status == QStringLiteral("at_risk"));
    CHECK(current.percentComplete == 40);
    CHECK(statusAsOf(current, history, QDate(2026, 10, 1)) == QStringLiteral("on_track"));
    CHECK(count("audit_events") >= 5);
}

TEST_CASE_METHOD(ActionFixture, "Bad progress updates are refused naming the field, and nothing is written",
                 "[storage][actionplan]")
{
    auto repository = store.actionPlan();
    const ActionItem item = repository.addItem(draftItem());
    const qint64 before = writes();
    CHECK(refusedFields([&] {
              repository.recordUpdate(
                  draftUpdate(item.id, test::fixedNow().date().addDays(1), QStringLiteral("on_track"), 10));
          })
          == QStringList {QStringLiteral("on")});
    CHECK(refusedFields(
              [&] { repository.recordUpdate(draftUpdate(item.id, QDate(2026, 9, 1), QStringLiteral("on_track"), -1)); })
          == QStringList {QStringLiteral("percent_complete")});
    CHECK(refusedFields(
              [&] { repository.recordUpdate(draftUpdate(item.id, QDate(2026, 9, 1), QStringLiteral("complete"), 99)); })
          == QStringList {QStringLiteral("percent_complete")});
    CHECK_THROWS_AS(
        repository.recordUpdate(draftUpdate(priority.id, QDate(2026, 9, 1), QStringLiteral("on_track"), 10)), Error);
    CHECK(writes() == before);
    CHECK(*repository.findItem(item.id) == item);

    repository.recordUpdate(draftUpdate(item.id, test::fixedNow().date(), QStringLiteral("complete"), 99), true);
    CHECK(repository.findItem(item.id)->status == QStringLiteral("complete"));
}

TEST_CASE_METHOD(ActionFixture, "The attention query lists overdue, at risk, off track and stale items",
                 "[storage][actionplan]")
{
    auto repository = store.actionPlan();
    const QDate asOf(2026, 11, 22);
    auto fine = draftItem();
    fine.title = QStringLiteral("A fine item");
    const ActionItem fineItem = repository.addItem(fine);
    repository.recordUpdate(draftUpdate(fineItem.id, asOf, QStringLiteral("on_track"), 50));

    auto late = draftItem();
    late.title = QStringLiteral("A late item");
    late.dueOn = QDate(2026, 10, 31);
    const ActionItem lateItem = repository.addItem(late);
    repository.recordUpdate(draftUpdate(lateItem.id, QDate(2026, 11, 1), QStringLiteral("off_track"), 20));

    auto stale = draftItem();
    stale.title = QStringLiteral("A stale item");
    const ActionItem staleItem = repository.addItem(stale);
    repository.recordUpdate(draftUpdate(staleItem.id, asOf.addDays(-57), QStringLiteral("on_track"), 20));

    const auto attention = repository.attention(asOf, 8);
    REQUIRE(attention.size() == 2);
    CHECK(attention[0].item.id == lateItem.id);
    CHECK(attention[0].reasons == QStringList {QStringLiteral("overdue"), QStringLiteral("off_track")});
    CHECK(attention[0].lastUpdateOn == QDate(2026, 11, 1));
    CHECK(attention[1].item.id == staleItem.id);
    CHECK(attention[1].reasons == QStringList {QStringLiteral("no_recent_update")});
    CHECK(repository.attention(asOf, 9).size() == 1);
}

TEST_CASE_METHOD(ActionFixture, "The weeks without an update is a council setting, 8 by default",
                 "[storage][actionplan][settings]")
{
    CHECK(store.councilSettings().actionNoUpdateWeeks == 8);
    CouncilSettings settings = store.councilSettings();
    settings.councilName = QStringLiteral("Testshire");
    settings.actionNoUpdateWeeks = 12;
    store.saveCouncilSettings(settings);
    CHECK(store.councilSettings().actionNoUpdateWeeks == 12);
    settings.actionNoUpdateWeeks = 0;
    CHECK_THROWS_AS(store.saveCouncilSettings(settings), Error);
    CHECK(store.councilSettings().actionNoUpdateWeeks == 12);
}
