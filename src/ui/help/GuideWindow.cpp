#include "GuideWindow.h"

#include "MessageBox.h"
#include "UiLog.h"

#include <QAction>
#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QPointer>
#include <QSplitter>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace hearth::ui {

namespace {

const QString kIndexFile = QStringLiteral("index.html");

// The chapters, from the contents.tsv the guide's renderer writes (src/guide): name, tab, title.
QList<std::pair<QString, QString>> readChapters(const QString& folder)
{
    QList<std::pair<QString, QString>> chapters;
    QFile file(QDir(folder).filePath(QStringLiteral("contents.tsv")));
    if (!file.open(QIODevice::ReadOnly)) {
        return chapters;
    }
    for (const QString& line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QString name = line.section(QLatin1Char('\t'), 0, 0);
        const QString title = line.section(QLatin1Char('\t'), 1).trimmed();
        if (!name.isEmpty() && !title.isEmpty()) {
            chapters.append({name, title});
        }
    }
    return chapters;
}

} // namespace

QStringList guideFolderCandidates()
{
    QStringList folders;
    const QString fromEnvironment = qEnvironmentVariable("HEARTH_GUIDE_DIR");
    if (!fromEnvironment.isEmpty()) {
        return {QDir::cleanPath(fromEnvironment)}; // set on purpose: look nowhere else
    }
    const QDir program(QCoreApplication::applicationDirPath());
    folders << QDir::cleanPath(program.filePath(QStringLiteral("../../guide")));
    folders << QDir::cleanPath(program.filePath(QStringLiteral("../share/doc/hearth/guide")));
    for (const QString& data : QStandardPaths::standardLocations(QStandardPaths::GenericDataLocation)) {
        folders << QDir::cleanPath(QDir(data).filePath(QStringLiteral("doc/hearth/guide")));
    }
    folders.removeDuplicates();
    return folders;
}

QString findGuideFolder()
{
    for (const QString& folder : guideFolderCandidates()) {
        if (QFileInfo::exists(QDir(folder).filePath(kIndexFile))) {
            return folder;
        }
    }
    return {};
}

QString guideFolderForLanguage(const QString& folder)
{
    if (QLocale().language() == QLocale::Welsh) {
        const QString welsh = QDir(folder).filePath(QStringLiteral("cy"));
        if (QFileInfo::exists(QDir(welsh).filePath(kIndexFile))) {
            return welsh;
        }
        uiLog()->warn("the user guide has no Welsh translation in {}; showing the English one", folder.toStdString());
    }
    return folder;
}

QString guideChapterForPage(const QString& pageKey)
{
    if (pageKey == QLatin1String("caseload")) {
        return QStringLiteral("casework");
    }
    if (pageKey == QLatin1String("directory") || pageKey == QLatin1String("referrals")) {
        return QStringLiteral("referrals");
    }
    if (pageKey == QLatin1String("action-plan")) {
        return QStringLiteral("action-plan");
    }
    if (pageKey == QLatin1String("reports")) {
        return QStringLiteral("reports");
    }
    if (pageKey == QLatin1String("sync")) {
        return QStringLiteral("sync");
    }
    if (pageKey == QLatin1String("audit")) {
        return QStringLiteral("data-protection");
    }
    return QStringLiteral("index");
}

GuideWindow::GuideWindow(const QString& folder, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_folder(folder)
{
    setObjectName(QStringLiteral("guideWindow"));
    setWindowTitle(tr("Hearth user guide"));
    setAccessibleName(tr("Hearth user guide"));

    auto makeButton = [this](const QString& name, const QString& text, const QKeySequence& key,
                             const QString& description) {
        auto* button = new QToolButton(this);
        button->setObjectName(name);
        button->setText(text);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setAccessibleName(text.isEmpty() ? name : QString(text).remove(QLatin1Char('&')));
        button->setAccessibleDescription(description);
        button->setToolTip(QStringLiteral("%1 (%2)").arg(description, key.toString(QKeySequence::NativeText)));
        button->setFocusPolicy(Qt::StrongFocus);
        auto* action = new QAction(this);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WindowShortcut);
        addAction(action);
        connect(action, &QAction::triggered, button, &QToolButton::click);
        return button;
    };
    m_back = makeButton(QStringLiteral("guideBack"), tr("Back"), QKeySequence(Qt::ALT | Qt::Key_Left),
                        tr("Go back to the page shown before"));
    m_forward = makeButton(QStringLiteral("guideForward"), tr("Forward"), QKeySequence(Qt::ALT | Qt::Key_Right),
                           tr("Go forward again"));
    auto* home = makeButton(QStringLiteral("guideHome"), tr("Contents"), QKeySequence(Qt::ALT | Qt::Key_Home),
                            tr("Show the guide's contents page"));

    m_contents = new QListWidget(this);
    m_contents->setObjectName(QStringLiteral("guideContents"));
    m_contents->setAccessibleName(tr("Chapters"));
    m_contents->setAccessibleDescription(tr("The chapters of the guide. Press Enter or choose one to read it."));
    for (const auto& [name, title] : readChapters(folder)) {
        auto* item = new QListWidgetItem(title, m_contents);
        item->setData(Qt::UserRole, name);
    }
    m_contents->setMinimumWidth(240);
    m_contents->setWordWrap(true);

    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("guideText"));
    m_browser->setAccessibleName(tr("Guide text"));
    m_browser->setAccessibleDescription(tr("The chapter. Tab moves between its links; Enter follows one."));
    m_browser->setOpenExternalLinks(true);
    m_browser->setSearchPaths({folder});

    auto* label = new QLabel(tr("&Chapters"), this);
    label->setBuddy(m_contents);
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(label);
    leftLayout->addWidget(m_contents);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_browser);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({260, 700});

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addWidget(m_forward);
    buttons->addWidget(home);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(splitter, 1);

    setTabOrder(m_contents, m_browser);
    connect(m_back, &QToolButton::clicked, m_browser, &QTextBrowser::backward);
    connect(m_forward, &QToolButton::clicked, m_browser, &QTextBrowser::forward);
    connect(home, &QToolButton::clicked, this, [this] { showChapter(QStringLiteral("index")); });
    connect(m_browser, &QTextBrowser::backwardAvailable, m_back, &QWidget::setEnabled);
    connect(m_browser, &QTextBrowser::forwardAvailable, m_forward, &QWidget::setEnabled);
    connect(m_browser, &QTextBrowser::sourceChanged, this, &GuideWindow::sourceChanged);
    connect(m_browser, &QTextBrowser::historyChanged, this, &GuideWindow::sourceChanged);
    connect(m_contents, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { showChapter(item->data(Qt::UserRole).toString()); });
    connect(m_contents, &QListWidget::itemClicked, this,
            [this](QListWidgetItem* item) { showChapter(item->data(Qt::UserRole).toString()); });
    m_back->setEnabled(false);
    m_forward->setEnabled(false);
    resize(960, 700);
}

