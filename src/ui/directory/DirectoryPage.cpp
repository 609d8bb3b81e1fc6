#include "DirectoryPage.h"

#include "GapReport.h"
#include "PageStyle.h"
#include "ServiceDialog.h"
#include "ServicePlacesDialog.h"
#include "StorageError.h"
#include "Store.h"
#include "Vocabulary.h"
#include "WardRepository.h"
#include "forms/FormFields.h"
#include "reports/ReportExport.h"

#include <QCheckBox>
#include <QColor>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace hearth::ui {

namespace {

enum Column { NameColumn, ReviewColumn, StatusColumn, OrganisationColumn, CategoriesColumn, WardsColumn, ColumnCount };

QTableWidget* makeTable(int columns, QWidget* parent)
{
    auto* table = new QTableWidget(0, columns, parent);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setTabKeyNavigation(false);
    return table;
}

void makeBold(QTableWidgetItem* item)
{
    QFont bold = item->font();
    bold.setBold(true);
    item->setFont(bold);
}

} // namespace

DirectoryPage::DirectoryPage(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(tr("Community directory"), this);
    styleHeading(heading);
    layout->addWidget(heading);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("directoryTabs"));
    layout->addWidget(m_tabs, 1);

    // Services
    auto* servicesTab = new QWidget(m_tabs);
    auto* servicesLayout = new QVBoxLayout(servicesTab);
    auto* searchRow = new QHBoxLayout;
    auto* searchLabel = new QLabel(tr("&Search:"), servicesTab);
    m_search = new QLineEdit(servicesTab);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("Name, organisation, category or ward"));
    m_search->setClearButtonEnabled(true);
    searchLabel->setBuddy(m_search);
    m_staleOnly = new QCheckBox(tr("Only &review overdue"), servicesTab);
    m_staleOnly->setObjectName(QStringLiteral("staleOnlyCheck"));
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_staleOnly);
    servicesLayout->addLayout(searchRow);
    m_summary = new QLabel(servicesTab);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    servicesLayout->addWidget(m_summary);

    auto* splitter = new QSplitter(Qt::Vertical, servicesTab);
    m_services = makeTable(ColumnCount, splitter);
    m_services->setObjectName(QStringLiteral("servicesTable"));
    m_services->setHorizontalHeaderLabels(
        {tr("Name"), tr("Review"), tr("Status"), tr("Organisation"), tr("Categories"), tr("Wards served")});
    m_services->setWordWrap(false);
    m_services->setAccessibleName(tr("Services"));
    m_services->horizontalHeader()->setStretchLastSection(true);
    auto* detailsBox = new QWidget(splitter);
    auto* detailsLayout = new QVBoxLayout(detailsBox);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    m_details = new QLabel(detailsBox);
    m_details->setObjectName(QStringLiteral("detailsLabel"));
    m_details->setWordWrap(true);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_details->setAccessibleName(tr("Service details"));
    detailsLayout->addWidget(m_details, 1);
    auto* buttonRow = new QHBoxLayout;
    m_newButton = new QPushButton(tr("&New service…"), detailsBox);
    m_newButton->setObjectName(QStringLiteral("newServiceButton"));
    m_newButton->setToolTip(tr("Add a service to the directory (Ctrl+Shift+N)"));
    buttonRow->addWidget(m_newButton);
    buttonRow->addStretch(1);
    m_placesButton = new QPushButton(tr("&Places and times…"), detailsBox);
    m_placesButton->setObjectName(QStringLiteral("placesButton"));
    buttonRow->addWidget(m_placesButton);
    m_editButton = new QPushButton(tr("&Edit…"), detailsBox);
    m_editButton->setObjectName(QStringLiteral("editServiceButton"));
    buttonRow->addWidget(m_editButton);
    detailsLayout->addLayout(buttonRow);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    servicesLayout->addWidget(splitter, 1);
    m_tabs->addTab(servicesTab, tr("Serv&ices"));

    // Gaps
    auto* gapsTab = new QWidget(m_tabs);
    auto* gapsLayout = new QVBoxLayout(gapsTab);
    m_gapSummary = new QLabel(gapsTab);
    m_gapSummary->setObjectName(QStringLiteral("gapSummaryLabel"));
    m_gapSummary->setWordWrap(true);
    m_gapSummary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto* gapScroll = new QScrollArea(gapsTab);
    gapScroll->setAccessibleName(tr("Gap summary"));
    gapScroll->setWidgetResizable(true);
    gapScroll->setFrameShape(QFrame::NoFrame);
    gapScroll->setMaximumHeight(130);
    gapScroll->setWidget(m_gapSummary);
    auto* gapTop = new QHBoxLayout;
    gapTop->addWidget(gapScroll, 1);
    m_exportGapsButton = new QPushButton(tr("E&xport…"), gapsTab);
    m_exportGapsButton->setObjectName(QStringLiteral("exportGapsButton"));
    m_exportGapsButton->setToolTip(tr("Save the gap analysis as CSV, XLSX, ODT, HTML or PDF (Ctrl+E)"));
    gapTop->addWidget(m_exportGapsButton, 0, Qt::AlignTop);
    gapsLayout->addLayout(gapTop);
    auto* exportShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_E), gapsTab);
    exportShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(exportShortcut, &QShortcut::activated, this, &DirectoryPage::exportGaps);
    connect(m_exportGapsButton, &QPushButton::clicked, this, &DirectoryPage::exportGaps);
    m_gaps = new QTableWidget(gapsTab);
    m_gaps->setObjectName(QStringLiteral("gapsTable"));
    m_gaps->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_gaps->setTabKeyNavigation(false);
    m_gaps->setAccessibleName(tr("Services by ward and category"));
    gapsLayout->addWidget(m_gaps, 1);
    m_tabs->addTab(gapsTab, tr("G&aps"));

    connect(m_search, &QLineEdit::textChanged, this, &DirectoryPage::applySearch);
    connect(m_staleOnly, &QCheckBox::toggled, this, &DirectoryPage::applySearch);
    connect(m_services, &QTableWidget::itemSelectionChanged, this, &DirectoryPage::showDetails);
    connect(m_services, &QTableWidget::itemActivated, this, [this] { editSelected(); });
    connect(m_editButton, &QPushButton::clicked, this, [this] { editSelected(); });
    connect(m_newButton, &QPushButton::clicked, this, [this] { addService(); });
    connect(m_placesButton, &QPushButton::clicked, this, [this] { editPlaces(); });
    auto* newShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), this);
    newShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(newShortcut, &QShortcut::activated, this, [this] { addService(); });
    showDetails();
}

