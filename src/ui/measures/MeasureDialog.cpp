#include "MeasureDialog.h"
#include "PageStyle.h"

#include "MeasurementRepository.h"
#include "ResidentRepository.h"
#include "Store.h"
#include "Vocabulary.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QVBoxLayout>

#include <utility>

namespace hearth::ui {

namespace {

QString range(const measures::Instrument& instrument)
{
    return QStringLiteral("%1–%2").arg(instrument.minimum).arg(instrument.maximum);
}

// "responses[2] (item 3, 'How often…')" -> "Item 3, 'How often…'"; "on" -> "Date".
QString fieldLabel(const QString& field)
{
    static const QRegularExpression itemField(QStringLiteral("^responses\\[\\d+\\] \\(item (.*)\\)$"));
    if (const auto match = itemField.match(field); match.hasMatch()) {
        return MeasureDialog::tr("Item %1").arg(match.captured(1));
    }
    if (field == QLatin1String("on")) {
        return MeasureDialog::tr("Date");
    }
    if (field == QLatin1String("stage")) {
        return MeasureDialog::tr("Stage");
    }
    if (field == QLatin1String("responses")) {
        return MeasureDialog::tr("Answers");
    }
    if (field == QLatin1String("instrument")) {
        return MeasureDialog::tr("Questionnaire");
    }
    if (field == QLatin1String("resident")) {
        return MeasureDialog::tr("Resident");
    }
    if (field == QLatin1String("officer")) {
        return MeasureDialog::tr("Officer");
    }
    return field;
}

QString itemTitle(int index, const measures::Item& item)
{
    return MeasureDialog::tr("Item %1, '%2'").arg(index + 1).arg(item.text);
}

} // namespace

QString describeScores(const measures::Instrument& instrument, const measures::Scores& scores)
{
    QStringList lines;
    if (scores.metric) {
        lines.append(MeasureDialog::tr("Raw score %1, metric score %2 (7.00–35.00, higher is better)")
                         .arg(*scores.total)
                         .arg(*scores.metric, 0, 'f', 2));
    } else if (scores.total) {
        lines.append(MeasureDialog::tr("Score %1 (%2, %3)")
                         .arg(*scores.total)
                         .arg(range(instrument),
                              instrument.higherIsBetter ? MeasureDialog::tr("higher is better")
                                                        : MeasureDialog::tr("higher is lonelier")));
    }
    if (!scores.classificationLabel.isEmpty()) {
        lines.append(scores.classificationLabel);
    }
    for (const auto& part : scores.subscales + scores.questions) {
        if (!part.value) {
            continue;
        }
        QString value = QString::number(*part.value);
        if (instrument.kind == measures::Instrument::Kind::OnsDirect) {
            value = instrument.items.first().label(*part.value);
        }
        lines.append(part.classificationLabel.isEmpty() || instrument.kind == measures::Instrument::Kind::OnsDirect
                         ? MeasureDialog::tr("%1: %2").arg(part.label, value)
                         : MeasureDialog::tr("%1: %2 (%3)").arg(part.label, value, part.classificationLabel));
    }
    if (!scores.scored()) {
        lines.append(MeasureDialog::tr("Not scored: %1").arg(scores.unscoredReason));
    }
    return lines.join(QLatin1Char('\n'));
}

MeasureDialog::MeasureDialog(storage::Store& store, const QString& residentId, const QString& instrumentId,
                             const QDate& today, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_residentId(residentId)
    , m_today(today.isValid() ? today : store.clock().today())
    , m_thresholds(store.measurements().thresholds())
{
    setObjectName(QStringLiteral("MeasureDialog"));
    setWindowTitle(tr("Record an outcome measure"));
    auto* layout = new QVBoxLayout(this);

    if (const auto resident = store.residents().find(residentId)) {
        auto* who = new QLabel(tr("Resident: %1").arg(resident->displayName()), this);
        who->setObjectName(QStringLiteral("residentLabel"));
        layout->addWidget(who);
    }

    auto* form = new QFormLayout;
    m_instrumentCombo = new QComboBox(this);
    m_instrumentCombo->setObjectName(QStringLiteral("instrumentCombo"));
    for (const auto& each : measures::instruments()) {
        m_instrumentCombo->addItem(each.name, each.id);
    }
    const QString wanted = instrumentId.isEmpty() ? store.councilSettings().primaryInstrument : instrumentId;
    m_instrumentCombo->setCurrentIndex(std::max(0, m_instrumentCombo->findData(wanted)));
    form->addRow(tr("&Questionnaire:"), m_instrumentCombo);

    m_stageCombo = new QComboBox(this);
    m_stageCombo->setObjectName(QStringLiteral("stageCombo"));
    for (const auto& term : vocab::measurementStages().terms()) {
        m_stageCombo->addItem(QCoreApplication::translate("Vocabulary", term.label), QString::fromLatin1(term.code));
    }
    form->addRow(tr("&Stage:"), m_stageCombo);

    m_dateEdit = new QDateEdit(this);
    m_dateEdit->setObjectName(QStringLiteral("dateEdit"));
    m_dateEdit->setCalendarPopup(true);
    m_dateEdit->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    m_dateEdit->setMaximumDate(m_today); // a questionnaire cannot be answered in the future
    m_dateEdit->setDate(m_today);
    form->addRow(tr("&Date taken:"), m_dateEdit);
    layout->addLayout(form);

    m_screeningLabel = new QLabel(this);
    m_screeningLabel->setObjectName(QStringLiteral("screeningLabel"));
    m_screeningLabel->setWordWrap(true);
    m_screeningLabel->setText(tr("<b>Not a screening tool.</b> The tool's authors say it is not a screening tool: "
                                 "do not use it to decide whether someone is eligible for support."));
    m_screeningLabel->setFrameShape(QFrame::StyledPanel);
    m_screeningLabel->setMargin(6);
    layout->addWidget(m_screeningLabel);

    m_leadInLabel = new QLabel(this);
    m_leadInLabel->setObjectName(QStringLiteral("leadInLabel"));
    m_leadInLabel->setWordWrap(true);
    layout->addWidget(m_leadInLabel);

    m_scrollArea = new QScrollArea(this);
    m_scrollArea->setObjectName(QStringLiteral("itemsArea"));
    m_scrollArea->setWidgetResizable(true);
    m_scrollArea->setFrameShape(QFrame::NoFrame);
    m_scrollArea->setFocusPolicy(Qt::NoFocus);
    m_itemsWidget = new QWidget;
    m_itemsLayout = new QVBoxLayout(m_itemsWidget);
    m_itemsLayout->setContentsMargins(0, 0, 0, 0);
    m_scrollArea->setWidget(m_itemsWidget);
    layout->addWidget(m_scrollArea, 1);
    layout->addSpacing(4);

    m_keysLabel = new QLabel(this);
    m_keysLabel->setObjectName(QStringLiteral("keysLabel"));
    m_keysLabel->setWordWrap(true);
    m_keysLabel->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_keysLabel);

    m_scoreLabel = new QLabel(this);
    m_scoreLabel->setObjectName(QStringLiteral("scoreLabel"));
    m_scoreLabel->setWordWrap(true);
    m_scoreLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_scoreLabel);

