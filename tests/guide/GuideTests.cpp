#include "GuideRenderer.h"
#include "MessageBox.h"
#include "UiFixture.h"
#include "help/GuideWindow.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QListWidget>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QToolButton>

using namespace hearth;
using hearth::ui::GuideWindow;
using hearth::ui::MainWindow;

namespace {

QString guideSource()
{
    return QDir(test::sourceDir()).filePath(QStringLiteral("docs/guide"));
}

QString readAll(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

void writeFile(const QString& path, const QByteArray& text)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(text);
}

// The guide rendered into a temporary folder, which HEARTH_GUIDE_DIR names while it lives: the
// English one, and the Welsh one in its cy/ subfolder as the build does (unless `welsh` is false).
struct RenderedGuide
{
    test::TempFolder folder;
    QString path = folder.path(QStringLiteral("guide"));
    guide::RenderResult result = guide::renderGuide(guideSource(), path);
    guide::RenderResult welsh;
    explicit RenderedGuide(bool withWelsh = true)
    {
        if (withWelsh) {
            welsh = guide::renderGuide(guideSource(), QDir(path).filePath(QStringLiteral("cy")), QStringLiteral("cy"));
        }
        qputenv("HEARTH_GUIDE_DIR", path.toUtf8());
    }
    ~RenderedGuide() { qunsetenv("HEARTH_GUIDE_DIR"); }
};

// The application in Welsh (as Tools > Language > Cymraeg sets it) while it lives.
struct WelshLocale
{
    QLocale previous;
    WelshLocale() { QLocale::setDefault(QLocale(QLocale::Welsh, QLocale::UnitedKingdom)); }
    ~WelshLocale() { QLocale::setDefault(previous); }
};

// Every link and picture in the rendered pages of `folder` leads to a file; returns the pictures.
int checkReferences(const QString& folder, const QStringList& chapters)
{
    const QDir out(folder);
    static const QRegularExpression reference(QStringLiteral("(?:href|src)=\"([^\"]+)\""));
    int pictures = 0;
    for (const QString& name : chapters) {
        const QString html = readAll(out.filePath(name + QStringLiteral(".html")));
        CHECK(html.contains(QStringLiteral("<title>")));
        CHECK(html.contains(QStringLiteral("href=\"index.html\""))); // the navigation
        CHECK_FALSE(html.contains(QStringLiteral(".md\"")));
        for (auto it = reference.globalMatch(html); it.hasNext();) {
            const QString target = it.next().captured(1);
            if (target.contains(QLatin1String("://")) || target.startsWith(QLatin1String("mailto:"))) {
                continue;
            }
            const QString file = target.section(QLatin1Char('#'), 0, 0);
            if (file.isEmpty()) {
                continue;
            }
            INFO(name.toStdString() << ".html refers to " << target.toStdString());
            CHECK(QFileInfo::exists(out.filePath(file)));
            pictures += file.contains(QLatin1String("images/")) ? 1 : 0;
        }
    }
    return pictures;
}

// The headings of a Markdown chapter: "#", "##", "###"... one entry per heading, in order.
QStringList headingLevels(const QString& path)
{
    QStringList levels;
    static const QRegularExpression heading(QStringLiteral("^(#+) "));
    for (const QString& line : readAll(path).split(QLatin1Char('\n'))) {
        const QRegularExpressionMatch match = heading.match(line);
        if (match.hasMatch()) {
            levels << match.captured(1);
        }
    }
    return levels;
}

GuideWindow* pressF1(MainWindow& window)
{
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_F1);
    auto* guide = window.findChild<GuideWindow*>();
    REQUIRE(guide);
    CHECK(guide->isVisible());
    return guide;
}

} // namespace

