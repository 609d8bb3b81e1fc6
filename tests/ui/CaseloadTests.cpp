#include "UiFixture.h"

#include "CaseloadModel.h"
#include "ContactTimelineModel.h"
#include "MeasurementRepository.h"
#include "MessageBox.h"
#include "caseload/CaseloadPage.h"
#include "caseload/CloseCaseDialog.h"
#include "caseload/ContactDialog.h"
#include "caseload/ResidentDialog.h"
#include "forms/FieldErrorDisplay.h"
#include "forms/FormFields.h"
#include "measures/MeasurementHistoryWidget.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QUndoStack>

using namespace hearth;
using namespace hearth::ui;

namespace {

template <typename T>
T* child(QWidget* parent, const char* name)
{
    auto* found = parent->findChild<T*>(QLatin1String(name));
    REQUIRE(found);
    return found;
}

// A database with one ward and one signed-in officer, written before the window opens.
QString preparedDatabase(test::UiFixture& f)
{
    const QString path = f.folder.dbPath();
    auto store = f.openStore(path, storage::Store::OpenMode::CreateNew);
    store->wards().save({QStringLiteral("E05000001"), QStringLiteral("Riverside"), {}});
    store->wards().save({QStringLiteral("E05000002"), QStringLiteral("Hillside"), {}});
    const Officer officer =
        store->officers().add({{}, QStringLiteral("Alex Officer"), QStringLiteral("officer"), {}, {}});
    store->setActingOfficer(officer.id);
    return path;
}

void typeInto(QWidget* field, const QString& text)
{
    field->setFocus();
    QTest::keyClicks(field, text);
}

// Offscreen windows do not always keep the activation a test gave them; shortcuts need it.
void activate(QWidget* window)
{
    window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(window));
    QTRY_VERIFY(QApplication::activeWindow() == window);
}

ResidentDialog* onlyRecord(CaseloadPage* page)
{
    const auto records = page->openRecords();
    REQUIRE(records.size() == 1);
    return records.first();
}

} // namespace

