#include "DirectoryRepository.h"

#include <QCoreApplication>

#include "AuditLog.h"
#include "Referral.h"
#include "Store.h"
#include "Tables.h"
#include "WardRepository.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace hearth::storage {

namespace {

const QString kHearthTaxonomy = QStringLiteral("hearth");

template <class T>
QList<T> liveRows(sql::Connection& db, const TableSpec<T>& spec, const QString& where, const QString& order,
                  const QString& parameter = {})
{
    QList<T> rows;
    auto statement =
        db.prepare(selectSql(spec) + QStringLiteral(" WHERE deleted_at IS NULL %1 ORDER BY %2").arg(where, order));
    if (!parameter.isNull()) {
        statement.bind(1, parameter);
    }
    while (statement.step()) {
        rows.append(readRow(spec, statement));
    }
    return rows;
}

template <class T>
std::optional<T> liveByFeedId(sql::Connection& db, const TableSpec<T>& spec, const QString& feedId)
{
    if (feedId.isEmpty()) {
        return std::nullopt;
    }
    const auto rows = liveRows(db, spec, QStringLiteral("AND feed_id = ?1"), QStringLiteral("created_at, id"), feedId);
    return rows.isEmpty() ? std::nullopt : std::optional<T>(rows.first());
}

// The parts of a schedule that a feed states, for telling whether a re-import changed them.
QString scheduleKey(const Schedule& s)
{
    return QStringList {s.serviceLocationId,
                        s.freq,
                        s.byDay,
                        s.opensAt,
                        s.closesAt,
                        s.validFrom.toString(Qt::ISODate),
                        s.validTo.toString(Qt::ISODate),
                        s.description}
        .join(QChar(0x1f));
}

} // namespace

Organisation DirectoryRepository::addOrganisation(Organisation organisation)
{
    organisation.id = m_store.ids().next(m_store.clock().nowUtc());
    if (const auto errors = organisation.validate(); !errors.isEmpty()) {
        throw Error(errors);
    }
    organisation.meta = m_store.newRowMeta();
    sql::Transaction transaction(m_store.db());
    insertRow(m_store.db(), organisationTable(), organisation);
    m_store.audit().record(m_store.actingOfficerId(), QStringLiteral("create"), QStringLiteral("organisation"),
                           organisation.id, QStringLiteral("organisation added"));
    transaction.commit();
    return organisation;
}

std::optional<Organisation> DirectoryRepository::findOrganisation(const QString& id)
{
    auto row = findRow(m_store.db(), organisationTable(), id);
    return row && !row->meta.isDeleted() ? row : std::nullopt;
}

Organisation DirectoryRepository::requireOrganisation(const QString& idOrName)
{
    if (auto byId = findOrganisation(idOrName)) {
        return *byId;
    }
    const auto named =
        liveRows(m_store.db(), organisationTable(), QStringLiteral("AND name = ?1"), QStringLiteral("id"), idOrName);
    if (named.size() == 1) {
        return named.first();
    }
    throw Error(Error::Kind::NotFound,
                named.isEmpty() ? QCoreApplication::translate("hearth::storage",
                                                              "organisation: no organisation has the id or name '%1'")
                                      .arg(idOrName)
                                : QCoreApplication::translate(
                                      "hearth::storage", "organisation: %1 organisations are named '%2'; give the id")
                                      .arg(named.size())
                                      .arg(idOrName));
}

QList<Organisation> DirectoryRepository::organisations()
{
    return liveRows(m_store.db(), organisationTable(), {}, QStringLiteral("name, id"));
}

std::optional<Organisation> DirectoryRepository::findOrganisationByFeedId(const QString& feedId)
{
    return liveByFeedId(m_store.db(), organisationTable(), feedId);
}

std::optional<Service> DirectoryRepository::findServiceByFeedId(const QString& feedId)
{
    return liveByFeedId(m_store.db(), serviceTable(), feedId);
}

