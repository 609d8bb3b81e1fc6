// The language of Hearth's windows: English (the source text) or Welsh from the embedded
// catalogues, chosen per user in Tools > Language… and applied at the next start.
#include "UiFixture.h"

#include "CaseloadModel.h"
#include "Language.h"
#include "caseload/CaseloadPage.h"
#include "caseload/ResidentDialog.h"
#include "settings/CouncilSettingsDialog.h"
#include "settings/LanguageDialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTabWidget>
#include <QTranslator>

using namespace hearth;
using namespace hearth::ui;

namespace {

void activate(QWidget* window)
{
    window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(window));
    QTRY_VERIFY(QApplication::activeWindow() == window);
}

QString menuTitle(MainWindow& window, const char* name)
{
    auto* menu = window.findChild<QMenu*>(QLatin1String(name));
    REQUIRE(menu);
    return menu->title();
}

// The caseload's "Next follow-up" cells, as shown.
QStringList followUpTexts(CaseloadPage& page)
{
    QStringList texts;
    for (int row = 0; row < page.model()->rowCount(); ++row) {
        texts.append(page.model()->index(row, models::CaseloadModel::NextFollowUp).data().toString());
    }
    return texts;
}

QString databaseWithCaseload(test::UiFixture& f)
{
    const QString path = f.folder.dbPath();
    auto store = f.openStore(path, storage::Store::OpenMode::CreateNew);
    test::addSampleCaseload(*store);
    return path;
}

} // namespace

TEST_CASE("The language setting is kept per user and System follows the system's language", "[language]")
{
    test::UiFixture f;
    UiSettings settings(f.settings);
    CHECK(settings.language() == Language::System); // nothing chosen yet
    settings.setLanguage(Language::Welsh);
    CHECK(f.settings.value(QStringLiteral("language")).toString() == QStringLiteral("cy"));
    CHECK(settings.language() == Language::Welsh);
    settings.setLanguage(Language::English);
    CHECK(settings.language() == Language::English);
    f.settings.setValue(QStringLiteral("language"), QStringLiteral("klingon"));
    CHECK(settings.language() == Language::System);

    CHECK(resolveLanguage(Language::System, QLocale(QLocale::Welsh, QLocale::UnitedKingdom)) == Language::Welsh);
    CHECK(resolveLanguage(Language::System, QLocale(QLocale::French, QLocale::France)) == Language::English);
    CHECK(resolveLanguage(Language::English, QLocale(QLocale::Welsh, QLocale::UnitedKingdom)) == Language::English);
    CHECK(localeFor(Language::Welsh).language() == QLocale::Welsh);
    CHECK(localeFor(Language::English).territory() == QLocale::UnitedKingdom);
}

TEST_CASE("In Welsh the menus, page names and caseload dates are Welsh, and in English nothing is translated",
          "[language]")
{
    test::UiFixture f;
    const QString path = databaseWithCaseload(f);
    const QLocale before;

    SECTION("Cymraeg")
    {
        UiSettings(f.settings).setLanguage(Language::Welsh);
        const Translations translations(UiSettings(f.settings).language());
        CHECK(translations.language() == Language::Welsh);
        // The catalogues are compiled into the program, and every one with translations in it is
        // installed (Qt refuses a catalogue with no translations yet; it is left out quietly).
        const QDir embedded(QStringLiteral(":/i18n"));
        const QStringList files = embedded.entryList({QStringLiteral("hearth_*_cy.qm")});
        CHECK(files.size() == 5);
        for (const QString& file : files) {
            INFO(file.toStdString());
            const QString name = QFileInfo(file).completeBaseName();
            QTranslator probe;
            CHECK(translations.catalogues().contains(name) == (probe.load(name, embedded.path()) && !probe.isEmpty()));
        }
        CHECK(translations.catalogues().contains(QStringLiteral("hearth_main_cy")));
        CHECK(translations.catalogues().contains(QStringLiteral("hearth_qt_cy")));
        CHECK(QLocale().language() == QLocale::Welsh);
        // Qt's own standard buttons, from the hand-written catalogue.
        QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
        CHECK(buttons.button(QDialogButtonBox::Ok)->text() == QStringLiteral("Iawn"));
        CHECK(buttons.button(QDialogButtonBox::Cancel)->text() == QStringLiteral("Canslo"));

        auto window = f.openWindow(path);
        CHECK(menuTitle(*window, "menuFile") == QStringLiteral("&Ffeil"));
        CHECK(menuTitle(*window, "menuView") == QStringLiteral("&Gweld"));
        CHECK(menuTitle(*window, "menuTools") == QStringLiteral("&Offer"));
        CHECK(menuTitle(*window, "menuHelp") == QStringLiteral("&Cymorth"));
        auto* languageAction = window->findChild<QAction*>(QStringLiteral("actionLanguage"));
        REQUIRE(languageAction);
        CHECK(languageAction->text() == QStringLiteral("&Iaith…"));
        CHECK(window->pageTitle(MainWindow::Page::Caseload) == QStringLiteral("Llwyth achosion"));

        auto* page = window->findChild<CaseloadPage*>();
        REQUIRE(page);
        QTRY_VERIFY(page->model()->rowCount() >= 4);
        // Dates in Welsh: the follow-up overdue since 20 November, and the page's "as of" date.
        CHECK(followUpTexts(*page).contains(QStringLiteral("20 Tach 2026 (yn hwyr)")));
        auto* asOf = page->findChild<QLabel*>(QStringLiteral("asOfLabel"));
        REQUIRE(asOf);
        CHECK(asOf->text().contains(QStringLiteral("22 Tachwedd 2026")));
    }

    SECTION("English (United Kingdom)")
    {
        UiSettings(f.settings).setLanguage(Language::English);
        const Translations translations(UiSettings(f.settings).language());
        CHECK(translations.language() == Language::English);
        CHECK(translations.catalogues().isEmpty());

        auto window = f.openWindow(path);
        CHECK(menuTitle(*window, "menuFile") == QStringLiteral("&File"));
        CHECK(menuTitle(*window, "menuHelp") == QStringLiteral("&Help"));
        CHECK(window->findChild<QAction*>(QStringLiteral("actionLanguage"))->text() == QStringLiteral("&Language…"));
        CHECK(window->pageTitle(MainWindow::Page::Caseload) == QStringLiteral("Caseload"));

        auto* page = window->findChild<CaseloadPage*>();
        REQUIRE(page);
        QTRY_VERIFY(page->model()->rowCount() >= 4);
        CHECK(followUpTexts(*page).contains(QStringLiteral("20 Nov 2026 (overdue)")));
        auto* asOf = page->findChild<QLabel*>(QStringLiteral("asOfLabel"));
        REQUIRE(asOf);
        CHECK(asOf->text().contains(QStringLiteral("22 November 2026")));
    }

    // The translators are gone and the default locale is back.
    CHECK(QCoreApplication::translate("MainWindow", "&File") == QStringLiteral("&File"));
    CHECK(QLocale() == before);
}