TEST_CASE("An officer registers a resident, finds them, records a contact with a follow-up and closes the case",
          "[caseload]")
{
    test::UiFixture f;
    const QString path = preparedDatabase(f);
    auto window = f.openWindow(path);
    auto* page = window->findChild<CaseloadPage*>();
    REQUIRE(page);
    QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);

    // Ctrl+Shift+N: a new record, its cursor in the first field.
    activate(window.get());
    QTest::keyClick(page, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    ResidentDialog* record = onlyRecord(page);
    REQUIRE(QTest::qWaitForWindowActive(record));
    CHECK(record->residentId().isEmpty());
    typeInto(child<QLineEdit>(record, "givenNameEdit"), QStringLiteral("Margaret"));
    typeInto(child<QLineEdit>(record, "familyNameEdit"), QStringLiteral("Oyelaran"));
    typeInto(child<QLineEdit>(record, "dateOfBirthEdit"), QStringLiteral("03/04/1941"));
    typeInto(child<QLineEdit>(record, "postcodeEdit"), QStringLiteral("ab12cd"));
    auto* ward = child<QComboBox>(record, "wardCombo");
    ward->setFocus();
    QTest::keyClick(ward, Qt::Key_Down); // "Choose a ward" -> the first ward (Hillside, by name)
    auto* groups = child<QListWidget>(record, "targetGroupsList");
    groups->setFocus();
    groups->setCurrentRow(0);
    QTest::keyClick(groups->viewport(), Qt::Key_Space);
    REQUIRE(checkedCodes(groups).size() == 1);
    CHECK(record->isModified());
    CHECK(record->windowTitle().startsWith(QStringLiteral("Margaret Oyelaran")));

    // Undo takes back a whole typed word at once; redo brings it back.
    typeInto(child<QLineEdit>(record, "phoneEdit"), QStringLiteral("07700 900123"));
    activate(record);
    auto* phone = child<QLineEdit>(record, "phoneEdit");
    QTest::keyClick(phone, Qt::Key_Z, Qt::ControlModifier);
    CHECK(phone->text().isEmpty());
    QTest::keyClick(phone, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(phone->text() == QStringLiteral("07700 900123"));
    QTest::keyClick(phone, Qt::Key_Z, Qt::ControlModifier);
    QTest::keyClick(phone, Qt::Key_Y, Qt::ControlModifier);
    CHECK(phone->text() == QStringLiteral("07700 900123"));

    activate(record);
    QTest::keyClick(phone, Qt::Key_S, Qt::ControlModifier);
    REQUIRE_FALSE(record->residentId().isEmpty());
    CHECK_FALSE(record->isModified());
    const Resident saved = window->store().residents().find(record->residentId()).value();
    CHECK(saved.givenName == QStringLiteral("Margaret"));
    CHECK(saved.dateOfBirth == QDate(1941, 4, 3));
    CHECK(saved.postcode == QStringLiteral("AB1 2CD"));
    CHECK(saved.wardCode == QStringLiteral("E05000002"));
    CHECK(saved.targetGroups.size() == 1);
    CHECK(saved.phone == QStringLiteral("07700 900123"));
    CHECK(saved.identifiedOn == QDate(2026, 11, 22));
    CHECK(saved.assignedOfficerId == window->store().actingOfficerId());
    const QString id = saved.id;

    QTest::keyClick(record, Qt::Key_Escape); // nothing unsaved: closes without asking
    QTRY_VERIFY(page->openRecords().isEmpty());
    activate(window.get());

    // Search as you type finds her by family name; Down moves into the results; Enter opens her.
    auto* search = child<QLineEdit>(page, "searchEdit");
    QTest::keyClick(page, Qt::Key_F, Qt::ControlModifier);
    CHECK(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("oyel"));
    QTRY_COMPARE(page->model()->rowCount(), 1);
    CHECK(page->model()->index(0, models::CaseloadModel::Name).data().toString()
          == QStringLiteral("Oyelaran, Margaret"));
    QTest::keyClick(search, Qt::Key_Down);
    auto* table = child<QTableView>(page, "caseloadView");
    CHECK(table->hasFocus());
    CHECK(page->currentResidentId() == id);

    // Ctrl+Shift+C from the caseload: a contact with a follow-up due today.
    QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    auto* contactDialog = window->findChild<ContactDialog*>();
    REQUIRE(contactDialog);
    typeInto(child<QPlainTextEdit>(contactDialog, "noteEdit"), QStringLiteral("Talked about the lunch club"));
    typeInto(child<QLineEdit>(contactDialog, "followUpEdit"), QStringLiteral("22/11/2026"));
    child<QDialogButtonBox>(contactDialog, "buttonBox")->button(QDialogButtonBox::Ok)->click();
    QTRY_VERIFY(window->findChild<ContactDialog*>() == nullptr);
    REQUIRE(window->store().contacts().forResident(id).size() == 1);
    CHECK(window->store().contacts().forResident(id).first().followUpDue == QDate(2026, 11, 22));

    // The signed-in officer's due list shows her.
    REQUIRE(page->dueModel()->rowCount() == 1);
    CHECK(page->dueModel()->index(0, models::CaseloadModel::NextFollowUp).data().toString()
          == QStringLiteral("22 Nov 2026 (due today)"));
    CHECK(child<QTreeView>(page, "dueView")->isVisible());

    // Enter opens the record; the contact is on its timeline.
    table->setFocus();
    table->setCurrentIndex(page->model()->index(0, 0));
    QTest::keyClick(table, Qt::Key_Return);
    record = onlyRecord(page);
    CHECK(record->residentId() == id);
    CHECK(record->contactModel()->rowCount() == 1);

    // Close the case: the date and reason are asked for.
    child<QPushButton>(record, "closeCaseButton")->click();
    auto* closeDialog = qobject_cast<CloseCaseDialog*>(record->lastChildDialog());
    REQUIRE(closeDialog);
    child<QDialogButtonBox>(closeDialog, "buttonBox")->button(QDialogButtonBox::Ok)->click();
    CHECK(closeDialog->errors().messageFor(QStringLiteral("closure_reason")).contains(QStringLiteral("choose")));
    CHECK(window->store().residents().find(id)->status == QStringLiteral("open"));
    auto* reason = child<QComboBox>(closeDialog, "reasonCombo");
    setComboCode(reason, QStringLiteral("improved"));
    child<QDialogButtonBox>(closeDialog, "buttonBox")->button(QDialogButtonBox::Ok)->click();
    QTRY_VERIFY(window->store().residents().find(id)->status == QStringLiteral("closed"));
    CHECK(window->store().residents().find(id)->closedOn == QDate(2026, 11, 22));
    CHECK(child<QLabel>(record, "statusLabel")->text().startsWith(QStringLiteral("Case closed on 22/11/2026")));
    CHECK(child<QPushButton>(record, "reopenButton")->isVisibleTo(record));
    CHECK(page->dueModel()->rowCount() == 0); // a closed case has no follow-ups due

    // Reopening is possible, asked first, and recorded.
    MessageBox::setNextAnswer(MessageBox::Yes);
    child<QPushButton>(record, "reopenButton")->click();
    CHECK(window->store().residents().find(id)->status == QStringLiteral("open"));
    CHECK(child<QLabel>(record, "statusLabel")->text() == QStringLiteral("Open case"));
}

TEST_CASE("A record refuses bad values beside the field and saves nothing", "[caseload]")
{
    test::UiFixture f;
    const QString path = preparedDatabase(f);
    auto window = f.openWindow(path);
    auto* page = window->findChild<CaseloadPage*>();
    ResidentDialog* record = page->openRecord({});
    REQUIRE(record);

    typeInto(child<QLineEdit>(record, "givenNameEdit"), QStringLiteral("Tom"));
    typeInto(child<QLineEdit>(record, "dateOfBirthEdit"), QStringLiteral("31/02/1950"));
    typeInto(child<QLineEdit>(record, "postcodeEdit"), QStringLiteral("not a postcode"));
    CHECK_FALSE(record->save());

    CHECK(record->errors().messageFor(QStringLiteral("date_of_birth")).contains(QStringLiteral("not a date")));
    auto* dobError = child<QLabel>(record, "dateOfBirthEditError");
    CHECK(dobError->isVisibleTo(record));
    CHECK(dobError->text().contains(QStringLiteral("31/02/1950")));
    CHECK(record->focusWidget() == child<QLineEdit>(record, "dateOfBirthEdit"));
    CHECK(window->store().residents().count({}) == 0);

    // Fix the date: now the postcode and the missing ward are named.
    auto* dob = child<QLineEdit>(record, "dateOfBirthEdit");
    dob->clear();
    typeInto(dob, QStringLiteral("28/02/1950"));
    CHECK_FALSE(record->save());
    CHECK(record->errors().messageFor(QStringLiteral("date_of_birth")).isEmpty());
    CHECK_FALSE(dobError->isVisibleTo(record));
    CHECK(record->errors().messageFor(QStringLiteral("postcode")).contains(QStringLiteral("not a UK postcode")));
    CHECK(record->errors().messageFor(QStringLiteral("ward")).contains(QStringLiteral("required")));
    CHECK(child<QLabel>(record, "wardComboError")->isVisibleTo(record));
    CHECK(window->store().residents().count({}) == 0);
}

TEST_CASE("Closing a record with unsaved edits asks, and keeps them unless told to discard", "[caseload]")
{
    test::UiFixture f;
    const QString path = preparedDatabase(f);
    auto window = f.openWindow(path);
    auto* page = window->findChild<CaseloadPage*>();
    ResidentDialog* record = page->openRecord({});
    typeInto(child<QLineEdit>(record, "givenNameEdit"), QStringLiteral("Una"));

    SECTION("cancel keeps the record open with what was typed")
    {
        MessageBox::setNextAnswer(MessageBox::Cancel);
        record->reject();
        CHECK(record->isVisible());
        CHECK(child<QLineEdit>(record, "givenNameEdit")->text() == QStringLiteral("Una"));
        CHECK(MessageBox::lastShown()->text.contains(QStringLiteral("Save the changes")));
    }

    SECTION("the main window does not close over unsaved edits")
    {
        MessageBox::setNextAnswer(MessageBox::Cancel);
        CHECK_FALSE(window->close());
        CHECK(record->isVisible());
    }

    SECTION("save, when the record is valid, saves and closes")
    {
        setComboCode(child<QComboBox>(record, "wardCombo"), QStringLiteral("E05000001"));
        MessageBox::setNextAnswer(MessageBox::Save);
        record->reject();
        QTRY_VERIFY(page->openRecords().isEmpty());
        CHECK(window->store().residents().count({}) == 1);
    }

    SECTION("discard closes and stores nothing")
    {
        MessageBox::setNextAnswer(MessageBox::Discard);
        record->reject();
        QTRY_VERIFY(page->openRecords().isEmpty());
        CHECK(window->store().residents().count({}) == 0);
    }
}

TEST_CASE("A note is corrected by a linked note, never edited", "[caseload]")
{
    test::UiFixture f;
    const QString path = preparedDatabase(f);
    auto window = f.openWindow(path);
    auto* page = window->findChild<CaseloadPage*>();
    Resident resident;
    resident.givenName = QStringLiteral("Vi");
    resident.wardCode = QStringLiteral("E05000001");
    resident.identifiedOn = QDate(2026, 11, 1);
    resident = window->store().residents().create(resident);
    Contact contact;
    contact.residentId = resident.id;
    contact.contactOn = QDate(2026, 11, 3);
    contact.type = QStringLiteral("phone");
    contact.note = QStringLiteral("Wants the knitting group");
    contact = window->store().contacts().add(contact);

    ResidentDialog* record = page->openRecord(resident.id);
    REQUIRE(record->contactModel()->rowCount() == 1);
    auto* view = child<QTableView>(record, "contactsView");
    view->setCurrentIndex(record->contactModel()->index(0, 0));
    child<QPushButton>(record, "correctContactButton")->click();
    auto* dialog = qobject_cast<ContactDialog*>(record->lastChildDialog());
    REQUIRE(dialog);
    CHECK(child<QLabel>(dialog, "correctedNoteLabel")->text().contains(QStringLiteral("Wants the knitting group")));
    auto* note = child<QPlainTextEdit>(dialog, "noteEdit");
    note->clear();
    typeInto(note, QStringLiteral("Wants the walking group"));
    child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok)->click();

    INFO(child<QLabel>(dialog, "generalErrorLabel")->text().toStdString());
    REQUIRE(record->contactModel()->rowCount() == 2);
    CHECK(window->store().contacts().find(contact.id)->note == QStringLiteral("Wants the knitting group"));
    CHECK(record->contactModel()->index(0, models::ContactTimelineModel::Note).data().toString()
          == QStringLiteral("Correction to the note of 3 Nov 2026: Wants the walking group"));
}

