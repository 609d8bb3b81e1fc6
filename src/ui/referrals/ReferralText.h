#pragma once

#include "Referral.h"

#include <QString>

namespace hearth::ui {

// How the referral pages name a state ("No response") and the button that moves a referral to it
// ("Mark accepted").
QString referralStatusLabel(ReferralStatus status);
QString referralTransitionLabel(ReferralStatus to);

} // namespace hearth::ui
