#include "ResidentImport.h"

#include <QCoreApplication>

#include "OfficerRepository.h"
#include "ResidentRepository.h"
#include "Store.h"
#include "Tables.h"
#include "Vocabulary.h"
#include "WardRepository.h"

#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace hearth::import {

namespace {

using Kind = ImportColumn::Kind;

const Vocabulary& caseStatuses()
{
    static const Vocabulary v(
        QStringLiteral("caseStatuses"),
        {{"open", QT_TRANSLATE_NOOP("Vocabulary", "Open")}, {"closed", QT_TRANSLATE_NOOP("Vocabulary", "Closed")}});
    return v;
}

ImportColumn column(const char* field, const char* header, QStringList synonyms, Kind kind, const char* example,
                    const Vocabulary* codes = nullptr)
{
    return {QString::fromLatin1(field), QString::fromLatin1(header), std::move(synonyms), kind, codes,
            QString::fromUtf8(example)};
}

QString S(const char* text)
{
    return QString::fromLatin1(text);
}

// Lower-case letters and digits only: how headers and code labels are compared.
QString looseKey(const QString& text)
{
    QString key;
    key.reserve(text.size());
    for (const QChar c : text) {
        if (c.isLetterOrNumber()) {
            key.append(c.toLower());
        }
    }
    return key;
}

// What the rows of one preview are checked against, indexed once.
class Resolver
{
public:
    explicit Resolver(const ImportLookups& lookups)
        : m_vocabulary(lookups.vocabulary)
    {
        for (const auto& ward : lookups.wards) {
            m_wardCodes.insert(ward.code.toUpper(), ward.code);
            addUnique(m_wardNames, looseKey(ward.name), ward.code);
        }
        for (const auto& officer : lookups.officers) {
            m_officerIds.insert(officer.id.toLower(), officer.id);
            addUnique(m_officerNames, looseKey(officer.displayName), officer.id);
        }
    }

    // The code for a code or a label; empty when nothing (or more than one term) matches.
    QString code(const Vocabulary& vocabulary, const QString& text)
    {
        auto found = m_codes.find(&vocabulary);
        if (found == m_codes.end()) {
            QHash<QString, QString> keys;
            for (const auto& term : vocabulary.terms()) {
                const QString code = QString::fromLatin1(term.code);
                addUnique(keys, looseKey(code), code);
                addUnique(keys, looseKey(QString::fromUtf8(term.label)), code);
                addUnique(keys, looseKey(vocabulary.label(code)), code);
            }
            found = m_codes.insert(&vocabulary, keys);
        }
        if (vocabulary.contains(text)) {
            return text;
        }
        return found->value(looseKey(text));
    }

    // The council list a column's codes come from (target groups, barriers), or nullptr.
    const CouncilTermList* councilList(const ImportColumn& column) const { return m_vocabulary.list(column.field); }

    // An active term of a council list by code or label; empty when none matches.
    QString councilCode(const CouncilTermList& list, const QString& text) const
    {
        const QString code = list.codeFor(text);
        if (!code.isEmpty()) {
            return code;
        }
        for (const auto& term : list.terms()) {
            if (looseKey(term.code) == looseKey(text) || looseKey(list.label(term.code)) == looseKey(text)) {
                return term.code;
            }
        }
        return {};
    }

    // The ward's code, or an empty string with `why` saying what went wrong.
    QString ward(const QString& text, QString* why) const
    {
        if (const auto code = m_wardCodes.value(text.toUpper()); !code.isEmpty()) {
            return code;
        }
        const auto name = m_wardNames.find(looseKey(text));
        if (name == m_wardNames.end()) {
            *why =
                QCoreApplication::translate("hearth::import", "\"%1\" is not the code or name of a ward Hearth holds")
                    .arg(text);
            return {};
        }
        if (name->isEmpty()) {
            *why = QCoreApplication::translate("hearth::import", "\"%1\" names more than one ward: give the ONS code")
                       .arg(text);
        }
        return *name;
    }