TEST_CASE("Every chapter of the user guide renders, with its links and pictures in place", "[guide]")
{
    RenderedGuide rendered;
    INFO(rendered.result.problems.join(QLatin1Char('\n')).toStdString());
    REQUIRE(rendered.result.ok());

    const QStringList expected {QStringLiteral("index"),          QStringLiteral("getting-started"),
                                QStringLiteral("casework"),       QStringLiteral("measures"),
                                QStringLiteral("referrals"),      QStringLiteral("action-plan"),
                                QStringLiteral("reports"),        QStringLiteral("sync"),
                                QStringLiteral("data-protection")};
    QStringList names;
    for (const guide::Chapter& chapter : rendered.result.chapters) {
        names << chapter.name;
        CHECK_FALSE(chapter.title.isEmpty());
    }
    CHECK(names == expected);
    CHECK(guide::readContents(rendered.path).size() == expected.size());

    // Read the HTML written, not the renderer's own account: every link and picture resolves.
    const int pictures = checkReferences(rendered.path, expected);
    CHECK(pictures >= 8); // the guide shows the application, not just tells of it
}

TEST_CASE("The Welsh user guide renders every chapter, in Welsh, with its links and pictures in place", "[guide]")
{
    RenderedGuide rendered;
    REQUIRE(rendered.result.ok());
    INFO(rendered.welsh.problems.join(QLatin1Char('\n')).toStdString());
    REQUIRE(rendered.welsh.ok());

    // The same chapters in the same order, each with a title of its own (a translated one).
    REQUIRE(rendered.welsh.chapters.size() == rendered.result.chapters.size());
    QStringList names;
    for (int index = 0; index < rendered.result.chapters.size(); ++index) {
        const guide::Chapter& english = rendered.result.chapters.at(index);
        const guide::Chapter& welsh = rendered.welsh.chapters.at(index);
        INFO(english.name.toStdString());
        CHECK(welsh.name == english.name);
        CHECK_FALSE(welsh.title.isEmpty());
        CHECK(welsh.title != english.title);
        names << welsh.name;
    }
    const QString cy = QDir(rendered.path).filePath(QStringLiteral("cy"));
    CHECK(guide::readContents(cy).size() == names.size());
    // Links between chapters stay in the Welsh guide; the pictures are the English guide's.
    CHECK(checkReferences(cy, names) >= 8);
    CHECK_FALSE(QFileInfo::exists(QDir(cy).filePath(QStringLiteral("images"))));
    const QString index = readAll(QDir(cy).filePath(QStringLiteral("index.html")));
    CHECK(index.contains(QStringLiteral("<html lang=\"cy-GB\">")));
    CHECK(index.contains(QStringLiteral("Canllaw defnyddiwr Hearth")));
    CHECK(index.contains(QStringLiteral(">Cynnwys</a>")));
    CHECK(index.contains(QStringLiteral("Nesaf: <a href=\"getting-started.html\">%1</a>")
                             .arg(rendered.welsh.chapters.at(1).title.toHtmlEscaped())));
    CHECK_FALSE(index.contains(QStringLiteral("Next:")));
}

TEST_CASE("Each Welsh chapter has the same headings as its English one", "[guide]")
{
    // So that the two guides stay in step: a section added to one must be added to the other.
    const QDir source(guideSource());
    const test::TempFolder folder;
    const QList<guide::Chapter> chapters =
        guide::renderGuide(guideSource(), folder.path(QStringLiteral("out"))).chapters;
    REQUIRE(chapters.size() >= 9);
    int headings = 0;
    for (const guide::Chapter& chapter : chapters) {
        const QString file = chapter.name + QStringLiteral(".md");
        INFO(file.toStdString());
        const QStringList english = headingLevels(source.filePath(file));
        const QStringList welsh = headingLevels(source.filePath(QStringLiteral("cy/") + file));
        CHECK(welsh.count(QStringLiteral("##")) == english.count(QStringLiteral("##")));
        CHECK(welsh == english); // the same levels in the same order
        headings += int(english.size());
    }
    CHECK(headings > chapters.size()); // chapters have sections, not only titles
}

