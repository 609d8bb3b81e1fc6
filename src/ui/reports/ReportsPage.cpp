#include "ReportsPage.h"

#include "ReportExport.h"

#include "FileDialog.h"
#include "MessageBox.h"
#include "PageStyle.h"
#include "ReportWriters.h"
#include "Store.h"
#include "UiLog.h"
#include "work/BackgroundTask.h"
#include "work/TaskProgress.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QCursor>
#include <QFileInfo>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPushButton>
#include <QSaveFile>
#include <QScatterSeries>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTextBrowser>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <array>
#include <cmath>
#include <exception>

namespace hearth::ui {

namespace {

constexpr int kHistoryQuarters = 8;
constexpr int kChoosableQuarters = 12;

struct Shown
{
    bool present = false; // the KPI has a figure
    bool suppressed = false;
    bool isRate = false;
    std::optional<double> value; // nullopt: a rate with no denominator
};

Shown shownValue(const reports::KpiReport& report, const QString& kpiId)
{
    Shown shown;
    const kpi::Definition* definition = kpi::definition(kpiId);
    if (definition != nullptr && definition->isRate()) {
        shown.isRate = true;
        if (const auto rate = report.rate(kpiId)) {
            shown.present = true;
            shown.value = rate->first;
            shown.suppressed = rate->second;
        }
    } else if (const auto figure = report.figure(kpiId)) {
        shown.present = true;
        shown.value = static_cast<double>(figure->value);
        shown.suppressed = figure->suppressed;
    }
    return shown;
}

QString display(const Shown& shown)
{
    if (!shown.present) {
        return QStringLiteral("–");
    }
    if (shown.suppressed) {
        return QStringLiteral("*");
    }
    if (!shown.value) {
        return reports::ReportCell::percent(std::nullopt).display(); // "n/a", as the exports say it
    }
    return shown.isRate ? QString::number(*shown.value, 'f', 1) + QLatin1Char('%')
                        : QString::number(static_cast<qint64>(*shown.value));
}

// "Q3" for "FY2026-Q3": short enough for eight under a chart; the axis title gives the years. A
// category axis needs each label to differ, so a repeated quarter gets invisible zero-width spaces
// after it. Any other category stays as it is.
QString shortCategory(const QString& category, int index)
{
    const std::optional<Period> period = Period::fromQuarter(category);
    if (!period) {
        return category;
    }
    return QStringLiteral("Q%1").arg(financialQuarterOf(period->from)) + QString(index / 4, QChar(0x200B));
}

// The same colours as the exported pictures (reports/ChartImage), and a pattern as well so that
// the series differ without colour: the first solid, the second hatched.
const QColor kSeriesColours[] = {QColor(0x00, 0x72, 0xB2), QColor(0xE6, 0x9F, 0x00), QColor(0x00, 0x9E, 0x73)};

QBrush seriesBrush(qsizetype series)
{
    const QColor& colour = kSeriesColours[series % 3];
    return series % 3 == 0 ? QBrush(colour) : QBrush(colour, series % 3 == 1 ? Qt::BDiagPattern : Qt::DiagCrossPattern);
}

// A Qt chart of a report chart. Suppressed and missing figures are drawn as no bar or point, and
// read as "*" or "n/a" in the labels, the tooltips and the text under the charts, never as a number.
QChart* buildChart(const reports::ReportChart& described)
{
    using Kind = reports::ReportChart::Kind;
    auto* chart = new QChart;
    chart->setTitle(described.title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setVisible(described.series.size() > 1 || described.kind == Kind::Line);
    bool quarters = !described.categories.isEmpty();
    bool percent = described.percent;
    double highest = 0;
    for (const auto& series : described.series) {
        for (const auto& value : series.values) {
            percent = percent || value.kind == reports::ReportCell::Kind::Percent;
            if (value.isNumber()) {
                highest = std::max(highest, value.number);
            }
        }
    }
    QStringList categories;
    for (const auto& category : described.categories) {
        quarters = quarters && Period::fromQuarter(category).has_value();
        categories.append(shortCategory(category, static_cast<int>(categories.size())));
    }
    const auto valueAt = [](const reports::ReportSeries& series, qsizetype index) {
        return index < series.values.size() ? series.values[index] : reports::ReportCell::empty();
    };
    const auto shown = [](const reports::ReportCell& cell) {
        const QString text = cell.display();
        return text.isEmpty() ? QStringLiteral("–") : text;
    };

    auto* categoryAxis = new QBarCategoryAxis;
    auto* valueAxis = new QValueAxis;
    QList<QAbstractSeries*> added;
    if (described.kind == Kind::Line) {
        for (qsizetype s = 0; s < described.series.size(); ++s) {
            const auto& series = described.series[s];
            QPen pen(kSeriesColours[s % 3], 2.5, s == 0 ? Qt::SolidLine : Qt::DashLine);
            // One line per run of shown figures: nothing is joined across a hidden one.
            QLineSeries* line = nullptr;
            auto* points = new QScatterSeries;
            points->setMarkerShape(s == 0 ? QScatterSeries::MarkerShapeCircle : QScatterSeries::MarkerShapeRectangle);
            points->setMarkerSize(9);
            points->setColor(kSeriesColours[s % 3]);
            points->setBorderColor(Qt::white);
            points->setPointLabelsVisible(true);
            points->setPointLabelsFormat(percent ? QStringLiteral("@yPoint%") : QStringLiteral("@yPoint"));
            points->setPointLabelsClipping(false);
            bool named = false;
            for (qsizetype c = 0; c < categories.size(); ++c) {
                const reports::ReportCell value = valueAt(series, c);
                if (!value.isNumber()) {
                    line = nullptr;
                    continue;
                }
                if (line == nullptr) {
                    line = new QLineSeries;
                    line->setPen(pen);
                    if (!named) {
                        line->setName(series.name);
                        named = true;
                    }
                    added.append(line);
                }
                line->append(static_cast<double>(c), value.number);
                points->append(static_cast<double>(c), value.number);
            }
            added.append(points);
            QObject::connect(points, &QScatterSeries::hovered, points,
                             [series, described](const QPointF& point, bool on) {
                                 const auto index = static_cast<qsizetype>(std::lround(point.x()));
                                 if (on && index >= 0 && index < described.categories.size()) {
                                     QToolTip::showText(QCursor::pos(),
                                                        QStringLiteral("%1, %2: %3")
                                                            .arg(series.name, described.categories[index],
                                                                 series.values.value(index).display()));
                                 }
                             });
        }
    } else {
        const bool horizontal = described.kind == Kind::HorizontalBar;
        QAbstractBarSeries* bars = horizontal ? static_cast<QAbstractBarSeries*>(new QHorizontalBarSeries)
                                              : static_cast<QAbstractBarSeries*>(new QBarSeries);
        for (qsizetype s = 0; s < described.series.size(); ++s) {
            const auto& series = described.series[s];
            auto* set = new QBarSet(series.name);
            set->setBrush(seriesBrush(s));
            set->setBorderColor(kSeriesColours[s % 3]);
            for (qsizetype c = 0; c < categories.size(); ++c) {
                const reports::ReportCell value = valueAt(series, c);
                set->append(value.isNumber() ? value.number : 0.0);
            }
            bars->append(set);
        }
        if (horizontal && described.series.size() == 1) {
            // One series: each label carries its figure ("Accepted: 12", "Declined: *").
            for (qsizetype c = 0; c < categories.size(); ++c) {
                categories[c] += QStringLiteral(": ") + shown(valueAt(described.series.first(), c));
            }
        }
        if (horizontal) {
            // Qt draws the first category at the bottom; reversed, the chart reads top down as the
            // export's pictures and tables do.
            std::reverse(categories.begin(), categories.end());
            for (QBarSet* set : bars->barSets()) {
                QList<qreal> values;
                for (int i = set->count() - 1; i >= 0; --i) {
                    values.append(set->at(i));
                }
                set->remove(0, set->count());
                set->append(values);
            }
        }
        QObject::connect(
            bars, &QAbstractBarSeries::hovered, bars, [described, horizontal](bool on, int index, QBarSet* set) {
                if (horizontal) {
                    index = static_cast<int>(described.categories.size()) - 1 - index;
                }
                const auto found =
                    std::find_if(described.series.cbegin(), described.series.cend(),
                                 [&](const reports::ReportSeries& each) { return each.name == set->label(); });
                if (on && found != described.series.cend() && index >= 0 && index < described.categories.size()) {
                    QToolTip::showText(
                        QCursor::pos(),
                        QStringLiteral("%1, %2: %3")
                            .arg(found->name, described.categories[index], found->values.value(index).display()));
                }
            });
        added.append(bars);
    }
    categoryAxis->append(categories);
    categoryAxis->setTruncateLabels(false); // a label cut to "…" would hide its figure
    if (quarters) {
        QFont labelFont = categoryAxis->labelsFont();
        labelFont.setPointSizeF(labelFont.pointSizeF() * 0.85);
        categoryAxis->setLabelsFont(labelFont);
        categoryAxis->setTitleText(
            QObject::tr("%1 to %2").arg(described.categories.first(), described.categories.last()));
    }
    valueAxis->setRange(0, percent ? 100.0 : std::max(4.0, highest));
    if (!percent) {
        valueAxis->applyNiceNumbers();
    }
    valueAxis->setLabelFormat(percent ? QStringLiteral("%d%%") : QStringLiteral("%d"));
    valueAxis->setTitleText(described.valueLabel);
    const bool horizontal = described.kind == Kind::HorizontalBar;
    chart->addAxis(categoryAxis, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(valueAxis, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    for (QAbstractSeries* series : added) {
        chart->addSeries(series);
        series->attachAxis(categoryAxis);
        series->attachAxis(valueAxis);
    }
    // Only the named lines in the legend: the markers' series and later runs of a line are extras.
    for (QLegendMarker* marker : chart->legend()->markers()) {
        if (marker->type() == QLegendMarker::LegendMarkerTypeXY && marker->series()->name().isEmpty()) {
            marker->setVisible(false);
        }
    }
    return chart;
}

QString definitionText(const QString& kpiId)
{
    const kpi::Definition* definition = kpi::definition(kpiId);
    return definition == nullptr ? QString() : definition->definition;
}

QString labelOf(const QString& kpiId)
{
    const kpi::Definition* definition = kpi::definition(kpiId);
    return definition == nullptr ? kpiId : definition->label;
}

} // namespace

const QStringList& ReportsPage::tileKpis()
{
    static const QStringList list {
        QStringLiteral("identified"),         QStringLiteral("on_register"),          QStringLiteral("supported"),
        QStringLiteral("referrals_sent"),     QStringLiteral("referral_uptake_rate"), QStringLiteral("improved_rate"),
        QStringLiteral("services_available"), QStringLiteral("cases_closed")};
    return list;
}

const QStringList& ReportsPage::chartIds()
{
    // As laid out, left to right and top down, which is also the order Tab visits them in.
    static const QStringList list {QStringLiteral("residents_per_quarter"), QStringLiteral("referrals_per_quarter"),
                                   QStringLiteral("improvement_rate"),      QStringLiteral("actions_by_status"),
                                   QStringLiteral("referrals_by_status"),   QStringLiteral("services_by_category")};
    return list;
}

ReportsPage::ReportsPage(QWidget* parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Reports"));
    auto* outer = new QVBoxLayout(this);

    auto* heading = new QLabel(tr("Reports"), this);
    styleHeading(heading);
    outer->addWidget(heading);

    // The choosers.
    auto* controls = new QHBoxLayout;
    m_quarter = new QComboBox(this);
    m_quarter->setObjectName(QStringLiteral("quarterChooser"));
    m_quarter->setAccessibleName(tr("Quarter"));
    m_quarter->setToolTip(tr("The financial-year quarter reported (April to March years)"));
    auto* quarterLabel = new QLabel(tr("&Quarter:"), this);
    quarterLabel->setBuddy(m_quarter);
    m_breakdown = new QComboBox(this);
    m_breakdown->setObjectName(QStringLiteral("breakdownChooser"));
    m_breakdown->setAccessibleName(tr("Breakdown"));
    m_breakdown->addItem(tr("None"), QString());
    for (const QString& dimension :
         {QStringLiteral("ward"), QStringLiteral("target_group"), QStringLiteral("age_band")}) {
        m_breakdown->addItem(tr("By %1").arg(kpi::dimensionLabel(dimension).toLower()), dimension);
    }
    auto* breakdownLabel = new QLabel(tr("&Breakdown:"), this);
    breakdownLabel->setBuddy(m_breakdown);
    m_publication = new QCheckBox(tr("For &publication"), this);
    m_publication->setObjectName(QStringLiteral("forPublication"));
    m_publication->setToolTip(tr("Suppress small numbers as for a published report: counts from 1 to 4 (or your "
                                 "council's threshold) and the figures they could be worked out from show as *"));
    m_export = new QPushButton(tr("&Export…"), this);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setToolTip(tr("Save the report as CSV, XLSX, ODT, HTML or PDF (Ctrl+E)"));
    auto* exportShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_E), this);
    exportShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(exportShortcut, &QShortcut::activated, this, &ReportsPage::exportReport);
    controls->addWidget(quarterLabel);
    controls->addWidget(m_quarter);
    controls->addSpacing(12);
    controls->addWidget(breakdownLabel);
    controls->addWidget(m_breakdown);
    controls->addSpacing(12);
    controls->addWidget(m_publication);
    controls->addStretch(1);
    controls->addWidget(m_export);
    outer->addLayout(controls);

    // Working out the figures, or saving the export: the progress and Cancel.
    m_task = new BackgroundTask(this);
    m_progress = new TaskProgress(m_task, this);
    m_progress->setCancelToolTip(tr("Stop: cancelled figures are not shown, a cancelled export writes no file"));
    outer->addWidget(m_progress);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("reportStatus"));
    m_status->setWordWrap(true);
    outer->addWidget(m_status);

    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("reportNotice"));
    m_notice->setWordWrap(true);
    outer->addWidget(m_notice);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    outer->addWidget(splitter, 1);