    QString officer(const QString& text, QString* why) const
    {
        if (const auto id = m_officerIds.value(text.toLower()); !id.isEmpty()) {
            return id;
        }
        const auto name = m_officerNames.find(looseKey(text));
        if (name == m_officerNames.end()) {
            *why =
                QCoreApplication::translate("hearth::import", "\"%1\" is not the id or name of an officer").arg(text);
            return {};
        }
        if (name->isEmpty()) {
            *why = QCoreApplication::translate("hearth::import",
                                               "\"%1\" names more than one officer: give the officer's id")
                       .arg(text);
        }
        return *name;
    }

private:
    // An ambiguous key maps to an empty string.
    static void addUnique(QHash<QString, QString>& hash, const QString& key, const QString& value)
    {
        if (key.isEmpty()) {
            return;
        }
        const auto held = hash.constFind(key);
        if (held == hash.constEnd()) {
            hash.insert(key, value);
        } else if (*held != value) {
            hash.insert(key, QString());
        }
    }

    QHash<QString, QString> m_wardCodes, m_wardNames, m_officerIds, m_officerNames;
    QHash<const Vocabulary*, QHash<QString, QString>> m_codes;
    const CouncilVocabulary& m_vocabulary;
};

QDate parseDate(const QString& text)
{
    if (const QDate iso = parseIsoDate(text); iso.isValid()) {
        return iso;
    }
    static const QRegularExpression uk(QStringLiteral("^(\\d{1,2})/(\\d{1,2})/(\\d{4})\\z"));
    const auto match = uk.match(text);
    if (!match.hasMatch()) {
        return {};
    }
    return QDate(match.captured(3).toInt(), match.captured(2).toInt(), match.captured(1).toInt());
}

std::optional<bool> parseBoolean(const QString& text)
{
    static const QStringList yes {S("yes"), S("y"), S("true"), S("1")};
    static const QStringList no {S("no"), S("n"), S("false"), S("0")};
    const QString lower = text.toLower();
    if (yes.contains(lower)) {
        return true;
    }
    if (no.contains(lower)) {
        return false;
    }
    return std::nullopt;
}

const ImportColumn* findColumn(const QString& field)
{
    for (const auto& column : residentImportColumns()) {
        if (column.field == field) {
            return &column;
        }
    }
    return nullptr;
}

const storage::FieldSpec<Resident>* findSpec(const QString& field)
{
    for (const auto& spec : storage::residentTable().fields) {
        if (spec.name == field) {
            return &spec;
        }
    }
    return nullptr;
}

// The resident field a validation message names, as the import names it.
QString importFieldFor(const QString& validationField)
{
    if (validationField == QLatin1String("ward")) {
        return S("ward_code");
    }
    if (validationField == QLatin1String("assigned_officer")) {
        return S("assigned_officer_id");
    }
    return validationField;
}

// Fields whose values are personal: a message about them never quotes the value.
bool isPersonal(const ImportColumn& column)
{
    return column.kind == Kind::Text || column.field == QLatin1String("date_of_birth");
}

// The entity's messages quote values ("'x' is not a phone number", "… is before the date of birth
// (1950-02-01)"); the import's messages name the line and column instead.
QString withoutPersonalValues(QString message, const Resident& resident)
{
    for (const auto& column : residentImportColumns()) {
        if (!isPersonal(column)) {
            continue;
        }
        const auto* spec = findSpec(column.field);
        const QVariant value = spec->get(resident);
        if (value.isNull()) {
            continue;
        }
        const QString text =
            value.typeId() == QMetaType::QDate ? value.toDate().toString(Qt::ISODate) : value.toString();
        message.replace(S("'%1' ").arg(text), QString());
        if (value.typeId() == QMetaType::QDate) {
            message.replace(S(" (%1)").arg(text), QString());
            message.replace(S("%1 ").arg(text), QString());
        }
    }
    return message;
}

} // namespace

