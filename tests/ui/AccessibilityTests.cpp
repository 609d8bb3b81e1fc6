// Accessibility checks that drive the real widgets (docs/accessibility.md):
//  - a keyboard-only walk: Tab from the first control of every page and of the main dialogs until
//    focus comes round again, checking that every control reached has a name a screen reader reads,
//    that Tab never stays on one control, and that every button is reachable by Tab or a shortcut;
//  - a dark high-contrast palette and a large font: the status colours keep a WCAG contrast ratio
//    of 4.5:1 and no text is given a pixel size that would ignore the system font.
#include "UiFixture.h"

#include "DemoGenerator.h"
#include "ResidentRepository.h"
#include "StatusColours.h"
#include "actionplan/ActionItemDialog.h"
#include "actionplan/ActionPlanPage.h"
#include "actionplan/ActionPlanText.h"
#include "caseload/CaseloadPage.h"
#include "caseload/ResidentDialog.h"
#include "directory/DirectoryPage.h"
#include "directory/ServiceDialog.h"
#include "import/ImportResidentsWizard.h"
#include "settings/CouncilSettingsDialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDebug>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPointer>
#include <QStackedWidget>
#include <QStyleFactory>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QTreeView>

using namespace hearth;
using namespace hearth::ui;

namespace {

const QDate kToday(2026, 11, 22); // test::fixedNow()

// A demo database (small, so that the walk is quick), the demo's manager signed in.
QString demoDatabase(test::UiFixture& f)
{
    const QString path = f.folder.dbPath();
    auto store = f.openStore(path, storage::Store::OpenMode::CreateNew);
    demo::DemoOptions options;
    options.residents = 60;
    options.today = kToday;
    demo::generateDemo(*store, options);
    return path;
}

void activate(QWidget* window)
{
    window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(window));
    QTRY_VERIFY(QApplication::activeWindow() == window);
}

// The control a person tabs to: the editor inside a spin box or combo box counts as the box.
QWidget* control(QWidget* widget)
{
    for (QWidget* up = widget; up && !up->isWindow(); up = up->parentWidget()) {
        if (qobject_cast<QAbstractSpinBox*>(up) || qobject_cast<QComboBox*>(up)) {
            return up;
        }
    }
    return widget;
}

QString spokenName(QWidget* widget)
{
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(widget);
    return iface ? iface->text(QAccessible::Name).trimmed() : QString();
}

// Buttons and tabs are named by their own text; fields, lists and tables need a name of their own
// or a label that is their buddy (which screen readers read as the field's label).
bool labelled(QWidget* widget)
{
    if (!widget->accessibleName().trimmed().isEmpty()) {
        return true;
    }
    if (qobject_cast<QAbstractButton*>(widget) || qobject_cast<QTabBar*>(widget)) {
        return !spokenName(widget).isEmpty();
    }
    const auto labels = widget->window()->findChildren<QLabel*>();
    return std::any_of(labels.begin(), labels.end(), [widget](QLabel* label) {
        return label->buddy() == widget && !label->text().trimmed().isEmpty();
    });
}

QString describe(QWidget* widget)
{
    return QStringLiteral("%1 '%2' (%3)")
        .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName(), spokenName(widget));
}

struct Walk
{
    QList<QWidget*> stops;
    QStringList unnamed; // controls with no name a screen reader reads
    QStringList stuck; // controls where Tab did not move focus on
};