TEST_CASE("Caseload filters narrow the table and the risk column says so in words", "[caseload]")
{
    test::UiFixture f;
    const QString path = preparedDatabase(f);
    {
        auto store = f.openStore(path);
        test::addSampleCaseload(*store);
        ResidentQuery open;
        open.status = QStringLiteral("open");
        Resident risky = store->residents().find(store->residents().list(open).rows.first().id).value();
        risky.safeguardingSince = QDate(2026, 11, 20);
        store->residents().update(risky);
    }
    auto window = f.openWindow(path);
    auto* page = window->findChild<CaseloadPage*>();
    CHECK(page->model()->rowCount() == 4); // open cases by default

    child<QComboBox>(page, "statusFilter")->setCurrentIndex(2); // all cases
    page->applyFilters();
    CHECK(page->model()->rowCount() == 5);

    child<QCheckBox>(page, "overdueCheck")->setChecked(true);
    CHECK(page->model()->rowCount() == 2);
    child<QCheckBox>(page, "overdueCheck")->setChecked(false);

    child<QCheckBox>(page, "riskCheck")->setChecked(true);
    REQUIRE(page->model()->rowCount() == 1);
    CHECK(page->model()->index(0, models::CaseloadModel::Risk).data().toString() == QStringLiteral("At risk"));

    child<QPushButton>(page, "clearFiltersButton")->click();
    CHECK(page->model()->rowCount() == 4);
    CHECK_FALSE(child<QCheckBox>(page, "riskCheck")->isChecked());
}

