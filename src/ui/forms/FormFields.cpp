#include "forms/FormFields.h"

#include "Vocabulary.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QListWidget>
#include <QRegularExpression>

namespace hearth::ui {

void fillCodeCombo(QComboBox* combo, const Vocabulary& vocabulary, const QString& emptyText)
{
    combo->clear();
    if (!emptyText.isEmpty()) {
        combo->addItem(emptyText, QString());
    }
    for (const auto& term : vocabulary.terms()) {
        combo->addItem(vocabulary.label(QString::fromLatin1(term.code)), QString::fromLatin1(term.code));
    }
}

QString comboCode(const QComboBox* combo)
{
    return combo->currentData().toString();
}

void setComboCode(QComboBox* combo, const QString& code)
{
    const int index = combo->findData(code);
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

void fillYesNoCombo(QComboBox* combo)
{
    combo->clear();
    combo->addItem(QCoreApplication::translate("FormFields", "Not recorded"), QString());
    combo->addItem(QCoreApplication::translate("FormFields", "Yes"), QStringLiteral("yes"));
    combo->addItem(QCoreApplication::translate("FormFields", "No"), QStringLiteral("no"));
}

std::optional<bool> yesNoValue(const QComboBox* combo)
{
    const QString code = comboCode(combo);
    if (code.isEmpty()) {
        return std::nullopt;
    }
    return code == QLatin1String("yes");
}

void setYesNoValue(QComboBox* combo, std::optional<bool> value)
{
    setComboCode(combo, !value ? QString() : (*value ? QStringLiteral("yes") : QStringLiteral("no")));
}

void fillCheckList(QListWidget* list, const Vocabulary& vocabulary)
{
    list->clear();
    for (const auto& term : vocabulary.terms()) {
        auto* item = new QListWidgetItem(vocabulary.label(QString::fromLatin1(term.code)), list);
        item->setData(Qt::UserRole, QString::fromLatin1(term.code));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
}

void fillCheckList(QListWidget* list, const CouncilTermList& terms)
{
    list->clear();
    for (const auto& term : terms.activeTerms()) {
        auto* item = new QListWidgetItem(terms.label(term.code), list);
        item->setData(Qt::UserRole, term.code);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
}

QString termText(const CouncilTermList& terms, const QString& code)
{
    const CouncilTerm* term = terms.find(code);
    return term && term->retired ? QCoreApplication::translate("FormFields", "%1 (retired)").arg(terms.label(code))
                                 : terms.label(code);
}

void addRetiredItems(QListWidget* list, const CouncilTermList& terms, const QStringList& codes)
{
    for (const QString& code : codes) {
        if (terms.isActive(code) || !list->findItems(termText(terms, code), Qt::MatchExactly).isEmpty()) {
            continue;
        }
        auto* item = new QListWidgetItem(termText(terms, code), list);
        item->setData(Qt::UserRole, code);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
}

void fillCodeCombo(QComboBox* combo, const CouncilTermList& terms, const QString& emptyText)
{
    combo->clear();
    combo->addItem(emptyText, QString());
    for (const auto& term : terms.terms()) {
        combo->addItem(termText(terms, term.code), term.code);
    }
}

QStringList checkedCodes(const QListWidget* list)
{
    QStringList codes;
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->checkState() == Qt::Checked) {
            codes.append(list->item(row)->data(Qt::UserRole).toString());
        }
    }
    return codes;
}

void setCheckedCodes(QListWidget* list, const QStringList& codes)
{
    for (int row = 0; row < list->count(); ++row) {
        QListWidgetItem* item = list->item(row);
        item->setCheckState(codes.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
}

std::optional<QDate> parseUserDate(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        return QDate();
    }
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"));
    static const QRegularExpression uk(QStringLiteral("^(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{2}|\\d{4})$"));
    int year = 0;
    int month = 0;
    int day = 0;
    if (const auto match = iso.match(trimmed); match.hasMatch()) {
        year = match.captured(1).toInt();
        month = match.captured(2).toInt();
        day = match.captured(3).toInt();
    } else if (const auto ukMatch = uk.match(trimmed); ukMatch.hasMatch()) {
        day = ukMatch.captured(1).toInt();
        month = ukMatch.captured(2).toInt();
        year = ukMatch.captured(3).toInt();
        if (ukMatch.captured(3).size() == 2) {
            // 26 is 2026; 45 is 1945, since a two-digit year after this one is a year of birth.
            year += year + 2000 > QDate::currentDate().year() ? 1900 : 2000;
        }
    } else {
        return std::nullopt;
    }
    const QDate date(year, month, day);
    if (!date.isValid()) {
        return std::nullopt;
    }
    return date;
}

QString userDateText(const QDate& date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

QList<QWidget*> fieldWidgets(QWidget* root)
{
    QList<QWidget*> fields;
    for (QWidget* widget : root->findChildren<QWidget*>()) {
        if (widget->property(kFieldProperty).isValid()) {
            fields.append(widget);
        }
    }
    return fields;
}

QWidget* findField(QWidget* root, const QString& field)
{
    for (QWidget* widget : fieldWidgets(root)) {
        if (widget->property(kFieldProperty).toString() == field) {
            return widget;
        }
    }
    return nullptr;
}

} // namespace hearth::ui
