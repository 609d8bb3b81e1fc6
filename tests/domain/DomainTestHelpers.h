#pragma once

// Helpers shared by the domain tests: a fixed "today", deterministic ids and the fields a
// validation names, so a test can assert that one broken rule reports exactly one field.

#include "Ids.h"
#include "Validation.h"

#include "TestSupport.h"

#include <QStringList>

namespace hearth::test {

// The date every domain test treats as today: the date of fixedNow() (2026-11-22).
inline QDate today()
{
    return fixedNow().date();
}

// A well-formed UUIDv7, different for each n.
inline QString idFor(int n)
{
    return makeUuidV7(fixedNow().toMSecsSinceEpoch(), static_cast<std::uint16_t>(n), 0x1234'5678'9ABCULL + n);
}

// The field of every error, in the order reported.
inline QStringList errorFields(const FieldErrors& errors)
{
    QStringList fields;
    for (const auto& error : errors) {
        fields.append(error.field);
    }
    return fields;
}

} // namespace hearth::test
