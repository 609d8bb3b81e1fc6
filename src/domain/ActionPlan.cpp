#include "ActionPlan.h"

#include "Vocabulary.h"

namespace hearth {

namespace {

void checkPercent(Validator& v, int percent)
{
    if (percent < 0 || percent > 100) {
        v.fail(QStringLiteral("percent_complete"), QStringLiteral("must be between 0 and 100"));
    }
}

} // namespace

FieldErrors Strategy::validate() const
{
    Validator v;
    v.requireText(QStringLiteral("title"), title, 300);
    v.notBefore(QStringLiteral("period_to"), periodTo, periodFrom, QStringLiteral("period_from"));
    return v.errors();
}

FieldErrors Priority::validate() const
{
    Validator v;
    v.requireId(QStringLiteral("strategy"), strategyId);
    v.requireText(QStringLiteral("title"), title, 300);
    return v.errors();
}

FieldErrors ActionItem::validate() const
{
    Validator v;
    v.requireId(QStringLiteral("priority"), priorityId);
    v.requireText(QStringLiteral("title"), title, 300);
    v.optionalText(QStringLiteral("description"), description, 10000);
    v.optionalId(QStringLiteral("lead"), leadOfficerId);
    v.optionalText(QStringLiteral("partner"), partnerOrganisation, 200);
    v.notBefore(QStringLiteral("due_on"), dueOn, startOn, QStringLiteral("the start date"));
    v.requireCode(QStringLiteral("status"), status, vocab::actionStatuses());
    checkPercent(v, percentComplete);
    return v.errors();
}

FieldErrors ActionUpdate::validate(const QDate& today) const
{
    Validator v;
    v.requireId(QStringLiteral("item"), itemId);
    v.requireDate(QStringLiteral("on"), updateOn);
    v.notAfter(QStringLiteral("on"), updateOn, today, QStringLiteral("today"));
    v.requireCode(QStringLiteral("status"), status, vocab::actionStatuses());
    checkPercent(v, percentComplete);
    v.optionalText(QStringLiteral("commentary"), commentary, 10000);
    return v.errors();
}

} // namespace hearth
