// The Council settings dialog and signing in, driven through real widgets.
#include "UiFixture.h"

#include "AuditLog.h"
#include "FileDialog.h"
#include "MessageBox.h"
#include "Vocabulary.h"
#include "settings/CouncilSettingsDialog.h"
#include "settings/SignInDialog.h"

#include <QAccessible>
#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>

using namespace hearth;
using namespace hearth::ui;

namespace {

template <typename T>
T* child(QWidget& parent, const char* name)
{
    auto* found = parent.findChild<T*>(QLatin1String(name));
    INFO("no " << name);
    REQUIRE(found);
    return found;
}

QAction* action(QWidget& window, const char* name)
{
    return child<QAction>(window, name);
}

void click(QWidget& dialog, const char* button)
{
    auto* found = child<QPushButton>(dialog, button);
    REQUIRE(found->isEnabled());
    QTest::mouseClick(found, Qt::LeftButton);
}

void clickOk(QDialog& dialog)
{
    QTest::mouseClick(child<QDialogButtonBox>(dialog, "buttons")->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

// Replaces the text of a line edit or spin box as a person would: select all, type.
void typeInto(QWidget* field, const QString& text)
{
    field->setFocus();
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(field, Qt::Key_Delete);
    QTest::keyClicks(field, text);
}

QString writeFile(const test::UiFixture& f, const QString& name, const QByteArray& content)
{
    const QString path = f.folder.path(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(content);
    return path;
}

// Opens Tools > Council settings… and returns the dialog, shown.
QPointer<CouncilSettingsDialog> openSettings(MainWindow& window)
{
    action(window, "actionCouncilSettings")->trigger();
    QPointer<CouncilSettingsDialog> dialog = window.findChild<CouncilSettingsDialog*>();
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowExposed(dialog.data()));
    return dialog;
}

bool closedAndGone(QPointer<CouncilSettingsDialog>& dialog)
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return dialog.isNull();
}

qsizetype auditCount(storage::Store& store, const QString& entity)
{
    return store.audit().list(storage::AuditLog::Filter {entity, {}, {}, {}}).size();
}

QStringList column(QTableWidget* table, int index)
{
    QStringList values;
    for (int row = 0; row < table->rowCount(); ++row) {
        values.append(table->item(row, index)->text());
    }
    return values;
}

} // namespace

TEST_CASE("Council settings: a new council name and review interval are saved on OK", "[councilsettings]")
{
    test::UiFixture f;
    auto window = f.openWindow(f.folder.dbPath());
    test::addSampleCaseload(window->store());
    auto dialog = openSettings(*window);
    CHECK(dialog->windowTitle() == QStringLiteral("Council settings"));
    CHECK(child<QComboBox>(*dialog, "primaryInstrument")->currentData().toString() == QStringLiteral("ucla3"));
    CHECK(child<QSpinBox>(*dialog, "reviewIntervalWeeks")->value() == 12);

    typeInto(child<QLineEdit>(*dialog, "councilName"), QStringLiteral("Riverton Borough Council"));
    typeInto(child<QSpinBox>(*dialog, "reviewIntervalWeeks"), QStringLiteral("8"));
    auto* instrument = child<QComboBox>(*dialog, "primaryInstrument");
    instrument->setCurrentIndex(instrument->findData(QStringLiteral("swemwbs")));
    clickOk(*dialog);

    CHECK(closedAndGone(dialog));
    const CouncilSettings saved = window->store().councilSettings();
    CHECK(saved.councilName == QStringLiteral("Riverton Borough Council"));
    CHECK(saved.reviewIntervalWeeks == 8);
    CHECK(saved.primaryInstrument == QStringLiteral("swemwbs"));
    CHECK(saved.suppressionThreshold == 5); // untouched
    const auto events =
        window->store().audit().list(storage::AuditLog::Filter {QStringLiteral("settings"), {}, {}, {}});
    REQUIRE(events.size() == 1);
    CHECK(events.first().officerId == window->store().actingOfficerId());
    CHECK(events.first().summary.contains(QStringLiteral("review_interval_weeks")));
}

TEST_CASE("Council settings: a bad value is explained beside its field and nothing is saved", "[councilsettings]")
{
    test::UiFixture f;
    auto window = f.openWindow(f.folder.dbPath());
    test::addSampleCaseload(window->store());
    CouncilSettings before = window->store().councilSettings();
    before.councilName = QStringLiteral("Testshire");
    window->store().saveCouncilSettings(before);
    const qsizetype events = auditCount(window->store(), QStringLiteral("settings"));

    auto dialog = openSettings(*window);
    auto* tabs = child<QTabWidget>(*dialog, "sections");
    tabs->setCurrentIndex(static_cast<int>(CouncilSettingsDialog::Section::Wards));
    typeInto(child<QLineEdit>(*dialog, "councilName"), QString());
    typeInto(child<QSpinBox>(*dialog, "reviewIntervalWeeks"), QStringLiteral("0"));
    typeInto(child<QDoubleSpinBox>(*dialog, "swemwbsChange"), QStringLiteral("0"));
    clickOk(*dialog);

    REQUIRE(dialog);
    CHECK(dialog->isVisible());
    CHECK(dialog->fieldMessage(QStringLiteral("council_name")) == QStringLiteral("Is required"));
    CHECK(dialog->fieldMessage(QStringLiteral("review_interval_weeks")) == QStringLiteral("Must be between 1 and 104"));
    CHECK(dialog->fieldMessage(QStringLiteral("swemwbs_change")).startsWith(QStringLiteral("Must be between 0.5")));
    CHECK(dialog->fieldMessage(QStringLiteral("retention_years")).isEmpty());
    auto* message = child<QLabel>(*dialog, "reviewIntervalWeeksError");
    CHECK(message->isVisible());
    CHECK(child<QSpinBox>(*dialog, "reviewIntervalWeeks")->accessibleDescription() == message->text());
    // The first bad field is shown and has the focus.
    CHECK(tabs->currentIndex() == static_cast<int>(CouncilSettingsDialog::Section::General));
    CHECK(QApplication::focusWidget() == child<QLineEdit>(*dialog, "councilName"));
    CHECK(window->store().councilSettings() == before);
    CHECK(auditCount(window->store(), QStringLiteral("settings")) == events);

    // Corrected, it saves, and the messages go.
    typeInto(child<QLineEdit>(*dialog, "councilName"), QStringLiteral("Testshire County Council"));
    typeInto(child<QSpinBox>(*dialog, "reviewIntervalWeeks"), QStringLiteral("26"));
    typeInto(child<QDoubleSpinBox>(*dialog, "swemwbsChange"), QStringLiteral("3"));
    clickOk(*dialog);
    CHECK(closedAndGone(dialog));
    CHECK(window->store().councilSettings().reviewIntervalWeeks == 26);
}

TEST_CASE("Council settings: Escape cancels, and nothing changed is saved", "[councilsettings]")
{
    test::UiFixture f;
    auto window = f.openWindow(f.folder.dbPath());
    test::addSampleCaseload(window->store());
    auto dialog = openSettings(*window);
    typeInto(child<QLineEdit>(*dialog, "councilName"), QStringLiteral("Nowhere"));
    QTest::keyClick(dialog.data(), Qt::Key_Escape);
    CHECK(closedAndGone(dialog));
    CHECK(window->store().councilSettings().councilName.isEmpty());
    CHECK(auditCount(window->store(), QStringLiteral("settings")) == 0);
}

TEST_CASE("Council settings: every control is named for assistive technology, and labels have mnemonics",
          "[councilsettings][a11y]")
{
    test::UiFixture f;
    auto window = f.openWindow(f.folder.dbPath());
    test::addSampleCaseload(window->store());
    auto dialog = openSettings(*window);
    REQUIRE(QTest::qWaitForWindowActive(dialog.data()));

    for (QWidget* widget : dialog->findChildren<QWidget*>()) {
        if ((widget->focusPolicy() & Qt::TabFocus) && !qobject_cast<QTabWidget*>(widget->parentWidget())
            && widget->parentWidget() != nullptr && !widget->objectName().startsWith(QLatin1String("qt_"))) {
            INFO(widget->metaObject()->className() << " " << widget->objectName());
            // What a screen reader announces: the accessible name, else the text or the buddy label.
            QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget);
            REQUIRE(accessible);
            CHECK_FALSE(accessible->text(QAccessible::Name).isEmpty());
        }
    }
    for (QLabel* label : dialog->findChildren<QLabel*>()) {
        if (label->text().contains(QLatin1Char('&'))) {
            INFO(label->objectName());
            CHECK(label->buddy() != nullptr);
        }
    }