    auto* scroll = new QScrollArea(splitter);
    scroll->setAccessibleName(tr("Report figures and charts"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* body = new QWidget(scroll);
    auto* bodyLayout = new QVBoxLayout(body);
    scroll->setWidget(body);

    // The tiles: four to a row.
    auto* tiles = new QGridLayout;
    int index = 0;
    for (const QString& id : tileKpis()) {
        auto* frame = new QFrame(body);
        frame->setObjectName(QStringLiteral("tile_") + id);
        frame->setFrameShape(QFrame::StyledPanel);
        frame->setFocusPolicy(Qt::StrongFocus); // Tab reaches each figure; a screen reader reads it
        frame->setToolTip(labelOf(id) + QStringLiteral(": ") + definitionText(id));
        auto* layout = new QVBoxLayout(frame);
        auto* title = new QLabel(labelOf(id), frame);
        title->setWordWrap(true);
        Tile tile;
        tile.value = new QLabel(frame);
        tile.value->setObjectName(QStringLiteral("tileValue_") + id);
        styleFigure(tile.value);
        tile.change = new QLabel(frame);
        tile.change->setObjectName(QStringLiteral("tileChange_") + id);
        tile.change->setWordWrap(true);
        layout->addWidget(title);
        layout->addWidget(tile.value);
        layout->addWidget(tile.change);
        m_tiles.insert(id, tile);
        tiles->addWidget(frame, index / 4, index % 4);
        ++index;
    }
    bodyLayout->addLayout(tiles);

    auto* charts = new QGridLayout;
    const QMap<QString, QString> chartNames {
        {QStringLiteral("residents_per_quarter"), tr("Chart of residents identified and supported per quarter")},
        {QStringLiteral("referrals_per_quarter"), tr("Chart of referrals made and taken up per quarter")},
        {QStringLiteral("improvement_rate"), tr("Chart of the improvement rate per quarter")},
        {QStringLiteral("referrals_by_status"), tr("Chart of the quarter's referrals by status")},
        {QStringLiteral("services_by_category"), tr("Chart of services available by category")},
        {QStringLiteral("actions_by_status"), tr("Chart of action-plan items by status")},
    };
    // Row, column and columns spanned: the charts over time and action items two to a row;
    // referrals by status and services by category a row each, so that their labels ("Stopped
    // attending: 12", a category's name) have room.
    const QMap<QString, std::array<int, 3>> places {
        {QStringLiteral("residents_per_quarter"), {0, 0, 1}}, {QStringLiteral("referrals_per_quarter"), {0, 1, 1}},
        {QStringLiteral("improvement_rate"), {1, 0, 1}},      {QStringLiteral("actions_by_status"), {1, 1, 1}},
        {QStringLiteral("referrals_by_status"), {2, 0, 2}},   {QStringLiteral("services_by_category"), {3, 0, 2}},
    };
    for (const QString& id : chartIds()) {
        auto* view = new QChartView(new QChart, body);
        view->setObjectName(id);
        view->setAccessibleName(chartNames.value(id));
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(250);
        // Tab reaches each chart, so that a screen reader reads its description: every figure.
        view->setFocusPolicy(Qt::StrongFocus);
        const std::array<int, 3> place = places.value(id);
        charts->addWidget(view, place[0], place[1], 1, place[2]);
        m_charts.insert(id, view);
    }
    bodyLayout->addLayout(charts);
    m_chartText = new QLabel(body);
    m_chartText->setObjectName(QStringLiteral("chartText"));
    m_chartText->setWordWrap(true);
    m_chartText->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_chartText->setFocusPolicy(Qt::StrongFocus);
    m_chartText->setAccessibleName(tr("The charts' figures"));
    bodyLayout->addWidget(m_chartText);

    // The KPI table, broken down as chosen.
    auto* tableHeading = new QLabel(tr("Key performance indicators"), body);
    styleHeading(tableHeading);
    bodyLayout->addWidget(tableHeading);
    m_table = new QTableWidget(body);
    m_table->setObjectName(QStringLiteral("breakdownTable"));
    m_table->setAccessibleName(tr("Key performance indicators table"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setMinimumHeight(320);
    m_table->verticalHeader()->hide();
    bodyLayout->addWidget(m_table, 1);
    m_footnotes = new QLabel(body);
    m_footnotes->setObjectName(QStringLiteral("reportFootnotes"));
    m_footnotes->setWordWrap(true);
    bodyLayout->addWidget(m_footnotes);

    // The side panel: every definition.
    m_definitions = new QTextBrowser(splitter);
    m_definitions->setObjectName(QStringLiteral("definitionsPanel"));
    m_definitions->setAccessibleName(tr("Definitions of the figures"));
    m_definitions->setMinimumWidth(220);
    splitter->addWidget(scroll);
    splitter->addWidget(m_definitions);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    fillDefinitions();

    connect(m_quarter, &QComboBox::currentIndexChanged, this, &ReportsPage::rebuild);
    connect(m_breakdown, &QComboBox::currentIndexChanged, this, &ReportsPage::rebuild);
    connect(m_publication, &QCheckBox::toggled, this, &ReportsPage::rebuild);
    connect(m_export, &QPushButton::clicked, this, &ReportsPage::exportReport);
    setStore(nullptr);
}

ReportsPage::~ReportsPage()
{
    m_task->abandon(); // its thread is waited for as the task goes
}

void ReportsPage::setStore(storage::Store* store)
{
    // Nothing read from the old store outlives it; an export finishing now is audited there.
    m_task->waitForAll();
    // Empty what the old store showed (refresh() with no store reads nothing); the main window
    // calls refresh() when the page is shown (StorePage).
    m_store = nullptr;
    rebuild();
    m_store = store;
    fillQuarters();
}

void ReportsPage::refresh()
{
    if (m_exporting) {
        return; // the export is of the figures shown; they are worked out again after it
    }
    rebuild();
}

bool ReportsPage::isWorking() const
{
    return m_task->isRunning();
}

bool ReportsPage::waitForWork(int timeoutMs)
{
    return m_task->wait(timeoutMs);
}

void ReportsPage::setChoosersEnabled(bool enabled)
{
    m_quarter->setEnabled(enabled);
    m_breakdown->setEnabled(enabled);
    m_publication->setEnabled(enabled);
}

QString ReportsPage::quarter() const
{
    return m_quarter->currentData().toString();
}

QString ReportsPage::dimension() const
{
    return m_breakdown->currentData().toString();
}

bool ReportsPage::forPublication() const
{
    return m_publication->isChecked();
}

void ReportsPage::setQuarter(const QString& label)
{
    const int index = m_quarter->findData(label);
    if (index >= 0) {
        m_quarter->setCurrentIndex(index);
    }
}

void ReportsPage::setDimension(const QString& dimension)
{
    const int index = m_breakdown->findData(dimension);
    if (index >= 0) {
        m_breakdown->setCurrentIndex(index);
    }
}

void ReportsPage::setForPublication(bool on)
{
    m_publication->setChecked(on);
}

void ReportsPage::fillQuarters()
{
    const QSignalBlocker blocker(m_quarter);
    m_quarter->clear();
    if (m_store == nullptr) {
        return;
    }
    // The current quarter by the store's clock first, then the ones before it.
    Period period = Period::quarterContaining(m_store->clock().today());
    for (int i = 0; i < kChoosableQuarters; ++i) {
        const QString label = period.quarterLabel();
        m_quarter->addItem(label, label);
        period = period.previousQuarter();
    }
    m_quarter->setCurrentIndex(0);
}

void ReportsPage::rebuild()
{
    // Whatever was shown or being worked out is of an earlier choice: it goes.
    m_report.reset();
    m_current.reset();
    m_previous.reset();
    m_history.clear();
    m_status->clear();
    const bool usable = m_store != nullptr && m_quarter->count() > 0;
    setChoosersEnabled(usable);
    m_export->setEnabled(false);
    if (!usable) {
        m_task->abandon();
        showFigures();
        return;
    }
    const Period period = *Period::fromQuarter(quarter());
    reports::KpiRequest request;
    request.period = period;
    request.forPublication = forPublication();
    const QString breakdown = dimension();
    struct Built
    {
        QList<reports::KpiReport> history;
        std::optional<reports::KpiReport> report;
    };
    auto built = std::make_shared<Built>();
    const QString stage = tr("Working out the figures for %1…").arg(period.quarterLabel());
    showFigures(); // empty until the new figures are ready
    m_notice->clear(); // the progress row says what is being worked out
    m_task->start(
        stage, m_store->path(), &m_store->clock(),
        [built, request, breakdown, stage](TaskContext& context) {
            storage::Store& store = *context.store();
            // The last eight quarters to the chosen one, oldest first (KpiReport::buildHistory, a
            // quarter at a time so that Cancel stops between them); the last is the chosen
            // quarter, the one before it the previous quarter. Then the breakdown, if any.
            const qint64 steps = kHistoryQuarters + (breakdown.isEmpty() ? 0 : 1);
            reports::KpiRequest each = request;
            Period quarter = Period::quarterContaining(request.period.to);
            for (int i = 1; i < kHistoryQuarters; ++i) {
                quarter = quarter.previousQuarter();
            }
            for (int i = 0; i < kHistoryQuarters; ++i) {
                context.progress(stage, i, steps);
                each.period = quarter;
                built->history.append(reports::KpiReport::build(store, each));
                quarter = quarter.nextQuarter();
            }
            if (!breakdown.isEmpty()) {
                context.progress(stage, kHistoryQuarters, steps);
                each.period = request.period;
                each.dimension = breakdown;
                built->report = reports::KpiReport::build(store, each);
            }
            context.progress(stage, steps, steps);
        },
        [this, built](BackgroundTask::Outcome outcome, const QString& error) {
            if (outcome == BackgroundTask::Outcome::Finished && built->history.size() > 1) {
                m_history = built->history;
                m_current = m_history.last();
                m_previous = m_history[m_history.size() - 2];
                m_report = built->report ? *built->report : *m_current;
                m_export->setEnabled(true);
                showFigures();
            } else if (outcome == BackgroundTask::Outcome::Cancelled) {
                m_notice->setText(
                    tr("Cancelled: the figures were not worked out. Choose View > Refresh to work them out."));
            } else {
                showReadError(error);
            }
        });
}

void ReportsPage::showFigures()
{
    fillTiles();
    fillCharts();
    fillTable();
}

void ReportsPage::showReadError(const QString& message)
{
    uiLog()->warn("could not read the report figures"); // the message may name a file
    m_notice->setText(tr("The figures could not be read: %1").arg(message));
}

QString ReportsPage::tileValue(const QString& kpiId) const
{
    const auto found = m_tiles.constFind(kpiId);
    return found == m_tiles.constEnd() ? QString() : found->value->text();
}

QString ReportsPage::tileChange(const QString& kpiId) const
{
    const auto found = m_tiles.constFind(kpiId);
    return found == m_tiles.constEnd() ? QString() : found->change->text();
}

QString ReportsPage::changeText(const QString& kpiId) const
{
    if (!m_current || !m_previous) {
        return {};
    }
    const QString before = m_previous->request().period.quarterLabel();
    const Shown now = shownValue(*m_current, kpiId);
    const Shown then = shownValue(*m_previous, kpiId);
    if (now.suppressed || then.suppressed) {
        return tr("change from %1 not shown: small numbers").arg(before);
    }
    if (!now.value || !then.value) {
        return tr("no comparison with %1").arg(before);
    }
    const double difference = *now.value - *then.value;
    if (now.isRate) {
        const double points = std::round(difference * 10.0) / 10.0;
        if (points == 0.0) {
            return tr("no change from %1").arg(before);
        }
        return (points > 0 ? tr("up %1 points from %2") : tr("down %1 points from %2"))
            .arg(QString::number(std::abs(points), 'f', 1), before);
    }
    const auto count = static_cast<qint64>(difference);
    if (count == 0) {
        return tr("no change from %1").arg(before);
    }
    return (count > 0 ? tr("up %1 from %2") : tr("down %1 from %2")).arg(std::abs(count)).arg(before);
}

void ReportsPage::fillTiles()
{
    for (auto it = m_tiles.begin(); it != m_tiles.end(); ++it) {
        const QString& id = it.key();
        const QString value = m_current ? display(shownValue(*m_current, id)) : QStringLiteral("–");
        const QString change = changeText(id);
        it->value->setText(value);
        it->change->setText(change);
        QWidget* frame = it->value->parentWidget();
        frame->setAccessibleName(QStringLiteral("%1: %2").arg(labelOf(id), value));
        frame->setAccessibleDescription(change.isEmpty() ? definitionText(id)
                                                         : QStringLiteral("%1. %2").arg(change, definitionText(id)));
    }
    if (m_report) {
        const reports::ReportDocument document = m_report->toDocument();
        QString notice = document.subtitle;
        if (m_store != nullptr && m_report->request().period.contains(m_store->clock().today())) {
            notice += QLatin1Char(' ') + tr("The quarter is not over yet: its figures are to date.");
        }
        m_notice->setText(notice + QLatin1Char('\n') + document.notice);
    } else if (m_store == nullptr) {
        m_notice->setText(tr("Open a database to see its reports."));
    }
}

void ReportsPage::fillCharts()
{
    QList<reports::ReportChart> described;
    if (m_report) {
        described = m_report->charts(m_history);
    }
    QStringList text;
    for (auto it = m_charts.begin(); it != m_charts.end(); ++it) {
        QChartView* view = it.value();
        const auto found = std::find_if(described.cbegin(), described.cend(),
                                        [&](const reports::ReportChart& each) { return each.id == it.key(); });
        QChart* chart = found == described.cend() ? new QChart : buildChart(*found);
        QChart* old = view->chart();
        view->setChart(chart);
        delete old;
        if (found == described.cend()) {
            view->setAccessibleDescription({});
            view->setToolTip({});
            continue;
        }
        if (found->kind == reports::ReportChart::Kind::HorizontalBar) {
            // Room for every category's label: Qt Charts leaves out labels that would overlap.
            view->setMinimumHeight(std::max(250, 110 + 22 * static_cast<int>(found->categories.size())));
        }
        QStringList notes = found->notes;
        view->setAccessibleDescription(found->altText);
        // Hover: what the chart counts, then its figures.
        view->setToolTip(QStringLiteral("%1\n\n%2%3")
                             .arg(found->definition, found->altText,
                                  notes.isEmpty() ? QString() : QLatin1Char('\n') + notes.join(QLatin1Char('\n'))));
    }
    for (const QString& id : chartIds()) {
        for (const auto& each : described) {
            if (each.id == id) {
                text.append(each.altText);
            }
        }
    }
    m_chartText->setText(text.join(QLatin1Char('\n')));
}

void ReportsPage::fillTable()
{
    m_table->clear();
    m_table->setRowCount(0);
    m_table->setColumnCount(0);
    m_footnotes->clear();
    if (!m_report) {
        return;
    }
    const reports::ReportDocument document = m_report->toDocument();
    QStringList notes;
    // The first table holds every KPI; the tables of cases closed by reason and action items by
    // status are in the export.
    const reports::ReportTable& table = document.tables.first();
    m_table->setColumnCount(static_cast<int>(table.columns.size()));
    m_table->setHorizontalHeaderLabels(table.columns);
    m_table->setRowCount(static_cast<int>(table.rows.size()));
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        const int row = static_cast<int>(r);
        const auto& cells = table.rows[r];
        for (qsizetype c = 0; c < cells.size() && c < table.columns.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c].display());
            if (cells[c].isNumber() || cells[c].kind == reports::ReportCell::Kind::Suppressed) {
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            }
            if (cells[c].kind == reports::ReportCell::Kind::Suppressed) {
                item->setToolTip(tr("Suppressed for publication: a small number"));
            }
            m_table->setItem(row, static_cast<int>(c), item);
        }
        if (r < kpi::definitions().size()) {
            const auto& definition = kpi::definitions()[r];
            if (auto* header = m_table->item(row, 0)) {
                header->setToolTip(definition.definition);
                header->setData(Qt::UserRole, definition.id);
            }
        }
    }
    notes += table.footnotes;
    notes.append(tr("Cases closed by reason and action-plan items by status are in the export."));
    notes += document.footnotes;
    m_table->resizeColumnsToContents();
    m_footnotes->setText(notes.join(QLatin1Char('\n')));
}

void ReportsPage::fillDefinitions()
{
    QString html = QStringLiteral("<h3>%1</h3>").arg(tr("What the figures mean").toHtmlEscaped());
    for (const auto& definition : kpi::definitions()) {
        html += QStringLiteral("<p><b>%1</b><br>%2</p>")
                    .arg(definition.label.toHtmlEscaped(), definition.definition.toHtmlEscaped());
    }
    m_definitions->setHtml(html);
}

void ReportsPage::exportReport()
{
    if (!m_report || m_task->isRunning()) {
        return;
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = FileDialog::getSaveFileName(
        this, tr("Export report"), folder,
        tr("Spreadsheet (*.xlsx);;OpenDocument text (*.odt);;Web page (*.html);;PDF (*.pdf);;CSV (*.csv)"));
    if (path.isEmpty()) {
        return;
    }
    QString error;
    const std::optional<QString> suffix = checkExportPath(path, &error);
    if (!suffix) {
        MessageBox::warning(this, tr("Export report"), tr("The report was not saved."), error);
        return;
    }
    const reports::KpiReport report = *m_report;
    const QList<reports::KpiReport> history = m_history;
    const reports::Format format = *reports::formatFromName(*suffix);
    const QString fileName = QFileInfo(path).fileName();
    const QString stage = tr("Saving %1…").arg(fileName);
    const QString notWritten = tr("%1 could not be written: %2");
    m_exporting = true;
    setChoosersEnabled(false);
    m_export->setEnabled(false);
    m_status->clear();
    // The file is written whole or not at all (QSaveFile): Cancel before it is committed leaves
    // none. The export is audited here, on the page's own store, once the file is there.
    m_task->start(
        stage, QString(), nullptr,
        [report, history, format, path, stage, fileName, notWritten](TaskContext& context) {
            context.progress(stage, 0, 3);
            const QByteArray bytes = reports::writeReport(report.toDocument(history), format);
            context.progress(stage, 2, 3);
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
                throw std::runtime_error(notWritten.arg(fileName, file.errorString()).toStdString());
            }
            context.progress(stage, 3, 3);
            if (!file.commit()) {
                throw std::runtime_error(notWritten.arg(fileName, file.errorString()).toStdString());
            }
        },
        [this, report, fileName, suffix](BackgroundTask::Outcome outcome, const QString& error) {
            m_exporting = false;
            setChoosersEnabled(m_store != nullptr);
            m_export->setEnabled(m_report.has_value());
            if (outcome == BackgroundTask::Outcome::Finished) {
                if (m_store != nullptr) {
                    report.recordExport(*m_store, suffix->toLower());
                }
                m_status->setText(tr("The report was saved as %1.").arg(fileName));
            } else if (outcome == BackgroundTask::Outcome::Cancelled) {
                m_status->setText(tr("Export cancelled: no file was written."));
            } else {
                MessageBox::warning(this, tr("Export report"), tr("The report was not saved."), error);
            }
        });
}

std::optional<QString> ReportsPage::checkExportPath(const QString& path, QString* error) const
{
    const QFileInfo info(path);
    const auto format = reports::formatFromName(info.suffix());
    if (!format) {
        *error = tr("%1: the file name must end in one of .%2, which says the format.")
                     .arg(info.fileName(), reports::formatNames().join(QStringLiteral(", .")));
        return std::nullopt;
    }
    if (info.exists()) {
        *error = tr("%1 already exists; choose another name.").arg(info.fileName());
        return std::nullopt;
    }
    return info.suffix();
}

bool ReportsPage::exportTo(const QString& path, QString* error)
{
    if (!m_report) {
        *error = tr("There is no report to save.");
        return false;
    }
    // The one way a page saves a report (ReportExport): format from the name, never over a file.
    if (!saveReport(m_report->toDocument(m_history), path, error)) {
        return false;
    }
    if (m_store != nullptr) {
        m_report->recordExport(*m_store, QFileInfo(path).suffix().toLower());
    }
    return true;
}

} // namespace hearth::ui
