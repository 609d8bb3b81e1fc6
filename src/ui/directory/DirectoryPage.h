#pragma once

#include "Directory.h"
#include "DirectoryRepository.h"
#include "pages/StorePage.h"

#include <QHash>
#include <QSet>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTabWidget;

namespace hearth::ui {

class ServiceDialog;
class ServicePlacesDialog;

// The Directory page (issue 5). Services: the community directory searched as you type (name,
// organisation, category, ward), each service's categories, wards, status and whether its entry
// is past its review date ("Review overdue", in words as well as bold), the chosen service's
// details, "Edit…" and "New service…" (ServiceDialog). Gaps: wards against categories from the gap
// analysis, each gap said in words ("Gap: no service, 12 residents") and listed above the grid,
// exported as a report (CSV, XLSX, ODT, HTML or PDF).
class DirectoryPage : public QWidget, public StorePage
{
    Q_OBJECT

public:
    explicit DirectoryPage(QWidget* parent = nullptr);
    ~DirectoryPage() override;

    void setStore(storage::Store* store) override;
    void refresh() override;

    QTabWidget* tabs() const { return m_tabs; }
    QTableWidget* servicesTable() const { return m_services; }
    QTableWidget* gapsTable() const { return m_gaps; }
    void setSearchText(const QString& text);
    // The services listed now (after the search), by id.
    QStringList listedServiceIds() const;
    // The review cell of a listed service ("Review overdue" or "Reviewed on …"); empty when not listed.
    QString reviewText(const QString& serviceId) const;
    bool selectService(const QString& serviceId);
    QString detailsText() const;
    // The gap grid's cell for a ward and category code, and the list of gaps in words.
    QString gapCellText(const QString& wardCode, const QString& category) const;
    QString gapSummary() const;
    // Opens the edit dialog for the chosen service (window-modal); nullptr when none is chosen.
    ServiceDialog* editSelected();
    // Opens the places-and-times dialog for the chosen service; nullptr when none is chosen.
    ServicePlacesDialog* editPlaces();
    // Opens the dialog for a new service (window-modal; Ctrl+Shift+N on this page).
    ServiceDialog* addService();
    // Asks where, and saves the gap analysis as a report (Ctrl+E on the Gaps tab).
    void exportGaps();

private:
    void applySearch();
    void showDetails();
    void refreshGaps();
    QString selectedServiceId() const;

    storage::Store* m_store = nullptr;
    QTabWidget* m_tabs;
    QLineEdit* m_search;
    QCheckBox* m_staleOnly;
    QLabel* m_summary;
    QTableWidget* m_services;
    QLabel* m_details;
    QPushButton* m_editButton;
    QPushButton* m_newButton;
    QPushButton* m_placesButton;
    QPushButton* m_exportGapsButton;
    QLabel* m_gapSummary;
    QTableWidget* m_gaps;
    QHash<QString, Service> m_byId;
    QSet<QString> m_stale;
    QHash<QString, QString> m_gapCells; // "ward|category" -> text
    QList<storage::DirectoryRepository::GapCell> m_gapList; // as shown, for the export
    QDate m_gapsAsOf;
};

} // namespace hearth::ui
