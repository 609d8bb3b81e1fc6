// A report exported from the Reports page is in the language the windows are in: with Welsh chosen
// (the real catalogues compiled into the program) its words, dates, month names, HTML lang and
// spreadsheet sheet names are Welsh; with English, as they always were (issue 10, Languages). The
// Reports page builds and writes the report on a worker thread: the language holds there too.
#include "FileDialog.h"
#include "Language.h"
#include "MessageBox.h"
#include "UiFixture.h"
#include "reports/ReportsPage.h"

#include <QFile>
#include <QRegularExpression>

#include <catch2/catch.hpp>

using namespace hearth;
using ui::ReportsPage;

namespace {

void addResidents(storage::Store& store)
{
    store.wards().save({QStringLiteral("E05000001"), QStringLiteral("Riverside"), {}});
    const Officer officer =
        store.officers().add({{}, QStringLiteral("Alex Officer"), QStringLiteral("officer"), {}, {}});
    store.setActingOfficer(officer.id);
    for (int i = 0; i < 6; ++i) {
        Resident resident;
        resident.givenName = QStringLiteral("Person %1").arg(i);
        resident.wardCode = QStringLiteral("E05000001");
        resident.identifiedOn = QDate(2026, 5, 5);
        resident.targetGroups = {QStringLiteral("older_people")};
        store.residents().create(resident);
    }
}

QByteArray exported(ReportsPage& page, const QString& path)
{
    ui::MessageBox::clearLastShown();
    ui::FileDialog::setNextFileName(path);
    page.exportReport();
    REQUIRE(page.waitForWork());
    CHECK_FALSE(ui::MessageBox::lastShown());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

QStringList sheetNames(const QString& xlsxPath)
{
    QStringList names;
    const QRegularExpression sheet(QStringLiteral("<sheet name=\"([^\"]*)\""));
    const QString workbook = test::zipEntry(xlsxPath, QStringLiteral("xl/workbook.xml"));
    for (auto match = sheet.globalMatch(workbook); match.hasNext();) {
        names.append(match.next().captured(1));
    }
    return names;
}

} // namespace

TEST_CASE("The Reports page exports in the language chosen: Welsh dates and sheet names in Welsh", "[language]")
{
    test::UiFixture f;
    auto store = f.openStore(f.folder.dbPath());
    addResidents(*store);

    SECTION("Cymraeg")
    {
        const ui::Translations translations(ui::Language::Welsh);
        ReportsPage page;
        page.setStore(store.get());
        page.refresh();
        REQUIRE(page.waitForWork());
        page.setQuarter(QStringLiteral("FY2026-Q1")); // 1 April to 30 June 2026
        REQUIRE(page.waitForWork());

        // The page's tile says it as the export does.
        CHECK(page.tileValue(QStringLiteral("referral_uptake_rate")) == QStringLiteral("d/b"));

        // Less the charts' pictures (base64 can spell anything).
        const QString html = QString::fromUtf8(exported(page, f.folder.path(QStringLiteral("dpa.html"))))
                                 .remove(QRegularExpression(QStringLiteral("data:image/png;base64,[A-Za-z0-9+/=]+")));
        CHECK(html.contains(QStringLiteral("<html lang=\"cy-GB\">")));
        CHECK(html.contains(QStringLiteral("Cyfnod: 1 Ebrill 2026 i 30 Mehefin 2026")));
        CHECK_FALSE(html.contains(QStringLiteral("June")));
        // A rate with nothing to divide by, as its Welsh note calls it ("d/b: nid oedd gan neb…"),
        // and the referral statuses the chart counts.
        CHECK(html.contains(QStringLiteral("<td>d/b</td>")));
        CHECK(html.contains(QStringLiteral("d/b: nid oedd gan neb fesur dilynol")));
        CHECK_FALSE(html.contains(QStringLiteral("n/a")));
        CHECK(html.contains(QStringLiteral("Dim ymateb 0")));
        CHECK_FALSE(html.contains(QStringLiteral("No response")));

        const QString xlsx = f.folder.path(QStringLiteral("dpa.xlsx"));
        exported(page, xlsx);
        const QStringList names = sheetNames(xlsx);
        CHECK(names
              == QStringList {QStringLiteral("Adroddiad"), QStringLiteral("Siartiau"), QStringLiteral("Diffiniadau")});
        for (const QString& name : names) {
            CHECK(name.size() <= 31);
            CHECK_FALSE(name.contains(QRegularExpression(QStringLiteral("[\\[\\]:*?/\\\\]"))));
        }
        CHECK(test::zipEntry(xlsx, QStringLiteral("xl/sharedStrings.xml")).contains(QStringLiteral("30 Mehefin 2026")));

        const QString odt = f.folder.path(QStringLiteral("dpa.odt"));
        exported(page, odt);
        CHECK(test::zipEntry(odt, QStringLiteral("meta.xml"))
                  .contains(QStringLiteral("<dc:language>cy-GB</dc:language>")));

        // CSV figures stay machine-readable: the six residents identified, as a bare number.
        const QString csv = QString::fromUtf8(exported(page, f.folder.path(QStringLiteral("dpa.csv"))));
        CHECK(csv.contains(QStringLiteral("30 Mehefin 2026")));
        CHECK(csv.contains(QRegularExpression(QStringLiteral(",6\\r\\n"))));
    }

    SECTION("English (United Kingdom)")
    {
        const ui::Translations translations(ui::Language::English);
        ReportsPage page;
        page.setStore(store.get());
        page.refresh();
        REQUIRE(page.waitForWork());
        page.setQuarter(QStringLiteral("FY2026-Q1"));
        REQUIRE(page.waitForWork());

        const QString html = QString::fromUtf8(exported(page, f.folder.path(QStringLiteral("kpi.html"))));
        CHECK(html.contains(QStringLiteral("<html lang=\"en-GB\">")));
        CHECK(html.contains(QStringLiteral("Period: 1 April 2026 to 30 June 2026")));
        CHECK(html.contains(QStringLiteral("<td>n/a</td>")));
        CHECK(page.tileValue(QStringLiteral("referral_uptake_rate")) == QStringLiteral("n/a"));
        CHECK(html.contains(QStringLiteral("No response 0")));
        const QString xlsx = f.folder.path(QStringLiteral("kpi.xlsx"));
        exported(page, xlsx);
        CHECK(sheetNames(xlsx)
              == QStringList {QStringLiteral("Report"), QStringLiteral("Charts"), QStringLiteral("Definitions")});
    }
}

// Not run by default: the Welsh KPI report of FY2026-Q1 as the Reports page exports it, in every
// format, into HEARTH_SCREENSHOT_DIR, to open and look at.
TEST_CASE("The Welsh exports, to look at", "[.look]")
{
    const QString folder = qEnvironmentVariable("HEARTH_SCREENSHOT_DIR");
    REQUIRE_FALSE(folder.isEmpty());
    test::UiFixture f;
    auto store = f.openStore(f.folder.dbPath());
    addResidents(*store);
    const ui::Translations translations(ui::Language::Welsh);
    ReportsPage page;
    page.setStore(store.get());
    page.refresh();
    REQUIRE(page.waitForWork());
    page.setQuarter(QStringLiteral("FY2026-Q1"));
    REQUIRE(page.waitForWork());
    for (const char* format : {"odt", "html", "pdf", "xlsx", "csv"}) {
        exported(page, folder + QStringLiteral("/dpa-cy.") + QLatin1String(format));
    }
}
