// hearth_bench: the speed targets of design.md, measured on a demo database, printed as Markdown.
//
//   hearth_bench [--residents N] [--seed S] [--repeat R] [--db PATH] [--generate-only] [--breakdown]
//                [--cache-mib N] [--temp-memory] [--kpi]
//
// Targets: demo generation of 100,000 residents under 60 s; search-as-you-type under 50 ms per
// query (first page of 50 rows and the total count) at 100,000 residents. --breakdown repeats the
// generation on scratch databases with storage's triggers dropped, to show what they cost. --kpi
// times the whole KPI set for a quarter (target: under 1 s with one breakdown at 100,000 residents),
// after adding outcome measurements, referrals and services the demo does not make.

#include "DemoGenerator.h"

#include "KpiReport.h"
#include "ReportWriters.h"

#include "ResidentRepository.h"
#include "Store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <vector>

using namespace hearth;
using namespace hearth::storage;

namespace {

const QDate kToday(2026, 11, 22);

struct Options
{
    int residents = 100'000;
    std::uint64_t seed = 1;
    int repeat = 30;
    QString dbPath;
    bool breakdown = false;
    bool generateOnly = false;
    int cacheMiB = 0; // experiment: PRAGMA cache_size for the generating connection (0: leave as is)
    bool tempMemory = false; // experiment: PRAGMA temp_store = MEMORY for the generating connection
    bool kpi = false;
};

void print(const QString& line)
{
    std::fputs(line.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

// Peak resident set size of this process, from /proc (Linux); 0 where unavailable.
qint64 peakRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return 0;
    }
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:")) {
            return line.mid(6).trimmed().split(' ').first().toLongLong();
        }
    }
    return 0;
}

qint64 fileSize(const QString& path)
{
    return QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
}

struct Timing
{
    double median = 0;
    double p95 = 0;
};

