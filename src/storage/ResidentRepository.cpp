#include "ResidentRepository.h"

#include <QCoreApplication>

#include "AuditLog.h"
#include "BulkWrite.h"
#include "OfficerRepository.h"
#include "Store.h"
#include "Tables.h"
#include "Vocabulary.h"
#include "WardRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace hearth::storage {

namespace {

// Retired target groups and barriers stay on the records that have them, but are not given anew.
FieldErrors retiredTermErrors(const Resident& resident, const Resident* held, const CouncilVocabulary& vocabulary)
{
    FieldErrors errors;
    const std::pair<const CouncilTermList*, const QStringList Resident::*> lists[] = {
        {&vocabulary.targetGroups(), &Resident::targetGroups}, {&vocabulary.barriers(), &Resident::barriers}};
    for (const auto& [list, member] : lists) {
        const QString problem = list->retiredAmong(resident.*member, held ? held->*member : QStringList());
        if (!problem.isEmpty()) {
            errors.append({list->field(), problem});
        }
    }
    return errors;
}

void normalise(Resident& resident)
{
    if (!resident.postcode.isEmpty()) {
        resident.postcode = normalisePostcode(resident.postcode);
    }
    resident.givenName = resident.givenName.trimmed();
    resident.familyName = resident.familyName.trimmed();
    resident.preferredName = resident.preferredName.trimmed();
    resident.email = resident.email.trimmed();
    resident.phone = resident.phone.trimmed();
}

// The names of the fields that differ, for the audit summary (never the values).
QStringList changedFields(const Resident& before, const Resident& after)
{
    QStringList names;
    for (const auto& field : residentTable().fields) {
        if (field.get(before) != field.get(after)) {
            names.append(field.name);
        }
    }
    return names;
}

struct Filter
{
    QString where;
    QVariantList values;
    bool needsActivity = false; // refers to resident_activity (alias a)
};

Filter buildFilter(const ResidentQuery& query)
{
    Filter filter;
    QStringList clauses {QStringLiteral("r.deleted_at IS NULL")};
    const auto add = [&](const QString& clause, const QVariant& value) {
        clauses.append(clause);
        filter.values.append(value);
    };
    const QString fts = toFtsQuery(query.search);
    if (!fts.isEmpty()) {
        add(QStringLiteral("r.id IN (SELECT resident_id FROM search_index WHERE search_index MATCH ?)"), fts);
    }
    if (!query.status.isEmpty()) {
        add(QStringLiteral("r.status = ?"), query.status);
    }
    if (!query.wardCode.isEmpty()) {
        add(QStringLiteral("r.ward_code = ?"), query.wardCode);
    }
    if (!query.targetGroup.isEmpty()) {
        add(QStringLiteral("EXISTS (SELECT 1 FROM json_each(r.target_groups) WHERE value = ?)"), query.targetGroup);
    }
    if (!query.officerId.isEmpty()) {
        add(QStringLiteral("r.assigned_officer_id = ?"), query.officerId);
    }
    if (!query.identifiedBy.isEmpty()) {
        add(QStringLiteral("r.identified_by = ?"), query.identifiedBy);
    }
    if (query.followUpOverdue) {
        const QDate today = query.today.isValid() ? query.today : QDate::currentDate();
        add(QStringLiteral("r.status = 'open' AND a.next_follow_up_on <= ?"), today.toString(Qt::ISODate));
        filter.needsActivity = true;
    }
    if (query.riskOnly) {
        clauses.append(QStringLiteral("(r.crisis_since IS NOT NULL OR r.safeguarding_since IS NOT NULL)"));
    }
    filter.where = clauses.join(QStringLiteral(" AND "));
    return filter;
}

QString orderBy(const ResidentQuery& query)
{
    const QString direction = query.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    const QString byName =
        QStringLiteral("r.family_name COLLATE NOCASE%1, r.given_name COLLATE NOCASE%1").arg(direction);
    QString primary;
    switch (query.sort) {
    case ResidentQuery::Sort::Name:
        return byName + QStringLiteral(", r.id") + direction; // one direction: an index can give it
    case ResidentQuery::Sort::Ward:
        primary = QStringLiteral("w.name");
        break;
    case ResidentQuery::Sort::TargetGroups:
        primary = QStringLiteral("r.target_groups");
        break;
    case ResidentQuery::Sort::Status:
        primary = QStringLiteral("r.status");
        break;
    case ResidentQuery::Sort::Officer:
        primary = QStringLiteral("o.display_name");
        break;
    case ResidentQuery::Sort::IdentifiedOn:
        primary = QStringLiteral("r.identified_on");
        break;
    case ResidentQuery::Sort::LastContact:
        primary = QStringLiteral("a.last_contact_on");
        break;
    case ResidentQuery::Sort::NextFollowUp:
        primary = QStringLiteral("a.next_follow_up_on");
        break;
    case ResidentQuery::Sort::Risk:
        // Ascending puts residents at risk first: the order a person sorting by risk wants.
        primary = QStringLiteral("(r.crisis_since IS NULL AND r.safeguarding_since IS NULL)");
        break;
    }
    return primary + direction + QStringLiteral(", ") + byName + QStringLiteral(", r.id") + direction;
}

// The columns readSummary() reads, in its order.
const QString kSummaryColumns =
    QStringLiteral("SELECT r.id, r.given_name, r.family_name, r.preferred_name, r.ward_code, w.name, "
                   "r.target_groups, r.status, r.assigned_officer_id, o.display_name, r.identified_on, "
                   "a.last_contact_on, a.next_follow_up_on, "
                   "(r.crisis_since IS NOT NULL OR r.safeguarding_since IS NOT NULL), r.postcode");
const QString kFrom = QStringLiteral(" FROM residents r"
                                     " LEFT JOIN wards w ON w.code = r.ward_code"
                                     " LEFT JOIN officers o ON o.id = r.assigned_officer_id"
                                     " LEFT JOIN resident_activity a ON a.resident_id = r.id");
// Counting needs no names; SQLite 3.40 does not drop unused LEFT JOINs, so leave them out.
const QString kCountFrom = QStringLiteral(" FROM residents r");
const QString kCountFromWithActivity =
    QStringLiteral(" FROM residents r LEFT JOIN resident_activity a ON a.resident_id = r.id");

ResidentSummary readSummary(sql::Statement& statement)
{
    ResidentSummary row;
    row.id = statement.text(0);
    row.givenName = statement.text(1);
    row.familyName = statement.text(2);
    row.preferredName = statement.text(3);
    row.wardCode = statement.text(4);
    row.wardName = statement.text(5);
    row.targetGroups = fromSqlValue(FieldKind::TextList, statement.value(6)).toStringList();
    row.status = statement.text(7);
    row.officerId = statement.text(8);
    row.officerName = statement.text(9);
    row.identifiedOn = parseIsoDate(statement.text(10));
    row.lastContactOn = parseIsoDate(statement.text(11));
    row.nextFollowUpOn = parseIsoDate(statement.text(12));
    row.riskFlag = statement.integer(13) != 0;
    row.postcode = statement.text(14);
    return row;
}

} // namespace

