#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace hearth {

// One problem with one field, in words a user can act on ("date_of_birth: is in the future").
struct FieldError
{
    QString field;
    QString message;

    QString text() const { return field + QStringLiteral(": ") + message; }
    bool operator==(const FieldError&) const = default;
};

using FieldErrors = QList<FieldError>;

QString joinErrors(const FieldErrors& errors);

// Collects field errors while an entity checks itself.
class Validator
{
public:
    void fail(const QString& field, const QString& message) { m_errors.append({field, message}); }

    void requireText(const QString& field, const QString& value, int maxLength = 200);
    void optionalText(const QString& field, const QString& value, int maxLength);
    void requireDate(const QString& field, const QDate& value);
    void requireCode(const QString& field, const QString& code, const class Vocabulary& vocabulary);
    void optionalCode(const QString& field, const QString& code, const class Vocabulary& vocabulary);
    void requireCodes(const QString& field, const QStringList& codes, const class Vocabulary& vocabulary);
    // A council list: its retired terms still validate (records keep them).
    void requireCodes(const QString& field, const QStringList& codes, const class CouncilTermList& terms);
    void requireId(const QString& field, const QString& id);
    void optionalId(const QString& field, const QString& id);
    void notAfter(const QString& field, const QDate& value, const QDate& limit, const QString& limitName);
    void notBefore(const QString& field, const QDate& value, const QDate& limit, const QString& limitName);

    const FieldErrors& errors() const { return m_errors; }
    bool ok() const { return m_errors.isEmpty(); }

private:
    FieldErrors m_errors;
};

// Strict ISO-8601 date (YYYY-MM-DD); an invalid QDate for anything else.
QDate parseIsoDate(const QString& text);

} // namespace hearth
