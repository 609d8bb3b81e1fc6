#include "Vocabulary.h"

#include "AgeBand.h"

#include <QCoreApplication>

namespace hearth {

Vocabulary::Vocabulary(QString name, QList<Term> terms)
    : m_name(std::move(name))
    , m_terms(std::move(terms))
{
}

bool Vocabulary::contains(const QString& code) const
{
    for (const auto& term : m_terms) {
        if (code == QLatin1String(term.code)) {
            return true;
        }
    }
    return false;
}

QStringList Vocabulary::codes() const
{
    QStringList result;
    result.reserve(m_terms.size());
    for (const auto& term : m_terms) {
        result.append(QString::fromLatin1(term.code));
    }
    return result;
}

QString Vocabulary::label(const QString& code) const
{
    for (const auto& term : m_terms) {
        if (code == QLatin1String(term.code)) {
            return QCoreApplication::translate("Vocabulary", term.label);
        }
    }
    return code;
}

namespace vocab {

#define HEARTH_VOCABULARY(function, ...)                                                                               \
    const Vocabulary& function()                                                                                       \
    {                                                                                                                  \
        static const Vocabulary v(QStringLiteral(#function), {__VA_ARGS__});                                           \
        return v;                                                                                                      \
    }

HEARTH_VOCABULARY(officerRoles, {"officer", QT_TRANSLATE_NOOP("Vocabulary", "Officer")},
                  {"manager", QT_TRANSLATE_NOOP("Vocabulary", "Manager")})

HEARTH_VOCABULARY(sex, {"female", QT_TRANSLATE_NOOP("Vocabulary", "Female")},
                  {"male", QT_TRANSLATE_NOOP("Vocabulary", "Male")},
                  {"prefer_not_to_say", QT_TRANSLATE_NOOP("Vocabulary", "Prefer not to say")})

HEARTH_VOCABULARY(genderSameAsSex, {"yes", QT_TRANSLATE_NOOP("Vocabulary", "Yes")},
                  {"no", QT_TRANSLATE_NOOP("Vocabulary", "No")},
                  {"prefer_not_to_say", QT_TRANSLATE_NOOP("Vocabulary", "Prefer not to say")})

HEARTH_VOCABULARY(
    ethnicGroups, {"asian_bangladeshi", QT_TRANSLATE_NOOP("Vocabulary", "Asian: Bangladeshi")},
    {"asian_chinese", QT_TRANSLATE_NOOP("Vocabulary", "Asian: Chinese")},
    {"asian_indian", QT_TRANSLATE_NOOP("Vocabulary", "Asian: Indian")},
    {"asian_pakistani", QT_TRANSLATE_NOOP("Vocabulary", "Asian: Pakistani")},
    {"asian_other", QT_TRANSLATE_NOOP("Vocabulary", "Asian: any other Asian background")},
    {"black_african", QT_TRANSLATE_NOOP("Vocabulary", "Black: African")},
    {"black_caribbean", QT_TRANSLATE_NOOP("Vocabulary", "Black: Caribbean")},
    {"black_other", QT_TRANSLATE_NOOP("Vocabulary", "Black: any other Black, Black British or Caribbean background")},
    {"mixed_white_asian", QT_TRANSLATE_NOOP("Vocabulary", "Mixed: White and Asian")},
    {"mixed_white_black_african", QT_TRANSLATE_NOOP("Vocabulary", "Mixed: White and Black African")},
    {"mixed_white_black_caribbean", QT_TRANSLATE_NOOP("Vocabulary", "Mixed: White and Black Caribbean")},
    {"mixed_other", QT_TRANSLATE_NOOP("Vocabulary", "Mixed: any other Mixed or multiple ethnic background")},
    {"white_british", QT_TRANSLATE_NOOP("Vocabulary", "White: English, Welsh, Scottish, Northern Irish or British")},
    {"white_irish", QT_TRANSLATE_NOOP("Vocabulary", "White: Irish")},
    {"white_gypsy_traveller", QT_TRANSLATE_NOOP("Vocabulary", "White: Gypsy or Irish Traveller")},
    {"white_roma", QT_TRANSLATE_NOOP("Vocabulary", "White: Roma")},
    {"white_other", QT_TRANSLATE_NOOP("Vocabulary", "White: any other White background")},
    {"other_arab", QT_TRANSLATE_NOOP("Vocabulary", "Other ethnic group: Arab")},
    {"other_any", QT_TRANSLATE_NOOP("Vocabulary", "Other ethnic group: any other ethnic group")},
    {"prefer_not_to_say", QT_TRANSLATE_NOOP("Vocabulary", "Prefer not to say")})

HEARTH_VOCABULARY(yesNoPreferNot, {"yes", QT_TRANSLATE_NOOP("Vocabulary", "Yes")},
                  {"no", QT_TRANSLATE_NOOP("Vocabulary", "No")},
                  {"prefer_not_to_say", QT_TRANSLATE_NOOP("Vocabulary", "Prefer not to say")})

HEARTH_VOCABULARY(activityLimitation, {"a_lot", QT_TRANSLATE_NOOP("Vocabulary", "Yes, a lot")},
                  {"a_little", QT_TRANSLATE_NOOP("Vocabulary", "Yes, a little")},
                  {"not_at_all", QT_TRANSLATE_NOOP("Vocabulary", "Not at all")},
                  {"prefer_not_to_say", QT_TRANSLATE_NOOP("Vocabulary", "Prefer not to say")})

HEARTH_VOCABULARY(contactMethods, {"phone", QT_TRANSLATE_NOOP("Vocabulary", "Phone")},
                  {"text", QT_TRANSLATE_NOOP("Vocabulary", "Text message")},
                  {"email", QT_TRANSLATE_NOOP("Vocabulary", "Email")},
                  {"letter", QT_TRANSLATE_NOOP("Vocabulary", "Letter")},
                  {"visit", QT_TRANSLATE_NOOP("Vocabulary", "Home visit")})

HEARTH_VOCABULARY(targetGroups, {"older_people", QT_TRANSLATE_NOOP("Vocabulary", "Older people")},
                  {"care_leaver", QT_TRANSLATE_NOOP("Vocabulary", "Care leaver")},
                  {"first_time_parent", QT_TRANSLATE_NOOP("Vocabulary", "First-time parent")},
                  {"young_adult", QT_TRANSLATE_NOOP("Vocabulary", "Young adult (16–25)")},
                  {"carer", QT_TRANSLATE_NOOP("Vocabulary", "Carer")},
                  {"disabled", QT_TRANSLATE_NOOP("Vocabulary", "Disabled")},
                  {"bereaved", QT_TRANSLATE_NOOP("Vocabulary", "Bereaved")},
                  {"long_term_condition", QT_TRANSLATE_NOOP("Vocabulary", "Long-term condition")},
                  {"new_to_area", QT_TRANSLATE_NOOP("Vocabulary", "New to the area")},
                  {"veteran", QT_TRANSLATE_NOOP("Vocabulary", "Armed forces veteran")})

HEARTH_VOCABULARY(barriers, {"transport", QT_TRANSLATE_NOOP("Vocabulary", "Transport")},
                  {"digital_exclusion", QT_TRANSLATE_NOOP("Vocabulary", "Digital exclusion")},
                  {"mobility", QT_TRANSLATE_NOOP("Vocabulary", "Mobility")},
                  {"cost", QT_TRANSLATE_NOOP("Vocabulary", "Cost")},
                  {"language", QT_TRANSLATE_NOOP("Vocabulary", "Language")},
                  {"confidence", QT_TRANSLATE_NOOP("Vocabulary", "Confidence")},
                  {"caring_responsibilities", QT_TRANSLATE_NOOP("Vocabulary", "Caring responsibilities")},
                  {"sensory_impairment", QT_TRANSLATE_NOOP("Vocabulary", "Sight or hearing")})

HEARTH_VOCABULARY(identifiedBy, {"officer", QT_TRANSLATE_NOOP("Vocabulary", "Officer")},
                  {"ward_councillor", QT_TRANSLATE_NOOP("Vocabulary", "Ward councillor")},
                  {"gp_pcn", QT_TRANSLATE_NOOP("Vocabulary", "GP or primary care network")},
                  {"social_prescriber", QT_TRANSLATE_NOOP("Vocabulary", "Social prescriber")},
                  {"vcf_partner", QT_TRANSLATE_NOOP("Vocabulary", "Voluntary, community or faith partner")},
                  {"family_friend", QT_TRANSLATE_NOOP("Vocabulary", "Family or friend")},
                  {"self", QT_TRANSLATE_NOOP("Vocabulary", "Self-referral")},
                  {"other", QT_TRANSLATE_NOOP("Vocabulary", "Other")})

HEARTH_VOCABULARY(lawfulBases, {"consent", QT_TRANSLATE_NOOP("Vocabulary", "Consent (Article 6(1)(a))")},
                  {"public_task", QT_TRANSLATE_NOOP("Vocabulary", "Public task (Article 6(1)(e))")},
                  {"vital_interests", QT_TRANSLATE_NOOP("Vocabulary", "Vital interests (Article 6(1)(d))")},
                  {"legal_obligation", QT_TRANSLATE_NOOP("Vocabulary", "Legal obligation (Article 6(1)(c))")})

HEARTH_VOCABULARY(closureReasons, {"improved", QT_TRANSLATE_NOOP("Vocabulary", "Improved")},
                  {"moved_away", QT_TRANSLATE_NOOP("Vocabulary", "Moved away")},
                  {"declined", QT_TRANSLATE_NOOP("Vocabulary", "Declined further support")},
                  {"no_contact", QT_TRANSLATE_NOOP("Vocabulary", "No contact")},
                  {"deceased", QT_TRANSLATE_NOOP("Vocabulary", "Deceased")},
                  {"transferred", QT_TRANSLATE_NOOP("Vocabulary", "Transferred")},
                  {"other", QT_TRANSLATE_NOOP("Vocabulary", "Other")})

HEARTH_VOCABULARY(contactTypes, {"visit", QT_TRANSLATE_NOOP("Vocabulary", "Home visit")},
                  {"phone", QT_TRANSLATE_NOOP("Vocabulary", "Phone call")},
                  {"video", QT_TRANSLATE_NOOP("Vocabulary", "Video call")},
                  {"office", QT_TRANSLATE_NOOP("Vocabulary", "Office appointment")},
                  {"message", QT_TRANSLATE_NOOP("Vocabulary", "Letter or text")},
                  {"group_session", QT_TRANSLATE_NOOP("Vocabulary", "Group session")})

HEARTH_VOCABULARY(measurementStages, {"baseline", QT_TRANSLATE_NOOP("Vocabulary", "Baseline")},
                  {"review", QT_TRANSLATE_NOOP("Vocabulary", "Review")},
                  {"exit", QT_TRANSLATE_NOOP("Vocabulary", "Exit")})

HEARTH_VOCABULARY(serviceStatuses, {"active", QT_TRANSLATE_NOOP("Vocabulary", "Active")},
                  {"inactive", QT_TRANSLATE_NOOP("Vocabulary", "Inactive")},
                  {"defunct", QT_TRANSLATE_NOOP("Vocabulary", "Defunct")},
                  {"temporarily closed", QT_TRANSLATE_NOOP("Vocabulary", "Temporarily closed")})

HEARTH_VOCABULARY(referralKinds, {"signpost", QT_TRANSLATE_NOOP("Vocabulary", "Signpost")},
                  {"warm", QT_TRANSLATE_NOOP("Vocabulary", "Warm referral")})

HEARTH_VOCABULARY(actionStatuses, {"not_started", QT_TRANSLATE_NOOP("Vocabulary", "Not started")},
                  {"on_track", QT_TRANSLATE_NOOP("Vocabulary", "On track")},
                  {"at_risk", QT_TRANSLATE_NOOP("Vocabulary", "At risk")},
                  {"off_track", QT_TRANSLATE_NOOP("Vocabulary", "Off track")},
                  {"complete", QT_TRANSLATE_NOOP("Vocabulary", "Complete")})

HEARTH_VOCABULARY(
    auditActions, {"view", QT_TRANSLATE_NOOP("Vocabulary", "Viewed")},
    {"create", QT_TRANSLATE_NOOP("Vocabulary", "Created")}, {"update", QT_TRANSLATE_NOOP("Vocabulary", "Updated")},
    {"close", QT_TRANSLATE_NOOP("Vocabulary", "Closed")}, {"reopen", QT_TRANSLATE_NOOP("Vocabulary", "Reopened")},
    {"delete", QT_TRANSLATE_NOOP("Vocabulary", "Deleted")}, {"export", QT_TRANSLATE_NOOP("Vocabulary", "Exported")},
    {"import", QT_TRANSLATE_NOOP("Vocabulary", "Imported")}, {"sync", QT_TRANSLATE_NOOP("Vocabulary", "Synchronised")},
    {"purge", QT_TRANSLATE_NOOP("Vocabulary", "Purged")}, {"backup", QT_TRANSLATE_NOOP("Vocabulary", "Backed up")},
    {"restore", QT_TRANSLATE_NOOP("Vocabulary", "Restored")},
    {"anonymise", QT_TRANSLATE_NOOP("Vocabulary", "Anonymised")})

HEARTH_VOCABULARY(ageBandEstimates, {"16-24", "16–24"}, {"25-34", "25–34"}, {"35-49", "35–49"}, {"50-64", "50–64"},
                  {"65-74", "65–74"}, {"75+", "75+"}, {"under-16", QT_TRANSLATE_NOOP("Vocabulary", "Under 16")})

#undef HEARTH_VOCABULARY

} // namespace vocab
} // namespace hearth
