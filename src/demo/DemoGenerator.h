#pragma once

#include "Store.h"

#include <QDate>

#include <cstdint>
#include <functional>

namespace hearth::demo {

// Fills a new database with a fictional council's caseload ("Hearthdale Borough Council (demo)")
// for demonstrations, training and benchmarks. The same seed and `today` always give the same data,
// byte for byte, whichever database it goes into.
struct DemoOptions
{
    int residents = 1000;
    std::uint64_t seed = 1;
    QDate today; // the demo's "today"; data spans the two years before it. Invalid: the store's clock
    // Optional; called now and then with the residents written so far. Return false to cancel:
    // then nothing is written.
    std::function<bool(qint64 done, qint64 total)> progress;
};

struct DemoSummary
{
    qint64 officers = 0, wards = 0, residents = 0, contacts = 0, services = 0, referrals = 0;
    qint64 measurements = 0;
    qint64 actionItems = 0, actionUpdates = 0; // the demo strategy's action plan
    bool cancelled = false; // the progress callback asked to stop; the database is unchanged
};

// Writes the demo in one transaction with one audit event. Throws storage::Error (AlreadyExists)
// if the database already holds residents, and storage::Error (Invalid) for options it cannot use.
// If no officer is acting yet, the demo's manager becomes the acting officer.
DemoSummary generateDemo(storage::Store& store, const DemoOptions& options);

// The site id every demo row carries: fixed for a seed, so two demo databases agree.
QString demoSiteId(std::uint64_t seed);

} // namespace hearth::demo