TEST_CASE("Every control on the caseload page and the record has an accessible name or a label", "[caseload]")
{
    test::UiFixture f;
    const QString path = preparedDatabase(f);
    auto window = f.openWindow(path);
    auto* page = window->findChild<CaseloadPage*>();
    ResidentDialog* record = page->openRecord({});
    for (QWidget* root : {static_cast<QWidget*>(page), static_cast<QWidget*>(record)}) {
        for (QWidget* widget : root->findChildren<QWidget*>()) {
            const bool control = qobject_cast<QLineEdit*>(widget) || qobject_cast<QComboBox*>(widget)
                || qobject_cast<QListWidget*>(widget) || qobject_cast<QAbstractButton*>(widget)
                || qobject_cast<QAbstractItemView*>(widget) || qobject_cast<QPlainTextEdit*>(widget);
            // Qt's own parts of a control (a tab bar's scroll arrows, a view's scroll bars) are unnamed.
            if (!control || widget->objectName().isEmpty() || widget->objectName().startsWith(QLatin1String("qt_"))
                || widget->parentWidget()->inherits("QComboBox")) {
                continue;
            }
            const auto* button = qobject_cast<QAbstractButton*>(widget);
            INFO(widget->objectName().toStdString());
            CHECK((!widget->accessibleName().isEmpty() || (button && !button->text().isEmpty())));
            CHECK(widget->focusPolicy() != Qt::NoFocus);
        }
    }
}

