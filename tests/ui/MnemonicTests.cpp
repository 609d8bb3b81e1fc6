// Alt+letter keys as a keyboard user meets them: in each view of the main window (menu bar and the
// page shown), of the resident record (each tab), of the council settings (each tab) and of the
// contact, close case, service and action item dialogs, the controls that answer to Alt+letter
// (labels with a buddy, buttons, tabs, group boxes, menu titles) may share letters in Welsh no more
// than they do in English. The catalogue test checks this per
// translation context; this one sees what is on screen together, whichever class made it.
#include "UiFixture.h"

#include "ActionPlanRepository.h"
#include "DemoGenerator.h"
#include "DirectoryRepository.h"
#include "Language.h"
#include "actionplan/ActionItemDialog.h"
#include "actionplan/ActionPlanPage.h"
#include "actionplan/ProgressDialog.h"
#include "actionplan/StrategyDialog.h"
#include "caseload/CaseloadPage.h"
#include "caseload/ResidentDialog.h"
#include "dataprotection/BackupsDialog.h"
#include "dataprotection/RetentionReviewDialog.h"
#include "directory/DirectoryPage.h"
#include "directory/ServiceDialog.h"
#include "directory/ServicePlacesDialog.h"
#include "firstrun/FirstRunWizard.h"
#include "referrals/ReferDialog.h"
#include "referrals/ResidentReferralsWidget.h"
#include "settings/CouncilSettingsDialog.h"
#include "settings/LanguageDialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QGroupBox>
#include <QKeySequence>
#include <QLabel>
#include <QMap>
#include <QMenuBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>

using namespace hearth;
using namespace hearth::ui;

