#pragma once

#include "RowMeta.h"
#include "Validation.h"

#include <QDate>
#include <QList>

#include <optional>

namespace hearth {

// The referral state machine of design.md:
//   draft -> sent -> accepted | declined | no_response
//   accepted -> attending -> completed | stopped_attending
//   any open state (draft, sent, accepted, attending) -> withdrawn
enum class ReferralStatus {
    Draft,
    Sent,
    Accepted,
    Declined,
    NoResponse,
    Attending,
    Completed,
    StoppedAttending,
    Withdrawn,
};

QString referralStatusCode(ReferralStatus status);
std::optional<ReferralStatus> referralStatusFromCode(const QString& code);
QList<ReferralStatus> allReferralStatuses();
bool isOpenReferralStatus(ReferralStatus status);
bool canTransition(ReferralStatus from, ReferralStatus to);
QList<ReferralStatus> allowedTransitions(ReferralStatus from);

struct Referral
{
    QString id;
    QString residentId;
    QString serviceId;
    QString kind = QStringLiteral("warm"); // vocab::referralKinds
    ReferralStatus status = ReferralStatus::Draft;
    QDate createdOn;
    QDate sentOn; // set by the transition to sent
    QString outcome;
    QString note;
    QString officerId;
    RowMeta meta;

    FieldErrors validate(const QDate& today) const;
    bool operator==(const Referral&) const = default;
};

// One dated transition in a referral's history; never changed once written.
struct ReferralEvent
{
    QString id;
    QString referralId;
    std::optional<ReferralStatus> fromStatus; // nullopt for the creation event
    ReferralStatus toStatus = ReferralStatus::Draft;
    QDate on;
    QString officerId;
    QString note;
    RowMeta meta;
    bool operator==(const ReferralEvent&) const = default;
};

} // namespace hearth