    m_allowIncomplete = new QCheckBox(tr("Save with &unanswered items (the resident chose not to answer)"), this);
    m_allowIncomplete->setObjectName(QStringLiteral("allowIncomplete"));
    layout->addWidget(m_allowIncomplete);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    styleTone(m_errorLabel, colours::Tone::Problem);
    m_errorLabel->setAccessibleName(tr("Problem"));
    m_errorLabel->hide();
    layout->addWidget(m_errorLabel);

    m_noticeLabel = new QLabel(this);
    m_noticeLabel->setObjectName(QStringLiteral("noticeLabel"));
    m_noticeLabel->setWordWrap(true);
    QFont small = m_noticeLabel->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_noticeLabel->setFont(small);
    layout->addWidget(m_noticeLabel);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Save"));
    m_buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &MeasureDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_instrumentCombo, &QComboBox::currentIndexChanged, this, [this] {
        buildItems();
        focusItem(0);
    });
    connect(m_allowIncomplete, &QCheckBox::toggled, this, [this] { m_errorLabel->hide(); });

    buildItems();
    focusItem(0);
    resize(std::max(sizeHint().width(), 760), sizeHint().height());
}

MeasureDialog::~MeasureDialog() = default;

QString MeasureDialog::instrumentId() const
{
    return m_instrument ? m_instrument->id : QString();
}

