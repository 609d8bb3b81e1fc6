// The Welsh catalogues (resources/translations/*.ts) against the sources, as lupdate sees them now:
// every string the GUI can show must have a finished Welsh translation that keeps the source's
// placeholders and (at most one) keyboard mnemonic, and no dialog or page may share mnemonic letters
// more than its English does. lupdate writes into a temporary file only.
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <algorithm>

namespace {

const QString kRoot = QStringLiteral(HEARTH_SOURCE_ROOT);
const QString kListFile = QStringLiteral("resources/translations/catalogues.txt");

struct Catalogue
{
    QString name;
    QStringList paths; // folders, or "folder/*.ext"
};

struct CatalogueList
{
    QStringList includes;
    QList<Catalogue> catalogues;
};

CatalogueList readCatalogueList()
{
    QFile file(QDir(kRoot).filePath(kListFile));
    REQUIRE(file.open(QIODevice::ReadOnly | QIODevice::Text));
    CatalogueList list;
    int number = 0;
    while (!file.atEnd()) {
        ++number;
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#'))) {
            continue;
        }
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        INFO(kListFile.toStdString() << ":" << number << ": " << line.toStdString());
        REQUIRE(colon > 0);
        const QString key = line.left(colon).trimmed();
        const QStringList paths = line.mid(colon + 1).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        REQUIRE_FALSE(paths.isEmpty());
        if (key == QLatin1String("include")) {
            list.includes += paths;
        } else {
            list.catalogues.append({key, paths});
        }
    }
    return list;
}

// "src/ui/*.cpp" -> the .cpp files directly in src/ui; a folder -> itself (lupdate searches it).
QStringList expand(const QString& path)
{
    if (!path.contains(QLatin1Char('*'))) {
        return {path};
    }
    const QFileInfo pattern(path);
    QStringList files;
    const QDir folder(QDir(kRoot).filePath(pattern.path()));
    for (const QString& name : folder.entryList({pattern.fileName()}, QDir::Files, QDir::Name)) {
        files.append(pattern.path() + QLatin1Char('/') + name);
    }
    return files;
}

bool covers(const QString& path, const QString& file)
{
    if (path.contains(QLatin1Char('*'))) {
        const QFileInfo pattern(path);
        return QFileInfo(file).path() == pattern.path()
            && QRegularExpression::fromWildcard(pattern.fileName()).match(QFileInfo(file).fileName()).hasMatch();
    }
    return file.startsWith(path + QLatin1Char('/'));
}

struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    bool finished = false;
    QStringList translations; // one, or the plural forms
};

QString keyOf(const Message& message)
{
    return message.context + QChar(0x1) + message.source + QChar(0x1) + message.comment;
}

QList<Message> readTs(const QString& path)
{
    QFile file(path);
    INFO(path.toStdString());
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QList<Message> messages;
    QString context;
    Message message;
    bool inMessage = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name") && !inMessage) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                message = Message {};
                message.context = context;
                message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
                inMessage = true;
            } else if (name == QLatin1String("source") && inMessage) {
                message.source = xml.readElementText();
            } else if (name == QLatin1String("comment") && inMessage) {
                message.comment = xml.readElementText();
            } else if (name == QLatin1String("translation") && inMessage) {
                const QString type = xml.attributes().value(QLatin1String("type")).toString();
                if (message.numerus) {
                    while (xml.readNextStartElement()) {
                        message.translations.append(xml.readElementText());
                    }
                } else {
                    message.translations.append(xml.readElementText());
                }
                message.finished = type.isEmpty() && !message.translations.isEmpty()
                    && std::none_of(message.translations.cbegin(), message.translations.cend(),
                                    [](const QString& text) { return text.isEmpty(); });
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            messages.append(message);
            inMessage = false;
        }
    }
    INFO(xml.errorString().toStdString());
    REQUIRE_FALSE(xml.hasError());
    return messages;
}