DirectoryPage::~DirectoryPage() = default;

void DirectoryPage::setStore(storage::Store* store)
{
    // Empty what the old store showed (refresh() with no store reads nothing); the main window
    // calls refresh() when the page is shown (StorePage).
    m_store = nullptr;
    refresh();
    m_store = store;
}

void DirectoryPage::refresh()
{
    const QString chosen = selectedServiceId();
    {
        const QSignalBlocker blocker(m_services);
        m_services->setRowCount(0);
    }
    m_byId.clear();
    m_stale.clear();
    if (!m_store) {
        m_summary->clear();
        m_gaps->clear();
        m_gapSummary->clear();
        m_gapCells.clear();
        m_gapList.clear();
        showDetails();
        return;
    }
    const QDate today = m_store->clock().today();
    storage::DirectoryRepository directory(*m_store);
    QList<Service> services;
    QHash<QString, QString> organisations, terms, wards;
    try {
        services = directory.services();
        for (const Service& stale : directory.staleServices(today)) {
            m_stale.insert(stale.id);
        }
        for (const Organisation& organisation : directory.organisations()) {
            organisations.insert(organisation.id, organisation.name);
        }
        for (const TaxonomyTerm& term : directory.terms()) {
            terms.insert(term.code, term.name);
        }
        for (const Ward& ward : m_store->wards().list()) {
            wards.insert(ward.code, ward.name);
        }
    } catch (const storage::Error& error) {
        m_summary->setText(tr("The directory could not be read: %1").arg(error.message()));
        return;
    }
    const QSignalBlocker blocker(m_services);
    m_services->setRowCount(static_cast<int>(services.size()));
    for (int row = 0; row < services.size(); ++row) {
        const Service& s = services[row];
        m_byId.insert(s.id, s);
        QStringList categoryNames, wardNames;
        for (const QString& code : s.categories) {
            categoryNames.append(terms.value(code, code));
        }
        for (const QString& code : s.wardsServed) {
            wardNames.append(wards.value(code, code));
        }
        const bool stale = m_stale.contains(s.id);
        const QDate reviewed = s.reviewedOn();
        QString status = vocab::serviceStatuses().label(s.status);
        if (!s.inFeed) {
            status += tr(" (no longer in the feed)");
        }
        const QString cells[ColumnCount] = {
            s.name,
            stale ? (reviewed.isValid() ? tr("⚠ Review overdue (last %1)").arg(userDateText(reviewed))
                                        : tr("⚠ Review overdue (never reviewed)"))
                  : tr("Reviewed %1").arg(userDateText(reviewed)),
            status,
            organisations.value(s.organisationId),
            categoryNames.join(QStringLiteral(", ")),
            wardNames.isEmpty() ? tr("Whole area") : wardNames.join(QStringLiteral(", ")),
        };
        for (int column = 0; column < ColumnCount; ++column) {
            auto* item = new QTableWidgetItem(cells[column]);
            item->setData(Qt::UserRole, s.id);
            item->setToolTip(cells[column]);
            if (stale && column == ReviewColumn) {
                makeBold(item);
            }
            m_services->setItem(row, column, item);
        }
    }
    m_services->resizeColumnsToContents();
    for (int column = 0; column < ColumnCount - 1; ++column) {
        m_services->setColumnWidth(column, std::min(m_services->columnWidth(column), 260));
    }
    m_services->horizontalHeader()->setStretchLastSection(true);
    applySearch();
    if (!chosen.isEmpty()) {
        selectService(chosen);
    }
    showDetails();
    refreshGaps();
}