measures::Responses MeasureDialog::responses() const
{
    measures::Responses result;
    for (qsizetype n = 0; n < m_rows.size(); ++n) {
        const int checked = m_rows[n].group->checkedId();
        result.append(checked < 0 ? std::nullopt : std::optional<int>(m_instrument->items[n].options[checked].code));
    }
    return result;
}

QString MeasureDialog::errorText() const
{
    return m_errorLabel->isHidden() ? QString() : m_errorLabel->text();
}

void MeasureDialog::buildItems()
{
    while (QLayoutItem* old = m_itemsLayout->takeAt(0)) {
        delete old->widget();
        delete old;
    }
    m_rows.clear();
    m_errorLabel->hide();
    m_instrument = measures::instrument(m_instrumentCombo->currentData().toString());
    if (!m_instrument) {
        return;
    }
    setWindowTitle(tr("Record %1").arg(m_instrument->name));

    // A second baseline would be refused; offer a review once the baseline is held.
    const auto held = m_store.measurements().forResident(m_residentId, m_instrument->id);
    const bool hasBaseline = std::any_of(held.begin(), held.end(),
                                         [](const Measurement& m) { return m.stage == QLatin1String("baseline"); });
    m_stageCombo->setCurrentIndex(
        m_stageCombo->findData(hasBaseline ? QStringLiteral("review") : QStringLiteral("baseline")));

    m_screeningLabel->setVisible(!m_instrument->screeningAllowed);
    m_noticeLabel->setText(m_instrument->screeningAllowed ? m_instrument->notice : QString());
    m_noticeLabel->setVisible(!m_noticeLabel->text().isEmpty());
    m_leadInLabel->setText(m_instrument->leadIn);
    m_leadInLabel->setVisible(!m_instrument->leadIn.isEmpty());

    const bool byCode = m_instrument->items.first().options.size() > 9;
    if (byCode) {
        m_keysLabel->setText(tr("Keys: 0–9 answer the highlighted question (use → for 10); Tab or ↓ goes to the "
                                "next question; Enter saves."));
    } else {
        m_keysLabel->setText(tr("Keys: 1–%1 answer the highlighted question and move to the next; ← and → change "
                                "an answer; Tab or ↓ goes to the next question; Enter saves.")
                                 .arg(m_instrument->items.first().options.size()));
    }

    for (qsizetype n = 0; n < m_instrument->items.size(); ++n) {
        const auto& item = m_instrument->items[n];
        ItemRow row;
        row.box = new QWidget(m_itemsWidget);
        row.box->setObjectName(QStringLiteral("item%1").arg(n + 1));
        row.box->setAccessibleName(itemTitle(static_cast<int>(n), item));
        row.box->setBackgroundRole(QPalette::AlternateBase);
        auto* boxLayout = new QVBoxLayout(row.box);
        boxLayout->setContentsMargins(4, 4, 4, 4);
        auto* text = new QLabel(QStringLiteral("<b>%1.</b> %2").arg(n + 1).arg(item.text.toHtmlEscaped()), row.box);
        text->setWordWrap(true);
        boxLayout->addWidget(text);
        auto* options = new QHBoxLayout;
        options->setContentsMargins(16, 0, 0, 0);
        row.group = new QButtonGroup(row.box);
        row.group->setExclusive(true);
        for (qsizetype o = 0; o < item.options.size(); ++o) {
            const auto& option = item.options[o];
            const QString label = byCode ? option.label : QStringLiteral("(%1) %2").arg(o + 1).arg(option.label);
            auto* button = new QRadioButton(label, row.box);
            button->setObjectName(QStringLiteral("item%1_option%2").arg(n + 1).arg(o + 1));
            button->setAccessibleName(option.label);
            button->setAccessibleDescription(itemTitle(static_cast<int>(n), item));
            button->installEventFilter(this);
            row.group->addButton(button, static_cast<int>(o));
            row.buttons.append(button);
            options->addWidget(button);
        }
        options->addStretch(1);
        boxLayout->addLayout(options);
        connect(row.group, &QButtonGroup::idToggled, this, [this](int, bool checked) {
            if (checked) {
                updateScore();
            }
        });
        m_itemsLayout->addWidget(row.box);
        m_rows.append(row);
    }
    m_itemsLayout->addStretch(1);
    // The items are made after the widgets below them: put them back in reading order for Tab.
    QWidget* previous = m_dateEdit;
    for (const auto& row : std::as_const(m_rows)) {
        for (auto* button : row.buttons) {
            setTabOrder(previous, button);
            previous = button;
        }
    }
    setTabOrder(previous, m_allowIncomplete);
    // Show a short questionnaire whole; a long one (WEMWBS has 14 items) scrolls.
    m_itemsWidget->adjustSize();
    m_scrollArea->setMinimumHeight(std::min(m_itemsWidget->sizeHint().height() + 4, 420));
    updateScore();
}

