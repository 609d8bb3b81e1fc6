#pragma once

#include "Measurement.h"
#include "measures/Instrument.h"

#include <QDate>
#include <QDialog>
#include <QList>

#include <optional>

class QAbstractButton;
class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QScrollArea;
class QVBoxLayout;

namespace hearth::storage {
class Store;
}

namespace hearth::ui {

// Records one outcome questionnaire for a resident (issue 4). The form is generated from the
// instrument's definition: each item with its options in the order they are read out. From the
// keyboard: a digit answers the focused item and moves on to the next one, Left/Right change the
// answer, Up/Down and Tab move between items, Enter saves. The score is computed as items are
// answered. OK saves through MeasurementRepository; a refusal is shown in words that name the item
// or field, and nothing is stored.
class MeasureDialog : public QDialog
{
    Q_OBJECT

public:
    // `instrumentId` empty: the council's primary instrument, with the chooser to pick another.
    MeasureDialog(storage::Store& store, const QString& residentId, const QString& instrumentId, const QDate& today,
                  QWidget* parent = nullptr);
    ~MeasureDialog() override;

    QString instrumentId() const;
    // The responses as answered so far, one per item (nullopt: not answered).
    measures::Responses responses() const;
    // The measurement stored by OK, once the dialog is accepted.
    const std::optional<Measurement>& saved() const { return m_saved; }
    // The problem shown after a refused OK; empty when there is none.
    QString errorText() const;

    void accept() override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct ItemRow
    {
        QWidget* box = nullptr;
        QButtonGroup* group = nullptr;
        QList<QAbstractButton*> buttons; // in the order read out
    };

    void buildItems();
    void updateScore();
    void showError(const QString& text);
    void focusItem(int index);
    int itemOf(const QObject* button) const;
    // The option a digit key picks on this instrument, or -1.
    int optionForDigit(const ItemRow& row, int digit) const;

    storage::Store& m_store;
    QString m_residentId;
    QDate m_today;
    const measures::Instrument* m_instrument = nullptr;
    measures::MeasureThresholds m_thresholds;
    std::optional<Measurement> m_saved;

    QComboBox* m_instrumentCombo = nullptr;
    QComboBox* m_stageCombo = nullptr;
    QDateEdit* m_dateEdit = nullptr;
    QLabel* m_noticeLabel = nullptr;
    QLabel* m_screeningLabel = nullptr;
    QLabel* m_leadInLabel = nullptr;
    QLabel* m_keysLabel = nullptr;
    QScrollArea* m_scrollArea = nullptr;
    QWidget* m_itemsWidget = nullptr;
    QVBoxLayout* m_itemsLayout = nullptr;
    QLabel* m_scoreLabel = nullptr;
    QCheckBox* m_allowIncomplete = nullptr;
    QLabel* m_errorLabel = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QList<ItemRow> m_rows;
};

// The scores in words, as the dialog and the history show them ("Score 7 (3-9): Lonely").
QString describeScores(const measures::Instrument& instrument, const measures::Scores& scores);

} // namespace hearth::ui
