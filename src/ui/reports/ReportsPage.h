#pragma once

#include "KpiReport.h"
#include "pages/StorePage.h"

#include <QList>
#include <QMap>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QTextBrowser;

class QChartView;

namespace hearth::storage {
class Store;
}

namespace hearth::ui {

class BackgroundTask;
class TaskProgress;

// The Reports page: the KPI tiles of a financial-year quarter with the change from the quarter
// before, charts (residents and referrals over the last eight quarters, the improvement rate over
// them, referrals by status, services by category and action items by status in the quarter: the
// charts of the export, drawn with Qt Charts, their figures also in words), the KPI table broken down by ward, target
// group or age band, every figure's definition (on hover and in the side panel), and Export… to CSV, XLSX, ODT, HTML or
// PDF. "For publication" applies disclosure control to everything shown and exported. Figures come from
// reports::KpiReport, as `hearth-cli kpi` prints them. The figures are worked out on a worker
// thread (seconds at 100,000 residents), with a progress bar and Cancel; a new choice of quarter,
// breakdown or publication abandons the figures being worked out and starts again, so figures
// of an earlier choice are never shown. Export… writes its file on a worker too.
//   Alt+Q quarter · Alt+B breakdown · Alt+P for publication · Ctrl+E export
class ReportsPage : public QWidget, public StorePage
{
    Q_OBJECT

public:
    explicit ReportsPage(QWidget* parent = nullptr);
    ~ReportsPage() override;

    void setStore(storage::Store* store) override;
    void refresh() override;

    // The KPIs shown as tiles, in order.
    static const QStringList& tileKpis();
    // The charts shown, by reports::ReportChart id, in the page's order; each view's object name is
    // the id.
    static const QStringList& chartIds();

    // The report of the chosen quarter with the chosen breakdown and publication switch, as shown
    // in the table and exported; nothing if there is no store or it could not be read.
    const std::optional<reports::KpiReport>& report() const { return m_report; }
    // The chosen quarter ("FY2026-Q3"), breakdown ("" or a dimension) and publication switch.
    QString quarter() const;
    QString dimension() const;
    bool forPublication() const;
    void setQuarter(const QString& label);
    void setDimension(const QString& dimension);
    void setForPublication(bool on);

    // What a tile says: its value ("12", "45.5%", "*", "n/a") and its change in words.
    QString tileValue(const QString& kpiId) const;
    QString tileChange(const QString& kpiId) const;

    // Asks for a file (the format by its extension) and writes the report there on a worker
    // thread; a cancelled export leaves no file.
    void exportReport();
    // Writes the report to `path` here and now; false (and the reason in `error`) if it could not.
    bool exportTo(const QString& path, QString* error);

    // The figures (or an export) are being worked out on the worker thread.
    bool isWorking() const;
    // Keeps events flowing until the work going has ended; whether it has (tests, screenshots).
    bool waitForWork(int timeoutMs = 60000);
    BackgroundTask* task() const { return m_task; }
    TaskProgress* progress() const { return m_progress; }

private:
    struct Tile
    {
        QLabel* value = nullptr;
        QLabel* change = nullptr;
    };

    void fillQuarters();
    void rebuild();
    void showFigures();
    void setChoosersEnabled(bool enabled);
    // Checks the file name; the format, or nothing (and the reason in `error`).
    std::optional<QString> checkExportPath(const QString& path, QString* error) const;
    void showReadError(const QString& message);
    void fillTiles();
    void fillCharts();
    void fillTable();
    void fillDefinitions();
    QString changeText(const QString& kpiId) const;

    storage::Store* m_store = nullptr;
    BackgroundTask* m_task = nullptr;
    TaskProgress* m_progress = nullptr;
    QComboBox* m_quarter = nullptr;
    QComboBox* m_breakdown = nullptr;
    QCheckBox* m_publication = nullptr;
    QPushButton* m_export = nullptr;
    QLabel* m_notice = nullptr;
    QLabel* m_status = nullptr; // what became of the last export
    bool m_exporting = false;
    QMap<QString, Tile> m_tiles;
    QMap<QString, QChartView*> m_charts; // by reports::ReportChart id
    QLabel* m_chartText = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_footnotes = nullptr;
    QTextBrowser* m_definitions = nullptr;

    std::optional<reports::KpiReport> m_report; // chosen quarter, breakdown and publication
    std::optional<reports::KpiReport> m_current; // chosen quarter, no breakdown (tiles)
    std::optional<reports::KpiReport> m_previous; // the quarter before, no breakdown
    QList<reports::KpiReport> m_history; // the last eight quarters to the chosen one, oldest first
};

} // namespace hearth::ui
