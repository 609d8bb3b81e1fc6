#include "KpiReport.h"
#include "ReportLocale.h"

#include <QCoreApplication>

#include "AgeBand.h"
#include "AuditLog.h"
#include "Disclosure.h"
#include "KpiQueries.h"
#include "Referral.h"
#include "Store.h"
#include "Vocabulary.h"

#include <QJsonArray>
#include <QLocale>

namespace hearth::reports {

using kpi::Definition;
using kpi::Result;

namespace {

// Keys every table shows for a dimension, even when no one falls under them, so that a reader
// sees 0 rather than a missing column.
QSet<QString> knownKeys(const QString& dimension, const KeyLabels& labels)
{
    QStringList keys;
    if (dimension == QLatin1String("ward")) {
        keys = labels.wards.keys();
    } else if (dimension == QLatin1String("officer")) {
        keys = labels.officers.keys();
    } else if (dimension == QLatin1String("target_group")) {
        keys = labels.vocabulary.targetGroups().activeCodes(); // a retired group shows only when counted
    } else if (dimension == QLatin1String("age_band")) {
        keys = ageBandCodes();
    } else if (dimension == QLatin1String("sex")) {
        keys = vocab::sex().codes();
    } else if (dimension == QLatin1String("identified_by")) {
        keys = vocab::identifiedBy().codes();
    }
    return QSet<QString>(keys.begin(), keys.end());
}

// "whole_area" is a service key only; residents always have a ward.
bool appliesTo(const Definition& kpi, const QString& dimension, const QString& key)
{
    if (dimension.isEmpty() || !kpi::supports(kpi, dimension)) {
        return false;
    }
    return key != kpi::wholeAreaKey() || kpi.subject == kpi::Subject::Service;
}

// A referral's status in words, in the report's language: "No response", "Dim ymateb".
QString referralStatusWords(const QString& code)
{
    const auto status = referralStatusFromCode(code);
    if (!status) {
        return code;
    }
    switch (*status) {
    case ReferralStatus::Draft:
        return QCoreApplication::translate("hearth::reports", "Draft", "referral status");
    case ReferralStatus::Sent:
        return QCoreApplication::translate("hearth::reports", "Sent", "referral status");
    case ReferralStatus::Accepted:
        return QCoreApplication::translate("hearth::reports", "Accepted", "referral status");
    case ReferralStatus::Declined:
        return QCoreApplication::translate("hearth::reports", "Declined", "referral status");
    case ReferralStatus::NoResponse:
        return QCoreApplication::translate("hearth::reports", "No response", "referral status");
    case ReferralStatus::Attending:
        return QCoreApplication::translate("hearth::reports", "Attending", "referral status");
    case ReferralStatus::Completed:
        return QCoreApplication::translate("hearth::reports", "Completed", "referral status");
    case ReferralStatus::StoppedAttending:
        return QCoreApplication::translate("hearth::reports", "Stopped attending", "referral status");
    case ReferralStatus::Withdrawn:
        return QCoreApplication::translate("hearth::reports", "Withdrawn", "referral status");
    }
    return code;
}

QString longDate(const QDate& date)
{
    return reportLocale().toString(date, QStringLiteral("d MMMM yyyy"));
}

} // namespace

KpiReport KpiReport::build(storage::Store& store, const KpiRequest& request)
{
    const CouncilSettings settings = store.councilSettings();
    storage::KpiQueries queries(store);
    const kpi::Facts facts = queries.facts(request.period, settings.primaryInstrument);
    KeyLabels labels {queries.wardNames(), queries.officerNames(), queries.categoryNames(), store.councilVocabulary()};
    return fromFacts(facts, request, settings, labels);
}

KpiReport KpiReport::fromFacts(const kpi::Facts& facts, const KpiRequest& request, const CouncilSettings& settings,
                               const KeyLabels& labels)
{
    KpiReport report;
    report.m_request = request;
    report.m_threshold = settings.suppressionThreshold;
    report.m_councilName = settings.councilName;
    const measures::Instrument* instrument = measures::instrument(settings.primaryInstrument);
    report.m_instrumentName = instrument ? instrument->name : settings.primaryInstrument;
    report.m_labels = labels;

    kpi::Options options;
    options.period = request.period;
    options.dimension = request.dimension;
    options.primaryInstrument = settings.primaryInstrument;
    options.thresholds = measures::MeasureThresholds::fromSettings(settings);
    report.m_results = kpi::compute(facts, options);

    const QString& dimension = request.dimension;
    if (!dimension.isEmpty()) {
        QSet<QString> keys = knownKeys(dimension, labels);
        for (const auto& result : report.m_results) {
            for (auto it = result.count.by.begin(); it != result.count.by.end(); ++it) {
                keys.insert(it.key());
            }
        }
        report.m_keys = kpi::orderedKeys(dimension, keys);
    }

    // One disclosure problem over every count, so that a figure shown in two tables (cases
    // closed by ward; action items by status) is hidden in both or neither.
    disclosure::Problem problem;
    QStringList ids;
    QHash<QString, int> totals; // KPI id -> its value's cell
    const auto cell = [&](const QString& kpiId, const QString& key, const QString& own, qint64 value) {
        ids.append(cellId(kpiId, key, own));
        problem.values.append(value);
        return static_cast<int>(problem.values.size() - 1);
    };
    for (const auto& result : report.m_results) {
        const Definition& kpi = *result.definition;
        if (kpi.isRate()) {
            continue;
        }
        const int total = cell(kpi.id, {}, {}, result.count.total);
        totals.insert(kpi.id, total);
        QHash<QString, int> byKey;
        disclosure::Line line {{}, total};
        for (const auto& key : report.m_keys) {
            if (appliesTo(kpi, dimension, key)) {
                byKey.insert(key, cell(kpi.id, key, {}, result.count.by.value(key)));
                line.cells.append(byKey.value(key));
            }
        }
        if (!line.cells.isEmpty()) {
            problem.lines.append(line);
        }
        if (kpi.ownDimension.isEmpty()) {
            continue;
        }
        disclosure::Line owns {{}, total};
        QHash<QString, disclosure::Line> columns;
        for (const auto& own : report.ownKeys(result)) {
            const kpi::Count count = result.own.value(own);
            const int ownTotal = cell(kpi.id, {}, own, count.total);
            owns.cells.append(ownTotal);
            disclosure::Line row {{}, ownTotal};
            for (const auto& key : report.m_keys) {
                if (byKey.contains(key)) {
                    const int inner = cell(kpi.id, key, own, count.by.value(key));
                    row.cells.append(inner);
                    columns[key].cells.append(inner);
                    columns[key].total = byKey.value(key);
                }
            }
            if (!row.cells.isEmpty()) {
                problem.lines.append(row);
            }
        }
        problem.lines.append(owns);
        for (const auto& column : columns) {
            problem.lines.append(column);
        }
    }
    // The charts' figures: referrals made by status (whose total is referrals_sent, and three of
    // which add up to referrals_taken_up) and services by category (total: services_available).
    const kpi::ChartCounts chartCounts = kpi::chartCounts(facts, request.period);
    disclosure::Line statuses {{}, totals.value(QStringLiteral("referrals_sent"))};
    disclosure::Line takenUp {{}, totals.value(QStringLiteral("referrals_taken_up"))};
    for (const auto& status : kpi::sentReferralStatuses()) {
        const int index =
            cell(QStringLiteral("referrals_by_status"), status, {}, chartCounts.referralsByStatus.by.value(status));
        statuses.cells.append(index);
        if (kpi::takenUpStatuses().contains(status)) {
            takenUp.cells.append(index);
        }
    }
    problem.lines.append(statuses);
    problem.lines.append(takenUp);
    if (dimension == QLatin1String("category")) {
        report.m_categories = report.m_keys; // the KPI table's own cells
    } else {
        QSet<QString> categories(labels.categories.keyBegin(), labels.categories.keyEnd());
        for (auto it = chartCounts.servicesByCategory.by.begin(); it != chartCounts.servicesByCategory.by.end(); ++it) {
            categories.insert(it.key());
        }
        report.m_categories = kpi::orderedKeys(QStringLiteral("category"), categories);
        disclosure::Line line {{}, totals.value(QStringLiteral("services_available"))};
        for (const auto& category : report.m_categories) {
            line.cells.append(cell(QStringLiteral("services_by_category"), category, {},
                                   chartCounts.servicesByCategory.by.value(category)));
        }
        problem.lines.append(line);
    }

    const QList<bool> hidden = request.forPublication ? disclosure::suppress(problem, report.m_threshold)
                                                      : QList<bool>(problem.values.size(), false);
    for (qsizetype i = 0; i < ids.size(); ++i) {
        report.m_figures.insert(ids[i], {problem.values[i], hidden[i]});
    }
    return report;
}

QString KpiReport::cellId(const QString& kpiId, const QString& key, const QString& own)
{
    return kpiId + QLatin1Char('|') + key + QLatin1Char('|') + own;
}

std::optional<KpiReport::Figure> KpiReport::figure(const QString& kpiId, const QString& key, const QString& own) const
{
    const auto found = m_figures.constFind(cellId(kpiId, key, own));
    if (found == m_figures.constEnd()) {
        return std::nullopt;
    }
    return *found;
}

std::optional<KpiReport::Figure> KpiReport::chartFigure(const QString& chartId, const QString& key) const
{
    if (chartId == QLatin1String("services_by_category") && m_request.dimension == QLatin1String("category")) {
        return figure(QStringLiteral("services_available"), key);
    }
    return figure(chartId, key);
}

std::optional<std::pair<std::optional<double>, bool>> KpiReport::rate(const QString& kpiId, const QString& key) const
{
    const Definition* kpi = kpi::definition(kpiId);
    if (!kpi || !kpi->isRate()) {
        return std::nullopt;
    }
    const auto numerator = figure(kpi->numerator, key);
    const auto denominator = figure(kpi->denominator, key);
    if (!numerator || !denominator) {
        return std::nullopt;
    }
    return std::make_pair(kpi::percentage(numerator->value, denominator->value),
                          disclosure::rateSuppressed(numerator->suppressed, denominator->suppressed));
}

QStringList KpiReport::ownKeys(const Result& result) const
{
    QSet<QString> keys;
    for (auto it = result.own.begin(); it != result.own.end(); ++it) {
        keys.insert(it.key());
    }
    return kpi::orderedKeys(result.definition->ownDimension, keys);
}

QString KpiReport::keyLabel(const QString& dimension, const QString& key) const
{
    if (key == kpi::notRecordedKey()) {
        return QCoreApplication::translate("hearth::reports", "Not recorded");
    }
    if (key == kpi::wholeAreaKey()) {
        return QCoreApplication::translate("hearth::reports", "Whole council area");
    }
    if (dimension == QLatin1String("ward")) {
        return m_labels.wards.value(key, key);
    }
    if (dimension == QLatin1String("officer")) {
        // Published tables name no one: officers are numbered in a fixed order.
        if (m_request.forPublication) {
            return QCoreApplication::translate("hearth::reports", "Officer %1").arg(m_keys.indexOf(key) + 1);
        }
        return m_labels.officers.value(key, key);
    }
    if (dimension == QLatin1String("category")) {
        return m_labels.categories.value(key, key);
    }
    if (dimension == QLatin1String("target_group")) {
        return m_labels.vocabulary.targetGroups().label(key);
    }
    if (dimension == QLatin1String("age_band")) {
        return key == QLatin1String("unknown") ? QCoreApplication::translate("hearth::reports", "Unknown")
                                               : vocab::ageBandEstimates().label(key);
    }
    if (dimension == QLatin1String("sex")) {
        return vocab::sex().label(key);
    }
    if (dimension == QLatin1String("identified_by")) {
        return vocab::identifiedBy().label(key);
    }
    if (dimension == QLatin1String("closure_reason")) {
        return vocab::closureReasons().label(key);
    }
    if (dimension == QLatin1String("status")) {
        return vocab::actionStatuses().label(key);
    }
    if (dimension == QLatin1String("referral_status")) {
        return referralStatusWords(key);
    }
    return key;
}

ReportCell KpiReport::cellFor(const QString& kpiId, const QString& key, const QString& own) const
{
    const Definition* kpi = kpi::definition(kpiId);
    if (kpi && kpi->isRate()) {
        const auto value = rate(kpiId, key);
        if (!value) {
            return ReportCell::empty();
        }
        return value->second ? ReportCell::suppressed() : ReportCell::percent(value->first);
    }
    const auto value = figure(kpiId, key, own);
    if (!value) {
        return ReportCell::empty();
    }
    return value->suppressed ? ReportCell::suppressed() : ReportCell::count(value->value);
}

QJsonValue KpiReport::jsonValue(const QString& kpiId, const QString& key, const QString& own) const
{
    const ReportCell cell = cellFor(kpiId, key, own);
    switch (cell.kind) {
    case ReportCell::Kind::Suppressed:
        return QStringLiteral("*");
    case ReportCell::Kind::Count:
        return static_cast<qint64>(cell.number);
    case ReportCell::Kind::Percent:
        return cell.number;
    default:
        return QJsonValue::Null;
    }
}

QJsonObject KpiReport::toJson() const
{
    QJsonObject root;
    root.insert(QStringLiteral("period"),
                QJsonObject {{QStringLiteral("from"), m_request.period.from.toString(Qt::ISODate)},
                             {QStringLiteral("to"), m_request.period.to.toString(Qt::ISODate)}});
    const QString quarter = m_request.period.quarterLabel();
    if (!quarter.isEmpty()) {
        root.insert(QStringLiteral("quarter"), quarter);
    }
    root.insert(QStringLiteral("published"), m_request.forPublication);
    if (m_request.forPublication) {
        root.insert(QStringLiteral("suppression_threshold"), m_threshold);
    }
    root.insert(QStringLiteral("breakdown"),
                m_request.dimension.isEmpty() ? QJsonValue() : QJsonValue(m_request.dimension));
    QJsonArray kpis;
    for (const auto& result : m_results) {
        const Definition& kpi = *result.definition;
        QJsonObject object {{QStringLiteral("id"), kpi.id},
                            {QStringLiteral("label"), kpi.label},
                            {QStringLiteral("definition"), kpi.definition},
                            {QStringLiteral("value"), jsonValue(kpi.id, {})}};
        QJsonObject by;
        if (!kpi.ownDimension.isEmpty()) {
            QJsonObject own;
            for (const auto& key : ownKeys(result)) {
                own.insert(key, jsonValue(kpi.id, {}, key));
            }
            by.insert(kpi.ownDimension, own);
        }
        if (!m_request.dimension.isEmpty() && kpi::supports(kpi, m_request.dimension)) {
            QJsonObject breakdown;
            for (const auto& key : m_keys) {
                if (appliesTo(kpi, m_request.dimension, key)) {
                    breakdown.insert(key, jsonValue(kpi.id, key));
                }
            }
            by.insert(m_request.dimension, breakdown);
        }
        if (!by.isEmpty()) {
            object.insert(QStringLiteral("by"), by);
        }
        kpis.append(object);
    }
    root.insert(QStringLiteral("kpis"), kpis);
    return root;
}

ReportDocument KpiReport::toDocument(const QList<KpiReport>& history) const
{
    const QString& dimension = m_request.dimension;
    ReportDocument document;
    document.title = m_councilName.isEmpty()
        ? QCoreApplication::translate("hearth::reports", "Loneliness key performance indicators")
        : QCoreApplication::translate("hearth::reports", "Loneliness key performance indicators: %1")
              .arg(m_councilName);
    const QString quarter = m_request.period.quarterLabel();
    document.subtitle = QCoreApplication::translate("hearth::reports", "Period: %1 to %2%3")
                            .arg(longDate(m_request.period.from), longDate(m_request.period.to),
                                 quarter.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(quarter));
    if (!dimension.isEmpty()) {
        document.subtitle += QCoreApplication::translate("hearth::reports", ". Broken down by %1.")
                                 .arg(kpi::dimensionLabel(dimension).toLower());
    }
    document.forPublication = m_request.forPublication;
    document.notice = m_request.forPublication ? QCoreApplication::translate(
                          "hearth::reports", "For publication: small counts are suppressed (see the notes).")
                                               : disclosure::internalNotice();

    // Table 1: every KPI, one row each.
    ReportTable main;
    main.title = QCoreApplication::translate("hearth::reports", "Key performance indicators");
    main.columns.append(QCoreApplication::translate("hearth::reports", "Indicator"));
    for (const auto& key : m_keys) {
        main.columns.append(keyLabel(dimension, key));
    }
    main.columns.append(dimension.isEmpty() ? QCoreApplication::translate("hearth::reports", "Value")
                                            : QCoreApplication::translate("hearth::reports", "Total"));
    bool blanks = false;
    for (const auto& result : m_results) {
        const Definition& kpi = *result.definition;
        QList<ReportCell> row {ReportCell::label(kpi.label)};
        for (const auto& key : m_keys) {
            if (appliesTo(kpi, dimension, key)) {
                row.append(cellFor(kpi.id, key));
            } else {
                row.append(ReportCell::empty());
                blanks = true;
            }
        }
        row.append(cellFor(kpi.id, {}));
        main.rows.append(row);
    }
    if (blanks) {
        main.footnotes.append(
            QCoreApplication::translate("hearth::reports",
                                        "A blank cell: the indicator does not break down by %1 (service "
                                        "indicators break down by ward and category only; action-plan "
                                        "indicators by status only).")
                .arg(kpi::dimensionLabel(dimension).toLower()));
    }
    if (dimension == QLatin1String("target_group")) {
        main.footnotes.append(
            QCoreApplication::translate("hearth::reports",
                                        "A resident in several target groups counts once in each group's "
                                        "column; the total counts distinct residents, so it can be less than "
                                        "the sum of the columns."));
    } else if (dimension == QLatin1String("ward")) {
        main.footnotes.append(
            QCoreApplication::translate("hearth::reports",
                                        "Residents count in their own ward. A service counts in each ward it "
                                        "serves; services not limited to particular wards count under "
                                        "\"Whole council area\"."));
    } else if (dimension == QLatin1String("category")) {
        main.footnotes.append(
            QCoreApplication::translate("hearth::reports",
                                        "A service counts once in each of its categories; the total counts "
                                        "distinct services."));
    } else if (dimension == QLatin1String("age_band")) {
        main.footnotes.append(
            QCoreApplication::translate("hearth::reports", "Age is taken on the date the resident was identified."));
    }
    if (m_request.forPublication && dimension == QLatin1String("officer")) {
        main.footnotes.append(QCoreApplication::translate("hearth::reports", "Officers are numbered, not named."));
    }
    main.footnotes.append(
        QCoreApplication::translate("hearth::reports",
                                    "Outcome indicators use the council's primary loneliness instrument: %1.")
            .arg(m_instrumentName));
    document.tables.append(main);

    // Tables 2 and 3: the KPIs with a breakdown of their own.
    for (const auto& result : m_results) {
        const Definition& kpi = *result.definition;
        if (kpi.ownDimension.isEmpty()) {
            continue;
        }
        ReportTable table;
        // A KPI whose id says "by" names its breakdown already (actions_by_status).
        table.title = kpi.id.contains(QLatin1String("_by_"))
            ? kpi.label
            : QCoreApplication::translate("hearth::reports", "%1 by %2")
                  .arg(kpi.label, kpi::dimensionLabel(kpi.ownDimension).toLower());
        table.columns.append(kpi::dimensionLabel(kpi.ownDimension));
        QStringList keys;
        for (const auto& key : m_keys) {
            if (appliesTo(kpi, dimension, key)) {
                keys.append(key);
                table.columns.append(keyLabel(dimension, key));
            }
        }
        table.columns.append(keys.isEmpty() ? QCoreApplication::translate("hearth::reports", "Count")
                                            : QCoreApplication::translate("hearth::reports", "Total"));
        for (const auto& own : ownKeys(result)) {
            QList<ReportCell> row {ReportCell::label(keyLabel(kpi.ownDimension, own))};
            for (const auto& key : keys) {
                row.append(cellFor(kpi.id, key, own));
            }
            row.append(cellFor(kpi.id, {}, own));
            table.rows.append(row);
        }
        QList<ReportCell> total {ReportCell::label(QCoreApplication::translate("hearth::reports", "Total"))};
        for (const auto& key : keys) {
            total.append(cellFor(kpi.id, key));
        }
        total.append(cellFor(kpi.id, {}));
        table.rows.append(total);
        document.tables.append(table);
    }

    document.charts = charts(history);

    for (const auto& kpi : kpi::definitions()) {
        document.definitions.append({kpi.id, kpi.label, kpi.definition});
    }
    if (m_request.forPublication) {
        document.footnotes.append(disclosure::publicationFootnote(m_threshold));
    } else {
        document.footnotes.append(disclosure::internalNotice());
    }
    document.footnotes.append(
        QCoreApplication::translate("hearth::reports",
                                    "Deleted and purged records are not counted. This report holds no "
                                    "resident names, contact details or notes."));
    return document;
}

void KpiReport::recordExport(storage::Store& store, const QString& format) const
{
    store.audit().record(
        store.actingOfficerId(), QStringLiteral("export"), QStringLiteral("kpi"), {},
        QStringLiteral("KPI report %1 to %2%3 as %4 (%5)")
            .arg(m_request.period.from.toString(Qt::ISODate), m_request.period.to.toString(Qt::ISODate),
                 m_request.dimension.isEmpty() ? QString() : QStringLiteral(" by ") + m_request.dimension, format,
                 m_request.forPublication ? QStringLiteral("for publication") : QStringLiteral("not for publication")));
}

} // namespace hearth::reports