std::optional<Location> DirectoryRepository::findLocationByFeedId(const QString& feedId)
{
    return liveByFeedId(m_store.db(), locationTable(), feedId);
}

void DirectoryRepository::checkService(const Service& service)
{
    if (const auto errors = service.validate(m_store.councilVocabulary()); !errors.isEmpty()) {
        throw Error(errors);
    }
    if (!findOrganisation(service.organisationId)) {
        throw Error({{QStringLiteral("organisation"),
                      QCoreApplication::translate("hearth::storage", "no organisation has the id %1")
                          .arg(service.organisationId)}});
    }
    WardRepository wards(m_store);
    for (const QString& ward : service.wardsServed) {
        if (!wards.find(ward)) {
            throw Error({{QStringLiteral("wards_served"),
                          QCoreApplication::translate("hearth::storage", "no ward has the code %1").arg(ward)}});
        }
    }
}

Service DirectoryRepository::addService(Service service)
{
    service.id = m_store.ids().next(m_store.clock().nowUtc());
    service.lastModified = m_store.clock().nowUtc();
    checkService(service);
    service.meta = m_store.newRowMeta();
    sql::Transaction transaction(m_store.db());
    for (const QString& code : service.categories) {
        ensureTerm(code);
    }
    insertRow(m_store.db(), serviceTable(), service);
    m_store.audit().record(m_store.actingOfficerId(), QStringLiteral("create"), QStringLiteral("service"), service.id,
                           QStringLiteral("service added to organisation %1").arg(service.organisationId));
    transaction.commit();
    return service;
}

Service DirectoryRepository::addService(Service service, Organisation newOrganisation)
{
    if (const auto errors = newOrganisation.validate(); !errors.isEmpty()) {
        FieldErrors named;
        for (const auto& error : errors) {
            named.append({QStringLiteral("organisation"), error.message});
        }
        throw Error(named);
    }
    sql::Transaction transaction(m_store.db());
    service.organisationId = addOrganisation(newOrganisation).id;
    service = addService(service); // a problem here undoes the organisation too
    transaction.commit();
    return service;
}

Service DirectoryRepository::updateService(const Service& service)
{
    const Service held = requireService(service.id);
    Service changed = service;
    changed.meta = held.meta;
    changed.feedId = held.feedId;
    changed.lastModified = m_store.clock().nowUtc();
    checkService(changed);
    m_store.touch(changed.meta);
    sql::Transaction transaction(m_store.db());
    for (const QString& code : changed.categories) {
        ensureTerm(code);
    }
    updateRow(m_store.db(), serviceTable(), changed);
    m_store.audit().record(m_store.actingOfficerId(), QStringLiteral("update"), QStringLiteral("service"), changed.id,
                           QStringLiteral("service updated"));
    transaction.commit();
    return changed;
}

std::optional<Service> DirectoryRepository::findService(const QString& id)
{
    auto row = findRow(m_store.db(), serviceTable(), id);
    return row && !row->meta.isDeleted() ? row : std::nullopt;
}

Service DirectoryRepository::requireService(const QString& id)
{
    if (auto service = findService(id)) {
        return *service;
    }
    throw Error(Error::Kind::NotFound,
                QCoreApplication::translate("hearth::storage", "service: no service has the id %1").arg(id));
}

QList<Service> DirectoryRepository::services()
{
    return liveRows(m_store.db(), serviceTable(), {}, QStringLiteral("name, id"));
}

QList<Service> DirectoryRepository::staleServices(const QDate& today)
{
    const int months = m_store.councilSettings().staleAfterMonths;
    QList<Service> stale;
    for (const auto& service : services()) {
        if (service.isStale(today, months, service.meta.updatedAt.date())) {
            stale.append(service);
        }
    }
    return stale;
}