// Tabs from the control with focus until focus comes back round (or `limit` presses).
Walk tabWalk(QWidget* window, int limit = 250)
{
    Walk walk;
    QWidget* first = QApplication::focusWidget();
    REQUIRE(first);
    first = control(first);
    walk.stops.append(first);
    QWidget* current = first;
    // A date edit takes Tab from one section (day, month, year) to the next before letting go.
    int sectionsLeft = 0;
    QWidget* sectionsOf = nullptr;
    bool cameRound = false;
    for (int press = 0; press < limit; ++press) {
        if (auto* date = qobject_cast<QDateTimeEdit*>(current); date && sectionsOf != current) {
            sectionsOf = current;
            sectionsLeft = date->sectionCount() - 1;
        }
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget* next = QApplication::focusWidget() ? control(QApplication::focusWidget()) : nullptr;
        REQUIRE(next);
        REQUIRE(next->window() == window); // Tab never leaves the window
        if (next == current && sectionsLeft > 0) {
            --sectionsLeft;
            continue;
        }
        if (next == current) {
            walk.stuck.append(describe(current));
            // Ctrl+Tab leaves tables and text boxes; go on walking from the next control.
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ControlModifier);
            next = control(QApplication::focusWidget());
            if (next == current) {
                FAIL("focus cannot leave " << describe(current).toStdString());
            }
        }
        if (walk.stops.contains(next)) {
            cameRound = true;
            break;
        }
        walk.stops.append(next);
        current = next;
    }
    INFO("Tab pressed " << limit << " times from " << describe(first).toStdString() << " without coming round");
    CHECK(cameRound);
    for (QWidget* stop : walk.stops) {
        if (!labelled(stop)) {
            walk.unnamed.append(describe(stop));
        }
    }
    return walk;
}

bool hasShortcut(QAbstractButton* button)
{
    if (!button->shortcut().isEmpty()) {
        return true;
    }
    if (auto* tool = qobject_cast<QToolButton*>(button); tool && tool->defaultAction()) {
        return !tool->defaultAction()->shortcut().isEmpty();
    }
    return false;
}

// Every button of `scope` that can be used now is reached by Tab or has a shortcut.
QStringList unreachableButtons(QWidget* scope, const Walk& walk)
{
    QStringList out;
    const auto buttons = scope->findChildren<QAbstractButton*>();
    for (QAbstractButton* button : buttons) {
        if (!button->isVisibleTo(scope->window()) || !button->isEnabled() || !button->isVisible()
            || qobject_cast<QTabBar*>(button->parentWidget())) { // tab scroll and close buttons
            continue;
        }
        if (!walk.stops.contains(button) && !hasShortcut(button)) {
            out.append(describe(button));
        }
    }
    return out;
}

// Walks `window` once for every tab of every tab widget in it (a tab's controls are in the Tab
// order only while it is shown), starting each time from `start` or the focus the window gave.
Walk walkWithTabs(QWidget* window, QWidget* scope, QWidget* start)
{
    Walk all;
    const auto merge = [&](const Walk& walk) {
        for (QWidget* stop : walk.stops) {
            if (!all.stops.contains(stop)) {
                all.stops.append(stop);
            }
        }
        for (const QString& s : walk.unnamed) {
            if (!all.unnamed.contains(s)) {
                all.unnamed.append(s);
            }
        }
        for (const QString& s : walk.stuck) {
            if (!all.stuck.contains(s)) {
                all.stuck.append(s);
            }
        }
    };
    const auto begin = [&] {
        if (start) {
            start->setFocus(Qt::TabFocusReason);
        } else if (!QApplication::focusWidget() || QApplication::focusWidget()->window() != window) {
            for (QWidget* w = window->nextInFocusChain(); w != window; w = w->nextInFocusChain()) {
                if ((w->focusPolicy() & Qt::TabFocus) && w->isVisible() && w->isEnabled()) {
                    w->setFocus(Qt::TabFocusReason);
                    break;
                }
            }
        }
    };
    begin();
    merge(tabWalk(window));
    const auto tabWidgets = scope->findChildren<QTabWidget*>();
    for (QTabWidget* tabs : tabWidgets) {
        if (!tabs->isVisible()) {
            continue;
        }
        const int was = tabs->currentIndex();
        for (int index = 0; index < tabs->count(); ++index) {
            if (index == was || !tabs->isTabEnabled(index)) {
                continue;
            }
            tabs->setCurrentIndex(index);
            begin();
            merge(tabWalk(window));
        }
        tabs->setCurrentIndex(was);
    }
    return all;
}

