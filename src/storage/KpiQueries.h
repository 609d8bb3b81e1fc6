#pragma once

#include "Kpi.h"
#include "Period.h"

#include <QMap>
#include <QString>

namespace hearth::storage {

class Store;

// The SQL behind the KPIs (spec/kpis.md): reads the facts the domain's rules count (kpi::compute),
// never names, contact details or notes. Soft-deleted rows are left out here; rows of soft-deleted
// residents are left out by the rules, which count only the live residents the facts list.
class KpiQueries
{
public:
    explicit KpiQueries(Store& store)
        : m_store(store)
    {
    }

    kpi::Facts facts(const Period& period, const QString& primaryInstrument);

    // Labels for breakdown keys: ward code -> name, officer id -> display name, category code -> name.
    QMap<QString, QString> wardNames();
    QMap<QString, QString> officerNames();
    QMap<QString, QString> categoryNames();

private:
    Store& m_store;
};

} // namespace hearth::storage