QString toFtsQuery(const QString& text)
{
    // Split where the index's tokenizer (unicode61) splits, so "O'Brien" looks for "o" and "brien"
    // as it was indexed.
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    QStringList terms;
    for (const QString& word : text.split(separators, Qt::SkipEmptyParts)) {
        terms.append(QStringLiteral("\"%1\"*").arg(word));
    }
    return terms.join(QLatin1Char(' '));
}

Resident ResidentRepository::create(Resident resident)
{
    normalise(resident);
    resident.id = m_store.ids().next(m_store.clock().nowUtc());
    if (resident.assignedOfficerId.isEmpty()) {
        resident.assignedOfficerId = m_store.actingOfficerId();
    }
    if (resident.status.isEmpty()) {
        resident.status = QStringLiteral("open");
    }
    const CouncilVocabulary vocabulary = m_store.councilVocabulary();
    if (const auto errors =
            resident.validate(m_store.clock().today(), vocabulary) + retiredTermErrors(resident, nullptr, vocabulary);
        !errors.isEmpty()) {
        throw Error(errors);
    }
    checkReferences(resident);
    resident.meta = m_store.newRowMeta();
    sql::Transaction transaction(m_store.db());
    insertRow(m_store.db(), residentTable(), resident);
    m_store.audit().record(m_store.actingOfficerId(), QStringLiteral("create"), QStringLiteral("resident"), resident.id,
                           QStringLiteral("resident registered"));
    transaction.commit();
    return resident;
}

