#pragma once

#include "CouncilVocabulary.h"
#include "RowMeta.h"
#include "Validation.h"

#include <QDate>
#include <QStringList>

#include <optional>

namespace hearth {

// The community directory, shaped after Open Referral UK 3.0 (spec/open-referral-uk.md) with the
// local fields ORUK lacks. feed_id is the id the entry has in an imported feed, so re-importing
// updates in place.

struct Organisation
{
    QString id;
    QString name;
    QString description;
    QString website;
    QString email;
    QString feedId;
    RowMeta meta;

    FieldErrors validate() const;
    bool operator==(const Organisation&) const = default;
};

struct Service
{
    QString id;
    QString organisationId;
    QString name;
    QString description;
    QString status = QStringLiteral("active"); // vocab::serviceStatuses
    QString url;
    QString email;
    QString phone;
    QString costDescription; // empty = free
    std::optional<int> minimumAge;
    std::optional<int> maximumAge;
    QStringList categories; // taxonomy term codes
    QStringList wardsServed; // ward codes; empty = the whole council area
    QStringList targetGroups; // the council's target groups (CouncilVocabulary)
    std::optional<int> capacity;
    QString accessibility;
    bool transportProvided = false;
    QDate startedOn;
    QDate endedOn;
    QDateTime lastModified;
    QDate assuredDate;
    QString feedId;
    bool inFeed = true; // false once a re-imported feed no longer lists it
    RowMeta meta;

    // Running at some time in [from, to]: started on or before to (or no start), not ended before
    // from, and not defunct (kpis.md `services_available`).
    bool isRunningDuring(const QDate& from, const QDate& to) const;
    // When the entry was last checked: the later of assured_date and the date of last_modified;
    // null when neither is known.
    QDate reviewedOn() const;
    // Past its review date: reviewed (or, never reviewed, last changed in Hearth on `changedOn`)
    // more than `months` months before `today`.
    bool isStale(const QDate& today, int months, const QDate& changedOn = {}) const;
    // `vocabulary`: the council's target groups.
    FieldErrors validate(const CouncilVocabulary& vocabulary) const;
    bool operator==(const Service&) const = default;
};

struct Location
{
    QString id;
    QString name;
    QString addressLine1;
    QString town;
    QString postcode;
    QString wardCode;
    std::optional<double> latitude;
    std::optional<double> longitude;
    QString accessibility;
    QString feedId;
    RowMeta meta;

    FieldErrors validate() const;
    bool operator==(const Location&) const = default;
};

// ORUK service_at_location: where a service runs.
struct ServiceLocation
{
    QString id;
    QString serviceId;
    QString locationId;
    RowMeta meta;
    bool operator==(const ServiceLocation&) const = default;
};

// An iCal-like schedule (ORUK schedule): freq WEEKLY | MONTHLY, byday "MO,WE", times "HH:MM".
struct Schedule
{
    QString id;
    QString serviceId;
    QString serviceLocationId;
    QString freq;
    QString byDay;
    QString opensAt;
    QString closesAt;
    QDate validFrom;
    QDate validTo;
    QString description;
    RowMeta meta;

    FieldErrors validate() const;
    bool operator==(const Schedule&) const = default;
};

// A category from a taxonomy (e.g. the LGA/esd Community Services list).
struct TaxonomyTerm
{
    QString id;
    QString code;
    QString name;
    QString taxonomy;
    QString parentId;
    RowMeta meta;
    bool operator==(const TaxonomyTerm&) const = default;
};

} // namespace hearth
