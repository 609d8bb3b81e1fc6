#include "AuditEvent.h"

#include "DomainTestHelpers.h"

#include <QTimeZone>

#include <functional>

using hearth::AuditEvent;
using hearth::test::fixedNow;
using hearth::test::idFor;

namespace {

AuditEvent baseEvent()
{
    AuditEvent e;
    e.sequence = 17;
    e.at = QDateTime(QDate(2026, 11, 22), QTime(10, 15, 30, 250), Qt::UTC);
    e.officerId = idFor(2);
    e.action = QStringLiteral("update");
    e.entity = QStringLiteral("resident");
    e.entityId = idFor(1);
    e.summary = QStringLiteral("changed: phone, email");
    e.previousHash = QByteArray(64, 'a');
    return e;
}

} // namespace

TEST_CASE("An audit hash is a deterministic hex SHA-256", "[audit]")
{
    const AuditEvent e = baseEvent();
    const QByteArray hash = e.computeHash();
    CHECK(hash.size() == 64);
    CHECK(QByteArray::fromHex(hash).toHex() == hash); // lower-case hex only
    CHECK(baseEvent().computeHash() == hash);

    // The stored hash is not an input: setting it does not change what is computed.
    AuditEvent withHash = e;
    withHash.hash = hash;
    CHECK(withHash.computeHash() == hash);
}

TEST_CASE("Changing any field or the previous hash changes the audit hash", "[audit]")
{
    const QByteArray original = baseEvent().computeHash();
    struct Change
    {
        const char* field;
        std::function<void(AuditEvent&)> apply;
    };
    const Change changes[] = {
        {"sequence", [](AuditEvent& e) { e.sequence = 18; }},
        {"at", [](AuditEvent& e) { e.at = e.at.addMSecs(1); }},
        {"officerId", [](AuditEvent& e) { e.officerId = idFor(3); }},
        {"action", [](AuditEvent& e) { e.action = QStringLiteral("view"); }},
        {"entity", [](AuditEvent& e) { e.entity = QStringLiteral("contact"); }},
        {"entityId", [](AuditEvent& e) { e.entityId = idFor(4); }},
        {"summary", [](AuditEvent& e) { e.summary = QStringLiteral("changed: phone"); }},
        {"previousHash", [](AuditEvent& e) { e.previousHash = QByteArray(64, 'b'); }},
        {"previousHash empty", [](AuditEvent& e) { e.previousHash.clear(); }},
    };
    for (const auto& change : changes) {
        CAPTURE(change.field);
        AuditEvent e = baseEvent();
        change.apply(e);
        CHECK(e.computeHash() != original);
    }
}

TEST_CASE("Text moved between adjacent audit fields changes the hash", "[audit]")
{
    // Without length prefixes "ab"+"c" and "a"+"bc" would hash the same bytes.
    const auto hashWith = [](std::function<void(AuditEvent&)> set) {
        AuditEvent e = baseEvent();
        set(e);
        return e.computeHash();
    };
    CHECK(hashWith([](AuditEvent& e) {
              e.action = QStringLiteral("ab");
              e.entity = QStringLiteral("c");
          })
          != hashWith([](AuditEvent& e) {
                 e.action = QStringLiteral("a");
                 e.entity = QStringLiteral("bc");
             }));
    CHECK(hashWith([](AuditEvent& e) {
              e.entityId = QStringLiteral("x");
              e.summary = QString();
          })
          != hashWith([](AuditEvent& e) {
                 e.entityId = QString();
                 e.summary = QStringLiteral("x");
             }));
    // A separator inside the text does not fool it: summaries hold ':' ("changed: phone").
    CHECK(hashWith([](AuditEvent& e) {
              e.entityId = QStringLiteral("a:b");
              e.summary = QStringLiteral("c");
          })
          != hashWith([](AuditEvent& e) {
                 e.entityId = QStringLiteral("a");
                 e.summary = QStringLiteral("b:c");
             }));
    CHECK(hashWith([](AuditEvent& e) {
              e.entity = QStringLiteral("resident");
              e.entityId = QStringLiteral("1:x");
          })
          != hashWith([](AuditEvent& e) {
                 e.entity = QStringLiteral("resident:1");
                 e.entityId = QStringLiteral("x");
             }));
    // Nor does a length written inside the text.
    CHECK(hashWith([](AuditEvent& e) {
              e.officerId = QStringLiteral("1:a");
              e.action = QString();
          })
          != hashWith([](AuditEvent& e) {
                 e.officerId = QString();
                 e.action = QStringLiteral("a");
             }));
}

TEST_CASE("The same instant in another time zone hashes the same", "[audit]")
{
    // Events are stored in UTC and re-hashed after loading; the zone the clock gave must not matter.
    AuditEvent utc = baseEvent();
    AuditEvent offset = baseEvent();
    offset.at = utc.at.toTimeZone(QTimeZone(3600));
    REQUIRE(offset.at == utc.at);
    CHECK(offset.computeHash() == utc.computeHash());
}

TEST_CASE("A chain of audit events breaks when an earlier event is altered", "[audit]")
{
    AuditEvent first = baseEvent();
    first.sequence = 1;
    first.previousHash.clear();
    first.hash = first.computeHash();

    AuditEvent second = baseEvent();
    second.sequence = 2;
    second.at = fixedNow();
    second.previousHash = first.hash;
    second.hash = second.computeHash();

    AuditEvent tampered = first;
    tampered.summary = QStringLiteral("changed: nothing");
    CHECK(tampered.computeHash() != second.previousHash);
    CHECK(first.computeHash() == second.previousHash);
}