void DirectoryPage::applySearch()
{
    const QString needle = m_search->text().trimmed();
    int shown = 0;
    for (int row = 0; row < m_services->rowCount(); ++row) {
        bool match = needle.isEmpty();
        for (int column = 0; column < ColumnCount && !match; ++column) {
            if (column == ReviewColumn) {
                continue;
            }
            match = m_services->item(row, column)->text().contains(needle, Qt::CaseInsensitive);
        }
        if (m_staleOnly->isChecked() && !m_stale.contains(m_services->item(row, 0)->data(Qt::UserRole).toString())) {
            match = false;
        }
        m_services->setRowHidden(row, !match);
        shown += match ? 1 : 0;
    }
    m_summary->setText(tr("%1 of %n service(s) shown; %2 past their review date", nullptr, m_services->rowCount())
                           .arg(shown)
                           .arg(m_stale.size()));
}

void DirectoryPage::setSearchText(const QString& text)
{
    m_search->setText(text);
}

QStringList DirectoryPage::listedServiceIds() const
{
    QStringList ids;
    for (int row = 0; row < m_services->rowCount(); ++row) {
        if (!m_services->isRowHidden(row)) {
            ids.append(m_services->item(row, 0)->data(Qt::UserRole).toString());
        }
    }
    return ids;
}

QString DirectoryPage::reviewText(const QString& serviceId) const
{
    for (int row = 0; row < m_services->rowCount(); ++row) {
        if (!m_services->isRowHidden(row) && m_services->item(row, 0)->data(Qt::UserRole).toString() == serviceId) {
            return m_services->item(row, ReviewColumn)->text();
        }
    }
    return {};
}

