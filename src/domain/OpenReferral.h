#pragma once

// Open Referral UK 3.0 (spec/open-referral-uk.md) <-> Hearth's directory: reading feeds
// (service_full, service_list pages, the older 1.0 page shape, or a JSON array of any of them)
// and writing documents that validate against the 3.0 schemas. docs/formats.md lists what maps
// to what and what is dropped.

#include "Directory.h"
#include "JsonSchema.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace hearth {

// One ORUK service with what hangs off it. On reading, every feedId holds the feed's id and the
// Hearth ids are empty; Schedule::serviceLocationId holds the feed's service_at_location id. On
// writing, the Hearth ids and feed ids are those held. Hearth matches a feed's places on their
// location ids and keeps no ids of its own for service_at_location and schedule records.
struct DirectoryEntry
{
    struct Place
    {
        ServiceLocation link;
        QString linkFeedId; // the service_at_location id in the feed
        Location location;
    };

    Service service;
    Organisation organisation;
    QList<Place> places;
    QList<Schedule> schedules;
    QList<TaxonomyTerm> terms; // the service's categories, one term per code
    // Whether the document listed these at all: a page of summaries (the ORUK API's list) leaves
    // them out, which says nothing about them, while an empty list says there are none.
    bool placesStated = false;
    bool schedulesStated = false;
    bool categoriesStated = false;
    QString path; // where it was in the document ("$.contents[3]")
};

struct OpenReferralRead
{
    QList<DirectoryEntry> entries;
    std::optional<JsonProblem> problem; // the first problem: then `entries` is empty
    QList<JsonProblem> dropped; // values Hearth could not keep (a postcode that is not a UK one...)
};

// Reads a document; validates each service against the ORUK 3.0 schemas and Hearth's rules.
OpenReferralRead readOpenReferral(const QByteArray& json,
                                  const JsonSchemaSet& schemas = JsonSchemaSet::openReferralUk());

// The ORUK id for a Hearth row: the feed's id when it is a UUID, else Hearth's own.
QString openReferralId(const QString& hearthId, const QString& feedId);

// One service_full document. `wardNames` names the wards served (code -> name) for service_areas.
QJsonObject toOpenReferralService(const DirectoryEntry& entry, const QHash<QString, QString>& wardNames = {});

// A service_list page holding every service given (page 1 of 1).
QJsonObject toOpenReferralPage(const QList<QJsonObject>& services);

} // namespace hearth