TEST_CASE("A chapter missing from the Welsh guide fails the render, naming it", "[guide]")
{
    test::TempFolder folder;
    const QDir source(folder.path(QStringLiteral("src")));
    REQUIRE(source.mkpath(QStringLiteral("images")));
    REQUIRE(source.mkpath(QStringLiteral("cy")));
    writeFile(source.filePath(QStringLiteral("chapters.txt")), "index\nextra\n");
    writeFile(source.filePath(QStringLiteral("index.md")), "# Contents\n\nSee [more](extra.md).\n");
    writeFile(source.filePath(QStringLiteral("extra.md")), "# More\n");
    writeFile(source.filePath(QStringLiteral("cy/index.md")),
              "# Cynnwys\n\nGweler [mwy](extra.md).\n\n![Llun](../images/none.png)\n");

    REQUIRE(guide::renderGuide(source.path(), folder.path(QStringLiteral("out"))).ok());
    const guide::RenderResult welsh =
        guide::renderGuide(source.path(), folder.path(QStringLiteral("out/cy")), QStringLiteral("cy"));
    CHECK_FALSE(welsh.ok());
    const QString all = welsh.problems.join(QLatin1Char('\n'));
    INFO(all.toStdString());
    CHECK(welsh.problems.size() == 3);
    CHECK(all.contains(QStringLiteral("chapters.txt:2: chapter \"extra\" has no file")));
    CHECK(all.contains(QStringLiteral("cy/extra.md")));
    CHECK(all.contains(QStringLiteral("cy/index.md:3: link to extra.md, which is not a chapter")));
    CHECK(all.contains(QStringLiteral("cy/index.md:5: picture ../images/none.png does not exist")));

    // With the chapter (and no picture missing) it renders, its link kept inside the Welsh guide.
    writeFile(source.filePath(QStringLiteral("cy/extra.md")), "# Mwy\n");
    writeFile(source.filePath(QStringLiteral("cy/index.md")), "# Cynnwys\n\nGweler [mwy](extra.md).\n");
    const guide::RenderResult fixed =
        guide::renderGuide(source.path(), folder.path(QStringLiteral("out/cy")), QStringLiteral("cy"));
    INFO(fixed.problems.join(QLatin1Char('\n')).toStdString());
    CHECK(fixed.ok());
    CHECK(readAll(folder.path(QStringLiteral("out/cy/index.html"))).contains(QStringLiteral("href=\"extra.html\"")));
}

TEST_CASE("In Welsh, F1 opens the Welsh user guide, and in English the English one", "[guide][help]")
{
    RenderedGuide rendered;
    REQUIRE(rendered.result.ok());
    REQUIRE(rendered.welsh.ok());
    const QString welshTitle = rendered.welsh.chapters.at(5).title; // action-plan
    const QString englishTitle = rendered.result.chapters.at(5).title;
    REQUIRE(welshTitle != englishTitle);
    test::UiFixture f;
    auto window = f.openWindow(f.folder.dbPath());
    window->setCurrentPage(MainWindow::Page::ActionPlan);
    {
        WelshLocale welsh;
        GuideWindow* guide = pressF1(*window);
        CHECK(QDir(guide->folder()) == QDir(QDir(rendered.path).filePath(QStringLiteral("cy"))));
        CHECK(guide->currentChapter() == QStringLiteral("action-plan"));
        REQUIRE(guide->contents()->currentItem());
        CHECK(guide->contents()->currentItem()->text() == welshTitle);
        CHECK(guide->windowTitle().contains(welshTitle));
        CHECK(guide->browser()->toPlainText().contains(welshTitle));
        // Its links lead to Welsh chapters.
        guide->showChapter(QStringLiteral("index"));
        CHECK(guide->browser()->source().toLocalFile().contains(QStringLiteral("/cy/index.html")));
    }
    // Back in English, the English guide (a new window: the language changed).
    GuideWindow* guide = pressF1(*window);
    CHECK(QDir(guide->folder()) == QDir(rendered.path));
    CHECK(guide->currentChapter() == QStringLiteral("action-plan"));
    REQUIRE(guide->contents()->currentItem());
    CHECK(guide->contents()->currentItem()->text() == englishTitle);
    CHECK_FALSE(guide->browser()->toPlainText().contains(welshTitle));
    CHECK(window->findChildren<GuideWindow*>().size() == 1);
}