// Not run by default: saves the pictures in docs/screenshots from the database in HEARTH_SAMPLE_DB
// (made by `hearth-cli demo`) into the folder HEARTH_SCREENSHOT_DIR.
TEST_CASE("Save screenshots of the caseload and a record", "[.screenshot]")
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
    auto window = f.openWindow(path);
    window->resize(1280, 760);
    auto* page = window->findChild<CaseloadPage*>();
    QTest::qWait(100);
    CHECK(window->grab().save(folder + QStringLiteral("/caseload.png")));

    auto* table = child<QTableView>(page, "caseloadView");
    table->setCurrentIndex(page->model()->index(2, 0));
    ResidentDialog* record = page->openRecord(page->currentResidentId());
    record->resize(1100, 760);
    QTest::qWait(100);
    CHECK(record->grab().save(folder + QStringLiteral("/resident-record.png")));
    child<QTabWidget>(record, "tabs")->setCurrentIndex(1);
    QTest::qWait(50);
    CHECK(record->grab().save(folder + QStringLiteral("/resident-contacts.png")));
    record->done(QDialog::Rejected);
}

TEST_CASE("A resident's record shows the change between baseline and review", "[caseload][measures]")
{
    test::UiFixture f;
    const QString path = preparedDatabase(f);
    auto window = f.openWindow(path);
    auto* page = window->findChild<CaseloadPage*>();
    Resident resident;
    resident.givenName = QStringLiteral("Wyn");
    resident.wardCode = QStringLiteral("E05000001");
    resident.identifiedOn = QDate(2026, 6, 1);
    resident = window->store().residents().create(resident);
    auto measurements = window->store().measurements();
    Measurement baseline;
    baseline.residentId = resident.id;
    baseline.instrument = QStringLiteral("ucla3");
    baseline.stage = QStringLiteral("baseline");
    baseline.takenOn = QDate(2026, 6, 1);
    baseline.responses = {3, 3, 2}; // 8: lonely
    measurements.add(baseline);
    Measurement review = baseline;
    review.stage = QStringLiteral("review");
    review.takenOn = QDate(2026, 9, 1);
    review.responses = {1, 2, 1}; // 4
    measurements.add(review);

    ResidentDialog* record = page->openRecord(resident.id);
    REQUIRE(record->measuresWidget());
    auto* tabs = child<QTabWidget>(record, "tabs");
    CHECK(tabs->indexOf(record->measuresWidget()->parentWidget()) >= 0);
    bool shown = false;
    for (QLabel* label : record->measuresWidget()->findChildren<QLabel*>()) {
        shown = shown || label->text().contains(QStringLiteral("Improved"));
    }
    CHECK(shown);

    // A new, unsaved record has no Measures tab until it is saved.
    ResidentDialog* fresh = page->openRecord({});
    CHECK(fresh->measuresWidget() == nullptr);
}

TEST_CASE("Search waits for two letters, and says so", "[caseload]")
{
    test::UiFixture f;
    const QString path = preparedDatabase(f);
    {
        auto store = f.openStore(path);
        test::addSampleCaseload(*store);
    }
    auto window = f.openWindow(path);
    auto* page = window->findChild<CaseloadPage*>();
    auto* search = child<QLineEdit>(page, "searchEdit");
    QSignalSpy reads(page->model(), &QAbstractItemModel::modelReset);
    search->setText(QStringLiteral("o"));
    page->applyFilters();
    CHECK(page->model()->rowCount() == 4); // not searched yet
    CHECK(reads.count() == 0); // and the list, unchanged, not read again
    CHECK(child<QLabel>(page, "totalLabel")->text().contains(QStringLiteral("two letters")));
    search->setText(QStringLiteral("ov"));
    page->applyFilters();
    CHECK(page->model()->rowCount() == 1);
    CHECK(reads.count() == 1);
    CHECK(child<QLabel>(page, "totalLabel")->text() == QStringLiteral("1 resident matches."));
    // Back to one letter, then none: the whole list again, and its count in place of the hint.
    search->setText(QStringLiteral("o"));
    page->applyFilters();
    CHECK(page->model()->rowCount() == 4);
    search->setText(QString());
    page->applyFilters();
    CHECK(reads.count() == 2);
    CHECK(child<QLabel>(page, "totalLabel")->text() == QStringLiteral("4 residents match."));
}
