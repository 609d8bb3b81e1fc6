#include "DemoGenerator.h"
#include "FileDialog.h"
#include "KpiReport.h"
#include "MessageBox.h"
#include "UiFixture.h"
#include "reports/ReportsPage.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTextBrowser>

#include <catch2/catch.hpp>

using namespace hearth;
using ui::ReportsPage;

namespace {

// Two wards; the store's clock says 2026-11-22, so the current quarter is FY2026-Q3:
//   FY2026-Q3: 7 residents identified in Riverside, 2 in Hillside (9 in all)
//   FY2026-Q2: 3 residents identified in Riverside
void addResidents(storage::Store& store)
{
    store.wards().save({QStringLiteral("E05000001"), QStringLiteral("Riverside"), {}});
    store.wards().save({QStringLiteral("E05000002"), QStringLiteral("Hillside"), {}});
    const Officer officer =
        store.officers().add({{}, QStringLiteral("Alex Officer"), QStringLiteral("officer"), {}, {}});
    store.setActingOfficer(officer.id);
    auto residents = store.residents();
    const auto add = [&](const QString& ward, const QDate& identifiedOn, int count) {
        for (int i = 0; i < count; ++i) {
            Resident resident;
            resident.givenName = QStringLiteral("Person %1").arg(i);
            resident.wardCode = ward;
            resident.identifiedOn = identifiedOn;
            resident.targetGroups = {QStringLiteral("older_people")};
            residents.create(resident);
        }
    };
    add(QStringLiteral("E05000001"), QDate(2026, 10, 5), 7);
    add(QStringLiteral("E05000002"), QDate(2026, 11, 1), 2);
    add(QStringLiteral("E05000001"), QDate(2026, 8, 1), 3);
}

qint64 kpiValue(storage::Store& store, const QString& quarter, const QString& kpiId)
{
    reports::KpiRequest request;
    request.period = *Period::fromQuarter(quarter);
    const auto figure = reports::KpiReport::build(store, request).figure(kpiId);
    REQUIRE(figure);
    return figure->value;
}

int columnOf(QTableWidget* table, const QString& heading)
{
    for (int c = 0; c < table->columnCount(); ++c) {
        if (table->horizontalHeaderItem(c) && table->horizontalHeaderItem(c)->text() == heading) {
            return c;
        }
    }
    return -1;
}

int rowOf(QTableWidget* table, const QString& kpiId)
{
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->item(r, 0) && table->item(r, 0)->data(Qt::UserRole).toString() == kpiId) {
            return r;
        }
    }
    return -1;
}

QString cell(QTableWidget* table, int row, int column)
{
    REQUIRE(row >= 0);
    REQUIRE(column >= 0);
    return table->item(row, column) ? table->item(row, column)->text() : QString();
}

} // namespace

TEST_CASE("The Reports page's tiles show the KPI report of the chosen quarter", "[reports]")
{
    test::UiFixture f;
    auto store = f.openStore(f.folder.dbPath());
    addResidents(*store);
    ReportsPage page;
    page.setStore(store.get());
    page.refresh(); // what the main window does when the page is shown
    REQUIRE(page.waitForWork()); // the figures are worked out on a worker thread

    // The current quarter by the store's clock is chosen first.
    CHECK(page.quarter() == QStringLiteral("FY2026-Q3"));
    REQUIRE(kpiValue(*store, QStringLiteral("FY2026-Q3"), QStringLiteral("identified")) == 9);
    CHECK(page.tileValue(QStringLiteral("identified")) == QStringLiteral("9"));
    CHECK(page.tileChange(QStringLiteral("identified")) == QStringLiteral("up 6 from FY2026-Q2"));
    CHECK(page.tileValue(QStringLiteral("on_register"))
          == QString::number(kpiValue(*store, QStringLiteral("FY2026-Q3"), QStringLiteral("on_register"))));

    SECTION("switching the quarter updates the tiles")
    {
        page.setQuarter(QStringLiteral("FY2026-Q2"));
        REQUIRE(page.waitForWork());
        CHECK(page.tileValue(QStringLiteral("identified"))
              == QString::number(kpiValue(*store, QStringLiteral("FY2026-Q2"), QStringLiteral("identified"))));
        CHECK(page.tileValue(QStringLiteral("identified")) == QStringLiteral("3"));
        CHECK(page.tileChange(QStringLiteral("identified")) == QStringLiteral("up 3 from FY2026-Q1"));
        page.setQuarter(QStringLiteral("FY2026-Q1"));
        REQUIRE(page.waitForWork());
        CHECK(page.tileValue(QStringLiteral("identified")) == QStringLiteral("0"));
        CHECK(page.tileChange(QStringLiteral("identified")) == QStringLiteral("no change from FY2025-Q4"));
    }

    SECTION("the charts' figures are there as text, over eight quarters")
    {
        const QString text = page.findChild<QLabel*>(QStringLiteral("chartText"))->text();
        CHECK(text.contains(QStringLiteral("Identified: FY2024-Q4 0,")));
        CHECK(text.contains(QStringLiteral("FY2026-Q2 3, FY2026-Q3 9")));
        CHECK_FALSE(text.contains(QStringLiteral("FY2024-Q3")));
    }

    SECTION("each tile and table row carries its definition")
    {
        auto* tile = page.findChild<QWidget*>(QStringLiteral("tile_identified"));
        REQUIRE(tile);
        CHECK(tile->toolTip().contains(kpi::definition(QStringLiteral("identified"))->definition));
        CHECK(tile->accessibleName() == QStringLiteral("Residents identified as isolated or lonely: 9"));
        CHECK(tile->focusPolicy() & Qt::TabFocus);
        auto* panel = page.findChild<QTextBrowser*>(QStringLiteral("definitionsPanel"));
        CHECK(panel->toPlainText().contains(kpi::definition(QStringLiteral("improved_rate"))->definition));
    }
}

