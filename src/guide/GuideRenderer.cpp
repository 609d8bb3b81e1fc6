#include "GuideRenderer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFragment>
#include <QUrl>

#include <algorithm>

namespace hearth::guide {

namespace {

// Pictures are shown at most this wide (in pixels) so that a page fits the help window.
constexpr int kMaxImageWidth = 560;

const char* const kStyle = R"(
body { font-family: sans-serif; line-height: 1.45; max-width: 46em; margin: 1em auto; padding: 0 1em; color: #1d1d1d; background: #ffffff; }
h1 { font-size: 1.6em; color: #7a2e0e; }
h2 { font-size: 1.3em; color: #7a2e0e; margin-top: 1.4em; }
h3 { font-size: 1.1em; }
a { color: #0b57a4; }
code { font-family: monospace; background: #f2f2f2; }
kbd { font-family: monospace; border: 1px solid #888; padding: 0 0.2em; }
img { max-width: 100%; height: auto; border: 1px solid #bbb; }
table { border-collapse: collapse; }
td, th { border: 1px solid #bbb; padding: 0.2em 0.5em; vertical-align: top; }
.nav { font-size: 0.95em; border-bottom: 1px solid #ccc; padding-bottom: 0.3em; }
.nav-bottom { font-size: 0.95em; border-top: 1px solid #ccc; padding-top: 0.3em; margin-top: 2em; }
)";

QString readText(const QString& path, bool* ok)
{
    QFile file(path);
    *ok = file.open(QIODevice::ReadOnly);
    return *ok ? QString::fromUtf8(file.readAll()) : QString();
}

bool writeText(const QString& path, const QString& text)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return false;
    }
    file.write(text.toUtf8());
    return file.commit();
}

int lineOf(const QString& text, const QString& needle)
{
    const qsizetype at = text.indexOf(needle);
    return at < 0 ? 0 : int(text.left(at).count(QLatin1Char('\n'))) + 1;
}

QString where(const QString& file, int line)
{
    return line > 0 ? QStringLiteral("%1:%2").arg(file).arg(line) : file;
}

bool isExternal(const QString& href)
{
    const QUrl url(href);
    return !url.scheme().isEmpty() || href.startsWith(QLatin1String("//"));
}

// The chapter file a link names ("casework.md#x" -> "casework"), or empty for a link within the page.
QString linkedChapter(const QString& href)
{
    QString path = href.section(QLatin1Char('#'), 0, 0);
    if (path.isEmpty()) {
        return {};
    }
    for (const QLatin1String suffix : {QLatin1String(".md"), QLatin1String(".html")}) {
        if (path.endsWith(suffix)) {
            path.chop(suffix.size());
            return path;
        }
    }
    return path; // not a chapter: reported as such
}

QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

// The words of the page around the chapter, in the guide's language (the renderer is a build
// step without the application's translations).
struct PageWords
{
    QString lang;
    QString guide;
    QString contents;
    QString previous;
    QString next;
};

PageWords pageWords(const QString& language)
{
    if (language == QLatin1String("cy")) {
        return {QStringLiteral("cy-GB"), QStringLiteral("Canllaw defnyddiwr Hearth"), QStringLiteral("Cynnwys"),
                QStringLiteral("Blaenorol"), QStringLiteral("Nesaf")};
    }
    return {QStringLiteral("en-GB"), QStringLiteral("Hearth user guide"), QStringLiteral("Contents"),
            QStringLiteral("Previous"), QStringLiteral("Next")};
}

QString navigation(const QList<Chapter>& chapters, int index, const QString& cssClass, const PageWords& words)
{
    QStringList parts;
    parts << QStringLiteral("<a href=\"index.html\">%1</a>").arg(words.contents);
    if (index > 0) {
        const Chapter& previous = chapters.at(index - 1);
        parts << QStringLiteral("%1: <a href=\"%2.html\">%3</a>")
                     .arg(words.previous, previous.name, escaped(previous.title));
    }
    if (index + 1 < chapters.size()) {
        const Chapter& next = chapters.at(index + 1);
        parts << QStringLiteral("%1: <a href=\"%2.html\">%3</a>").arg(words.next, next.name, escaped(next.title));
    }
    return QStringLiteral("<div class=\"%1\"><p>%2</p></div>\n").arg(cssClass, parts.join(QStringLiteral(" · ")));
}

} // namespace

RenderResult renderGuide(const QString& sourceFolder, const QString& outputFolder, const QString& language)
{
    RenderResult result;
    // A translation's chapters are in a folder of its own (docs/guide/cy), listed by the English
    // chapters.txt, so that a chapter missing from the translation is reported.
    const QString listPath = QDir(sourceFolder).filePath(QStringLiteral("chapters.txt"));
    const QDir source(language.isEmpty() ? sourceFolder : QDir(sourceFolder).filePath(language));
    const PageWords words = pageWords(language);
    bool ok = false;
    const QString list = readText(listPath, &ok);
    if (!ok) {
        result.problems << QStringLiteral("%1: cannot read the list of chapters").arg(listPath);
        return result;
    }

    // The chapters, their Markdown and titles.
    QStringList markdown;
    const QStringList lines = list.split(QLatin1Char('\n'));
    for (int number = 0; number < lines.size(); ++number) {
        const QString name = lines.at(number).trimmed();
        if (name.isEmpty() || name.startsWith(QLatin1Char('#'))) {
            continue;
        }
        const QString path = source.filePath(name + QStringLiteral(".md"));
        const QString text = readText(path, &ok);
        if (!ok) {
            result.problems
                << QStringLiteral("%1: chapter \"%2\" has no file %3").arg(where(listPath, number + 1), name, path);
            continue;
        }
        static const QRegularExpression heading(QStringLiteral("^# +(.+)$"), QRegularExpression::MultilineOption);
        const QRegularExpressionMatch match = heading.match(text);
        if (!match.hasMatch()) {
            result.problems << QStringLiteral("%1: the chapter has no title (a line starting \"# \")").arg(path);
            continue;
        }
        result.chapters.append({name, match.captured(1).trimmed()});
        markdown.append(text);
    }
    if (std::none_of(result.chapters.cbegin(), result.chapters.cend(),
                     [](const Chapter& chapter) { return chapter.name == QLatin1String("index"); })) {
        result.problems << QStringLiteral("%1: the guide has no chapter \"index\"").arg(listPath);
    }
    // Every Markdown file is a listed chapter, so none is left out of the navigation.
    for (const QString& file : source.entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name)) {
        const QString name = QFileInfo(file).completeBaseName();
        if (std::none_of(result.chapters.cbegin(), result.chapters.cend(),
                         [&](const Chapter& chapter) { return chapter.name == name; })) {
            result.problems << QStringLiteral("%1: not listed in %2").arg(source.filePath(file), listPath);
        }
    }

    // A translation shows the English guide's pictures (../images), so has no images/ of its own.
    QDir output(outputFolder);
    if (!output.mkpath(language.isEmpty() ? QStringLiteral("images") : QStringLiteral("."))) {
        result.problems << QStringLiteral("%1: cannot create the folder").arg(outputFolder);
        return result;
    }

    for (int index = 0; index < result.chapters.size(); ++index) {
        const Chapter& chapter = result.chapters.at(index);
        const QString& text = markdown.at(index);
        const QString mdPath = source.filePath(chapter.name + QStringLiteral(".md"));

        QTextDocument document;
        document.setMarkdown(text, QTextDocument::MarkdownDialectGitHub);

        // Check every link and picture the chapter refers to.
        QStringList images;
        for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextFragment fragment = it.fragment();
                const QTextCharFormat format = fragment.charFormat();
                if (format.isImageFormat()) {
                    const QString image = format.toImageFormat().name();
                    if (!QFileInfo::exists(source.filePath(image))) {
                        result.problems << QStringLiteral("%1: picture %2 does not exist")
                                               .arg(where(mdPath, lineOf(text, image)), image);
                    } else {
                        images << image;
                    }
                }
                if (format.isAnchor()) {
                    const QString href = format.anchorHref();
                    if (href.isEmpty() || isExternal(href)) {
                        continue;
                    }
                    const QString target = linkedChapter(href);
                    if (!target.isEmpty()
                        && std::none_of(result.chapters.cbegin(), result.chapters.cend(),
                                        [&](const Chapter& other) { return other.name == target; })) {
                        result.problems << QStringLiteral("%1: link to %2, which is not a chapter of the guide")
                                               .arg(where(mdPath, lineOf(text, href)), href);
                    }
                }
            }
        }

        // The body Qt writes, with links to chapters made .html and pictures given a width.
        QString html = document.toHtml();
        static const QRegularExpression bodyPattern(QStringLiteral("<body[^>]*>(.*)</body>"),
                                                    QRegularExpression::DotMatchesEverythingOption);
        QString body = bodyPattern.match(html).captured(1);
        static const QRegularExpression mdLink(QStringLiteral("href=\"([^\":#]+)\\.md(#[^\"]*)?\""));
        body.replace(mdLink, QStringLiteral("href=\"\\1.html\\2\""));
        for (const QString& image : std::as_const(images)) {
            const QSize size = QImageReader(source.filePath(image)).size();
            const int width = std::min(size.width(), kMaxImageWidth);
            body.replace(QStringLiteral("<img src=\"%1\"").arg(image),
                         QStringLiteral("<img src=\"%1\" width=\"%2\"").arg(image).arg(width));
        }

        const QString page =
            QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\" />\n"
                           "<title>%2 – %3</title>\n<style>%4</style>\n</head>\n<body>\n%5%6%7</body>\n"
                           "</html>\n")
                .arg(words.lang, escaped(chapter.title), words.guide, QString::fromLatin1(kStyle),
                     navigation(result.chapters, index, QStringLiteral("nav"), words), body,
                     navigation(result.chapters, index, QStringLiteral("nav-bottom"), words));
        const QString file = chapter.name + QStringLiteral(".html");
        if (!writeText(output.filePath(file), page)) {
            result.problems << QStringLiteral("%1: cannot write").arg(output.filePath(file));
        } else {
            result.written << file;
        }
    }

    // The pictures, copied when they changed (a translation's are the English guide's).
    const QDir imageSource(source.filePath(QStringLiteral("images")));
    const QStringList pictures =
        language.isEmpty() ? imageSource.entryList({QStringLiteral("*.png")}, QDir::Files, QDir::Name) : QStringList();
    for (const QString& file : pictures) {
        const QString from = imageSource.filePath(file);
        const QString to = output.filePath(QStringLiteral("images/") + file);
        const QFileInfo fromInfo(from), toInfo(to);
        if (toInfo.exists() && toInfo.size() == fromInfo.size() && toInfo.lastModified() >= fromInfo.lastModified()) {
            continue;
        }
        QFile::remove(to);
        if (!QFile::copy(from, to)) {
            result.problems << QStringLiteral("%1: cannot copy to %2").arg(from, to);
        } else {
            result.written << QStringLiteral("images/") + file;
        }
    }

    QString contents;
    for (const Chapter& chapter : std::as_const(result.chapters)) {
        contents += chapter.name + QLatin1Char('\t') + chapter.title + QLatin1Char('\n');
    }
    if (!writeText(output.filePath(QStringLiteral("contents.tsv")), contents)) {
        result.problems << QStringLiteral("%1: cannot write").arg(output.filePath(QStringLiteral("contents.tsv")));
    }
    return result;
}

QList<Chapter> readContents(const QString& outputFolder)
{
    QList<Chapter> chapters;
    bool ok = false;
    const QString text = readText(QDir(outputFolder).filePath(QStringLiteral("contents.tsv")), &ok);
    for (const QString& line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QString name = line.section(QLatin1Char('\t'), 0, 0);
        const QString title = line.section(QLatin1Char('\t'), 1);
        if (!name.isEmpty() && !title.isEmpty()) {
            chapters.append({name, title});
        }
    }
    return chapters;
}

} // namespace hearth::guide
