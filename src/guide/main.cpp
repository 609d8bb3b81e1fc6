// hearth-guide-render: the build's step that turns the Markdown user guide (docs/guide) into the
// HTML pages the Help menu opens. Usage: hearth-guide-render <docs/guide> <output folder> [language]
// (with a language such as "cy", the translation in docs/guide/<language>).
// Exits 1, naming file and line, if a chapter, link or picture is missing.
#include "GuideRenderer.h"

#include <QGuiApplication>

#include <cstdio>

int main(int argc, char** argv)
{
    // A build step: no display is needed to lay out text.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = QGuiApplication::arguments();
    if (args.size() != 3 && args.size() != 4) {
        std::fprintf(stderr, "usage: hearth-guide-render <guide source folder> <output folder> [language]\n");
        return 2;
    }
    const hearth::guide::RenderResult result = hearth::guide::renderGuide(args.at(1), args.at(2), args.value(3));
    for (const QString& problem : result.problems) {
        std::fprintf(stderr, "hearth-guide-render: %s\n", qPrintable(problem));
    }
    return result.ok() ? 0 : 1;
}
