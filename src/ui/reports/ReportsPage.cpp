#include "ReportsPage.h"

#include "FileDialog.h"
#include "MessageBox.h"
#include "PageStyle.h"
#include "ReportWriters.h"
#include "Store.h"
#include "UiLog.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QValueAxis>

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
        return QStringLiteral("n/a");
    }
    return shown.isRate ? QString::number(*shown.value, 'f', 1) + QLatin1Char('%')
                        : QString::number(static_cast<qint64>(*shown.value));
}

// "Q3": short enough for eight under a chart; the axis title gives the years. A category axis
// needs each label to differ, so a repeated quarter gets invisible zero-width spaces after it.
QString shortQuarter(const Period& period, int index)
{
    return QStringLiteral("Q%1").arg(financialQuarterOf(period.from)) + QString(index / 4, QChar(0x200B));
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

    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("reportNotice"));
    m_notice->setWordWrap(true);
    outer->addWidget(m_notice);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    outer->addWidget(splitter, 1);

    auto* scroll = new QScrollArea(splitter);
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

    // The charts over eight quarters.
    auto* charts = new QHBoxLayout;
    for (QChartView** view : {&m_residentsChart, &m_referralsChart}) {
        *view = new QChartView(new QChart, body);
        (*view)->setRenderHint(QPainter::Antialiasing);
        (*view)->setMinimumHeight(240);
        (*view)->setFocusPolicy(Qt::NoFocus); // the text under the charts holds the same figures
        charts->addWidget(*view);
    }
    m_residentsChart->setObjectName(QStringLiteral("residentsChart"));
    m_residentsChart->setAccessibleName(tr("Chart of residents identified and supported per quarter"));
    m_referralsChart->setObjectName(QStringLiteral("referralsChart"));
    m_referralsChart->setAccessibleName(tr("Chart of referrals made and taken up per quarter"));
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

ReportsPage::~ReportsPage() = default;

void ReportsPage::setStore(storage::Store* store)
{
    m_store = store;
    fillQuarters();
    rebuild();
}