Location DirectoryRepository::addLocation(const QString& serviceId, Location location)
{
    requireService(serviceId);
    location.id = m_store.ids().next(m_store.clock().nowUtc());
    if (const auto errors = location.validate(); !errors.isEmpty()) {
        throw Error(errors);
    }
    if (!location.wardCode.isEmpty() && !WardRepository(m_store).find(location.wardCode)) {
        throw Error(
            {{QStringLiteral("ward"),
              QCoreApplication::translate("hearth::storage", "no ward has the code %1").arg(location.wardCode)}});
    }
    location.meta = m_store.newRowMeta();
    ServiceLocation link {m_store.ids().next(m_store.clock().nowUtc()), serviceId, location.id, m_store.newRowMeta()};
    sql::Transaction transaction(m_store.db());
    insertRow(m_store.db(), locationTable(), location);
    insertRow(m_store.db(), serviceLocationTable(), link);
    m_store.audit().record(m_store.actingOfficerId(), QStringLiteral("create"), QStringLiteral("location"), location.id,
                           QStringLiteral("location added for service %1").arg(serviceId));
    transaction.commit();
    return location;
}

Schedule DirectoryRepository::addSchedule(Schedule schedule)
{
    requireService(schedule.serviceId);
    schedule.id = m_store.ids().next(m_store.clock().nowUtc());
    if (const auto errors = schedule.validate(); !errors.isEmpty()) {
        throw Error(errors);
    }
    schedule.meta = m_store.newRowMeta();
    sql::Transaction transaction(m_store.db());
    insertRow(m_store.db(), scheduleTable(), schedule);
    m_store.audit().record(m_store.actingOfficerId(), QStringLiteral("create"), QStringLiteral("schedule"), schedule.id,
                           QStringLiteral("schedule added for service %1").arg(schedule.serviceId));
    transaction.commit();
    return schedule;
}

void DirectoryRepository::removeLocation(const QString& serviceId, const QString& locationId)
{
    requireService(serviceId);
    sql::Transaction transaction(m_store.db());
    bool found = false;
    for (const auto& link : links(serviceId)) {
        if (link.locationId != locationId) {
            continue;
        }
        found = true;
        for (Schedule schedule : schedules(serviceId)) {
            if (schedule.serviceLocationId == link.id) {
                m_store.touch(schedule.meta);
                schedule.meta.deletedAt = m_store.clock().nowUtc();
                updateRow(m_store.db(), scheduleTable(), schedule);
            }
        }
        softDelete(link);
    }
    if (!found) {
        throw Error(Error::Kind::NotFound,
                    QCoreApplication::translate("hearth::storage",
                                                "location: the service does not run at a place with the id %1")
                        .arg(locationId));
    }
    m_store.audit().record(m_store.actingOfficerId(), QStringLiteral("update"), QStringLiteral("service"), serviceId,
                           QStringLiteral("place %1 removed from the service").arg(locationId));
    transaction.commit();
}

void DirectoryRepository::removeSchedule(const QString& scheduleId)
{
    auto schedule = findRow(m_store.db(), scheduleTable(), scheduleId);
    if (!schedule || schedule->meta.isDeleted()) {
        throw Error(Error::Kind::NotFound,
                    QCoreApplication::translate("hearth::storage", "schedule: no time has the id %1").arg(scheduleId));
    }
    m_store.touch(schedule->meta);
    schedule->meta.deletedAt = m_store.clock().nowUtc();
    sql::Transaction transaction(m_store.db());
    updateRow(m_store.db(), scheduleTable(), *schedule);
    m_store.audit().record(m_store.actingOfficerId(), QStringLiteral("update"), QStringLiteral("service"),
                           schedule->serviceId, QStringLiteral("time %1 removed from the service").arg(scheduleId));
    transaction.commit();
}

QList<TaxonomyTerm> DirectoryRepository::terms()
{
    return liveRows(m_store.db(), taxonomyTermTable(), {}, QStringLiteral("taxonomy, code, id"));
}