const QList<ImportColumn>& residentImportColumns()
{
    static const QList<ImportColumn> columns {
        column("given_name", "Given name", {S("First name"), S("Forename"), S("Forenames"), S("Christian name")},
               Kind::Text, "Alex"),
        column("family_name", "Family name", {S("Surname"), S("Last name")}, Kind::Text, "Example"),
        column("preferred_name", "Preferred name", {S("Known as"), S("Nickname")}, Kind::Text, "Al"),
        column("date_of_birth", "Date of birth", {S("DOB"), S("Birth date"), S("Born")}, Kind::Date, "1948-03-14"),
        column("age_band_estimate", "Age band estimate", {S("Age band"), S("Estimated age")}, Kind::Code, "",
               &vocab::ageBandEstimates()),
        column("sex", "Sex", {}, Kind::Code, "female", &vocab::sex()),
        column("gender_same_as_sex", "Gender same as sex", {}, Kind::Code, "yes", &vocab::genderSameAsSex()),
        column("gender_identity", "Gender identity", {}, Kind::Text, ""),
        column("ethnic_group", "Ethnic group", {S("Ethnicity")}, Kind::Code, "white_british", &vocab::ethnicGroups()),
        column("long_term_condition", "Long-term condition", {S("Long term illness")}, Kind::Code, "yes",
               &vocab::yesNoPreferNot()),
        column("activity_limitation", "Activity limitation", {S("Day-to-day activities limited")}, Kind::Code,
               "a_little", &vocab::activityLimitation()),
        column("address_line1", "Address line 1", {S("Address"), S("Address 1"), S("Street")}, Kind::Text,
               "1 Example Street"),
        column("address_line2", "Address line 2", {S("Address 2")}, Kind::Text, ""),
        column("town", "Town", {S("City"), S("Town or city")}, Kind::Text, "Hearthdale"),
        column("postcode", "Postcode", {S("Post code"), S("Postal code")}, Kind::Text, "ZZ99 9ZZ"),
        column("ward_code", "Ward", {S("Ward code"), S("Ward name"), S("ONS ward code")}, Kind::Ward, "E05000001"),
        column("phone", "Phone", {S("Telephone"), S("Phone number"), S("Tel"), S("Mobile"), S("Telephone number")},
               Kind::Text, "07700 900123"),
        column("email", "Email", {S("Email address"), S("E-mail")}, Kind::Text, "alex@example.org"),
        column("preferred_contact", "Preferred contact", {S("Contact method"), S("Preferred contact method")},
               Kind::Code, "phone", &vocab::contactMethods()),
        column("lives_alone", "Lives alone", {}, Kind::Boolean, "yes"),
        column("is_carer", "Carer", {S("Is carer"), S("Unpaid carer")}, Kind::Boolean, "no"),
        column("target_groups", "Target groups", {S("Target group")}, Kind::Codes, "older_people;bereaved",
               &vocab::targetGroups()),
        column("barriers", "Barriers", {S("Barrier")}, Kind::Codes, "transport", &vocab::barriers()),
        column("identified_on", "Identified on", {S("Date identified"), S("Identified"), S("Referral date")},
               Kind::Date, "2025-04-07"),
        column("identified_by", "Identified by", {S("Referral source"), S("Referred by"), S("Source")}, Kind::Code,
               "gp_pcn", &vocab::identifiedBy()),
        column("previously_engaged", "Previously engaged", {}, Kind::Boolean, "no"),
        column("consent_to_store", "Consent to store", {}, Kind::Boolean, "yes"),
        column("consent_to_share", "Consent to share", {}, Kind::Boolean, "no"),
        column("consent_date", "Consent date", {S("Date of consent")}, Kind::Date, "2025-04-07"),
        column("lawful_basis", "Lawful basis", {}, Kind::Code, "consent", &vocab::lawfulBases()),
        column("assigned_officer_id", "Officer", {S("Assigned officer"), S("Case officer"), S("Key worker")},
               Kind::Officer, ""),
        column("crisis_since", "Crisis since", {}, Kind::Date, ""),
        column("safeguarding_since", "Safeguarding since", {}, Kind::Date, ""),
        column("status", "Status", {S("Case status")}, Kind::Code, "open", &caseStatuses()),
        column("closed_on", "Closed on", {S("Date closed"), S("Closure date")}, Kind::Date, ""),
        column("closure_reason", "Closure reason", {S("Reason closed")}, Kind::Code, "", &vocab::closureReasons()),
    };
    return columns;
}

const QStringList& requiredImportFields()
{
    static const QStringList fields {S("ward_code"), S("identified_on")};
    return fields;
}

