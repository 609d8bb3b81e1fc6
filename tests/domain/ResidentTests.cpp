#include "Resident.h"

#include "DomainTestHelpers.h"

#include <functional>

using hearth::Resident;
using hearth::test::errorFields;
using hearth::test::idFor;
using hearth::test::today;

namespace {

// A resident with every field filled in and valid on today() (2026-11-22).
Resident fullResident()
{
    Resident r;
    r.id = idFor(1);
    r.givenName = QStringLiteral("Margaret");
    r.familyName = QStringLiteral("Okafor");
    r.preferredName = QStringLiteral("Peggy");
    r.dateOfBirth = QDate(1948, 3, 14);
    r.sex = QStringLiteral("female");
    r.genderSameAsSex = QStringLiteral("yes");
    r.ethnicGroup = QStringLiteral("black_african");
    r.longTermCondition = QStringLiteral("yes");
    r.activityLimitation = QStringLiteral("a_little");
    r.addressLine1 = QStringLiteral("12 Station Road");
    r.addressLine2 = QStringLiteral("Flat 3");
    r.town = QStringLiteral("Bromley");
    r.postcode = QStringLiteral("BR1 1AA");
    r.wardCode = QStringLiteral("E05000109");
    r.phone = QStringLiteral("020 8464 3333");
    r.email = QStringLiteral("peggy@example.org");
    r.preferredContact = QStringLiteral("phone");
    r.livesAlone = true;
    r.isCarer = false;
    r.targetGroups = {QStringLiteral("older_people"), QStringLiteral("bereaved")};
    r.barriers = {QStringLiteral("transport"), QStringLiteral("digital_exclusion")};
    r.identifiedOn = QDate(2026, 10, 1);
    r.identifiedBy = QStringLiteral("gp_pcn");
    r.previouslyEngaged = false;
    r.consentToStore = true;
    r.consentToShare = true;
    r.consentDate = QDate(2026, 10, 1);
    r.lawfulBasis = QStringLiteral("consent");
    r.assignedOfficerId = idFor(2);
    r.safeguardingSince = QDate(2026, 10, 5);
    r.status = QStringLiteral("open");
    return r;
}

// Validates a full resident after one change; a rule that names its field reports exactly it.
QStringList fieldsAfter(const std::function<void(Resident&)>& change)
{
    Resident r = fullResident();
    change(r);
    const auto errors = r.validate(today(), hearth::CouncilVocabulary());
    UNSCOPED_INFO(hearth::joinErrors(errors).toStdString());
    return errorFields(errors);
}

const QStringList kGivenName {QStringLiteral("given_name")};

} // namespace

TEST_CASE("A fully filled valid resident has no errors, open or closed", "[resident][validation]")
{
    const Resident r = fullResident();
    CHECK(errorFields(r.validate(today(), hearth::CouncilVocabulary())).isEmpty());

    Resident closed = r;
    closed.status = QStringLiteral("closed");
    closed.closedOn = today();
    closed.closureReason = QStringLiteral("improved");
    CHECK(errorFields(closed.validate(today(), hearth::CouncilVocabulary())).isEmpty());

    // Everything optional left out: a name, a ward and the identified-on date are enough.
    Resident minimal;
    minimal.familyName = QStringLiteral("Okafor");
    minimal.wardCode = QStringLiteral("E05000109");
    minimal.identifiedOn = today();
    CHECK(errorFields(minimal.validate(today(), hearth::CouncilVocabulary())).isEmpty());
}

TEST_CASE("A resident needs a given or a family name", "[resident][validation]")
{
    CHECK(fieldsAfter([](Resident& r) {
              r.givenName.clear();
              r.familyName.clear();
          })
          == kGivenName);
    CHECK(fieldsAfter([](Resident& r) {
              r.givenName = QStringLiteral("  ");
              r.familyName = QStringLiteral("\t");
          })
          == kGivenName);
    CHECK(fieldsAfter([](Resident& r) { r.givenName.clear(); }).isEmpty());
    CHECK(fieldsAfter([](Resident& r) { r.familyName.clear(); }).isEmpty());
}

