#include "Contact.h"

#include <QCoreApplication>

#include "Vocabulary.h"

#include <QRegularExpression>

namespace hearth {

FieldErrors Contact::validate(const QDate& today) const
{
    Validator v;
    v.optionalId(QStringLiteral("id"), id);
    v.requireId(QStringLiteral("resident"), residentId);
    v.requireDate(QStringLiteral("on"), contactOn);
    v.notAfter(QStringLiteral("on"), contactOn, today, QStringLiteral("today"));
    if (!contactTime.isEmpty()) {
        static const QRegularExpression hhmm(QStringLiteral("^([01]\\d|2[0-3]):[0-5]\\d\\z"));
        if (!hhmm.match(contactTime).hasMatch()) {
            v.fail(QStringLiteral("time"),
                   QCoreApplication::translate("hearth::Contact", "'%1' is not a time as HH:MM").arg(contactTime));
        }
    }
    v.requireCode(QStringLiteral("type"), type, vocab::contactTypes());
    if (durationMinutes && (*durationMinutes < 0 || *durationMinutes > 24 * 60)) {
        v.fail(QStringLiteral("duration"),
               QCoreApplication::translate("hearth::Contact", "must be between 0 and 1440 minutes"));
    }
    v.optionalText(QStringLiteral("note"), note, 20000);
    v.optionalId(QStringLiteral("officer"), officerId);
    v.notBefore(QStringLiteral("follow_up"), followUpDue, contactOn,
                QCoreApplication::translate("hearth::Contact", "the contact date"));
    v.optionalId(QStringLiteral("corrects"), correctsContactId);
    if (!correctsContactId.isEmpty() && correctsContactId == id) {
        v.fail(QStringLiteral("corrects"),
               QCoreApplication::translate("hearth::Contact", "a note cannot correct itself"));
    }
    return v.errors();
}

} // namespace hearth