TEST_CASE("The Reports page breaks the table down by ward and suppresses small cells for publication", "[reports]")
{
    test::UiFixture f;
    auto store = f.openStore(f.folder.dbPath());
    addResidents(*store);
    ReportsPage page;
    page.setStore(store.get());
    page.refresh(); // what the main window does when the page is shown
    REQUIRE(page.waitForWork()); // the figures are worked out on a worker thread
    auto* table = page.findChild<QTableWidget*>(QStringLiteral("breakdownTable"));
    REQUIRE(table);
    CHECK(columnOf(table, QStringLiteral("Riverside")) == -1);

    page.setDimension(QStringLiteral("ward"));
    REQUIRE(page.waitForWork());
    REQUIRE(page.report());
    CHECK(page.report()->request().dimension == QStringLiteral("ward"));
    const int identified = rowOf(table, QStringLiteral("identified"));
    CHECK(cell(table, identified, columnOf(table, QStringLiteral("Riverside"))) == QStringLiteral("7"));
    CHECK(cell(table, identified, columnOf(table, QStringLiteral("Hillside"))) == QStringLiteral("2"));
    CHECK(cell(table, identified, columnOf(table, QStringLiteral("Total"))) == QStringLiteral("9"));
    CHECK(page.findChild<QLabel*>(QStringLiteral("reportNotice"))->text().contains(QStringLiteral("Not for")));
    CHECK(page.findChild<QLabel*>(QStringLiteral("reportNotice"))->text().contains(QStringLiteral("not over yet")));

    page.setForPublication(true);
    REQUIRE(page.waitForWork());
    CHECK(page.report()->request().forPublication);
    CHECK(cell(table, identified, columnOf(table, QStringLiteral("Hillside"))) == QStringLiteral("*"));
    CHECK(cell(table, identified, columnOf(table, QStringLiteral("Total"))) == QStringLiteral("9"));
    CHECK(page.findChild<QLabel*>(QStringLiteral("reportNotice"))->text().contains(QStringLiteral("For publication")));
    CHECK_FALSE(page.findChild<QLabel*>(QStringLiteral("reportFootnotes"))->text().isEmpty());
    // A tile of a small count is suppressed too, and so is its change.
    page.setQuarter(QStringLiteral("FY2026-Q2"));
    REQUIRE(page.waitForWork());
    CHECK(page.tileValue(QStringLiteral("identified")) == QStringLiteral("*"));
    CHECK(page.tileChange(QStringLiteral("identified")).contains(QStringLiteral("not shown")));
}

