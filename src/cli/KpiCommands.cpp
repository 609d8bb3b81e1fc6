// hearth-cli kpi: the KPI tables of spec/kpis.md for a period, as JSON or a committee export.
#include "Cli.h"
#include "Kpi.h"
#include "KpiReport.h"
#include "ReportWriters.h"

#include <QFileInfo>
#include <QJsonDocument>

namespace hearth::cli {

namespace {

Period requirePeriod(const QCommandLineParser& parser)
{
    const bool quarter = parser.isSet(QStringLiteral("quarter"));
    const bool from = parser.isSet(QStringLiteral("from"));
    const bool to = parser.isSet(QStringLiteral("to"));
    if (quarter && (from || to)) {
        throw Failure(ExitUsage, QStringLiteral("give --quarter or --from and --to, not both"));
    }
    if (quarter) {
        const QString label = parser.value(QStringLiteral("quarter"));
        const auto period = Period::fromQuarter(label);
        if (!period) {
            throw Failure(ExitUsage,
                          QStringLiteral("--quarter: '%1' is not a financial-year quarter such as "
                                         "FY2026-Q1 (Q1 April-June, Q4 January-March)")
                              .arg(label));
        }
        return *period;
    }
    if (!from || !to) {
        throw Failure(ExitUsage, QStringLiteral("give the period: --quarter FY2026-Q1, or --from DATE and --to DATE"));
    }
    const QDate start = requireDate(QStringLiteral("--from"), parser.value(QStringLiteral("from")));
    const QDate end = requireDate(QStringLiteral("--to"), parser.value(QStringLiteral("to")));
    const auto period = Period::fromRange(start, end);
    if (!period) {
        throw Failure(ExitDataError,
                      QStringLiteral("--from %1 is after --to %2: the period would be empty")
                          .arg(start.toString(Qt::ISODate), end.toString(Qt::ISODate)));
    }
    return *period;
}

QString requireDimension(const QCommandLineParser& parser)
{
    const QString dimension = parser.value(QStringLiteral("by"));
    if (parser.isSet(QStringLiteral("by")) && !kpi::allDimensions().contains(dimension)) {
        throw Failure(ExitUsage,
                      QStringLiteral("--by: '%1' is not a breakdown; choose one of %2")
                          .arg(dimension, kpi::allDimensions().join(QStringLiteral(", "))));
    }
    return dimension;
}

// --format, else the --out file's extension, else JSON.
QString requireFormat(const QCommandLineParser& parser)
{
    QString format = parser.value(QStringLiteral("format")).toLower();
    if (parser.isSet(QStringLiteral("json"))) {
        format = QStringLiteral("json");
    }
    if (format.isEmpty() && parser.isSet(QStringLiteral("out"))) {
        format = QFileInfo(parser.value(QStringLiteral("out"))).suffix().toLower();
        if (format != QLatin1String("json") && !reports::formatFromName(format)) {
            format.clear();
        }
    }
    if (format.isEmpty()) {
        format = QStringLiteral("json");
    }
    if (format != QLatin1String("json") && !reports::formatFromName(format)) {
        throw Failure(ExitUsage,
                      QStringLiteral("--format: '%1' is not a format; choose one of json, %2")
                          .arg(format, reports::formatNames().join(QStringLiteral(", "))));
    }
    return format;
}

int kpiReport(Context& context, const QCommandLineParser& parser)
{
    // Check every argument before touching the database.
    reports::KpiRequest request;
    request.period = requirePeriod(parser);
    request.dimension = requireDimension(parser);
    request.forPublication = parser.isSet(QStringLiteral("publish"));
    const QString format = requireFormat(parser);
    const QString out = parser.value(QStringLiteral("out"));
    const bool binary =
        format == QLatin1String("xlsx") || format == QLatin1String("odt") || format == QLatin1String("pdf");
    if (binary && out.isEmpty()) {
        throw Failure(ExitUsage, QStringLiteral("--format %1 writes a file: add --out FILE").arg(format));
    }

    const reports::KpiReport report = reports::KpiReport::build(context.store(), request);
    QByteArray data;
    if (format == QLatin1String("json")) {
        data = QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented);
    } else {
        try {
            // The charts over time, for a quarter: the eight quarters up to it (CSV has no charts).
            QList<reports::KpiReport> history;
            if (format != QLatin1String("csv") && !request.period.quarterLabel().isEmpty()) {
                history = reports::KpiReport::buildHistory(context.store(), request);
            }
            data = reports::writeReport(report.toDocument(history), *reports::formatFromName(format));
        } catch (const reports::ReportError& error) {
            throw Failure(ExitSoftware,
                          QStringLiteral("the %1 export failed: %2").arg(format, QString::fromUtf8(error.what())));
        }
    }
    if (out.isEmpty()) {
        context.out() << QString::fromUtf8(data);
        return ExitOk;
    }
    writeFileAtomically(out, data, parser.isSet(QStringLiteral("force")));
    report.recordExport(context.store(), format);
    context.err() << "Wrote the KPIs for " << request.period.from.toString(Qt::ISODate) << " to "
                  << request.period.to.toString(Qt::ISODate) << " to " << out
                  << (request.forPublication ? " (for publication: small counts suppressed).\n"
                                             : " (not for publication: true figures).\n");
    return ExitOk;
}

} // namespace

QList<Command> kpiCommands()
{
    return {
        {{QStringLiteral("kpi")},
         QStringLiteral("--quarter FY2026-Q1 | --from DATE --to DATE [--by DIM] [--publish] "
                        "[--format json|csv|xlsx|odt|html|pdf] [--out FILE [--force]]"),
         QStringLiteral("KPI tables for a period (spec/kpis.md), as JSON or a committee export."),
         {},
         [](QCommandLineParser& parser) {
             parser.addOption({QStringLiteral("quarter"),
                               QStringLiteral("A UK financial-year quarter: FY2026-Q1 is April-June 2026."),
                               QStringLiteral("FYyyyy-Qn")});
             parser.addOption(
                 {QStringLiteral("from"), QStringLiteral("First day of the period."), QStringLiteral("DATE")});
             parser.addOption(
                 {QStringLiteral("to"), QStringLiteral("Last day of the period."), QStringLiteral("DATE")});
             parser.addOption({QStringLiteral("by"),
                               QStringLiteral("Break down by %1.").arg(kpi::allDimensions().join(QStringLiteral(", "))),
                               QStringLiteral("DIM")});
             parser.addOption({QStringLiteral("publish"),
                               QStringLiteral("For publication: apply disclosure control (small counts as *).")});
             parser.addOption({QStringLiteral("format"),
                               QStringLiteral("json (default), csv, xlsx, odt, html or pdf; else taken from --out's "
                                              "extension."),
                               QStringLiteral("FORMAT")});
             parser.addOption({QStringLiteral("json"), QStringLiteral("The same as --format json.")});
             parser.addOption(
                 {QStringLiteral("out"), QStringLiteral("Write to this file (else stdout)."), QStringLiteral("FILE")});
             parser.addOption({QStringLiteral("force"), QStringLiteral("Replace --out if it exists.")});
         },
         kpiReport},
    };
}

} // namespace hearth::cli
