#pragma once

#include "CouncilVocabulary.h"
#include "RowMeta.h"
#include "Validation.h"

#include <QDate>
#include <QStringList>

#include <optional>

namespace hearth {

// A resident identified as isolated or lonely, and their case. Coded fields hold vocabulary
// codes (see Vocabulary.h); empty means "not recorded".
struct Resident
{
    QString id;

    QString givenName;
    QString familyName;
    QString preferredName;
    QDate dateOfBirth;
    QString ageBandEstimate; // when the date of birth is unknown: vocab::ageBandEstimates

    // 2021 Census and GSS harmonised questions.
    QString sex;
    QString genderSameAsSex;
    QString genderIdentity; // free text, only when gender_same_as_sex is "no"
    QString ethnicGroup;
    QString longTermCondition; // vocab::yesNoPreferNot
    QString activityLimitation; // vocab::activityLimitation

    QString addressLine1;
    QString addressLine2;
    QString town;
    QString postcode;
    QString wardCode;
    QString phone;
    QString email;
    QString preferredContact;

    std::optional<bool> livesAlone;
    std::optional<bool> isCarer;

    QStringList targetGroups;
    QStringList barriers;

    QDate identifiedOn;
    QString identifiedBy;
    std::optional<bool> previouslyEngaged;

    bool consentToStore = false;
    bool consentToShare = false;
    QDate consentDate;
    QString lawfulBasis;

    QString assignedOfficerId;

    QDate crisisSince; // risk flag: crisis, with the date raised
    QDate safeguardingSince; // risk flag: safeguarding concern, with the date raised

    QString status = QStringLiteral("open"); // open | closed
    QDate closedOn;
    QString closureReason;

    RowMeta meta;

    bool isClosed() const { return status == QLatin1String("closed"); }
    bool hasRiskFlag() const { return crisisSince.isValid() || safeguardingSince.isValid(); }
    // The name to show in lists: preferred (else given) name and family name; never written to logs.
    QString displayName() const;

    // Every rule of the record; `today` bounds dates in the future and `vocabulary` is the
    // council's target groups and barriers (a retired term still validates).
    FieldErrors validate(const QDate& today, const CouncilVocabulary& vocabulary) const;
    bool operator==(const Resident&) const = default;
};

// "sw1a1aa" -> "SW1A 1AA"; anything that is not a UK postcode is returned trimmed and upper-case.
QString normalisePostcode(const QString& postcode);
bool isUkPostcode(const QString& postcode);

} // namespace hearth
