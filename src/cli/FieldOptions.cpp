#include "FieldOptions.h"

namespace hearth::cli {

using storage::FieldKind;

QString optionName(const QString& field)
{
    QString name = field;
    return name.replace(QLatin1Char('_'), QLatin1Char('-'));
}

QString valueName(FieldKind kind)
{
    switch (kind) {
    case FieldKind::Date:
        return QStringLiteral("YYYY-MM-DD");
    case FieldKind::Timestamp:
        return QStringLiteral("TIMESTAMP");
    case FieldKind::Boolean:
        return QStringLiteral("yes|no");
    case FieldKind::Integer:
        return QStringLiteral("N");
    case FieldKind::Real:
        return QStringLiteral("NUMBER");
    case FieldKind::TextList:
        return QStringLiteral("A,B,…");
    case FieldKind::IntegerList:
        return QStringLiteral("N,N,…");
    case FieldKind::Text:
        break;
    }
    return QStringLiteral("TEXT");
}

QVariant parseOptionValue(const QString& field, FieldKind kind, const QString& text)
{
    const auto refuse = [&](const QString& expected) -> QVariant {
        throw Failure(ExitDataError, QStringLiteral("%1: '%2' is not %3").arg(field, text, expected));
    };
    switch (kind) {
    case FieldKind::Text:
        return text;
    case FieldKind::Date:
        return requireDate(field, text);
    case FieldKind::Timestamp: {
        const QDateTime at = parseIsoTimestamp(text);
        return at.isValid() ? QVariant(at) : refuse(QStringLiteral("an ISO-8601 timestamp"));
    }
    case FieldKind::Boolean: {
        const QString lower = text.toLower();
        if (lower == QLatin1String("yes") || lower == QLatin1String("true") || lower == QLatin1String("1")) {
            return true;
        }
        if (lower == QLatin1String("no") || lower == QLatin1String("false") || lower == QLatin1String("0")) {
            return false;
        }
        return refuse(QStringLiteral("yes or no"));
    }
    case FieldKind::Integer: {
        bool ok = false;
        const qint64 value = text.toLongLong(&ok);
        return ok ? QVariant::fromValue(value) : refuse(QStringLiteral("a whole number"));
    }
    case FieldKind::Real: {
        bool ok = false;
        const double value = text.toDouble(&ok);
        return ok ? QVariant(value) : refuse(QStringLiteral("a number"));
    }
    case FieldKind::TextList: {
        QStringList items;
        for (const auto& item : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            items.append(item.trimmed());
        }
        return items;
    }
    case FieldKind::IntegerList: {
        QVariantList items;
        for (const auto& item : text.split(QLatin1Char(','))) {
            if (item.trimmed().isEmpty()) {
                items.append(QVariant());
                continue;
            }
            bool ok = false;
            const qint64 value = item.trimmed().toLongLong(&ok);
            if (!ok) {
                return refuse(QStringLiteral("a list of whole numbers"));
            }
            items.append(QVariant::fromValue(value));
        }
        return items;
    }
    }
    return {};
}

} // namespace hearth::cli
