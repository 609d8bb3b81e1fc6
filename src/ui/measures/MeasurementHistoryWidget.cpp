#include "MeasurementHistoryWidget.h"

#include "MeasureDialog.h"
#include "MeasurementRepository.h"
#include "PageStyle.h"
#include "ResidentRepository.h"
#include "Store.h"
#include "Vocabulary.h"

#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QDateTimeAxis>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>

namespace hearth::ui {

namespace {

using Kind = measures::Instrument::Kind;

QString dateText(const QDate& date)
{
    return QLocale().toString(date, QStringLiteral("d MMM yyyy")); // Welsh month names in Welsh
}

QString stageText(const QString& stage)
{
    return QCoreApplication::translate("Vocabulary", vocab::measurementStages().label(stage).toUtf8().constData());
}

QString signedNumber(double value, int decimals)
{
    const QString magnitude = QString::number(std::abs(value), 'f', decimals);
    if (std::llround(value * 100.0) == 0) {
        return QStringLiteral("0");
    }
    return (value > 0 ? QStringLiteral("+") : QStringLiteral("\u2212")) + magnitude;
}

// The score a table cell shows: the one the change rule compares, with its parts.
QString scoreText(const measures::Instrument& instrument, const measures::Scores& scores)
{
    if (instrument.kind == Kind::OnsDirect) {
        return scores.questions.isEmpty() || !scores.questions.first().value
            ? MeasurementHistoryWidget::tr("Not answered")
            : instrument.items.first().label(*scores.questions.first().value);
    }
    if (instrument.kind == Kind::Ons4) {
        QStringList parts;
        for (const auto& question : scores.questions) {
            parts.append(QStringLiteral("%1 %2").arg(
                question.label, question.value ? QString::number(*question.value) : QStringLiteral("–")));
        }
        return parts.join(QStringLiteral(", "));
    }
    if (scores.metric) {
        return MeasurementHistoryWidget::tr("%1 (raw %2)").arg(*scores.metric, 0, 'f', 2).arg(*scores.total);
    }
    if (!scores.total) {
        return MeasurementHistoryWidget::tr("Not scored");
    }
    if (instrument.kind == Kind::Djg6 && scores.subscales.size() == 2) {
        const auto part = [](const measures::PartScore& p) {
            return p.value ? QString::number(*p.value) : QStringLiteral("–");
        };
        return MeasurementHistoryWidget::tr("%1 (emotional %2, social %3)")
            .arg(*scores.total)
            .arg(part(scores.subscales[0]), part(scores.subscales[1]));
    }
    return QString::number(*scores.total);
}

// The value a chart plots for one measurement (ons4 plots each question as its own line).
std::optional<double> chartValue(const measures::Instrument& instrument, const measures::Scores& scores)
{
    if (scores.metric) {
        return *scores.metric;
    }
    if (scores.total) {
        return *scores.total;
    }
    if (instrument.kind == Kind::OnsDirect && !scores.questions.isEmpty() && scores.questions.first().value) {
        return *scores.questions.first().value;
    }
    return std::nullopt;
}

QString unitsOf(const measures::Instrument& instrument)
{
    switch (instrument.kind) {
    case Kind::Swemwbs:
        return MeasurementHistoryWidget::tr("metric points");
    case Kind::OnsDirect:
        return MeasurementHistoryWidget::tr("steps on the answer scale");
    default:
        break;
    }
    return MeasurementHistoryWidget::tr("points");
}

QString describeChange(const measures::Instrument& instrument, const storage::MeasurementRepository::ChangeSummary& s)
{
    QString text = MeasurementHistoryWidget::tr("From the baseline on %1 (%2) to the %3 on %4 (%5): ")
                       .arg(dateText(s.baseline.takenOn), scoreText(instrument, s.baselineScores),
                            stageText(s.latest.stage).toLower(), dateText(s.latest.takenOn),
                            scoreText(instrument, s.latestScores));
    if (!s.change) {
        return text + MeasurementHistoryWidget::tr("the change cannot be judged, as one of them is not scored.");
    }
    const measures::Change& change = *s.change;
    QStringList parts;
    if (change.difference) {
        parts.append(QStringLiteral("%1 %2").arg(
            signedNumber(*change.difference, instrument.kind == Kind::Swemwbs ? 2 : 0), unitsOf(instrument)));
    }
    for (const auto& part : change.parts) {
        parts.append(QStringLiteral("%1 %2 (%3)")
                         .arg(part.label, signedNumber(part.difference, 0), measures::changeLabel(part.direction)));
    }
    text += parts.join(QStringLiteral(", "));
    text += QStringLiteral(". ") + measures::changeLabel(change.direction);
    if (change.movedOutOfLonely && !instrument.lonelyLabel.isEmpty()) {
        text += MeasurementHistoryWidget::tr("; moved out of %1").arg(instrument.lonelyLabel.toLower());
    }
    return text + QLatin1Char('.');
}

QWidget* makeChart(const measures::Instrument& instrument, const QList<Measurement>& held,
                   const QList<measures::Scores>& scores, QWidget* parent)
{
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    QStringList spoken;

    QList<QLineSeries*> series;
    if (instrument.kind == Kind::Ons4) {
        for (const auto& item : instrument.items) {
            auto* line = new QLineSeries;
            line->setName(item.part == QLatin1String("life_satisfaction") ? MeasurementHistoryWidget::tr("Life sat.")
                              : item.part == QLatin1String("worthwhile")  ? MeasurementHistoryWidget::tr("Worthwhile")
                              : item.part == QLatin1String("happiness")   ? MeasurementHistoryWidget::tr("Happiness")
                                                                          : MeasurementHistoryWidget::tr("Anxiety"));
            series.append(line);
        }
        for (qsizetype m = 0; m < held.size(); ++m) {
            const qreal x = QDateTime(held[m].takenOn, QTime(12, 0)).toMSecsSinceEpoch();
            for (qsizetype q = 0; q < scores[m].questions.size() && q < series.size(); ++q) {
                if (scores[m].questions[q].value) {
                    series[q]->append(x, *scores[m].questions[q].value);
                }
            }
            spoken.append(QStringLiteral("%1: %2").arg(dateText(held[m].takenOn), scoreText(instrument, scores[m])));
        }
    } else {
        auto* line = new QLineSeries;
        line->setName(instrument.id);
        for (qsizetype m = 0; m < held.size(); ++m) {
            if (const auto value = chartValue(instrument, scores[m])) {
                line->append(QDateTime(held[m].takenOn, QTime(12, 0)).toMSecsSinceEpoch(), *value);
                spoken.append(QStringLiteral("%1: %2").arg(dateText(held[m].takenOn),
                                                           QString::number(*value, 'f', scores[m].metric ? 2 : 0)));
            }
        }
        // Each point carries its value, so the chart reads without relying on colour or position.
        line->setPointLabelsVisible(true);
        line->setPointLabelsFormat(QStringLiteral("@yPoint"));
        line->setPointLabelsClipping(false);
        series.append(line);
    }
    for (auto* line : series) {
        line->setPointsVisible(true);
        QPen pen = line->pen();
        pen.setWidth(2);
        line->setPen(pen);
        chart->addSeries(line);
    }
    chart->legend()->setVisible(series.size() > 1);
    chart->legend()->setAlignment(Qt::AlignBottom);

    auto* xAxis = new QDateTimeAxis;
    xAxis->setFormat(QStringLiteral("MMM yy"));
    QDate first = held.first().takenOn;
    QDate last = held.last().takenOn;
    // Room either side, so that a single point or points at the edges are not cut in half.
    const qint64 pad = std::max<qint64>(10, first.daysTo(last) / 10);
    xAxis->setRange(QDateTime(first.addDays(-pad), QTime(0, 0)), QDateTime(last.addDays(pad), QTime(0, 0)));
    xAxis->setTickCount(held.size() > 1 ? 3 : 2);
    auto* yAxis = new QValueAxis;
    const double low = instrument.kind == Kind::Swemwbs ? 7.0 : instrument.minimum;
    const double high = instrument.kind == Kind::Swemwbs ? 35.0 : instrument.maximum;
    yAxis->setRange(low, high);
    yAxis->setLabelFormat(QStringLiteral("%d"));
    // Whole-number steps: a tick count that divides the range evenly (UCLA-3 3-9: every point).
    const int span = static_cast<int>(high - low);
    int ticks = 2;
    for (int t = std::min(7, span + 1); t > 2; --t) {
        if (span % (t - 1) == 0) {
            ticks = t;
            break;
        }
    }
    yAxis->setTickCount(ticks);
    yAxis->setTitleText(instrument.higherIsBetter ? MeasurementHistoryWidget::tr("higher is better")
                                                  : MeasurementHistoryWidget::tr("higher is lonelier"));
    QFont axisFont = yAxis->titleFont();
    axisFont.setPointSizeF(axisFont.pointSizeF() * 0.85);
    yAxis->setTitleFont(axisFont);
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    for (auto* line : series) {
        line->attachAxis(xAxis);
        line->attachAxis(yAxis);
    }

    auto* view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(300, 190);
    view->setMaximumHeight(230);
    view->setFocusPolicy(Qt::NoFocus); // the table beside it holds the same figures for the keyboard
    view->setAccessibleName(MeasurementHistoryWidget::tr("Chart of %1 scores over time").arg(instrument.name));
    view->setAccessibleDescription(spoken.join(QStringLiteral("; ")));
    view->setToolTip(spoken.join(QLatin1Char('\n')));
    return view;
}

QTableWidget* makeTable(const measures::Instrument& instrument, const QList<Measurement>& held,
                        const QList<measures::Scores>& scores, QWidget* parent)
{
    auto* table = new QTableWidget(static_cast<int>(held.size()), 4, parent);
    table->setHorizontalHeaderLabels({MeasurementHistoryWidget::tr("Date"), MeasurementHistoryWidget::tr("Stage"),
                                      MeasurementHistoryWidget::tr("Score"),
                                      MeasurementHistoryWidget::tr("Classification")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setTabKeyNavigation(false);
    table->setWordWrap(false);
    for (qsizetype m = 0; m < held.size(); ++m) {
        const int row = static_cast<int>(m);
        QString classification = scores[m].classificationLabel;
        if (classification.isEmpty() && instrument.kind == Kind::Ons4) {
            QStringList bands;
            for (const auto& question : scores[m].questions) {
                if (!question.classificationLabel.isEmpty()) {
                    bands.append(question.classificationLabel);
                }
            }
            classification = bands.join(QStringLiteral(", "));
        }
        if (classification.isEmpty()) {
            classification = !scores[m].scored() ? scores[m].unscoredReason
                : !instrument.screeningAllowed   ? MeasurementHistoryWidget::tr("None (not a screening tool)")
                                                 : MeasurementHistoryWidget::tr("None");
        }
        const QString cells[] = {dateText(held[m].takenOn), stageText(held[m].stage), scoreText(instrument, scores[m]),
                                 classification};
        for (int column = 0; column < 4; ++column) {
            auto* cell = new QTableWidgetItem(cells[column]);
            cell->setToolTip(cells[column]);
            table->setItem(row, column, cell);
        }
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
    // As tall as its rows (up to six, then it scrolls), so that a short history leaves no blank box.
    const int rows = static_cast<int>(std::min<qsizetype>(held.size(), 6));
    table->setFixedHeight(table->horizontalHeader()->sizeHint().height() + rows * table->rowHeight(0)
                          + 2 * table->frameWidth() + 4);
    table->setAccessibleName(MeasurementHistoryWidget::tr("%1 measurements").arg(instrument.name));
    return table;
}

} // namespace

MeasurementHistoryWidget::MeasurementHistoryWidget(storage::Store& store, const QString& residentId, const QDate& today,
                                                   QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_residentId(residentId)
    , m_today(today.isValid() ? today : store.clock().today())
{
    setObjectName(QStringLiteral("MeasurementHistoryWidget"));
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    auto* heading = new QLabel(tr("Outcome measures"), this);
    styleHeading(heading);
    top->addWidget(heading);
    top->addStretch(1);
    m_recordButton = new QPushButton(tr("&Record measurement…"), this);
    m_recordButton->setObjectName(QStringLiteral("recordMeasurementButton"));
    m_recordButton->setToolTip(tr("Take a questionnaire with the resident and record the answers"));
    top->addWidget(m_recordButton);
    layout->addLayout(top);

    m_emptyLabel = new QLabel(tr("No outcome measures are recorded for this resident yet. Use Record measurement… "
                                 "to take a baseline."),
                              this);
    m_emptyLabel->setObjectName(QStringLiteral("emptyLabel"));
    m_emptyLabel->setWordWrap(true);
    layout->addWidget(m_emptyLabel);

    auto* scroll = new QScrollArea(this);
    // Takes focus so the arrow keys scroll it: named for screen readers.
    scroll->setAccessibleName(tr("Outcome measures by measure"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_sections = new QWidget;
    m_sectionsLayout = new QVBoxLayout(m_sections);
    m_sectionsLayout->setContentsMargins(0, 0, 0, 0);
    scroll->setWidget(m_sections);
    layout->addWidget(scroll, 1);

    connect(m_recordButton, &QPushButton::clicked, this, &MeasurementHistoryWidget::recordMeasurement);
    refresh();
}

MeasurementHistoryWidget::~MeasurementHistoryWidget() = default;

QString MeasurementHistoryWidget::changeText(const QString& instrumentId) const
{
    return m_changeTexts.value(instrumentId);
}

QString MeasurementHistoryWidget::reviewText(const QString& instrumentId) const
{
    return m_reviewTexts.value(instrumentId);
}

void MeasurementHistoryWidget::refresh()
{
    while (QLayoutItem* old = m_sectionsLayout->takeAt(0)) {
        delete old->widget();
        delete old;
    }
    m_changeTexts.clear();
    m_reviewTexts.clear();
    m_due.clear();
    bool any = false;
    for (const auto& instrument : measures::instruments()) {
        if (QWidget* section = buildSection(instrument.id)) {
            m_sectionsLayout->addWidget(section);
            any = true;
        }
    }
    m_sectionsLayout->addStretch(1);
    m_emptyLabel->setVisible(!any);
}

QWidget* MeasurementHistoryWidget::buildSection(const QString& instrumentId)
{
    const auto* instrument = measures::instrument(instrumentId);
    auto repository = m_store.measurements();
    const QList<Measurement> held = repository.forResident(m_residentId, instrumentId);
    if (!instrument || held.isEmpty()) {
        return nullptr;
    }
    QList<measures::Scores> scores;
    for (const auto& measurement : held) {
        scores.append(repository.scores(measurement));
    }

    auto* box = new QGroupBox(instrument->name, m_sections);
    box->setObjectName(QStringLiteral("section_%1").arg(instrumentId));
    auto* layout = new QVBoxLayout(box);

    // The change from baseline to the latest later measurement.
    QString change;
    if (const auto summary = repository.change(m_residentId, instrumentId, m_today)) {
        change = describeChange(*instrument, *summary);
    } else if (const Measurement* baseline = storage::baselineOf(held)) {
        change = tr("Baseline on %1: %2. No later measurement yet, so no change to show.")
                     .arg(dateText(baseline->takenOn), scoreText(*instrument, scores[held.indexOf(*baseline)]));
    }
    m_changeTexts.insert(instrumentId, change);
    auto* changeLabel = new QLabel(change, box);
    changeLabel->setObjectName(QStringLiteral("change_%1").arg(instrumentId));
    changeLabel->setWordWrap(true);
    changeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    changeLabel->setFocusPolicy(Qt::TabFocus);
    changeLabel->setAccessibleName(tr("Change from baseline"));
    layout->addWidget(changeLabel);

    // The review prompt: the council's interval after the baseline, and no review yet. A closed
    // case is not reviewed.
    const int weeks = m_store.councilSettings().reviewIntervalWeeks;
    const auto resident = m_store.residents().find(m_residentId);
    const bool open = resident && !resident->isClosed();
    if (const auto dueOn = reviewDueOn(held, weeks); dueOn && open) {
        const Measurement* baseline = storage::baselineOf(held);
        QString review;
        if (*dueOn <= m_today) {
            review = tr("⚠ Review due: the baseline was taken on %1, %2 weeks ago, and no review is recorded "
                        "(reviews fall due %3 weeks after the baseline, on %4).")
                         .arg(dateText(baseline->takenOn))
                         .arg(baseline->takenOn.daysTo(m_today) / 7)
                         .arg(weeks)
                         .arg(dateText(*dueOn));
            m_due.insert(instrumentId, true);
        } else {
            review = tr("Next review due on %1 (%2 weeks after the baseline).").arg(dateText(*dueOn)).arg(weeks);
        }
        m_reviewTexts.insert(instrumentId, review);
        auto* reviewLabel = new QLabel(review, box);
        reviewLabel->setObjectName(QStringLiteral("review_%1").arg(instrumentId));
        reviewLabel->setWordWrap(true);
        reviewLabel->setAccessibleName(tr("Review"));
        if (*dueOn <= m_today) {
            QFont bold = reviewLabel->font();
            bold.setBold(true);
            reviewLabel->setFont(bold);
            reviewLabel->setFrameShape(QFrame::StyledPanel);
            reviewLabel->setMargin(4);
        }
        layout->addWidget(reviewLabel);
    }

    auto* row = new QHBoxLayout;
    row->addWidget(makeChart(*instrument, held, scores, box), 2);
    row->addWidget(makeTable(*instrument, held, scores, box), 3, Qt::AlignTop);
    layout->addLayout(row);
    return box;
}

void MeasurementHistoryWidget::recordMeasurement()
{
    MeasureDialog dialog(m_store, m_residentId, QString(), m_today, this);
    if (dialog.exec() == QDialog::Accepted && dialog.saved()) {
        refresh();
        emit measurementRecorded(dialog.saved()->id);
    }
}

} // namespace hearth::ui