// %1…%9 (also written %L1) and %n, each once, sorted.
QStringList placeholders(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?([1-9]|n)"));
    QStringList found;
    for (const auto& match : pattern.globalMatch(text)) {
        found.append(QLatin1Char('%') + match.captured(1));
    }
    found.removeDuplicates();
    found.sort();
    return found;
}

// Keyboard mnemonics: an '&' before a character, not "&&" and not an entity such as "&nbsp;".
int mnemonics(const QString& text)
{
    static const QRegularExpression entity(QStringLiteral("^&(#[0-9]+|[A-Za-z]+);"));
    int count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&') || i + 1 >= text.size()) {
            continue;
        }
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
        } else if (!entity.match(text.mid(i, 12)).hasMatch() && !text.at(i + 1).isSpace()) {
            ++count;
        }
    }
    return count;
}

// The character a mnemonic is on (the first, if there are several), or a null QChar.
QChar mnemonicKey(const QString& text)
{
    static const QRegularExpression mnemonic(QStringLiteral("(?:^|[^&])(?:&&)*&([^&\\s])"));
    const auto match = mnemonic.match(text);
    return match.hasMatch() ? match.captured(1).at(0) : QChar();
}

// A key that every keyboard types with Alt: an ASCII letter or digit (not "â" or "ŵ").
bool typable(QChar key)
{
    return key.unicode() < 128 && key.isLetterOrNumber();
}

// Mnemonic letters that more than one text of a context uses: letter (lower case) -> the texts,
// each distinct text once. Texts without a mnemonic are left out.
QMap<QChar, QStringList> duplicateMnemonics(const QStringList& texts)
{
    QMap<QChar, QStringList> byKey;
    for (const QString& text : texts) {
        const QChar key = mnemonicKey(text).toLower();
        if (!key.isNull() && !byKey[key].contains(text)) {
            byKey[key].append(text);
        }
    }
    for (auto it = byKey.begin(); it != byKey.end();) {
        it->sort();
        it = it->size() > 1 ? std::next(it) : byKey.erase(it);
    }
    return byKey;
}

// Each context (one dialog or page class) whose translations have more duplicated mnemonic letters
// than its English sources. English has a few duplicates too (on different tabs, in different
// menus), so the rule is "no worse than English": a dialog with more fields than Welsh has letters
// must share some, but no more letters than the English shares. Only messages whose source has a
// mnemonic count; a plural message counts with its first form.
QStringList mnemonicClashes(const QList<Message>& sources, const QHash<QString, Message>& translated)
{
    QMap<QString, QPair<QStringList, QStringList>> byContext; // context -> English, Welsh texts
    for (const Message& message : sources) {
        const auto found = translated.constFind(keyOf(message));
        if (mnemonics(message.source) == 0 || found == translated.cend() || !found->finished) {
            continue;
        }
        auto& texts = byContext[message.context];
        texts.first.append(message.source);
        texts.second.append(found->translations.value(0));
    }
    QStringList lines;
    for (auto it = byContext.cbegin(); it != byContext.cend(); ++it) {
        const auto english = duplicateMnemonics(it->first);
        const auto welsh = duplicateMnemonics(it->second);
        if (welsh.size() <= english.size()) {
            continue;
        }
        QStringList letters;
        for (auto key = welsh.cbegin(); key != welsh.cend(); ++key) {
            letters.append(QStringLiteral("'%1': \"%2\"").arg(key.key(), key->join(QStringLiteral("\" | \""))));
        }
        lines.append(QStringLiteral("[%1] has %2 duplicated mnemonic letters, the English %3: give each text a "
                                    "letter of its own (scripts/check-translation-placeholders.py): %4")
                         .arg(it.key())
                         .arg(welsh.size())
                         .arg(english.size())
                         .arg(letters.join(QStringLiteral("; "))));
    }
    return lines;
}

QString describe(const Message& message)
{
    QString text = QStringLiteral("[%1] \"%2\"").arg(message.context, message.source);
    if (!message.comment.isEmpty()) {
        text += QStringLiteral(" (%1)").arg(message.comment);
    }
    return text.replace(QLatin1Char('\n'), QStringLiteral("\\n"));
}