TEST_CASE("Tools > Language… chooses Cymraeg from the keyboard, for the next start", "[language]")
{
    test::UiFixture f;
    auto window = f.openWindow(f.folder.dbPath());
    LanguageDialog* dialog = window->showLanguage();
    REQUIRE(dialog);
    activate(dialog);
    auto* notice = dialog->findChild<QLabel*>(QStringLiteral("languageNotice"));
    REQUIRE(notice);
    CHECK(notice->text().contains(QStringLiteral("next starts")));

    // Focus starts on the current choice (System default); arrows move through the choices.
    auto* system = dialog->findChild<QRadioButton*>(QStringLiteral("systemLanguage"));
    auto* welsh = dialog->findChild<QRadioButton*>(QStringLiteral("welshLanguage"));
    REQUIRE(system);
    REQUIRE(welsh);
    CHECK(system->hasFocus());
    CHECK_FALSE(welsh->accessibleName().isEmpty());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
    CHECK(welsh->isChecked());
    CHECK(dialog->chosen() == Language::Welsh);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_VERIFY(window->findChild<LanguageDialog*>() == nullptr);
    CHECK(UiSettings(f.settings).language() == Language::Welsh);
    // Nothing is retranslated now: the window stays in the language it started in.
    CHECK(window->findChild<QAction*>(QStringLiteral("actionLanguage"))->text() == QStringLiteral("&Language…"));

    // Cancel leaves the choice as it was.
    dialog = window->showLanguage();
    activate(dialog);
    CHECK(dialog->chosen() == Language::Welsh);
    dialog->setChosen(Language::English);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QTRY_VERIFY(window->findChild<LanguageDialog*>() == nullptr);
    CHECK(UiSettings(f.settings).language() == Language::Welsh);
}

// Not run by default: saves docs/screenshots/welsh-main-window.png, the caseload in Welsh, from the
// database in HEARTH_SAMPLE_DB (hearth-cli demo, or the "[.sample]" test) into HEARTH_SCREENSHOT_DIR.
TEST_CASE("Save a screenshot of the main window in Welsh", "[.screenshot]")
{
    const QString path = qEnvironmentVariable("HEARTH_SAMPLE_DB");
    const QString folder = qEnvironmentVariable("HEARTH_SCREENSHOT_DIR");
    REQUIRE_FALSE(path.isEmpty());
    REQUIRE_FALSE(folder.isEmpty());
    test::UiFixture f;
    {
        auto store = f.openStore(path, storage::Store::OpenMode::Existing);
        if (store->actingOfficerId().isEmpty()) {
            store->setActingOfficer(store->officers().list().first().id);
        }
    }
    const Translations translations(Language::Welsh);
    auto window = f.openWindow(path);
    window->resize(1280, 760);
    QTest::qWait(200);
    CHECK(window->grab().save(folder + QStringLiteral("/welsh-main-window.png")));

    LanguageDialog* language = window->showLanguage();
    QTest::qWait(100);
    CHECK(language->grab().save(folder + QStringLiteral("/welsh-language-dialog.png")));
    language->close();

    window->findChild<QAction*>(QStringLiteral("actionCouncilSettings"))->trigger();
    auto* council = window->findChild<CouncilSettingsDialog*>();
    REQUIRE(council);
    QTest::qWait(100);
    CHECK(council->grab().save(folder + QStringLiteral("/welsh-council-settings.png")));
    council->findChild<QTabWidget*>()->setCurrentIndex(1);
    QTest::qWait(50);
    CHECK(council->grab().save(folder + QStringLiteral("/welsh-council-thresholds.png")));
    council->close();

    auto* page = window->findChild<CaseloadPage*>();
    REQUIRE(page);
    QTRY_VERIFY(page->model()->rowCount() > 0);
    const QString id = page->model()->index(0, 0).data(models::CaseloadModel::IdRole).toString();
    ResidentDialog* record = page->openRecord(id);
    REQUIRE(record);
    record->resize(1100, 760);
    QTest::qWait(100);
    CHECK(record->grab().save(folder + QStringLiteral("/welsh-resident-record.png")));
    record->done(QDialog::Rejected);
}