QByteArray ImportMapping::toJson() const
{
    QJsonObject mapped;
    for (auto it = columns.constBegin(); it != columns.constEnd(); ++it) {
        mapped.insert(it.key(), it.value());
    }
    QJsonObject document {{S("hearth_mapping"), S("residents")}, {S("version"), 1}, {S("columns"), mapped}};
    return QJsonDocument(document).toJson(QJsonDocument::Indented);
}

ImportMapping ImportMapping::fromJson(const QByteArray& json)
{
    const auto refuse = [](const QString& message) { throw ImportError(ImportError::Kind::Invalid, message); };
    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        refuse(QCoreApplication::translate("hearth::import", "not JSON: %1 at offset %2")
                   .arg(parseError.errorString())
                   .arg(parseError.offset));
    }
    if (!document.isObject()) {
        refuse(QCoreApplication::translate("hearth::import", "the mapping must be a JSON object"));
    }
    const QJsonObject object = document.object();
    if (object.value(S("hearth_mapping")).toString() != QLatin1String("residents")) {
        refuse(QCoreApplication::translate("hearth::import", "hearth_mapping: must be \"residents\""));
    }
    if (object.value(S("version")).toInt() != 1) {
        refuse(QCoreApplication::translate("hearth::import",
                                           "version: must be 1 (this Hearth reads version 1 mapping files)"));
    }
    if (!object.value(S("columns")).isObject()) {
        refuse(QCoreApplication::translate("hearth::import",
                                           "columns: must be an object of column header -> resident field"));
    }
    ImportMapping mapping;
    const QJsonObject mapped = object.value(S("columns")).toObject();
    for (auto it = mapped.constBegin(); it != mapped.constEnd(); ++it) {
        const QString path = S("columns.\"%1\"").arg(it.key());
        if (!it.value().isString()) {
            refuse(path
                   + QCoreApplication::translate("hearth::import",
                                                 ": must be a resident field name, or \"\" to leave the column out"));
        }
        const QString field = it.value().toString();
        if (!field.isEmpty() && !findColumn(field)) {
            refuse(
                path
                + QCoreApplication::translate("hearth::import", ": \"%1\" is not a resident field that can be imported")
                      .arg(field));
        }
        mapping.columns.insert(it.key(), field);
    }
    return mapping;
}

QString normaliseHeader(const QString& header)
{
    return looseKey(header);
}

ImportMapping proposeMapping(const QStringList& header, const ImportMapping& remembered)
{
    ImportMapping mapping;
    QSet<QString> taken;
    for (const QString& name : header) {
        if (!name.isEmpty() && remembered.columns.contains(name)) {
            mapping.columns.insert(name, remembered.columns.value(name));
            taken.insert(remembered.columns.value(name));
        }
    }
    QHash<QString, QString> byKey;
    for (const auto& column : residentImportColumns()) {
        for (const QString& text : QStringList {column.field, column.header} + column.synonyms) {
            byKey.insert(looseKey(text), column.field);
        }
    }
    for (const QString& name : header) {
        if (name.isEmpty() || mapping.columns.contains(name)) {
            continue;
        }
        QString field = byKey.value(looseKey(name));
        if (taken.contains(field)) {
            field.clear(); // a second column for the same field is left for the person to choose
        }
        if (!field.isEmpty()) {
            taken.insert(field);
        }
        mapping.columns.insert(name, field);
    }
    return mapping;
}

