#pragma once

#include "RowMeta.h"
#include "Validation.h"

#include <QDate>
#include <QList>
#include <QStringList>

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

struct Resident;
struct Service;

// Why a transition is refused, naming the current and the requested state
// ("cannot go from completed to sent; from completed no change is allowed"); empty when allowed.
QString transitionRefusal(ReferralStatus from, ReferralStatus to);

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
    bool isOpen() const { return isOpenReferralStatus(status); }
    // Days since the referral was sent (or, not yet sent, created), as of `today`.
    int ageInDays(const QDate& today) const;
    // Sent, still waiting for the service to answer, and sent at least `days` days ago.
    bool isAwaitingResponseTooLong(const QDate& today, int days) const;
    bool operator==(const Referral&) const = default;
};

// One service suggested for a resident, best first, with the reasons it fits (codes:
// "ward", "council_wide", "age", "target_group:<code>", "barrier:<code>").
struct ServiceSuggestion
{
    Service const* service = nullptr;
    int score = 0;
    QStringList reasons;
};

// The services a resident could be referred to on `today`: running, not defunct or closed,
// serving the resident's ward (or the whole area), and taking people of the resident's age (from
// the date of birth, else the estimated age band). Ranked by the target groups they share with
// the resident and how they meet the resident's barriers: transport provided for "transport",
// free for "cost", accessibility stated for "mobility" and "sensory_impairment". A service that
// leaves a barrier unmet is still suggested, lower. Ties keep the order given.
QList<ServiceSuggestion> suggestServices(const QList<Service>& services, const Resident& resident, const QDate& today);

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