TEST_CASE("In Welsh, F1 falls back to the English guide when the Welsh one is missing", "[guide][help]")
{
    RenderedGuide rendered(false);
    REQUIRE(rendered.result.ok());
    test::UiFixture f;
    auto window = f.openWindow(f.folder.dbPath());
    window->setCurrentPage(MainWindow::Page::Reports);
    WelshLocale welsh;
    GuideWindow* guide = pressF1(*window);
    CHECK(QDir(guide->folder()) == QDir(rendered.path));
    CHECK(guide->currentChapter() == QStringLiteral("reports"));
    REQUIRE(guide->contents()->currentItem());
    CHECK(guide->contents()->currentItem()->text() == rendered.result.chapters.at(6).title);
}

TEST_CASE("A broken guide is reported by file and line, naming what is missing", "[guide]")
{
    test::TempFolder folder;
    const QDir source(folder.path(QStringLiteral("src")));
    REQUIRE(source.mkpath(QStringLiteral("images")));
    writeFile(source.filePath(QStringLiteral("chapters.txt")), "index\nmissing\n");
    writeFile(source.filePath(QStringLiteral("index.md")),
              "# Contents\n\nSee [a chapter](nowhere.md).\n\n![A picture](images/none.png)\n");
    writeFile(source.filePath(QStringLiteral("stray.md")), "# Not listed\n");

    const guide::RenderResult result = guide::renderGuide(source.path(), folder.path(QStringLiteral("out")));
    CHECK_FALSE(result.ok());
    const QString all = result.problems.join(QLatin1Char('\n'));
    INFO(all.toStdString());
    CHECK(result.problems.size() == 4);
    CHECK(all.contains(QStringLiteral("chapters.txt:2: chapter \"missing\" has no file")));
    CHECK(all.contains(QStringLiteral("index.md:3: link to nowhere.md")));
    CHECK(all.contains(QStringLiteral("index.md:5: picture images/none.png does not exist")));
    CHECK(all.contains(QStringLiteral("stray.md: not listed")));
}

TEST_CASE("F1 opens the user guide at the chapter about the page on screen", "[guide][help]")
{
    RenderedGuide rendered;
    REQUIRE(rendered.result.ok());
    test::UiFixture f;
    auto window = f.openWindow(f.folder.dbPath());

    window->setCurrentPage(MainWindow::Page::ActionPlan);
    GuideWindow* guide = pressF1(*window);
    CHECK(guide->currentChapter() == QStringLiteral("action-plan"));
    REQUIRE(guide->contents()->currentItem());
    CHECK(guide->contents()->currentItem()->text() == rendered.result.chapters.at(5).title);
    CHECK(guide->windowTitle().contains(rendered.result.chapters.at(5).title));

    // The same window, now at the chapter for another page (Ctrl+5: Reports).
    window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(window.get()));
    QTest::keyClick(window.get(), Qt::Key_5, Qt::ControlModifier);
    REQUIRE(window->currentPage() == MainWindow::Page::Reports);
    CHECK(pressF1(*window) == guide);
    CHECK(guide->currentChapter() == QStringLiteral("reports"));

    window->setCurrentPage(MainWindow::Page::Caseload);
    CHECK(pressF1(*window)->currentChapter() == QStringLiteral("casework"));
    window->setCurrentPage(MainWindow::Page::Directory);
    CHECK(pressF1(*window)->currentChapter() == QStringLiteral("referrals"));
    window->setCurrentPage(MainWindow::Page::Audit);
    CHECK(pressF1(*window)->currentChapter() == QStringLiteral("data-protection"));
}