namespace {

// The Alt+letter keys of the controls a person can reach in `window` now: key -> texts.
QMap<int, QStringList> visibleMnemonics(QWidget* window)
{
    QMap<int, QStringList> byKey;
    const auto add = [&](const QString& text) {
        const QKeySequence key = QKeySequence::mnemonic(text);
        if (!key.isEmpty() && !byKey[key[0].toCombined()].contains(text)) {
            byKey[key[0].toCombined()].append(text);
        }
    };
    for (QWidget* widget : window->findChildren<QWidget*>()) {
        if (!widget->isVisibleTo(window) || widget->window() != window) {
            continue;
        }
        if (auto* label = qobject_cast<QLabel*>(widget)) {
            if (label->buddy()) {
                add(label->text());
            }
        } else if (auto* button = qobject_cast<QAbstractButton*>(widget)) {
            add(button->text());
        } else if (auto* group = qobject_cast<QGroupBox*>(widget)) {
            add(group->title());
        } else if (auto* tabs = qobject_cast<QTabBar*>(widget)) {
            for (int index = 0; index < tabs->count(); ++index) {
                if (tabs->isTabVisible(index)) {
                    add(tabs->tabText(index));
                }
            }
        } else if (auto* bar = qobject_cast<QMenuBar*>(widget)) {
            for (QAction* action : bar->actions()) {
                if (action->isVisible()) {
                    add(action->text());
                }
            }
        }
    }
    for (QStringList& texts : byKey) {
        texts.sort();
    }
    return byKey;
}

// The keys more than one control answers to.
QMap<int, QStringList> shared(QMap<int, QStringList> byKey)
{
    for (auto it = byKey.begin(); it != byKey.end();) {
        it = it->size() > 1 ? std::next(it) : byKey.erase(it);
    }
    return byKey;
}

// The letters no control uses: where a shared key could move to.
QString freeLetters(const QMap<int, QStringList>& byKey)
{
    QString free;
    for (char letter = 'A'; letter <= 'Z'; ++letter) {
        if (!byKey.contains(QKeySequence(QStringLiteral("Alt+") + QLatin1Char(letter))[0].toCombined())) {
            free.append(QLatin1Char(letter));
        }
    }
    return free;
}

QString describe(const QMap<int, QStringList>& duplicates)
{
    QStringList lines;
    for (auto it = duplicates.cbegin(); it != duplicates.cend(); ++it) {
        lines.append(QKeySequence(it.key()).toString() + QStringLiteral(": ") + it->join(QStringLiteral(" | ")));
    }
    return lines.join(QStringLiteral("; "));
}

// Each view, by name: the keys that more than one control answers to.
using Views = QList<QPair<QString, QMap<int, QStringList>>>;

// A dialog's views: one per tab of its first tab widget, or the dialog as it opens. Closes it.
void addDialog(Views& out, const QString& name, QWidget* dialog)
{
    INFO(name.toStdString());
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    auto* tabs = dialog->findChild<QTabWidget*>();
    if (!tabs) {
        out.append({name, visibleMnemonics(dialog)});
    }
    for (int index = 0; tabs && index < tabs->count(); ++index) {
        tabs->setCurrentIndex(index);
        QApplication::processEvents();
        out.append({QStringLiteral("%1, tab %2").arg(name).arg(index + 1), visibleMnemonics(dialog)});
    }
    static_cast<QDialog*>(dialog)->reject();
}

Views views(test::UiFixture& f, const QString& path)
{
    Views out;
    auto window = f.openWindow(path);
    window->resize(1280, 800);
    auto* pages = window->findChild<QStackedWidget*>(QStringLiteral("pages"));
    REQUIRE(pages);
    for (int index = 0; index < MainWindow::kPageCount; ++index) {
        window->setCurrentPage(static_cast<MainWindow::Page>(index));
        QApplication::processEvents();
        REQUIRE(pages->currentIndex() == index);
        const QString name = QStringLiteral("main window, page %1").arg(index + 1);
        QTabWidget* tabs = nullptr;
        for (auto* candidate : pages->currentWidget()->findChildren<QTabWidget*>()) {
            if (candidate->isVisibleTo(window.get())) {
                tabs = candidate;
                break;
            }
        }
        if (!tabs) {
            out.append({name, visibleMnemonics(window.get())});
        }
        for (int tab = 0; tabs && tab < tabs->count(); ++tab) {
            tabs->setCurrentIndex(tab);
            QApplication::processEvents();
            out.append({QStringLiteral("%1, tab %2").arg(name).arg(tab + 1), visibleMnemonics(window.get())});
        }
        if (tabs) {
            tabs->setCurrentIndex(0);
        }
    }

    auto* caseload = window->findChild<CaseloadPage*>();
    REQUIRE(caseload);
    for (const bool closed : {false, true}) {
        ResidentQuery query;
        query.status = closed ? QStringLiteral("closed") : QStringLiteral("open");
        const auto rows = window->store().residents().list(query).rows;
        REQUIRE_FALSE(rows.isEmpty());
        ResidentDialog* record = caseload->openRecord(rows.first().id);
        REQUIRE(record);
        REQUIRE(QTest::qWaitForWindowExposed(record));
        auto* tabs = record->findChild<QTabWidget*>(QStringLiteral("tabs"));
        REQUIRE(tabs);
        for (int index = 0; index < tabs->count(); ++index) {
            tabs->setCurrentIndex(index);
            QApplication::processEvents();
            out.append({QStringLiteral("resident record (%1 case), tab %2")
                            .arg(closed ? QStringLiteral("closed") : QStringLiteral("open"))
                            .arg(index + 1),
                        visibleMnemonics(record)});
        }
        if (!closed) {
            record->addContact();
            addDialog(out, QStringLiteral("add contact"), record->lastChildDialog());
            record->closeCase();
            addDialog(out, QStringLiteral("close case"), record->lastChildDialog());
            auto* referrals = record->findChild<ResidentReferralsWidget*>();
            REQUIRE(referrals);
            addDialog(out, QStringLiteral("refer"), referrals->refer());
        }
        record->done(QDialog::Rejected);
    }

    window->setCurrentPage(MainWindow::Page::Directory);
    auto* directory = window->findChild<DirectoryPage*>();
    REQUIRE(directory);
    addDialog(out, QStringLiteral("new service"), directory->addService());
    const auto services = storage::DirectoryRepository(window->store()).services();
    REQUIRE_FALSE(services.isEmpty());
    REQUIRE(directory->selectService(services.first().id));
    addDialog(out, QStringLiteral("places and times"), directory->editPlaces());
    window->setCurrentPage(MainWindow::Page::ActionPlan);
    auto* plan = window->findChild<ActionPlanPage*>();
    REQUIRE(plan);
    addDialog(out, QStringLiteral("new action item"), plan->newItem());
    addDialog(out, QStringLiteral("new strategy"), plan->newStrategy());
    addDialog(out, QStringLiteral("new priority"), plan->newPriority());
    const auto items = window->store().actionPlan().items();
    REQUIRE_FALSE(items.isEmpty());
    REQUIRE(plan->selectItem(items.first().id));
    addDialog(out, QStringLiteral("progress"), plan->recordProgress());
    addDialog(out, QStringLiteral("backups"), window->showBackups());
    addDialog(out, QStringLiteral("retention review"), window->showRetentionReview());
    addDialog(out, QStringLiteral("language"), window->showLanguage());

    window->findChild<QAction*>(QStringLiteral("actionCouncilSettings"))->trigger();
    auto* council = window->findChild<CouncilSettingsDialog*>();
    REQUIRE(council);
    REQUIRE(QTest::qWaitForWindowExposed(council));
    auto* sections = council->findChild<QTabWidget*>();
    REQUIRE(sections);
    for (int index = 0; index < sections->count(); ++index) {
        sections->setCurrentIndex(index);
        QApplication::processEvents();
        out.append({QStringLiteral("council settings, tab %1").arg(index + 1), visibleMnemonics(council)});
    }
    council->reject();

    // The first-run wizard, each page as it opens (started there, so without its Back button).
    FirstRunWizard wizard(f.clock, f.folder.path(QStringLiteral("first-run.db")));
    wizard.show();
    REQUIRE(QTest::qWaitForWindowExposed(&wizard));
    for (const int id : wizard.pageIds()) {
        wizard.setStartId(id);
        wizard.restart();
        QApplication::processEvents();
        out.append({QStringLiteral("first-run wizard, page %1").arg(id + 1), visibleMnemonics(&wizard)});
    }
    return out;
}

} // namespace

