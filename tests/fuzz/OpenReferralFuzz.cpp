// libFuzzer target for Open Referral UK feeds (`hearth-cli directory import FILE`, the Directory
// page): 3.0 service_full documents and service_list pages, 1.0 pages and arrays of them, validated
// against the built-in 3.0 schemas. Any bytes must give entries or one problem, never both; every
// entry read, once given the ids saving it would give (DirectoryRepository), must write back as a
// service that the 3.0 schema accepts.
#include "FuzzSupport.h"
#include "OpenReferral.h"

namespace {

// What saving gives a read entry: a Hearth id for every record, and the links between them.
hearth::DirectoryEntry saved(hearth::DirectoryEntry entry)
{
    int next = 0;
    const auto id = [&next] {
        return QStringLiteral("0190a1b2-0000-7000-8000-%1").arg(++next, 12, 10, QLatin1Char('0'));
    };
    entry.organisation.id = id();
    entry.service.id = id();
    entry.service.organisationId = entry.organisation.id;
    for (auto& place : entry.places) {
        place.location.id = id();
        place.link.id = id();
        place.link.serviceId = entry.service.id;
        place.link.locationId = place.location.id;
    }
    for (auto& schedule : entry.schedules) {
        schedule.id = id();
        schedule.serviceId = entry.service.id;
    }
    for (auto& term : entry.terms) {
        if (term.id.isEmpty()) {
            term.id = id();
        }
    }
    return entry;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const hearth::OpenReferralRead read = hearth::readOpenReferral(hearth::fuzz::bytes(data, size));
    if (read.problem && !read.entries.isEmpty()) {
        hearth::fuzz::finding("a feed with a problem still gave entries");
    }
    const auto& schemas = hearth::JsonSchemaSet::openReferralUk();
    QList<QJsonObject> written;
    for (const auto& entry : read.entries) {
        written.append(hearth::toOpenReferralService(saved(entry)));
        if (const auto problem = schemas.validate(written.last(), QStringLiteral("service.json"))) {
            std::fprintf(stderr, "%s\n", qPrintable(problem->text()));
            hearth::fuzz::finding("a service read from a feed writes back as one the 3.0 schema refuses");
        }
    }
    (void)hearth::toOpenReferralPage(written);
    return 0;
}