void checkWalk(const QString& where, const Walk& walk, QWidget* scope, int atLeast)
{
    QStringList reached;
    for (QWidget* stop : walk.stops) {
        reached.append(describe(stop));
    }
    if (qEnvironmentVariableIsSet("HEARTH_A11Y_LIST")) { // to read the walk: each control and its name
        qInfo().noquote() << where << walk.stops.size() << "controls:" << reached.join(QStringLiteral("; "));
    }
    INFO(where.toStdString() << ": " << walk.stops.size()
                             << " controls reached: " << reached.join(QStringLiteral("; ")).toStdString());
    CHECK(walk.stops.size() >= atLeast);
    INFO("without a name: " << walk.unnamed.join(QStringLiteral("; ")).toStdString());
    CHECK(walk.unnamed.isEmpty());
    INFO("Tab stayed on: " << walk.stuck.join(QStringLiteral("; ")).toStdString());
    CHECK(walk.stuck.isEmpty());
    const QStringList unreachable = unreachableButtons(scope, walk);
    INFO("buttons with neither a Tab stop nor a shortcut: " << unreachable.join(QStringLiteral("; ")).toStdString());
    CHECK(unreachable.isEmpty());
}

template <typename T>
T* shownDialog(QWidget* parent)
{
    T* dialog = nullptr;
    const auto found = parent->findChildren<T*>();
    for (T* candidate : found) {
        if (candidate->isVisible()) {
            dialog = candidate;
        }
    }
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    activate(dialog);
    return dialog;
}

} // namespace

TEST_CASE("Keyboard-only walk: every page's controls are named, Tab goes round, buttons are reachable",
          "[a11y][keyboard]")
{
    test::UiFixture f;
    auto window = f.openWindow(demoDatabase(f));
    window->resize(1280, 800);
    auto* pages = window->findChild<QStackedWidget*>(QStringLiteral("pages"));
    auto* navigation = window->findChild<QListWidget*>(QStringLiteral("navigation"));
    REQUIRE(pages);
    REQUIRE(navigation);
    const Qt::Key keys[] = {Qt::Key_1, Qt::Key_2, Qt::Key_3, Qt::Key_4, Qt::Key_5, Qt::Key_6, Qt::Key_7};
    for (int index = 0; index < MainWindow::kPageCount; ++index) {
        activate(window.get());
        QTest::keyClick(window.get(), keys[index], Qt::ControlModifier);
        QApplication::processEvents();
        REQUIRE(pages->currentIndex() == index);
        QWidget* page = pages->currentWidget();
        const Walk walk = walkWithTabs(window.get(), page, navigation);
        const auto onPage = std::count_if(walk.stops.begin(), walk.stops.end(),
                                          [page](QWidget* stop) { return page->isAncestorOf(stop); });
        INFO("page " << index + 1 << " has " << onPage << " controls in the Tab order");
        CHECK(onPage >= 1);
        CHECK(walk.stops.contains(navigation));
        checkWalk(QStringLiteral("page %1 (Ctrl+%1)").arg(index + 1), walk, page, 2);
    }
}

// Columns whose header a screen reader would read as empty: every shown column of every table and
// tree under `root` needs header text (its display or accessible text).
QStringList unnamedColumns(QWidget* root, int& checked)
{
    QStringList out;
    const auto views = root->findChildren<QAbstractItemView*>();
    for (QAbstractItemView* view : views) {
        QHeaderView* header = nullptr;
        if (auto* table = qobject_cast<QTableView*>(view)) {
            header = table->horizontalHeader();
        } else if (auto* tree = qobject_cast<QTreeView*>(view)) {
            header = tree->header();
        }
        if (!header || header->isHidden() || !view->model()) {
            continue;
        }
        for (int column = 0; column < view->model()->columnCount(); ++column) {
            if (header->isSectionHidden(column)) {
                continue;
            }
            ++checked;
            const auto text = [&](int role) {
                return view->model()->headerData(column, Qt::Horizontal, role).toString().trimmed();
            };
            if (text(Qt::DisplayRole).isEmpty() && text(Qt::AccessibleTextRole).isEmpty()) {
                out.append(QStringLiteral("%1 column %2").arg(view->objectName()).arg(column));
            }
        }
    }
    return out;
}

