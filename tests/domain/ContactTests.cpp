#include "Contact.h"
#include "Measurement.h"
#include "Vocabulary.h"

#include "DomainTestHelpers.h"

#include <functional>

using hearth::Contact;
using hearth::Measurement;
using hearth::test::errorFields;
using hearth::test::idFor;
using hearth::test::today;

namespace {

Contact validContact()
{
    Contact c;
    c.id = idFor(10);
    c.residentId = idFor(1);
    c.contactOn = QDate(2026, 11, 20);
    c.contactTime = QStringLiteral("14:30");
    c.type = QStringLiteral("visit");
    c.durationMinutes = 45;
    c.note = QStringLiteral("Talked about the lunch club on Thursdays.");
    c.officerId = idFor(2);
    c.followUpDue = QDate(2026, 12, 4);
    return c;
}

QStringList contactFieldsAfter(const std::function<void(Contact&)>& change)
{
    Contact c = validContact();
    change(c);
    const auto errors = c.validate(today());
    UNSCOPED_INFO(hearth::joinErrors(errors).toStdString());
    return errorFields(errors);
}

} // namespace

TEST_CASE("A complete contact is valid", "[contact][validation]")
{
    CHECK(contactFieldsAfter([](Contact&) {}).isEmpty());
    // Only the resident, date and type are required.
    CHECK(contactFieldsAfter([](Contact& c) {
              c.id.clear();
              c.contactTime.clear();
              c.durationMinutes.reset();
              c.note.clear();
              c.officerId.clear();
              c.followUpDue = QDate();
          }).isEmpty());
}

TEST_CASE("A contact cannot be dated in the future or undated", "[contact][validation]")
{
    const QStringList on {QStringLiteral("on")};
    CHECK(contactFieldsAfter([](Contact& c) {
              c.contactOn = today().addDays(1);
              c.followUpDue = QDate();
          })
          == on);
    CHECK(contactFieldsAfter([](Contact& c) { c.contactOn = today(); }).isEmpty());
    CHECK(contactFieldsAfter([](Contact& c) { c.contactOn = QDate(); }) == on);
}

TEST_CASE("A contact time is HH:MM on the 24-hour clock", "[contact][validation]")
{
    for (const char* good : {"00:00", "09:05", "12:00", "23:59"}) {
        CAPTURE(good);
        CHECK(contactFieldsAfter([good](Contact& c) { c.contactTime = QString::fromLatin1(good); }).isEmpty());
    }
    for (const char* bad :
         {"24:00", "9:30", "09:60", "0930", "14:30:00", "2.30pm", "14:3", " 14:30", "14:30\n", "ab:cd"}) {
        CAPTURE(bad);
        CHECK(contactFieldsAfter([bad](Contact& c) { c.contactTime = QString::fromLatin1(bad); })
              == QStringList {QStringLiteral("time")});
    }
}

TEST_CASE("A contact lasts between 0 and 1440 minutes", "[contact][validation]")
{
    const QStringList duration {QStringLiteral("duration")};
    CHECK(contactFieldsAfter([](Contact& c) { c.durationMinutes = 0; }).isEmpty());
    CHECK(contactFieldsAfter([](Contact& c) { c.durationMinutes = 1440; }).isEmpty());
    CHECK(contactFieldsAfter([](Contact& c) { c.durationMinutes = -1; }) == duration);
    CHECK(contactFieldsAfter([](Contact& c) { c.durationMinutes = 1441; }) == duration);
}

TEST_CASE("A follow-up is due on or after the contact", "[contact][validation]")
{
    CHECK(contactFieldsAfter([](Contact& c) { c.followUpDue = c.contactOn.addDays(-1); })
          == QStringList {QStringLiteral("follow_up")});
    CHECK(contactFieldsAfter([](Contact& c) { c.followUpDue = c.contactOn; }).isEmpty());
    // A follow-up is planned, so it may be in the future.
    CHECK(contactFieldsAfter([](Contact& c) { c.followUpDue = today().addYears(1); }).isEmpty());
}

TEST_CASE("A contact type must be one of the contact types", "[contact][validation]")
{
    const QStringList type {QStringLiteral("type")};
    CHECK(contactFieldsAfter([](Contact& c) { c.type = QStringLiteral("email"); }) == type);
    CHECK(contactFieldsAfter([](Contact& c) { c.type.clear(); }) == type);
    for (const QString& code : hearth::vocab::contactTypes().codes()) {
        CAPTURE(code);
        CHECK(contactFieldsAfter([&code](Contact& c) { c.type = code; }).isEmpty());
    }
}

TEST_CASE("A correction names another note, never itself", "[contact][validation]")
{
    const QStringList corrects {QStringLiteral("corrects")};
    CHECK(contactFieldsAfter([](Contact& c) { c.correctsContactId = c.id; }) == corrects);
    CHECK(contactFieldsAfter([](Contact& c) { c.correctsContactId = idFor(11); }).isEmpty());
    CHECK(contactFieldsAfter([](Contact& c) { c.correctsContactId = QStringLiteral("note 3"); }) == corrects);
}

TEST_CASE("A contact belongs to a resident with a valid id", "[contact][validation]")
{
    CHECK(contactFieldsAfter([](Contact& c) { c.residentId.clear(); }) == QStringList {QStringLiteral("resident")});
    CHECK(contactFieldsAfter([](Contact& c) { c.residentId = QStringLiteral("7"); })
          == QStringList {QStringLiteral("resident")});
    CHECK(contactFieldsAfter([](Contact& c) { c.officerId = QStringLiteral("me"); })
          == QStringList {QStringLiteral("officer")});
}

TEST_CASE("A measurement names a known instrument and stage and has responses", "[measurement][validation]")
{
    Measurement m;
    m.residentId = idFor(1);
    m.instrument = QStringLiteral("ucla3");
    m.stage = QStringLiteral("baseline");
    m.takenOn = QDate(2026, 10, 1);
    m.responses = {1, 2, std::nullopt};
    CHECK(errorFields(m.validate(today())).isEmpty());

    for (const QString& instrument : hearth::instrumentIds()) {
        CAPTURE(instrument);
        Measurement other = m;
        other.instrument = instrument;
        CHECK(errorFields(other.validate(today())).isEmpty());
    }
    CHECK(hearth::instrumentIds()
          == QStringList {QStringLiteral("ons-direct"), QStringLiteral("ucla3"), QStringLiteral("cel"),
                          QStringLiteral("djg6"), QStringLiteral("swemwbs"), QStringLiteral("wemwbs"),
                          QStringLiteral("ons4")});

    const auto fieldsAfter = [&m](const std::function<void(Measurement&)>& change) {
        Measurement changed = m;
        change(changed);
        return errorFields(changed.validate(today()));
    };
    CHECK(fieldsAfter([](Measurement& x) { x.instrument = QStringLiteral("UCLA3"); })
          == QStringList {QStringLiteral("instrument")});
    CHECK(fieldsAfter([](Measurement& x) { x.stage = QStringLiteral("follow_up"); })
          == QStringList {QStringLiteral("stage")});
    CHECK(fieldsAfter([](Measurement& x) { x.takenOn = today().addDays(1); }) == QStringList {QStringLiteral("on")});
    CHECK(fieldsAfter([](Measurement& x) { x.responses.clear(); }) == QStringList {QStringLiteral("responses")});
}
