#pragma once

// Retention (design.md § Security and data protection): closed cases kept longer than the
// council's retention period after closure are anonymised. Anonymising keeps only what the KPIs of
// spec/kpis.md count (ward, age band, sex, target groups, identified by, assigned officer,
// previously engaged, the dates, status and closure reason, contact dates and types, referrals'
// statuses and dates, measurements with their responses) and erases everything else that could
// identify the person or says more about them than the figures need: names, date of birth (the
// age band on the identified-on date is kept instead, so the age-band breakdowns do not change),
// address, postcode, phone, email, gender identity, ethnic group, disability answers, barriers,
// living situation, consent details, risk flags, and the free text of contact notes, referral
// notes and outcomes. See docs/formats.md § Retention and backups.

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace hearth::storage {

class Store;

// A closed case past the retention period.
struct RetentionDue
{
    QString residentId;
    QDate closedOn;
    QDate dueOn; // closedOn plus the retention period
    double yearsPast = 0; // years from dueOn to the as-of date, one decimal
};

class Retention
{
public:
    explicit Retention(Store& store)
        : m_store(store)
    {
    }

    // Live closed cases whose closed-on date plus `years` is on or before `asOf` and that still
    // hold personal data, oldest closure first.
    QList<RetentionDue> due(const QDate& asOf, int years);

    // Anonymises the residents, all or none, in one transaction: each must be a live closed case
    // past the period (else Error naming the id, and nothing changes). Each is audited
    // (action "anonymise", no personal data; the reason is kept). The change travels through sync
    // like any edit, and sync's record of the values replaced is cleared so the erased values
    // cannot travel as a conflict base. `progress(done, total)` returning false cancels: nothing
    // is changed and the result is -1. Returns the number anonymised.
    qint64 anonymise(const QStringList& residentIds, const QString& reason, const QDate& asOf, int years,
                     const std::function<bool(qint64, qint64)>& progress = {});

    // Does the resident still hold personal data that anonymising erases?
    bool holdsPersonalData(const QString& residentId);

private:
    Store& m_store;
};

} // namespace hearth::storage