std::optional<QList<Resident>> ResidentRepository::createMany(QList<Resident> residents, const QString& auditSummary,
                                                              const std::function<bool(int, int)>& progress)
{
    const QDate today = m_store.clock().today();
    // References are checked against what is held once, not per row.
    QSet<QString> wards;
    for (const auto& ward : m_store.wards().list()) {
        if (!ward.meta.isDeleted()) {
            wards.insert(ward.code);
        }
    }
    QSet<QString> officers;
    for (const auto& officer : m_store.officers().list()) {
        officers.insert(officer.id);
    }
    const CouncilVocabulary vocabulary = m_store.councilVocabulary();
    const int total = static_cast<int>(residents.size());
    for (int i = 0; i < total; ++i) {
        Resident& resident = residents[i];
        normalise(resident);
        if (resident.assignedOfficerId.isEmpty()) {
            resident.assignedOfficerId = m_store.actingOfficerId();
        }
        if (resident.status.isEmpty()) {
            resident.status = QStringLiteral("open");
        }
        FieldErrors errors = resident.validate(today, vocabulary) + retiredTermErrors(resident, nullptr, vocabulary);
        if (!wards.contains(resident.wardCode)) {
            errors.append(
                {QStringLiteral("ward"),
                 QCoreApplication::translate("hearth::storage", "no ward has the code %1").arg(resident.wardCode)});
        }
        if (!resident.assignedOfficerId.isEmpty() && !officers.contains(resident.assignedOfficerId)) {
            errors.append({QStringLiteral("assigned_officer"),
                           QCoreApplication::translate("hearth::storage", "no officer has the id %1")
                               .arg(resident.assignedOfficerId)});
        }
        if (!errors.isEmpty()) {
            for (auto& error : errors) {
                error.field = QStringLiteral("residents[%1].%2").arg(i).arg(error.field);
            }
            throw Error(errors);
        }
    }
    const auto keepGoing = [&](int done) { return !progress || progress(done, total); };
    if (!keepGoing(0)) {
        return std::nullopt;
    }
    sql::Transaction transaction(m_store.db());
    BulkWrite bulk(m_store.db());
    const int step = std::max(1, total / 100);
    for (int i = 0; i < total; ++i) {
        Resident& resident = residents[i];
        resident.id = m_store.ids().next(m_store.clock().nowUtc());
        resident.meta = m_store.newRowMeta();
        insertRow(m_store.db(), residentTable(), resident);
        m_store.audit().record(m_store.actingOfficerId(), QStringLiteral("create"), QStringLiteral("resident"),
                               resident.id, QStringLiteral("resident registered by import"));
        if (((i + 1) % step == 0 || i + 1 == total) && !keepGoing(i + 1)) {
            return std::nullopt; // the transaction rolls back
        }
    }
    bulk.finish();
    m_store.audit().record(m_store.actingOfficerId(), QStringLiteral("import"), QStringLiteral("resident"), QString(),
                           auditSummary);
    transaction.commit();
    return residents;
}

