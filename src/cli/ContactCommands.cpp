// hearth-cli contact add|correct|list
#include "ContactRepository.h"
#include "FieldOptions.h"
#include "OfficerRepository.h"
#include "ResidentRepository.h"
#include "Tables.h"

#include <QJsonArray>
#include <QJsonObject>

namespace hearth::cli {

namespace {

int add(Context& context, const QCommandLineParser& parser)
{
    auto& store = context.store();
    Contact contact;
    contact.residentId = parser.positionalArguments().at(0);
    contact.type = parser.value(QStringLiteral("type"));
    if (contact.type.isEmpty()) {
        throw Failure(
            ExitUsage,
            QStringLiteral("--type is required (%1)").arg(vocab::contactTypes().codes().join(QStringLiteral(", "))));
    }
    contact.contactOn = parser.isSet(QStringLiteral("on"))
        ? requireDate(QStringLiteral("on"), parser.value(QStringLiteral("on")))
        : context.clock().today();
    contact.contactTime = parser.value(QStringLiteral("time"));
    if (parser.isSet(QStringLiteral("duration"))) {
        bool ok = false;
        contact.durationMinutes = parser.value(QStringLiteral("duration")).toInt(&ok);
        if (!ok) {
            throw Failure(ExitDataError,
                          QStringLiteral("duration: '%1' is not a whole number of minutes")
                              .arg(parser.value(QStringLiteral("duration"))));
        }
    }
    if (parser.isSet(QStringLiteral("note")) && parser.isSet(QStringLiteral("note-file"))) {
        throw Failure(ExitUsage, QStringLiteral("give --note or --note-file, not both"));
    }
    contact.note = parser.isSet(QStringLiteral("note-file")) ? readTextFile(parser.value(QStringLiteral("note-file")))
                                                             : parser.value(QStringLiteral("note"));
    if (parser.isSet(QStringLiteral("follow-up"))) {
        contact.followUpDue = requireDate(QStringLiteral("follow_up"), parser.value(QStringLiteral("follow-up")));
    }
    if (parser.isSet(QStringLiteral("officer"))) {
        contact.officerId = requireOfficerId(store, QStringLiteral("officer"), parser.value(QStringLiteral("officer")));
    }
    contact.correctsContactId = parser.value(QStringLiteral("corrects"));
    const Contact saved = store.contacts().add(contact);
    if (parser.isSet(QStringLiteral("json"))) {
        context.printJson(storage::rowToJson(storage::contactTable(), saved));
    } else {
        context.out() << saved.id << '\n';
    }
    return ExitOk;
}

int list(Context& context, const QCommandLineParser& parser)
{
    auto& store = context.store();
    const QString residentId = parser.positionalArguments().at(0);
    if (!store.residents().find(residentId)) {
        throw Failure(ExitDataError, QStringLiteral("resident: no resident has the id %1").arg(residentId));
    }
    const QList<Contact> contacts = store.contacts().forResident(residentId);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray rows;
        for (const auto& contact : contacts) {
            rows.append(storage::rowToJson(storage::contactTable(), contact));
        }
        context.printJson(rows);
        return ExitOk;
    }
    for (const auto& contact : contacts) {
        context.out() << contact.id << "  " << contact.contactOn.toString(Qt::ISODate) << "  "
                      << contact.type.leftJustified(13) << "  "
                      << contact.note.left(60).replace(QLatin1Char('\n'), QLatin1Char(' ')) << '\n';
    }
    return ExitOk;
}

} // namespace

QList<Command> contactCommands()
{
    return {
        {{QStringLiteral("contact"), QStringLiteral("add")},
         QStringLiteral("RESIDENT --type TYPE [--on DATE] [--note TEXT] [--follow-up DATE]"),
         QStringLiteral("Record a contact with a resident; prints the new id."),
         {QStringLiteral("RESIDENT")},
         [](QCommandLineParser& parser) {
             parser.addOption(
                 {QStringLiteral("type"),
                  QStringLiteral("Contact type (%1).").arg(vocab::contactTypes().codes().join(QStringLiteral(", "))),
                  QStringLiteral("TYPE")});
             parser.addOption({QStringLiteral("on"), QStringLiteral("Date of the contact (default today)."),
                               QStringLiteral("DATE")});
             parser.addOption(
                 {QStringLiteral("time"), QStringLiteral("Time of the contact."), QStringLiteral("HH:MM")});
             parser.addOption({QStringLiteral("duration"), QStringLiteral("Minutes."), QStringLiteral("N")});
             parser.addOption({QStringLiteral("note"), QStringLiteral("The case note."), QStringLiteral("TEXT")});
             parser.addOption({QStringLiteral("note-file"), QStringLiteral("Read the case note from a UTF-8 file."),
                               QStringLiteral("FILE")});
             parser.addOption(
                 {QStringLiteral("follow-up"), QStringLiteral("Follow-up due date."), QStringLiteral("DATE")});
             parser.addOption({QStringLiteral("officer"),
                               QStringLiteral("Officer who made the contact (default: you)."),
                               QStringLiteral("OFFICER")});
             parser.addOption({QStringLiteral("corrects"), QStringLiteral("Id of the earlier note this one corrects."),
                               QStringLiteral("CONTACT")});
             parser.addOption({QStringLiteral("json"), QStringLiteral("Print the stored contact as JSON.")});
         },
         add},
        {{QStringLiteral("contact"), QStringLiteral("list")},
         QStringLiteral("RESIDENT [--json]"),
         QStringLiteral("List a resident's contacts, newest first."),
         {QStringLiteral("RESIDENT")},
         [](QCommandLineParser& parser) {
             parser.addOption({QStringLiteral("json"), QStringLiteral("Print a JSON array.")});
         },
         list},
    };
}

} // namespace hearth::cli