TaxonomyTerm DirectoryRepository::ensureTerm(const QString& code, const QString& name, const QString& taxonomy)
{
    const auto held = liveRows(m_store.db(), taxonomyTermTable(), QStringLiteral("AND code = ?1"),
                               QStringLiteral("taxonomy = 'hearth' DESC, created_at, id"), code);
    for (const auto& term : held) {
        if (taxonomy.isEmpty() || term.taxonomy == taxonomy) {
            return term;
        }
    }
    if (code.trimmed().isEmpty()) {
        throw Error({{QStringLiteral("categories"),
                      QCoreApplication::translate("hearth::storage", "a category cannot be empty")}});
    }
    TaxonomyTerm term;
    term.id = m_store.ids().next(m_store.clock().nowUtc());
    term.code = code;
    term.name = name.isEmpty() ? code : name;
    term.taxonomy = taxonomy.isEmpty() ? kHearthTaxonomy : taxonomy;
    term.meta = m_store.newRowMeta();
    insertRow(m_store.db(), taxonomyTermTable(), term);
    return term;
}

QList<ServiceLocation> DirectoryRepository::links(const QString& serviceId)
{
    return liveRows(m_store.db(), serviceLocationTable(), QStringLiteral("AND service_id = ?1"),
                    QStringLiteral("created_at, id"), serviceId);
}

QList<Schedule> DirectoryRepository::schedules(const QString& serviceId)
{
    return liveRows(m_store.db(), scheduleTable(), QStringLiteral("AND service_id = ?1"),
                    QStringLiteral("created_at, id"), serviceId);
}

DirectoryEntry DirectoryRepository::entry(const Service& service)
{
    DirectoryEntry entry;
    entry.service = service;
    if (auto organisation = findRow(m_store.db(), organisationTable(), service.organisationId)) {
        entry.organisation = *organisation;
    }
    for (const auto& link : links(service.id)) {
        if (auto location = findRow(m_store.db(), locationTable(), link.locationId)) {
            entry.places.append({link, {}, *location});
        }
    }
    entry.schedules = schedules(service.id);
    for (const QString& code : service.categories) {
        const auto held = liveRows(m_store.db(), taxonomyTermTable(), QStringLiteral("AND code = ?1"),
                                   QStringLiteral("taxonomy = 'hearth' DESC, created_at, id"), code);
        if (!held.isEmpty()) {
            entry.terms.append(held.first());
        }
    }
    return entry;
}

QList<DirectoryEntry> DirectoryRepository::entries()
{
    QList<DirectoryEntry> all;
    for (const auto& service : services()) {
        all.append(entry(service));
    }
    return all;
}

void DirectoryRepository::softDelete(ServiceLocation link)
{
    m_store.touch(link.meta);
    link.meta.deletedAt = m_store.clock().nowUtc();
    updateRow(m_store.db(), serviceLocationTable(), link);
}