void ReportsPage::refresh()
{
    rebuild();
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
    m_report.reset();
    m_current.reset();
    m_previous.reset();
    m_history.clear();
    const bool usable = m_store != nullptr && m_quarter->count() > 0;
    m_quarter->setEnabled(usable);
    m_breakdown->setEnabled(usable);
    m_publication->setEnabled(usable);
    m_export->setEnabled(usable);
    if (usable) {
        const std::optional<Period> period = Period::fromQuarter(quarter());
        try {
            reports::KpiRequest request;
            request.period = *period;
            request.forPublication = forPublication();
            // Oldest first; the last is the chosen quarter, the one before it the previous quarter.
            Period first = *period;
            for (int i = 1; i < kHistoryQuarters; ++i) {
                first = first.previousQuarter();
            }
            for (Period each = first; each.from <= period->from; each = each.nextQuarter()) {
                request.period = each;
                m_history.append(reports::KpiReport::build(*m_store, request));
            }
            m_current = m_history.last();
            m_previous =
                m_history.size() > 1 ? m_history[m_history.size() - 2] : reports::KpiReport::build(*m_store, [&] {
                    reports::KpiRequest before = request;
                    before.period = period->previousQuarter();
                    return before;
                }());
            request.period = *period;
            request.dimension = dimension();
            m_report = request.dimension.isEmpty() ? *m_current : reports::KpiReport::build(*m_store, request);
        } catch (const std::exception& error) {
            m_report.reset();
            m_current.reset();
            m_previous.reset();
            m_history.clear();
            showReadError(QString::fromUtf8(error.what()));
        }
    }
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
    struct Series
    {
        QString kpi;
        QString name;
    };
    const auto fill = [this](QChartView* view, const QString& title, const QList<Series>& series) {
        auto* chart = new QChart;
        chart->setTitle(title);
        chart->legend()->setAlignment(Qt::AlignBottom);
        auto* bars = new QBarSeries(chart);
        QStringList categories;
        QStringList spoken;
        for (const auto& report : m_history) {
            categories.append(shortQuarter(report.request().period, static_cast<int>(categories.size())));
        }
        double highest = 0;
        for (const auto& each : series) {
            auto* set = new QBarSet(each.name);
            QStringList values;
            for (const auto& report : m_history) {
                const Shown shown = shownValue(report, each.kpi);
                // A suppressed figure is drawn as nothing and read as "*".
                const double value = shown.suppressed || !shown.value ? 0.0 : *shown.value;
                set->append(value);
                highest = std::max(highest, value);
                values.append(QStringLiteral("%1 %2").arg(report.request().period.quarterLabel(), display(shown)));
            }
            bars->append(set);
            spoken.append(QStringLiteral("%1: %2").arg(each.name, values.join(QStringLiteral(", "))));
        }
        chart->addSeries(bars);
        auto* xAxis = new QBarCategoryAxis;
        xAxis->append(categories);
        QFont labelFont = xAxis->labelsFont();
        labelFont.setPointSizeF(labelFont.pointSizeF() * 0.85);
        xAxis->setLabelsFont(labelFont);
        if (!m_history.isEmpty()) {
            xAxis->setTitleText(tr("%1 to %2")
                                    .arg(m_history.first().request().period.quarterLabel(),
                                         m_history.last().request().period.quarterLabel()));
        }
        auto* yAxis = new QValueAxis;
        yAxis->setRange(0, std::max(4.0, highest));
        yAxis->applyNiceNumbers();
        yAxis->setLabelFormat(QStringLiteral("%d"));
        chart->addAxis(xAxis, Qt::AlignBottom);
        chart->addAxis(yAxis, Qt::AlignLeft);
        bars->attachAxis(xAxis);
        bars->attachAxis(yAxis);
        QChart* old = view->chart();
        view->setChart(chart);
        delete old;
        view->setAccessibleDescription(spoken.join(QStringLiteral("; ")));
        view->setToolTip(spoken.join(QLatin1Char('\n')));
        return spoken;
    };
    QStringList text;
    text += fill(m_residentsChart, tr("Residents per quarter"),
                 {{QStringLiteral("identified"), tr("Identified")}, {QStringLiteral("supported"), tr("Supported")}});
    text += fill(m_referralsChart, tr("Referrals per quarter"),
                 {{QStringLiteral("referrals_sent"), tr("Referrals made")},
                  {QStringLiteral("referrals_taken_up"), tr("Taken up")}});
    m_chartText->setText(m_history.isEmpty() ? QString() : text.join(QLatin1Char('\n')));
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
    if (!m_report) {
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
    if (!exportTo(path, &error)) {
        MessageBox::warning(this, tr("Export report"), tr("The report was not saved."), error);
    }
}

bool ReportsPage::exportTo(const QString& path, QString* error)
{
    if (!m_report) {
        *error = tr("There is no report to save.");
        return false;
    }
    const QFileInfo info(path);
    const auto format = reports::formatFromName(info.suffix());
    if (!format) {
        *error = tr("%1: the file name must end in one of .%2, which says the format.")
                     .arg(info.fileName(), reports::formatNames().join(QStringLiteral(", .")));
        return false;
    }
    if (info.exists()) {
        *error = tr("%1 already exists; choose another name.").arg(info.fileName());
        return false;
    }
    QByteArray bytes;
    try {
        bytes = reports::writeReport(m_report->toDocument(), *format);
    } catch (const std::exception& failure) {
        *error = QString::fromUtf8(failure.what());
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = tr("%1 could not be written: %2").arg(info.fileName(), file.errorString());
        return false;
    }
    if (m_store != nullptr) {
        m_report->recordExport(*m_store, info.suffix().toLower());
    }
    return true;
}

} // namespace hearth::ui