void MeasureDialog::updateScore()
{
    if (!m_instrument) {
        return;
    }
    const auto answers = responses();
    const auto answered = std::count_if(answers.begin(), answers.end(), [](const auto& a) { return a.has_value(); });
    if (answered == 0) {
        m_scoreLabel->setText(tr("Answered 0 of %1.").arg(answers.size()));
        return;
    }
    const auto scores = m_instrument->score(answers, m_thresholds);
    m_scoreLabel->setText(
        tr("Answered %1 of %2.\n%3").arg(answered).arg(answers.size()).arg(describeScores(*m_instrument, scores)));
}

void MeasureDialog::showError(const QString& text)
{
    m_errorLabel->setText(tr("Not saved. %1").arg(text));
    m_errorLabel->show();
}

void MeasureDialog::focusItem(int index)
{
    if (index < 0 || index >= m_rows.size()) {
        return;
    }
    const ItemRow& row = m_rows[index];
    QAbstractButton* target = row.group->checkedButton() ? row.group->checkedButton() : row.buttons.first();
    target->setFocus(Qt::TabFocusReason);
    m_scrollArea->ensureWidgetVisible(row.box, 0, 8);
}

int MeasureDialog::itemOf(const QObject* button) const
{
    for (qsizetype n = 0; n < m_rows.size(); ++n) {
        for (const auto* each : m_rows[n].buttons) {
            if (each == button) {
                return static_cast<int>(n);
            }
        }
    }
    return -1;
}

int MeasureDialog::optionForDigit(const ItemRow& row, int digit) const
{
    const int index = static_cast<int>(&row - m_rows.constData());
    const auto& options = m_instrument->items[index].options;
    if (options.size() > 9) {
        // ONS4: the digit is the answer itself (0-9).
        for (qsizetype o = 0; o < options.size(); ++o) {
            if (options[o].code == digit) {
                return static_cast<int>(o);
            }
        }
        return -1;
    }
    return digit >= 1 && digit <= options.size() ? digit - 1 : -1;
}