TEST_CASE("Every column of every table and tree has a header a screen reader can read", "[a11y]")
{
    test::UiFixture f;
    auto window = f.openWindow(demoDatabase(f));
    for (int index = 0; index < MainWindow::kPageCount; ++index) {
        window->setCurrentPage(static_cast<MainWindow::Page>(index));
        QApplication::processEvents();
    }
    int checked = 0;
    QStringList unnamed = unnamedColumns(window.get(), checked);
    ResidentQuery open;
    open.status = QStringLiteral("open");
    ResidentDialog* record =
        window->findChild<CaseloadPage*>()->openRecord(window->store().residents().list(open).rows.first().id);
    REQUIRE(record);
    unnamed += unnamedColumns(record, checked);
    INFO(checked << " columns checked");
    CHECK(checked >= 60); // caseload, directory, gaps, referrals, plan, review, reports, sync, audit, record
    INFO("columns without a header: " << unnamed.join(QStringLiteral("; ")).toStdString());
    CHECK(unnamed.isEmpty());
    record->close();
}

TEST_CASE("Keyboard-only walk through the main dialogs", "[a11y][keyboard]")
{
    test::UiFixture f;
    auto window = f.openWindow(demoDatabase(f));
    auto* caseload = window->findChild<CaseloadPage*>();
    REQUIRE(caseload);

    SECTION("resident record, add contact, close case")
    {
        ResidentQuery open;
        open.status = QStringLiteral("open");
        const auto rows = window->store().residents().list(open).rows;
        REQUIRE_FALSE(rows.isEmpty());
        const QString openId = rows.first().id;
        ResidentDialog* record = caseload->openRecord(openId);
        REQUIRE(record);
        REQUIRE(QTest::qWaitForWindowExposed(record));
        activate(record);
        checkWalk(QStringLiteral("resident record"), walkWithTabs(record, record, nullptr), record, 8);

        record->addContact();
        QWidget* contact = record->lastChildDialog();
        REQUIRE(contact);
        REQUIRE(QTest::qWaitForWindowExposed(contact));
        activate(contact);
        checkWalk(QStringLiteral("add contact"), walkWithTabs(contact, contact, nullptr), contact, 4);
        static_cast<QDialog*>(contact)->reject();

        activate(record);
        record->closeCase();
        QWidget* close = record->lastChildDialog();
        REQUIRE(close);
        REQUIRE(QTest::qWaitForWindowExposed(close));
        activate(close);
        checkWalk(QStringLiteral("close case"), walkWithTabs(close, close, nullptr), close, 3);
        static_cast<QDialog*>(close)->reject();
        record->close();
    }

    SECTION("council settings, every tab")
    {
        activate(window.get());
        window->findChild<QAction*>(QStringLiteral("actionCouncilSettings"))->trigger();
        auto* dialog = shownDialog<CouncilSettingsDialog>(window.get());
        checkWalk(QStringLiteral("council settings"), walkWithTabs(dialog, dialog, nullptr), dialog, 6);
        dialog->reject();
    }

    SECTION("new service")
    {
        window->setCurrentPage(MainWindow::Page::Directory);
        auto* directory = window->findChild<DirectoryPage*>();
        REQUIRE(directory);
        QWidget* dialog = directory->addService();
        REQUIRE(dialog);
        REQUIRE(QTest::qWaitForWindowExposed(dialog));
        activate(dialog);
        checkWalk(QStringLiteral("new service"), walkWithTabs(dialog, dialog, nullptr), dialog, 6);
        static_cast<QDialog*>(dialog)->reject();
    }

    SECTION("action item")
    {
        window->setCurrentPage(MainWindow::Page::ActionPlan);
        auto* plan = window->findChild<ActionPlanPage*>();
        REQUIRE(plan);
        QWidget* dialog = plan->newItem();
        REQUIRE(dialog);
        REQUIRE(QTest::qWaitForWindowExposed(dialog));
        activate(dialog);
        checkWalk(QStringLiteral("action item"), walkWithTabs(dialog, dialog, nullptr), dialog, 5);
        static_cast<QDialog*>(dialog)->reject();
    }

    SECTION("import wizard, first page")
    {
        activate(window.get());
        window->findChild<QAction*>(QStringLiteral("actionImportResidents"))->trigger();
        auto* wizard = shownDialog<ImportResidentsWizard>(window.get());
        checkWalk(QStringLiteral("import wizard"), walkWithTabs(wizard, wizard->currentPage(), nullptr),
                  wizard->currentPage(), 2);
        wizard->reject();
    }
}