bool DirectoryPage::selectService(const QString& serviceId)
{
    for (int row = 0; row < m_services->rowCount(); ++row) {
        if (!m_services->isRowHidden(row) && m_services->item(row, 0)->data(Qt::UserRole).toString() == serviceId) {
            m_services->setCurrentCell(row, 0);
            m_services->selectRow(row);
            showDetails();
            return true;
        }
    }
    return false;
}

QString DirectoryPage::selectedServiceId() const
{
    const auto selected = m_services->selectionModel()->selectedRows();
    return selected.isEmpty() ? QString() : m_services->item(selected.first().row(), 0)->data(Qt::UserRole).toString();
}

QString DirectoryPage::detailsText() const
{
    return m_details->text();
}

void DirectoryPage::showDetails()
{
    const QString id = selectedServiceId();
    m_editButton->setEnabled(m_store && !id.isEmpty());
    m_newButton->setEnabled(m_store != nullptr);
    m_placesButton->setEnabled(m_store && !id.isEmpty());
    if (!m_store || id.isEmpty() || !m_byId.contains(id)) {
        m_details->setText(m_store ? tr("Choose a service to see its details.") : QString());
        return;
    }
    const Service& s = m_byId[id];
    QStringList lines;
    lines.append(s.name.toHtmlEscaped());
    if (m_stale.contains(id)) {
        lines.append(tr("⚠ Review overdue: check this entry with the provider and save it."));
    }
    if (!s.description.isEmpty()) {
        lines.append(s.description.toHtmlEscaped());
    }
    QStringList facts;
    if (s.minimumAge || s.maximumAge) {
        facts.append(tr("Ages %1 to %2")
                         .arg(s.minimumAge ? QString::number(*s.minimumAge) : tr("any"),
                              s.maximumAge ? QString::number(*s.maximumAge) : tr("any")));
    }
    facts.append(s.costDescription.isEmpty() ? tr("Free") : tr("Cost: %1").arg(s.costDescription.toHtmlEscaped()));
    if (s.transportProvided) {
        facts.append(tr("Transport provided"));
    }
    if (!s.accessibility.isEmpty()) {
        facts.append(tr("Access: %1").arg(s.accessibility.toHtmlEscaped()));
    }
    lines.append(facts.join(QStringLiteral(" · ")));
    QStringList contact;
    for (const QString& part : {s.phone, s.email, s.url}) {
        if (!part.isEmpty()) {
            contact.append(part.toHtmlEscaped());
        }
    }
    if (!contact.isEmpty()) {
        lines.append(contact.join(QStringLiteral(" · ")));
    }
    try {
        const DirectoryEntry entry = storage::DirectoryRepository(*m_store).entry(s);
        QStringList places;
        for (const auto& place : entry.places) {
            places.append(
                (place.location.name.isEmpty() ? place.location.postcode : place.location.name).toHtmlEscaped());
        }
        if (!places.isEmpty()) {
            lines.append(tr("Where: %1").arg(places.join(QStringLiteral("; "))));
        }
        QStringList times;
        for (const Schedule& schedule : entry.schedules) {
            times.append(ServicePlacesDialog::scheduleText(schedule).toHtmlEscaped());
        }
        if (!times.isEmpty()) {
            lines.append(tr("When: %1").arg(times.join(QStringLiteral("; "))));
        }
    } catch (const storage::Error&) {
    }
    m_details->setText(lines.join(QStringLiteral("<br>")));
}

ServicePlacesDialog* DirectoryPage::editPlaces()
{
    const QString id = selectedServiceId();
    if (!m_store || !m_byId.contains(id)) {
        return nullptr;
    }
    auto* dialog = new ServicePlacesDialog(*m_store, m_byId[id], this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, &DirectoryPage::showDetails);
    dialog->open();
    return dialog;
}

ServiceDialog* DirectoryPage::editSelected()
{
    const QString id = selectedServiceId();
    if (!m_store || !m_byId.contains(id)) {
        return nullptr;
    }
    auto* dialog = new ServiceDialog(*m_store, m_byId[id], this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &DirectoryPage::refresh);
    dialog->open();
    return dialog;
}