MappingCheck checkMapping(const QStringList& header, const ImportMapping& mapping)
{
    MappingCheck check;
    QMap<QString, QString> columnOfField;
    QSet<QString> seen;
    for (int i = 0; i < header.size(); ++i) {
        const QString& name = header.at(i);
        if (name.isEmpty()) {
            continue;
        }
        const QString field = mapping.columns.value(name);
        if (field.isEmpty()) {
            check.warnings.append(
                QCoreApplication::translate("hearth::import", "column \"%1\" is not imported").arg(name));
            continue;
        }
        if (seen.contains(name)) {
            check.errors.append(
                QCoreApplication::translate("hearth::import",
                                            "two columns are headed \"%1\": rename one so that each can be mapped")
                    .arg(name));
            continue;
        }
        seen.insert(name);
        if (!findColumn(field)) {
            check.errors.append(
                QCoreApplication::translate("hearth::import",
                                            "column \"%1\" is mapped to \"%2\", which is not a resident field")
                    .arg(name, field));
        } else if (columnOfField.contains(field)) {
            check.errors.append(
                QCoreApplication::translate("hearth::import",
                                            "columns \"%1\" and \"%2\" are both mapped to %3: map one of them only")
                    .arg(columnOfField.value(field), name, field));
        } else {
            columnOfField.insert(field, name);
        }
    }
    for (const QString& field : requiredImportFields()) {
        if (!columnOfField.contains(field)) {
            check.errors.append(QCoreApplication::translate(
                                    "hearth::import", "no column is mapped to %1 (\"%2\"), which every resident needs")
                                    .arg(field, findColumn(field)->header));
        }
    }
    if (!columnOfField.contains(S("given_name")) && !columnOfField.contains(S("family_name"))) {
        check.errors.append(QCoreApplication::translate(
            "hearth::import", "no column is mapped to given_name or family_name: every resident needs a name"));
    }
    return check;
}

QString ImportIssue::text() const
{
    if (!column.isEmpty()) {
        return S("column \"%1\": %2").arg(column, message);
    }
    if (!field.isEmpty()) {
        return S("%1: %2").arg(field, message);
    }
    return message;
}

int ImportPreview::validCount() const
{
    return static_cast<int>(std::count_if(rows.begin(), rows.end(), [](const ImportRow& row) { return row.valid; }));
}

int ImportPreview::invalidCount() const
{
    return static_cast<int>(rows.size()) - validCount();
}

QList<int> ImportPreview::invalidLines() const
{
    QList<int> lines;
    for (const auto& row : rows) {
        if (!row.valid) {
            lines.append(row.line);
        }
    }
    return lines;
}

ImportLookups lookupsFrom(storage::Store& store)
{
    return {store.wards().list(), store.officers().list(), store.clock().today(), store.councilVocabulary()};
}

CsvTable readCsvFile(const QString& path, const CsvOptions& options)
{
    QFile file(path);
    if (!file.exists()) {
        throw ImportError(ImportError::Kind::CannotRead,
                          QCoreApplication::translate("hearth::import", "%1: no such file").arg(path));
    }
    if (!file.open(QIODevice::ReadOnly)) {
        throw ImportError(
            ImportError::Kind::CannotRead,
            QCoreApplication::translate("hearth::import", "%1: cannot be read (%2)").arg(path, file.errorString()));
    }
    return parseCsv(file.readAll(), options);
}