DirectoryRepository::ImportSummary DirectoryRepository::importFeed(const QList<DirectoryEntry>& entries, bool partial)
{
    ImportSummary summary;
    auto& db = m_store.db();
    sql::Transaction transaction(db);
    QSet<QString> listed;
    for (const DirectoryEntry& incoming : entries) {
        listed.insert(incoming.service.feedId);

        // The organisation, matched on its feed id.
        Organisation organisation = incoming.organisation;
        if (auto held = findOrganisationByFeedId(organisation.feedId)) {
            Organisation changed = *held;
            changed.name = organisation.name;
            changed.description = organisation.description;
            changed.website = organisation.website;
            changed.email = organisation.email;
            if (!(changed == *held)) {
                m_store.touch(changed.meta);
                updateRow(db, organisationTable(), changed);
            }
            organisation = changed;
        } else {
            organisation.id = m_store.ids().next(m_store.clock().nowUtc());
            organisation.meta = m_store.newRowMeta();
            insertRow(db, organisationTable(), organisation);
        }

        for (const auto& term : incoming.terms) {
            ensureTerm(term.code, term.name, term.taxonomy);
        }

        // The service: the feed's fields replace those held; Hearth's local fields stay.
        Service service;
        bool changedAnything = false;
        const auto heldService = findServiceByFeedId(incoming.service.feedId);
        if (heldService) {
            service = *heldService;
            service.organisationId = organisation.id;
            service.name = incoming.service.name;
            service.description = incoming.service.description;
            service.status = incoming.service.status;
            service.url = incoming.service.url;
            service.email = incoming.service.email;
            service.costDescription = incoming.service.costDescription;
            service.minimumAge = incoming.service.minimumAge;
            service.maximumAge = incoming.service.maximumAge;
            if (incoming.categoriesStated) {
                service.categories = incoming.service.categories;
            }
            service.lastModified = incoming.service.lastModified;
            service.assuredDate = incoming.service.assuredDate;
            service.inFeed = true;
            if (!(service == *heldService)) {
                m_store.touch(service.meta);
                updateRow(db, serviceTable(), service);
                changedAnything = true;
            }
        } else {
            service = incoming.service;
            service.id = m_store.ids().next(m_store.clock().nowUtc());
            service.organisationId = organisation.id;
            service.inFeed = true;
            service.meta = m_store.newRowMeta();
            insertRow(db, serviceTable(), service);
        }

        // Places, matched on the location's feed id; the ward a keeper set is kept.
        QHash<QString, QString> linkIdByFeedId;
        QSet<QString> keptLinks;
        QList<ServiceLocation> heldLinks = links(service.id);
        for (const auto& link : heldLinks) {
            keptLinks.insert(link.id); // unless the feed states its places, below
        }
        if (incoming.placesStated) {
            keptLinks.clear();
        }
        for (const auto& place : incoming.places) {
            Location location = place.location;
            if (auto held = findLocationByFeedId(location.feedId)) {
                Location changed = *held;
                changed.name = location.name;
                changed.addressLine1 = location.addressLine1;
                changed.town = location.town;
                changed.postcode = location.postcode;
                changed.latitude = location.latitude;
                changed.longitude = location.longitude;
                changed.accessibility = location.accessibility;
                if (!(changed == *held)) {
                    m_store.touch(changed.meta);
                    updateRow(db, locationTable(), changed);
                    changedAnything = true;
                }
                location = changed;
            } else {
                location.id = m_store.ids().next(m_store.clock().nowUtc());
                location.meta = m_store.newRowMeta();
                insertRow(db, locationTable(), location);
                changedAnything = true;
            }
            const auto found = std::find_if(heldLinks.begin(), heldLinks.end(),
                                            [&](const ServiceLocation& l) { return l.locationId == location.id; });
            QString linkId;
            if (found != heldLinks.end()) {
                linkId = found->id;
            } else {
                ServiceLocation link {m_store.ids().next(m_store.clock().nowUtc()), service.id, location.id,
                                      m_store.newRowMeta()};
                insertRow(db, serviceLocationTable(), link);
                heldLinks.append(link);
                linkId = link.id;
                changedAnything = true;
            }
            keptLinks.insert(linkId);
            if (!place.linkFeedId.isEmpty()) {
                linkIdByFeedId.insert(place.linkFeedId, linkId);
            }
        }
        for (const auto& link : heldLinks) {
            if (!keptLinks.contains(link.id)) {
                softDelete(link);
                changedAnything = true;
            }
        }

        // Schedules: replaced as a set when the feed's differ from those held.
        QList<Schedule> wanted;
        for (Schedule schedule : incoming.schedules) {
            schedule.serviceId = service.id;
            schedule.serviceLocationId = linkIdByFeedId.value(schedule.serviceLocationId);
            wanted.append(schedule);
        }
        const QList<Schedule> heldSchedules = schedules(service.id);
        QStringList wantedKeys;
        QStringList heldKeys;
        for (const auto& s : wanted) {
            wantedKeys.append(scheduleKey(s));
        }
        for (const auto& s : heldSchedules) {
            heldKeys.append(scheduleKey(s));
        }
        std::sort(wantedKeys.begin(), wantedKeys.end());
        std::sort(heldKeys.begin(), heldKeys.end());
        if (incoming.schedulesStated && wantedKeys != heldKeys) {
            for (Schedule old : heldSchedules) {
                m_store.touch(old.meta);
                old.meta.deletedAt = m_store.clock().nowUtc();
                updateRow(db, scheduleTable(), old);
            }
            for (Schedule schedule : wanted) {
                schedule.id = m_store.ids().next(m_store.clock().nowUtc());
                schedule.meta = m_store.newRowMeta();
                insertRow(db, scheduleTable(), schedule);
            }
            changedAnything = changedAnything || heldService.has_value();
        }

        if (!heldService) {
            ++summary.added;
        } else if (changedAnything) {
            ++summary.updated;
        } else {
            ++summary.unchanged;
        }
    }

    if (!partial) {
        for (auto service : liveRows(db, serviceTable(), QStringLiteral("AND feed_id IS NOT NULL AND in_feed = 1"),
                                     QStringLiteral("id"))) {
            if (!listed.contains(service.feedId)) {
                service.inFeed = false;
                m_store.touch(service.meta);
                updateRow(db, serviceTable(), service);
                ++summary.noLongerInFeed;
            }
        }
    }
    m_store.audit().record(m_store.actingOfficerId(), QStringLiteral("import"), QStringLiteral("directory"), {},
                           QStringLiteral("Open Referral import: %1 added, %2 updated, %3 unchanged, %4 no longer in "
                                          "the feed")
                               .arg(summary.added)
                               .arg(summary.updated)
                               .arg(summary.unchanged)
                               .arg(summary.noLongerInFeed));
    transaction.commit();
    return summary;
}

