#include "Officer.h"

#include <QCoreApplication>

#include "Vocabulary.h"

#include <QRegularExpression>

namespace hearth {

FieldErrors Officer::validate() const
{
    Validator v;
    v.optionalId(QStringLiteral("id"), id);
    v.requireText(QStringLiteral("display_name"), displayName, 120);
    v.requireCode(QStringLiteral("role"), role, vocab::officerRoles());
    v.optionalText(QStringLiteral("team"), team, 120);
    return v.errors();
}

FieldErrors Ward::validate() const
{
    Validator v;
    static const QRegularExpression onsCode(QStringLiteral("^[EWSN]\\d{8}\\z"));
    if (!onsCode.match(code).hasMatch()) {
        v.fail(
            QStringLiteral("code"),
            QCoreApplication::translate("hearth::Officer", "'%1' is not an ONS ward code such as E05000001").arg(code));
    }
    v.requireText(QStringLiteral("name"), name, 120);
    return v.errors();
}

} // namespace hearth
