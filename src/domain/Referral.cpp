#include "Referral.h"

#include <QCoreApplication>

#include "AgeBand.h"
#include "Directory.h"
#include "Resident.h"
#include "Vocabulary.h"

#include <algorithm>

#include <array>
#include <utility>

namespace hearth {

namespace {

constexpr std::array<std::pair<ReferralStatus, const char*>, 9> kCodes {{
    {ReferralStatus::Draft, "draft"},
    {ReferralStatus::Sent, "sent"},
    {ReferralStatus::Accepted, "accepted"},
    {ReferralStatus::Declined, "declined"},
    {ReferralStatus::NoResponse, "no_response"},
    {ReferralStatus::Attending, "attending"},
    {ReferralStatus::Completed, "completed"},
    {ReferralStatus::StoppedAttending, "stopped_attending"},
    {ReferralStatus::Withdrawn, "withdrawn"},
}};

} // namespace

QString referralStatusCode(ReferralStatus status)
{
    for (const auto& [value, code] : kCodes) {
        if (value == status) {
            return QString::fromLatin1(code);
        }
    }
    return {};
}

std::optional<ReferralStatus> referralStatusFromCode(const QString& code)
{
    for (const auto& [value, text] : kCodes) {
        if (code == QLatin1String(text)) {
            return value;
        }
    }
    return std::nullopt;
}

QList<ReferralStatus> allReferralStatuses()
{
    QList<ReferralStatus> all;
    for (const auto& entry : kCodes) {
        all.append(entry.first);
    }
    return all;
}

bool isOpenReferralStatus(ReferralStatus status)
{
    switch (status) {
    case ReferralStatus::Draft:
    case ReferralStatus::Sent:
    case ReferralStatus::Accepted:
    case ReferralStatus::Attending:
        return true;
    default:
        return false;
    }
}

bool canTransition(ReferralStatus from, ReferralStatus to)
{
    if (to == ReferralStatus::Withdrawn) {
        return isOpenReferralStatus(from);
    }
    switch (from) {
    case ReferralStatus::Draft:
        return to == ReferralStatus::Sent;
    case ReferralStatus::Sent:
        return to == ReferralStatus::Accepted || to == ReferralStatus::Declined || to == ReferralStatus::NoResponse;
    case ReferralStatus::Accepted:
        return to == ReferralStatus::Attending;
    case ReferralStatus::Attending:
        return to == ReferralStatus::Completed || to == ReferralStatus::StoppedAttending;
    default:
        return false;
    }
}

QList<ReferralStatus> allowedTransitions(ReferralStatus from)
{
    QList<ReferralStatus> result;
    for (const auto status : allReferralStatuses()) {
        if (canTransition(from, status)) {
            result.append(status);
        }
    }
    return result;
}

QString transitionRefusal(ReferralStatus from, ReferralStatus to)
{
    if (canTransition(from, to)) {
        return {};
    }
    QStringList allowed;
    for (const auto status : allowedTransitions(from)) {
        allowed.append(referralStatusCode(status));
    }
    return QCoreApplication::translate("hearth::Referral", "cannot go from %1 to %2; from %1 %3")
        .arg(referralStatusCode(from), referralStatusCode(to),
             allowed.isEmpty() ? QCoreApplication::translate("hearth::Referral", "no change is allowed")
                               : QCoreApplication::translate("hearth::Referral", "it can go to: %1")
                                     .arg(allowed.join(QStringLiteral(", "))));
}

int Referral::ageInDays(const QDate& today) const
{
    const QDate from = sentOn.isValid() ? sentOn : createdOn;
    return from.isValid() ? static_cast<int>(from.daysTo(today)) : 0;
}

bool Referral::isAwaitingResponseTooLong(const QDate& today, int days) const
{
    return status == ReferralStatus::Sent && sentOn.isValid() && sentOn.daysTo(today) >= days;
}

namespace {

// The resident's possible ages on `today`: exact from the date of birth, else the estimated band.
std::optional<std::pair<int, int>> ageRange(const Resident& resident, const QDate& today)
{
    if (const auto age = ageOn(resident.dateOfBirth, today)) {
        return std::make_pair(*age, *age);
    }
    const QString& band = resident.ageBandEstimate;
    if (band == QLatin1String("under-16")) {
        return std::make_pair(0, 15);
    }
    if (band.endsWith(QLatin1Char('+'))) {
        return std::make_pair(band.chopped(1).toInt(), 130);
    }
    const QStringList bounds = band.split(QLatin1Char('-'));
    if (bounds.size() == 2) {
        return std::make_pair(bounds.at(0).toInt(), bounds.at(1).toInt());
    }
    return std::nullopt;
}

} // namespace

QList<ServiceSuggestion> suggestServices(const QList<Service>& services, const Resident& resident, const QDate& today)
{
    const auto ages = ageRange(resident, today);
    QList<ServiceSuggestion> result;
    for (const Service& service : services) {
        if (service.status != QLatin1String("active") || service.meta.isDeleted()
            || !service.isRunningDuring(today, today)) {
            continue;
        }
        ServiceSuggestion suggestion;
        suggestion.service = &service;
        if (service.wardsServed.isEmpty()) {
            suggestion.reasons.append(QStringLiteral("council_wide"));
            suggestion.score += 1;
        } else if (!resident.wardCode.isEmpty() && service.wardsServed.contains(resident.wardCode)) {
            suggestion.reasons.append(QStringLiteral("ward"));
            suggestion.score += 2;
        } else {
            continue;
        }
        if (ages) {
            const int low = service.minimumAge.value_or(0);
            const int high = service.maximumAge.value_or(130);
            if (ages->second < low || ages->first > high) {
                continue;
            }
            if (service.minimumAge || service.maximumAge) {
                suggestion.reasons.append(QStringLiteral("age"));
            }
        }
        for (const QString& group : resident.targetGroups) {
            if (service.targetGroups.contains(group)) {
                suggestion.reasons.append(QStringLiteral("target_group:") + group);
                suggestion.score += 3;
            }
        }
        for (const QString& barrier : resident.barriers) {
            bool met = false;
            bool relevant = true;
            if (barrier == QLatin1String("transport")) {
                met = service.transportProvided;
            } else if (barrier == QLatin1String("cost")) {
                met = service.costDescription.trimmed().isEmpty();
            } else if (barrier == QLatin1String("mobility") || barrier == QLatin1String("sensory_impairment")) {
                met = !service.accessibility.trimmed().isEmpty();
            } else {
                relevant = false;
            }
            if (!relevant) {
                continue;
            }
            if (met) {
                suggestion.reasons.append(QStringLiteral("barrier:") + barrier);
                suggestion.score += 4;
            } else {
                suggestion.score -= 2;
            }
        }
        result.append(suggestion);
    }
    std::stable_sort(result.begin(), result.end(),
                     [](const ServiceSuggestion& a, const ServiceSuggestion& b) { return a.score > b.score; });
    return result;
}

FieldErrors Referral::validate(const QDate& today) const
{
    Validator v;
    v.optionalId(QStringLiteral("id"), id);
    v.requireId(QStringLiteral("resident"), residentId);
    v.requireId(QStringLiteral("service"), serviceId);
    v.requireCode(QStringLiteral("kind"), kind, vocab::referralKinds());
    v.requireDate(QStringLiteral("created_on"), createdOn);
    v.notAfter(QStringLiteral("created_on"), createdOn, today, QStringLiteral("today"));
    if (status != ReferralStatus::Draft && !sentOn.isValid() && status != ReferralStatus::Withdrawn) {
        v.fail(QStringLiteral("sent_on"),
               QCoreApplication::translate("hearth::Referral", "is required once a referral has been sent"));
    }
    v.notBefore(QStringLiteral("sent_on"), sentOn, createdOn, QStringLiteral("created_on"));
    v.notAfter(QStringLiteral("sent_on"), sentOn, today, QStringLiteral("today"));
    v.optionalText(QStringLiteral("note"), note, 20000);
    return v.errors();
}

} // namespace hearth
