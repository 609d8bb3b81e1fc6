#include "GapReport.h"
#include "ReportLocale.h"

#include <QCoreApplication>

#include "Disclosure.h"

#include <QLocale>
#include <QMap>

namespace hearth::reports {

ReportDocument gapReport(const QList<storage::DirectoryRepository::GapCell>& cells, const QDate& asOf,
                         const QString& councilName)
{
    ReportDocument document;
    document.title = councilName.isEmpty()
        ? QCoreApplication::translate("hearth::reports", "Community services by ward: gap analysis")
        : QCoreApplication::translate("hearth::reports", "Community services by ward: gap analysis, %1")
              .arg(councilName);
    document.subtitle =
        QCoreApplication::translate("hearth::reports",
                                    "Services running on %1, next to residents on the register (open cases).")
            .arg(reportLocale().toString(asOf, QStringLiteral("d MMMM yyyy")));
    document.notice = disclosure::internalNotice();

    // Wards and categories in the order the analysis gives them (ward code, then category).
    QStringList wards;
    QMap<QString, QString> wardNames;
    QMap<QString, int> wardResidents;
    QStringList categories;
    QMap<QString, QString> categoryNames;
    QMap<std::pair<QString, QString>, int> services;
    for (const auto& cell : cells) {
        if (!wardNames.contains(cell.wardCode)) {
            wards.append(cell.wardCode);
            wardNames.insert(cell.wardCode, cell.wardName);
            wardResidents.insert(cell.wardCode, cell.residents);
        }
        if (!categoryNames.contains(cell.category)) {
            categories.append(cell.category);
            categoryNames.insert(cell.category, cell.categoryName);
        }
        services.insert({cell.wardCode, cell.category}, cell.services);
    }

    ReportTable gaps;
    gaps.title = QCoreApplication::translate("hearth::reports",
                                             "Gaps: residents on the register but no service of the category");
    gaps.columns = {QCoreApplication::translate("hearth::reports", "Ward"),
                    QCoreApplication::translate("hearth::reports", "Ward code"),
                    QCoreApplication::translate("hearth::reports", "Category"),
                    QCoreApplication::translate("hearth::reports", "Residents on the register")};
    for (const auto& cell : cells) {
        if (cell.isGap()) {
            gaps.rows.append({ReportCell::label(cell.wardName), ReportCell::label(cell.wardCode),
                              ReportCell::label(cell.categoryName), ReportCell::count(cell.residents)});
        }
    }
    if (gaps.rows.isEmpty()) {
        gaps.footnotes.append(QCoreApplication::translate(
            "hearth::reports", "No gaps: every ward with residents on the register has a service of each category."));
    }
    document.tables.append(gaps);

    // A row per ward rather than a ward-by-category grid: a grid of a dozen categories does not fit
    // a printed page; the CSV data has every cell.
    ReportTable coverage;
    coverage.title = QCoreApplication::translate("hearth::reports", "Coverage by ward");
    coverage.columns = {QCoreApplication::translate("hearth::reports", "Ward"),
                        QCoreApplication::translate("hearth::reports", "Residents on the register"),
                        QCoreApplication::translate("hearth::reports", "Services running"),
                        QCoreApplication::translate("hearth::reports", "Categories with a service"),
                        QCoreApplication::translate("hearth::reports", "Categories with no service")};
    for (const auto& ward : wards) {
        int running = 0;
        int covered = 0;
        QStringList missing;
        for (const auto& category : categories) {
            const int count = services.value({ward, category});
            running += count;
            if (count > 0) {
                ++covered;
            } else {
                missing.append(categoryNames.value(category));
            }
        }
        coverage.rows.append(
            {ReportCell::label(wardNames.value(ward)), ReportCell::count(wardResidents.value(ward)),
             ReportCell::count(running),
             ReportCell::label(
                 QCoreApplication::translate("hearth::reports", "%1 of %2").arg(covered).arg(categories.size())),
             ReportCell::label(missing.isEmpty() ? QStringLiteral("none") : missing.join(QStringLiteral(", ")))});
    }
    coverage.footnotes.append(QCoreApplication::translate(
        "hearth::reports",
        "A service counts in a ward when it is active, running on the date, and serves that ward or the whole area; "
        "a service in several categories counts once in each."));
    document.tables.append(coverage);
    return document;
}

} // namespace hearth::reports
