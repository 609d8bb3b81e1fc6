#include "Directory.h"

#include <QCoreApplication>

#include "Resident.h"
#include "Vocabulary.h"

#include <QRegularExpression>

#include <algorithm>

namespace hearth {

FieldErrors Organisation::validate() const
{
    Validator v;
    v.optionalId(QStringLiteral("id"), id);
    v.requireText(QStringLiteral("name"), name, 200);
    v.optionalText(QStringLiteral("description"), description, 5000);
    return v.errors();
}

bool Service::isRunningDuring(const QDate& from, const QDate& to) const
{
    if (status == QLatin1String("defunct")) {
        return false;
    }
    const bool started = !startedOn.isValid() || startedOn <= to;
    const bool notEnded = !endedOn.isValid() || endedOn >= from;
    return started && notEnded;
}

QDate Service::reviewedOn() const
{
    const QDate modified = lastModified.isValid() ? lastModified.toUTC().date() : QDate();
    if (!assuredDate.isValid()) {
        return modified;
    }
    if (!modified.isValid()) {
        return assuredDate;
    }
    return std::max(assuredDate, modified);
}

bool Service::isStale(const QDate& today, int months, const QDate& changedOn) const
{
    QDate reviewed = reviewedOn();
    if (!reviewed.isValid()) {
        reviewed = changedOn;
    }
    if (!reviewed.isValid()) {
        return true; // never reviewed and no date at all: it needs checking
    }
    return reviewed < today.addMonths(-months);
}

FieldErrors Service::validate(const CouncilVocabulary& vocabulary) const
{
    Validator v;
    v.optionalId(QStringLiteral("id"), id);
    v.requireId(QStringLiteral("organisation"), organisationId);
    v.requireText(QStringLiteral("name"), name, 200);
    v.optionalText(QStringLiteral("description"), description, 10000);
    v.requireCode(QStringLiteral("status"), status, vocab::serviceStatuses());
    if (minimumAge && (*minimumAge < 0 || *minimumAge > 130)) {
        v.fail(QStringLiteral("minimum_age"),
               QCoreApplication::translate("hearth::Directory", "must be between 0 and 130"));
    }
    if (maximumAge && (*maximumAge < 0 || *maximumAge > 130)) {
        v.fail(QStringLiteral("maximum_age"),
               QCoreApplication::translate("hearth::Directory", "must be between 0 and 130"));
    }
    if (minimumAge && maximumAge && *minimumAge > *maximumAge) {
        v.fail(QStringLiteral("maximum_age"),
               QCoreApplication::translate("hearth::Directory", "is below the minimum age"));
    }
    v.requireCodes(QStringLiteral("target_groups"), targetGroups, vocabulary.targetGroups());
    if (capacity && *capacity < 0) {
        v.fail(QStringLiteral("capacity"), QCoreApplication::translate("hearth::Directory", "cannot be negative"));
    }
    v.notBefore(QStringLiteral("ended_on"), endedOn, startedOn, QStringLiteral("started_on"));
    return v.errors();
}

FieldErrors Location::validate() const
{
    Validator v;
    v.optionalId(QStringLiteral("id"), id);
    v.optionalText(QStringLiteral("name"), name, 200);
    if (!postcode.isEmpty() && !isUkPostcode(postcode)) {
        v.fail(QStringLiteral("postcode"),
               QCoreApplication::translate("hearth::Directory", "'%1' is not a UK postcode").arg(postcode));
    }
    if (latitude && (*latitude < -90.0 || *latitude > 90.0)) {
        v.fail(QStringLiteral("latitude"),
               QCoreApplication::translate("hearth::Directory", "must be between -90 and 90"));
    }
    if (longitude && (*longitude < -180.0 || *longitude > 180.0)) {
        v.fail(QStringLiteral("longitude"),
               QCoreApplication::translate("hearth::Directory", "must be between -180 and 180"));
    }
    return v.errors();
}

FieldErrors Schedule::validate() const
{
    Validator v;
    v.requireId(QStringLiteral("service"), serviceId);
    if (!freq.isEmpty() && freq != QLatin1String("WEEKLY") && freq != QLatin1String("MONTHLY")) {
        v.fail(QStringLiteral("freq"),
               QCoreApplication::translate("hearth::Directory", "'%1' is not one of: WEEKLY, MONTHLY").arg(freq));
    }
    static const QRegularExpression hhmm(QStringLiteral("^([01]\\d|2[0-3]):[0-5]\\d(:[0-5]\\d)?\\z"));
    if (!opensAt.isEmpty() && !hhmm.match(opensAt).hasMatch()) {
        v.fail(QStringLiteral("opens_at"),
               QCoreApplication::translate("hearth::Directory", "'%1' is not a time as HH:MM").arg(opensAt));
    }
    if (!closesAt.isEmpty() && !hhmm.match(closesAt).hasMatch()) {
        v.fail(QStringLiteral("closes_at"),
               QCoreApplication::translate("hearth::Directory", "'%1' is not a time as HH:MM").arg(closesAt));
    }
    v.notBefore(QStringLiteral("valid_to"), validTo, validFrom, QStringLiteral("valid_from"));
    return v.errors();
}

} // namespace hearth
