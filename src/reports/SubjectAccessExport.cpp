#include "SubjectAccessExport.h"

#include <QCoreApplication>

#include "AuditLog.h"
#include "Clock.h"
#include "Records.h"
#include "Store.h"
#include "Tables.h"
#include "Vocabulary.h"
#include "ZipWriter.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace hearth::reports {

namespace {

constexpr char kMagic[] = "HRTHSAR1"; // 8 bytes, no terminator in the file
constexpr qsizetype kMagicSize = 8;
constexpr qsizetype kPrefixSize = kMagicSize + 4; // magic + header length
constexpr qsizetype kMaxHeader = 64 * 1024;
constexpr qsizetype kChunk = 64 * 1024;
const QString kFormat = QStringLiteral("hearth-subject-access");
const QString kSealedFormat = QStringLiteral("hearth-subject-access-sealed");
const QString kAlgorithm = QStringLiteral("argon2id13");
const QString kCipher = QStringLiteral("xchacha20poly1305-secretstream");
const QByteArray kKeyCheckContext = QByteArrayLiteral("hearth subject access key check v1");
constexpr int kFormatVersion = 1;

QString officerName(const storage::SubjectAccessFacts& facts, const QString& id)
{
    return id.isEmpty() ? QString() : facts.officerNames.value(id, id);
}

// A JSON value as one line of text for the readable document.
QString displayText(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
    case QJsonValue::Double:
        return QString::number(value.toDouble());
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array: {
        QStringList parts;
        for (const auto& item : value.toArray()) {
            parts.append(item.isNull() ? QCoreApplication::translate("hearth::reports", "(missing)")
                                       : displayText(item));
        }
        return parts.join(QStringLiteral(", "));
    }
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

ReportCell text(const QString& value)
{
    return ReportCell::label(value);
}

QString describeScores(const measures::Scores& scores)
{
    QString result;
    if (scores.metric) {
        result = QCoreApplication::translate("hearth::reports", "raw %1, metric %2")
                     .arg(scores.total.value_or(0))
                     .arg(*scores.metric, 0, 'f', 2);
    } else if (scores.total) {
        result = QString::number(*scores.total);
    } else if (!scores.questions.isEmpty()) {
        QStringList parts;
        for (const auto& question : scores.questions) {
            parts.append(QStringLiteral("%1 %2").arg(question.label.isEmpty() ? question.key : question.label,
                                                     question.value ? QString::number(*question.value)
                                                                    : QStringLiteral("missing")));
        }
        result = parts.join(QStringLiteral("; "));
    }
    for (const auto& part : scores.subscales) {
        result += QStringLiteral("; %1 %2").arg(part.label,
                                                part.value ? QString::number(*part.value) : QStringLiteral("missing"));
    }
    if (!scores.scored()) {
        result = (result.isEmpty() ? QString() : result + QStringLiteral("; "))
            + QCoreApplication::translate("hearth::reports", "not scored: ") + scores.unscoredReason;
    }
    return result;
}

// A table with its rows, or one row saying that nothing of the kind is held.
void addTable(ReportDocument& document, const QString& title, const QStringList& columns, QList<QList<ReportCell>> rows)
{
    if (rows.isEmpty()) {
        QList<ReportCell> none {text(QCoreApplication::translate("hearth::reports", "None held"))};
        while (none.size() < columns.size()) {
            none.append(ReportCell::empty());
        }
        rows.append(none);
    }
    ReportTable table;
    table.title = title;
    table.columns = columns;
    table.rows = rows;
    document.tables.append(table);
}

QString referralLabel(const storage::SubjectAccessFacts::ReferralFacts& entry)
{
    return QStringLiteral("%1 (%2)").arg(entry.serviceName.isEmpty() ? entry.referral.serviceId : entry.serviceName,
                                         entry.referral.createdOn.toString(Qt::ISODate));
}

[[noreturn]] void fail(SubjectAccessFileError::Kind kind, const QString& message)
{
    throw SubjectAccessFileError(kind, message);
}

} // namespace

ReportDocument subjectAccessDocument(const storage::SubjectAccessFacts& facts)
{
    ReportDocument document;
    const Resident& resident = facts.resident;
    document.title = QCoreApplication::translate("hearth::reports", "Subject access: %1").arg(resident.displayName());
    document.subtitle =
        QCoreApplication::translate("hearth::reports",
                                    "Everything %1 holds on this resident (Hearth id %2), produced on %3 by %4.")
            .arg(facts.councilName.isEmpty() ? QCoreApplication::translate("hearth::reports", "the council")
                                             : facts.councilName,
                 resident.id, facts.producedAt.toString(Qt::ISODate), officerName(facts, facts.producedBy));
    document.notice =
        QCoreApplication::translate("hearth::reports",
                                    "Personal data. Give it only to the person it is about, or to someone they "
                                    "have authorised; subject-access.json in the same file holds the same data "
                                    "for a computer to read.");

    // The record: every stored field, by the name it has in the JSON.
    QList<QList<ReportCell>> recordRows;
    const QJsonObject record = storage::rowToJson(storage::residentTable(), resident);
    for (auto it = record.begin(); it != record.end(); ++it) {
        recordRows.append({text(it.key()), text(displayText(it.value()))});
    }
    if (!facts.wardName.isEmpty()) {
        recordRows.append({text(QStringLiteral("ward_name")), text(facts.wardName)});
    }
    if (!resident.assignedOfficerId.isEmpty()) {
        recordRows.append(
            {text(QStringLiteral("assigned_officer_name")), text(officerName(facts, resident.assignedOfficerId))});
    }
    addTable(document, QCoreApplication::translate("hearth::reports", "The record"),
             {QCoreApplication::translate("hearth::reports", "Field"),
              QCoreApplication::translate("hearth::reports", "Value")},
             recordRows);

    // Few columns, so that the notes have room; a correction names the note it corrects by number.
    QList<QList<ReportCell>> contactRows;
    QHash<QString, int> contactNumbers;
    for (const auto& contact : facts.contacts) {
        const int number = static_cast<int>(contactNumbers.size()) + 1;
        contactNumbers.insert(contact.id, number);
        QString when = contact.contactOn.toString(Qt::ISODate);
        if (!contact.contactTime.isEmpty()) {
            when += QLatin1Char(' ') + contact.contactTime;
        }
        QString kind = vocab::contactTypes().label(contact.type);
        if (contact.durationMinutes) {
            kind += QCoreApplication::translate("hearth::reports", ", %1 min").arg(*contact.durationMinutes);
        }
        QString note = contact.note;
        if (!contact.correctsContactId.isEmpty()) {
            const int corrected = contactNumbers.value(contact.correctsContactId);
            note = (corrected > 0 ? QCoreApplication::translate("hearth::reports", "[Corrects note %1] ").arg(corrected)
                                  : QCoreApplication::translate("hearth::reports", "[Corrects note %1] ")
                                        .arg(contact.correctsContactId))
                + note;
        }
        if (contact.followUpDue.isValid()) {
            note += QCoreApplication::translate("hearth::reports", " [Follow-up due %1]")
                        .arg(contact.followUpDue.toString(Qt::ISODate));
        }
        if (contact.meta.deletedAt.isValid()) {
            note += QCoreApplication::translate("hearth::reports", " [Deleted %1]")
                        .arg(isoTimestamp(contact.meta.deletedAt));
        }
        contactRows.append({text(QString::number(number)), text(when), text(kind),
                            text(officerName(facts, contact.officerId)), text(note.trimmed())});
    }
    addTable(document, QCoreApplication::translate("hearth::reports", "Contacts (case notes, with corrections)"),
             {QCoreApplication::translate("hearth::reports", "Note"),
              QCoreApplication::translate("hearth::reports", "When"),
              QCoreApplication::translate("hearth::reports", "Type"),
              QCoreApplication::translate("hearth::reports", "Officer"),
              QCoreApplication::translate("hearth::reports", "What was written")},
             contactRows);

    QList<QList<ReportCell>> measurementRows;
    for (const auto& entry : facts.measurements) {
        const Measurement& measurement = entry.measurement;
        QStringList responses;
        for (const auto& response : measurement.responses) {
            responses.append(response ? QString::number(*response) : QStringLiteral("missing"));
        }
        measurementRows.append({text(measurement.takenOn.toString(Qt::ISODate)), text(measurement.instrument),
                                text(vocab::measurementStages().label(measurement.stage)),
                                text(responses.join(QStringLiteral(", "))), text(describeScores(entry.scores)),
                                text(entry.scores.classificationLabel),
                                text(officerName(facts, measurement.officerId))});
    }
    addTable(document, QCoreApplication::translate("hearth::reports", "Measurements and their scores"),
             {QCoreApplication::translate("hearth::reports", "Date"),
              QCoreApplication::translate("hearth::reports", "Questionnaire"),
              QCoreApplication::translate("hearth::reports", "Stage"),
              QCoreApplication::translate("hearth::reports", "Answers"),
              QCoreApplication::translate("hearth::reports", "Score"),
              QCoreApplication::translate("hearth::reports", "Classification"),
              QCoreApplication::translate("hearth::reports", "Officer")},
             measurementRows);

    QList<QList<ReportCell>> referralRows;
    QList<QList<ReportCell>> historyRows;
    for (const auto& entry : facts.referrals) {
        const Referral& referral = entry.referral;
        referralRows.append({text(referral.createdOn.toString(Qt::ISODate)), text(referralLabel(entry)),
                             text(vocab::referralKinds().label(referral.kind)),
                             text(referralStatusCode(referral.status)), text(referral.sentOn.toString(Qt::ISODate)),
                             text(referral.outcome), text(referral.note),
                             text(officerName(facts, referral.officerId))});
        for (const auto& event : entry.history) {
            historyRows.append({text(event.on.toString(Qt::ISODate)), text(referralLabel(entry)),
                                text(event.fromStatus ? referralStatusCode(*event.fromStatus)
                                                      : QCoreApplication::translate("hearth::reports", "(new)")),
                                text(referralStatusCode(event.toStatus)), text(officerName(facts, event.officerId)),
                                text(event.note)});
        }
    }
    addTable(document, QCoreApplication::translate("hearth::reports", "Referrals"),
             {QCoreApplication::translate("hearth::reports", "Created"),
              QCoreApplication::translate("hearth::reports", "Service"),
              QCoreApplication::translate("hearth::reports", "Kind"),
              QCoreApplication::translate("hearth::reports", "Status"),
              QCoreApplication::translate("hearth::reports", "Sent"),
              QCoreApplication::translate("hearth::reports", "Outcome"),
              QCoreApplication::translate("hearth::reports", "Note"),
              QCoreApplication::translate("hearth::reports", "Officer")},
             referralRows);
    addTable(document, QCoreApplication::translate("hearth::reports", "Referral history"),
             {QCoreApplication::translate("hearth::reports", "Date"),
              QCoreApplication::translate("hearth::reports", "Referral"),
              QCoreApplication::translate("hearth::reports", "From"),
              QCoreApplication::translate("hearth::reports", "To"),
              QCoreApplication::translate("hearth::reports", "Officer"),
              QCoreApplication::translate("hearth::reports", "Note")},
             historyRows);

    QList<QList<ReportCell>> auditRows;
    for (const auto& event : facts.audit) {
        auditRows.append({text(isoTimestamp(event.at)), text(officerName(facts, event.officerId)),
                          text(vocab::auditActions().label(event.action)),
                          text(QStringLiteral("%1 %2").arg(event.entity, event.entityId)), text(event.summary)});
    }
    addTable(document, QCoreApplication::translate("hearth::reports", "Who viewed or changed the record (audit trail)"),
             {QCoreApplication::translate("hearth::reports", "When (UTC)"),
              QCoreApplication::translate("hearth::reports", "Officer"),
              QCoreApplication::translate("hearth::reports", "Action"),
              QCoreApplication::translate("hearth::reports", "Record"),
              QCoreApplication::translate("hearth::reports", "Summary")},
             auditRows);
    document.footnotes.append(QCoreApplication::translate(
        "hearth::reports",
        "Codes (such as target groups or statuses) are the values Hearth stores; docs/formats.md "
        "explains them. Scores are computed from the answers by the published scoring rules."));
    return document;
}

QJsonObject subjectAccessJson(const storage::SubjectAccessFacts& facts)
{
    const auto officer = [&](const QString& id) {
        return id.isEmpty() ? QJsonValue() : QJsonValue(officerName(facts, id));
    };
    QJsonObject resident = storage::rowToJson(storage::residentTable(), facts.resident);
    resident.insert(QStringLiteral("ward_name"), facts.wardName);
    resident.insert(QStringLiteral("assigned_officer_name"), officer(facts.resident.assignedOfficerId));

    QJsonArray contacts;
    for (const auto& contact : facts.contacts) {
        QJsonObject row = storage::rowToJson(storage::contactTable(), contact);
        row.insert(QStringLiteral("officer_name"), officer(contact.officerId));
        contacts.append(row);
    }
    QJsonArray measurements;
    for (const auto& entry : facts.measurements) {
        QJsonObject row = storage::rowToJson(storage::measurementTable(), entry.measurement);
        row.insert(QStringLiteral("scores"), measures::scoresToJson(entry.scores));
        row.insert(QStringLiteral("officer_name"), officer(entry.measurement.officerId));
        measurements.append(row);
    }
    QJsonArray referrals;
    for (const auto& entry : facts.referrals) {
        QJsonObject row = storage::rowToJson(storage::referralTable(), entry.referral);
        row.insert(QStringLiteral("service_name"), entry.serviceName);
        row.insert(QStringLiteral("officer_name"), officer(entry.referral.officerId));
        QJsonArray history;
        for (const auto& event : entry.history) {
            QJsonObject item = storage::rowToJson(storage::referralEventTable(), event);
            item.insert(QStringLiteral("officer_name"), officer(event.officerId));
            history.append(item);
        }
        row.insert(QStringLiteral("history"), history);
        referrals.append(row);
    }
    QJsonArray audit;
    for (const auto& event : facts.audit) {
        audit.append(QJsonObject {
            {QStringLiteral("sequence"), event.sequence},
            {QStringLiteral("at"), isoTimestamp(event.at)},
            {QStringLiteral("officer_id"), event.officerId},
            {QStringLiteral("officer_name"), officer(event.officerId)},
            {QStringLiteral("action"), event.action},
            {QStringLiteral("entity"), event.entity},
            {QStringLiteral("entity_id"), event.entityId},
            {QStringLiteral("summary"), event.summary},
        });
    }
    return {
        {QStringLiteral("format"), kFormat},
        {QStringLiteral("format_version"), kFormatVersion},
        {QStringLiteral("council"), facts.councilName},
        {QStringLiteral("produced_at"), isoTimestamp(facts.producedAt)},
        {QStringLiteral("produced_by"),
         QJsonObject {{QStringLiteral("id"), facts.producedBy}, {QStringLiteral("name"), officer(facts.producedBy)}}},
        {QStringLiteral("resident"), resident},
        {QStringLiteral("contacts"), contacts},
        {QStringLiteral("measurements"), measurements},
        {QStringLiteral("referrals"), referrals},
        {QStringLiteral("audit"), audit},
    };
}

QByteArray subjectAccessPackage(const storage::SubjectAccessFacts& facts, Format format)
{
    if (format != Format::Html && format != Format::Pdf) {
        throw ReportError("a subject access export is HTML or PDF");
    }
    ZipWriter zip;
    zip.add(QStringLiteral("subject-access.") + formatName(format), writeReport(subjectAccessDocument(facts), format));
    zip.add(QStringLiteral("subject-access.json"),
            QJsonDocument(subjectAccessJson(facts)).toJson(QJsonDocument::Indented));
    return zip.finish();
}

void recordSubjectAccessExport(storage::Store& store, const QString& residentId, Format format, bool encrypted)
{
    store.audit().record(
        store.actingOfficerId(), QStringLiteral("export"), QStringLiteral("resident"), residentId,
        QStringLiteral("subject access export as %1 and JSON, %2")
            .arg(formatName(format), encrypted ? QStringLiteral("encrypted") : QStringLiteral("not encrypted")));
}

QByteArray sealSubjectAccess(const QByteArray& package, const QString& passphrase, const crypto::KdfLimits& limits)
{
    crypto::initialise();
    if (passphrase.isEmpty()) {
        throw std::runtime_error("the passphrase is empty");
    }
    const QByteArray salt = crypto::randomSalt();
    crypto::Key key;
    if (!crypto::deriveKey(key, passphrase, salt, limits)) {
        throw std::runtime_error("there is not enough memory to derive the key");
    }
    const QJsonObject header {
        {QStringLiteral("format"), kSealedFormat},
        {QStringLiteral("format_version"), kFormatVersion},
        {QStringLiteral("kdf"),
         QJsonObject {{QStringLiteral("algorithm"), kAlgorithm},
                      {QStringLiteral("opslimit"), static_cast<qint64>(limits.opsLimit)},
                      {QStringLiteral("memlimit"), static_cast<qint64>(limits.memLimit)},
                      {QStringLiteral("salt"), QString::fromLatin1(salt.toBase64())}}},
        {QStringLiteral("key_check"), QString::fromLatin1(crypto::keyCheck(key, kKeyCheckContext).toBase64())},
        {QStringLiteral("cipher"), kCipher},
        {QStringLiteral("chunk_size"), kChunk},
        {QStringLiteral("content"), QStringLiteral("application/zip")},
    };
    const QByteArray headerBytes = QJsonDocument(header).toJson(QJsonDocument::Compact);
    QByteArray file(kMagic, kMagicSize);
    crypto::appendLength(file, static_cast<quint32>(headerBytes.size()));
    file.append(headerBytes);
    const QByteArray associated = file;
    crypto::sealStream(file, key, associated, package, kChunk);
    return file;
}

bool isSealedSubjectAccess(const QByteArray& file)
{
    return file.startsWith(QByteArray(kMagic, kMagicSize));
}

QByteArray openSubjectAccess(const QByteArray& file, const QString& passphrase)
{
    using Kind = SubjectAccessFileError::Kind;
    crypto::initialise();
    if (!isSealedSubjectAccess(file)) {
        fail(Kind::NotSealed,
             QCoreApplication::translate("hearth::reports",
                                         "This file is not an encrypted Hearth subject access file."));
    }
    if (file.size() < kPrefixSize) {
        fail(Kind::Truncated,
             QCoreApplication::translate("hearth::reports", "The file is truncated: it ends inside its header."));
    }
    const quint32 length = crypto::readLength(file, kMagicSize);
    if (length > kMaxHeader || file.size() < kPrefixSize + length) {
        fail(Kind::Damaged,
             QCoreApplication::translate("hearth::reports",
                                         "The file's header is damaged: its length (%1 bytes) is impossible.")
                 .arg(length));
    }
    QJsonParseError error {};
    const QJsonObject header = QJsonDocument::fromJson(file.mid(kPrefixSize, length), &error).object();
    if (error.error != QJsonParseError::NoError || header.value(QStringLiteral("format")).toString() != kSealedFormat
        || header.value(QStringLiteral("format_version")).toInt() != kFormatVersion) {
        fail(Kind::Damaged,
             QCoreApplication::translate("hearth::reports",
                                         "The file's header is damaged or of a format this Hearth does not read."));
    }
    const QJsonObject kdf = header.value(QStringLiteral("kdf")).toObject();
    if (kdf.value(QStringLiteral("algorithm")).toString() != kAlgorithm
        || header.value(QStringLiteral("cipher")).toString() != kCipher
        || header.value(QStringLiteral("chunk_size")).toInteger() != kChunk) {
        fail(Kind::Damaged,
             QCoreApplication::translate("hearth::reports",
                                         "The file's header names a key derivation or cipher this Hearth does not "
                                         "use (%1, %2).")
                 .arg(kAlgorithm, kCipher));
    }
    crypto::KdfLimits limits;
    limits.opsLimit = static_cast<quint64>(kdf.value(QStringLiteral("opslimit")).toInteger(-1));
    limits.memLimit = static_cast<quint64>(kdf.value(QStringLiteral("memlimit")).toInteger(-1));
    const auto salt = QByteArray::fromBase64Encoding(kdf.value(QStringLiteral("salt")).toString().toLatin1(),
                                                     QByteArray::AbortOnBase64DecodingErrors);
    const auto check = QByteArray::fromBase64Encoding(header.value(QStringLiteral("key_check")).toString().toLatin1(),
                                                      QByteArray::AbortOnBase64DecodingErrors);
    if (!limits.inBounds() || !salt || salt.decoded.size() != crypto::saltSize() || !check
        || check.decoded.size() != 16) {
        fail(Kind::Damaged,
             QCoreApplication::translate("hearth::reports",
                                         "The file's header is damaged: its key derivation settings are invalid."));
    }
    if (passphrase.isEmpty()) {
        fail(Kind::Authentication, QCoreApplication::translate("hearth::reports", "No passphrase was given."));
    }
    crypto::Key key;
    if (!crypto::deriveKey(key, passphrase, salt.decoded, limits)) {
        throw std::runtime_error("there is not enough memory to derive the key");
    }
    if (!crypto::sameBytes(crypto::keyCheck(key, kKeyCheckContext), check.decoded)) {
        fail(Kind::Authentication,
             QCoreApplication::translate("hearth::reports",
                                         "The passphrase is wrong for this file (or its header was altered)."));
    }
    try {
        return crypto::openStream(key, file.left(kPrefixSize + length), file, kPrefixSize + length, kChunk,
                                  QCoreApplication::translate("hearth::reports", "subject access file"));
    } catch (const crypto::StreamError& streamError) {
        fail(streamError.kind() == crypto::StreamError::Kind::Truncated ? Kind::Truncated : Kind::Authentication,
             QString::fromUtf8(streamError.what()));
    }
}

} // namespace hearth::reports