TEST_CASE("The visible-mnemonic check sees labels with a buddy, buttons, tabs and menu titles", "[a11y][mnemonics]")
{
    QWidget window;
    auto* edit = new QWidget(&window);
    edit->setFocusPolicy(Qt::StrongFocus);
    auto* label = new QLabel(QStringLiteral("&Cod post"), &window);
    label->setBuddy(edit);
    new QLabel(QStringLiteral("&Cadw (no buddy: no key)"), &window);
    auto* button = new QPushButton(QStringLiteral("&Cadw"), &window);
    auto* literal = new QPushButton(QStringLiteral("Cadw && cau"), &window);
    auto* tabs = new QTabBar(&window);
    tabs->addTab(QStringLiteral("C&ysylltiadau"));
    tabs->addTab(QStringLiteral("&Manylion"));
    auto* hidden = new QPushButton(QStringLiteral("&Mesurau"), &window);
    hidden->hide();
    Q_UNUSED(button);
    Q_UNUSED(literal);

    const auto duplicates = shared(visibleMnemonics(&window));
    INFO(describe(duplicates).toStdString());
    REQUIRE(duplicates.size() == 1);
    CHECK(duplicates.first() == QStringList {QStringLiteral("&Cadw"), QStringLiteral("&Cod post")});
    label->setText(QStringLiteral("Cod &post"));
    CHECK(shared(visibleMnemonics(&window)).isEmpty());
    CHECK(freeLetters(visibleMnemonics(&window)) == QStringLiteral("ABDEFGHIJKLNOQRSTUVWXZ"));
    hidden->show();
    CHECK(shared(visibleMnemonics(&window)).size() == 1); // &Mesurau and &Manylion
}

namespace {

// The views allowed to share a key in English, and the keys: only where the letters run out. The
// resident record's first tab shows 28 controls that answer to a letter (4 tabs, 18 fields, 6
// buttons) and their words hold 23 letters between them (no K, Q or Z), so 5 share: each pairs a
// field with a field or with a button, never with a tab, and the buttons and tabs shown on every
// tab have letters of their own. A view not named here shares none.
const QStringList kRecordFirstTab {QStringLiteral("Alt+A"), QStringLiteral("Alt+E"), QStringLiteral("Alt+N"),
                                   QStringLiteral("Alt+O"), QStringLiteral("Alt+T")};
const QMap<QString, QStringList> kSharedInEnglish = {
    {QStringLiteral("resident record (open case), tab 1"), kRecordFirstTab},
    {QStringLiteral("resident record (closed case), tab 1"), kRecordFirstTab},
};

// Keys Welsh may share beyond English: the audit page's "O:" (From) has no letter but O, which the
// Tools menu (&Offer) holds.
const QMap<QString, QStringList> kSharedInWelshOnly = {
    {QStringLiteral("main window, page 7"), {QStringLiteral("Alt+O")}},
};

QStringList keyNames(const QMap<int, QStringList>& byKey)
{
    QStringList names;
    for (const int key : byKey.keys()) {
        names.append(QKeySequence(key).toString());
    }
    return names;
}

} // namespace

TEST_CASE("In English a view shares only the Alt+letter keys listed, and in Welsh no more than in English",
          "[a11y][mnemonics][language]")
{
    test::UiFixture f;
    const QString path = f.folder.dbPath();
    {
        // The demo council: residents open and closed, services, an action plan.
        auto store = f.openStore(path, storage::Store::OpenMode::CreateNew);
        demo::DemoOptions options;
        options.residents = 40;
        options.today = f.clock.today();
        demo::generateDemo(*store, options);
    }
    const Views english = views(f, path);
    Views welsh;
    {
        const Translations translations(Language::Welsh);
        welsh = views(f, path);
    }
    REQUIRE(english.size() == welsh.size());
    REQUIRE(english.size() > 10);
    QStringList named;
    for (qsizetype index = 0; index < english.size(); ++index) {
        const QString& name = english.at(index).first;
        named.append(name);
        const auto inEnglish = shared(english.at(index).second);
        const auto inWelsh = shared(welsh.at(index).second);
        INFO(name.toStdString() << "\n  English: " << describe(inEnglish).toStdString()
                                << "\n    free: " << freeLetters(english.at(index).second).toStdString()
                                << "\n  Welsh:   " << describe(inWelsh).toStdString()
                                << "\n    free: " << freeLetters(welsh.at(index).second).toStdString());
        CHECK(keyNames(inEnglish) == kSharedInEnglish.value(name));
        QStringList welshKeys = keyNames(inWelsh);
        for (const QString& key : kSharedInWelshOnly.value(name)) {
            CHECK(welshKeys.removeAll(key) == 1);
        }
        CHECK(welshKeys.size() <= inEnglish.size());
    }
    for (const QString& name : kSharedInEnglish.keys() + kSharedInWelshOnly.keys()) {
        INFO(name.toStdString());
        CHECK(named.contains(name));
    }
}
