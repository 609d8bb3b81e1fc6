#pragma once

#include "RowMeta.h"
#include "Validation.h"

#include <QDate>

#include <optional>

namespace hearth {

// A contact with a resident (a case note). Notes are append-only: a correction is a new contact
// whose corrects_contact_id names the note it corrects.
struct Contact
{
    QString id;
    QString residentId;
    QDate contactOn;
    QString contactTime; // "HH:MM", optional
    QString type; // vocab::contactTypes
    std::optional<int> durationMinutes;
    QString note;
    QString officerId;
    QDate followUpDue;
    QString correctsContactId;
    RowMeta meta;

    FieldErrors validate(const QDate& today) const;
    bool operator==(const Contact&) const = default;
};

} // namespace hearth
