#include "ReportLocale.h"

#include <algorithm>

namespace hearth::reports {

QLocale reportLocale()
{
    return QLocale().language() == QLocale::Welsh ? QLocale(QLocale::Welsh, QLocale::UnitedKingdom)
                                                  : QLocale(QLocale::English, QLocale::UnitedKingdom);
}

QString languageTag(const QLocale& locale)
{
    return locale.language() == QLocale::Welsh ? QStringLiteral("cy-GB") : QStringLiteral("en-GB");
}

QString sheetName(const QString& name, const QStringList& taken)
{
    constexpr qsizetype kMaxLength = 31;
    QString base;
    for (const QChar c : name) {
        base += QStringLiteral("[]:*?/\\").contains(c) || c.category() == QChar::Other_Control ? QLatin1Char(' ') : c;
    }
    base = base.simplified();
    const auto trim = [](QString text) {
        while (text.startsWith(QLatin1Char('\'')) || text.endsWith(QLatin1Char('\''))) {
            text = text.startsWith(QLatin1Char('\'')) ? text.mid(1) : text.chopped(1);
            text = text.trimmed();
        }
        return text.trimmed();
    };
    base = trim(base.left(kMaxLength));
    if (base.isEmpty()) {
        base = QStringLiteral("Sheet");
    }
    // Excel keeps "History" for itself.
    const auto isTaken = [&taken](const QString& candidate) {
        return candidate.compare(QLatin1String("History"), Qt::CaseInsensitive) == 0
            || std::any_of(taken.begin(), taken.end(), [&candidate](const QString& other) {
                   return other.compare(candidate, Qt::CaseInsensitive) == 0;
               });
    };
    QString result = base;
    for (int n = 2; isTaken(result); ++n) {
        const QString suffix = QStringLiteral(" (%1)").arg(n);
        result = trim(base.left(kMaxLength - suffix.size())) + suffix;
    }
    return result;
}

} // namespace hearth::reports
