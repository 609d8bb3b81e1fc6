// The layers below the UI route what a person reads through Qt's translation system: with a
// translator installed their messages change, with none they are the English text, byte for byte.
#include "CouncilVocabulary.h"
#include "KpiReport.h"
#include "Resident.h"
#include "ResidentImport.h"
#include "StorageFixture.h"
#include "Vocabulary.h"
#include "measures/Instrument.h"

#include <QCoreApplication>
#include <QTranslator>

using namespace hearth;
using hearth::test::StorageFixture;

namespace {

// Translates every message of every context as "CY:" + its English source.
class PrefixTranslator : public QTranslator
{
public:
    QString translate(const char* context, const char* sourceText, const char* disambiguation = nullptr,
                      int n = -1) const override
    {
        Q_UNUSED(context)
        Q_UNUSED(disambiguation)
        Q_UNUSED(n)
        return QStringLiteral("CY:") + QString::fromUtf8(sourceText);
    }
    bool isEmpty() const override { return false; }
};

// Installed for the life of one test section, removed even when a check fails.
class InstalledTranslator
{
public:
    InstalledTranslator() { REQUIRE(QCoreApplication::installTranslator(&m_translator)); }
    ~InstalledTranslator() { QCoreApplication::removeTranslator(&m_translator); }
    InstalledTranslator(const InstalledTranslator&) = delete;
    InstalledTranslator& operator=(const InstalledTranslator&) = delete;

private:
    PrefixTranslator m_translator;
};

const QDate kToday(2026, 6, 1);

QString residentError()
{
    Resident resident; // no name, no dates, no ward
    const FieldErrors errors = resident.validate(kToday, CouncilVocabulary());
    for (const auto& error : errors) {
        if (error.field == QLatin1String("ward")) {
            return error.message;
        }
    }
    return {};
}

QStringList mappingErrors()
{
    const QStringList header {QStringLiteral("Notes")};
    return import::checkMapping(header, import::proposeMapping(header)).errors;
}

reports::ReportDocument kpiDocument(StorageFixture& fixture)
{
    const Period period = *Period::fromQuarter(QStringLiteral("FY2026-Q1"));
    return reports::KpiReport::build(fixture.store, {period, {}, false}).toDocument();
}

} // namespace

TEST_CASE("Core messages are English with no translator and go through an installed one", "[i18n]")
{
    StorageFixture fixture;

    SECTION("a resident's validation message")
    {
        CHECK(residentError() == QStringLiteral("is required (an ONS ward code)"));
        Validator v;
        v.optionalText(QStringLiteral("notes"), QString(3, QLatin1Char('x')), 2);
        CHECK(v.errors().first().text() == QStringLiteral("notes: is longer than 2 characters"));
        InstalledTranslator cy;
        CHECK(residentError() == QStringLiteral("CY:is required (an ONS ward code)"));
        Validator w;
        w.optionalText(QStringLiteral("notes"), QString(3, QLatin1Char('x')), 2);
        CHECK(w.errors().first().text() == QStringLiteral("notes: CY:is longer than 2 characters"));
    }

    SECTION("an import error")
    {
        const QString english =
            QStringLiteral("no column is mapped to given_name or family_name: every resident needs a name");
        CHECK(mappingErrors().contains(english));
        InstalledTranslator cy;
        CHECK(mappingErrors().contains(QStringLiteral("CY:") + english));
        CHECK_FALSE(mappingErrors().contains(english));
    }

    SECTION("a vocabulary label, an instrument's item and a KPI dimension")
    {
        CHECK(vocab::barriers().label(QStringLiteral("transport")) == QStringLiteral("Transport"));
        CHECK(measures::instrument(QStringLiteral("ucla3"))->items.first().text
              == QStringLiteral("How often do you feel that you lack companionship?"));
        CHECK(kpi::dimensionLabel(QStringLiteral("target_group")) == QStringLiteral("Target group"));
        {
            InstalledTranslator cy;
            CHECK(vocab::barriers().label(QStringLiteral("transport")) == QStringLiteral("CY:Transport"));
            CHECK(measures::instrument(QStringLiteral("ucla3"))->items.first().text
                  == QStringLiteral("CY:How often do you feel that you lack companionship?"));
            CHECK(measures::instrument(QStringLiteral("ucla3"))->items.first().options.first().label
                  == QStringLiteral("CY:Hardly ever or never"));
            CHECK(kpi::dimensionLabel(QStringLiteral("target_group")) == QStringLiteral("CY:Target group"));
            // Codes are not translated.
            CHECK(vocab::barriers().codes().contains(QStringLiteral("transport")));
            CHECK(measures::instrument(QStringLiteral("ucla3"))->id == QStringLiteral("ucla3"));
        }
        // Back to English once the translator is gone.
        CHECK(measures::instrument(QStringLiteral("ucla3"))->items.first().text
              == QStringLiteral("How often do you feel that you lack companionship?"));
    }

    SECTION("a KPI report's headings, row labels and notes")
    {
        const reports::ReportDocument english = kpiDocument(fixture);
        REQUIRE_FALSE(english.tables.isEmpty());
        CHECK(english.title == QStringLiteral("Loneliness key performance indicators"));
        CHECK(english.tables.first().title == QStringLiteral("Key performance indicators"));
        CHECK(english.tables.first().columns.first() == QStringLiteral("Indicator"));
        CHECK(english.tables.first().rows.first().first().text
              == QStringLiteral("Residents identified as isolated or lonely"));
        CHECK(english.tables[1].title == QStringLiteral("Cases closed by closure reason"));

        InstalledTranslator cy;
        const reports::ReportDocument welsh = kpiDocument(fixture);
        REQUIRE(welsh.tables.size() == english.tables.size());
        CHECK(welsh.title == QStringLiteral("CY:Loneliness key performance indicators"));
        CHECK(welsh.tables.first().title == QStringLiteral("CY:Key performance indicators"));
        CHECK(welsh.tables.first().columns.first() == QStringLiteral("CY:Indicator"));
        CHECK(welsh.tables.first().rows.first().first().text
              == QStringLiteral("CY:Residents identified as isolated or lonely"));
        CHECK(welsh.tables[1].title == QStringLiteral("CY:CY:Cases closed by cy:closure reason"));
        CHECK(welsh.definitions.first().id == QStringLiteral("identified"));
        CHECK(welsh.definitions.first().label == QStringLiteral("CY:Residents identified as isolated or lonely"));
    }
}