TEST_CASE("Dates of birth and identification are checked against today and each other", "[resident][validation]")
{
    const QStringList dob {QStringLiteral("date_of_birth")};
    const QStringList identified {QStringLiteral("identified_on")};
    CHECK(
        fieldsAfter([](Resident& r) { r.dateOfBirth = today().addDays(1); })
        == QStringList {QStringLiteral("date_of_birth"), QStringLiteral("identified_on")}); // also after identified_on
    CHECK(fieldsAfter([](Resident& r) {
              r.dateOfBirth = today().addDays(1);
              r.identifiedOn = QDate();
          })
          == QStringList {QStringLiteral("date_of_birth"), QStringLiteral("identified_on")});
    CHECK(fieldsAfter([](Resident& r) { r.dateOfBirth = QDate(1899, 12, 31); }) == dob);
    CHECK(fieldsAfter([](Resident& r) {
              r.dateOfBirth = today();
              r.identifiedOn = today();
          }).isEmpty());

    CHECK(fieldsAfter([](Resident& r) { r.identifiedOn = today().addDays(1); }) == identified);
    CHECK(fieldsAfter([](Resident& r) { r.identifiedOn = r.dateOfBirth.addDays(-1); }) == identified);
    CHECK(fieldsAfter([](Resident& r) { r.identifiedOn = QDate(); }) == identified);
    CHECK(fieldsAfter([](Resident& r) { r.identifiedOn = today(); }).isEmpty());
}

TEST_CASE("Postcode, phone and email must look like what they are", "[resident][validation]")
{
    for (const char* bad : {"BR1", "12345", "BR1 1A", "BR1 1AAA", "BR11 1AAA", "1BR 1AA", "BR1-1AA", "not known"}) {
        CAPTURE(bad);
        CHECK(fieldsAfter([bad](Resident& r) { r.postcode = QString::fromLatin1(bad); })
              == QStringList {QStringLiteral("postcode")});
    }
    for (const char* good : {"br1 1aa", "BR11AA", "M1 1AE", "SW1A 1AA", "ec1a1bb", " B33 8TH "}) {
        CAPTURE(good);
        CHECK(fieldsAfter([good](Resident& r) { r.postcode = QString::fromLatin1(good); }).isEmpty());
    }

    for (const char* bad : {"123", "07700 9001", "0770090012a", "ring after 6", "+44 7700 900123 ext 4 5678",
                            "0123456789012345678", "07700 900123\n"}) {
        CAPTURE(bad);
        CHECK(fieldsAfter([bad](Resident& r) { r.phone = QString::fromLatin1(bad); })
              == QStringList {QStringLiteral("phone")});
    }
    for (const char* good : {"07700 900123", "+44 7700 900123", "(020) 8464-3333", "01632960001"}) {
        CAPTURE(good);
        CHECK(fieldsAfter([good](Resident& r) { r.phone = QString::fromLatin1(good); }).isEmpty());
    }

    for (const char* bad : {"peggy", "peggy@", "@example.org", "peggy@example", "peggy smith@example.org",
                            "peggy@@example.org", "peggy@example.org\n"}) {
        CAPTURE(bad);
        CHECK(fieldsAfter([bad](Resident& r) { r.email = QString::fromLatin1(bad); })
              == QStringList {QStringLiteral("email")});
    }
    CHECK(fieldsAfter([](Resident& r) { r.email = QStringLiteral("p.okafor+hearth@mail.example.co.uk"); }).isEmpty());
}

TEST_CASE("A ward is required", "[resident][validation]")
{
    CHECK(fieldsAfter([](Resident& r) { r.wardCode.clear(); }) == QStringList {QStringLiteral("ward")});
}

TEST_CASE("An unknown code in any coded field is refused and names the field", "[resident][validation]")
{
    struct Case
    {
        const char* field;
        std::function<void(Resident&)> change;
    };
    const QString bad = QStringLiteral("not_a_code");
    const Case cases[] = {
        {"sex", [&](Resident& r) { r.sex = bad; }},
        {"sex", [&](Resident& r) { r.sex = QStringLiteral("Female"); }}, // codes are case-sensitive
        {"gender_same_as_sex", [&](Resident& r) { r.genderSameAsSex = bad; }},
        {"ethnic_group", [&](Resident& r) { r.ethnicGroup = bad; }},
        {"long_term_condition", [&](Resident& r) { r.longTermCondition = bad; }},
        {"activity_limitation", [&](Resident& r) { r.activityLimitation = bad; }},
        {"age_band_estimate", [&](Resident& r) { r.ageBandEstimate = bad; }},
        {"preferred_contact", [&](Resident& r) { r.preferredContact = bad; }},
        {"target_groups", [&](Resident& r) { r.targetGroups.append(bad); }},
        {"barriers", [&](Resident& r) { r.barriers.append(bad); }},
        {"identified_by", [&](Resident& r) { r.identifiedBy = bad; }},
        {"lawful_basis", [&](Resident& r) { r.lawfulBasis = bad; }},
        {"status", [&](Resident& r) { r.status = QStringLiteral("Open"); }},
        {"assigned_officer", [&](Resident& r) { r.assignedOfficerId = QStringLiteral("officer-1"); }},
        {"id", [&](Resident& r) { r.id = QStringLiteral("42"); }},
    };
    for (const auto& c : cases) {
        CAPTURE(c.field);
        CHECK(fieldsAfter(c.change) == QStringList {QString::fromLatin1(c.field)});
    }
}

