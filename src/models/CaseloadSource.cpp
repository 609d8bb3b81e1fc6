#include "CaseloadSource.h"

#include "ResidentRepository.h"
#include "Store.h"

namespace hearth::models {

QStringList StoreCaseloadSource::ids(const ResidentQuery& query)
{
    return m_store.residents().listIds(query);
}

QList<ResidentSummary> StoreCaseloadSource::rows(const QStringList& ids)
{
    return m_store.residents().summaries(ids);
}

} // namespace hearth::models
