#pragma once

#include "Directory.h"
#include "OpenReferral.h"
#include "Resident.h"

#include <QList>

#include <optional>

namespace hearth::storage {

class Store;

// The community directory: organisations, services, their locations, schedules and categories.
// Services are never deleted; one that leaves a re-imported feed is marked as no longer in it.
// Every write is audited with ids and counts only.
class DirectoryRepository
{
public:
    explicit DirectoryRepository(Store& store)
        : m_store(store)
    {
    }

    Organisation addOrganisation(Organisation organisation);
    std::optional<Organisation> findOrganisation(const QString& id);
    // The organisation with this id, or else the one with exactly this name (NotFound otherwise).
    Organisation requireOrganisation(const QString& idOrName);
    QList<Organisation> organisations();

    // Validates; checks the organisation, the wards served and that each category names a term
    // held (an unknown category becomes a new term in the "hearth" taxonomy). last_modified
    // becomes now: a change made in Hearth counts as a review.
    Service addService(Service service);
    // A new service under a new organisation: both are added, or neither (the service's problems
    // are found before anything is written). The service's organisation id is the new one's.
    Service addService(Service service, Organisation newOrganisation);
    Service updateService(const Service& service);
    std::optional<Service> findService(const QString& id);
    Service requireService(const QString& id);
    // Live services ordered by name.
    QList<Service> services();
    // Stale services (Service::isStale with the council's staleAfterMonths) as of `today`.
    QList<Service> staleServices(const QDate& today);

    // Adds a place where a service runs.
    Location addLocation(const QString& serviceId, Location location);
    Schedule addSchedule(Schedule schedule);
    // The service no longer runs at this place (the place itself is kept); its times there go too.
    void removeLocation(const QString& serviceId, const QString& locationId);
    void removeSchedule(const QString& scheduleId);

    QList<TaxonomyTerm> terms();
    // The term with this code (in any taxonomy, "hearth" first), or a new one in "hearth".
    TaxonomyTerm ensureTerm(const QString& code, const QString& name = {}, const QString& taxonomy = {});

    // A service with its organisation, places, schedules and terms, ready for ORUK export.
    DirectoryEntry entry(const Service& service);
    QList<DirectoryEntry> entries();

    struct ImportSummary
    {
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        int noLongerInFeed = 0; // services held from a feed that this import did not list
    };
    // Saves what readOpenReferral read, in one transaction: matched on the feed's ids, a service,
    // organisation or location already held is updated in place (its local fields kept), others
    // are added. Places, schedules and categories a document leaves out (a page of summaries)
    // are kept as held; an empty list clears them. Unless `partial`, services held with a feed id that the import does
    // not list are marked as no longer in the feed.
    ImportSummary importFeed(const QList<DirectoryEntry>& entries, bool partial = false);

    // Services a resident could be referred to, best first (suggestServices).
    struct Suggestion
    {
        Service service;
        int score = 0;
        QStringList reasons;
    };
    QList<Suggestion> suggestionsFor(const Resident& resident, const QDate& today);

    // Wards against categories: services available on `asOf` serving the ward (or the whole
    // area) next to the residents on the register there (open cases). A gap is a ward with
    // residents but no service of the category. Ordered by ward code, then category code.
    struct GapCell
    {
        QString wardCode;
        QString wardName;
        QString category;
        QString categoryName;
        int services = 0;
        int residents = 0;
        bool isGap() const { return residents > 0 && services == 0; }
    };
    QList<GapCell> gaps(const QDate& asOf);

private:
    void checkService(const Service& service);
    std::optional<Organisation> findOrganisationByFeedId(const QString& feedId);
    std::optional<Service> findServiceByFeedId(const QString& feedId);
    std::optional<Location> findLocationByFeedId(const QString& feedId);
    QList<ServiceLocation> links(const QString& serviceId);
    QList<Schedule> schedules(const QString& serviceId);
    void softDelete(ServiceLocation link);

    Store& m_store;
};

} // namespace hearth::storage
