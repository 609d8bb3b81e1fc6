// The action-plan committee report: statuses and the latest update as of a date, overdue in words,
// the summary by status; and its exports checked for structure (ODT headings and header rows, XLSX
// tables, HTML captions and scopes, CSV that parses with its header rows).
#include "ActionPlanReport.h"
#include "ActionPlanRepository.h"
#include "Csv.h"
#include "ReportWriters.h"
#include "StorageFixture.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QtEndian>

using namespace hearth;
using namespace hearth::reports;
using hearth::test::StorageFixture;
using hearth::test::TempFolder;

using hearth::test::zipEntries;
using hearth::test::zipEntry;

namespace {

const QDate kAsOf(2026, 6, 30);

ActionUpdate update(const QString& item, const QDate& on, const char* status, int percent, const char* commentary)
{
    ActionUpdate u;
    u.itemId = item;
    u.updateOn = on;
    u.status = QString::fromLatin1(status);
    u.percentComplete = percent;
    u.commentary = QString::fromLatin1(commentary);
    return u;
}

ActionItem item(const char* id, const char* priority, const char* title, const QDate& due, const char* status,
                int percent)
{
    ActionItem a;
    a.id = QString::fromLatin1(id);
    a.priorityId = QString::fromLatin1(priority);
    a.title = QString::fromLatin1(title);
    a.leadOfficerId = QStringLiteral("o1");
    a.partnerOrganisation = QStringLiteral("Age UK");
    a.startOn = QDate(2026, 4, 1);
    a.dueOn = due;
    a.status = QString::fromLatin1(status);
    a.percentComplete = percent;
    return a;
}

// Two priorities, the second empty; four items in the first.
ActionPlanData samplePlan()
{
    ActionPlanData plan;
    plan.councilName = QStringLiteral("Testshire Council");
    plan.strategies = {{QStringLiteral("s1"),
                        QStringLiteral("Tackling loneliness together"),
                        QDate(2026, 4, 1),
                        QDate(2029, 3, 31),
                        {}}};
    plan.priorities = {
        {QStringLiteral("p1"),
         QStringLiteral("s1"),
         1,
         QStringLiteral("Raise awareness"),
         QStringLiteral("Make loneliness everyone's business."),
         {}},
        {QStringLiteral("p2"), QStringLiteral("s1"), 2, QStringLiteral("Map services and gaps"), {}, {}}};
    plan.officerNames.insert(QStringLiteral("o1"), QStringLiteral("Priya Shah"));
    // Due before the date, last reported at risk: overdue. A later update (off track) is ignored.
    plan.items.append(item("i1", "p1", "Launch a campaign", QDate(2026, 6, 29), "off_track", 40));
    plan.updates.insert(QStringLiteral("i1"),
                        {update(QStringLiteral("i1"), QDate(2026, 7, 15), "off_track", 40, "Printer delays."),
                         update(QStringLiteral("i1"), QDate(2026, 5, 1), "on_track", 20, "Designs agreed."),
                         update(QStringLiteral("i1"), QDate(2026, 6, 1), "at_risk", 30, "Budget not confirmed.")});
    // Due on the date: not overdue.
    plan.items.append(item("i2", "p1", "Publish a directory", kAsOf, "on_track", 50));
    plan.updates.insert(QStringLiteral("i2"),
                        {update(QStringLiteral("i2"), QDate(2026, 6, 20), "on_track", 50, "Draft with partners.")});
    // Complete and past due: not overdue.
    plan.items.append(item("i3", "p1", "Train champions", QDate(2026, 5, 31), "complete", 100));
    plan.updates.insert(QStringLiteral("i3"),
                        {update(QStringLiteral("i3"), QDate(2026, 5, 30), "complete", 100, "Twelve trained.")});
    // Never updated: the status it was entered with.
    plan.items.append(item("i4", "p1", "Hold a summit", QDate(2027, 1, 31), "not_started", 0));
    return plan;
}

QList<ReportCell> rowOf(const ReportTable& table, const QString& action)
{
    for (const auto& row : table.rows) {
        if (row.first().text == action) {
            return row;
        }
    }
    FAIL("no row for " << action.toStdString());
    return {};
}

QString saved(const TempFolder& folder, const QString& name, const QByteArray& data)
{
    const QString path = folder.path(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(data);
    return path;
}

} // namespace

TEST_CASE("Action plan report: status, percent and latest update as of the date, overdue in words",
          "[export][actionplan]")
{
    const ReportDocument document = actionPlanReport(samplePlan(), kAsOf);
    CHECK(document.title == QStringLiteral("Action plan progress: Tackling loneliness together"));
    CHECK(document.subtitle.contains(QStringLiteral("Testshire Council")));
    CHECK(document.subtitle.contains(QStringLiteral("30 June 2026")));
    CHECK(document.subtitle.contains(QStringLiteral("April 2026 to March 2029")));
    REQUIRE(document.tables.size() == 3); // summary, then one per priority
    const ReportTable& first = document.tables.at(1);
    CHECK(first.title == QStringLiteral("Priority 1: Raise awareness"));
    CHECK(first.columns == actionPlanColumns());
    CHECK(first.footnotes == QStringList {QStringLiteral("Make loneliness everyone's business.")});
    REQUIRE(first.rows.size() == 4);

    const auto campaign = rowOf(first, QStringLiteral("Launch a campaign"));
    CHECK(campaign[1].display() == QStringLiteral("Priya Shah"));
    CHECK(campaign[2].display() == QStringLiteral("Age UK"));
    CHECK(campaign[3].display() == QStringLiteral("29 Jun 2026"));
    CHECK(campaign[4].display() == QStringLiteral("At risk, overdue"));
    CHECK(campaign[5].display() == QStringLiteral("30"));
    CHECK(campaign[6].display() == QStringLiteral("1 Jun 2026"));
    CHECK(campaign[7].display() == QStringLiteral("Budget not confirmed."));

    CHECK(rowOf(first, QStringLiteral("Publish a directory"))[4].display() == QStringLiteral("On track"));
    CHECK(rowOf(first, QStringLiteral("Train champions"))[4].display() == QStringLiteral("Complete"));
    const auto summit = rowOf(first, QStringLiteral("Hold a summit"));
    CHECK(summit[4].display() == QStringLiteral("Not started"));
    CHECK(summit[6].display() == QStringLiteral("None yet"));

    // A priority with no items still gets its table, saying so.
    const ReportTable& second = document.tables.at(2);
    CHECK(second.title == QStringLiteral("Priority 2: Map services and gaps"));
    REQUIRE(second.rows.size() == 1);
    CHECK(second.rows.first().first().text.contains(QStringLiteral("No actions")));
    CHECK(second.rows.first().size() == second.columns.size());

    // A day later the campaign's July update is still in the future; a month later it is the latest.
    const ReportDocument later = actionPlanReport(samplePlan(), QDate(2026, 7, 15));
    const auto campaignLater = rowOf(later.tables.at(1), QStringLiteral("Launch a campaign"));
    CHECK(campaignLater[4].display() == QStringLiteral("Off track, overdue"));
    CHECK(campaignLater[7].display() == QStringLiteral("Printer delays."));
    CHECK(rowOf(later.tables.at(1), QStringLiteral("Publish a directory"))[4].display()
          == QStringLiteral("On track, overdue"));
}

TEST_CASE("Action plan report: the summary counts actions by status, with those overdue", "[export][actionplan]")
{
    const ReportTable summary = actionPlanReport(samplePlan(), kAsOf).tables.first();
    CHECK(summary.title == QStringLiteral("Summary: actions by status"));
    CHECK(summary.columns
          == QStringList {QStringLiteral("Status"), QStringLiteral("Actions"), QStringLiteral("Of which overdue")});
    QMap<QString, QString> counts; // status -> "actions/overdue"
    for (const auto& row : summary.rows) {
        counts.insert(row[0].display(), row[1].display() + QLatin1Char('/') + row[2].display());
    }
    CHECK(counts.value(QStringLiteral("Not started")) == QStringLiteral("1/0"));
    CHECK(counts.value(QStringLiteral("On track")) == QStringLiteral("1/0"));
    CHECK(counts.value(QStringLiteral("At risk")) == QStringLiteral("1/1"));
    CHECK(counts.value(QStringLiteral("Off track")) == QStringLiteral("0/0"));
    CHECK(counts.value(QStringLiteral("Complete")) == QStringLiteral("1/"));
    CHECK(summary.rows.last()[0].display() == QStringLiteral("All actions"));
    CHECK(counts.value(QStringLiteral("All actions")) == QStringLiteral("4/1"));
}

TEST_CASE("Action plan report reads one strategy from the database, or all", "[export][actionplan]")
{
    StorageFixture fixture;
    auto plan = fixture.store.actionPlan();
    const Strategy a = plan.addStrategy({{}, QStringLiteral("Strategy A"), QDate(2026, 4, 1), QDate(2027, 3, 31), {}});
    const Strategy b = plan.addStrategy({{}, QStringLiteral("Strategy B"), QDate(2026, 4, 1), QDate(2027, 3, 31), {}});
    const Priority pa = plan.addPriority({{}, a.id, 0, QStringLiteral("Reach"), {}, {}});
    const Priority pb = plan.addPriority({{}, b.id, 0, QStringLiteral("Train"), {}, {}});
    ActionItem x = item("", "", "Item in A", QDate(2026, 9, 30), "not_started", 0);
    x.priorityId = pa.id;
    x.leadOfficerId = fixture.officer.id;
    x = plan.addItem(x);
    ActionItem y = item("", "", "Item in B", QDate(2026, 9, 30), "not_started", 0);
    y.priorityId = pb.id;
    y.leadOfficerId.clear();
    plan.addItem(y);
    plan.recordUpdate(update(x.id, QDate(2026, 5, 1), "on_track", 10, "Started."));

    const ActionPlanData onlyA = readActionPlan(fixture.store, a.id);
    CHECK(onlyA.strategies.size() == 1);
    REQUIRE(onlyA.items.size() == 1);
    CHECK(onlyA.updates.value(x.id).size() == 1);
    CHECK(onlyA.officerNames.value(fixture.officer.id) == QStringLiteral("Alex Officer"));
    const ReportDocument document = actionPlanReport(onlyA, kAsOf);
    CHECK(rowOf(document.tables.at(1), QStringLiteral("Item in A"))[1].display() == QStringLiteral("Alex Officer"));

    const ReportDocument both = actionPlanReport(readActionPlan(fixture.store), kAsOf);
    CHECK(both.title == QStringLiteral("Action plan progress"));
    REQUIRE(both.tables.size() == 3);
    CHECK(both.tables.at(1).title == QStringLiteral("Strategy A – Priority 1: Reach"));
    CHECK(both.tables.at(2).title == QStringLiteral("Strategy B – Priority 2: Train"));

    CHECK_THROWS_AS(readActionPlan(fixture.store, QStringLiteral("no-such-strategy")), storage::Error);
}

TEST_CASE("Action plan ODT: mimetype stored first, headings as text:h, a header row per table", "[export][actionplan]")
{
    TempFolder folder;
    const QByteArray odt = writeOdt(actionPlanReport(samplePlan(), kAsOf));
    // The first local file header: compression method 0 (stored) and the name "mimetype".
    REQUIRE(odt.size() > 80);
    CHECK(odt.left(4) == QByteArray("PK\x03\x04", 4));
    CHECK(qFromLittleEndian<quint16>(odt.constData() + 8) == 0);
    CHECK(odt.mid(30, 8) == QByteArray("mimetype"));
    CHECK(odt.mid(38, 39) == QByteArray("application/vnd.oasis.opendocument.text"));
    const QString path = saved(folder, QStringLiteral("plan.odt"), odt);
    CHECK(zipEntries(path).first() == QStringLiteral("mimetype"));
    const QString content = zipEntry(path, QStringLiteral("content.xml"));
    CHECK(content.contains(QStringLiteral("text:outline-level=\"1\">Action plan progress: Tackling loneliness "
                                          "together</text:h>")));
    CHECK(content.contains(QStringLiteral("text:outline-level=\"2\">Priority 1: Raise awareness</text:h>")));
    CHECK(content.contains(QStringLiteral("text:outline-level=\"2\">Priority 2: Map services and gaps</text:h>")));
    const QRegularExpression header(
        QStringLiteral("<table:table-header-rows><table:table-row>(.*?)</table:table-row>"));
    QStringList headers;
    for (auto matches = header.globalMatch(content); matches.hasNext();) {
        headers.append(matches.next().captured(1));
    }
    REQUIRE(headers.size() == 3);
    CHECK(headers[0].contains(QStringLiteral(">Status</text:p>")));
    for (const auto& column : actionPlanColumns()) {
        CHECK(headers[1].contains(QStringLiteral(">%1</text:p>").arg(column)));
    }
    CHECK(content.contains(QStringLiteral("At risk, overdue")));
}

TEST_CASE("Action plan XLSX: a real table per priority with its header row", "[export][actionplan]")
{
    TempFolder folder;
    const QString path = saved(folder, QStringLiteral("plan.xlsx"), writeXlsx(actionPlanReport(samplePlan(), kAsOf)));
    const QStringList entries = zipEntries(path);
    for (const char* table : {"xl/tables/table1.xml", "xl/tables/table2.xml", "xl/tables/table3.xml"}) {
        CHECK(entries.contains(QString::fromLatin1(table)));
    }
    const QString summary = zipEntry(path, QStringLiteral("xl/tables/table1.xml"));
    CHECK_FALSE(summary.contains(QStringLiteral("headerRowCount=\"0\"")));
    CHECK(summary.contains(QStringLiteral("name=\"Of which overdue\"")));
    const QString priority = zipEntry(path, QStringLiteral("xl/tables/table2.xml"));
    CHECK_FALSE(priority.contains(QStringLiteral("headerRowCount=\"0\"")));
    CHECK(priority.contains(QStringLiteral("<tableColumn id=\"1\" name=\"Action\"")));
    CHECK(priority.contains(QStringLiteral("name=\"Commentary\"")));
    CHECK(priority.contains(QStringLiteral("ref=\"A")));
    const QString strings = zipEntry(path, QStringLiteral("xl/sharedStrings.xml"));
    CHECK(strings.contains(QStringLiteral("Priority 1: Raise awareness")));
    CHECK(strings.contains(QStringLiteral("Budget not confirmed.")));
}

TEST_CASE("Action plan HTML: headings, captions and header scopes", "[export][actionplan]")
{
    const QString html = QString::fromUtf8(writeHtml(actionPlanReport(samplePlan(), kAsOf)));
    CHECK(html.contains(QStringLiteral("<h2>Priority 1: Raise awareness</h2>")));
    CHECK(html.contains(QStringLiteral("<caption>Priority 1: Raise awareness</caption>")));
    CHECK(html.contains(QStringLiteral("<th scope=\"col\" width=\"10%\">Lead officer</th>")));
    CHECK(html.contains(QStringLiteral("<table class=\"text\">")));
    CHECK(html.contains(QStringLiteral("<th scope=\"row\">Launch a campaign</th>")));
    CHECK(html.contains(QStringLiteral("<caption>Summary: actions by status</caption>")));
}

TEST_CASE("Action plan CSV: parses, with each table's header row and rows as wide", "[export][actionplan]")
{
    const CsvTable csv = parseCsv(writeCsv(actionPlanReport(samplePlan(), kAsOf)));
    CHECK(csv.encoding == QStringLiteral("UTF-8"));
    int headerAt = -1;
    for (int i = 0; i < csv.rows.size(); ++i) {
        if (csv.rows[i].fields == actionPlanColumns()) {
            headerAt = i;
            break;
        }
    }
    REQUIRE(headerAt > 0);
    CHECK(csv.rows[headerAt - 1].fields.first() == QStringLiteral("Priority 1: Raise awareness"));
    for (int i = headerAt + 1; i <= headerAt + 4; ++i) {
        CHECK(csv.rows[i].fields.size() == actionPlanColumns().size());
    }
    CHECK(csv.rows[headerAt + 1].fields
          == QStringList {QStringLiteral("Launch a campaign"), QStringLiteral("Priya Shah"), QStringLiteral("Age UK"),
                          QStringLiteral("29 Jun 2026"), QStringLiteral("At risk, overdue"), QStringLiteral("30"),
                          QStringLiteral("1 Jun 2026"), QStringLiteral("Budget not confirmed.")});
}

TEST_CASE("Action plan PDF: a PDF document", "[export][actionplan]")
{
    const QByteArray pdf = writePdf(actionPlanReport(samplePlan(), kAsOf));
    CHECK(pdf.startsWith("%PDF-"));
}
