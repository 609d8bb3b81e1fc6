#include "CouncilVocabulary.h"
#include "Resident.h"

#include "DomainTestHelpers.h"

using hearth::CouncilTermList;
using hearth::CouncilVocabulary;
using hearth::Resident;
using hearth::test::errorFields;
using hearth::test::today;

namespace {

Resident residentWith(QStringList targetGroups, QStringList barriers = {})
{
    Resident r;
    r.givenName = QStringLiteral("Test");
    r.familyName = QStringLiteral("Person");
    r.wardCode = QStringLiteral("E05000001");
    r.identifiedOn = today();
    r.targetGroups = std::move(targetGroups);
    r.barriers = std::move(barriers);
    return r;
}

} // namespace

TEST_CASE("A council vocabulary starts as Hearth's built-in target groups and barriers", "[vocabulary]")
{
    const CouncilVocabulary vocabulary;
    CHECK(vocabulary.targetGroups().activeCodes() == hearth::vocab::targetGroups().codes());
    CHECK(vocabulary.barriers().activeCodes() == hearth::vocab::barriers().codes());
    CHECK(vocabulary.targetGroups().label(QStringLiteral("care_leaver")) == QStringLiteral("Care leaver"));
    CHECK(vocabulary.storedValues().isEmpty());
}

TEST_CASE("Adding a term makes its code from the label, or takes the code given", "[vocabulary]")
{
    CouncilVocabulary vocabulary;
    auto& groups = vocabulary.targetGroups();
    QString code;
    REQUIRE(groups.add(QStringLiteral("  Refugees & asylum seekers "), {}, &code).isEmpty());
    CHECK(code == QStringLiteral("refugees_asylum_seekers"));
    CHECK(groups.label(code) == QStringLiteral("Refugees & asylum seekers"));
    CHECK(groups.isActive(code));
    CHECK(groups.activeCodes().last() == code);

    REQUIRE(groups.add(QStringLiteral("Gypsy, Roma and Traveller"), QStringLiteral("grt")).isEmpty());
    CHECK(groups.contains(QStringLiteral("grt")));
    // Accented letters lose their accents in the code.
    REQUIRE(groups.add(QStringLiteral("Pobl hŷn"), {}, &code).isEmpty());
    CHECK(code == QStringLiteral("pobl_hyn"));
    // The same code made twice gets a number.
    REQUIRE(groups.add(QStringLiteral("Pobl hyn!"), {}, &code).isEmpty());
    CHECK(code == QStringLiteral("pobl_hyn_2"));
}

TEST_CASE("Adding a term refuses an empty, long or duplicate label and a bad or taken code", "[vocabulary]")
{
    CouncilVocabulary vocabulary;
    auto& barriers = vocabulary.barriers();
    CHECK(barriers.add(QStringLiteral("   ")) == QStringLiteral("a barrier needs a label"));
    CHECK(barriers.add(QString(61, QLatin1Char('x'))) == QStringLiteral("a barrier label has at most 60 characters"));
    CHECK(barriers.add(QString(60, QLatin1Char('x'))).isEmpty());
    CHECK(barriers.add(QStringLiteral("transport")) == QStringLiteral("there is already a barrier called 'Transport'"));
    CHECK(barriers.add(QStringLiteral("Stairs"), QStringLiteral("Bad Code"))
              .startsWith(QStringLiteral("'Bad Code' is not a code")));
    CHECK(barriers.add(QStringLiteral("Stairs"), QStringLiteral("cost"))
          == QStringLiteral("there is already a barrier with the code 'cost'"));
    CHECK(barriers.add(QStringLiteral("!!!")).startsWith(QStringLiteral("no code can be made from '!!!'")));
    CHECK(barriers.terms().size() == hearth::vocab::barriers().terms().size() + 1);
}