QList<DirectoryRepository::Suggestion> DirectoryRepository::suggestionsFor(const Resident& resident, const QDate& today)
{
    const QList<Service> all = services();
    QList<Suggestion> result;
    for (const auto& each : suggestServices(all, resident, today)) {
        result.append({*each.service, each.score, each.reasons});
    }
    return result;
}

QList<DirectoryRepository::GapCell> DirectoryRepository::gaps(const QDate& asOf)
{
    // Residents on the register (open cases) by ward.
    QHash<QString, int> residents;
    auto statement = m_store.db().prepare(
        QStringLiteral("SELECT ward_code, count(*) FROM residents WHERE deleted_at IS NULL AND status = 'open'"
                       " AND ward_code IS NOT NULL GROUP BY ward_code"));
    while (statement.step()) {
        residents.insert(statement.text(0), static_cast<int>(statement.integer(1)));
    }

    // The categories: every term held, plus any code a service uses without a term.
    QList<std::pair<QString, QString>> categories;
    QSet<QString> seen;
    for (const auto& term : terms()) {
        if (!seen.contains(term.code)) {
            seen.insert(term.code);
            categories.append({term.code, term.name});
        }
    }
    const QList<Service> all = services();
    QList<const Service*> available;
    for (const auto& service : all) {
        if (service.status == QLatin1String("active") && service.isRunningDuring(asOf, asOf)) {
            available.append(&service);
        }
        for (const QString& code : service.categories) {
            if (!seen.contains(code)) {
                seen.insert(code);
                categories.append({code, code});
            }
        }
    }
    std::sort(categories.begin(), categories.end());

    QList<Ward> wards = WardRepository(m_store).list();
    std::sort(wards.begin(), wards.end(), [](const Ward& a, const Ward& b) { return a.code < b.code; });
    QList<GapCell> cells;
    for (const auto& ward : wards) {
        for (const auto& [code, name] : categories) {
            GapCell cell {ward.code, ward.name, code, name, 0, residents.value(ward.code)};
            for (const Service* service : available) {
                if (service->categories.contains(code)
                    && (service->wardsServed.isEmpty() || service->wardsServed.contains(ward.code))) {
                    ++cell.services;
                }
            }
            cells.append(cell);
        }
    }
    return cells;
}

} // namespace hearth::storage