namespace {

// A dark high-contrast theme, as an officer with low vision might choose.
QPalette darkHighContrastPalette()
{
    QPalette palette;
    const QColor black(0x00, 0x00, 0x00);
    const QColor panel(0x12, 0x12, 0x12);
    const QColor white(0xff, 0xff, 0xff);
    for (const auto group : {QPalette::Active, QPalette::Inactive}) {
        palette.setColor(group, QPalette::Window, black);
        palette.setColor(group, QPalette::WindowText, white);
        palette.setColor(group, QPalette::Base, black);
        palette.setColor(group, QPalette::AlternateBase, panel);
        palette.setColor(group, QPalette::Text, white);
        palette.setColor(group, QPalette::Button, panel);
        palette.setColor(group, QPalette::ButtonText, white);
        palette.setColor(group, QPalette::ToolTipBase, black);
        palette.setColor(group, QPalette::ToolTipText, white);
        palette.setColor(group, QPalette::PlaceholderText, QColor(0xc0, 0xc0, 0xc0));
        palette.setColor(group, QPalette::Highlight, QColor(0xff, 0xd7, 0x00));
        palette.setColor(group, QPalette::HighlightedText, black);
        palette.setColor(group, QPalette::Link, QColor(0x80, 0xc0, 0xff));
        palette.setColor(group, QPalette::BrightText, QColor(0xff, 0x80, 0x80));
    }
    palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0xa0, 0xa0, 0xa0));
    palette.setColor(QPalette::Disabled, QPalette::Text, QColor(0xa0, 0xa0, 0xa0));
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0xa0, 0xa0, 0xa0));
    palette.setColor(QPalette::Disabled, QPalette::Window, black);
    palette.setColor(QPalette::Disabled, QPalette::Base, black);
    palette.setColor(QPalette::Disabled, QPalette::Button, panel);
    return palette;
}

// The application's palette and font for the length of a test, then back as they were.
struct Theme
{
    QPalette palette = QApplication::palette();
    QFont font = QApplication::font();
    Theme(const QPalette& newPalette, int pointSize)
    {
        QApplication::setPalette(newPalette);
        QFont large = font;
        large.setPointSize(pointSize);
        QApplication::setFont(large);
    }
    ~Theme()
    {
        QApplication::setPalette(palette);
        QApplication::setFont(font);
    }
};

struct ContrastCheck
{
    int checked = 0;
    QStringList poor;

    void check(const QString& where, const QColor& text, const QColor& background)
    {
        ++checked;
        const double ratio = colours::contrastRatio(text, background);
        if (ratio < colours::kMinimumTextContrast) {
            poor.append(QStringLiteral("%1: %2 on %3 is %4:1")
                            .arg(where, text.name(), background.name(), QString::number(ratio, 'f', 2)));
        }
    }

