#include "AgeBand.h"
#include "Vocabulary.h"

#include "DomainTestHelpers.h"

#include <QRegularExpression>
#include <QSet>

using hearth::Vocabulary;

namespace {

QList<const Vocabulary*> allVocabularies()
{
    using namespace hearth::vocab;
    return {&officerRoles(),    &sex(),
            &genderSameAsSex(), &ethnicGroups(),
            &yesNoPreferNot(),  &activityLimitation(),
            &contactMethods(),  &targetGroups(),
            &barriers(),        &identifiedBy(),
            &lawfulBases(),     &closureReasons(),
            &contactTypes(),    &measurementStages(),
            &serviceStatuses(), &referralKinds(),
            &actionStatuses(),  &auditActions(),
            &ageBandEstimates()};
}

QStringList list(std::initializer_list<const char*> codes)
{
    QStringList result;
    for (const char* code : codes) {
        result.append(QString::fromLatin1(code));
    }
    return result;
}

} // namespace

TEST_CASE("Ethnic group has the 19 Census 2021 categories and prefer not to say", "[vocabulary]")
{
    const auto& groups = hearth::vocab::ethnicGroups();
    CHECK(groups.codes().size() == 20);
    CHECK(groups.codes().constLast() == QStringLiteral("prefer_not_to_say"));
    // Five high-level Census groups: Asian 5, Black 3, Mixed 4, White 5, Other 2.
    const QStringList prefixes = list({"asian_", "black_", "mixed_", "white_", "other_"});
    const int expected[] = {5, 3, 4, 5, 2};
    for (int i = 0; i < prefixes.size(); ++i) {
        CAPTURE(prefixes.at(i));
        CHECK(groups.codes().filter(QRegularExpression(QStringLiteral("^") + prefixes.at(i))).size() == expected[i]);
    }
    CHECK(groups.contains(QStringLiteral("white_roma")));
    CHECK(groups.contains(QStringLiteral("white_gypsy_traveller")));
    CHECK(groups.contains(QStringLiteral("other_arab")));
}

TEST_CASE("Every vocabulary has unique, non-empty codes and labels", "[vocabulary]")
{
    const auto vocabularies = allVocabularies();
    QSet<QString> names;
    for (const Vocabulary* vocabulary : vocabularies) {
        CAPTURE(vocabulary->name());
        CHECK_FALSE(vocabulary->name().isEmpty());
        names.insert(vocabulary->name());
        const QStringList codes = vocabulary->codes();
        CHECK(codes.size() >= 2);
        CHECK(QSet<QString>(codes.begin(), codes.end()).size() == codes.size());
        for (const QString& code : codes) {
            CAPTURE(code);
            CHECK_FALSE(code.isEmpty());
            CHECK(code.trimmed() == code);
            CHECK(vocabulary->contains(code));
            CHECK_FALSE(vocabulary->label(code).isEmpty());
        }
        CHECK_FALSE(vocabulary->contains(QString()));
    }
    CHECK(names.size() == vocabularies.size());
}

TEST_CASE("A label is the code itself when the code is unknown", "[vocabulary]")
{
    const auto& types = hearth::vocab::contactTypes();
    CHECK(types.label(QStringLiteral("visit")) == QStringLiteral("Home visit"));
    CHECK(types.label(QStringLiteral("carrier_pigeon")) == QStringLiteral("carrier_pigeon"));
    CHECK(types.label(QString()).isEmpty());
    CHECK(hearth::vocab::ethnicGroups().label(QStringLiteral("Visit")) == QStringLiteral("Visit"));
    CHECK(hearth::vocab::ageBandEstimates().label(QStringLiteral("16-24")) == QStringLiteral("16–24"));
}

TEST_CASE("Vocabularies hold the answers design.md lists", "[vocabulary]")
{
    using namespace hearth::vocab;
    CHECK(officerRoles().codes() == list({"officer", "manager"}));
    CHECK(contactTypes().codes() == list({"visit", "phone", "video", "office", "message", "group_session"}));
    CHECK(measurementStages().codes() == list({"baseline", "review", "exit"}));
    CHECK(referralKinds().codes() == list({"signpost", "warm"}));
    CHECK(actionStatuses().codes() == list({"not_started", "on_track", "at_risk", "off_track", "complete"}));
    CHECK(closureReasons().codes()
          == list({"improved", "moved_away", "declined", "no_contact", "deceased", "transferred", "other"}));
    CHECK(identifiedBy().codes()
          == list({"officer", "ward_councillor", "gp_pcn", "social_prescriber", "vcf_partner", "family_friend", "self",
                   "other"}));
    for (const char* action : {"view", "create", "update", "delete", "export", "import", "purge"}) {
        CAPTURE(action);
        CHECK(auditActions().contains(QString::fromLatin1(action)));
    }
    for (const char* group : {"older_people", "care_leaver", "first_time_parent", "young_adult", "carer", "disabled",
                              "bereaved", "long_term_condition"}) {
        CAPTURE(group);
        CHECK(targetGroups().contains(QString::fromLatin1(group)));
    }
    for (const char* barrier : {"transport", "digital_exclusion", "mobility", "cost", "language", "confidence"}) {
        CAPTURE(barrier);
        CHECK(barriers().contains(QString::fromLatin1(barrier)));
    }
    // ORUK 3.0 service statuses, spelled as the standard spells them.
    CHECK(serviceStatuses().codes() == list({"active", "inactive", "defunct", "temporarily closed"}));
}

TEST_CASE("Age band estimates are the known age bands", "[vocabulary][ageband]")
{
    // An estimate is recorded when the date of birth is unknown, so every band but "unknown".
    QStringList bands = hearth::ageBandCodes();
    bands.removeAll(QStringLiteral("unknown"));
    CHECK(hearth::vocab::ageBandEstimates().codes() == bands);
}
