#pragma once

#include <QDate>
#include <QStringList>

#include <optional>

namespace hearth {

// What the caseload asks for: filters, sort and one page. Storage turns it into one query, so the
// list never holds more than a page of residents in memory.
struct ResidentQuery
{
    enum class Sort { Name, Ward, TargetGroups, Status, Officer, IdentifiedOn, LastContact, NextFollowUp, Risk };

    QString search; // full-text: names, postcode, phone, contact notes
    QString status; // "open", "closed" or empty for both
    QString wardCode;
    QString targetGroup;
    QString officerId;
    QString identifiedBy;
    bool followUpOverdue = false; // next follow-up on or before `today`
    bool riskOnly = false;
    QDate today;

    Sort sort = Sort::Name;
    bool descending = false;
    int offset = 0;
    int limit = 100;

    bool operator==(const ResidentQuery&) const = default;
};

// One caseload row: what the list shows, without the full record.
struct ResidentSummary
{
    QString id;
    QString givenName;
    QString familyName;
    QString preferredName;
    QString wardCode;
    QString wardName;
    QStringList targetGroups;
    QString status;
    QString officerId;
    QString officerName;
    QDate identifiedOn;
    QDate lastContactOn;
    QDate nextFollowUpOn;
    bool riskFlag = false;
    QString postcode;
};

} // namespace hearth