bool MeasureDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::FocusIn) {
        // The item being answered stands out from the rest, beyond the small focus frame.
        const int focused = itemOf(watched);
        for (qsizetype n = 0; n < m_rows.size(); ++n) {
            m_rows[n].box->setAutoFillBackground(n == focused);
        }
    }
    if (event->type() != QEvent::KeyPress) {
        return QDialog::eventFilter(watched, event);
    }
    const int index = itemOf(watched);
    if (index < 0) {
        return QDialog::eventFilter(watched, event);
    }
    auto* key = static_cast<QKeyEvent*>(event);
    const auto modifiers = key->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier);
    if (modifiers != Qt::NoModifier) {
        return QDialog::eventFilter(watched, event);
    }
    const bool last = index == m_rows.size() - 1;
    const auto next = [&] {
        if (last) {
            m_buttons->button(QDialogButtonBox::Ok)->setFocus(Qt::TabFocusReason);
        } else {
            focusItem(index + 1);
        }
    };
    if (key->key() >= Qt::Key_0 && key->key() <= Qt::Key_9 && !(key->modifiers() & Qt::ShiftModifier)) {
        const int option = optionForDigit(m_rows[index], key->key() - Qt::Key_0);
        if (option >= 0) {
            m_rows[index].buttons[option]->click();
            next();
        }
        return true; // a digit that is not an answer does nothing rather than reach the dialog
    }
    switch (key->key()) {
    case Qt::Key_Tab:
        if (last) {
            m_allowIncomplete->setFocus(Qt::TabFocusReason);
        } else {
            focusItem(index + 1);
        }
        return true;
    case Qt::Key_Backtab:
        if (index == 0) {
            m_dateEdit->setFocus(Qt::BacktabFocusReason);
        } else {
            focusItem(index - 1);
        }
        return true;
    case Qt::Key_Down:
        next();
        return true;
    case Qt::Key_Up:
        if (index > 0) {
            focusItem(index - 1);
        }
        return true;
    default:
        break;
    }
    return QDialog::eventFilter(watched, event);
}

void MeasureDialog::accept()
{
    if (!m_instrument) {
        return;
    }
    const auto answers = responses();
    QStringList unanswered;
    int firstUnanswered = -1;
    for (qsizetype n = 0; n < answers.size(); ++n) {
        if (!answers[n]) {
            unanswered.append(itemTitle(static_cast<int>(n), m_instrument->items[n]));
            firstUnanswered = firstUnanswered < 0 ? static_cast<int>(n) : firstUnanswered;
        }
    }
    if (unanswered.size() == answers.size()) {
        showError(tr("No item is answered."));
        focusItem(0);
        return;
    }
    if (!unanswered.isEmpty() && !m_allowIncomplete->isChecked()) {
        showError(tr("Not answered: %1. Answer %2, or tick \"Save with unanswered items\" if the resident chose "
                     "not to answer.")
                      .arg(unanswered.join(QStringLiteral("; ")), unanswered.size() == 1 ? tr("it") : tr("them")));
        focusItem(firstUnanswered);
        return;
    }

    Measurement measurement;
    measurement.residentId = m_residentId;
    measurement.instrument = m_instrument->id;
    measurement.stage = m_stageCombo->currentData().toString();
    measurement.takenOn = m_dateEdit->date();
    measurement.responses = answers;
    try {
        m_saved = m_store.measurements().add(measurement);
    } catch (const storage::Error& error) {
        if (error.fields().isEmpty()) {
            showError(error.message());
        } else {
            QStringList lines;
            for (const auto& field : error.fields()) {
                lines.append(tr("%1: %2").arg(fieldLabel(field.field), field.message));
            }
            showError(lines.join(QLatin1Char('\n')));
            const QString first = error.fields().first().field;
            if (first == QLatin1String("on")) {
                m_dateEdit->setFocus(Qt::OtherFocusReason);
            } else if (first == QLatin1String("stage")) {
                m_stageCombo->setFocus(Qt::OtherFocusReason);
            }
        }
        return;
    }
    QDialog::accept();
}

} // namespace hearth::ui