TEST_CASE("A target group or barrier listed twice is refused", "[resident][validation]")
{
    CHECK(fieldsAfter([](Resident& r) { r.targetGroups.append(QStringLiteral("older_people")); })
          == QStringList {QStringLiteral("target_groups")});
    CHECK(fieldsAfter([](Resident& r) { r.barriers.append(QStringLiteral("transport")); })
          == QStringList {QStringLiteral("barriers")});
}

TEST_CASE("Consent needs a date, not in the future", "[resident][validation]")
{
    const QStringList consentDate {QStringLiteral("consent_date")};
    CHECK(fieldsAfter([](Resident& r) { r.consentDate = QDate(); }) == consentDate);
    CHECK(fieldsAfter([](Resident& r) {
              r.consentToShare = false;
              r.consentDate = QDate();
          })
          == consentDate);
    CHECK(fieldsAfter([](Resident& r) {
              r.consentToStore = false;
              r.consentToShare = false;
              r.consentDate = QDate();
          }).isEmpty());
    CHECK(fieldsAfter([](Resident& r) {
              r.consentToStore = false; // consent to share alone still needs its date
              r.lawfulBasis = QStringLiteral("public_task");
              r.consentDate = QDate();
          })
          == consentDate);
    CHECK(fieldsAfter([](Resident& r) { r.consentDate = today().addDays(1); }) == consentDate);
    CHECK(fieldsAfter([](Resident& r) { r.consentToStore = false; })
          == QStringList {QStringLiteral("consent_to_share")});
}

TEST_CASE("A closed case needs its closing date and reason, an open one has neither", "[resident][validation]")
{
    const auto closed = [](Resident& r) {
        r.status = QStringLiteral("closed");
        r.closedOn = QDate(2026, 11, 1);
        r.closureReason = QStringLiteral("moved_away");
    };
    CHECK(fieldsAfter(closed).isEmpty());
    CHECK(fieldsAfter([&](Resident& r) {
              closed(r);
              r.closedOn = QDate();
          })
          == QStringList {QStringLiteral("closed_on")});
    CHECK(fieldsAfter([&](Resident& r) {
              closed(r);
              r.closureReason.clear();
          })
          == QStringList {QStringLiteral("closure_reason")});
    CHECK(fieldsAfter([&](Resident& r) {
              closed(r);
              r.closureReason = QStringLiteral("bored");
          })
          == QStringList {QStringLiteral("closure_reason")});
    CHECK(fieldsAfter([&](Resident& r) {
              closed(r);
              r.closedOn = r.identifiedOn.addDays(-1);
          })
          == QStringList {QStringLiteral("closed_on")});
    CHECK(fieldsAfter([&](Resident& r) {
              closed(r);
              r.closedOn = r.identifiedOn; // closed the day they were identified
          }).isEmpty());
    CHECK(fieldsAfter([&](Resident& r) {
              closed(r);
              r.closedOn = today().addDays(1);
          })
          == QStringList {QStringLiteral("closed_on")});

    CHECK(fieldsAfter([](Resident& r) { r.closedOn = QDate(2026, 11, 1); })
          == QStringList {QStringLiteral("closed_on")});
    CHECK(fieldsAfter([](Resident& r) { r.closureReason = QStringLiteral("improved"); })
          == QStringList {QStringLiteral("closed_on")});
}

