// Action plan import from CSV: every kind of bad row named by line and column, all rows or none,
// re-import matched on priority and title, and the template imports as it stands.
#include "ActionPlanImport.h"

#include "ActionPlanRepository.h"
#include "StorageFixture.h"

using namespace hearth;
using namespace hearth::import;
using hearth::test::StorageFixture;

namespace {

struct PlanFixture : StorageFixture
{
    QString strategyId;

    PlanFixture()
    {
        strategyId =
            store.actionPlan()
                .addStrategy({{}, QStringLiteral("Connected Communities"), QDate(2026, 4, 1), QDate(2029, 3, 31), {}})
                .id;
    }

    ActionImportPreview preview(const QByteArray& csv)
    {
        return previewActionImport(parseCsv(csv), actionLookupsFrom(store, strategyId));
    }

    ActionImportResult import(const QByteArray& csv)
    {
        const ActionImportPreview checked = preview(csv);
        INFO((checked.issues.isEmpty() ? QString() : checked.issues.first().text()).toStdString());
        REQUIRE(checked.ok());
        return commitActionImport(store, strategyId, checked);
    }

    qint64 count(const char* table)
    {
        auto statement = store.db().prepare(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
        REQUIRE(statement.step());
        return statement.integer(0);
    }
};

const QByteArray kHeader = "Priority,Action,Description,Lead,Partner,Start,Due,Status,Percent complete,KPI\n";

QStringList issueTexts(const ActionImportPreview& preview)
{
    QStringList texts;
    for (const auto& issue : preview.issues) {
        texts.append(QStringLiteral("%1: %2").arg(issue.line).arg(issue.text()));
    }
    return texts;
}

} // namespace

TEST_CASE("Action import adds priorities and items with their status", "[import][actionplan]")
{
    PlanFixture fixture;
    const ActionImportResult result = fixture.import(
        kHeader
        + "Raise awareness,Run a campaign,Posters and events,Alex Officer,Age UK,2026-04-01,2026-06-30,On track,40%,\n"
          "Raise awareness,Train champions,,,CVS,01/05/2026,31/12/2026,,,\n"
          "Map services,Build a directory,,,,,,complete,,\n");
    CHECK(result.added == 3);
    CHECK(result.prioritiesAdded == 2);
    auto plan = fixture.store.actionPlan();
    const QList<Priority> priorities = plan.priorities(fixture.strategyId);
    REQUIRE(priorities.size() == 2);
    CHECK(priorities[0].title == QStringLiteral("Raise awareness"));
    CHECK(priorities[1].title == QStringLiteral("Map services"));
    const QList<ActionItem> items = plan.items(fixture.strategyId);
    REQUIRE(items.size() == 3);
    const auto find = [&](const char* title) {
        for (const auto& item : items) {
            if (item.title == QLatin1String(title)) {
                return item;
            }
        }
        FAIL(title);
        return ActionItem();
    };
    const ActionItem campaign = find("Run a campaign");
    CHECK(campaign.leadOfficerId == fixture.officer.id);
    CHECK(campaign.status == QStringLiteral("on_track"));
    CHECK(campaign.percentComplete == 40);
    CHECK(campaign.dueOn == QDate(2026, 6, 30));
    const ActionItem champions = find("Train champions");
    CHECK(champions.startOn == QDate(2026, 5, 1));
    CHECK(champions.status == QStringLiteral("not_started"));
    const ActionItem directory = find("Build a directory");
    CHECK(directory.status == QStringLiteral("complete"));
    CHECK(directory.percentComplete == 100); // empty percent with complete
}

TEST_CASE("Action import names every bad row by line and column and imports nothing", "[import][actionplan]")
{
    PlanFixture fixture;
    const qint64 itemsBefore = fixture.count("action_items");
    const qint64 prioritiesBefore = fixture.count("priorities");
    const ActionImportPreview preview = fixture.preview(kHeader
                                                        + "Reach,Good row,,,,,,,,\n"
                                                          "Reach,Due first,,,,2026-05-01,2026-04-30,,,\n"
                                                          "Reach,Too much,,,,,,on_track,101,\n"
                                                          "Reach,Negative,,,,,,on_track,-5,\n"
                                                          "Reach,Half done,,,,,,complete,50,\n"
                                                          "Reach,Stranger,,Pat Nobody,,,,,,\n"
                                                          "Reach,Odd status,,,,,,finished,,\n"
                                                          "Reach,Bad date,,,,2026-02-30,,,,\n"
                                                          "Reach,Words,,,,,,,lots,\n"
                                                          ",No priority,,,,,,,,\n"
                                                          "Reach,,,,,,,,,\n"
                                                          "Reach,good ROW,,,,,,,,\n");
    const QStringList texts = issueTexts(preview);
    INFO(texts.join(QLatin1Char('\n')).toStdString());
    CHECK(texts
          == QStringList {
              QStringLiteral("3: column \"Due\": 2026-04-30 is before the start, 2026-05-01"),
              QStringLiteral("4: column \"Percent complete\": 101 is outside 0 to 100"),
              QStringLiteral("5: column \"Percent complete\": -5 is outside 0 to 100"),
              QStringLiteral("6: column \"Percent complete\": is 50 but the status is complete: give 100, or another "
                             "status"),
              QStringLiteral("7: column \"Lead\": no officer has the id or name 'Pat Nobody'"),
              QStringLiteral("8: column \"Status\": 'finished' is not a status; use one of not_started, on_track, "
                             "at_risk, off_track, complete"),
              QStringLiteral("9: column \"Start\": '2026-02-30' is not a date as YYYY-MM-DD or DD/MM/YYYY"),
              QStringLiteral("10: column \"Percent complete\": 'lots' is not a whole number"),
              QStringLiteral("11: column \"Priority\": is required"),
              QStringLiteral("12: column \"Action\": is required"),
              QStringLiteral("13: column \"Action\": repeats line 2 (the same priority and action)"),
          });
    CHECK_THROWS_AS(commitActionImport(fixture.store, fixture.strategyId, preview), ImportError);
    CHECK(fixture.count("action_items") == itemsBefore);
    CHECK(fixture.count("priorities") == prioritiesBefore);
}

TEST_CASE("Action import refuses a file without the required columns, and warns of unknown ones",
          "[import][actionplan]")
{
    PlanFixture fixture;
    const ActionImportPreview missing = fixture.preview("Objective,Owner\nReach,Alex Officer\n");
    REQUIRE(missing.issues.size() == 1);
    CHECK(missing.issues.first().text() == QStringLiteral("Action: the file has no \"Action\" column"));
    const ActionImportPreview synonyms =
        fixture.preview("Objective,Title,Owner,Deadline,RAG,% complete,Notes\nReach,Walks,Alex Officer,31/3/2027,"
                        "At risk,20,private\n");
    CHECK(synonyms.ok());
    CHECK(synonyms.warnings.contains(QStringLiteral("column \"Notes\" is not imported")));
    REQUIRE(synonyms.rows.size() == 1);
    CHECK(synonyms.rows.first().item.status == QStringLiteral("at_risk"));
    CHECK(synonyms.rows.first().item.dueOn == QDate(2027, 3, 31));
    CHECK(fixture.preview("Priority,Action\n").issues.first().text()
          == QStringLiteral("the file has no rows to "
                            "import"));
}

TEST_CASE("Re-import updates matched items and records a changed status as a progress update", "[import][actionplan]")
{
    PlanFixture fixture;
    fixture.import(kHeader + "Reach,Run a campaign,,,Age UK,2026-04-01,2026-06-30,on_track,40,\n");
    auto plan = fixture.store.actionPlan();
    const QString id = plan.items(fixture.strategyId).first().id;
    CHECK(plan.updates(id).isEmpty());

    // The same file again changes nothing.
    const ActionImportResult same =
        fixture.import(kHeader + "Reach,Run a campaign,,,Age UK,2026-04-01,2026-06-30,on_track,40,\n");
    CHECK(same.added == 0);
    CHECK(same.updated == 0);

    // Matched without case; new partner and due date; status moved on.
    const ActionImportResult changed =
        fixture.import(kHeader + "reach , RUN A CAMPAIGN,,,Age UK Hearthdale,2026-04-01,2026-07-31,at_risk,55,\n");
    CHECK(changed.added == 0);
    CHECK(changed.updated == 1);
    CHECK(changed.progressUpdates == 1);
    const auto item = plan.findItem(id);
    REQUIRE(item);
    CHECK(item->title == QStringLiteral("RUN A CAMPAIGN"));
    CHECK(item->partnerOrganisation == QStringLiteral("Age UK Hearthdale"));
    CHECK(item->dueOn == QDate(2026, 7, 31));
    CHECK(item->status == QStringLiteral("at_risk"));
    CHECK(item->percentComplete == 55);
    const QList<ActionUpdate> history = plan.updates(id);
    REQUIRE(history.size() == 1);
    CHECK(history.first().updateOn == fixture.clock.today());
    CHECK(history.first().status == QStringLiteral("at_risk"));
    CHECK(plan.items(fixture.strategyId).size() == 1);
    CHECK(plan.priorities(fixture.strategyId).size() == 1);
}

TEST_CASE("The action import template imports as it stands", "[import][actionplan]")
{
    PlanFixture fixture;
    const QString csv = actionTemplateCsv(QStringLiteral("Alex Officer"));
    CHECK(csv.startsWith(QStringLiteral("Priority,Action,Description,Lead,Partner,Start,Due,Status,Percent "
                                        "complete,KPI\r\n")));
    const ActionImportResult result = fixture.import(csv.toUtf8());
    CHECK(result.added == 2);
    CHECK(result.prioritiesAdded == 1);
}