TEST_CASE("Only added terms are renamed, and any term is retired and restored", "[vocabulary]")
{
    CouncilVocabulary vocabulary;
    auto& groups = vocabulary.targetGroups();
    QString code;
    REQUIRE(groups.add(QStringLiteral("Refugees"), {}, &code).isEmpty());
    CHECK(groups.rename(code, QStringLiteral("Refugees and asylum seekers")).isEmpty());
    CHECK(groups.label(code) == QStringLiteral("Refugees and asylum seekers"));
    CHECK(groups.rename(code, QStringLiteral("Carer"))
          == QStringLiteral("there is already a target group called 'Carer'"));
    CHECK_FALSE(groups.rename(QStringLiteral("carer"), QStringLiteral("Unpaid carer")).isEmpty());
    CHECK(groups.rename(QStringLiteral("nope"), QStringLiteral("X")) == QStringLiteral("'nope' is not a target group"));

    REQUIRE(groups.setRetired(QStringLiteral("veteran"), true).isEmpty());
    CHECK_FALSE(groups.isActive(QStringLiteral("veteran")));
    CHECK(groups.contains(QStringLiteral("veteran")));
    CHECK_FALSE(groups.activeCodes().contains(QStringLiteral("veteran")));
    CHECK(groups.setRetired(QStringLiteral("veteran"), false).isEmpty());
    CHECK(groups.isActive(QStringLiteral("veteran")));
}

TEST_CASE("A resident validates against the council's vocabulary, and a retired term still validates", "[vocabulary]")
{
    CouncilVocabulary vocabulary;
    REQUIRE(vocabulary.targetGroups().add(QStringLiteral("Refugees")).isEmpty());
    REQUIRE(vocabulary.barriers().add(QStringLiteral("No lift"), QStringLiteral("no_lift")).isEmpty());
    const Resident r = residentWith({QStringLiteral("refugees"), QStringLiteral("carer")}, {QStringLiteral("no_lift")});
    CHECK(errorFields(r.validate(today(), vocabulary)).isEmpty());
    // Hearth's built-in list alone does not know the added terms.
    CHECK(errorFields(r.validate(today(), CouncilVocabulary()))
          == QStringList {QStringLiteral("target_groups"), QStringLiteral("barriers")});

    REQUIRE(vocabulary.targetGroups().setRetired(QStringLiteral("refugees"), true).isEmpty());
    CHECK(errorFields(r.validate(today(), vocabulary)).isEmpty());
    CHECK(vocabulary.targetGroups()
              .retiredAmong(r.targetGroups)
              .startsWith(QStringLiteral("'refugees' is a retired target group")));
    CHECK(vocabulary.targetGroups().retiredAmong(r.targetGroups, r.targetGroups).isEmpty());

    // An unknown code names the active list.
    const auto errors = residentWith({QStringLiteral("pirates")}).validate(today(), vocabulary);
    REQUIRE(errors.size() == 1);
    CHECK(errors.first().message.startsWith(QStringLiteral("'pirates' is not one of: older_people, care_leaver")));
    CHECK_FALSE(errors.first().message.contains(QStringLiteral("refugees")));
}

TEST_CASE("A council vocabulary survives being stored as settings rows, in any order", "[vocabulary]")
{
    CouncilVocabulary vocabulary;
    REQUIRE(vocabulary.targetGroups().add(QStringLiteral("Refugees")).isEmpty());
    REQUIRE(vocabulary.targetGroups().setRetired(QStringLiteral("veteran"), true).isEmpty());
    REQUIRE(vocabulary.barriers().add(QStringLiteral("No lift")).isEmpty());
    REQUIRE(vocabulary.barriers().setRetired(QStringLiteral("no_lift"), true).isEmpty());
    const auto rows = vocabulary.storedValues();
    CHECK(rows.size() == 3);
    for (const auto& [key, value] : rows) {
        CHECK(CouncilVocabulary::isStoredKey(key));
    }
    CouncilVocabulary read;
    for (auto it = rows.crbegin(); it != rows.crend(); ++it) {
        CHECK(read.applyStoredValue(it->first, it->second).isEmpty());
    }
    CHECK(read == vocabulary);

    CHECK_FALSE(read.applyStoredValue(QStringLiteral("vocabulary.pets.cat"), QStringLiteral("{}")).isEmpty());
    CHECK_FALSE(read.applyStoredValue(QStringLiteral("vocabulary.barriers.x"), QStringLiteral("not json")).isEmpty());
    CHECK_FALSE(CouncilVocabulary::isStoredKey(QStringLiteral("council_name")));
}
