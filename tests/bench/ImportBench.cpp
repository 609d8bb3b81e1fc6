// hearth_import_bench: the resident CSV import (docs/formats.md) on a synthetic spreadsheet, timed
// step by step, printed as Markdown.
//
//   hearth_import_bench [--rows N]     (default 20,000)
//
// Each step is what the import wizard and `hearth-cli import residents` do: parse the bytes, propose
// a mapping, preview (check every row), commit in one transaction. Run it in a release build.

#include "ResidentImport.h"

#include "OfficerRepository.h"
#include "Store.h"
#include "WardRepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>

using namespace hearth;

namespace {

void print(const QString& line)
{
    std::fputs(line.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

// A spreadsheet as an officer might keep it: synonyms for headers, UK dates, labels for codes.
QByteArray spreadsheet(int rows)
{
    static const char* const given[] = {"Jean", "Amir", "Siobhan", "Tomasz", "Grace", "Dylan", "Priya", "Kofi"};
    static const char* const family[] = {"Smith", "Khan", "O'Neill", "Nowak", "Jones", "Evans", "Patel", "Mensah"};
    static const char* const wards[] = {"Riverside", "E05000002", "Hill Top", "E05000004"};
    static const char* const groups[] = {"Older people", "carer", "older_people;bereaved", "Veteran|new_to_area"};
    QByteArray csv = "Forename,Surname,DOB,Address,Post code,Ward,Phone,Target groups,Date identified,Lives "
                     "alone,Notes\r\n";
    for (int i = 0; i < rows; ++i) {
        csv +=
            QStringLiteral("%1,%2,%3/%4/19%5,\"%6 Example Street, Flat 2\",ZZ99 9ZZ,%7,07700 9%8,%9,%10/%11/2025,%12,"
                           "\"met at the library\"\r\n")
                .arg(QLatin1String(given[i % 8]), QLatin1String(family[(i / 8) % 8]))
                .arg(1 + i % 28)
                .arg(1 + i % 12)
                .arg(30 + i % 60)
                .arg(i + 1)
                .arg(QLatin1String(wards[i % 4]))
                .arg(i % 100000, 5, 10, QLatin1Char('0'))
                .arg(QLatin1String(groups[i % 4]))
                .arg(1 + i % 28)
                .arg(1 + i % 12)
                .arg(i % 3 == 0 ? QStringLiteral("yes") : QStringLiteral("no"))
                .toUtf8();
    }
    return csv;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    int rows = 20'000;
    const QStringList arguments = QCoreApplication::arguments().mid(1);
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--rows") && i + 1 < arguments.size()) {
            rows = arguments.at(++i).toInt();
        } else {
            std::fputs("usage: hearth_import_bench [--rows N]\n", stderr);
            return 64;
        }
    }
    QTemporaryDir folder;
    const SystemClock clock;
    storage::Store store(folder.filePath(QStringLiteral("bench.db")), storage::Store::OpenMode::CreateNew, clock);
    store.wards().save({QStringLiteral("E05000001"), QStringLiteral("Riverside"), {}});
    store.wards().save({QStringLiteral("E05000002"), QStringLiteral("Castle"), {}});
    store.wards().save({QStringLiteral("E05000003"), QStringLiteral("Hill Top"), {}});
    store.wards().save({QStringLiteral("E05000004"), QStringLiteral("Mill Lane"), {}});
    store.setActingOfficer(
        store.officers().add({{}, QStringLiteral("Bench Officer"), QStringLiteral("officer"), {}, {}}).id);

    const QByteArray bytes = spreadsheet(rows);
    QElapsedTimer timer;
    timer.start();
    const CsvTable table = parseCsv(bytes);
    const qint64 parseMs = timer.restart();
    const import::ImportMapping mapping = import::proposeMapping(table.header);
    const import::ImportPreview preview = import::previewImport(table, mapping, import::lookupsFrom(store));
    const qint64 previewMs = timer.restart();
    if (preview.invalidCount() > 0) {
        print(QStringLiteral("unexpected: %1 invalid rows, first: line %2: %3")
                  .arg(preview.invalidCount())
                  .arg(preview.issues.first().line)
                  .arg(preview.issues.first().text()));
        return 70;
    }
    const import::CommitResult result = import::commitImport(store, preview, false);
    const qint64 commitMs = timer.elapsed();

    print(QStringLiteral("## hearth_import_bench: %1 rows (%2 KiB of CSV)\n").arg(rows).arg(bytes.size() / 1024));
    print(QStringLiteral("| step | ms | rows per second |"));
    print(QStringLiteral("|---|---:|---:|"));
    const auto line = [&](const char* step, qint64 ms) {
        print(QStringLiteral("| %1 | %2 | %3 |")
                  .arg(QLatin1String(step))
                  .arg(ms)
                  .arg(ms > 0 ? QString::number(rows * 1000 / ms) : QStringLiteral("—")));
    };
    line("parse (decode, detect, split)", parseMs);
    line("map and preview (check every row)", previewMs);
    line("commit (one transaction, audited)", commitMs);
    line("total", parseMs + previewMs + commitMs);
    print(QStringLiteral("\nresidents written: %1").arg(result.written));
    return result.written == rows ? 0 : 70;
}
