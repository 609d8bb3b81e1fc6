#include "ReferralText.h"

#include <QCoreApplication>

namespace hearth::ui {

QString referralStatusLabel(ReferralStatus status)
{
    switch (status) {
    case ReferralStatus::Draft:
        return QCoreApplication::translate("Referrals", "Draft");
    case ReferralStatus::Sent:
        return QCoreApplication::translate("Referrals", "Sent");
    case ReferralStatus::Accepted:
        return QCoreApplication::translate("Referrals", "Accepted");
    case ReferralStatus::Declined:
        return QCoreApplication::translate("Referrals", "Declined");
    case ReferralStatus::NoResponse:
        return QCoreApplication::translate("Referrals", "No response");
    case ReferralStatus::Attending:
        return QCoreApplication::translate("Referrals", "Attending");
    case ReferralStatus::Completed:
        return QCoreApplication::translate("Referrals", "Completed");
    case ReferralStatus::StoppedAttending:
        return QCoreApplication::translate("Referrals", "Stopped attending");
    case ReferralStatus::Withdrawn:
        return QCoreApplication::translate("Referrals", "Withdrawn");
    }
    return {};
}

QString referralTransitionLabel(ReferralStatus to)
{
    switch (to) {
    case ReferralStatus::Sent:
        return QCoreApplication::translate("Referrals", "Mark &sent");
    case ReferralStatus::Accepted:
        return QCoreApplication::translate("Referrals", "Mark &accepted");
    case ReferralStatus::Declined:
        return QCoreApplication::translate("Referrals", "Mark &declined");
    case ReferralStatus::NoResponse:
        return QCoreApplication::translate("Referrals", "Mark &no response");
    case ReferralStatus::Attending:
        return QCoreApplication::translate("Referrals", "Mark a&ttending");
    case ReferralStatus::Completed:
        return QCoreApplication::translate("Referrals", "Mark &completed");
    case ReferralStatus::StoppedAttending:
        return QCoreApplication::translate("Referrals", "Mark sto&pped attending");
    case ReferralStatus::Withdrawn:
        return QCoreApplication::translate("Referrals", "&Withdraw");
    case ReferralStatus::Draft:
        break;
    }
    return referralStatusLabel(to);
}

} // namespace hearth::ui