TEST_CASE("The Reports page's charts: named, described with every figure, definitions on hover, no small "
          "number drawn for publication",
          "[reports]")
{
    test::UiFixture f;
    auto store = f.openStore(f.folder.dbPath());
    addResidents(*store);
    ReportsPage page;
    page.setStore(store.get());
    page.refresh(); // what the main window does when the page is shown
    REQUIRE(page.waitForWork()); // the figures are worked out on a worker thread
    REQUIRE(page.report());
    const QList<reports::ReportChart> described = page.report()->charts(
        reports::KpiReport::buildHistory(*store, {*Period::fromQuarter(QStringLiteral("FY2026-Q3")), {}, false}));
    REQUIRE(described.size() == ReportsPage::chartIds().size());
    for (const auto& chart : described) {
        INFO(chart.id.toStdString());
        auto* view = page.findChild<QChartView*>(chart.id);
        REQUIRE(view);
        CHECK_FALSE(view->accessibleName().isEmpty());
        CHECK(view->accessibleDescription() == chart.altText);
        CHECK(view->toolTip().contains(chart.definition));
        CHECK(view->focusPolicy() & Qt::TabFocus);
        CHECK(view->chart()->title() == chart.title);
        CHECK(page.findChild<QLabel*>(QStringLiteral("chartText"))->text().contains(chart.altText));
    }
    // The quarter's charts label each bar with its figure: no action items, no referrals.
    auto* actions = page.findChild<QChartView*>(QStringLiteral("actions_by_status"));
    auto* axis = qobject_cast<QBarCategoryAxis*>(actions->chart()->axes(Qt::Vertical).value(0));
    REQUIRE(axis);
    // First at the top: Qt lists a horizontal chart's categories bottom up.
    CHECK(axis->categories().last() == QStringLiteral("Not started: 0"));

    // Identified per quarter: FY2026-Q2 3, FY2026-Q3 9 (the last two of eight bars).
    const auto identifiedBars = [&] {
        auto* view = page.findChild<QChartView*>(QStringLiteral("residents_per_quarter"));
        const auto series = view->chart()->series();
        REQUIRE(series.size() == 1);
        auto* bars = qobject_cast<QBarSeries*>(series.first());
        REQUIRE(bars);
        QBarSet* identified = bars->barSets().first();
        REQUIRE(identified->count() == 8);
        return std::make_pair(identified->at(6), identified->at(7));
    };
    CHECK(identifiedBars() == std::make_pair(3.0, 9.0));
    // For publication the 3 is drawn as no bar and read as "*"; the 9 stays.
    page.setForPublication(true);
    REQUIRE(page.waitForWork());
    CHECK(identifiedBars() == std::make_pair(0.0, 9.0));
    const QString description =
        page.findChild<QChartView*>(QStringLiteral("residents_per_quarter"))->accessibleDescription();
    CHECK(description.contains(QStringLiteral("FY2026-Q2 *, FY2026-Q3 9")));
    CHECK_FALSE(description.contains(QStringLiteral("FY2026-Q2 3")));
}

TEST_CASE("The Reports page exports through the file chooser, the format by the extension", "[reports]")
{
    test::UiFixture f;
    auto store = f.openStore(f.folder.dbPath());
    addResidents(*store);
    ReportsPage page;
    page.setStore(store.get());
    page.refresh(); // what the main window does when the page is shown
    REQUIRE(page.waitForWork()); // the figures are worked out on a worker thread
    page.setDimension(QStringLiteral("ward"));
    REQUIRE(page.waitForWork());
    ui::MessageBox::clearLastShown();

    SECTION("an .xlsx name writes a workbook")
    {
        const QString path = f.folder.path(QStringLiteral("kpi.xlsx"));
        ui::FileDialog::setNextFileName(path);
        page.exportReport();
        REQUIRE(page.waitForWork());
        CHECK_FALSE(ui::MessageBox::lastShown());
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        CHECK(file.read(2) == QByteArray("PK")); // a zip package
    }
    SECTION("a CSV holds the figures shown")
    {
        const QString path = f.folder.path(QStringLiteral("kpi.csv"));
        ui::FileDialog::setNextFileName(path);
        page.exportReport();
        REQUIRE(page.waitForWork());
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        CHECK(text.contains(QStringLiteral("Riverside")));
        CHECK(text.contains(QStringLiteral("Hillside")));
    }
    SECTION("an unknown extension is refused and said so")
    {
        const QString path = f.folder.path(QStringLiteral("kpi.txt"));
        ui::FileDialog::setNextFileName(path);
        page.exportReport();
        REQUIRE(page.waitForWork());
        CHECK_FALSE(QFile::exists(path));
        REQUIRE(ui::MessageBox::lastShown());
        CHECK(ui::MessageBox::lastShown()->informativeText.contains(QStringLiteral("kpi.txt")));
    }
    SECTION("an existing file is not overwritten")
    {
        const QString path = f.folder.path(QStringLiteral("kpi.pdf"));
        {
            QFile file(path);
            REQUIRE(file.open(QIODevice::WriteOnly));
            file.write("keep");
        }
        ui::FileDialog::setNextFileName(path);
        page.exportReport();
        REQUIRE(page.waitForWork());
        REQUIRE(ui::MessageBox::lastShown());
        CHECK(ui::MessageBox::lastShown()->informativeText.contains(QStringLiteral("already exists")));
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        CHECK(file.readAll() == QByteArray("keep"));
    }
    SECTION("an HTML export holds the page's charts as pictures with their figures in words")
    {
        const QString path = f.folder.path(QStringLiteral("kpi.html"));
        ui::FileDialog::setNextFileName(path);
        page.exportReport();
        REQUIRE(page.waitForWork());
        CHECK_FALSE(ui::MessageBox::lastShown());
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        CHECK(text.count(QStringLiteral("<img src=\"data:image/png;base64,")) == ReportsPage::chartIds().size());
        CHECK(text.contains(QStringLiteral("Identified: FY2024-Q4 0,")));
    }
    SECTION("cancelling the chooser writes nothing")
    {
        ui::FileDialog::setNextFileName(QString());
        page.exportReport();
        REQUIRE(page.waitForWork());
        CHECK_FALSE(ui::MessageBox::lastShown());
    }
}

