#pragma once

#include <QStringList>
#include <QWidget>

#include <functional>
#include <utility>

class QAction;
class QListWidget;
class QMenu;
class QTextBrowser;
class QToolButton;

namespace hearth::ui {

// Where the rendered user guide is looked for: $HEARTH_GUIDE_DIR only, when it is set; else beside the build
// (build/<preset>/guide, two folders up from the program); the installed copy
// (<prefix>/share/doc/hearth/guide, from the program's bin folder, then the system's data folders).
// A folder counts if it holds index.html.
QStringList guideFolderCandidates();
// The first candidate holding the guide, or empty.
QString findGuideFolder();
// The guide in the application's language, from the folder findGuideFolder gives: its cy/
// subfolder when QLocale() (set from Tools > Language) is Welsh and cy/index.html is there,
// otherwise `folder` itself (the English guide).
QString guideFolderForLanguage(const QString& folder);

// The chapter of the guide about a main-window page ("action-plan" -> "action-plan",
// "directory" -> "referrals", "audit" -> "data-protection"); "index" for one it does not know.
QString guideChapterForPage(const QString& pageKey);

// The user guide in a window of its own: the chapters on the left, the chapter on the right, and
// Back (Alt+Left), Forward (Alt+Right) and Contents (Alt+Home) above. Links between chapters are
// followed inside; links to web sites open in the browser. Esc closes the window.
class GuideWindow : public QWidget
{
    Q_OBJECT

public:
    explicit GuideWindow(const QString& folder, QWidget* parent = nullptr);

    // Shows `chapter` (a name such as "casework"); the index if there is no such chapter.
    void showChapter(const QString& chapter);
    // The name of the chapter shown ("casework").
    QString currentChapter() const;
    // The folder of the guide shown (the English one, or its cy/ subfolder).
    QString folder() const { return m_folder; }

    // Adds "User guide" (F1) at the top of `helpMenu`. It opens the guide at the chapter `chapter`
    // names when triggered (the page on screen), in the application's language (Welsh when there is
    // a Welsh guide), reusing one window; if the guide cannot be found, a
    // message says where it was looked for.
    static QAction* addUserGuideAction(QWidget* window, QMenu* helpMenu, std::function<QString()> chapter);

    QTextBrowser* browser() const { return m_browser; }
    QListWidget* contents() const { return m_contents; }

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void sourceChanged();

    QString m_folder;
    QListWidget* m_contents = nullptr;
    QTextBrowser* m_browser = nullptr;
    QToolButton* m_back = nullptr;
    QToolButton* m_forward = nullptr;
};

} // namespace hearth::ui