ServiceDialog* DirectoryPage::addService()
{
    if (!m_store) {
        return nullptr;
    }
    auto* dialog = new ServiceDialog(*m_store, Service {}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString added = dialog->service().id;
        m_search->clear();
        refresh();
        selectService(added);
    });
    dialog->open();
    return dialog;
}

void DirectoryPage::exportGaps()
{
    if (!m_store) {
        return;
    }
    exportReportAs(this, tr("Export gap analysis"),
                   reports::gapReport(m_gapList, m_gapsAsOf, m_store->councilSettings().councilName));
}

void DirectoryPage::refreshGaps()
{
    m_gaps->clear();
    m_gapCells.clear();
    m_gapList.clear();
    QList<storage::DirectoryRepository::GapCell> cells;
    try {
        m_gapsAsOf = m_store->clock().today();
        cells = storage::DirectoryRepository(*m_store).gaps(m_gapsAsOf);
        m_gapList = cells;
    } catch (const storage::Error& error) {
        m_gapSummary->setText(tr("The gap analysis could not be read: %1").arg(error.message()));
        return;
    }
    QMap<QString, QString> wardNames, categoryNames; // ordered by code
    for (const auto& cell : cells) {
        wardNames.insert(cell.wardCode, cell.wardName);
        categoryNames.insert(cell.category, cell.categoryName);
    }
    const QStringList wardCodes = wardNames.keys();
    const QStringList categoryCodes = categoryNames.keys();
    m_gaps->setRowCount(static_cast<int>(wardCodes.size()));
    m_gaps->setColumnCount(static_cast<int>(categoryCodes.size()));
    m_gaps->setHorizontalHeaderLabels(categoryNames.values());
    m_gaps->setVerticalHeaderLabels(wardNames.values());
    QStringList gapLines;
    for (const auto& cell : cells) {
        QString text;
        if (cell.isGap()) {
            text = cell.residents == 1 ? tr("Gap: no service, 1 resident")
                                       : tr("Gap: no service, %1 residents").arg(cell.residents);
            gapLines.append(tr("%1, %2: no service for %n resident(s) on the register", nullptr, cell.residents)
                                .arg(cell.wardName, cell.categoryName));
        } else {
            text = cell.services == 1 ? tr("1 service") : tr("%1 services").arg(cell.services);
        }
        m_gapCells.insert(cell.wardCode + QLatin1Char('|') + cell.category, text);
        auto* item = new QTableWidgetItem(text);
        item->setToolTip(tr("%1, %2: %3").arg(cell.wardName, cell.categoryName, text));
        if (cell.isGap()) {
            makeBold(item);
            const QColor gap = colours::chipBackground(QColor(0xfd, 0xe2, 0xc8), palette());
            item->setBackground(gap);
            // Dark brown on the light chip; on a dark theme's deep chip, white (or black) by luminance.
            item->setForeground(colours::isDark(palette()) ? colours::textOn(gap)
                                                           : colours::readableOn(QColor(0x5a, 0x1e, 0x00), {gap}));
        }
        m_gaps->setItem(static_cast<int>(wardCodes.indexOf(cell.wardCode)),
                        static_cast<int>(categoryCodes.indexOf(cell.category)), item);
    }
    m_gaps->resizeColumnsToContents();
    m_gapSummary->setText(
        gapLines.isEmpty()
            ? tr("No gaps: every ward with residents on the register has a service of each category.")
            : tr("%n gap(s), where residents are on the register but no service of the category runs:", nullptr,
                 static_cast<int>(gapLines.size()))
                + QStringLiteral("\n• ") + gapLines.join(QStringLiteral("\n• ")));
}

QString DirectoryPage::gapCellText(const QString& wardCode, const QString& category) const
{
    return m_gapCells.value(wardCode + QLatin1Char('|') + category);
}

QString DirectoryPage::gapSummary() const
{
    return m_gapSummary->text();
}

} // namespace hearth::ui