TEST_CASE("The main window's Reports page is the report dashboard and lets the store go", "[reports]")
{
    test::UiFixture f;
    {
        auto store = f.openStore(f.folder.dbPath());
        addResidents(*store);
    }
    auto window = f.openWindow(f.folder.dbPath());
    window->setCurrentPage(ui::MainWindow::Page::Reports);
    auto* page = window->findChild<ReportsPage*>();
    REQUIRE(page);
    CHECK(page->isVisible());
    CHECK(window->findChild<QStackedWidget*>(QStringLiteral("pages"))->currentWidget() == page);
    REQUIRE(page->waitForWork());
    CHECK(page->tileValue(QStringLiteral("identified")) == QStringLiteral("9"));
    for (const char* name : {"quarterChooser", "breakdownChooser", "forPublication", "exportButton"}) {
        auto* widget = page->findChild<QWidget*>(QLatin1String(name));
        REQUIRE(widget);
        CHECK(widget->isEnabled());
        CHECK(widget->focusPolicy() & Qt::TabFocus);
    }
    page->setStore(nullptr);
    CHECK_FALSE(page->report());
    CHECK(page->tileValue(QStringLiteral("identified")) == QStringLiteral("–"));
    CHECK_FALSE(page->findChild<QWidget*>(QStringLiteral("exportButton"))->isEnabled());
}

// Not run by default: saves docs/screenshots/reports.png and reports-charts.png (into
// HEARTH_SCREENSHOT_DIR) from a demo database made here.
TEST_CASE("Screenshot of the Reports page", "[.screenshot]")
{
    const QString folder = qEnvironmentVariable("HEARTH_SCREENSHOT_DIR");
    REQUIRE_FALSE(folder.isEmpty());
    test::UiFixture f;
    {
        auto store = f.openStore(f.folder.dbPath());
        demo::DemoOptions options;
        options.residents = 600;
        demo::generateDemo(*store, options);
    }
    auto window = f.openWindow(f.folder.dbPath());
    window->resize(1400, 900);
    window->setCurrentPage(ui::MainWindow::Page::Reports);
    auto* page = window->findChild<ReportsPage*>();
    REQUIRE(page);
    REQUIRE(page->waitForWork());
    page->setDimension(QStringLiteral("ward"));
    REQUIRE(page->waitForWork());
    page->setForPublication(true);
    REQUIRE(page->waitForWork());
    QTest::qWait(200);
    CHECK(window->grab().save(folder + QStringLiteral("/reports.png")));
    // The charts further down the page: the window made tall enough to show them all.
    window->resize(1400, 2000);
    auto* scroll = page->findChild<QScrollArea*>();
    REQUIRE(scroll);
    scroll->ensureWidgetVisible(page->findChild<QChartView*>(QStringLiteral("actions_by_status")));
    QTest::qWait(200);
    CHECK(window->grab().save(folder + QStringLiteral("/reports-charts.png")));
    // The same report exported as ODT and PDF into HEARTH_EXPORT_DIR when it is set, to open in
    // LibreOffice and look at (docs/screenshots/kpi-export-odt-charts.png is a page of the ODT).
    const QString exports = qEnvironmentVariable("HEARTH_EXPORT_DIR");
    QString error;
    for (const char* name : {"/reports-export.odt", "/reports-export.pdf"}) {
        if (!exports.isEmpty()) {
            QFile::remove(exports + QLatin1String(name));
            CHECK(page->exportTo(exports + QLatin1String(name), &error));
        }
    }
}
