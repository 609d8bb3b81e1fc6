#include "ActionPlan.h"

#include <QCoreApplication>

#include "Vocabulary.h"

namespace hearth {

namespace {

void checkPercent(Validator& v, int percent)
{
    if (percent < 0 || percent > 100) {
        v.fail(QStringLiteral("percent_complete"),
               QCoreApplication::translate("hearth::ActionPlan", "must be between 0 and 100"));
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
    v.notBefore(QStringLiteral("due_on"), dueOn, startOn,
                QCoreApplication::translate("hearth::ActionPlan", "the start date"));
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

const ActionUpdate* latestUpdateAsOf(const QList<ActionUpdate>& updates, const QDate& asOf)
{
    const ActionUpdate* latest = nullptr;
    for (const auto& update : updates) {
        if (!update.updateOn.isValid() || update.updateOn > asOf) {
            continue;
        }
        if (!latest || update.updateOn >= latest->updateOn) {
            latest = &update;
        }
    }
    return latest;
}

QString statusAsOf(const ActionItem& item, const QList<ActionUpdate>& updates, const QDate& asOf)
{
    if (const auto* latest = latestUpdateAsOf(updates, asOf)) {
        return latest->status;
    }
    return updates.isEmpty() ? item.status : QStringLiteral("not_started");
}

bool isOverdue(const ActionItem& item, const QList<ActionUpdate>& updates, const QDate& asOf)
{
    return item.dueOn.isValid() && item.dueOn < asOf && statusAsOf(item, updates, asOf) != QLatin1String("complete");
}

QStringList attentionReasons(const ActionItem& item, const QList<ActionUpdate>& updates, const QDate& asOf,
                             int weeksWithoutUpdate)
{
    QStringList reasons;
    const QString status = statusAsOf(item, updates, asOf);
    if (status == QLatin1String("complete")) {
        return reasons;
    }
    if (isOverdue(item, updates, asOf)) {
        reasons.append(QStringLiteral("overdue"));
    }
    if (status == QLatin1String("at_risk") || status == QLatin1String("off_track")) {
        reasons.append(status);
    }
    QDate reference;
    if (const auto* latest = latestUpdateAsOf(updates, asOf)) {
        reference = latest->updateOn;
    } else if (item.startOn.isValid()) {
        reference = item.startOn;
    } else {
        reference = item.meta.createdAt.toUTC().date();
    }
    if (reference.isValid() && reference < asOf.addDays(-7 * qint64(weeksWithoutUpdate))) {
        reasons.append(QStringLiteral("no_recent_update"));
    }
    return reasons;
}

QString attentionReasonLabel(const QString& reason, int weeksWithoutUpdate)
{
    if (reason == QLatin1String("overdue")) {
        return QCoreApplication::translate("hearth::ActionPlan", "Overdue");
    }
    if (reason == QLatin1String("at_risk")) {
        return QCoreApplication::translate("hearth::ActionPlan", "At risk");
    }
    if (reason == QLatin1String("off_track")) {
        return QCoreApplication::translate("hearth::ActionPlan", "Off track");
    }
    if (reason == QLatin1String("no_recent_update")) {
        return weeksWithoutUpdate == 1
            ? QCoreApplication::translate("hearth::ActionPlan", "No update in the last week")
            : QCoreApplication::translate("hearth::ActionPlan", "No update in the last %1 weeks")
                  .arg(weeksWithoutUpdate);
    }
    return reason;
}

} // namespace hearth
