#include "Referral.h"

#include "Vocabulary.h"

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
        v.fail(QStringLiteral("sent_on"), QStringLiteral("is required once a referral has been sent"));
    }
    v.notBefore(QStringLiteral("sent_on"), sentOn, createdOn, QStringLiteral("created_on"));
    v.notAfter(QStringLiteral("sent_on"), sentOn, today, QStringLiteral("today"));
    v.optionalText(QStringLiteral("note"), note, 20000);
    return v.errors();
}

} // namespace hearth
