#pragma once

#include "AuditEvent.h"
#include "Contact.h"
#include "Measurement.h"
#include "Referral.h"
#include "Resident.h"
#include "measures/Instrument.h"

#include <QHash>
#include <QList>

namespace hearth::storage {

class Store;

// Everything this database holds on one resident, for a subject access request (UK GDPR art. 15):
// the record, every contact (corrections and soft-deleted ones too), every measurement with its
// scores, every referral with its history, and the audit trail of who viewed or changed any of
// it. Reading it is not audited by itself: the export that uses it is (reports::SubjectAccess).
struct SubjectAccessFacts
{
    Resident resident;
    QString wardName;
    QList<Contact> contacts; // oldest first
    struct MeasurementFacts
    {
        Measurement measurement;
        measures::Scores scores;
    };
    QList<MeasurementFacts> measurements; // oldest first
    struct ReferralFacts
    {
        Referral referral;
        QString serviceName;
        QList<ReferralEvent> history; // oldest first
    };
    QList<ReferralFacts> referrals; // oldest first
    QList<AuditEvent> audit; // oldest first
    QHash<QString, QString> officerNames; // every officer id above -> display name
    QString councilName;
    QDateTime producedAt;
    QString producedBy; // officer id
};

// Throws storage::Error (NotFound) for an unknown resident.
SubjectAccessFacts readSubjectAccess(Store& store, const QString& residentId);

} // namespace hearth::storage