ImportPreview previewImport(const CsvTable& table, const ImportMapping& mapping, const ImportLookups& lookups,
                            const std::function<void(int done, int total)>& progress)
{
    ImportPreview preview;
    preview.encoding = table.encoding;
    preview.delimiter = table.delimiter;
    preview.warnings = table.warnings;
    const MappingCheck check = checkMapping(table.header, mapping);
    preview.warnings += check.warnings;
    preview.mappingErrors = check.errors;
    for (int i = 0; i < table.header.size(); ++i) {
        if (!table.header.at(i).isEmpty()) {
            continue;
        }
        const bool hasData = std::any_of(table.rows.begin(), table.rows.end(), [i](const CsvRow& row) {
            return i < row.fields.size() && !row.fields.at(i).trimmed().isEmpty();
        });
        if (hasData) {
            preview.warnings.append(
                QCoreApplication::translate("hearth::import", "column %1 has no header and is not imported")
                    .arg(i + 1));
        }
    }
    if (!preview.mappingErrors.isEmpty()) {
        return preview;
    }

    struct Mapped
    {
        int index;
        QString header;
        const ImportColumn* column;
        const storage::FieldSpec<Resident>* spec;
    };
    QList<Mapped> mapped;
    QMap<QString, QString> headerOfField;
    for (int i = 0; i < table.header.size(); ++i) {
        const QString& name = table.header.at(i);
        const QString field = name.isEmpty() ? QString() : mapping.columns.value(name);
        if (!field.isEmpty()) {
            mapped.append({i, name, findColumn(field), findSpec(field)});
            headerOfField.insert(field, name);
        }
    }

    Resolver resolver(lookups);
    const auto header = table.header;
    const int total = static_cast<int>(table.rows.size());
    const int step = std::max(1, total / 100);
    int done = 0;
    for (const CsvRow& csvRow : table.rows) {
        if (progress && done % step == 0) {
            progress(done, total);
        }
        ++done;
        ImportRow row;
        row.line = csvRow.line;
        QList<ImportIssue> issues;
        QSet<QString> failedFields;
        const auto fail = [&](const Mapped& m, const QString& message) {
            issues.append({csvRow.line, m.header, QString(), message});
            failedFields.insert(m.column->field);
        };
        if (csvRow.fields.size() > header.size()) {
            const bool extraData = std::any_of(csvRow.fields.begin() + header.size(), csvRow.fields.end(),
                                               [](const QString& field) { return !field.trimmed().isEmpty(); });
            if (extraData) {
                issues.append({csvRow.line, QString(), QString(),
                               QCoreApplication::translate(
                                   "hearth::import",
                                   "the row has %1 fields but the header has %2 columns (a stray delimiter or quote?)")
                                   .arg(csvRow.fields.size())
                                   .arg(header.size())});
            }
        }
        for (const Mapped& m : mapped) {
            const QString text = m.index < csvRow.fields.size() ? csvRow.fields.at(m.index).trimmed() : QString();
            if (text.isEmpty()) {
                continue;
            }
            const ImportColumn& column = *m.column;
            QVariant value;
            switch (column.kind) {
            case Kind::Text:
                value = text;
                break;
            case Kind::Code: {
                const QString code = resolver.code(*column.codes, text);
                if (code.isEmpty()) {
                    fail(m,
                         QCoreApplication::translate("hearth::import", "\"%1\" is not one of: %2")
                             .arg(text, column.codes->codes().join(S(", "))));
                    continue;
                }
                value = code;
                break;
            }
            case Kind::Codes: {
                QStringList codes;
                static const QRegularExpression separators(QStringLiteral("[;|]"));
                for (const QString& item : text.split(separators, Qt::SkipEmptyParts)) {
                    if (item.trimmed().isEmpty()) {
                        continue;
                    }
                    if (const CouncilTermList* list = resolver.councilList(column)) {
                        // A council list: an active term by code or label; a retired one is not for new rows.
                        const QString code = resolver.councilCode(*list, item.trimmed());
                        if (code.isEmpty()) {
                            fail(m,
                                 S("\"%1\" is not one of: %2").arg(item.trimmed(), list->activeCodes().join(S(", "))));
                        } else if (const QString retired = list->retiredAmong({code}); !retired.isEmpty()) {
                            fail(m, retired);
                        } else if (!codes.contains(code)) {
                            codes.append(code);
                        }
                        continue;
                    }
                    const QString code = resolver.code(*column.codes, item.trimmed());
                    if (code.isEmpty()) {
                        fail(m,
                             QCoreApplication::translate("hearth::import", "\"%1\" is not one of: %2")
                                 .arg(item.trimmed(), column.codes->codes().join(S(", "))));
                    } else if (!codes.contains(code)) {
                        codes.append(code);
                    }
                }
                value = codes;
                break;
            }
            case Kind::Date: {
                const QDate date = parseDate(text);
                if (!date.isValid()) {
                    fail(m,
                         isPersonal(column) ? QCoreApplication::translate("hearth::import",
                                                                          "is not a date as YYYY-MM-DD or dd/mm/yyyy")
                                            : QCoreApplication::translate(
                                                  "hearth::import", "\"%1\" is not a date as YYYY-MM-DD or dd/mm/yyyy")
                                                  .arg(text));
                    continue;
                }
                value = date;
                break;
            }
            case Kind::Boolean: {
                const auto flag = parseBoolean(text);
                if (!flag) {
                    fail(m, QCoreApplication::translate("hearth::import", "\"%1\" is not yes or no").arg(text));
                    continue;
                }
                value = *flag;
                break;
            }
            case Kind::Ward: {
                QString why;
                value = resolver.ward(text, &why);
                if (!why.isEmpty()) {
                    fail(m, why);
                    continue;
                }
                break;
            }
            case Kind::Officer: {
                QString why;
                value = resolver.officer(text, &why);
                if (!why.isEmpty()) {
                    fail(m, why);
                    continue;
                }
                break;
            }
            }
            m.spec->set(row.resident, value);
        }
        row.resident.postcode = row.resident.postcode.isEmpty() ? QString() : normalisePostcode(row.resident.postcode);
        for (const FieldError& error : row.resident.validate(lookups.today, lookups.vocabulary)) {
            QString field = importFieldFor(error.field);
            if (failedFields.contains(field)) {
                continue; // already reported as unreadable
            }
            if (field == QLatin1String("given_name") && !headerOfField.contains(field)) {
                field = S("family_name");
            }
            const QString message = withoutPersonalValues(error.message, row.resident);
            if (headerOfField.contains(field)) {
                issues.append({csvRow.line, headerOfField.value(field), QString(), message});
            } else {
                issues.append({csvRow.line, QString(), field, message});
            }
        }
        row.valid = issues.isEmpty();
        preview.issues += issues;
        preview.rows.append(row);
    }
    if (progress) {
        progress(total, total);
    }
    return preview;
}