// What lupdate finds in the catalogue's sources now, written to a temporary file.
QList<Message> extract(const CatalogueList& list, const Catalogue& catalogue, const QString& output)
{
    QStringList arguments {QStringLiteral("-locations"),
                           QStringLiteral("none"),
                           QStringLiteral("-no-obsolete"),
                           QStringLiteral("-source-language"),
                           QStringLiteral("en_GB"),
                           QStringLiteral("-target-language"),
                           QStringLiteral("cy")};
    for (const QString& include : list.includes) {
        arguments << QStringLiteral("-I") << include;
    }
    for (const QString& path : catalogue.paths) {
        arguments += expand(path);
    }
    arguments << QStringLiteral("-ts") << output;
    QProcess lupdate;
    lupdate.setWorkingDirectory(kRoot);
    lupdate.start(QStringLiteral(HEARTH_LUPDATE), arguments);
    REQUIRE(lupdate.waitForFinished(300000));
    INFO(QString::fromLocal8Bit(lupdate.readAllStandardError()).toStdString());
    REQUIRE(lupdate.exitStatus() == QProcess::NormalExit);
    REQUIRE(lupdate.exitCode() == 0);
    return readTs(output);
}

// Every problem with one catalogue, one line each.
QStringList problems(const QString& name)
{
    const CatalogueList list = readCatalogueList();
    const auto found = std::find_if(list.catalogues.cbegin(), list.catalogues.cend(),
                                    [&](const Catalogue& catalogue) { return catalogue.name == name; });
    INFO(name.toStdString() << " is not in " << kListFile.toStdString());
    REQUIRE(found != list.catalogues.cend());
    const QString committedPath = QDir(kRoot).filePath(QStringLiteral("resources/translations/%1.ts").arg(name));
    INFO("the catalogue file is missing: " << committedPath.toStdString() << " (scripts/update-translations.sh "
                                           << name.toStdString() << ")");
    REQUIRE(QFileInfo::exists(committedPath));

    hearth::test::TempFolder folder;
    const QList<Message> wanted = extract(list, *found, folder.path(name + QStringLiteral(".ts")));
    REQUIRE_FALSE(wanted.isEmpty());
    QHash<QString, Message> committed;
    for (const Message& message : readTs(committedPath)) {
        committed.insert(keyOf(message), message);
    }

    QStringList lines;
    for (const Message& message : wanted) {
        const auto translated = committed.constFind(keyOf(message));
        if (translated == committed.cend()) {
            lines.append(QStringLiteral("missing: ") + describe(message));
            continue;
        }
        if (!translated->finished) {
            lines.append(QStringLiteral("unfinished: ") + describe(message));
            continue;
        }
        const int sourceMnemonics = mnemonics(message.source);
        for (const QString& text : translated->translations) {
            // A plural form may leave out %n ("un preswylydd" for one resident).
            QStringList expected = placeholders(message.source);
            QStringList got = placeholders(text);
            if (message.numerus) {
                expected.removeAll(QStringLiteral("%n"));
                got.removeAll(QStringLiteral("%n"));
            }
            if (expected != got) {
                lines.append(QStringLiteral("placeholders %1 in the source but %2 in \"%3\": ")
                                 .arg(expected.join(QLatin1Char(',')), got.join(QLatin1Char(',')), text)
                             + describe(message));
            }
            if (typable(mnemonicKey(message.source)) && mnemonics(text) == 1 && !typable(mnemonicKey(text))) {
                lines.append(QStringLiteral("the mnemonic in \"%1\" is on a key not every keyboard has: ").arg(text)
                             + describe(message));
            }
            const int textMnemonics = mnemonics(text);
            if (textMnemonics > 1 || (sourceMnemonics > 0 && textMnemonics != 1)) {
                lines.append(QStringLiteral("%1 mnemonics (&) in \"%2\", the source has %3: ")
                                 .arg(textMnemonics)
                                 .arg(text)
                                 .arg(sourceMnemonics)
                             + describe(message));
            }
        }
    }
    lines += mnemonicClashes(wanted, committed);
    return lines;
}