Timing timeMs(int repeat, const std::function<void()>& run)
{
    run(); // warm the page cache and the statement cache
    std::vector<double> samples;
    samples.reserve(static_cast<std::size_t>(repeat));
    for (int i = 0; i < repeat; ++i) {
        QElapsedTimer timer;
        timer.start();
        run();
        samples.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(samples.begin(), samples.end());
    const auto at = [&](double q) {
        const auto index = static_cast<std::size_t>(std::ceil(q * static_cast<double>(samples.size()))) - 1;
        return samples[std::min(index, samples.size() - 1)];
    };
    return {at(0.5), at(0.95)};
}

QString ms(double value)
{
    return QString::number(value, 'f', value < 10 ? 2 : 1);
}

struct Generated
{
    demo::DemoSummary summary;
    double seconds = 0;
};

// Experiments with the connection settings (--cache-mib, --temp-memory): override what storage sets at
// open, to measure other values.
void tune(Store& store, const Options& options)
{
    if (options.cacheMiB > 0) {
        store.db().exec(QStringLiteral("PRAGMA cache_size = -%1").arg(options.cacheMiB * 1024));
    }
    if (options.tempMemory) {
        store.db().exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
    }
}

// Makes a demo database, timing generateDemo (one transaction, its commit included).
Generated generate(const QString& path, const Options& options)
{
    SystemClock clock;
    Store store(path, Store::OpenMode::CreateNew, clock);
    tune(store, options);
    demo::DemoOptions demoOptions;
    demoOptions.residents = options.residents;
    demoOptions.seed = options.seed;
    demoOptions.today = kToday;
    QElapsedTimer timer;
    timer.start();
    Generated result;
    result.summary = demo::generateDemo(store, demoOptions);
    result.seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    return result;
}

void benchQueries(Store& store, const Options& options)
{
    auto residents = store.residents();

    print(QStringLiteral("\n### Search-as-you-type (first page of 50 + total count)\n"));
    print(QStringLiteral("| typed | matches | list() median ms | list() p95 ms | count() median ms | page only ms "
                         "(median, list - count) |"));
    print(QStringLiteral("|---|---:|---:|---:|---:|---:|"));
    const QStringList typed {
        QStringLiteral("s"),     QStringLiteral("sm"),          QStringLiteral("smi"),         QStringLiteral("smit"),
        QStringLiteral("smith"), QStringLiteral("margaret sm"), QStringLiteral("QH3"),         QStringLiteral("QH3 4"),
        QStringLiteral("9001"),  QStringLiteral("07700 9001"),  QStringLiteral("befriending"), QStringLiteral("allot"),
    };
    for (const auto& text : typed) {
        ResidentQuery query;
        query.search = text;
        query.limit = 50;
        query.today = kToday;
        qint64 total = 0;
        const Timing list = timeMs(options.repeat, [&] { total = residents.list(query).total; });
        const Timing count = timeMs(options.repeat, [&] { residents.count(query); });
        print(QStringLiteral("| `%1` | %2 | %3 | %4 | %5 | %6 |")
                  .arg(text)
                  .arg(total)
                  .arg(ms(list.median), ms(list.p95), ms(count.median), ms(std::max(0.0, list.median - count.median))));
    }

    print(QStringLiteral("\n### Caseload paging (page of 50 + total count)\n"));
    print(QStringLiteral("| page | matches | list() median ms | list() p95 ms | count() median ms |"));
    print(QStringLiteral("|---|---:|---:|---:|---:|"));
    struct Case
    {
        QString label;
        std::function<void(ResidentQuery&)> set;
    };
    const int deep = std::min(50'000, options.residents / 2);
    const QList<Case> cases {
        {QStringLiteral("by name, first page"), [](ResidentQuery&) {}},
        {QStringLiteral("by name, offset %1").arg(deep), [deep](ResidentQuery& q) { q.offset = deep; }},
        {QStringLiteral("by name descending, first page"), [](ResidentQuery& q) { q.descending = true; }},
        {QStringLiteral("by last contact, first page"),
         [](ResidentQuery& q) { q.sort = ResidentQuery::Sort::LastContact; }},
        {QStringLiteral("by last contact, offset %1").arg(deep),
         [deep](ResidentQuery& q) {
             q.sort = ResidentQuery::Sort::LastContact;
             q.offset = deep;
         }},
        {QStringLiteral("by next follow-up, first page"),
         [](ResidentQuery& q) { q.sort = ResidentQuery::Sort::NextFollowUp; }},
        {QStringLiteral("by identified on (newest), first page"),
         [](ResidentQuery& q) {
             q.sort = ResidentQuery::Sort::IdentifiedOn;
             q.descending = true;
         }},
        {QStringLiteral("open cases, by name"), [](ResidentQuery& q) { q.status = QStringLiteral("open"); }},
        {QStringLiteral("ward E05900001, by name"), [](ResidentQuery& q) { q.wardCode = QStringLiteral("E05900001"); }},
        {QStringLiteral("target group young_adult, by name"),
         [](ResidentQuery& q) { q.targetGroup = QStringLiteral("young_adult"); }},
        {QStringLiteral("follow-up overdue, by next follow-up"),
         [](ResidentQuery& q) {
             q.followUpOverdue = true;
             q.sort = ResidentQuery::Sort::NextFollowUp;
         }},
        {QStringLiteral("risk flag only, by name"), [](ResidentQuery& q) { q.riskOnly = true; }},
        {QStringLiteral("ward + open + overdue, by name"),
         [](ResidentQuery& q) {
             q.wardCode = QStringLiteral("E05900004");
             q.status = QStringLiteral("open");
             q.followUpOverdue = true;
         }},
    };
    for (const auto& c : cases) {
        ResidentQuery query;
        query.limit = 50;
        query.today = kToday;
        c.set(query);
        qint64 total = 0;
        const Timing list = timeMs(options.repeat, [&] { total = residents.list(query).total; });
        const Timing count = timeMs(options.repeat, [&] { residents.count(query); });
        print(QStringLiteral("| %1 | %2 | %3 | %4 | %5 |")
                  .arg(c.label)
                  .arg(total)
                  .arg(ms(list.median), ms(list.p95), ms(count.median)));
    }
}

// The demo has no measurements, referrals or directory yet: add a plausible load with SQL, so that
// every KPI has rows to count. A third of residents have a UCLA-3 baseline on the day they were
// identified and a review 90 days later (a sixth a second review at 180 days); a quarter have a
// referral sent 14 days after identification; 400 services start over four years.
void addKpiLoad(Store& store)
{
    auto& db = store.db();
    sql::Transaction transaction(db);
    db.exec(QStringLiteral(
        "INSERT INTO organisations (id, name, created_at, updated_at, site_id) VALUES"
        " ('bench-org', 'Bench organisation', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', 'bench');"
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 400)"
        " INSERT INTO services (id, organisation_id, name, status, categories, wards_served, started_on, ended_on,"
        "  created_at, updated_at, site_id)"
        " SELECT 'bench-service-' || i, 'bench-org', 'Service ' || i, CASE WHEN i % 17 = 0 THEN 'defunct' ELSE"
        "  'active' END, json_array(CASE i % 3 WHEN 0 THEN 'social' WHEN 1 THEN 'activity' ELSE 'befriending' END),"
        "  CASE WHEN i % 4 = 0 THEN '[]' ELSE json_array(printf('E059%05d', 1 + i % 12)) END,"
        "  date('2023-01-01', '+' || (i * 3) || ' days'), CASE WHEN i % 9 = 0 THEN date('2023-01-01', '+' ||"
        "  (i * 3 + 200) || ' days') END, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', 'bench' FROM n;"
        "INSERT INTO measurements (id, resident_id, instrument, stage, taken_on, responses, created_at, updated_at,"
        "  site_id)"
        " SELECT 'bench-m1-' || rowid, id, 'ucla3', 'baseline', identified_on, json_array(1 + rowid % 3, 2, 3),"
        "  '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', 'bench' FROM residents WHERE rowid % 3 = 0;"
        "INSERT INTO measurements (id, resident_id, instrument, stage, taken_on, responses, created_at, updated_at,"
        "  site_id)"
        " SELECT 'bench-m2-' || rowid, id, 'ucla3', 'review', min(date(identified_on, '+90 days'), '2026-11-22'),"
        "  json_array(1 + rowid % 2, 1 + rowid % 3, 2), '2026-01-02T00:00:00Z', '2026-01-02T00:00:00Z', 'bench'"
        "  FROM residents WHERE rowid % 3 = 0;"
        "INSERT INTO measurements (id, resident_id, instrument, stage, taken_on, responses, created_at, updated_at,"
        "  site_id)"
        " SELECT 'bench-m3-' || rowid, id, 'ucla3', 'review', min(date(identified_on, '+180 days'), '2026-11-22'),"
        "  json_array(1, 1 + rowid % 2, 1), '2026-01-03T00:00:00Z', '2026-01-03T00:00:00Z', 'bench'"
        "  FROM residents WHERE rowid % 6 = 0;"
        "INSERT INTO referrals (id, resident_id, service_id, kind, status, created_on, sent_on, created_at,"
        "  updated_at, site_id)"
        " SELECT 'bench-r-' || rowid, id, 'bench-service-' || (1 + rowid % 400), 'warm',"
        "  CASE rowid % 5 WHEN 0 THEN 'accepted' WHEN 1 THEN 'declined' WHEN 2 THEN 'attending' WHEN 3 THEN"
        "  'completed' ELSE 'sent' END, identified_on, min(date(identified_on, '+14 days'), '2026-11-22'),"
        "  '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', 'bench' FROM residents WHERE rowid % 4 = 0;"));
    transaction.commit();
    store.checkpoint();
}

void benchKpi(Store& store, const Options& options)
{
    const auto count = [&](const char* table) {
        auto statement = store.db().prepare(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
        statement.step();
        return statement.integer(0);
    };
    print(QStringLiteral("\n### KPIs for a quarter (KpiReport::build: SQL, rules, disclosure control)\n"));
    print(QStringLiteral("Load: %1 measurements, %2 referrals, %3 services, %4 contacts.\n")
              .arg(count("measurements"))
              .arg(count("referrals"))
              .arg(count("services"))
              .arg(count("contacts")));
    const Period quarter = *Period::fromQuarter(QStringLiteral("FY2026-Q2"));
    const auto timeAll = [&](const QString& indexes) {
        print(QStringLiteral("\nIndexes: %1\n").arg(indexes));
        print(QStringLiteral("| quarter | breakdown | published | median ms | p95 ms | identified | on register |"));
        print(QStringLiteral("|---|---|---|---:|---:|---:|---:|"));
        const QStringList dimensions {QString(), QStringLiteral("ward"), QStringLiteral("target_group"),
                                      QStringLiteral("age_band"), QStringLiteral("officer")};
        for (const auto& dimension : dimensions) {
            for (const bool publish : {false, true}) {
                if (publish && dimension != QLatin1String("ward")) {
                    continue;
                }
                std::optional<reports::KpiReport> report;
                const Timing timing = timeMs(std::min(options.repeat, 10), [&] {
                    report = reports::KpiReport::build(store, {quarter, dimension, publish});
                });
                print(QStringLiteral("| FY2026-Q2 | %1 | %2 | %3 | %4 | %5 | %6 |")
                          .arg(dimension.isEmpty() ? QStringLiteral("none") : dimension,
                               publish ? QStringLiteral("yes") : QStringLiteral("no"), ms(timing.median),
                               ms(timing.p95))
                          .arg(report->figure(QStringLiteral("identified"))->value)
                          .arg(report->figure(QStringLiteral("on_register"))->value));
            }
        }
    };
    timeAll(QStringLiteral("as migrated (schema %1, with the KPI indexes of 0007_kpi_indexes.sql)")
                .arg(store.schemaVersion()));
    // What the indexes are worth: the same queries without them.
    store.db().exec(QStringLiteral("DROP INDEX contacts_kpi; DROP INDEX measurements_kpi"));
    timeAll(QStringLiteral("without the KPI indexes"));
    QFile indexes(QStringLiteral(":/sql/0007_kpi_indexes.sql")); // put them back
    if (indexes.open(QIODevice::ReadOnly)) {
        store.db().exec(QString::fromUtf8(indexes.readAll()));
    }

    const auto report = reports::KpiReport::build(store, {quarter, QStringLiteral("ward"), true});
    print(QStringLiteral("\n| export of that report (by ward, for publication) | median ms |"));
    print(QStringLiteral("|---|---:|"));
    for (const auto format :
         {reports::Format::Csv, reports::Format::Xlsx, reports::Format::Odt, reports::Format::Html}) {
        const Timing timing =
            timeMs(std::min(options.repeat, 10), [&] { reports::writeReport(report.toDocument(), format); });
        print(QStringLiteral("| %1 | %2 |").arg(reports::formatName(format), ms(timing.median)));
    }
}

void breakdown(const QTemporaryDir& scratch, const Options& options, double baseline)
{
    print(QStringLiteral("\n### What the triggers cost during generation (scratch databases)\n"));
    print(QStringLiteral("| triggers dropped before generating | seconds | share of baseline |"));
    print(QStringLiteral("|---|---:|---:|"));
    print(QStringLiteral("| none (baseline, above) | %1 | 100% |").arg(baseline, 0, 'f', 1));
    const auto drop = [](const QStringList& triggers) {
        return [triggers](Store& store) {
            for (const auto& trigger : triggers) {
                store.db().exec(QStringLiteral("DROP TRIGGER %1").arg(trigger));
            }
        };
    };
    const QStringList fts {QStringLiteral("residents_search_insert"), QStringLiteral("contacts_search_insert")};
    const QStringList activity {QStringLiteral("contacts_activity_insert")};
    // What a bulk load could do instead of per-row FTS triggers: index every new row in one
    // statement at the end, as migration 0002 indexes what schema 1 held (its SQL, copied).
    const auto indexAfterwards = [](Store& store) {
        auto& db = store.db();
        sql::Transaction transaction(db);
        db.exec(QStringLiteral(
            "INSERT INTO search_rows (entity_id) SELECT id FROM residents;"
            "INSERT INTO search_rows (entity_id) SELECT id FROM contacts WHERE note IS NOT NULL AND note <> '';"
            "INSERT INTO search_index (rowid, resident_id, body) SELECT s.rowid, t.id, t.body FROM "
            "resident_search_text t JOIN search_rows s ON s.entity_id = t.id;"
            "INSERT INTO search_index (rowid, resident_id, body) SELECT s.rowid, c.resident_id, c.note FROM contacts c "
            "JOIN search_rows s ON s.entity_id = c.id;"));
        transaction.commit();
    };
    struct Variant
    {
        QString label;
        QStringList triggers;
        std::function<void(Store&)> after;
    };
    const QList<Variant> variants {
        {QStringLiteral("full-text search (residents_search_insert, contacts_search_insert)"), fts, {}},
        {QStringLiteral("caseload activity (contacts_activity_insert)"), activity, {}},
        {QStringLiteral("all three"), fts + activity, {}},
        {QStringLiteral("full-text search, then the index built in one INSERT … SELECT after generating (time "
                        "includes it)"),
         fts, indexAfterwards},
    };
    int n = 0;
    for (const auto& variant : variants) {
        const QString path = scratch.filePath(QStringLiteral("scratch-%1.db").arg(++n));
        double seconds = 0;
        {
            SystemClock clock;
            Store store(path, Store::OpenMode::CreateNew, clock);
            tune(store, options);
            drop(variant.triggers)(store);
            QElapsedTimer timer;
            timer.start();
            demo::DemoOptions demoOptions;
            demoOptions.residents = options.residents;
            demoOptions.seed = options.seed;
            demoOptions.today = kToday;
            demo::generateDemo(store, demoOptions);
            if (variant.after) {
                variant.after(store);
            }
            seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
        }
        print(QStringLiteral("| %1 | %2 | %3% |")
                  .arg(variant.label)
                  .arg(seconds, 0, 'f', 1)
                  .arg(qRound(100 * seconds / baseline)));
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
    }
}

bool parse(const QStringList& arguments, Options& options)
{
    for (int i = 1; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        const auto value = [&]() -> QString { return i + 1 < arguments.size() ? arguments.at(++i) : QString(); };
        bool ok = true;
        if (argument == QLatin1String("--residents")) {
            options.residents = value().toInt(&ok);
        } else if (argument == QLatin1String("--seed")) {
            options.seed = value().toULongLong(&ok);
        } else if (argument == QLatin1String("--repeat")) {
            options.repeat = value().toInt(&ok);
            ok = ok && options.repeat > 0;
        } else if (argument == QLatin1String("--db")) {
            options.dbPath = value();
            ok = !options.dbPath.isEmpty();
        } else if (argument == QLatin1String("--cache-mib")) {
            options.cacheMiB = value().toInt(&ok);
        } else if (argument == QLatin1String("--temp-memory")) {
            options.tempMemory = true;
        } else if (argument == QLatin1String("--generate-only")) {
            options.generateOnly = true;
        } else if (argument == QLatin1String("--breakdown")) {
            options.breakdown = true;
        } else if (argument == QLatin1String("--kpi")) {
            options.kpi = true;
        } else {
            ok = false;
        }
        if (!ok) {
            std::fprintf(
                stderr,
                "usage: hearth_bench [--residents N] [--seed S] [--repeat R] [--db NEW_PATH] [--generate-only] "
                "[--breakdown] [--cache-mib N] [--temp-memory] [--kpi]\n");
            return false;
        }
    }
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    Options options;
    if (!parse(QCoreApplication::arguments(), options)) {
        return 2;
    }
    QTemporaryDir scratch;
    if (!scratch.isValid()) {
        std::fprintf(stderr, "cannot create a temporary folder\n");
        return 1;
    }
    const QString path = options.dbPath.isEmpty() ? scratch.filePath(QStringLiteral("bench.db")) : options.dbPath;

    try {
        print(QStringLiteral("## hearth_bench: %1 residents, seed %2, %3 timed runs per query\n")
                  .arg(options.residents)
                  .arg(options.seed)
                  .arg(options.repeat));
        const Generated generated = generate(path, options);
        const qint64 rss = peakRssKiB();
        print(QStringLiteral("| demo generation | value |"));
        print(QStringLiteral("|---|---:|"));
        print(QStringLiteral("| residents | %1 |").arg(generated.summary.residents));
        print(QStringLiteral("| contacts | %1 |").arg(generated.summary.contacts));
        print(QStringLiteral("| time (one transaction, including commit) | %1 s |").arg(generated.seconds, 0, 'f', 1));
        print(QStringLiteral("| rows per second | %1 |")
                  .arg(qRound64(double(generated.summary.residents + generated.summary.contacts) / generated.seconds)));
        print(QStringLiteral("| peak RSS after generation | %1 MiB |").arg(rss / 1024));
        print(QStringLiteral("| database file (with WAL) | %1 MiB |").arg(fileSize(path) / (1024 * 1024)));

        if (!options.generateOnly) {
            SystemClock clock;
            Store store(path, Store::OpenMode::Existing, clock);
            if (options.kpi) {
                addKpiLoad(store);
                benchKpi(store, options);
            } else {
                benchQueries(store, options);
            }
        }
        print(QStringLiteral("\npeak RSS at the end: %1 MiB").arg(peakRssKiB() / 1024));
        if (options.breakdown) {
            breakdown(scratch, options, generated.seconds);
        }
    } catch (const std::exception& error) {
        std::fprintf(stderr, "hearth_bench: %s\n", error.what());
        return 1;
    }
    return 0;
}
