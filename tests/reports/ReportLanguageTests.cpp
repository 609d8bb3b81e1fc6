// A report is in the language of the application's text (reports::reportLocale): its dates and
// month names, its HTML lang and ODT language, and its spreadsheet's sheet names, which Excel's
// rules bound in every language. CSV figures stay machine-readable. The real Welsh catalogues are
// checked from the GUI's side (tests/ui/ReportLanguageUiTests.cpp); here the default locale is set
// as the GUI sets it, and a translator stands in for the catalogue where names matter.
#include "ActionPlanReport.h"
#include "GapReport.h"
#include "KpiFixture.h"
#include "KpiReport.h"
#include "ReportLocale.h"
#include "ReportWriters.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QTranslator>

using namespace hearth;
using namespace hearth::reports;
using hearth::test::KpiFixture;
using hearth::test::TempFolder;
using hearth::test::zipEntry;

namespace {

const Period kQ1 = *Period::fromQuarter(QStringLiteral("FY2026-Q1")); // 1 April to 30 June 2026

// The default locale for one test section, as hearth::ui::Translations sets it; put back after.
class DefaultLocale
{
public:
    explicit DefaultLocale(const QLocale& locale) { QLocale::setDefault(locale); }
    ~DefaultLocale() { QLocale::setDefault(m_previous); }
    DefaultLocale(const DefaultLocale&) = delete;
    DefaultLocale& operator=(const DefaultLocale&) = delete;

private:
    QLocale m_previous;
};

const QLocale kWelsh(QLocale::Welsh, QLocale::UnitedKingdom);
const QLocale kEnglish(QLocale::English, QLocale::UnitedKingdom);

// Gives the spreadsheet's sheet names translations that break Excel's rules (too long, with
// characters Excel refuses, an apostrophe first, two the same), everything else unchanged.
class SheetNameTranslator : public QTranslator
{
public:
    QString translate(const char* context, const char* sourceText, const char* disambiguation = nullptr,
                      int n = -1) const override
    {
        Q_UNUSED(context)
        Q_UNUSED(n)
        if (disambiguation && QByteArray(disambiguation).startsWith("spreadsheet sheet name")) {
            const QByteArray source(sourceText);
            if (source == "Report") {
                return QStringLiteral("Adroddiad: y dangosyddion perfformiad allweddol [DPA] * 2026/27?");
            }
            if (source == "Charts") {
                return QStringLiteral("'Siartiau'");
            }
            if (source == "Definitions") {
                return QStringLiteral("ADRODDIAD: Y DANGOSYDDION PERFFORMIAD ALLWEDDOL"); // clashes
            }
        }
        return {};
    }
    bool isEmpty() const override { return false; }
};

QString saved(const TempFolder& folder, const QString& name, const QByteArray& data)
{
    const QString path = folder.path(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(data);
    return path;
}

QStringList sheetNames(const QString& workbookXml)
{
    QStringList names;
    const QRegularExpression sheet(QStringLiteral("<sheet name=\"([^\"]*)\""));
    for (auto match = sheet.globalMatch(workbookXml); match.hasNext();) {
        names.append(match.next().captured(1).replace(QStringLiteral("&apos;"), QStringLiteral("'")));
    }
    return names;
}

// Excel's rules for a sheet name.
void checkExcelAccepts(const QStringList& names)
{
    for (const QString& name : names) {
        INFO(name.toStdString());
        CHECK_FALSE(name.isEmpty());
        CHECK(name.size() <= 31);
        CHECK_FALSE(name.contains(QRegularExpression(QStringLiteral("[\\[\\]:*?/\\\\]"))));
        CHECK_FALSE(name.startsWith(QLatin1Char('\'')));
        CHECK_FALSE(name.endsWith(QLatin1Char('\'')));
        int same = 0;
        for (const QString& other : names) {
            same += other.compare(name, Qt::CaseInsensitive) == 0 ? 1 : 0;
        }
        CHECK(same == 1);
    }
}

// The figure cells of a CSV: every field of a data row after its label.
QStringList csvFigures(const QByteArray& csv)
{
    QStringList figures;
    for (const QString& line : QString::fromUtf8(csv).split(QStringLiteral("\r\n"))) {
        const QStringList fields = line.split(QLatin1Char(','));
        for (qsizetype i = 1; i < fields.size(); ++i) {
            if (fields[i].contains(QRegularExpression(QStringLiteral("^[0-9.%*]+$")))) {
                figures.append(fields[i]);
            }
        }
    }
    return figures;
}

} // namespace

TEST_CASE("The report locale is Welsh when the application's is, otherwise British English", "[language]")
{
    SECTION("Welsh")
    {
        const DefaultLocale welsh(kWelsh);
        CHECK(reportLocale().language() == QLocale::Welsh);
        CHECK(reportLocale().territory() == QLocale::UnitedKingdom);
        CHECK(languageTag(reportLocale()) == QStringLiteral("cy-GB"));
    }
    SECTION("English (United Kingdom)")
    {
        const DefaultLocale english(kEnglish);
        CHECK(reportLocale() == kEnglish);
        CHECK(languageTag(reportLocale()) == QStringLiteral("en-GB"));
    }
    SECTION("any other locale (Hearth is in Welsh or English): British English")
    {
        for (const QLocale& other :
             {QLocale(QLocale::French, QLocale::France), QLocale(QLocale::English, QLocale::UnitedStates)}) {
            const DefaultLocale locale(other);
            CHECK(reportLocale() == kEnglish);
            CHECK(languageTag(reportLocale()) == QStringLiteral("en-GB"));
        }
    }
}

TEST_CASE("Sheet names keep to Excel's rules whatever the translation", "[language]")
{
    CHECK(sheetName(QStringLiteral("Adroddiad")) == QStringLiteral("Adroddiad"));
    CHECK(sheetName(QStringLiteral("Siartiau"), {QStringLiteral("Adroddiad")}) == QStringLiteral("Siartiau"));
    // At most 31 characters.
    const QString longName = sheetName(QStringLiteral("Dangosyddion perfformiad allweddol y cyngor"));
    CHECK(longName == QStringLiteral("Dangosyddion perfformiad allwed"));
    CHECK(longName.size() == 31);
    // None of []:*?/\ (each a space, then spaces run together).
    CHECK(sheetName(QStringLiteral("Ch1: [2026/27] *drafft*? a\\b")) == QStringLiteral("Ch1 2026 27 drafft a b"));
    // No apostrophe at either end; never empty.
    CHECK(sheetName(QStringLiteral("'Nodiadau'")) == QStringLiteral("Nodiadau"));
    CHECK(sheetName(QStringLiteral("''")) == QStringLiteral("Sheet"));
    CHECK(sheetName(QStringLiteral("[]")) == QStringLiteral("Sheet"));
    // Unique in any letter case, within the 31; never Excel's own "History".
    CHECK(sheetName(QStringLiteral("adroddiad"), {QStringLiteral("Adroddiad")}) == QStringLiteral("adroddiad (2)"));
    CHECK(sheetName(QStringLiteral("Adroddiad"), {QStringLiteral("Adroddiad"), QStringLiteral("ADRODDIAD (2)")})
          == QStringLiteral("Adroddiad (3)"));
    const QString clash = sheetName(longName, {longName});
    CHECK(clash == QStringLiteral("Dangosyddion perfformiad al (2)"));
    CHECK(clash.size() == 31);
    CHECK(sheetName(QStringLiteral("history")) == QStringLiteral("history (2)"));
}

TEST_CASE("In Welsh a KPI report's dates, month names and language tags are Welsh, its CSV figures the same",
          "[language]")
{
    KpiFixture fixture;
    TempFolder folder;
    const QByteArray englishCsv = [&] {
        const DefaultLocale english(kEnglish);
        return writeCsv(KpiReport::build(fixture.store, {kQ1, QStringLiteral("ward"), false}).toDocument());
    }();

    const DefaultLocale welsh(kWelsh);
    const KpiReport report = KpiReport::build(fixture.store, {kQ1, QStringLiteral("ward"), false});
    const ReportDocument document = report.toDocument(KpiReport::buildHistory(fixture.store, {kQ1, {}, false}));
    CHECK(document.locale.language() == QLocale::Welsh);
    // The period in words: 1 April to 30 June 2026.
    INFO(document.subtitle.toStdString());
    CHECK(document.subtitle.contains(QStringLiteral("1 Ebrill 2026")));
    CHECK(document.subtitle.contains(QStringLiteral("30 Mehefin 2026")));
    CHECK_FALSE(document.subtitle.contains(QStringLiteral("June")));

    const QString html = QString::fromUtf8(writeHtml(document));
    CHECK(html.contains(QStringLiteral("<html lang=\"cy-GB\">")));
    CHECK(html.contains(QStringLiteral("30 Mehefin 2026")));
    CHECK_FALSE(html.contains(QStringLiteral("en-GB")));
    // The chart of action items is as of the period's end, in Welsh.
    CHECK(html.contains(QStringLiteral("30 Mehefin 2026</h3>")));

    const QString odt = saved(folder, QStringLiteral("kpi.odt"), writeOdt(document));
    CHECK(zipEntry(odt, QStringLiteral("meta.xml")).contains(QStringLiteral("<dc:language>cy-GB</dc:language>")));
    const QString styles = zipEntry(odt, QStringLiteral("styles.xml"));
    CHECK(styles.contains(QStringLiteral("fo:language=\"cy\"")));
    CHECK(styles.contains(QStringLiteral("fo:country=\"GB\"")));
    CHECK(zipEntry(odt, QStringLiteral("content.xml")).contains(QStringLiteral("30 Mehefin 2026")));

    // CSV: the same figures as in English, with no separators or local decimal marks.
    const QByteArray csv = writeCsv(report.toDocument());
    CHECK(QString::fromUtf8(csv).contains(QStringLiteral("30 Mehefin 2026")));
    REQUIRE_FALSE(csvFigures(englishCsv).isEmpty());
    CHECK(csvFigures(csv) == csvFigures(englishCsv));
}

TEST_CASE("In English a report's dates and tags are as before, whatever the machine's locale", "[language]")
{
    KpiFixture fixture;
    TempFolder folder;
    // A machine set to French, with no translator: still a British English report.
    const DefaultLocale french(QLocale(QLocale::French, QLocale::France));
    const ReportDocument document = KpiReport::build(fixture.store, {kQ1, {}, false}).toDocument();
    CHECK(document.subtitle.contains(QStringLiteral("1 April 2026 to 30 June 2026")));
    CHECK(QString::fromUtf8(writeHtml(document)).contains(QStringLiteral("<html lang=\"en-GB\">")));
    const QString odt = saved(folder, QStringLiteral("kpi.odt"), writeOdt(document));
    CHECK(zipEntry(odt, QStringLiteral("meta.xml")).contains(QStringLiteral("<dc:language>en-GB</dc:language>")));
    CHECK(zipEntry(odt, QStringLiteral("styles.xml")).contains(QStringLiteral("fo:language=\"en\"")));
    const QString xlsx = saved(folder, QStringLiteral("kpi.xlsx"), writeXlsx(document));
    CHECK(sheetNames(zipEntry(xlsx, QStringLiteral("xl/workbook.xml")))
          == QStringList {QStringLiteral("Report"), QStringLiteral("Charts"), QStringLiteral("Definitions")});
}

TEST_CASE("In Welsh the action-plan and gap reports' dates are Welsh", "[language]")
{
    const DefaultLocale welsh(kWelsh);
    ActionPlanData plan;
    Strategy strategy;
    strategy.id = QStringLiteral("s1");
    strategy.title = QStringLiteral("Strategaeth");
    strategy.periodFrom = QDate(2026, 4, 1);
    strategy.periodTo = QDate(2029, 3, 31);
    plan.strategies.append(strategy);
    const ReportDocument actions = actionPlanReport(plan, QDate(2026, 6, 30));
    INFO(actions.subtitle.toStdString());
    CHECK(actions.subtitle.contains(QStringLiteral("30 Mehefin 2026")));
    CHECK(actions.subtitle.contains(QStringLiteral("Ebrill 2026 to Mawrth 2029")));
    CHECK(actions.locale.language() == QLocale::Welsh);
    CHECK(QString::fromUtf8(writeHtml(actions)).contains(QStringLiteral("<html lang=\"cy-GB\">")));

    const ReportDocument gaps = gapReport({}, QDate(2026, 1, 5), QStringLiteral("Cyngor"));
    INFO(gaps.subtitle.toStdString());
    CHECK(gaps.subtitle.contains(QStringLiteral("5 Ionawr 2026")));
}

TEST_CASE("Sheet names a translation gives that Excel would refuse are made valid", "[language]")
{
    KpiFixture fixture;
    TempFolder folder;
    const DefaultLocale welsh(kWelsh);
    SheetNameTranslator translator;
    REQUIRE(QCoreApplication::installTranslator(&translator));
    const KpiReport report = KpiReport::build(fixture.store, {kQ1, {}, false});
    // With charts, so that the chart sheet's formulas name the sheet as written.
    const QByteArray bytes = writeXlsx(report.toDocument(KpiReport::buildHistory(fixture.store, {kQ1, {}, false})));
    QCoreApplication::removeTranslator(&translator);

    const QString xlsx = saved(folder, QStringLiteral("kpi.xlsx"), bytes);
    const QStringList names = sheetNames(zipEntry(xlsx, QStringLiteral("xl/workbook.xml")));
    CHECK(names
          == QStringList {QStringLiteral("Adroddiad y dangosyddion perffo"), QStringLiteral("Siartiau"),
                          QStringLiteral("ADRODDIAD Y DANGOSYDDION PE (2)")});
    checkExcelAccepts(names);
    CHECK(zipEntry(xlsx, QStringLiteral("xl/charts/chart1.xml")).contains(QStringLiteral("<c:f>Siartiau!")));
}