    // Every cell of `view` (first rows) that sets a colour of its own.
    void checkView(QAbstractItemView* view)
    {
        QAbstractItemModel* model = view->model();
        if (!model) {
            return;
        }
        const QPalette palette = view->palette();
        const auto walk = [&](const auto& self, const QModelIndex& parent, int depth) -> void {
            const int rows = std::min(model->rowCount(parent), 200);
            for (int row = 0; row < rows; ++row) {
                for (int column = 0; column < model->columnCount(parent); ++column) {
                    const QModelIndex index = model->index(row, column, parent);
                    const QVariant foreground = index.data(Qt::ForegroundRole);
                    const QVariant background = index.data(Qt::BackgroundRole);
                    if (!foreground.isValid() && !background.isValid()) {
                        continue;
                    }
                    const QColor text =
                        foreground.isValid() ? foreground.value<QBrush>().color() : palette.color(QPalette::Text);
                    const QColor base =
                        background.isValid() ? background.value<QBrush>().color() : palette.color(QPalette::Base);
                    check(QStringLiteral("%1 cell '%2'").arg(view->objectName(), index.data().toString()), text, base);
                }
                if (depth < 3) {
                    self(self, model->index(row, 0, parent), depth + 1);
                }
            }
        };
        walk(walk, QModelIndex(), 0);
    }

    // Labels that chose a text colour of their own (a status tone) against their window colour.
    void checkLabels(QWidget* root)
    {
        const QColor usual = QApplication::palette().color(QPalette::WindowText);
        const auto labels = root->findChildren<QLabel*>();
        for (QLabel* label : labels) {
            const QColor text = label->palette().color(QPalette::WindowText);
            if (text != usual && !label->text().isEmpty()) {
                check(QStringLiteral("label '%1'").arg(label->objectName()), text,
                      label->palette().color(QPalette::Window));
            }
        }
    }
};

// Text that would keep its size whatever the system font: a pixel size, or any style sheet.
QStringList fixedTypeOrStyle(QWidget* root)
{
    QStringList out;
    auto widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    for (QWidget* widget : widgets) {
        if (widget->font().pixelSize() > 0) {
            out.append(QStringLiteral("%1 '%2' has a pixel font size")
                           .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName()));
        }
        if (!widget->styleSheet().isEmpty()) {
            out.append(QStringLiteral("%1 '%2' has a style sheet")
                           .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName()));
        }
    }
    return out;
}

} // namespace

TEST_CASE("WCAG contrast: the status colours read on a light and on a dark high-contrast palette", "[a11y][contrast]")
{
    CHECK(colours::contrastRatio(Qt::black, Qt::white) == Approx(21.0));
    CHECK(colours::contrastRatio(QColor(0x77, 0x77, 0x77), Qt::white) == Approx(4.48).margin(0.01));

    const bool dark = GENERATE(false, true);
    INFO((dark ? "dark high-contrast palette, 14 pt" : "the default palette, 9 pt"));
    Theme theme(dark ? darkHighContrastPalette() : QApplication::palette(), dark ? 14 : 9);
    REQUIRE(colours::isDark(QApplication::palette()) == dark);

    test::UiFixture f;
    auto window = f.openWindow(demoDatabase(f));
    window->resize(1280, 800);
    ContrastCheck contrast;
    for (int index = 0; index < MainWindow::kPageCount; ++index) {
        window->setCurrentPage(static_cast<MainWindow::Page>(index));
        QApplication::processEvents();
    }
    const auto views = window->findChildren<QAbstractItemView*>();
    for (QAbstractItemView* view : views) {
        contrast.checkView(view);
    }
    contrast.checkLabels(window.get());

    // A record with a risk recorded: its warning in the problem tone.
    auto* caseload = window->findChild<CaseloadPage*>();
    ResidentQuery atRisk;
    atRisk.riskOnly = true;
    const auto risky = window->store().residents().list(atRisk).rows;
    REQUIRE_FALSE(risky.isEmpty());
    ResidentDialog* record = caseload->openRecord(risky.first().id);
    REQUIRE(record);
    REQUIRE(QTest::qWaitForWindowExposed(record));
    const int before = contrast.checked;
    contrast.checkLabels(record);
    CHECK(contrast.checked > before); // the risk label has a tone of its own
    const auto recordViews = record->findChildren<QAbstractItemView*>();
    for (QAbstractItemView* view : recordViews) {
        contrast.checkView(view);
    }

    INFO("coloured texts checked: " << contrast.checked);
    CHECK(contrast.checked >= 10); // overdue, risk, closed, status chips, gaps at least
    INFO("below 4.5:1: " << contrast.poor.join(QStringLiteral("; ")).toStdString());
    CHECK(contrast.poor.isEmpty());

    const QStringList fixed = fixedTypeOrStyle(window.get()) + fixedTypeOrStyle(record);
    INFO("fixed type or style sheets: " << fixed.join(QStringLiteral("; ")).toStdString());
    CHECK(fixed.isEmpty());
    record->close();
}

