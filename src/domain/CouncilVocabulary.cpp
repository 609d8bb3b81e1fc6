#include "CouncilVocabulary.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace hearth {

namespace {

const QString kPrefix = QStringLiteral("vocabulary.");

bool isCodeShape(const QString& code)
{
    static const QRegularExpression shape(QStringLiteral("^[a-z0-9][a-z0-9_]*\\z"));
    return code.size() <= CouncilTermList::kMaxLength && shape.match(code).hasMatch();
}

} // namespace

CouncilTermList::CouncilTermList(const Vocabulary& builtIn, QString field, QString singular, QString plural)
    : m_field(std::move(field))
    , m_singular(std::move(singular))
    , m_plural(std::move(plural))
{
    for (const auto& term : builtIn.terms()) {
        m_terms.append({QString::fromLatin1(term.code), QString::fromUtf8(term.label), true, false});
    }
}

QList<CouncilTerm> CouncilTermList::activeTerms() const
{
    QList<CouncilTerm> result;
    for (const auto& term : m_terms) {
        if (!term.retired) {
            result.append(term);
        }
    }
    return result;
}

QStringList CouncilTermList::activeCodes() const
{
    QStringList result;
    for (const auto& term : m_terms) {
        if (!term.retired) {
            result.append(term.code);
        }
    }
    return result;
}

const CouncilTerm* CouncilTermList::find(const QString& code) const
{
    for (const auto& term : m_terms) {
        if (term.code == code) {
            return &term;
        }
    }
    return nullptr;
}

bool CouncilTermList::isActive(const QString& code) const
{
    const CouncilTerm* term = find(code);
    return term && !term->retired;
}

QString CouncilTermList::label(const QString& code) const
{
    const CouncilTerm* term = find(code);
    if (!term) {
        return code;
    }
    return term->builtIn ? QCoreApplication::translate("Vocabulary", term->label.toUtf8().constData()) : term->label;
}

QString CouncilTermList::codeFor(const QString& text) const
{
    const QString wanted = text.trimmed();
    for (const auto& term : m_terms) {
        if (term.code.compare(wanted, Qt::CaseInsensitive) == 0 || term.label.compare(wanted, Qt::CaseInsensitive) == 0
            || label(term.code).compare(wanted, Qt::CaseInsensitive) == 0) {
            return term.code;
        }
    }
    return {};
}

QString CouncilTermList::retiredAmong(const QStringList& codes, const QStringList& held) const
{
    for (const auto& code : codes) {
        const CouncilTerm* term = find(code);
        if (term && term->retired && !held.contains(code)) {
            return QCoreApplication::translate(
                       "hearth::CouncilVocabulary",
                       "'%1' is a retired %2: it is no longer offered for new entries; the %3 are: %4")
                .arg(code, m_singular, m_plural, activeCodes().join(QStringLiteral(", ")));
        }
    }
    return {};
}

QString CouncilTermList::notOneOf(const QString& code) const
{
    return QCoreApplication::translate("hearth::CouncilVocabulary", "'%1' is not one of: %2")
        .arg(code, activeCodes().join(QStringLiteral(", ")));
}

QString CouncilTermList::checkLabel(const QString& label, const QString& exceptCode) const
{
    if (label.trimmed().isEmpty()) {
        return QCoreApplication::translate("hearth::CouncilVocabulary", "a %1 needs a label").arg(m_singular);
    }
    if (label.trimmed().size() > kMaxLength) {
        return QCoreApplication::translate("hearth::CouncilVocabulary", "a %1 label has at most %2 characters")
            .arg(m_singular)
            .arg(kMaxLength);
    }
    for (const auto& term : m_terms) {
        if (term.code != exceptCode
            && (term.label.compare(label.trimmed(), Qt::CaseInsensitive) == 0
                || this->label(term.code).compare(label.trimmed(), Qt::CaseInsensitive) == 0)) {
            return QCoreApplication::translate("hearth::CouncilVocabulary", "there is already a %1 called '%2'")
                .arg(m_singular, this->label(term.code));
        }
    }
    return {};
}

QString CouncilTermList::add(const QString& label, const QString& code, QString* addedCode)
{
    if (QString problem = checkLabel(label, QString()); !problem.isEmpty()) {
        return problem;
    }
    QString newCode = code.trimmed();
    if (newCode.isEmpty()) {
        const QString base = codeFromLabel(label);
        if (base.isEmpty()) {
            return QCoreApplication::translate(
                       "hearth::CouncilVocabulary",
                       "no code can be made from '%1': give one (lower-case letters, digits and _)")
                .arg(label.trimmed());
        }
        newCode = base;
        for (int n = 2; contains(newCode); ++n) {
            const QString suffix = QStringLiteral("_%1").arg(n);
            newCode = base.left(kMaxLength - suffix.size()) + suffix;
        }
    } else if (!isCodeShape(newCode)) {
        return QCoreApplication::translate(
                   "hearth::CouncilVocabulary",
                   "'%1' is not a code: use lower-case letters, digits and _ (at most %2 characters)")
            .arg(newCode)
            .arg(kMaxLength);
    } else if (contains(newCode)) {
        return QCoreApplication::translate("hearth::CouncilVocabulary", "there is already a %1 with the code '%2'")
            .arg(m_singular, newCode);
    }
    m_terms.append({newCode, label.trimmed(), false, false});
    if (addedCode) {
        *addedCode = newCode;
    }
    return {};
}