void GuideWindow::showChapter(const QString& chapter)
{
    QString file = QDir(m_folder).filePath(chapter + QStringLiteral(".html"));
    if (!QFileInfo::exists(file)) {
        uiLog()->warn("the user guide has no chapter {}", chapter.toStdString());
        file = QDir(m_folder).filePath(kIndexFile);
    }
    const QUrl url = QUrl::fromLocalFile(file);
    if (m_browser->source() != url) {
        m_browser->setSource(url);
    }
    sourceChanged(); // the contents and title follow at once, whether or not the signal came
}

QString GuideWindow::currentChapter() const
{
    return QFileInfo(m_browser->source().toLocalFile()).completeBaseName();
}

void GuideWindow::sourceChanged()
{
    const QString chapter = currentChapter();
    for (int row = 0; row < m_contents->count(); ++row) {
        if (m_contents->item(row)->data(Qt::UserRole).toString() == chapter) {
            const QSignalBlocker blocker(m_contents);
            m_contents->setCurrentRow(row);
        }
    }
    const QString title = m_browser->documentTitle();
    setWindowTitle(title.isEmpty() ? tr("Hearth user guide") : title);
}

void GuideWindow::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape && event->modifiers() == Qt::NoModifier) {
        close();
        return;
    }
    QWidget::keyPressEvent(event);
}

QAction* GuideWindow::addUserGuideAction(QWidget* window, QMenu* helpMenu, std::function<QString()> chapter)
{
    auto* action = new QAction(tr("&User guide"), window);
    action->setObjectName(QStringLiteral("actionUserGuide"));
    action->setShortcut(QKeySequence::HelpContents);
    action->setStatusTip(tr("Open the user guide at the chapter about this page"));
    const QList<QAction*> existing = helpMenu->actions();
    helpMenu->insertAction(existing.isEmpty() ? nullptr : existing.first(), action);
    if (!existing.isEmpty()) {
        helpMenu->insertSeparator(existing.first());
    }
    QObject::connect(action, &QAction::triggered, window, [window, chapter = std::move(chapter)] {
        GuideWindow* guide = window->findChild<GuideWindow*>(QString(), Qt::FindDirectChildrenOnly);
        if (guide && guide->folder() != guideFolderForLanguage(findGuideFolder())) {
            delete guide; // the language was changed since it was opened
            guide = nullptr;
        }
        if (!guide) {
            const QString folder = findGuideFolder();
            if (folder.isEmpty()) {
                MessageBox::warning(window, tr("User guide not found"),
                                    tr("The user guide is not installed where Hearth looks for it."),
                                    tr("Hearth looked for index.html in these folders:\n%1\n\nSet "
                                       "HEARTH_GUIDE_DIR to the folder that holds it, or ask IT to "
                                       "reinstall Hearth.")
                                        .arg(guideFolderCandidates().join(QLatin1Char('\n'))));
                return;
            }
            guide = new GuideWindow(guideFolderForLanguage(folder), window);
        }
        guide->showChapter(chapter ? chapter() : QStringLiteral("index"));
        guide->show();
        guide->raise();
        guide->browser()->setFocus(Qt::OtherFocusReason);
        // Once the key press that asked for it is done with, so that the main window does not
        // take the focus back.
        QTimer::singleShot(0, guide, [guide] { guide->activateWindow(); });
    });
    return action;
}

} // namespace hearth::ui
