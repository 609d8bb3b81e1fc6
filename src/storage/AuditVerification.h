#pragma once

#include "AuditLog.h"

#include <functional>

namespace hearth::storage {

// AuditLog::verify with progress, for a check run on a worker thread: `progress`, if given, is
// called before the first event and every 2,000 events with how many were checked and how many
// there are; it may throw to stop (the check only reads).
AuditLog::Verification verifyAuditChain(sql::Connection& db,
                                        const std::function<void(qint64 done, qint64 total)>& progress);

} // namespace hearth::storage
