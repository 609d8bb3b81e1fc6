#pragma once

#include <QString>
#include <QStringList>

namespace hearth::guide {

// One chapter of the user guide: docs/guide/<name>.md, rendered to <name>.html. The title is the
// chapter's first "# " heading.
struct Chapter
{
    QString name;
    QString title;
};

struct RenderResult
{
    QList<Chapter> chapters; // in the order of chapters.txt
    QStringList written; // the files written, relative to the output folder
    // What is wrong with the guide, each naming the file (and line where known): a missing
    // chapter, a chapter without a title, a link to a chapter or image that does not exist.
    QStringList problems;
    bool ok() const { return problems.isEmpty(); }
};

// Renders the Markdown guide in `sourceFolder` (chapters.txt lists the chapters in order, one name
// a line; images/ holds the pictures) into HTML pages in `outputFolder`, each with a small
// stylesheet and the chapter navigation, copies the images beside them and writes contents.tsv
// (name, tab, title per line) for the help window. Links between chapters are written as
// "chapter.md" in Markdown and become "chapter.html". Checks every link and image.
// With a `language` ("cy"), renders that translation instead: the chapters listed in
// `sourceFolder`/chapters.txt, each from `sourceFolder`/<language>/<name>.md (a missing one is a
// problem, so the translation keeps in step), with the page's words in that language; its pictures
// are the English guide's (../images/... from the translation), so none are copied.
RenderResult renderGuide(const QString& sourceFolder, const QString& outputFolder, const QString& language = {});

// The chapters listed in `outputFolder`/contents.tsv by renderGuide; empty if it is missing.
QList<Chapter> readContents(const QString& outputFolder);

} // namespace hearth::guide
