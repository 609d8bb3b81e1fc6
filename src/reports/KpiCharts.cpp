// The KPI report's charts, described neutrally (ReportChart) for every writer and for the Reports
// page: the same figures, under the same disclosure control, as the tables.
#include "KpiReport.h"
#include "ReportLocale.h"

#include <QCoreApplication>

#include "Vocabulary.h"

#include <QLocale>

#include <algorithm>

namespace hearth::reports {

namespace {

QString labelOf(const QString& kpiId)
{
    const kpi::Definition* definition = kpi::definition(kpiId);
    return definition == nullptr ? kpiId : definition->label;
}

QString definitionOf(const QString& kpiId)
{
    const kpi::Definition* definition = kpi::definition(kpiId);
    return definition == nullptr ? QString() : definition->label + QStringLiteral(": ") + definition->definition;
}

ReportCell figureCell(const std::optional<KpiReport::Figure>& figure)
{
    if (!figure) {
        return ReportCell::empty();
    }
    return figure->suppressed ? ReportCell::suppressed() : ReportCell::count(figure->value);
}

ReportCell rateCell(const KpiReport& report, const QString& kpiId)
{
    const auto rate = report.rate(kpiId);
    if (!rate) {
        return ReportCell::empty();
    }
    return rate->second ? ReportCell::suppressed() : ReportCell::percent(rate->first);
}

QString periodWords(const Period& period)
{
    const QString quarter = period.quarterLabel();
    if (!quarter.isEmpty()) {
        return quarter;
    }
    const QLocale locale = reportLocale();
    return QCoreApplication::translate("hearth::reports", "%1 to %2")
        .arg(locale.toString(period.from, QStringLiteral("d MMM yyyy")),
             locale.toString(period.to, QStringLiteral("d MMM yyyy")));
}

void finish(ReportChart& chart)
{
    if (chart.hasSuppressed()) {
        chart.notes.append(QCoreApplication::translate(
            "hearth::reports", "* A small number, not shown (disclosure control for publication)."));
    }
    chart.altText = chart.describe();
}

} // namespace

bool ReportChart::hasSuppressed() const
{
    for (const auto& each : series) {
        for (const auto& value : each.values) {
            if (value.kind == ReportCell::Kind::Suppressed) {
                return true;
            }
        }
    }
    return false;
}

QString ReportChart::describe() const
{
    const QString kindWords = kind == Kind::Line ? QCoreApplication::translate("hearth::reports", "Line chart")
                                                 : QCoreApplication::translate("hearth::reports", "Bar chart");
    QStringList parts;
    for (const auto& each : series) {
        QStringList values;
        for (qsizetype i = 0; i < categories.size(); ++i) {
            const QString shown = i < each.values.size() ? each.values[i].display() : QString();
            values.append(QStringLiteral("%1 %2").arg(
                categories[i], shown.isEmpty() ? QCoreApplication::translate("hearth::reports", "none") : shown));
        }
        parts.append((series.size() > 1 ? each.name + QStringLiteral(": ") : QString())
                     + values.join(QStringLiteral(", ")));
    }
    QString text = QStringLiteral("%1: %2. %3.").arg(kindWords, title, parts.join(QStringLiteral("; ")));
    if (hasSuppressed()) {
        text += QCoreApplication::translate("hearth::reports", " * is a small number, not shown.");
    }
    return text;
}

QList<KpiReport> KpiReport::buildHistory(storage::Store& store, const KpiRequest& request, int quarters)
{
    KpiRequest each = request;
    each.dimension.clear();
    Period period = Period::quarterContaining(request.period.to);
    for (int i = 1; i < quarters; ++i) {
        period = period.previousQuarter();
    }
    QList<KpiReport> history;
    for (int i = 0; i < quarters; ++i) {
        each.period = period;
        history.append(build(store, each));
        period = period.nextQuarter();
    }
    return history;
}

QList<ReportChart> KpiReport::charts(const QList<KpiReport>& history) const
{
    QList<ReportChart> list;
    const QString period = periodWords(m_request.period);

    if (!history.isEmpty()) {
        QStringList quarters;
        for (const auto& report : history) {
            quarters.append(periodWords(report.request().period));
        }
        const QString span =
            QCoreApplication::translate("hearth::reports", "%1 to %2").arg(quarters.first(), quarters.last());
        const auto overTime = [&](const QString& id, const QString& title, const QString& valueLabel,
                                  const QList<std::pair<QString, QString>>& series) {
            ReportChart chart;
            chart.id = id;
            chart.title = title;
            chart.valueLabel = valueLabel;
            chart.categories = quarters;
            QStringList definitions;
            for (const auto& [kpiId, name] : series) {
                ReportSeries line {name, {}};
                for (const auto& report : history) {
                    const kpi::Definition* kpi = kpi::definition(kpiId);
                    line.values.append(kpi != nullptr && kpi->isRate() ? rateCell(report, kpiId)
                                                                       : figureCell(report.figure(kpiId)));
                }
                chart.series.append(line);
                definitions.append(definitionOf(kpiId));
            }
            chart.definition = definitions.join(QLatin1Char('\n'));
            chart.notes.append(
                QCoreApplication::translate("hearth::reports", "Financial-year quarters, %1.").arg(span));
            return chart;
        };
        ReportChart residents =
            overTime(QStringLiteral("residents_per_quarter"),
                     QCoreApplication::translate("hearth::reports", "Residents identified and supported per quarter"),
                     QCoreApplication::translate("hearth::reports", "Residents"),
                     {{QStringLiteral("identified"), QCoreApplication::translate("hearth::reports", "Identified")},
                      {QStringLiteral("supported"), QCoreApplication::translate("hearth::reports", "Supported")}});
        ReportChart referrals = overTime(
            QStringLiteral("referrals_per_quarter"),
            QCoreApplication::translate("hearth::reports", "Referrals made and taken up per quarter"),
            QCoreApplication::translate("hearth::reports", "Referrals"),
            {{QStringLiteral("referrals_sent"), QCoreApplication::translate("hearth::reports", "Made")},
             {QStringLiteral("referrals_taken_up"), QCoreApplication::translate("hearth::reports", "Taken up")}});
        ReportChart improvement = overTime(
            QStringLiteral("improvement_rate"),
            QCoreApplication::translate("hearth::reports", "Improvement rate per quarter (%1)").arg(m_instrumentName),
            QCoreApplication::translate("hearth::reports", "Per cent"),
            {{QStringLiteral("improved_rate"), QCoreApplication::translate("hearth::reports", "Improvement rate")}});
        improvement.kind = ReportChart::Kind::Line;
        improvement.percent = true;
        const auto& rates = improvement.series.first().values;
        if (std::any_of(rates.begin(), rates.end(),
                        [](const ReportCell& cell) { return cell.kind == ReportCell::Kind::Text; })) {
            improvement.notes.append(QCoreApplication::translate(
                                         "hearth::reports", "n/a: no one had a follow-up measure on %1 in the quarter.")
                                         .arg(m_instrumentName));
        }
        for (ReportChart* chart : {&residents, &referrals, &improvement}) {
            finish(*chart);
            list.append(*chart);
        }
    }

    ReportChart statuses;
    statuses.kind = ReportChart::Kind::HorizontalBar;
    statuses.id = QStringLiteral("referrals_by_status");
    statuses.title =
        QCoreApplication::translate("hearth::reports", "Referrals made in %1 by current status").arg(period);
    statuses.valueLabel = QCoreApplication::translate("hearth::reports", "Referrals");
    statuses.definition = QCoreApplication::translate("hearth::reports",
                                                      "%1 The taken-up statuses are accepted, attending and completed.")
                              .arg(definitionOf(QStringLiteral("referrals_sent")));
    ReportSeries statusCounts {labelOf(QStringLiteral("referrals_sent")), {}};
    for (const auto& status : kpi::sentReferralStatuses()) {
        statuses.categories.append(keyLabel(QStringLiteral("referral_status"), status));
        statusCounts.values.append(figureCell(chartFigure(QStringLiteral("referrals_by_status"), status)));
    }
    statuses.series.append(statusCounts);
    finish(statuses);
    list.append(statuses);

    ReportChart services;
    services.kind = ReportChart::Kind::HorizontalBar;
    services.id = QStringLiteral("services_by_category");
    services.title = QCoreApplication::translate("hearth::reports", "Services available in %1 by category").arg(period);
    services.valueLabel = QCoreApplication::translate("hearth::reports", "Services");
    services.definition = definitionOf(QStringLiteral("services_available"))
        + QCoreApplication::translate("hearth::reports", " A service counts once in each of its categories.");
    ReportSeries serviceCounts {labelOf(QStringLiteral("services_available")), {}};
    for (const auto& category : m_categories) {
        services.categories.append(keyLabel(QStringLiteral("category"), category));
        serviceCounts.values.append(figureCell(chartFigure(QStringLiteral("services_by_category"), category)));
    }
    services.series.append(serviceCounts);
    services.notes.append(
        QCoreApplication::translate("hearth::reports", "A service counts once in each of its categories."));
    finish(services);
    list.append(services);

    ReportChart actions;
    actions.kind = ReportChart::Kind::HorizontalBar;
    actions.id = QStringLiteral("actions_by_status");
    actions.title = QCoreApplication::translate("hearth::reports", "Action-plan items by status on %1")
                        .arg(reportLocale().toString(m_request.period.to, QStringLiteral("d MMMM yyyy")));
    actions.valueLabel = QCoreApplication::translate("hearth::reports", "Action items");
    actions.definition = definitionOf(QStringLiteral("actions_by_status"));
    ReportSeries actionCounts {labelOf(QStringLiteral("actions_by_status")), {}};
    for (const auto& status : vocab::actionStatuses().codes()) {
        actions.categories.append(keyLabel(QStringLiteral("status"), status));
        actionCounts.values.append(figureCell(figure(QStringLiteral("actions_by_status"), {}, status)));
    }
    actions.series.append(actionCounts);
    finish(actions);
    list.append(actions);
    return list;
}

} // namespace hearth::reports