Resident ResidentRepository::update(const Resident& resident)
{
    const Resident held = require(resident.id);
    Resident changed = resident;
    normalise(changed);
    changed.meta = held.meta;
    if (changed.status != held.status || changed.closedOn != held.closedOn
        || changed.closureReason != held.closureReason) {
        throw Error(
            {{QStringLiteral("status"),
              QCoreApplication::translate("hearth::storage", "changes only by closing or reopening the case")}});
    }
    const CouncilVocabulary vocabulary = m_store.councilVocabulary();
    if (const auto errors =
            changed.validate(m_store.clock().today(), vocabulary) + retiredTermErrors(changed, &held, vocabulary);
        !errors.isEmpty()) {
        throw Error(errors);
    }
    checkReferences(changed);
    const QStringList fields = changedFields(held, changed);
    if (fields.isEmpty()) {
        return held;
    }
    m_store.touch(changed.meta);
    sql::Transaction transaction(m_store.db());
    updateRow(m_store.db(), residentTable(), changed);
    m_store.audit().record(m_store.actingOfficerId(), QStringLiteral("update"), QStringLiteral("resident"), changed.id,
                           QStringLiteral("changed: %1").arg(fields.join(QStringLiteral(", "))));
    transaction.commit();
    return changed;
}

Resident ResidentRepository::close(const QString& id, const QDate& on, const QString& reason)
{
    Resident resident = require(id);
    if (resident.isClosed()) {
        throw Error({{QStringLiteral("status"),
                      QCoreApplication::translate("hearth::storage", "the case was closed on %1 already")
                          .arg(resident.closedOn.toString(Qt::ISODate))}});
    }
    resident.status = QStringLiteral("closed");
    resident.closedOn = on;
    resident.closureReason = reason;
    if (const auto errors = resident.validate(m_store.clock().today(), m_store.councilVocabulary());
        !errors.isEmpty()) {
        throw Error(errors);
    }
    m_store.touch(resident.meta);
    sql::Transaction transaction(m_store.db());
    updateRow(m_store.db(), residentTable(), resident);
    m_store.audit().record(m_store.actingOfficerId(), QStringLiteral("close"), QStringLiteral("resident"), id,
                           QStringLiteral("case closed: %1").arg(reason));
    transaction.commit();
    return resident;
}

Resident ResidentRepository::reopen(const QString& id)
{
    Resident resident = require(id);
    if (!resident.isClosed()) {
        throw Error(
            {{QStringLiteral("status"), QCoreApplication::translate("hearth::storage", "the case is open already")}});
    }
    const QString previous =
        QStringLiteral("closed on %1 (%2)").arg(resident.closedOn.toString(Qt::ISODate), resident.closureReason);
    resident.status = QStringLiteral("open");
    resident.closedOn = {};
    resident.closureReason.clear();
    m_store.touch(resident.meta);
    sql::Transaction transaction(m_store.db());
    updateRow(m_store.db(), residentTable(), resident);
    m_store.audit().record(m_store.actingOfficerId(), QStringLiteral("reopen"), QStringLiteral("resident"), id,
                           QStringLiteral("case reopened; was ") + previous);
    transaction.commit();
    return resident;
}

std::optional<Resident> ResidentRepository::find(const QString& id)
{
    auto resident = findRow(m_store.db(), residentTable(), id);
    if (resident && resident->meta.isDeleted()) {
        return std::nullopt;
    }
    return resident;
}

Resident ResidentRepository::view(const QString& id)
{
    Resident resident = require(id);
    m_store.audit().record(m_store.actingOfficerId(), QStringLiteral("view"), QStringLiteral("resident"), id,
                           QStringLiteral("record viewed"));
    return resident;
}

ResidentRepository::Page ResidentRepository::list(const ResidentQuery& query)
{
    const Filter filter = buildFilter(query);
    Page page;
    page.total = count(query);
    auto& statement =
        m_store.db().cached(kSummaryColumns + kFrom + QStringLiteral(" WHERE ") + filter.where
                            + QStringLiteral(" ORDER BY ") + orderBy(query) + QStringLiteral(" LIMIT ? OFFSET ?"));
    int index = 1;
    for (const auto& value : filter.values) {
        statement.bind(index++, value);
    }
    statement.bind(index++, static_cast<qint64>(qMax(0, query.limit)));
    statement.bind(index, static_cast<qint64>(qMax(0, query.offset)));
    while (statement.step()) {
        page.rows.append(readSummary(statement));
    }
    statement.reset();
    return page;
}