TEST_CASE("Gender identity is recorded only when gender is not the same as sex", "[resident][validation]")
{
    const QStringList genderIdentity {QStringLiteral("gender_identity")};
    for (const char* answer : {"yes", "prefer_not_to_say", ""}) {
        CAPTURE(answer);
        CHECK(fieldsAfter([answer](Resident& r) {
                  r.genderSameAsSex = QString::fromLatin1(answer);
                  r.genderIdentity = QStringLiteral("Non-binary");
              })
              == genderIdentity);
    }
    CHECK(fieldsAfter([](Resident& r) {
              r.genderSameAsSex = QStringLiteral("no");
              r.genderIdentity = QStringLiteral("Non-binary");
          }).isEmpty());
}

TEST_CASE("Risk flags cannot be raised in the future", "[resident][validation]")
{
    CHECK(fieldsAfter([](Resident& r) { r.crisisSince = today().addDays(1); })
          == QStringList {QStringLiteral("crisis_since")});
    CHECK(fieldsAfter([](Resident& r) { r.safeguardingSince = today().addDays(1); })
          == QStringList {QStringLiteral("safeguarding_since")});
    Resident r = fullResident();
    CHECK(r.hasRiskFlag());
    r.safeguardingSince = QDate();
    CHECK_FALSE(r.hasRiskFlag());
}

TEST_CASE("Names longer than the limit are refused", "[resident][validation]")
{
    CHECK(fieldsAfter([](Resident& r) { r.givenName = QString(101, QLatin1Char('a')); }) == kGivenName);
    CHECK(fieldsAfter([](Resident& r) { r.givenName = QString(100, QLatin1Char('a')); }).isEmpty());
    CHECK(fieldsAfter([](Resident& r) { r.familyName = QString(101, QLatin1Char('a')); })
          == QStringList {QStringLiteral("family_name")});
}

TEST_CASE("The display name prefers the preferred name", "[resident]")
{
    Resident r = fullResident();
    CHECK(r.displayName() == QStringLiteral("Peggy Okafor"));
    r.preferredName.clear();
    CHECK(r.displayName() == QStringLiteral("Margaret Okafor"));
    r.familyName.clear();
    CHECK(r.displayName() == QStringLiteral("Margaret"));
    r.givenName.clear();
    r.familyName = QStringLiteral("Okafor");
    CHECK(r.displayName() == QStringLiteral("Okafor"));
}

TEST_CASE("Postcodes are normalised to upper case with one space before the inward code", "[resident][postcode]")
{
    CHECK(hearth::normalisePostcode(QStringLiteral("sw1a1aa")) == QStringLiteral("SW1A 1AA"));
    CHECK(hearth::normalisePostcode(QStringLiteral(" SW1A 1AA ")) == QStringLiteral("SW1A 1AA"));
    CHECK(hearth::normalisePostcode(QStringLiteral("ec1a 1bb")) == QStringLiteral("EC1A 1BB"));
    CHECK(hearth::normalisePostcode(QStringLiteral("m11ae")) == QStringLiteral("M1 1AE"));
    CHECK(hearth::normalisePostcode(QStringLiteral("SW1A  1AA")) == QStringLiteral("SW1A 1AA"));
    // Pasted from a spreadsheet or a web page: a trailing newline, a tab, a non-breaking space.
    CHECK(hearth::normalisePostcode(QStringLiteral("sw1a1aa\n")) == QStringLiteral("SW1A 1AA"));
    CHECK(hearth::normalisePostcode(QStringLiteral("\tSW1A1AA")) == QStringLiteral("SW1A 1AA"));
    CHECK(hearth::normalisePostcode(QStringLiteral("SW1A\u00A01AA")) == QStringLiteral("SW1A 1AA"));
    CHECK(hearth::isUkPostcode(QStringLiteral("SW1A\u00A01AA")));
    CHECK(hearth::normalisePostcode(QStringLiteral(" not a postcode ")) == QStringLiteral("NOT A POSTCODE"));
    CHECK(hearth::normalisePostcode(QString()).isEmpty());

    for (const char* good :
         {"SW1A 1AA", "sw1a1aa", "EC1A 1BB", "W1A 0AX", "M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT"}) {
        CAPTURE(good);
        CHECK(hearth::isUkPostcode(QString::fromLatin1(good)));
    }
    for (const char* bad : {"", "SW1A", "SW1A 1A", "SW1A 1AAA", "SWA1 1AA", "1SW 1AA", "SW1A 1A1", "SW1A-1AA",
                            "ABC1 1AA", "SW1A 11A", "12345"}) {
        CAPTURE(bad);
        CHECK_FALSE(hearth::isUkPostcode(QString::fromLatin1(bad)));
    }
}
