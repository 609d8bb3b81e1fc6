#pragma once

#include <QDate>
#include <QMap>
#include <QWidget>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace hearth::storage {
class Store;
}

namespace hearth::ui {

// A resident's outcome measures, for the resident record (issue 4): per instrument a small chart
// of the scores over time, a table of every measurement, the change from baseline to the latest
// measurement with its classification, and a prompt when a review is due (the council's review
// interval after the baseline, with no review yet). "Record measurement…" opens MeasureDialog.
class MeasurementHistoryWidget : public QWidget
{
    Q_OBJECT

public:
    // `today` invalid: the store's clock.
    MeasurementHistoryWidget(storage::Store& store, const QString& residentId, const QDate& today = {},
                             QWidget* parent = nullptr);
    ~MeasurementHistoryWidget() override;

    // Reads the resident's measurements again.
    void refresh();

    // What the sections say, for tests and for the record's summary: the baseline-to-latest change
    // and the review prompt of one instrument (empty when there is none).
    QString changeText(const QString& instrumentId) const;
    QString reviewText(const QString& instrumentId) const;
    bool reviewDue(const QString& instrumentId) const { return m_due.value(instrumentId); }

signals:
    void measurementRecorded(const QString& measurementId);

private:
    void recordMeasurement();
    QWidget* buildSection(const QString& instrumentId);

    storage::Store& m_store;
    QString m_residentId;
    QDate m_today;
    QPushButton* m_recordButton = nullptr;
    QLabel* m_emptyLabel = nullptr;
    QWidget* m_sections = nullptr;
    QVBoxLayout* m_sectionsLayout = nullptr;
    QMap<QString, QString> m_changeTexts;
    QMap<QString, QString> m_reviewTexts;
    QMap<QString, bool> m_due;
};

} // namespace hearth::ui
