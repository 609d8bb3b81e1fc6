#pragma once

#include "Referral.h"

#include <QList>

#include <optional>

namespace hearth::storage {

class Store;

// Referrals and signposts, and the dated history of every transition with the officer who made
// it. The state machine is the domain's (canTransition): an illegal transition is refused with
// the current and requested states named, and nothing changes. Audited with ids and states only.
class ReferralRepository
{
public:
    explicit ReferralRepository(Store& store)
        : m_store(store)
    {
    }

    // Creates a referral in draft (the first history entry), or, with `sendNow`, in draft and
    // at once sent on the same date (two entries). The resident must be on the register (open)
    // and the service live. The officer defaults to the acting one.
    Referral add(Referral referral, bool sendNow = false);
    // Moves a referral to `to` on `on` (not in the future, not before its latest transition).
    // `outcome`, when given, is recorded on the referral.
    Referral transition(const QString& id, ReferralStatus to, const QDate& on, const QString& note = {},
                        const QString& outcome = {});

    std::optional<Referral> find(const QString& id);
    Referral require(const QString& id);
    // Oldest first.
    QList<ReferralEvent> history(const QString& referralId);

    struct Query
    {
        std::optional<ReferralStatus> status;
        bool openOnly = true;
        QString residentId;
    };
    struct Row
    {
        Referral referral;
        QString serviceName;
        int ageDays = 0;
        bool noResponse = false; // sent and unanswered for the council's noResponseDays or more
    };
    // Ordered by status (state-machine order), then oldest first.
    QList<Row> list(const Query& query, const QDate& today);

private:
    ReferralEvent appendEvent(const Referral& referral, std::optional<ReferralStatus> from, const QDate& on,
                              const QString& note);

    Store& m_store;
};

} // namespace hearth::storage
