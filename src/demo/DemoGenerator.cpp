#include "DemoGenerator.h"

#include "AgeBand.h"
#include "AuditLog.h"
#include "BulkWrite.h"
#include "DemoActionPlan.h"
#include "DemoData.h"
#include "DemoDirectory.h"
#include "DemoMeasurements.h"
#include "DemoRandom.h"
#include "Ids.h"
#include "Referral.h"
#include "ResidentRepository.h"
#include "Tables.h"

#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <vector>

namespace hearth::demo {

namespace {

using storage::Error;

// One random stream per step (see DemoRandom::stream). Append new steps with new numbers; never
// renumber, or every demo database made before changes.
enum Step : std::uint64_t {
    kSiteStep = 1,
    kOfficerStep = 2,
    kIdentifiedOnStep = 3,
    kResidentStep = 4,
    kContactStep = 5,
    kResidentIdStep = 6,
    kContactIdStep = 7,
    kDirectoryStep = 8,
    kDirectoryIdStep = 9,
    kReferralStep = 10,
    kReferralIdStep = 11,
    kReopenStep = 12,
};

constexpr int kMaxResidents = 2'000'000; // what hearth-cli demo accepts
// 2024-01-01T00:00:00Z: the time inside every demo site id.
constexpr qint64 kDemoSiteMillis = 1'704'067'200'000;

template <class T, std::size_t N>
constexpr std::span<const T> all(const T (&items)[N])
{
    return std::span<const T>(items, N);
}

QString text(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

QString pickText(DemoRandom& random, std::span<const char* const> items)
{
    return text(random.pick(items));
}

// A moment on a date, in UTC; every timestamp of the demo comes from here, never from a clock.
QDateTime at(const QDate& date, int minutesAfterMidnight, int millis)
{
    return QDateTime(date, QTime(0, 0), Qt::UTC).addMSecs(qint64(minutesAfterMidnight) * 60'000 + millis);
}

QString hhmm(int minutesAfterMidnight)
{
    return QStringLiteral("%1:%2")
        .arg(minutesAfterMidnight / 60, 2, 10, QLatin1Char('0'))
        .arg(minutesAfterMidnight % 60, 2, 10, QLatin1Char('0'));
}

bool isWeekend(const QDate& date)
{
    return date.dayOfWeek() >= 6;
}

// ---- people ---------------------------------------------------------------------------------

enum class Culture {
    British,
    Irish,
    European,
    Indian,
    SouthAsianMuslim,
    Chinese,
    OtherAsian,
    African,
    Caribbean,
    Arab,
    Other,
    Mixed
};

struct EthnicSeed
{
    const char* code; // vocab::ethnicGroups
    int weight; // per 10,000 residents in a ward of average diversity
    bool scaled; // varies with the ward's diversity and the resident's age
    Culture culture; // where the resident's names are drawn from
};

// A plausible mix for an English borough (Census 2021 shapes, rounded), all 19 groups present.
constexpr EthnicSeed kEthnicGroups[] = {
    {"white_british", 6800, false, Culture::British},
    {"white_irish", 200, false, Culture::Irish},
    {"white_gypsy_traveller", 30, true, Culture::Irish},
    {"white_roma", 40, true, Culture::European},
    {"white_other", 600, true, Culture::European},
    {"mixed_white_black_caribbean", 120, true, Culture::Mixed},
    {"mixed_white_black_african", 60, true, Culture::Mixed},
    {"mixed_white_asian", 100, true, Culture::Mixed},
    {"mixed_other", 90, true, Culture::Mixed},
    {"asian_indian", 450, true, Culture::Indian},
    {"asian_pakistani", 350, true, Culture::SouthAsianMuslim},
    {"asian_bangladeshi", 120, true, Culture::SouthAsianMuslim},
    {"asian_chinese", 100, true, Culture::Chinese},
    {"asian_other", 150, true, Culture::OtherAsian},
    {"black_african", 300, true, Culture::African},
    {"black_caribbean", 180, true, Culture::Caribbean},
    {"black_other", 60, true, Culture::African},
    {"other_arab", 70, true, Culture::Arab},
    {"other_any", 100, true, Culture::Other},
    {"prefer_not_to_say", 200, false, Culture::British},
};
constexpr int kEthnicCount = static_cast<int>(std::size(kEthnicGroups));

struct NameLists
{
    std::span<const char* const> female;
    std::span<const char* const> male;
    std::span<const char* const> family;
};

NameLists namesOf(Culture culture, int age)
{
    using namespace data;
    const bool older = age >= 55;
    switch (culture) {
    case Culture::Irish:
        return {all(kIrishFemale), all(kIrishMale), all(kIrishFamily)};
    case Culture::European:
        return {all(kEuropeanFemale), all(kEuropeanMale), all(kEuropeanFamily)};
    case Culture::Indian:
        return {all(kIndianFemale), all(kIndianMale), all(kIndianFamily)};
    case Culture::SouthAsianMuslim:
        return {all(kSouthAsianMuslimFemale), all(kSouthAsianMuslimMale), all(kSouthAsianMuslimFamily)};
    case Culture::Chinese:
        return {all(kChineseFemale), all(kChineseMale), all(kChineseFamily)};
    case Culture::OtherAsian:
        return {all(kOtherAsianFemale), all(kOtherAsianMale), all(kOtherAsianFamily)};
    case Culture::African:
        return {all(kAfricanFemale), all(kAfricanMale), all(kAfricanFamily)};
    case Culture::Caribbean:
        if (older) {
            return {all(kCaribbeanOlderFemale), all(kCaribbeanOlderMale), all(kCaribbeanFamily)};
        }
        return {all(kBritishYoungerFemale), all(kBritishYoungerMale), all(kCaribbeanFamily)};
    case Culture::Arab:
        return {all(kArabFemale), all(kArabMale), all(kArabFamily)};
    case Culture::Other:
        return {all(kOtherFemale), all(kOtherMale), all(kOtherFamily)};
    case Culture::British:
    case Culture::Mixed:
        break;
    }
    if (older) {
        return {all(kBritishOlderFemale), all(kBritishOlderMale), all(kBritishFamily)};
    }
    return {all(kBritishYoungerFemale), all(kBritishYoungerMale), all(kBritishFamily)};
}

// Lower-case ASCII letters only, for a made-up email address ("Zoë O'Brien" -> "zoe", "obrien").
QString emailPart(const QString& name)
{
    QString result;
    for (const QChar c : name.normalized(QString::NormalizationForm_D)) {
        const char16_t u = c.toLower().unicode();
        if (u >= u'a' && u <= u'z') {
            result.append(QChar(u));
        }
    }
    return result;
}

// The age bands of kpis.md, in the order the generator draws them.
enum Band { kUnder16, k16To24, k25To34, k35To49, k50To64, k65To74, k75Plus, kUnknownAge };
constexpr const char* kBandCodes[] = {"under-16", "16-24", "25-34", "35-49", "50-64", "65-74", "75+"};
constexpr int kBandLow[] = {14, 16, 25, 35, 50, 65, 75};
constexpr int kBandHigh[] = {15, 24, 34, 49, 64, 74, 98};

// Indexes into vocab::targetGroups, vocab::identifiedBy and vocab::closureReasons (and the
// matching note lists in DemoData.h).
enum Group {
    kOlderPeople,
    kCareLeaver,
    kFirstTimeParent,
    kYoungAdult,
    kCarer,
    kDisabled,
    kBereaved,
    kLongTermCondition,
    kNewToArea,
    kVeteran,
    kGroupCount
};
constexpr const char* kGroupCodes[] = {"older_people", "care_leaver", "first_time_parent",   "young_adult", "carer",
                                       "disabled",     "bereaved",    "long_term_condition", "new_to_area", "veteran"};
constexpr const char* kIdentifiedBy[] = {"officer",     "ward_councillor", "gp_pcn", "social_prescriber",
                                         "vcf_partner", "family_friend",   "self",   "other"};
enum Closure { kImproved, kMovedAway, kDeclined, kNoContact, kDeceased, kTransferred, kOtherReason };
constexpr const char* kClosureReasons[] = {"improved", "moved_away",  "declined", "no_contact",
                                           "deceased", "transferred", "other"};
enum Barrier { kTransport, kDigital, kMobility, kCost, kLanguage, kConfidence, kCaring, kSensory };
constexpr const char* kBarrierCodes[] = {
    "transport",  "digital_exclusion",       "mobility",          "cost", "language",
    "confidence", "caring_responsibilities", "sensory_impairment"};
enum ContactType { kVisit, kPhone, kVideo, kOffice, kMessage, kGroupSession };
constexpr const char* kContactTypes[] = {"visit", "phone", "video", "office", "message", "group_session"};

// What the later per-resident steps need to know about a case.
struct Case
{
    int index = 0;
    QString id;
    QDate identifiedOn;
    QDate lastDay; // the last day a contact can fall on: closed_on, or the day before today
    bool closed = false;
    int closureReason = 0;
    int officer = 0;
    int identifiedBy = 0;
    int situation = 0; // the target group the notes talk about
    Resident person; // as written, for the referral step
};

struct Cancelled
{
};

// Writes the demo. Council-level steps run first, then the per-resident steps for each resident
// in turn; a new kind of record (measurements, referrals, …) is a new step of one kind or the other.
class Generator
{
public:
    Generator(storage::Store& store, const DemoOptions& options)
        : m_store(store)
        , m_db(store.db())
        , m_options(options)
        , m_today(options.today.isValid() ? options.today : store.clock().today())
        , m_start(m_today.addYears(-2))
        , m_lastDay(m_today.addDays(-1))
        , m_setupAt(at(m_start.addDays(-28), 9 * 60, 0))
        , m_siteId(demoSiteId(options.seed))
        , m_residentIds(DemoRandom::stream(options.seed, kResidentIdStep).next())
        , m_contactIds(DemoRandom::stream(options.seed, kContactIdStep).next())
        , m_referralIds(DemoRandom::stream(options.seed, kReferralIdStep).next())
    {
    }

    DemoSummary run()
    {
        sql::Transaction transaction(m_db);
        storage::BulkWrite bulk(m_db);
        reportProgress(0, true);
        writeSettings();
        writeWards();
        writeOfficers();
        prepareMixes();
        writeDirectory();
        writeActionPlan();
        const std::vector<QDate> identified = identifiedDates();
        for (int i = 0; i < m_options.residents; ++i) {
            const Case c = writeResident(i, identified[static_cast<std::size_t>(i)]);
            writeContacts(c);
            m_summary.measurements +=
                writeDemoMeasurements(m_db, m_options.seed, m_siteId,
                                      {c.index, c.id, c.identifiedOn, c.lastDay, c.closed,
                                       c.closed && c.closureReason == kImproved, m_officerIds[c.officer]});
            writeReferrals(c);
            ++m_summary.residents;
            reportProgress(i + 1, i + 1 == m_options.residents);
        }
        bulk.finish();
        m_store.audit().record(actor(), QStringLiteral("import"), QStringLiteral("database"), QString(),
                               QStringLiteral("demo data generated: %1 residents, %2 contacts, %3 services, "
                                              "%4 referrals")
                                   .arg(m_summary.residents)
                                   .arg(m_summary.contacts)
                                   .arg(m_summary.services)
                                   .arg(m_summary.referrals));
        transaction.commit();
        m_store.checkpoint();
        if (m_store.actingOfficerId().isEmpty()) {
            m_store.setActingOfficer(m_managerId);
        }
        return m_summary;
    }

private:
    QString actor() const { return m_store.actingOfficerId().isEmpty() ? m_managerId : m_store.actingOfficerId(); }

    RowMeta meta(const QDateTime& createdAt, const QString& by) const
    {
        RowMeta meta;
        meta.createdAt = createdAt;
        meta.updatedAt = createdAt;
        meta.updatedBy = by;
        meta.siteId = m_siteId;
        meta.rowVersion = 1;
        return meta;
    }

    void reportProgress(qint64 done, bool force = false)
    {
        if (!m_options.progress) {
            return;
        }
        const qint64 every = std::max<qint64>(1, m_options.residents / 200);
        if ((force || done % every == 0) && !m_options.progress(done, m_options.residents)) {
            throw Cancelled {};
        }
    }

    // ---- council-level steps ------------------------------------------------------------------

    void writeSettings()
    {
        const CouncilSettings defaults;
        const QList<std::pair<QString, QString>> values {
            {QStringLiteral("council_name"), text(data::kCouncilName)},
            {QStringLiteral("primary_instrument"), defaults.primaryInstrument},
            {QStringLiteral("review_interval_weeks"), QString::number(defaults.reviewIntervalWeeks)},
            {QStringLiteral("suppression_threshold"), QString::number(defaults.suppressionThreshold)},
            {QStringLiteral("stale_after_months"), QString::number(defaults.staleAfterMonths)},
            {QStringLiteral("no_response_days"), QString::number(defaults.noResponseDays)},
            {QStringLiteral("retention_years"), QString::number(defaults.retentionYears)},
        };
        // Written as rows rather than through Store::saveCouncilSettings, whose metadata and audit
        // event take the wall clock; a setting the database holds already is overwritten.
        for (const auto& [key, value] : values) {
            storage::SettingRow row {key, value, meta(m_setupAt, QString())};
            if (auto held = storage::findRow(m_db, storage::settingTable(), key)) {
                row.meta.createdAt = held->meta.createdAt;
                row.meta.rowVersion = held->meta.rowVersion + 1;
                storage::updateRow(m_db, storage::settingTable(), row);
            } else {
                storage::insertRow(m_db, storage::settingTable(), row);
            }
        }
    }

    void writeWards()
    {
        for (const auto& seed : data::kWards) {
            const Ward ward {text(seed.code), text(seed.name), meta(m_setupAt, QString())};
            if (!storage::findRow(m_db, storage::wardTable(), ward.code)) {
                storage::insertRow(m_db, storage::wardTable(), ward);
                ++m_summary.wards;
            }
            m_wardWeights.push_back(seed.weight);
        }
    }

    void writeOfficers()
    {
        IdGenerator ids(DemoRandom::stream(m_options.seed, kOfficerStep).next());
        const QDateTime managerAt = m_setupAt.addSecs(-3600);
        Officer manager {ids.next(managerAt), text(data::kManager.name), QStringLiteral("manager"),
                         text(data::kManager.team), meta(managerAt, QString())};
        m_managerId = manager.id;
        storage::insertRow(m_db, storage::officerTable(), manager);
        ++m_summary.officers;

        m_wardOfficer.assign(std::size(data::kWards), 0);
        int n = 0;
        for (const auto& seed : data::kOfficers) {
            const QDateTime createdAt = m_setupAt.addSecs(60 * ++n);
            Officer officer {ids.next(createdAt), text(seed.name), QStringLiteral("officer"), text(seed.team),
                             meta(createdAt, m_managerId)};
            storage::insertRow(m_db, storage::officerTable(), officer);
            ++m_summary.officers;
            for (const int ward : seed.wards) {
                if (ward >= 0) {
                    m_wardOfficer[static_cast<std::size_t>(ward)] = static_cast<int>(m_officerIds.size());
                }
            }
            m_officerIds.append(officer.id);
        }
    }

    void writeActionPlan()
    {
        const DemoPlanCounts counts =
            writeDemoActionPlan(m_db, m_options.seed, m_siteId, m_today, m_managerId, m_officerIds);
        m_summary.actionItems = counts.items;
        m_summary.actionUpdates = counts.updates;
    }

    // Ethnic-group weights per ward, for working-age and for older residents.
    void prepareMixes()
    {
        for (const auto& ward : data::kWards) {
            for (const int agePercent : {100, 55}) {
                std::array<int, kEthnicCount> weights {};
                for (int i = 0; i < kEthnicCount; ++i) {
                    const auto& group = kEthnicGroups[i];
                    weights[static_cast<std::size_t>(i)] = group.scaled
                        ? std::max(1, group.weight * ward.diversity / 100 * agePercent / 100)
                        : group.weight;
                }
                m_ethnicMixes.push_back(weights);
            }
        }
    }

    // The identified-on dates, in order: more in recent months (the service is growing) and in
    // winter, few at weekends.
    std::vector<QDate> identifiedDates()
    {
        DemoRandom random = DemoRandom::stream(m_options.seed, kIdentifiedOnStep);
        const int days = static_cast<int>(m_start.daysTo(m_lastDay)) + 1;
        std::vector<qint64> julian;
        julian.reserve(static_cast<std::size_t>(m_options.residents));
        while (julian.size() < static_cast<std::size_t>(m_options.residents)) {
            const int a = random.below(days);
            const int b = random.below(days);
            const QDate date = m_start.addDays(random.percent(50) ? a : std::max(a, b));
            const int month = date.month();
            const int season = (month == 12 || month <= 2) ? 100 : (month >= 6 && month <= 8) ? 70 : 85;
            if (random.percent(isWeekend(date) ? season / 5 : season)) {
                julian.push_back(date.toJulianDay());
            }
        }
        std::sort(julian.begin(), julian.end());
        std::vector<QDate> dates;
        dates.reserve(julian.size());
        for (const qint64 day : julian) {
            dates.push_back(QDate::fromJulianDay(day));
        }
        return dates;
    }

    // ---- per-resident steps -------------------------------------------------------------------

    Case writeResident(int index, const QDate& identifiedOn)
    {
        DemoRandom r = DemoRandom::stream(m_options.seed, kResidentStep, static_cast<std::uint64_t>(index));
        Resident p;
        Case c;
        c.index = index;
        c.identifiedOn = identifiedOn;

        const int ward = r.weighted(m_wardWeights);
        const auto& wardSeed = data::kWards[ward];
        p.wardCode = text(wardSeed.code);

        // Age on the identified-on date, by the bands of kpis.md; some dates of birth unknown.
        int band = r.weighted({6, 110, 55, 70, 120, 240, 345, 54});
        if (band == kUnknownAge) {
            band = 1 + r.weighted({5, 2, 3, 10, 25, 55});
            p.ageBandEstimate = text(kBandCodes[band]);
        }
        const int age =
            band == k75Plus ? 75 + std::min(r.below(24), r.below(24)) : r.between(kBandLow[band], kBandHigh[band]);
        if (p.ageBandEstimate.isEmpty()) {
            p.dateOfBirth = identifiedOn.addYears(-age).addDays(-r.below(365));
            if (ageOn(p.dateOfBirth, identifiedOn) != age) {
                p.dateOfBirth = identifiedOn.addYears(-age);
            }
        }
        const bool older = age >= 65;

        static const QString sexes[] = {QStringLiteral("female"), QStringLiteral("male"),
                                        QStringLiteral("prefer_not_to_say")};
        const int sex = older ? r.weighted({60, 38, 2}) : r.weighted({53, 44, 3});
        p.sex = sexes[sex];
        if (age >= 16) {
            const int gender = r.weighted({900, age < 35 ? 25 : 6, 25, 67});
            static const QString answers[] = {QStringLiteral("yes"), QStringLiteral("no"),
                                              QStringLiteral("prefer_not_to_say"), QString()};
            p.genderSameAsSex = answers[gender];
            if (gender == 1) {
                p.genderIdentity = pickText(r, all(data::kGenderIdentities));
            }
        }

        const auto& mix = m_ethnicMixes[static_cast<std::size_t>(ward * 2 + (older ? 1 : 0))];
        const auto& ethnic = kEthnicGroups[r.weighted(mix)];
        p.ethnicGroup = text(ethnic.code);

        // Names: common given and family names, never a real resident.
        const bool female = sex == 0 || (sex == 2 && r.percent(50));
        Culture culture = ethnic.culture;
        if (QLatin1String(ethnic.code) == QLatin1String("prefer_not_to_say") && r.percent(20)) {
            culture = static_cast<Culture>(r.below(static_cast<int>(Culture::Mixed)));
        }
        const NameLists names = namesOf(culture, age);
        p.givenName = pickText(r, female ? names.female : names.male);
        if (culture == Culture::Mixed) {
            const int side = r.weighted({60, 25, 15});
            const auto family = side == 0 ? all(data::kBritishFamily)
                : side == 1               ? all(data::kCaribbeanFamily)
                                          : all(data::kAfricanFamily);
            p.familyName = text(family[static_cast<std::size_t>(r.skewed(static_cast<int>(family.size())))]);
        } else {
            p.familyName =
                text(names.family[static_cast<std::size_t>(r.skewed(static_cast<int>(names.family.size())))]);
        }
        if (r.percent(35)) {
            QVarLengthArray<const char*, 4> nicknames;
            for (const auto& nickname : data::kNicknames) {
                if (p.givenName == QLatin1String(nickname.given)) {
                    nicknames.append(nickname.preferred);
                }
            }
            if (!nicknames.isEmpty()) {
                p.preferredName = text(nicknames[r.below(static_cast<int>(nicknames.size()))]);
            }
        }

        // Target groups; the first drawn is what the notes talk about.
        std::array<bool, kGroupCount> groups {};
        int situation = kOlderPeople;
        if (age < 16) {
            groups[kCarer] = true; // young carers
            situation = kCarer;
        } else if (age <= 25) {
            groups[kYoungAdult] = true;
            situation = kYoungAdult;
            const std::pair<Group, int> extras[] = {
                {kCareLeaver, 18}, {kNewToArea, 12},        {kFirstTimeParent, age >= 18 ? 8 : 0},
                {kDisabled, 8},    {kLongTermCondition, 6}, {kCarer, 6}};
            for (const auto& [group, chance] : extras) {
                if (r.percent(chance)) {
                    groups[group] = true;
                    if (situation == kYoungAdult && r.percent(60)) {
                        situation = group;
                    }
                }
            }
        } else if (older) {
            groups[kOlderPeople] = true;
            const std::pair<Group, int> extras[] = {{kBereaved, 25}, {kLongTermCondition, 30},      {kDisabled, 15},
                                                    {kCarer, 8},     {kVeteran, sex == 1 ? 12 : 1}, {kNewToArea, 3}};
            for (const auto& [group, chance] : extras) {
                if (r.percent(chance)) {
                    groups[group] = true;
                    if (situation == kOlderPeople && r.percent(50)) {
                        situation = group;
                    }
                }
            }
        } else {
            const int weights[] = {0, age <= 30 ? 8 : 0, age <= 44 ? 20 : 0, 0, 25, 20, 15, 30, 15, 5};
            situation = r.weighted(weights);
            groups[static_cast<std::size_t>(situation)] = true;
            if (r.percent(40)) {
                groups[static_cast<std::size_t>(r.weighted(weights))] = true;
            }
        }
        for (int g = 0; g < kGroupCount; ++g) {
            if (groups[static_cast<std::size_t>(g)]) {
                p.targetGroups.append(text(kGroupCodes[g]));
            }
        }
        c.situation = situation;

        // Health (GSS harmonised questions) and household.
        static const QString yesNo[] = {QStringLiteral("yes"), QStringLiteral("no"),
                                        QStringLiteral("prefer_not_to_say"), QString()};
        p.longTermCondition =
            groups[kLongTermCondition] ? yesNo[0] : yesNo[r.weighted({older ? 35 : 15, older ? 50 : 70, 3, 12})];
        static const QString limits[] = {QStringLiteral("a_lot"), QStringLiteral("a_little"),
                                         QStringLiteral("not_at_all"), QStringLiteral("prefer_not_to_say"), QString()};
        if (groups[kDisabled]) {
            p.activityLimitation = limits[r.weighted({60, 40})];
        } else if (p.longTermCondition == yesNo[0]) {
            p.activityLimitation = limits[r.weighted({20, 50, 30})];
        } else {
            p.activityLimitation = limits[r.weighted({3, 15, 70, 3, 12})];
        }
        const int alone = groups[kFirstTimeParent] ? 1
            : older                                ? r.weighted({62, 30, 8})
            : age <= 25                            ? r.weighted({25, 65, 10})
                                                   : r.weighted({45, 45, 10});
        if (alone < 2) {
            p.livesAlone = alone == 0;
        }
        if (groups[kCarer]) {
            p.isCarer = true;
        } else if (r.percent(85)) {
            p.isCarer = false;
        }

        // Address, phone and email: fictional shapes (postcode area QH does not exist; phone
        // numbers from Ofcom's drama ranges; example.* mail domains).
        // Every draw is its own statement: the order of a call's arguments is unspecified in C++,
        // and the data must not depend on the compiler.
        const QString stem = pickText(r, all(data::kStreetStems));
        const QString street = stem + QLatin1Char(' ') + pickText(r, all(data::kStreetKinds));
        if (r.percent(older ? 24 : 30)) {
            const int flat = r.between(1, 36);
            const QString block = pickText(r, all(data::kStreetStems));
            p.addressLine1 = QStringLiteral("Flat %1, %2 %3").arg(flat).arg(block, pickText(r, all(data::kBlockKinds)));
            p.addressLine2 = street;
        } else {
            p.addressLine1 = QStringLiteral("%1 %2").arg(r.between(1, 180)).arg(street);
        }
        p.town = text(wardSeed.town);
        static constexpr int letters = static_cast<int>(sizeof(data::kPostcodeLetters)) - 1;
        p.postcode = QStringLiteral("QH%1 %2%3%4")
                         .arg(wardSeed.district)
                         .arg(r.below(10))
                         .arg(QLatin1Char(data::kPostcodeLetters[r.below(letters)]))
                         .arg(QLatin1Char(data::kPostcodeLetters[r.below(letters)]));
        bool mobile = false;
        if (r.percent(95)) {
            mobile = !(older && r.percent(60));
            p.phone = (mobile ? QStringLiteral("07700 900") : QStringLiteral("01632 960"))
                + QStringLiteral("%1").arg(r.below(1000), 3, 10, QLatin1Char('0'));
        }
        if (r.percent(older ? 8 : age <= 25 ? 45 : 35)) {
            const QString given = emailPart(p.givenName);
            const QString family = emailPart(p.familyName);
            if (!given.isEmpty() && !family.isEmpty()) {
                static const QString domains[] = {QStringLiteral("example.com"), QStringLiteral("example.org"),
                                                  QStringLiteral("example.net")};
                const QString number = r.percent(50) ? QString::number(r.between(1, 99)) : QString();
                p.email = QStringLiteral("%1.%2%3@%4").arg(given, family, number, domains[r.below(3)]);
            }
        }
        static const QString methods[] = {QStringLiteral("phone"),  QStringLiteral("text"),  QStringLiteral("email"),
                                          QStringLiteral("letter"), QStringLiteral("visit"), QString()};
        p.preferredContact =
            methods[r.weighted({p.phone.isEmpty() ? 0 : 50, mobile ? 15 : 0, p.email.isEmpty() ? 0 : 12, 6, 17, 5})];

        // Barriers.
        const bool otherLanguage = culture != Culture::British && culture != Culture::Irish
            && culture != Culture::Caribbean && culture != Culture::Mixed;
        const int barrierChances[] = {
            25,
            older ? 45 : 10,
            groups[kDisabled] ? 60
                : older       ? 35
                              : 8,
            age <= 25 ? 35 : 22,
            otherLanguage ? (older ? 35 : 12) : 0,
            35,
            groups[kCarer]                 ? 65
                : groups[kFirstTimeParent] ? 40
                                           : 2,
            older ? 20 : 3,
        };
        for (int b = 0; b < static_cast<int>(std::size(kBarrierCodes)); ++b) {
            if (r.percent(barrierChances[b])) {
                p.barriers.append(text(kBarrierCodes[b]));
            }
        }

        // Identification, engagement, consent.
        c.identifiedBy =
            age <= 25 ? r.weighted({12, 4, 12, 10, 22, 14, 14, 12}) : r.weighted({10, 6, 24, 18, 16, 12, 10, 4});
        p.identifiedOn = identifiedOn;
        p.identifiedBy = text(kIdentifiedBy[c.identifiedBy]);
        const int engaged = r.weighted({33, 60, 7});
        if (engaged < 2) {
            p.previouslyEngaged = engaged == 0;
        }
        p.consentToStore = r.percent(93);
        p.consentToShare = p.consentToStore && r.percent(72);
        static const QString bases[] = {QStringLiteral("consent"), QStringLiteral("public_task"),
                                        QStringLiteral("vital_interests"), QStringLiteral("legal_obligation")};
        p.lawfulBasis = bases[p.consentToStore ? r.weighted({40, 55, 3, 2}) : r.weighted({0, 85, 10, 5})];
        if (p.consentToStore) {
            p.consentDate = std::min(m_lastDay, identifiedOn.addDays(r.percent(70) ? 0 : r.between(1, 14)));
        }

        c.officer = r.percent(85) ? m_wardOfficer[static_cast<std::size_t>(ward)]
                                  : r.below(static_cast<int>(m_officerIds.size()));
        const QString& officerId = m_officerIds[c.officer];
        p.assignedOfficerId = officerId;

        // The case: older cases are more likely to be closed.
        const int daysOpen = static_cast<int>(identifiedOn.daysTo(m_lastDay));
        c.closed = daysOpen >= 14 && r.perMille(40 + 460 * std::min(daysOpen, 730) / 730);
        c.lastDay = m_lastDay;
        if (c.closed) {
            c.closureReason = r.weighted({44, 8, 14, 12, older ? 10 : 1, 7, 5});
            c.lastDay = identifiedOn.addDays((r.between(14, daysOpen) + r.between(14, daysOpen)) / 2);
            p.status = QStringLiteral("closed");
            p.closedOn = c.lastDay;
            p.closureReason = text(kClosureReasons[c.closureReason]);
        }

        // Row metadata: created on the day identified; each later change (a risk flag raised,
        // the case closed) is one more row version.
        const int createdMinute = 9 * 60 + r.below(8 * 60);
        p.meta = meta(at(identifiedOn, createdMinute, r.below(60'000)), officerId);
        const int caseDays = static_cast<int>(identifiedOn.daysTo(c.lastDay));
        const auto raise = [&](QDate& flag, int perMille) {
            if (r.perMille(perMille)) {
                flag = identifiedOn.addDays(r.below(std::min(caseDays, 90) + 1));
                if (flag > identifiedOn) {
                    ++p.meta.rowVersion;
                    const int minute = 15 * 60 + r.below(120);
                    p.meta.updatedAt = std::max(p.meta.updatedAt, at(flag, minute, r.below(60'000)));
                }
            }
        };
        raise(p.crisisSince, 20);
        raise(p.safeguardingSince, 30);
        if (c.closed) {
            ++p.meta.rowVersion;
            const int minute = 16 * 60 + r.below(90);
            p.meta.updatedAt = std::max(p.meta.updatedAt, at(c.lastDay, minute, r.below(60'000)));
        }

        p.id = m_residentIds.next(p.meta.createdAt);
        c.id = p.id;
        storage::insertRow(m_db, storage::residentTable(), p);
        c.person = p;
        writeEarlierClosure(c);
        return c;
    }

    // About one open case in twelve that has run for three months or more was closed once and
    // reopened (the resident got back in touch): the closure stays in the case closure history,
    // and the KPIs count it in its own quarter (schema 12). (A closed case's own closure is
    // written by the database when the resident row is.)
    void writeEarlierClosure(const Case& c)
    {
        DemoRandom r = DemoRandom::stream(m_options.seed, kReopenStep, static_cast<std::uint64_t>(c.index));
        const int days = static_cast<int>(c.identifiedOn.daysTo(m_lastDay));
        if (c.closed || days < 90 || !r.perMille(80)) {
            return;
        }
        CaseClosure closure;
        closure.residentId = c.id;
        closure.closedOn = c.identifiedOn.addDays(r.between(30, days - 45));
        const int left = static_cast<int>(closure.closedOn.daysTo(m_lastDay));
        closure.reopenedOn = closure.closedOn.addDays(r.between(14, std::min(180, left)));
        closure.reason = text(kClosureReasons[r.weighted({25, 10, 30, 35, 0, 0, 0})]);
        closure.id = CaseClosure::keyFor(closure.residentId, closure.closedOn);
        closure.meta = meta(at(closure.closedOn, 16 * 60 + r.below(90), r.below(60'000)), m_officerIds[c.officer]);
        closure.meta.updatedAt = at(closure.reopenedOn, 10 * 60 + r.below(300), r.below(60'000));
        closure.meta.rowVersion = 2;
        storage::insertRow(m_db, storage::caseClosureTable(), closure);
    }

    // ---- the community directory (council-level) ----------------------------------------------

    void writeDirectory()
    {
        DemoRandom r = DemoRandom::stream(m_options.seed, kDirectoryStep);
        IdGenerator ids(DemoRandom::stream(m_options.seed, kDirectoryIdStep).next());
        QDateTime when = m_setupAt.addSecs(3600);
        const auto next = [&when]() {
            when = when.addSecs(60);
            return when;
        };
        QHash<QString, QString> termIds;
        for (const auto& seed : data::kDirectoryCategories) {
            const QDateTime createdAt = next();
            TaxonomyTerm term {
                ids.next(createdAt),         text(seed.code), text(seed.name), QStringLiteral("hearth-demo"), {},
                meta(createdAt, m_managerId)};
            storage::insertRow(m_db, storage::taxonomyTermTable(), term);
            termIds.insert(term.code, term.id);
        }
        QHash<QString, QString> organisationIds;
        int index = 0;
        for (const auto& seed : data::kDirectoryServices) {
            const QString organisationName = text(seed.organisation);
            if (!organisationIds.contains(organisationName)) {
                const QDateTime createdAt = next();
                Organisation organisation;
                organisation.id = ids.next(createdAt);
                organisation.name = organisationName;
                organisation.meta = meta(createdAt, m_managerId);
                storage::insertRow(m_db, storage::organisationTable(), organisation);
                organisationIds.insert(organisationName, organisation.id);
            }
            const QDateTime createdAt = next();
            Service service;
            service.id = ids.next(createdAt);
            service.organisationId = organisationIds.value(organisationName);
            service.name = text(seed.name);
            service.description = text(seed.description);
            service.categories = {text(seed.category)};
            if (*seed.targetGroups != '\0') {
                service.targetGroups = text(seed.targetGroups).split(QLatin1Char(','));
            }
            if (seed.minimumAge >= 0) {
                service.minimumAge = seed.minimumAge;
            }
            if (seed.maximumAge >= 0) {
                service.maximumAge = seed.maximumAge;
            }
            service.costDescription = text(seed.cost);
            if (seed.capacity > 0) {
                service.capacity = seed.capacity;
            }
            service.transportProvided = seed.transport;
            service.accessibility = text(seed.accessibility);
            if (*seed.wards != '\0') {
                for (const QString& ward : text(seed.wards).split(QLatin1Char(','))) {
                    service.wardsServed.append(text(data::kWards[ward.toInt()].code));
                }
            }
            // Most ran before the demo's two years; some are new opportunities within them.
            service.startedOn =
                r.percent(75) ? m_start.addDays(-r.between(60, 3000)) : m_start.addDays(r.between(0, 600));
            if (index == data::kDefunctService) {
                service.status = QStringLiteral("defunct");
                service.endedOn = m_today.addMonths(-seed.monthsSinceAssured + 1);
                service.startedOn = std::min(service.startedOn, service.endedOn.addYears(-3));
            }
            service.assuredDate = m_today.addMonths(-seed.monthsSinceAssured).addDays(-r.below(20));
            service.lastModified = at(service.assuredDate, 10 * 60 + r.below(360), r.below(1000));
            service.url = QStringLiteral("https://directory.hearthdale.example/services/%1").arg(index + 1);
            service.meta = meta(createdAt, m_managerId);
            storage::insertRow(m_db, storage::serviceTable(), service);
            m_services.append(service);
            ++m_summary.services;

            QString linkId;
            if (*seed.venue != '\0') {
                const auto& ward = data::kWards[seed.venueWard];
                static constexpr int letters = static_cast<int>(sizeof(data::kPostcodeLetters)) - 1;
                Location location;
                location.id = ids.next(next());
                location.name = text(seed.venue);
                location.addressLine1 = QStringLiteral("%1 %2")
                                            .arg(r.between(1, 120))
                                            .arg(pickText(r, all(data::kStreetStems)) + QStringLiteral(" Road"));
                location.town = text(ward.town);
                location.postcode = QStringLiteral("QH%1 %2%3%4")
                                        .arg(ward.district)
                                        .arg(r.below(10))
                                        .arg(QLatin1Char(data::kPostcodeLetters[r.below(letters)]))
                                        .arg(QLatin1Char(data::kPostcodeLetters[r.below(letters)]));
                location.wardCode = text(ward.code);
                location.accessibility = service.accessibility;
                location.meta = meta(when, m_managerId);
                storage::insertRow(m_db, storage::locationTable(), location);
                ServiceLocation link {ids.next(next()), service.id, location.id, meta(when, m_managerId)};
                storage::insertRow(m_db, storage::serviceLocationTable(), link);
                linkId = link.id;
            }
            if (*seed.byDay != '\0') {
                Schedule schedule;
                schedule.id = ids.next(next());
                schedule.serviceId = service.id;
                schedule.serviceLocationId = linkId;
                schedule.freq = seed.monthly ? QStringLiteral("MONTHLY") : QStringLiteral("WEEKLY");
                schedule.byDay = text(seed.byDay);
                schedule.opensAt = text(seed.opensAt);
                schedule.closesAt = text(seed.closesAt);
                schedule.meta = meta(when, m_managerId);
                storage::insertRow(m_db, storage::scheduleTable(), schedule);
            }
            ++index;
        }
        Q_UNUSED(termIds);
    }

    // ---- referrals (per resident) -------------------------------------------------------------

    // Some residents are referred or signposted to a service that suits them, and the referral
    // moves through the state machine on later days. The first referrals are made to end in each
    // state in turn, so even a small demo holds referrals in every state.
    void writeReferrals(const Case& c)
    {
        DemoRandom r = DemoRandom::stream(m_options.seed, kReferralStep, static_cast<std::uint64_t>(c.index));
        if (!r.percent(35)) {
            return;
        }
        QDate madeOn = c.identifiedOn.addDays(r.between(3, 30));
        if (madeOn > c.lastDay) {
            return;
        }
        const auto suggestions = suggestServices(m_services, c.person, madeOn);
        if (suggestions.isEmpty()) {
            return;
        }
        const Service& service = *suggestions[std::min(r.below(3), static_cast<int>(suggestions.size()) - 1)].service;

        // The path this referral takes, and where it stops.
        using S = ReferralStatus;
        static const QList<QList<S>> paths {
            {S::Draft},
            {S::Draft, S::Sent},
            {S::Draft, S::Sent, S::Accepted},
            {S::Draft, S::Sent, S::Declined},
            {S::Draft, S::Sent, S::NoResponse},
            {S::Draft, S::Sent, S::Accepted, S::Attending},
            {S::Draft, S::Sent, S::Accepted, S::Attending, S::Completed},
            {S::Draft, S::Sent, S::Accepted, S::Attending, S::StoppedAttending},
            {S::Draft, S::Sent, S::Withdrawn},
        };
        const bool forced = m_nextForcedPath < paths.size();
        const int pathIndex = forced ? static_cast<int>(m_nextForcedPath) : r.weighted({3, 8, 6, 6, 5, 10, 14, 6, 3});
        QList<S> path = paths[pathIndex];
        // Nobody leaves a referral in draft or waiting for an answer for months: on an open case
        // those are recent (some sent more than 14 days ago, flagged as no response); on a closed
        // case they were withdrawn.
        if (path.last() == S::Draft || path.last() == S::Sent) {
            if (c.closed) {
                path.append(S::Withdrawn);
            } else {
                madeOn = std::max(madeOn, m_lastDay.addDays(-r.between(0, 40)));
            }
        }

        const QString officerId = m_officerIds[c.officer];
        Referral referral;
        referral.residentId = c.id;
        referral.serviceId = service.id;
        referral.kind = r.percent(30) ? QStringLiteral("signpost") : QStringLiteral("warm");
        referral.createdOn = madeOn;
        referral.officerId = officerId;

        // Dates of each step: a few days to a few weeks apart, never after the case's last day.
        QList<QDate> dates {madeOn};
        for (qsizetype step = 1; step < path.size(); ++step) {
            const int gap = path[step] == S::NoResponse ? r.between(14, 28)
                : path[step] == S::Sent                 ? r.between(0, 3)
                                                        : r.between(2, 21);
            const QDate on = dates.last().addDays(gap);
            if (on > c.lastDay) {
                break;
            }
            dates.append(on);
        }
        const qsizetype steps = dates.size();
        referral.status = path[steps - 1];
        if (steps > 1) {
            referral.sentOn = dates[1];
        }
        if (referral.status == S::Completed) {
            referral.outcome = QStringLiteral("Attends regularly");
        } else if (referral.status == S::StoppedAttending) {
            referral.outcome = QStringLiteral("Stopped after a few weeks");
        }
        const QDateTime createdAt = at(madeOn, 10 * 60 + r.below(6 * 60), r.below(60'000));
        referral.id = m_referralIds.next(createdAt);
        referral.meta = meta(createdAt, officerId);
        referral.meta.rowVersion = steps;
        referral.meta.updatedAt = at(dates.last(), 16 * 60 + r.below(60), r.below(60'000));
        if (referral.meta.updatedAt < createdAt) {
            referral.meta.updatedAt = createdAt;
        }
        storage::insertRow(m_db, storage::referralTable(), referral);
        for (qsizetype step = 0; step < steps; ++step) {
            ReferralEvent event;
            event.referralId = referral.id;
            if (step > 0) {
                event.fromStatus = path[step - 1];
            }
            event.toStatus = path[step];
            event.on = dates[step];
            event.officerId = officerId;
            const QDateTime eventAt =
                step == 0 ? createdAt : std::max(createdAt, at(dates[step], 11 * 60 + r.below(300), r.below(60'000)));
            event.id = m_referralIds.next(eventAt);
            event.meta = meta(eventAt, officerId);
            storage::insertRow(m_db, storage::referralEventTable(), event);
        }
        if (forced && referral.status == paths[pathIndex].last()) {
            ++m_nextForcedPath; // this state is now present; force the next one
        }
        ++m_summary.referrals;
    }

    QString fill(DemoRandom& r, const char* pattern)
    {
        QString note = text(pattern);
        if (!note.contains(QLatin1Char('%'))) {
            return note;
        }
        const auto replace = [&](const char* placeholder, std::span<const char* const> words) {
            const QString key = QLatin1String(placeholder);
            if (note.contains(key)) {
                note.replace(key, pickText(r, words));
            }
        };
        replace("%activity%", all(data::kActivities));
        replace("%service%", all(data::kServices));
        replace("%place%", all(data::kPlaces));
        replace("%topic%", all(data::kTopics));
        replace("%day%", all(data::kDays));
        return note;
    }

    QString note(DemoRandom& r, const Case& c, int type, bool first, bool closing, bool followUp)
    {
        QStringList sentences;
        if (first) {
            sentences << text(data::kOpenings[c.identifiedBy]) << text(data::kSituations[c.situation][r.below(2)])
                      << pickText(r, all(data::kFirstContact));
        } else if (closing) {
            if (r.percent(50)) {
                sentences << fill(r, r.pick(all(data::kProgress)));
            }
            sentences << fill(r, data::kClosings[c.closureReason]);
        } else if (type == kMessage) {
            sentences << fill(r, r.pick(all(data::kMessages)));
        } else if (type == kGroupSession) {
            sentences << fill(r, r.pick(all(data::kGroupSessions)));
            if (r.percent(40)) {
                sentences << fill(r, r.pick(all(data::kProgress)));
            }
        } else {
            sentences << fill(r, r.pick(all(data::kProgress)));
            if (r.percent(35)) {
                sentences << fill(r, r.pick(all(data::kProgress)));
            }
            if (r.percent(70)) {
                sentences << fill(r, r.pick(all(data::kActions)));
            }
        }
        if (followUp) {
            sentences << pickText(r, all(data::kFollowUps));
        }
        return sentences.join(QLatin1Char(' '));
    }

    // The days (from identified_on) the resident was contacted: distinct, in order, the first soon
    // after identification; the last recent for an open case and on the closing day for most
    // closed ones; more contacts early in a case than later.
    QVarLengthArray<int, 16> contactDays(DemoRandom& r, const Case& c)
    {
        const int span = static_cast<int>(c.identifiedOn.daysTo(c.lastDay));
        int wanted = 1;
        for (int i = 0; i < 11; ++i) {
            wanted += r.percent(38) ? 1 : 0;
        }
        wanted = std::min(wanted, 1 + span / 7);

        QVarLengthArray<int, 16> days;
        const int first = (span < 2 || r.percent(55)) ? 0 : r.between(1, std::min(10, span / 2));
        days.append(first);
        if (wanted < 2) {
            return days;
        }
        int last = 0;
        if (c.closed) {
            last = r.percent(75) ? span : std::max(first + 1, span - r.below(31));
        } else {
            last = std::max(first + 1, span - std::min(r.below(56), r.below(56)));
            while (last - 1 > first && isWeekend(c.identifiedOn.addDays(last))) {
                --last;
            }
        }
        const int inner = last - first - 1;
        QVarLengthArray<int, 16> middle;
        for (int attempt = 0; attempt < (wanted - 2) * 8 && middle.size() < wanted - 2 && inner > 0; ++attempt) {
            const int day = first + 1 + (r.percent(50) ? std::min(r.below(inner), r.below(inner)) : r.below(inner));
            if ((isWeekend(c.identifiedOn.addDays(day)) && r.percent(80)) || middle.contains(day)) {
                continue;
            }
            middle.append(day);
        }
        std::sort(middle.begin(), middle.end());
        days.append(middle.constData(), middle.size());
        days.append(last);
        return days;
    }

    void writeContacts(const Case& c)
    {
        DemoRandom r = DemoRandom::stream(m_options.seed, kContactStep, static_cast<std::uint64_t>(c.index));
        const auto days = contactDays(r, c);
        for (qsizetype j = 0; j < days.size(); ++j) {
            const bool first = j == 0;
            const bool last = j == days.size() - 1;
            const bool closing = last && c.closed && !first;
            Contact contact;
            contact.residentId = c.id;
            contact.contactOn = c.identifiedOn.addDays(days[j]);

            const int type = first
                ? std::array<int, 3> {kVisit, kPhone, kOffice}[static_cast<std::size_t>(r.weighted({50, 40, 10}))]
                : closing
                ? std::array<int, 3> {kPhone, kVisit, kMessage}[static_cast<std::size_t>(r.weighted({50, 30, 20}))]
                : r.weighted({25, 40, 5, 6, 12, 12});
            contact.type = text(kContactTypes[type]);
            int minutes = 0;
            int duration = 0;
            switch (type) {
            case kVisit:
                minutes = 9 * 60 + 30 + 15 * r.below(29);
                duration = 30 + 5 * r.below(13);
                break;
            case kPhone:
                minutes = 9 * 60 + 5 * r.below(103);
                duration = 5 + 5 * r.below(9);
                break;
            case kVideo:
                minutes = 10 * 60 + 15 * r.below(25);
                duration = 15 + 5 * r.below(7);
                break;
            case kOffice:
                minutes = 9 * 60 + 15 * r.below(29);
                duration = 20 + 5 * r.below(9);
                break;
            case kMessage:
                minutes = 8 * 60 + 30 + 5 * r.below(115);
                duration = r.percent(50) ? 5 : 0;
                break;
            default: // group session
                minutes =
                    std::array {10 * 60, 10 * 60 + 30, 13 * 60 + 30, 14 * 60}[static_cast<std::size_t>(r.below(4))];
                duration = 60 + 15 * r.below(7);
                break;
            }
            if (!(type == kMessage && r.percent(30))) {
                contact.contactTime = hhmm(minutes);
            }
            if (duration > 0) {
                contact.durationMinutes = duration;
            }

            const int officer = r.weighted({88, 10, 2});
            contact.officerId = officer == 0 ? m_officerIds[c.officer]
                : officer == 1               ? m_officerIds[r.below(static_cast<int>(m_officerIds.size()))]
                                             : m_managerId;

            // Follow-ups: often set during a case; at an open case's latest contact, some are due
            // today and some are overdue, as on a real caseload.
            if (last && c.closed) {
                // a closed case has nothing to follow up
            } else if (last) {
                const int scenario = r.weighted({13, 3, 70, 14});
                if (scenario == 0) {
                    contact.followUpDue = std::max(contact.contactOn, m_today.addDays(-r.between(1, 28)));
                } else if (scenario == 1) {
                    contact.followUpDue = m_today;
                } else if (scenario == 2) {
                    contact.followUpDue = m_today.addDays(r.between(1, 42));
                }
            } else if (r.percent(60)) {
                contact.followUpDue =
                    contact.contactOn.addDays(std::array {7, 14, 14, 21, 28, 42}[static_cast<std::size_t>(r.below(6))]);
            }
            contact.note = note(r, c, type, first, closing, contact.followUpDue.isValid());

            const int writtenUp = minutes + duration + r.between(5, 90);
            contact.meta = meta(at(contact.contactOn, writtenUp, r.below(60'000)), contact.officerId);
            contact.id = m_contactIds.next(contact.meta.createdAt);
            storage::insertRow(m_db, storage::contactTable(), contact);
            ++m_summary.contacts;
        }
    }

    storage::Store& m_store;
    sql::Connection& m_db;
    const DemoOptions& m_options;
    const QDate m_today;
    const QDate m_start;
    const QDate m_lastDay;
    const QDateTime m_setupAt; // when the council's settings, wards and officers were "created"
    const QString m_siteId;
    IdGenerator m_residentIds;
    IdGenerator m_contactIds;
    IdGenerator m_referralIds;
    QList<Service> m_services; // the directory, for suggestions
    qsizetype m_nextForcedPath = 0; // the first referrals end in each state in turn
    QString m_managerId;
    QStringList m_officerIds; // data::kOfficers order; the manager holds no caseload
    std::vector<int> m_wardOfficer; // ward index -> index in m_officerIds
    std::vector<int> m_wardWeights;
    std::vector<std::array<int, kEthnicCount>> m_ethnicMixes; // [ward * 2 + older]
    DemoSummary m_summary;
};

} // namespace

QString demoSiteId(std::uint64_t seed)
{
    DemoRandom random = DemoRandom::stream(seed, kSiteStep);
    const auto randA = static_cast<std::uint16_t>(random.next() & 0x0FFF);
    return makeUuidV7(kDemoSiteMillis, randA, random.next());
}

DemoSummary generateDemo(storage::Store& store, const DemoOptions& options)
{
    if (options.residents < 0 || options.residents > kMaxResidents) {
        throw Error(Error::Kind::Invalid,
                    QStringLiteral("The demo can hold from 0 to %1 residents, not %2.")
                        .arg(kMaxResidents)
                        .arg(options.residents));
    }
    if (store.residents().count(ResidentQuery {}) > 0) {
        throw Error(
            Error::Kind::AlreadyExists,
            QStringLiteral("%1 already holds residents; demo data goes into a new database.").arg(store.path()));
    }
    try {
        return Generator(store, options).run();
    } catch (const Cancelled&) {
        DemoSummary summary;
        summary.cancelled = true;
        return summary;
    }
}

} // namespace hearth::demo
