#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace hearth {

// A closed list of codes with their labels: the answers a field allows. Codes are stable and
// stored; labels are British English source text, translated through Qt ("Vocabulary" context).
class Vocabulary
{
public:
    struct Term
    {
        const char* code;
        const char* label;
    };

    Vocabulary(QString name, QList<Term> terms);

    const QString& name() const { return m_name; }
    bool contains(const QString& code) const;
    QStringList codes() const;
    QString label(const QString& code) const; // the code itself when unknown
    const QList<Term>& terms() const { return m_terms; }

private:
    QString m_name;
    QList<Term> m_terms;
};

namespace vocab {

const Vocabulary& officerRoles();
const Vocabulary& sex(); // Census 2021: "What is your sex?"
const Vocabulary& genderSameAsSex(); // Census 2021 gender identity question
const Vocabulary& ethnicGroups(); // the 19 Census 2021 categories + prefer not to say
const Vocabulary& yesNoPreferNot(); // GSS harmonised long-term condition question
const Vocabulary& activityLimitation(); // GSS harmonised "reduces ability" question
const Vocabulary& contactMethods();
const Vocabulary& targetGroups();
const Vocabulary& barriers();
const Vocabulary& identifiedBy();
const Vocabulary& lawfulBases();
const Vocabulary& closureReasons();
const Vocabulary& contactTypes();
const Vocabulary& measurementStages();
const Vocabulary& serviceStatuses();
const Vocabulary& referralKinds();
const Vocabulary& actionStatuses();
const Vocabulary& auditActions();
const Vocabulary& ageBandEstimates();

} // namespace vocab
} // namespace hearth