qint64 ResidentRepository::count(const ResidentQuery& query)
{
    const Filter filter = buildFilter(query);
    auto& statement = m_store.db().cached(QStringLiteral("SELECT count(*)")
                                          + (filter.needsActivity ? kCountFromWithActivity : kCountFrom)
                                          + QStringLiteral(" WHERE ") + filter.where);
    int index = 1;
    for (const auto& value : filter.values) {
        statement.bind(index++, value);
    }
    statement.step();
    const qint64 total = statement.integer(0);
    statement.reset();
    return total;
}

QStringList ResidentRepository::listIds(const ResidentQuery& query)
{
    const Filter filter = buildFilter(query);
    // Join only what the filter and the order need: at 100,000 residents each join costs. The
    // caseload index (migration 11) holds every sort key but the activity dates, so a sort reads it
    // and never the residents' rows; without statistics SQLite would pick the narrower status index
    // and read each row, so the index is named.
    QString from = QStringLiteral(" FROM residents r INDEXED BY residents_caseload");
    if (query.sort == ResidentQuery::Sort::Ward) {
        from += QStringLiteral(" LEFT JOIN wards w ON w.code = r.ward_code");
    }
    if (query.sort == ResidentQuery::Sort::Officer) {
        from += QStringLiteral(" LEFT JOIN officers o ON o.id = r.assigned_officer_id");
    }
    if (filter.needsActivity || query.sort == ResidentQuery::Sort::LastContact
        || query.sort == ResidentQuery::Sort::NextFollowUp) {
        from += QStringLiteral(" LEFT JOIN resident_activity a ON a.resident_id = r.id");
    }
    auto& statement = m_store.db().cached(QStringLiteral("SELECT r.id") + from + QStringLiteral(" WHERE ")
                                          + filter.where + QStringLiteral(" ORDER BY ") + orderBy(query));
    int index = 1;
    for (const auto& value : filter.values) {
        statement.bind(index++, value);
    }
    QStringList ids;
    while (statement.step()) {
        ids.append(statement.text(0));
    }
    statement.reset();
    return ids;
}

QList<ResidentSummary> ResidentRepository::summaries(const QStringList& ids)
{
    // One statement for a page of ids, bound as a JSON array so its text never changes.
    QJsonArray array;
    for (const QString& id : ids) {
        array.append(id);
    }
    auto& statement =
        m_store.db().cached(kSummaryColumns
                            + QStringLiteral(" FROM json_each(?) page CROSS JOIN residents r ON r.id = page.value"
                                             " LEFT JOIN wards w ON w.code = r.ward_code"
                                             " LEFT JOIN officers o ON o.id = r.assigned_officer_id"
                                             " LEFT JOIN resident_activity a ON a.resident_id = r.id"
                                             " WHERE r.deleted_at IS NULL ORDER BY page.key"));
    statement.bind(1, QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)));
    QList<ResidentSummary> rows;
    rows.reserve(ids.size());
    while (statement.step()) {
        rows.append(readSummary(statement));
    }
    statement.reset();
    return rows;
}

Resident ResidentRepository::require(const QString& id)
{
    auto resident = find(id);
    if (!resident) {
        throw Error(Error::Kind::NotFound,
                    QCoreApplication::translate("hearth::storage", "resident: no resident has the id %1").arg(id));
    }
    return *resident;
}

void ResidentRepository::checkReferences(const Resident& resident)
{
    FieldErrors errors;
    const auto ward = m_store.wards().find(resident.wardCode);
    if (!ward || ward->meta.isDeleted()) {
        errors.append(
            {QStringLiteral("ward"),
             QCoreApplication::translate("hearth::storage", "no ward has the code %1").arg(resident.wardCode)});
    }
    if (!resident.assignedOfficerId.isEmpty() && !m_store.officers().find(resident.assignedOfficerId)) {
        errors.append({QStringLiteral("assigned_officer"),
                       QCoreApplication::translate("hearth::storage", "no officer has the id %1")
                           .arg(resident.assignedOfficerId)});
    }
    if (!errors.isEmpty()) {
        throw Error(errors);
    }
}

} // namespace hearth::storage
