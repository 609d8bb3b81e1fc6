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

// The guide rendered into a temporary folder, which HEARTH_GUIDE_DIR names while it lives.
struct RenderedGuide
{
    test::TempFolder folder;
    QString path = folder.path(QStringLiteral("guide"));
    guide::RenderResult result = guide::renderGuide(guideSource(), path);
    RenderedGuide() { qputenv("HEARTH_GUIDE_DIR", path.toUtf8()); }
    ~RenderedGuide() { qunsetenv("HEARTH_GUIDE_DIR"); }
};

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
    const QDir out(rendered.path);
    static const QRegularExpression reference(QStringLiteral("(?:href|src)=\"([^\"]+)\""));
    int pictures = 0;
    for (const QString& name : expected) {
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
            pictures += file.startsWith(QLatin1String("images/")) ? 1 : 0;
        }
    }
    CHECK(pictures >= 8); // the guide shows the application, not just tells of it
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