    // Alt+R reaches the review interval; Tab then moves on to the next field in reading order.
    QTest::keyClick(dialog.data(), Qt::Key_R, Qt::AltModifier);
    CHECK(QApplication::focusWidget() == child<QSpinBox>(*dialog, "reviewIntervalWeeks"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    CHECK(QApplication::focusWidget() == child<QSpinBox>(*dialog, "suppressionThreshold"));

    // Alt+W shows the Wards section; Tab order there runs table, code, name, Add.
    QTest::keyClick(dialog.data(), Qt::Key_W, Qt::AltModifier);
    CHECK(child<QTabWidget>(*dialog, "sections")->currentWidget()->objectName() == QStringLiteral("wardsTab"));
    child<QTableWidget>(*dialog, "wardTable")->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    CHECK(QApplication::focusWidget() == child<QLineEdit>(*dialog, "wardCode"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    CHECK(QApplication::focusWidget() == child<QLineEdit>(*dialog, "wardName"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    CHECK(QApplication::focusWidget() == child<QPushButton>(*dialog, "addWard"));
    dialog->reject();
}

TEST_CASE("Council settings: wards are imported from a CSV whole, or not at all with the line and field named",
          "[councilsettings][wards]")
{
    test::UiFixture f;
    auto window = f.openWindow(f.folder.dbPath());
    test::addSampleCaseload(window->store()); // E05000001 Riverside
    auto dialog = openSettings(*window);
    dialog->showSection(CouncilSettingsDialog::Section::Wards);
    auto* table = child<QTableWidget>(*dialog, "wardTable");
    REQUIRE(column(table, 0) == QStringList {QStringLiteral("E05000001")});

    SECTION("a bad file imports nothing and says where")
    {
        MessageBox::clearLastShown();
        FileDialog::setNextFileName(
            writeFile(f, QStringLiteral("bad.csv"), "code,name\nE05000002,Hill\nE0500003,Lakeside\nE05000004,\n"));
        click(*dialog, "importWards");
        const auto shown = MessageBox::lastShown();
        REQUIRE(shown);
        CHECK(shown->kind == MessageBox::Kind::Warning);
        CHECK(shown->text.contains(QStringLiteral("bad.csv has 2 problem")));
        CHECK(shown->text.contains(QStringLiteral("no ward was imported")));
        CHECK(shown->informativeText.contains(QStringLiteral("bad.csv, line 3, code: 'E0500003' is not")));
        CHECK(shown->informativeText.contains(QStringLiteral("bad.csv, line 4, name: is required")));
        CHECK(child<QLabel>(*dialog, "wardMessage")->text().contains(QStringLiteral("line 3, code")));
        CHECK(column(table, 0) == QStringList {QStringLiteral("E05000001")});
        clickOk(*dialog);
        CHECK(closedAndGone(dialog) == false); // the council has no name yet
        typeInto(child<QLineEdit>(*dialog, "councilName"), QStringLiteral("Testshire"));
        clickOk(*dialog);
        CHECK(closedAndGone(dialog));
        CHECK(window->store().wards().list().size() == 1);
    }
    SECTION("a good file adds and renames, saved on OK")
    {
        FileDialog::setNextFileName(writeFile(
            f, QStringLiteral("wards.csv"), "WD24CD,WD24NM\r\nE05000002,Hill\r\nE05000001,\"Riverside, Central\"\r\n"));
        click(*dialog, "importWards");
        CHECK(child<QLabel>(*dialog, "wardMessage")->text().contains(QStringLiteral("1 new, 1 renamed")));
        CHECK(column(table, 0) == QStringList({QStringLiteral("E05000001"), QStringLiteral("E05000002")}));
        CHECK(window->store().wards().list().size() == 1); // not before OK
        typeInto(child<QLineEdit>(*dialog, "councilName"), QStringLiteral("Testshire"));
        clickOk(*dialog);
        CHECK(closedAndGone(dialog));
        const auto wards = window->store().wards().list();
        REQUIRE(wards.size() == 2);
        CHECK(wards.at(0).name == QStringLiteral("Hill"));
        CHECK(wards.at(1).name == QStringLiteral("Riverside, Central"));
    }
    SECTION("cancelling after an import saves nothing")
    {
        FileDialog::setNextFileName(writeFile(f, QStringLiteral("wards.csv"), "E05000002,Hill\n"));
        click(*dialog, "importWards");
        CHECK(table->rowCount() == 2);
        dialog->reject();
        CHECK(window->store().wards().list().size() == 1);
    }
}

TEST_CASE("Council settings: wards are added, renamed, and removed only when unused", "[councilsettings][wards]")
{
    test::UiFixture f;
    auto window = f.openWindow(f.folder.dbPath());
    test::addSampleCaseload(window->store()); // residents live in E05000001
    window->store().wards().save({QStringLiteral("E05000009"), QStringLiteral("Old Town"), {}});
    auto dialog = openSettings(*window);
    dialog->showSection(CouncilSettingsDialog::Section::Wards);
    typeInto(child<QLineEdit>(*dialog, "councilName"), QStringLiteral("Testshire"));
    auto* table = child<QTableWidget>(*dialog, "wardTable");

    // A bad code is refused with the field named.
    typeInto(child<QLineEdit>(*dialog, "wardCode"), QStringLiteral("X1"));
    typeInto(child<QLineEdit>(*dialog, "wardName"), QStringLiteral("Hill"));
    click(*dialog, "addWard");
    CHECK(child<QLabel>(*dialog, "wardMessage")->text().startsWith(QStringLiteral("code: 'X1' is not")));
    CHECK(table->rowCount() == 2);
    typeInto(child<QLineEdit>(*dialog, "wardCode"), QStringLiteral("e05000002"));
    QTest::keyClick(child<QLineEdit>(*dialog, "wardCode"), Qt::Key_Return);
    CHECK(column(table, 0).contains(QStringLiteral("E05000002")));
    CHECK(dialog->isVisible()); // Enter added the ward; it did not press OK

    // Riverside is in use; Old Town is not.
    table->setCurrentCell(static_cast<int>(column(table, 0).indexOf(QStringLiteral("E05000001"))), 0);
    click(*dialog, "removeWard");
    CHECK(child<QLabel>(*dialog, "wardMessage")->text().contains(QStringLiteral("cannot be removed")));
    CHECK(column(table, 0).contains(QStringLiteral("E05000001")));
    table->setCurrentCell(static_cast<int>(column(table, 0).indexOf(QStringLiteral("E05000009"))), 0);
    click(*dialog, "removeWard");
    CHECK_FALSE(column(table, 0).contains(QStringLiteral("E05000009")));

    // Rename in the table.
    table->item(static_cast<int>(column(table, 0).indexOf(QStringLiteral("E05000001"))), 1)
        ->setText(QStringLiteral("Riverside North"));
    clickOk(*dialog);
    CHECK(closedAndGone(dialog));
    QStringList saved;
    for (const Ward& ward : window->store().wards().list()) {
        saved.append(ward.code + QLatin1Char(' ') + ward.name);
    }
    CHECK(saved == QStringList({QStringLiteral("E05000002 Hill"), QStringLiteral("E05000001 Riverside North")}));
}

TEST_CASE("Council settings: officers are added, renamed and deactivated, but not the one signed in",
          "[councilsettings][officers]")
{
    test::UiFixture f;
    auto window = f.openWindow(f.folder.dbPath());
    test::addSampleCaseload(window->store()); // Alex Officer, signed in
    const Officer leaver =
        window->store().officers().add({{}, QStringLiteral("Lee Leaver"), QStringLiteral("officer"), {}, {}});
    auto dialog = openSettings(*window);
    dialog->showSection(CouncilSettingsDialog::Section::Officers);
    typeInto(child<QLineEdit>(*dialog, "councilName"), QStringLiteral("Testshire"));
    auto* table = child<QTableWidget>(*dialog, "officerTable");
    REQUIRE(column(table, 0) == QStringList({QStringLiteral("Alex Officer"), QStringLiteral("Lee Leaver")}));

    table->setCurrentCell(0, 0);
    click(*dialog, "deactivateOfficer");
    CHECK(child<QLabel>(*dialog, "officerMessage")->text().contains(QStringLiteral("You are signed in as Alex")));
    CHECK(table->rowCount() == 2);
    table->setCurrentCell(1, 0);
    click(*dialog, "deactivateOfficer");
    CHECK(table->rowCount() == 1);

    typeInto(child<QLineEdit>(*dialog, "officerName"), QStringLiteral("Nia Manager"));
    auto* role = child<QComboBox>(*dialog, "officerRole");
    role->setCurrentIndex(role->findData(QStringLiteral("manager")));
    typeInto(child<QLineEdit>(*dialog, "officerTeam"), QStringLiteral("North"));
    click(*dialog, "addOfficer");
    REQUIRE(table->rowCount() == 2);
    CHECK(table->item(1, 1)->text() == QStringLiteral("Manager"));
    table->item(0, 0)->setText(QStringLiteral("Alex Officer-Jones"));

    clickOk(*dialog);
    CHECK(closedAndGone(dialog));
    const auto officers = window->store().officers().list();
    REQUIRE(officers.size() == 2);
    CHECK(officers.at(0).displayName == QStringLiteral("Alex Officer-Jones"));
    CHECK(officers.at(1).displayName == QStringLiteral("Nia Manager"));
    CHECK(officers.at(1).role == QStringLiteral("manager"));
    CHECK(officers.at(1).team == QStringLiteral("North"));
    CHECK(window->store().officers().find(leaver.id)->meta.isDeleted());
    // The status bar follows the rename.
    CHECK(child<QLabel>(*window, "officerLabel")->text() == QStringLiteral("Officer: Alex Officer-Jones"));
}

TEST_CASE("Council settings: target groups and barriers are listed with their labels, read-only", "[councilsettings]")
{
    test::UiFixture f;
    auto window = f.openWindow(f.folder.dbPath());
    auto dialog = openSettings(*window);
    auto* groups = child<QTableWidget>(*dialog, "targetGroupList");
    auto* barriers = child<QTableWidget>(*dialog, "barrierList");
    CHECK(column(groups, 1) == vocab::targetGroups().codes());
    CHECK(column(barriers, 1) == vocab::barriers().codes());
    CHECK(column(groups, 0).contains(QStringLiteral("Care leaver")));
    CHECK(groups->editTriggers() == QAbstractItemView::NoEditTriggers);
    CHECK(child<QLabel>(*dialog, "listsIntro")->text().contains(QStringLiteral("compared")));
    dialog->reject();
}

TEST_CASE("Opening a database with officers but nobody signed in asks who you are, and remembers", "[signin]")
{
    test::UiFixture f;
    {
        auto store = f.openStore(f.folder.dbPath());
        store->officers().add({{}, QStringLiteral("Alex Officer"), QStringLiteral("officer"), {}, {}});
        store->officers().add(
            {{}, QStringLiteral("Nia Manager"), QStringLiteral("manager"), QStringLiteral("North"), {}});
    }
    QString chosen;
    {
        MainWindow window(f.clock, f.settings, f.openStore(f.folder.dbPath(), storage::Store::OpenMode::Existing));
        window.show();
        QPointer<SignInDialog> dialog;
        REQUIRE(QTest::qWaitFor([&] { return (dialog = window.findChild<SignInDialog*>()) && dialog->isVisible(); }));
        CHECK(child<QLabel>(window, "officerLabel")->text() == QStringLiteral("No officer chosen"));
        auto* list = child<QListWidget>(*dialog, "officerList");
        REQUIRE(list->count() == 2);
        CHECK(list->item(1)->text() == QStringLiteral("Nia Manager (Manager, North)"));
        list->setCurrentRow(1);
        QTest::mouseClick(child<QDialogButtonBox>(*dialog, "buttons")->button(QDialogButtonBox::Ok), Qt::LeftButton);
        CHECK_FALSE(dialog->isVisible());
        CHECK(child<QLabel>(window, "officerLabel")->text() == QStringLiteral("Officer: Nia Manager"));
        chosen = window.store().actingOfficerId();
        CHECK_FALSE(chosen.isEmpty());
    }
    // Opened again, the database remembers who signed in and does not ask.
    MainWindow window(f.clock, f.settings, f.openStore(f.folder.dbPath(), storage::Store::OpenMode::Existing));
    window.show();
    QTest::qWait(50);
    CHECK(window.findChild<SignInDialog*>() == nullptr);
    CHECK(window.store().actingOfficerId() == chosen);
    CHECK(child<QLabel>(window, "officerLabel")->text() == QStringLiteral("Officer: Nia Manager"));

    // Tools > Sign in as… changes officer.
    action(window, "actionSignIn")->trigger();
    auto* dialog = window.findChild<SignInDialog*>();
    REQUIRE(dialog);
    auto* list = child<QListWidget>(*dialog, "officerList");
    CHECK(list->currentRow() == 1); // the one signed in
    list->setCurrentRow(0);
    QTest::keyClick(list, Qt::Key_Return);
    CHECK(child<QLabel>(window, "officerLabel")->text() == QStringLiteral("Officer: Alex Officer"));
}

TEST_CASE("Signing in to a database without officers adds the first one", "[signin]")
{
    test::UiFixture f;
    auto window = f.openWindow(f.folder.dbPath());
    QTest::qWait(20);
    CHECK(window->findChild<SignInDialog*>() == nullptr); // nobody to choose: not asked on opening
    action(*window, "actionSignIn")->trigger();
    auto* dialog = window->findChild<SignInDialog*>();
    REQUIRE(dialog);
    CHECK(dialog->addsFirstOfficer());

    // An empty name is refused beside the field.
    QTest::mouseClick(child<QDialogButtonBox>(*dialog, "buttons")->button(QDialogButtonBox::Ok), Qt::LeftButton);
    CHECK(dialog->isVisible());
    CHECK(child<QLabel>(*dialog, "signInProblem")->text() == QStringLiteral("Your name: is required"));
    CHECK(window->store().officers().list().isEmpty());

    typeInto(child<QLineEdit>(*dialog, "officerName"), QStringLiteral("Sam Patel"));
    QTest::mouseClick(child<QDialogButtonBox>(*dialog, "buttons")->button(QDialogButtonBox::Ok), Qt::LeftButton);
    CHECK_FALSE(dialog->isVisible());
    const auto officers = window->store().officers().list();
    REQUIRE(officers.size() == 1);
    CHECK(window->store().actingOfficerId() == officers.first().id);
    CHECK(child<QLabel>(*window, "officerLabel")->text() == QStringLiteral("Officer: Sam Patel"));
}

// Not run by default: saves the dialog to HEARTH_SCREENSHOT (docs/screenshots/council-settings.png).
TEST_CASE("Screenshot of the Council settings dialog", "[.screenshot]")
{
    const QString path = qEnvironmentVariable("HEARTH_SCREENSHOT");
    REQUIRE_FALSE(path.isEmpty());
    test::UiFixture f;
    auto window = f.openWindow(f.folder.dbPath());
    test::addSampleCaseload(window->store());
    CouncilSettings settings = window->store().councilSettings();
    settings.councilName = QStringLiteral("Riverton Borough Council");
    window->store().saveCouncilSettings(settings);
    auto dialog = openSettings(*window);
    typeInto(child<QSpinBox>(*dialog, "reviewIntervalWeeks"), QStringLiteral("0"));
    clickOk(*dialog);
    QTest::qWait(100);
    REQUIRE(dialog->grab().save(path));
    // For checking the other sections by eye: HEARTH_SCREENSHOT_ALL=1 saves them beside it.
    if (qEnvironmentVariableIsSet("HEARTH_SCREENSHOT_ALL")) {
        window->store().wards().save({QStringLiteral("E05000002"), QStringLiteral("Hill"), {}});
        FileDialog::setNextFileName(writeFile(f, QStringLiteral("bad.csv"), "code,name\nE0500003,Lakeside\n"));
        click(*dialog, "importWards");
        for (int index = 1; index < child<QTabWidget>(*dialog, "sections")->count(); ++index) {
            child<QTabWidget>(*dialog, "sections")->setCurrentIndex(index);
            QTest::qWait(50);
            REQUIRE(dialog->grab().save(
                QString(path).replace(QStringLiteral(".png"), QStringLiteral("-%1.png").arg(index))));
        }
    }
}