TEST_CASE("The user guide window is used from the keyboard", "[guide][help]")
{
    RenderedGuide rendered;
    REQUIRE(rendered.result.ok());
    test::UiFixture f;
    auto window = f.openWindow(f.folder.dbPath());
    window->setCurrentPage(MainWindow::Page::Sync);
    GuideWindow* guide = pressF1(*window);
    for (int wait = 0; wait < 40 && QApplication::activeWindow() != guide; ++wait) {
        QTest::qWait(50);
    }
    REQUIRE(QApplication::activeWindow() == guide);
    CHECK(guide->currentChapter() == QStringLiteral("sync"));
    CHECK(guide->browser()->hasFocus()); // ready to read, and to scroll with the arrow keys

    // Every control has a name a screen reader can say.
    CHECK_FALSE(guide->contents()->accessibleName().isEmpty());
    CHECK_FALSE(guide->browser()->accessibleName().isEmpty());
    for (QToolButton* button : guide->findChildren<QToolButton*>()) {
        CHECK_FALSE(button->accessibleName().isEmpty());
    }

    // Tab reaches the chapters and the text.
    guide->contents()->setFocus();
    REQUIRE(guide->contents()->hasFocus());
    QTest::keyClick(guide->contents(), Qt::Key_Tab);
    CHECK(guide->browser()->hasFocus());

    // Choosing a chapter from the list with the keyboard, then Alt+Left goes back, Alt+Right forward.
    guide->contents()->setFocus();
    guide->contents()->setCurrentRow(1);
    QTest::keyClick(guide->contents(), Qt::Key_Return);
    CHECK(guide->currentChapter() == rendered.result.chapters.at(1).name);
    QTest::keyClick(guide->contents(), Qt::Key_Left, Qt::AltModifier);
    CHECK(guide->currentChapter() == QStringLiteral("sync"));
    QTest::keyClick(guide->browser(), Qt::Key_Right, Qt::AltModifier);
    CHECK(guide->currentChapter() == rendered.result.chapters.at(1).name);
    // Alt+Home: the contents page.
    QTest::keyClick(guide->browser(), Qt::Key_Home, Qt::AltModifier);
    CHECK(guide->currentChapter() == QStringLiteral("index"));

    // Esc closes the window.
    QTest::keyClick(guide->browser(), Qt::Key_Escape);
    CHECK_FALSE(guide->isVisible());
}

TEST_CASE("If the user guide is not found, a message says where Hearth looked", "[guide][help]")
{
    test::UiFixture f;
    const QString empty = f.folder.path(QStringLiteral("no-guide-here"));
    QDir().mkpath(empty);
    qputenv("HEARTH_GUIDE_DIR", empty.toUtf8());
    auto window = f.openWindow(f.folder.dbPath());
    ui::MessageBox::clearLastShown();
    QTest::keyClick(window.get(), Qt::Key_F1);
    qunsetenv("HEARTH_GUIDE_DIR");
    CHECK_FALSE(window->findChild<GuideWindow*>());
    const auto shown = ui::MessageBox::lastShown();
    REQUIRE(shown);
    CHECK(shown->title == QStringLiteral("User guide not found"));
    CHECK(shown->informativeText.contains(QDir::cleanPath(empty)));
}

TEST_CASE("Hearth finds the guide beside the build and where it is installed", "[guide][help]")
{
    qunsetenv("HEARTH_GUIDE_DIR");
    const QDir program(QCoreApplication::applicationDirPath());
    const QStringList folders = ui::guideFolderCandidates();
    // From build/<preset>/src/app/hearth (and this test's build/<preset>/tests/guide), two up.
    CHECK(folders.value(0) == QDir::cleanPath(program.filePath(QStringLiteral("../../guide"))));
    // From <prefix>/bin/hearth: cmake/HearthInstall.cmake puts it in <prefix>/share/doc/hearth/guide.
    CHECK(folders.contains(QDir::cleanPath(program.filePath(QStringLiteral("../share/doc/hearth/guide")))));
    // The build renders the guide before this test is built, so the build tree's copy is found.
    CHECK(ui::findGuideFolder() == folders.value(0));
}