CommitResult commitImport(storage::Store& store, const ImportPreview& preview, bool skipInvalid,
                          const std::function<bool(int done, int total)>& progress)
{
    if (!preview.mappingErrors.isEmpty()) {
        throw ImportError(ImportError::Kind::Invalid,
                          QCoreApplication::translate("hearth::import", "the columns cannot be imported as mapped: %1")
                              .arg(preview.mappingErrors.join(S("; "))));
    }
    const int invalid = preview.invalidCount();
    if (invalid > 0 && !skipInvalid) {
        throw ImportError(
            ImportError::Kind::Invalid,
            QCoreApplication::translate(
                "hearth::import", "%1 of %2 rows are invalid, so nothing was imported: correct them, or skip them")
                .arg(invalid)
                .arg(preview.rows.size()));
    }
    CommitResult result;
    QList<Resident> residents;
    QList<int> lines;
    for (const auto& row : preview.rows) {
        if (row.valid) {
            residents.append(row.resident);
            lines.append(row.line);
        } else {
            result.skippedLines.append(row.line);
        }
    }
    if (residents.isEmpty()) {
        throw ImportError(ImportError::Kind::Invalid,
                          QCoreApplication::translate("hearth::import", "there are no valid rows to import"));
    }
    const QString summary = S("residents imported from a CSV file: %1 written, %2 invalid rows skipped")
                                .arg(residents.size())
                                .arg(result.skippedLines.size());
    std::optional<QList<Resident>> written;
    try {
        written = store.residents().createMany(residents, summary, progress);
    } catch (const storage::Error& error) {
        // Something changed since the preview (a ward deleted?): name the line, not the index.
        static const QRegularExpression index(QStringLiteral("^residents\\[(\\d+)\\]\\.(.*)$"));
        QStringList problems;
        for (const auto& field : error.fields()) {
            const auto match = index.match(field.field);
            problems.append(match.hasMatch() ? S("line %1: %2: %3")
                                                   .arg(lines.value(match.captured(1).toInt()))
                                                   .arg(match.captured(2), field.message)
                                             : field.text());
        }
        throw ImportError(ImportError::Kind::Invalid,
                          (problems.isEmpty() ? error.message() : problems.join(S("; ")))
                              + QCoreApplication::translate("hearth::import", "; nothing was imported"));
    }
    if (!written) {
        result.cancelled = true;
        result.skippedLines.clear();
        return result;
    }
    result.written = static_cast<int>(written->size());
    return result;
}

QString residentTemplateCsv(const QString& wardCode)
{
    QStringList header;
    QStringList example;
    for (const auto& column : residentImportColumns()) {
        header.append(column.header);
        example.append(column.kind == Kind::Ward ? wardCode : column.example);
    }
    return csvLine(header) + S("\r\n") + csvLine(example) + S("\r\n");
}

} // namespace hearth::import
