#include "CaseloadSource.h"

#include "ResidentRepository.h"
#include "Store.h"

namespace hearth::models {

CaseloadSource::Page StoreCaseloadSource::fetch(const ResidentQuery& query)
{
    auto page = m_store.residents().list(query);
    return {std::move(page.rows), page.total};
}

} // namespace hearth::models
