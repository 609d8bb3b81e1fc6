#include "CouncilSettings.h"
#include "Measurement.h"
#include "Officer.h"

#include "DomainTestHelpers.h"

using hearth::CouncilSettings;
using hearth::Officer;
using hearth::Ward;
using hearth::test::errorFields;
using hearth::test::idFor;

namespace {

CouncilSettings settings()
{
    CouncilSettings s;
    s.councilName = QStringLiteral("London Borough of Bromley");
    return s;
}

} // namespace

TEST_CASE("The default council settings are valid once the council is named", "[settings][validation]")
{
    CouncilSettings s;
    CHECK(s.primaryInstrument == QStringLiteral("ucla3")); // kpis.md default
    CHECK(s.suppressionThreshold == 5); // kpis.md default N
    CHECK(errorFields(s.validate()) == QStringList {QStringLiteral("council_name")});
    CHECK(errorFields(settings().validate()).isEmpty());
}

TEST_CASE("Council settings stay within their ranges", "[settings][validation]")
{
    struct Range
    {
        const char* field;
        int CouncilSettings::*member;
        int low;
        int high;
    };
    const Range ranges[] = {
        {"review_interval_weeks", &CouncilSettings::reviewIntervalWeeks, 1, 104},
        {"suppression_threshold", &CouncilSettings::suppressionThreshold, 2, 100},
        {"stale_after_months", &CouncilSettings::staleAfterMonths, 1, 120},
        {"no_response_days", &CouncilSettings::noResponseDays, 1, 365},
        {"retention_years", &CouncilSettings::retentionYears, 1, 100},
        {"action_no_update_weeks", &CouncilSettings::actionNoUpdateWeeks, 1, 104},
    };
    for (const auto& range : ranges) {
        CAPTURE(range.field);
        for (const int value : {range.low, range.high}) {
            CouncilSettings s = settings();
            s.*range.member = value;
            CHECK(errorFields(s.validate()).isEmpty());
        }
        for (const int value : {range.low - 1, range.high + 1}) {
            CAPTURE(value);
            CouncilSettings s = settings();
            s.*range.member = value;
            CHECK(errorFields(s.validate()) == QStringList {QString::fromLatin1(range.field)});
        }
    }
}

TEST_CASE("The primary instrument must be one Hearth scores", "[settings][validation]")
{
    for (const QString& instrument : hearth::instrumentIds()) {
        CAPTURE(instrument);
        CouncilSettings s = settings();
        s.primaryInstrument = instrument;
        CHECK(errorFields(s.validate()).isEmpty());
    }
    for (const char* bad : {"gad7", "", "UCLA3"}) {
        CAPTURE(bad);
        CouncilSettings s = settings();
        s.primaryInstrument = QString::fromLatin1(bad);
        CHECK(errorFields(s.validate()) == QStringList {QStringLiteral("primary_instrument")});
    }
}

TEST_CASE("A ward is keyed by an ONS code", "[ward][validation]")
{
    Ward ward;
    ward.name = QStringLiteral("Bromley Town");
    for (const char* good : {"E05000001", "W05000981", "S13002516", "N08000101"}) {
        CAPTURE(good);
        ward.code = QString::fromLatin1(good);
        CHECK(errorFields(ward.validate()).isEmpty());
    }
    for (const char* bad :
         {"X1", "", "X05000001", "e05000001", "E0500000", "E050000011", "E05 000001", "E05000001\n", "05000001"}) {
        CAPTURE(bad);
        ward.code = QString::fromLatin1(bad);
        CHECK(errorFields(ward.validate()) == QStringList {QStringLiteral("code")});
    }
    ward.code = QStringLiteral("E05000001");
    ward.name.clear();
    CHECK(errorFields(ward.validate()) == QStringList {QStringLiteral("name")});
}

TEST_CASE("An officer is an officer or a manager", "[officer][validation]")
{
    Officer officer;
    officer.id = idFor(2);
    officer.displayName = QStringLiteral("Sam Patel");
    CHECK(officer.role == QStringLiteral("officer"));
    CHECK(errorFields(officer.validate()).isEmpty());
    officer.role = QStringLiteral("manager");
    CHECK(errorFields(officer.validate()).isEmpty());
    for (const char* bad : {"admin", "", "Manager"}) {
        CAPTURE(bad);
        officer.role = QString::fromLatin1(bad);
        CHECK(errorFields(officer.validate()) == QStringList {QStringLiteral("role")});
    }
    officer.role = QStringLiteral("officer");
    officer.displayName = QStringLiteral(" ");
    CHECK(errorFields(officer.validate()) == QStringList {QStringLiteral("display_name")});
    officer.displayName = QStringLiteral("Sam Patel");
    officer.id = QStringLiteral("sam");
    CHECK(errorFields(officer.validate()) == QStringList {QStringLiteral("id")});
}

TEST_CASE("Council settings read and write as key and text, one key per validate() field", "[settings]")
{
    CouncilSettings s = settings();
    const auto values = s.values();
    REQUIRE(values.size() == CouncilSettings::keys().size());
    CHECK(values.first() == std::pair {QStringLiteral("council_name"), QStringLiteral("London Borough of Bromley")});

    // Every key written back reproduces the settings.
    CouncilSettings copy;
    for (const auto& [key, value] : values) {
        CHECK(copy.setValue(key, value).isEmpty());
    }
    CHECK(copy == s);

    CHECK(s.setValue(QStringLiteral("review_interval_weeks"), QStringLiteral(" 8 ")).isEmpty());
    CHECK(s.reviewIntervalWeeks == 8);
    CHECK(s.setValue(QStringLiteral("swemwbs_change"), QStringLiteral("2.5")).isEmpty());
    CHECK(s.swemwbsChange == 2.5);
    CHECK(s.setValue(QStringLiteral("retention_years"), QStringLiteral("six"))
          == QStringLiteral("'six' is not a whole number"));
    CHECK(s.retentionYears == 6);
    CHECK(s.setValue(QStringLiteral("colour"), QStringLiteral("blue")).startsWith(QStringLiteral("is not a council")));

    // Each key is a field validate() can name.
    for (const QString& key : CouncilSettings::keys()) {
        CouncilSettings broken = settings();
        if (key == QLatin1String("council_name")) {
            broken.setValue(key, QString());
        } else if (key == QLatin1String("primary_instrument")) {
            broken.setValue(key, QStringLiteral("phq9"));
        } else {
            broken.setValue(key, QStringLiteral("-1"));
        }
        CAPTURE(key);
        CHECK(errorFields(broken.validate()) == QStringList {key});
    }
}