void checkCatalogue(const QString& name)
{
    const QStringList lines = problems(name);
    constexpr qsizetype kShown = 150;
    QString report = QStringLiteral("%1: %2 problems (translate them, then scripts/update-translations.sh %1)\n")
                         .arg(name)
                         .arg(lines.size());
    report += lines.mid(0, kShown).join(QLatin1Char('\n'));
    if (lines.size() > kShown) {
        report += QStringLiteral("\n… and %1 more").arg(lines.size() - kShown);
    }
    INFO(report.toStdString());
    CHECK(lines.isEmpty());
}

} // namespace

TEST_CASE("The Welsh catalogues are the four listed, and each file exists")
{
    const CatalogueList list = readCatalogueList();
    QStringList names;
    for (const Catalogue& catalogue : list.catalogues) {
        names.append(catalogue.name);
        INFO(catalogue.name.toStdString());
        CHECK(QFileInfo::exists(
            QDir(kRoot).filePath(QStringLiteral("resources/translations/%1.ts").arg(catalogue.name))));
        for (const QString& path : catalogue.paths) {
            INFO(path.toStdString());
            CHECK_FALSE(expand(path).isEmpty());
            CHECK(QFileInfo::exists(QDir(kRoot).filePath(expand(path).constFirst())));
        }
    }
    // Each catalogue has its own test case below: a new catalogue needs one too.
    CHECK(names
          == QStringList {QStringLiteral("hearth_core_cy"), QStringLiteral("hearth_main_cy"),
                          QStringLiteral("hearth_casework_cy"), QStringLiteral("hearth_services_cy")});
}

TEST_CASE("Every source file of the GUI is covered by a Welsh catalogue")
{
    const CatalogueList list = readCatalogueList();
    const QDir root(kRoot);
    QStringList files;
    for (const QString& folder :
         {QStringLiteral("src/ui"), QStringLiteral("ui"), QStringLiteral("src/app"), QStringLiteral("src/models")}) {
        QDirIterator it(root.filePath(folder), {QStringLiteral("*.cpp"), QStringLiteral("*.h"), QStringLiteral("*.ui")},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            files.append(root.relativeFilePath(it.next()));
        }
    }
    REQUIRE(files.size() > 50);
    QStringList uncovered;
    for (const QString& file : files) {
        const bool covered = std::any_of(list.catalogues.cbegin(), list.catalogues.cend(), [&](const Catalogue& c) {
            return std::any_of(c.paths.cbegin(), c.paths.cend(),
                               [&](const QString& path) { return covers(path, file); });
        });
        if (!covered) {
            uncovered.append(file);
        }
    }
    uncovered.sort();
    INFO("not in any catalogue of " << kListFile.toStdString() << ": "
                                    << uncovered.join(QStringLiteral(", ")).toStdString());
    CHECK(uncovered.isEmpty());
}

TEST_CASE("The placeholder and mnemonic checks see what they should")
{
    const QStringList expected {QStringLiteral("%1"), QStringLiteral("%2"), QStringLiteral("%3"), QStringLiteral("%n")};
    CHECK(placeholders(QStringLiteral("%2 of %1, %L3 and %n (100%)")) == expected);
    CHECK(mnemonics(QStringLiteral("&File")) == 1);
    CHECK(mnemonics(QStringLiteral("Save && close")) == 0);
    CHECK(mnemonics(QStringLiteral("A&nbsp;B &amp; C")) == 0);
    CHECK(mnemonics(QStringLiteral("&Ffeil &Agor")) == 2);
    CHECK(mnemonicKey(QStringLiteral("Save && c&lose")) == QLatin1Char('l'));
    CHECK_FALSE(typable(mnemonicKey(QStringLiteral("Dyddiad caniat&âd"))));
    CHECK(typable(mnemonicKey(QStringLiteral("Dyddiad c&aniatâd"))));
}

