#include "Validation.h"

#include "CouncilVocabulary.h"
#include <QCoreApplication>

#include "Ids.h"
#include "Vocabulary.h"

#include <QRegularExpression>

namespace hearth {

QString joinErrors(const FieldErrors& errors)
{
    QStringList lines;
    for (const auto& error : errors) {
        lines.append(error.text());
    }
    return lines.join(QLatin1Char('\n'));
}

void Validator::requireText(const QString& field, const QString& value, int maxLength)
{
    if (value.trimmed().isEmpty()) {
        fail(field, QCoreApplication::translate("hearth::Validation", "is required"));
        return;
    }
    optionalText(field, value, maxLength);
}

void Validator::optionalText(const QString& field, const QString& value, int maxLength)
{
    if (value.size() > maxLength) {
        fail(field, QCoreApplication::translate("hearth::Validation", "is longer than %1 characters").arg(maxLength));
    }
}

void Validator::requireDate(const QString& field, const QDate& value)
{
    if (!value.isValid()) {
        fail(field, QCoreApplication::translate("hearth::Validation", "is required (a date as YYYY-MM-DD)"));
    }
}

void Validator::requireCode(const QString& field, const QString& code, const Vocabulary& vocabulary)
{
    if (code.isEmpty()) {
        fail(field,
             QCoreApplication::translate("hearth::Validation", "is required (one of: %1)")
                 .arg(vocabulary.codes().join(QStringLiteral(", "))));
        return;
    }
    optionalCode(field, code, vocabulary);
}

void Validator::optionalCode(const QString& field, const QString& code, const Vocabulary& vocabulary)
{
    if (!code.isEmpty() && !vocabulary.contains(code)) {
        fail(field,
             QCoreApplication::translate("hearth::Validation", "'%1' is not one of: %2")
                 .arg(code, vocabulary.codes().join(QStringLiteral(", "))));
    }
}

void Validator::requireCodes(const QString& field, const QStringList& codes, const Vocabulary& vocabulary)
{
    for (const auto& code : codes) {
        if (!vocabulary.contains(code)) {
            fail(field,
                 QCoreApplication::translate("hearth::Validation", "'%1' is not one of: %2")
                     .arg(code, vocabulary.codes().join(QStringLiteral(", "))));
            return;
        }
    }
    if (codes.size() != QSet<QString>(codes.begin(), codes.end()).size()) {
        fail(field, QCoreApplication::translate("hearth::Validation", "lists the same value twice"));
    }
}

void Validator::requireCodes(const QString& field, const QStringList& codes, const CouncilTermList& terms)
{
    for (const auto& code : codes) {
        if (!terms.contains(code)) {
            fail(field, terms.notOneOf(code));
            return;
        }
    }
    if (codes.size() != QSet<QString>(codes.begin(), codes.end()).size()) {
        fail(field, QStringLiteral("lists the same value twice"));
    }
}

void Validator::requireId(const QString& field, const QString& id)
{
    if (id.isEmpty()) {
        fail(field, QCoreApplication::translate("hearth::Validation", "is required"));
        return;
    }
    optionalId(field, id);
}

void Validator::optionalId(const QString& field, const QString& id)
{
    if (!id.isEmpty() && !isUuid(id)) {
        fail(field, QCoreApplication::translate("hearth::Validation", "'%1' is not a Hearth id (a UUID)").arg(id));
    }
}

void Validator::notAfter(const QString& field, const QDate& value, const QDate& limit, const QString& limitName)
{
    if (value.isValid() && limit.isValid() && value > limit) {
        fail(field,
             QCoreApplication::translate("hearth::Validation", "%1 is after %2 (%3)")
                 .arg(value.toString(Qt::ISODate), limitName, limit.toString(Qt::ISODate)));
    }
}

void Validator::notBefore(const QString& field, const QDate& value, const QDate& limit, const QString& limitName)
{
    if (value.isValid() && limit.isValid() && value < limit) {
        fail(field,
             QCoreApplication::translate("hearth::Validation", "%1 is before %2 (%3)")
                 .arg(value.toString(Qt::ISODate), limitName, limit.toString(Qt::ISODate)));
    }
}

QDate parseIsoDate(const QString& text)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}\\z"));
    if (!shape.match(text).hasMatch()) {
        return {};
    }
    return QDate::fromString(text, Qt::ISODate);
}

} // namespace hearth
