#include "Resident.h"

#include <QCoreApplication>

#include "Vocabulary.h"

#include <QRegularExpression>

namespace hearth {

QString normalisePostcode(const QString& postcode)
{
    QString compact = postcode.toUpper();
    compact.removeIf([](QChar c) { return c.isSpace(); }); // also tabs, newlines, non-breaking spaces
    if (compact.size() < 5 || compact.size() > 7) {
        return postcode.trimmed().toUpper();
    }
    return compact.left(compact.size() - 3) + QLatin1Char(' ') + compact.right(3);
}

bool isUkPostcode(const QString& postcode)
{
    static const QRegularExpression shape(QStringLiteral("^[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}$"));
    return shape.match(normalisePostcode(postcode)).hasMatch();
}

QString Resident::displayName() const
{
    const QString first = preferredName.isEmpty() ? givenName : preferredName;
    return QStringList {first, familyName}.join(QLatin1Char(' ')).trimmed();
}

FieldErrors Resident::validate(const QDate& today, const CouncilVocabulary& vocabulary) const
{
    Validator v;
    v.optionalId(QStringLiteral("id"), id);

    if (givenName.trimmed().isEmpty() && familyName.trimmed().isEmpty()) {
        v.fail(QStringLiteral("given_name"),
               QCoreApplication::translate("hearth::Resident", "a resident needs a given name or a family name"));
    }
    v.optionalText(QStringLiteral("given_name"), givenName, 100);
    v.optionalText(QStringLiteral("family_name"), familyName, 100);
    v.optionalText(QStringLiteral("preferred_name"), preferredName, 100);

    v.notAfter(QStringLiteral("date_of_birth"), dateOfBirth, today, QStringLiteral("today"));
    if (dateOfBirth.isValid() && dateOfBirth.year() < 1900) {
        v.fail(QStringLiteral("date_of_birth"), QCoreApplication::translate("hearth::Resident", "is before 1900"));
    }
    v.optionalCode(QStringLiteral("age_band_estimate"), ageBandEstimate, vocab::ageBandEstimates());

    v.optionalCode(QStringLiteral("sex"), sex, vocab::sex());
    v.optionalCode(QStringLiteral("gender_same_as_sex"), genderSameAsSex, vocab::genderSameAsSex());
    v.optionalText(QStringLiteral("gender_identity"), genderIdentity, 100);
    if (!genderIdentity.isEmpty() && genderSameAsSex != QLatin1String("no")) {
        v.fail(QStringLiteral("gender_identity"),
               QCoreApplication::translate("hearth::Resident", "is recorded only when gender_same_as_sex is \"no\""));
    }
    v.optionalCode(QStringLiteral("ethnic_group"), ethnicGroup, vocab::ethnicGroups());
    v.optionalCode(QStringLiteral("long_term_condition"), longTermCondition, vocab::yesNoPreferNot());
    v.optionalCode(QStringLiteral("activity_limitation"), activityLimitation, vocab::activityLimitation());

    v.optionalText(QStringLiteral("address_line1"), addressLine1, 200);
    v.optionalText(QStringLiteral("address_line2"), addressLine2, 200);
    v.optionalText(QStringLiteral("town"), town, 100);
    if (!postcode.isEmpty() && !isUkPostcode(postcode)) {
        v.fail(QStringLiteral("postcode"),
               QCoreApplication::translate("hearth::Resident", "'%1' is not a UK postcode").arg(postcode));
    }
    if (wardCode.isEmpty()) {
        v.fail(QStringLiteral("ward"),
               QCoreApplication::translate("hearth::Resident", "is required (an ONS ward code)"));
    }
    if (!phone.isEmpty()) {
        static const QRegularExpression phoneShape(QStringLiteral("^\\+?[0-9 ()\\-]{10,20}\\z"));
        QString digits = phone;
        digits.remove(QRegularExpression(QStringLiteral("[^0-9]")));
        if (!phoneShape.match(phone).hasMatch() || digits.size() < 10 || digits.size() > 15) {
            v.fail(QStringLiteral("phone"),
                   QCoreApplication::translate("hearth::Resident", "'%1' is not a phone number").arg(phone));
        }
    }
    if (!email.isEmpty()) {
        static const QRegularExpression emailShape(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+\\z"));
        if (!emailShape.match(email).hasMatch()) {
            v.fail(QStringLiteral("email"),
                   QCoreApplication::translate("hearth::Resident", "'%1' is not an email address").arg(email));
        }
    }
    v.optionalCode(QStringLiteral("preferred_contact"), preferredContact, vocab::contactMethods());

    v.requireCodes(QStringLiteral("target_groups"), targetGroups, vocabulary.targetGroups());
    v.requireCodes(QStringLiteral("barriers"), barriers, vocabulary.barriers());

    v.requireDate(QStringLiteral("identified_on"), identifiedOn);
    v.notAfter(QStringLiteral("identified_on"), identifiedOn, today, QStringLiteral("today"));
    v.notBefore(QStringLiteral("identified_on"), identifiedOn, dateOfBirth,
                QCoreApplication::translate("hearth::Resident", "the date of birth"));
    v.optionalCode(QStringLiteral("identified_by"), identifiedBy, vocab::identifiedBy());

    if ((consentToStore || consentToShare) && !consentDate.isValid()) {
        v.fail(QStringLiteral("consent_date"),
               QCoreApplication::translate("hearth::Resident", "is required when consent is recorded"));
    }
    v.notAfter(QStringLiteral("consent_date"), consentDate, today, QStringLiteral("today"));
    v.optionalCode(QStringLiteral("lawful_basis"), lawfulBasis, vocab::lawfulBases());
    if (consentToShare && !consentToStore && lawfulBasis == QLatin1String("consent")) {
        v.fail(QStringLiteral("consent_to_share"),
               QCoreApplication::translate("hearth::Resident", "needs consent to store as well"));
    }

    v.optionalId(QStringLiteral("assigned_officer"), assignedOfficerId);
    v.notAfter(QStringLiteral("crisis_since"), crisisSince, today, QStringLiteral("today"));
    v.notAfter(QStringLiteral("safeguarding_since"), safeguardingSince, today, QStringLiteral("today"));

    if (status == QLatin1String("closed")) {
        v.requireDate(QStringLiteral("closed_on"), closedOn);
        v.notBefore(QStringLiteral("closed_on"), closedOn, identifiedOn, QStringLiteral("identified_on"));
        v.notAfter(QStringLiteral("closed_on"), closedOn, today, QStringLiteral("today"));
        v.requireCode(QStringLiteral("closure_reason"), closureReason, vocab::closureReasons());
    } else if (status == QLatin1String("open")) {
        if (closedOn.isValid() || !closureReason.isEmpty()) {
            v.fail(QStringLiteral("closed_on"),
                   QCoreApplication::translate("hearth::Resident", "an open case has no closing date or reason"));
        }
    } else {
        v.fail(QStringLiteral("status"),
               QCoreApplication::translate("hearth::Resident", "'%1' is not one of: open, closed").arg(status));
    }
    return v.errors();
}

} // namespace hearth
