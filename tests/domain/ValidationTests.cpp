#include "Validation.h"
#include "Vocabulary.h"

#include "DomainTestHelpers.h"

using hearth::parseIsoDate;
using hearth::Validator;
using hearth::test::errorFields;

TEST_CASE("parseIsoDate reads YYYY-MM-DD", "[validation][date]")
{
    CHECK(parseIsoDate(QStringLiteral("2026-02-03")) == QDate(2026, 2, 3));
    CHECK(parseIsoDate(QStringLiteral("2024-02-29")) == QDate(2024, 2, 29));
    CHECK(parseIsoDate(QStringLiteral("1900-01-01")) == QDate(1900, 1, 1));
    CHECK(parseIsoDate(QStringLiteral("9999-12-31")) == QDate(9999, 12, 31));
}

TEST_CASE("parseIsoDate refuses anything that is not exactly a real YYYY-MM-DD date", "[validation][date]")
{
    for (const char* bad : {
             "",
             "2026-2-3", // unpadded
             "2026-02-3",
             "2026-02-30", // no such day
             "2025-02-29", // not a leap year
             "2026-13-01",
             "2026-00-10",
             "0000-01-01",
             "20260203", // basic format
             "2026/02/03",
             "03/02/2026",
             "26-02-03",
             "+2026-02-03",
             "2026-02-03x", // trailing text
             "2026-02-03T10:00:00Z",
             "2026-02-03 ",
             " 2026-02-03",
             "2026-02-03\n",
             "2026-02-03\r\n",
         }) {
        CAPTURE(bad);
        CHECK_FALSE(parseIsoDate(QString::fromLatin1(bad)).isValid());
    }
    // Digits from other scripts are not ASCII digits.
    CHECK_FALSE(parseIsoDate(QStringLiteral("\uFF12\uFF10\uFF12\uFF16-02-03")).isValid());
    CHECK_FALSE(parseIsoDate(QStringLiteral("\u0662\u0660\u0662\u0666-02-03")).isValid());
}

TEST_CASE("Validator rules report the field and stay quiet for absent optional values", "[validation]")
{
    Validator v;
    v.requireText(QStringLiteral("title"), QStringLiteral("   "));
    v.optionalText(QStringLiteral("note"), QString(), 10);
    v.optionalText(QStringLiteral("summary"), QStringLiteral("12345678901"), 10);
    v.requireDate(QStringLiteral("on"), QDate());
    v.requireCode(QStringLiteral("kind"), QString(), hearth::vocab::referralKinds());
    v.optionalCode(QStringLiteral("sex"), QString(), hearth::vocab::sex());
    v.requireId(QStringLiteral("resident"), QString());
    v.optionalId(QStringLiteral("officer"), QString());
    v.optionalId(QStringLiteral("service"), QStringLiteral("svc-1"));
    v.notAfter(QStringLiteral("due"), QDate(2026, 1, 2), QDate(2026, 1, 1), QStringLiteral("today"));
    v.notAfter(QStringLiteral("quiet1"), QDate(2026, 1, 1), QDate(2026, 1, 1), QStringLiteral("today"));
    v.notAfter(QStringLiteral("quiet2"), QDate(), QDate(2026, 1, 1), QStringLiteral("today"));
    v.notBefore(QStringLiteral("ends"), QDate(2025, 12, 31), QDate(2026, 1, 1), QStringLiteral("start"));
    v.notBefore(QStringLiteral("quiet3"), QDate(2025, 12, 31), QDate(), QStringLiteral("start"));
    CHECK(errorFields(v.errors())
          == QStringList {QStringLiteral("title"), QStringLiteral("summary"), QStringLiteral("on"),
                          QStringLiteral("kind"), QStringLiteral("resident"), QStringLiteral("service"),
                          QStringLiteral("due"), QStringLiteral("ends")});
    CHECK_FALSE(v.ok());

    // Messages say what is wrong in words, with the value and the limit.
    const QString text = hearth::joinErrors(v.errors());
    CHECK(text.contains(QStringLiteral("title: is required")));
    CHECK(text.contains(QStringLiteral("summary: is longer than 10 characters")));
    CHECK(text.contains(QStringLiteral("kind: is required (one of: signpost, warm)")));
    CHECK(text.contains(QStringLiteral("due: 2026-01-02 is after today (2026-01-01)")));
    CHECK(text.contains(QStringLiteral("ends: 2025-12-31 is before start (2026-01-01)")));
    CHECK(text.count(QLatin1Char('\n')) == v.errors().size() - 1);

    CHECK(Validator().ok());
}
