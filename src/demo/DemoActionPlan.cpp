#include "DemoActionPlan.h"

#include "ActionPlan.h"
#include "DemoRandom.h"
#include "Ids.h"
#include "Tables.h"

#include <QDateTime>

#include <algorithm>
#include <span>

namespace hearth::demo {

namespace {

// Random streams of this step (DemoRandom::stream), far from DemoGenerator.cpp's and
// DemoMeasurements.cpp's numbers.
constexpr std::uint64_t kPlanStep = 201;
constexpr std::uint64_t kPlanIdStep = 202;

struct ItemSeed
{
    const char* title;
    const char* description;
    int lead; // index into the officers; -1: the manager
    const char* partner;
    int startMonth; // months after the strategy's start
    int dueMonth;
    const char* status; // as of today; "not_started" items have no updates
    int percent;
    int quietWeeks; // weeks between the latest update and today (for complete: before the due date)
    const char* latest; // the latest update's commentary
};

struct PrioritySeed
{
    const char* title;
    const char* description;
    std::span<const ItemSeed> items;
};

constexpr ItemSeed kAwareness[] = {
    {"Run Loneliness Awareness Week with partners each June",
     "A borough-wide campaign with events in every town, led with the voluntary sector.", 0, "Hearthdale CVS", 0, 14,
     "complete", 100, 3,
     "Second campaign delivered: 46 events, 1,900 people reached; evaluation shared with partners."},
    {"Put 'Let's talk about loneliness' information in GP surgeries, pharmacies and libraries",
     "Leaflets and screens that say where to turn, in the borough's main community languages.", 1,
     "NHS Hearthdale and District ICB", 3, 12, "complete", 100, 2,
     "In all 31 surgeries, 18 pharmacies and 9 libraries; Polish, Urdu and Romanian versions printed."},
    {"Recruit and support 50 community Loneliness Champions",
     "Volunteers in shops, faith groups and clubs who notice and signpost.", 2, "Age UK Hearthdale", 6, 21, "at_risk",
     60, 3, "31 champions recruited; rural wards under-represented. Recruitment drive with parish councils planned."},
    {"Add loneliness questions to the residents' survey",
     "The ONS direct measure, so that the borough can track prevalence by ward.", -1, "", 15, 26, "on_track", 30, 4,
     "ONS question agreed with the insight team; survey goes out in the spring."},
};

constexpr ItemSeed kMapping[] = {
    {"Map every befriending, social group and activity service in the borough",
     "One list, kept up to date, that officers, GPs and residents can search.", 3, "Hearthdale CVS", 0, 9, "complete",
     100, 5, "Mapping complete: 214 services recorded; the directory is now maintained in Hearth."},
    {"Publish the directory as open data (Open Referral UK)",
     "So that the NHS, the 111 service and partners' websites can reuse it.", 3, "Hearthdale CVS", 6, 15, "off_track",
     55, 5, "Supplier delay on the publishing platform; a new date is needed. Escalated to the Head of Service."},
    {"Analyse gaps by ward and by group: carers, young adults, new arrivals",
     "Where people are lonely and no service reaches them.", 4, "Hearthdale Public Health", 10, 22, "on_track", 45, 11,
     "Ward profiles drafted; waiting for the young adults' survey results."},
    {"Review transport barriers to reaching groups in rural wards",
     "With community transport operators and the bus partnership.", 5, "Hearthdale Community Transport", 22, 30,
     "not_started", 0, 0, ""},
};

constexpr ItemSeed kSocialPrescribing[] = {
    {"Agree a shared referral pathway with the primary care networks",
     "Social prescribing link workers refer into the council's service, and back.", -1,
     "NHS Hearthdale and District ICB", 0, 8, "complete", 100, 6,
     "Pathway signed off by all three PCN clinical directors."},
    {"Place a link worker in each of the three primary care networks",
     "Jointly funded posts that see residents in the surgery.", 0, "NHS Hearthdale and District ICB", 6, 18, "at_risk",
     75, 4, "Two of three posts filled; Kindlewick PCN post re-advertised after no appointment."},
    {"Report referral outcomes back to GPs within four weeks",
     "So that the practice knows what happened to the person it referred.", 1, "NHS Hearthdale and District ICB", 12,
     24, "on_track", 35, 2, "Outcome letter template agreed; pilot running in Hearthdale PCN."},
    {"Commission an independent evaluation of social prescribing outcomes",
     "Twelve months of UCLA-3 and SWEMWBS results, with residents' own accounts.", -1,
     "NHS Hearthdale and District ICB", 24, 36, "not_started", 0, 0, ""},
};

constexpr ItemSeed kTraining[] = {
    {"Train front-line council staff to spot loneliness (Making Every Contact Count)",
     "A 90-minute module for customer services, libraries and leisure staff.", 6, "Age UK Hearthdale", 3, 15,
     "complete", 100, 2, "312 staff trained; the module is now part of induction."},
    {"Train housing and benefits officers to refer through Hearth",
     "So that a conversation about rent arrears can lead to support.", 5, "Citizens Advice Hearthdale", 9, 20,
     "off_track", 25, 3, "Only two sessions held; team capacity taken by the benefits migration. Recovery plan due."},
    {"Add loneliness to fire service safe and well visits",
     "Crews ask the three UCLA questions and refer with consent.", 4, "Hearthdale Fire and Rescue Service", 14, 24,
     "not_started", 0, 0, ""},
};

constexpr ItemSeed kCommunity[] = {
    {"Run two rounds of small grants for new community groups", "Up to £1,500 for groups that bring people together.",
     2, "Hearthdale CVS", 2, 14, "complete", 100, 4,
     "Round two awarded: 23 groups funded across both rounds, 9 in rural wards."},
    {"Open warm and welcoming spaces in every ward this winter",
     "Libraries, churches and community centres with a warm drink and company.", 6, "Hearthdale Libraries", 18, 24,
     "on_track", 40, 1, "27 spaces signed up, at least one in every ward but Glowmere North."},
    {"Start an intergenerational project with schools and care homes",
     "Pupils and residents meeting weekly for a school year.", 1, "Age UK Hearthdale", 12, 27, "at_risk", 30, 6,
     "Four schools signed up; care home visits paused by an outbreak in October."},
    {"Run digital inclusion drop-ins in libraries", "Help to get online, video-call family and join groups online.", 0,
     "Citizens Advice Hearthdale", 6, 20, "on_track", 80, 2,
     "Weekly drop-ins in six libraries; 410 residents helped, 60% aged over 70."},
};

constexpr PrioritySeed kPriorities[] = {
    {"Raise awareness of loneliness and reduce its stigma",
     "Everyone in Hearthdale knows that loneliness can affect anyone and where to turn.", kAwareness},
    {"Map services and find the gaps", "Know what exists, where, for whom, and what is missing.", kMapping},
    {"Build the social prescribing model", "Health and council services refer into one joined-up offer.",
     kSocialPrescribing},
    {"Train staff to identify loneliness", "Front-line staff notice loneliness and know how to refer.", kTraining},
    {"Grow community opportunities to connect", "More places and groups where people meet.", kCommunity},
};

constexpr const char* kOnTrack[] = {
    "Work under way as planned.",
    "Progress reported to the steering group; on schedule.",
    "Partners engaged; milestones for this quarter met.",
    "Good progress; no issues to escalate.",
};
constexpr const char* kStarted[] = {
    "Project started; scope and milestones agreed with partners.",
    "Kick-off meeting held; lead and partner contacts confirmed.",
};
constexpr const char* kAtRisk[] = {
    "Slipping behind plan; mitigation agreed with the partner.",
    "Capacity pressures in the team; timescale at risk.",
};

QString text(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

template <std::size_t N>
QString pick(DemoRandom& random, const char* const (&items)[N])
{
    return text(items[random.below(static_cast<int>(N))]);
}

RowMeta metaAt(const QDateTime& at, const QString& by, const QString& siteId)
{
    RowMeta meta;
    meta.createdAt = at;
    meta.updatedAt = at;
    meta.updatedBy = by;
    meta.siteId = siteId;
    meta.rowVersion = 1;
    return meta;
}

QDateTime morning(const QDate& date, int minutes)
{
    return QDateTime(date, QTime(9, 0), Qt::UTC).addSecs(60 * qint64(minutes));
}

} // namespace

DemoPlanCounts writeDemoActionPlan(sql::Connection& db, std::uint64_t seed, const QString& siteId, const QDate& today,
                                   const QString& managerId, const QStringList& officerIds)
{
    DemoRandom random = DemoRandom::stream(seed, kPlanStep);
    IdGenerator ids(DemoRandom::stream(seed, kPlanIdStep).next());
    DemoPlanCounts counts;
    const QDate lastDay = today.addDays(-1);

    // A three-year strategy from the April before last (the financial year before this one).
    const int fyStartYear = today.month() >= 4 ? today.year() : today.year() - 1;
    const QDate from(fyStartYear - 1, 4, 1);
    const QDate to = from.addYears(3).addDays(-1);
    const QDateTime setupAt = morning(from.addDays(-21), 0);
    const auto leadId = [&](int lead) {
        return lead < 0 || lead >= officerIds.size() ? managerId : officerIds.at(lead);
    };

    Strategy strategy;
    strategy.id = ids.next(setupAt);
    strategy.title = QStringLiteral("Tackling loneliness together %1–%2").arg(from.year()).arg(to.year());
    strategy.periodFrom = from;
    strategy.periodTo = to;
    strategy.meta = metaAt(setupAt, managerId, siteId);
    storage::insertRow(db, storage::strategyTable(), strategy);
    ++counts.strategies;

    int position = 0;
    int minute = 0;
    for (const auto& prioritySeed : kPriorities) {
        Priority priority;
        priority.id = ids.next(setupAt.addSecs(60 * ++minute));
        priority.strategyId = strategy.id;
        priority.position = ++position;
        priority.title = text(prioritySeed.title);
        priority.description = text(prioritySeed.description);
        priority.meta = metaAt(setupAt.addSecs(60 * minute), managerId, siteId);
        storage::insertRow(db, storage::priorityTable(), priority);
        ++counts.priorities;

        for (const auto& seedItem : prioritySeed.items) {
            ActionItem item;
            item.id = ids.next(setupAt.addSecs(60 * ++minute));
            item.priorityId = priority.id;
            item.title = text(seedItem.title);
            item.description = text(seedItem.description);
            item.leadOfficerId = leadId(seedItem.lead);
            item.partnerOrganisation = text(seedItem.partner);
            item.startOn = from.addMonths(seedItem.startMonth);
            item.dueOn = from.addMonths(seedItem.dueMonth).addDays(-1); // the end of the month before
            item.meta = metaAt(setupAt.addSecs(60 * minute), managerId, siteId);
            // With a `today` early in the strategy, an item not due to start yet has not started.
            const QString finalStatus = item.startOn > lastDay ? QStringLiteral("not_started") : text(seedItem.status);

            // The history: a first report a few weeks after the start, then every six to nine weeks
            // up to the latest, the status drifting to where it stands today.
            QList<ActionUpdate> history;
            if (finalStatus != QLatin1String("not_started")) {
                QDate latestOn = finalStatus == QLatin1String("complete")
                    ? std::min(item.dueOn, lastDay).addDays(-7 * seedItem.quietWeeks)
                    : lastDay.addDays(-7 * seedItem.quietWeeks - random.below(4));
                const QDate firstOn = std::min(item.startOn.addDays(random.between(21, 35)), latestOn);
                latestOn = std::max(latestOn, firstOn);
                QList<QDate> dates {firstOn};
                while (dates.last().daysTo(latestOn) > 63) {
                    dates.append(dates.last().addDays(random.between(42, 63)));
                }
                if (dates.last() != latestOn) {
                    dates.append(latestOn);
                }
                const auto n = dates.size();
                for (qsizetype k = 0; k < n; ++k) {
                    ActionUpdate update;
                    update.itemId = item.id;
                    update.updateOn = dates.at(k);
                    update.officerId = item.leadOfficerId;
                    const bool last = k == n - 1;
                    const bool beforeLast = k == n - 2;
                    if (last) {
                        update.status = finalStatus;
                        update.percentComplete = seedItem.percent;
                        update.commentary = text(seedItem.latest);
                    } else {
                        update.status = QStringLiteral("on_track");
                        if (beforeLast && finalStatus == QLatin1String("off_track")) {
                            update.status = QStringLiteral("at_risk");
                        }
                        const int cap = finalStatus == QLatin1String("complete") ? 90 : seedItem.percent;
                        update.percentComplete =
                            std::min(cap, static_cast<int>(seedItem.percent * (k + 1) / n / 5 * 5));
                        update.commentary = k == 0                      ? pick(random, kStarted)
                            : update.status == QLatin1String("at_risk") ? pick(random, kAtRisk)
                                                                        : pick(random, kOnTrack);
                    }
                    const QDateTime at = morning(update.updateOn, 60 + random.below(420));
                    update.id = ids.next(at);
                    update.meta = metaAt(at, item.leadOfficerId, siteId);
                    history.append(update);
                }
                item.status = history.last().status;
                item.percentComplete = history.last().percentComplete;
            }
            storage::insertRow(db, storage::actionItemTable(), item);
            ++counts.items;
            for (const auto& update : history) {
                storage::insertRow(db, storage::actionUpdateTable(), update);
                ++counts.updates;
            }
        }
    }
    return counts;
}

} // namespace hearth::demo