TEST_CASE("Status colours stay readable on any background", "[a11y][contrast]")
{
    const QColor backgrounds[] = {Qt::white,
                                  Qt::black,
                                  QColor(0x2b, 0x2b, 0x2b),
                                  QColor(0xef, 0xef, 0xef),
                                  QColor(0x00, 0x00, 0x80),
                                  QColor(0x80, 0x80, 0x80)};
    for (const QColor& background : backgrounds) {
        for (const QColor& wanted : {QColor(0xa4, 0x1e, 0x1e), QColor(0x1b, 0x5e, 0x20), QColor(0x6b, 0x6b, 0x6b)}) {
            const QColor shown = colours::readableOn(wanted, {background});
            INFO(wanted.name().toStdString()
                 << " on " << background.name().toStdString() << " -> " << shown.name().toStdString());
            CHECK(colours::contrastRatio(shown, background) >= colours::kMinimumTextContrast);
        }
        CHECK(colours::contrastRatio(colours::textOn(background), background) >= colours::kMinimumTextContrast);
    }
    // A colour that already reads is kept as it is.
    CHECK(colours::readableOn(QColor(0xa4, 0x1e, 0x1e), {Qt::white}) == QColor(0xa4, 0x1e, 0x1e));
    // The action plan's chips: light on a light theme, deep on a dark one, text readable on both.
    QPalette light;
    light.setColor(QPalette::Window, Qt::white);
    const QPalette dark = darkHighContrastPalette();
    for (const QString& status : {QStringLiteral("on_track"), QStringLiteral("at_risk"), QStringLiteral("off_track"),
                                  QStringLiteral("complete"), QStringLiteral("not_started")}) {
        for (const QPalette& palette : {light, dark}) {
            const QColor chip = actionStatusColour(status, palette);
            CHECK(colours::contrastRatio(colours::textOn(chip), chip) >= 7.0);
        }
        CHECK(colours::relativeLuminance(actionStatusColour(status, dark)) < 0.2);
    }
}

// Not run by default: writes the Caseload and Action plan pages under a dark high-contrast palette
// and a 14 pt font into HEARTH_SCREENSHOT_DIR, to look at (docs/screenshots/caseload-dark.png).
TEST_CASE("Screenshots with a dark high-contrast palette and a 14 pt font", "[.screenshot]")
{
    const QString out = qEnvironmentVariable("HEARTH_SCREENSHOT_DIR");
    if (out.isEmpty()) {
        WARN("set HEARTH_SCREENSHOT_DIR to save the screenshots");
        return;
    }
    Theme theme(darkHighContrastPalette(), 14);
    test::UiFixture f;
    auto window = f.openWindow(demoDatabase(f));
    window->resize(1440, 900);
    const std::pair<MainWindow::Page, const char*> shots[] = {
        {MainWindow::Page::Caseload, "caseload-dark.png"},
        {MainWindow::Page::ActionPlan, "action-plan-dark.png"},
        {MainWindow::Page::Directory, "directory-dark.png"},
    };
    for (const auto& [page, file] : shots) {
        window->setCurrentPage(page);
        QTest::qWait(150);
        CHECK(window->grab().save(QDir(out).filePath(QString::fromLatin1(file))));
    }
    if (auto* directory = window->findChild<DirectoryPage*>()) {
        window->setCurrentPage(MainWindow::Page::Directory);
        if (auto* tabs = directory->findChild<QTabWidget*>()) {
            tabs->setCurrentIndex(1);
            QTest::qWait(150);
            CHECK(window->grab().save(QDir(out).filePath(QStringLiteral("directory-gaps-dark.png"))));
        }
    }
}