QString CouncilTermList::rename(const QString& code, const QString& label)
{
    const CouncilTerm* found = find(code);
    if (!found) {
        return QCoreApplication::translate("hearth::CouncilVocabulary", "'%1' is not a %2").arg(code, m_singular);
    }
    if (found->builtIn) {
        return QStringLiteral("'%1' is one of Hearth's own %2: its label cannot be changed (retire it and add "
                              "another instead)")
            .arg(code, m_plural);
    }
    if (QString problem = checkLabel(label, code); !problem.isEmpty()) {
        return problem;
    }
    const_cast<CouncilTerm*>(found)->label = label.trimmed();
    return {};
}

QString CouncilTermList::setRetired(const QString& code, bool retired)
{
    const CouncilTerm* found = find(code);
    if (!found) {
        return QCoreApplication::translate("hearth::CouncilVocabulary", "'%1' is not a %2").arg(code, m_singular);
    }
    const_cast<CouncilTerm*>(found)->retired = retired;
    return {};
}

QString CouncilTermList::codeFromLabel(const QString& label)
{
    QString code;
    bool gap = false;
    for (const QChar c : label.normalized(QString::NormalizationForm_KD).toLower()) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))) {
            if (gap && !code.isEmpty()) {
                code.append(QLatin1Char('_'));
            }
            code.append(c);
            gap = false;
        } else if (c.category() != QChar::Mark_NonSpacing) {
            gap = true;
        }
    }
    return code.left(kMaxLength);
}

// ---- CouncilVocabulary ------------------------------------------------------------------------

CouncilVocabulary::CouncilVocabulary()
    : m_targetGroups(vocab::targetGroups(), QStringLiteral("target_groups"),
                     QCoreApplication::translate("hearth::CouncilVocabulary", "target group"),
                     QCoreApplication::translate("hearth::CouncilVocabulary", "target groups"))
    , m_barriers(vocab::barriers(), QStringLiteral("barriers"),
                 QCoreApplication::translate("hearth::CouncilVocabulary", "barrier"),
                 QCoreApplication::translate("hearth::CouncilVocabulary", "barriers"))
{
}

CouncilTermList* CouncilVocabulary::list(const QString& field)
{
    return field == m_targetGroups.field() ? &m_targetGroups : field == m_barriers.field() ? &m_barriers : nullptr;
}

const CouncilTermList* CouncilVocabulary::list(const QString& field) const
{
    return const_cast<CouncilVocabulary*>(this)->list(field);
}

QList<std::pair<QString, QString>> CouncilVocabulary::storedValues() const
{
    QList<std::pair<QString, QString>> result;
    for (const CouncilTermList* list : {&m_targetGroups, &m_barriers}) {
        for (const auto& term : list->terms()) {
            if (term.builtIn && !term.retired) {
                continue;
            }
            QJsonObject value;
            if (!term.builtIn) {
                value.insert(QStringLiteral("label"), term.label);
            }
            value.insert(QStringLiteral("retired"), term.retired);
            result.append({kPrefix + list->field() + QLatin1Char('.') + term.code,
                           QString::fromUtf8(QJsonDocument(value).toJson(QJsonDocument::Compact))});
        }
    }
    return result;
}

bool CouncilVocabulary::isStoredKey(const QString& key)
{
    return key.startsWith(kPrefix);
}

QString CouncilVocabulary::applyStoredValue(const QString& key, const QString& value)
{
    const QStringList parts = key.mid(kPrefix.size()).split(QLatin1Char('.'));
    CouncilTermList* target = parts.size() == 2 && isStoredKey(key) ? list(parts.at(0)) : nullptr;
    if (!target) {
        return QCoreApplication::translate("hearth::CouncilVocabulary", "is not a vocabulary key");
    }
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(value.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return QCoreApplication::translate("hearth::CouncilVocabulary", "is not a JSON object");
    }
    const QJsonObject object = document.object();
    const QString code = parts.at(1);
    const bool retired = object.value(QStringLiteral("retired")).toBool();
    if (const CouncilTerm* held = target->find(code)) {
        if (!held->builtIn && object.contains(QStringLiteral("label"))) {
            target->rename(code, object.value(QStringLiteral("label")).toString());
        }
        return target->setRetired(code, retired);
    }
    const QString label = object.value(QStringLiteral("label")).toString();
    if (const QString problem = target->add(label, code); !problem.isEmpty()) {
        return problem;
    }
    return target->setRetired(code, retired);
}

} // namespace hearth