TEST_CASE("The mnemonic clash check compares each context's Welsh with its English")
{
    const auto duplicates =
        duplicateMnemonics({QStringLiteral("&Cadw"), QStringLiteral("&Cod post"), QStringLiteral("Cau'r a&chos…"),
                            QStringLiteral("&Cadw"), QStringLiteral("Save && close"), QStringLiteral("&Ward")});
    REQUIRE(duplicates.size() == 1);
    CHECK(duplicates.value(QLatin1Char('c'))
          == QStringList {QStringLiteral("&Cadw"), QStringLiteral("&Cod post"), QStringLiteral("Cau'r a&chos…")});

    const auto message = [](const char* context, const char* source, const char* text) {
        return Message {QString::fromUtf8(context), QString::fromUtf8(source), {}, false, true,
                        {QString::fromUtf8(text)}};
    };
    const QList<Message> english {message("Dialog", "&Save", "&Cadw"),
                                  message("Dialog", "&Postcode", "&Cod post"),
                                  message("Dialog", "Close &case…", "Cau'r &achos…"),
                                  message("Dialog", "&Contacts", "C&ysylltiadau"),
                                  message("Dialog", "Re&open case", "&Ailagor yr achos"),
                                  message("Menus", "&File", "&Ffeil"),
                                  message("Menus", "&Find", "C&anfod"),
                                  message("Menus", "&Agenda", "&Agenda")};
    QHash<QString, Message> welsh;
    for (const Message& m : english) {
        welsh.insert(keyOf(m), m);
    }
    // Dialog: English shares c, Welsh a and c; Menus: English shares f, Welsh a (no worse).
    const QStringList lines = mnemonicClashes(english, welsh);
    REQUIRE(lines.size() == 1);
    CHECK(lines.constFirst().startsWith(QStringLiteral("[Dialog] has 2 duplicated mnemonic letters, the English 1")));
    CHECK(lines.constFirst().contains(QStringLiteral("'a': \"&Ailagor yr achos\" | \"Cau'r &achos…\"")));
    CHECK(lines.constFirst().contains(QStringLiteral("'c': \"&Cadw\" | \"&Cod post\"")));

    welsh[keyOf(english.at(1))].translations = {QStringLiteral("Cod &post")};
    CHECK(mnemonicClashes(english, welsh).isEmpty());
    // An unfinished translation is reported elsewhere, not here.
    welsh[keyOf(english.at(1))].finished = false;
    welsh[keyOf(english.at(1))].translations = {QStringLiteral("&Cod post")};
    CHECK(mnemonicClashes(english, welsh).isEmpty());
}

TEST_CASE("The hand-written catalogue of Qt's own strings is finished, placeholders and mnemonics kept")
{
    const QList<Message> messages =
        readTs(QDir(kRoot).filePath(QStringLiteral("resources/translations/hearth_qt_cy.ts")));
    REQUIRE(messages.size() > 20);
    for (const Message& message : messages) {
        INFO(describe(message).toStdString());
        CHECK(message.finished);
        CHECK(mnemonics(message.translations.value(0)) == mnemonics(message.source));
        CHECK(placeholders(message.translations.value(0)) == placeholders(message.source));
    }
    QHash<QString, Message> byKey;
    for (const Message& message : messages) {
        byKey.insert(keyOf(message), message);
    }
    const QStringList lines = mnemonicClashes(messages, byKey);
    INFO(lines.join(QLatin1Char('\n')).toStdString());
    CHECK(lines.isEmpty());
}

TEST_CASE("Welsh catalogue hearth_main_cy translates every string of its sources")
{
    checkCatalogue(QStringLiteral("hearth_main_cy"));
}

TEST_CASE("Welsh catalogue hearth_core_cy translates every string of its sources")
{
    checkCatalogue(QStringLiteral("hearth_core_cy"));
}

TEST_CASE("Welsh catalogue hearth_casework_cy translates every string of its sources")
{
    checkCatalogue(QStringLiteral("hearth_casework_cy"));
}

TEST_CASE("Welsh catalogue hearth_services_cy translates every string of its sources")
{
    checkCatalogue(QStringLiteral("hearth_services_cy"));
}
