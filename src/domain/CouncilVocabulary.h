#pragma once

#include "Vocabulary.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace hearth {

// One term of a council list: a built-in term (label translated) or one the council added.
struct CouncilTerm
{
    QString code;
    QString label; // source text for built-in terms (see CouncilTermList::label), as typed for added ones
    bool builtIn = false;
    bool retired = false;
    bool operator==(const CouncilTerm&) const = default;
};

// A list of answers a council can extend: Hearth's built-in terms (codes never change meaning)
// followed by the terms the council added. Any term can be retired: it is no longer offered for
// new entries, but records that hold it keep it, show it and still validate and count.
class CouncilTermList
{
public:
    static constexpr int kMaxLength = 60; // label and code

    // `field` is the name records use ("target_groups"); `singular`/`plural` name a term in messages.
    CouncilTermList(const Vocabulary& builtIn, QString field, QString singular, QString plural);

    const QString& field() const { return m_field; }
    const QString& singular() const { return m_singular; }
    const QString& plural() const { return m_plural; }

    const QList<CouncilTerm>& terms() const { return m_terms; } // all, retired ones too
    QList<CouncilTerm> activeTerms() const;
    QStringList activeCodes() const;
    const CouncilTerm* find(const QString& code) const;
    bool contains(const QString& code) const { return find(code) != nullptr; } // retired too
    bool isActive(const QString& code) const;
    QString label(const QString& code) const; // translated for built-in terms; the code when unknown
    // The code of the term whose code or label (either case) is `text`; empty when none.
    QString codeFor(const QString& text) const;
    // A retired term is not offered for new entries: the message for the first code of `codes`
    // that is retired and not in `held` (what the record had before), or an empty string.
    QString retiredAmong(const QStringList& codes, const QStringList& held = {}) const;
    // The message for a code that is not an active term: "'x' is not one of: <active codes>".
    QString notOneOf(const QString& code) const;

    // Changes. Each returns what is wrong, or an empty string when the change was made.
    QString add(const QString& label, const QString& code = {}, QString* addedCode = nullptr);
    QString rename(const QString& code, const QString& label); // added terms only
    QString setRetired(const QString& code, bool retired);

    // A code made from a label: lower case ASCII letters and digits joined by '_'.
    static QString codeFromLabel(const QString& label);

    bool operator==(const CouncilTermList& other) const { return m_field == other.m_field && m_terms == other.m_terms; }

private:
    QString checkLabel(const QString& label, const QString& exceptCode) const;

    QString m_field;
    QString m_singular;
    QString m_plural;
    QList<CouncilTerm> m_terms;
};

// The council's target groups and barriers. Stored as `settings` rows (see storedValues) so that it
// travels from the hub to officers with the rest of the council settings.
class CouncilVocabulary
{
public:
    CouncilVocabulary(); // the built-in terms only

    const CouncilTermList& targetGroups() const { return m_targetGroups; }
    const CouncilTermList& barriers() const { return m_barriers; }
    CouncilTermList& targetGroups() { return m_targetGroups; }
    CouncilTermList& barriers() { return m_barriers; }
    // The list named by its field ("target_groups" or "barriers"), or nullptr.
    CouncilTermList* list(const QString& field);
    const CouncilTermList* list(const QString& field) const;

    // As stored: one (key, value) per term that differs from Hearth's built-in list, keyed
    // "vocabulary.<field>.<code>", the value a JSON object {"label": …, "retired": …}.
    QList<std::pair<QString, QString>> storedValues() const;
    static bool isStoredKey(const QString& key);
    // Applies one stored row (in any order); returns what is wrong, or an empty string.
    QString applyStoredValue(const QString& key, const QString& value);

    bool operator==(const CouncilVocabulary&) const = default;

private:
    CouncilTermList m_targetGroups;
    CouncilTermList m_barriers;
};

} // namespace hearth
