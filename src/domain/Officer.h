#pragma once

#include "RowMeta.h"
#include "Validation.h"

namespace hearth {

// A person who uses Hearth: a loneliness officer or link worker, or their manager.
struct Officer
{
    QString id;
    QString displayName;
    QString role = QStringLiteral("officer"); // vocab::officerRoles
    QString team;
    RowMeta meta;

    FieldErrors validate() const;
    bool operator==(const Officer&) const = default;
};

// A council ward, keyed by its ONS code (E05…, W05… in Wales). The code is the key because it is
// already stable and shared by every replica, so two officers adding the same ward cannot clash.
struct Ward
{
    QString code;
    QString name;
    RowMeta meta;

    FieldErrors validate() const;
    bool operator==(const Ward&) const = default;
};

} // namespace hearth
