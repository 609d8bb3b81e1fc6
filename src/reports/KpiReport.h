#pragma once

#include "CouncilSettings.h"
#include "CouncilVocabulary.h"
#include "Kpi.h"
#include "Period.h"
#include "ReportTable.h"

#include <QHash>
#include <QJsonObject>
#include <QMap>

namespace hearth::storage {
class Store;
}

namespace hearth::reports {

struct KpiRequest
{
    Period period;
    QString dimension; // empty: no breakdown; else one of kpi::allDimensions()
    bool forPublication = false; // applies disclosure control (kpis.md "Publication")
};

// Display names for breakdown keys (ward codes, officer ids, category codes).
struct KeyLabels
{
    QMap<QString, QString> wards;
    QMap<QString, QString> officers;
    QMap<QString, QString> categories;
    CouncilVocabulary vocabulary; // the council's target groups: added ones have their own labels
};

// Every KPI of one period, broken down, with disclosure control applied when it is for
// publication; turned into the CLI's JSON or a ReportDocument for the export writers.
class KpiReport
{
public:
    // Reads the facts from the database and the council's settings.
    static KpiReport build(storage::Store& store, const KpiRequest& request);
    static KpiReport fromFacts(const kpi::Facts& facts, const KpiRequest& request, const CouncilSettings& settings,
                               const KeyLabels& labels);
    // The reports of the `quarters` financial-year quarters ending with the one containing
    // request.period's end, oldest first, without a breakdown and with request's publication
    // switch: what the charts over time show.
    static QList<KpiReport> buildHistory(storage::Store& store, const KpiRequest& request, int quarters = 8);

    // One figure as published: its true value and whether it is shown as "*".
    struct Figure
    {
        qint64 value = 0;
        bool suppressed = false;
    };
    // A KPI's value (key empty) or one breakdown cell; own: a cases_closed reason or an action
    // status. Missing: the KPI has no such cell.
    std::optional<Figure> figure(const QString& kpiId, const QString& key = {}, const QString& own = {}) const;
    // A rate's value and whether it is hidden; nullopt inside when the denominator is zero.
    std::optional<std::pair<std::optional<double>, bool>> rate(const QString& kpiId, const QString& key = {}) const;

    const QStringList& keys() const { return m_keys; } // breakdown columns, in report order
    const KpiRequest& request() const { return m_request; }
    int threshold() const { return m_threshold; }

    // The figures the charts show beyond the KPI table (kpi::chartCounts), under the same
    // disclosure control: "referrals_by_status" by status code, "services_by_category" by category
    // code (with a category breakdown, services_available's own cells).
    std::optional<Figure> chartFigure(const QString& chartId, const QString& key) const;
    const QStringList& serviceCategories() const { return m_categories; }

    // spec/cli.md's `kpi --format json` shape.
    QJsonObject toJson() const;
    // The tables, definitions and charts. `history` (buildHistory: the quarters up to this one,
    // oldest first) adds the charts over time; without it only this period's charts are drawn.
    ReportDocument toDocument(const QList<KpiReport>& history = {}) const;
    // The charts alone, in the document's order: over time (when `history` is given), then
    // referrals by status, services by category and action items by status for this period.
    QList<ReportChart> charts(const QList<KpiReport>& history = {}) const;

    // Records in the audit trail that this report was saved as `format` (no personal data: the
    // period, breakdown, format and whether it was for publication).
    void recordExport(storage::Store& store, const QString& format) const;

private:
    static QString cellId(const QString& kpiId, const QString& key, const QString& own);
    QString keyLabel(const QString& dimension, const QString& key) const;
    ReportCell cellFor(const QString& kpiId, const QString& key, const QString& own = {}) const;
    QJsonValue jsonValue(const QString& kpiId, const QString& key, const QString& own = {}) const;
    QStringList ownKeys(const kpi::Result& result) const;

    KpiRequest m_request;
    int m_threshold = 5;
    QString m_councilName;
    QString m_instrumentName;
    KeyLabels m_labels;
    QList<kpi::Result> m_results;
    QStringList m_keys;
    QStringList m_categories; // services_by_category's keys, in report order
    QHash<QString, Figure> m_figures;
};

} // namespace hearth::reports
