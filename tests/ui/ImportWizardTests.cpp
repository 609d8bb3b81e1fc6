#include "LongWorkSupport.h"
#include "UiFixture.h"

#include "Caseload.h"
#include "CaseloadModel.h"
#include "FileDialog.h"
#include "MessageBox.h"
#include "caseload/CaseloadPage.h"
#include "import/ImportResidentsWizard.h"
#include "work/TaskProgress.h"

#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>

using namespace hearth;
using namespace hearth::ui;

namespace {

template <typename T>
T* child(QWidget* parent, const QString& name)
{
    auto* found = parent->findChild<T*>(name);
    REQUIRE(found);
    return found;
}

// A database with two wards and one signed-in officer, written before the window opens.
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

QString writeFile(const test::UiFixture& f, const QString& name, const QByteArray& content)
{
    const QString path = f.folder.path(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(content);
    return path;
}

qint64 residentCount(MainWindow& window)
{
    return window.store().residents().count(ResidentQuery {});
}

// File > Import residents from CSV…, as a person would (the window active so the menu action runs).
ImportResidentsWizard* openWizard(MainWindow& window)
{
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    child<QAction>(&window, QStringLiteral("actionImportResidents"))->trigger();
    auto* wizard = window.findChild<ImportResidentsWizard*>();
    REQUIRE(wizard);
    REQUIRE(QTest::qWaitForWindowExposed(wizard));
    CHECK(wizard->currentId() == ImportResidentsWizard::FilePage);
    return wizard;
}

void chooseFile(ImportResidentsWizard* wizard, const QString& path)
{
    FileDialog::setNextFileName(path);
    QTest::mouseClick(child<QPushButton>(wizard, QStringLiteral("chooseFile")), Qt::LeftButton);
}

// Clicks a button of the wizard; the work it starts (checking the rows, importing) runs on.
void click(ImportResidentsWizard* wizard, QWizard::WizardButton which)
{
    QAbstractButton* button = wizard->button(which);
    REQUIRE(button->isVisible());
    REQUIRE(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

// Clicks a button of the wizard and waits for the work it starts off the GUI thread to end.
void press(ImportResidentsWizard* wizard, QWizard::WizardButton which)
{
    click(wizard, which);
    REQUIRE(wizard->task()->wait());
}

// Import, and wait for it to end.
void commit(ImportResidentsWizard* wizard)
{
    press(wizard, QWizard::CommitButton);
}

QStringList column(QTableWidget* table, int index)
{
    QStringList values;
    for (int row = 0; row < table->rowCount(); ++row) {
        values.append(table->item(row, index)->text());
    }
    return values;
}

// Two good rows, and a column Hearth does not import.
const QByteArray kGoodCsv = "Forename,Surname,Ward,Date identified,Shoe size\r\n"
                            "Ada,Lovelace,E05000001,2026-10-01,5\r\n"
                            "Ben,Okafor,Hillside,01/10/2026,9\r\n";

// Line 3 names a ward Hearth does not hold; line 5 has a date in the future and no name.
const QByteArray kBadCsv = "Forename,Surname,Ward,Date identified\n"
                           "Ada,Lovelace,E05000001,2026-10-01\n"
                           "Ben,Okafor,E05000099,2026-10-02\n"
                           "Cat,Nguyen,Riverside,2026-10-03\n"
                           ",,Riverside,2027-01-01\n";

} // namespace

TEST_CASE("Import wizard: a good CSV is matched by header, previewed and imported, and the caseload shows it",
          "[import]")
{
    test::UiFixture f;
    auto window = f.openWindow(preparedDatabase(f));
    auto* wizard = openWizard(*window);

    CHECK_FALSE(wizard->button(QWizard::NextButton)->isEnabled()); // no file yet
    chooseFile(wizard, writeFile(f, QStringLiteral("residents.csv"), kGoodCsv));
    const QString info = child<QLabel>(wizard, QStringLiteral("fileInfo"))->text();
    CHECK(info.contains(QStringLiteral("UTF-8")));
    CHECK(info.contains(QStringLiteral("comma separated")));
    CHECK(info.contains(QStringLiteral("2 rows")));
    CHECK(child<QLabel>(wizard, QStringLiteral("fileError"))->isHidden());
    press(wizard, QWizard::NextButton);

    REQUIRE(wizard->currentId() == ImportResidentsWizard::MappingPage);
    auto* mapping = child<QTableWidget>(wizard, QStringLiteral("mappingTable"));
    CHECK(column(mapping, 0)
          == QStringList({QStringLiteral("Forename"), QStringLiteral("Surname"), QStringLiteral("Ward"),
                          QStringLiteral("Date identified"), QStringLiteral("Shoe size")}));
    CHECK(child<QComboBox>(wizard, QStringLiteral("fieldCombo0"))->currentData().toString()
          == QStringLiteral("given_name"));
    CHECK(child<QComboBox>(wizard, QStringLiteral("fieldCombo2"))->currentData().toString()
          == QStringLiteral("ward_code"));
    CHECK(child<QComboBox>(wizard, QStringLiteral("fieldCombo3"))->currentData().toString()
          == QStringLiteral("identified_on"));
    CHECK(child<QComboBox>(wizard, QStringLiteral("fieldCombo4"))->currentData().toString().isEmpty());
    CHECK(child<QLabel>(wizard, QStringLiteral("mappingMessage"))->text().contains(QStringLiteral("Shoe size")));
    CHECK(child<QLabel>(wizard, QStringLiteral("mappingRemembered"))->isHidden());

    // A required field set to Ignore stops the wizard with a message naming it.
    auto* ward = child<QComboBox>(wizard, QStringLiteral("fieldCombo2"));
    ward->setCurrentIndex(0);
    CHECK_FALSE(wizard->button(QWizard::NextButton)->isEnabled());
    CHECK(child<QLabel>(wizard, QStringLiteral("mappingMessage"))->text().contains(QStringLiteral("ward_code")));
    ward->setCurrentIndex(ward->findData(QStringLiteral("ward_code")));
    press(wizard, QWizard::NextButton);

    REQUIRE(wizard->currentId() == ImportResidentsWizard::PreviewPage);
    CHECK(child<QLabel>(wizard, QStringLiteral("previewSummary"))->text()
          == QStringLiteral("2 rows read: 2 valid, 0 invalid."));
    CHECK(child<QCheckBox>(wizard, QStringLiteral("skipInvalid"))->isHidden());
    CHECK(child<QTableWidget>(wizard, QStringLiteral("issueTable"))->rowCount() == 0);
    CHECK(residentCount(*window) == 0);
    CHECK(wizard->button(QWizard::CommitButton)->text() == QStringLiteral("&Import"));
    commit(wizard);

    REQUIRE(wizard->currentId() == ImportResidentsWizard::SummaryPage);
    CHECK(child<QLabel>(wizard, QStringLiteral("importSummary"))
              ->text()
              .startsWith(QStringLiteral("2 residents imported from residents.csv")));
    CHECK(residentCount(*window) == 2);
    auto* page = window->findChild<CaseloadPage*>();
    REQUIRE(page);
    CHECK(page->model()->rowCount() == 2); // the window was refreshed
    press(wizard, QWizard::FinishButton);
    QTRY_VERIFY(window->findChild<ImportResidentsWizard*>() == nullptr);
}

TEST_CASE("Import wizard: a CSV with invalid rows imports nothing until they are skipped, then only the valid rows",
          "[import]")
{
    test::UiFixture f;
    auto window = f.openWindow(preparedDatabase(f));
    auto* wizard = openWizard(*window);
    chooseFile(wizard, writeFile(f, QStringLiteral("bad.csv"), kBadCsv));
    press(wizard, QWizard::NextButton);
    press(wizard, QWizard::NextButton);

    REQUIRE(wizard->currentId() == ImportResidentsWizard::PreviewPage);
    CHECK(child<QLabel>(wizard, QStringLiteral("previewSummary"))->text()
          == QStringLiteral("4 rows read: 2 valid, 2 invalid."));
    auto* issues = child<QTableWidget>(wizard, QStringLiteral("issueTable"));
    const QStringList lines = column(issues, 0);
    CHECK(lines.contains(QStringLiteral("3")));
    CHECK(lines.contains(QStringLiteral("5")));
    CHECK_FALSE(lines.contains(QStringLiteral("2")));
    CHECK_FALSE(lines.contains(QStringLiteral("4")));
    const int wardIssue = static_cast<int>(lines.indexOf(QStringLiteral("3")));
    CHECK(issues->item(wardIssue, 1)->text() == QStringLiteral("Ward"));
    CHECK(issues->item(wardIssue, 2)->text().contains(QStringLiteral("E05000099")));
    CHECK(column(issues, 1).contains(QStringLiteral("Date identified")));

    // Import is refused, and says why, until the skip box is ticked.
    auto* skip = child<QCheckBox>(wizard, QStringLiteral("skipInvalid"));
    CHECK(skip->isVisible());
    CHECK(skip->text().contains(QStringLiteral("2 invalid rows")));
    CHECK_FALSE(skip->isChecked());
    CHECK_FALSE(wizard->button(QWizard::CommitButton)->isEnabled());
    CHECK(child<QLabel>(wizard, QStringLiteral("previewMessage"))
              ->text()
              .contains(QStringLiteral("2 invalid rows: nothing will be imported until")));
    CHECK(residentCount(*window) == 0);

    // The skip box is reachable from the keyboard: Space ticks it.
    skip->setFocus();
    QTest::keyClick(skip, Qt::Key_Space);
    CHECK(skip->isChecked());
    CHECK(wizard->button(QWizard::CommitButton)->isEnabled());
    commit(wizard);

    REQUIRE(wizard->currentId() == ImportResidentsWizard::SummaryPage);
    const QString summary = child<QLabel>(wizard, QStringLiteral("importSummary"))->text();
    CHECK(summary.contains(QStringLiteral("2 residents imported")));
    CHECK(summary.contains(QStringLiteral("2 invalid rows skipped, on lines 3, 5")));
    CHECK(residentCount(*window) == 2);
    ResidentQuery query;
    query.wardCode = QStringLiteral("E05000001");
    CHECK(window->store().residents().count(query) == 2); // Ada and Cat, both in Riverside
    wizard->accept();
}

TEST_CASE("Import wizard: after the file is corrected, checking it again allows the import", "[import]")
{
    test::UiFixture f;
    auto window = f.openWindow(preparedDatabase(f));
    auto* wizard = openWizard(*window);
    const QString path = writeFile(f, QStringLiteral("bad.csv"), kBadCsv);
    chooseFile(wizard, path);
    press(wizard, QWizard::NextButton);
    press(wizard, QWizard::NextButton);
    REQUIRE(wizard->currentId() == ImportResidentsWizard::PreviewPage);
    CHECK_FALSE(wizard->button(QWizard::CommitButton)->isEnabled());

    writeFile(f, QStringLiteral("bad.csv"),
              "Forename,Surname,Ward,Date identified\nAda,Lovelace,E05000001,2026-10-01\n"
              "Ben,Okafor,E05000002,2026-10-02\nCat,Nguyen,Riverside,2026-10-03\n");
    QTest::mouseClick(child<QPushButton>(wizard, QStringLiteral("checkAgain")), Qt::LeftButton);
    REQUIRE(wizard->task()->wait());
    CHECK(child<QLabel>(wizard, QStringLiteral("previewSummary"))->text()
          == QStringLiteral("3 rows read: 3 valid, 0 invalid."));
    CHECK(child<QCheckBox>(wizard, QStringLiteral("skipInvalid"))->isHidden());
    commit(wizard);
    CHECK(residentCount(*window) == 3);
    wizard->accept();
}

TEST_CASE("Import wizard: the whole import can be done from the keyboard", "[import]")
{
    test::UiFixture f;
    auto window = f.openWindow(preparedDatabase(f));
    auto* wizard = openWizard(*window);
    wizard->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(wizard));
    QTRY_VERIFY(QApplication::activeWindow() == wizard);
    FileDialog::setNextFileName(writeFile(f, QStringLiteral("bad.csv"), kBadCsv));
    QTest::keyClick(wizard, Qt::Key_H, Qt::AltModifier); // C&hoose…
    QTRY_VERIFY(wizard->button(QWizard::NextButton)->isEnabled()); // buttons click after a flash
    QTest::keyClick(wizard, Qt::Key_N, Qt::AltModifier); // &Next
    QTRY_VERIFY(wizard->currentId() == ImportResidentsWizard::MappingPage);
    QTest::keyClick(wizard, Qt::Key_N, Qt::AltModifier);
    QTRY_VERIFY(wizard->currentId() == ImportResidentsWizard::PreviewPage);
    QTest::keyClick(wizard, Qt::Key_I, Qt::AltModifier); // &Import: refused, nothing happens
    QTest::qWait(300);
    CHECK(wizard->currentId() == ImportResidentsWizard::PreviewPage);
    QTest::keyClick(wizard, Qt::Key_S, Qt::AltModifier); // &Skip the 2 invalid rows
    QTRY_VERIFY(child<QCheckBox>(wizard, QStringLiteral("skipInvalid"))->isChecked());
    QTest::keyClick(wizard, Qt::Key_I, Qt::AltModifier);
    QTRY_VERIFY(wizard->currentId() == ImportResidentsWizard::SummaryPage);
    CHECK(residentCount(*window) == 2);
    QTest::keyClick(wizard, Qt::Key_Return); // Finish
    QTRY_VERIFY(window->findChild<ImportResidentsWizard*>() == nullptr);
}

TEST_CASE("Import wizard: the import runs off the GUI thread, and Cancel leaves the database exactly as it was",
          "[import][longwork]")
{
    test::UiFixture f;
    auto window = f.openWindow(preparedDatabase(f));
    auto* wizard = openWizard(*window);
    chooseFile(wizard, writeFile(f, QStringLiteral("residents.csv"), kGoodCsv));
    press(wizard, QWizard::NextButton);
    press(wizard, QWizard::NextButton);
    REQUIRE(wizard->currentId() == ImportResidentsWizard::PreviewPage);
    storage::Store& store = window->store();
    const QByteArray residentsBefore = test::tableDigest(store, QStringLiteral("residents"));
    const QByteArray auditBefore = test::tableDigest(store, QStringLiteral("audit_events"));
    auto* page = qobject_cast<ImportPreviewPage*>(wizard->currentPage());
    REQUIRE(page);
    TaskProgress* progress = page->progress();
    CHECK(progress->isHidden());

    {
        // Held after the first of the two residents is written, inside the transaction.
        test::HeldWorker held(QStringLiteral("Importing"), 1);
        click(wizard, QWizard::CommitButton);
        REQUIRE(held.waitUntilHeld());
        CHECK(held.thread() != QThread::currentThread());
        CHECK(test::timerFiresWhile([&] { return wizard->task()->isRunning(); }));
        CHECK(progress->isVisible());
        CHECK(progress->stageText() == QStringLiteral("Importing 2 residents…"));
        REQUIRE(QTest::qWaitFor([&] { return progress->bar()->value() == 1; }, 5000));
        CHECK(progress->bar()->maximum() == 2);
        if (const QString folder = qEnvironmentVariable("HEARTH_SCREENSHOTS"); !folder.isEmpty()) {
            wizard->grab().save(QDir(folder).filePath(QStringLiteral("import-working.png")));
        }
        // One import at a time: Import and Back are off, and the page stays.
        CHECK(wizard->currentId() == ImportResidentsWizard::PreviewPage);
        CHECK_FALSE(wizard->button(QWizard::CommitButton)->isEnabled());
        CHECK_FALSE(wizard->button(QWizard::BackButton)->isEnabled());
        CHECK_FALSE(child<QCheckBox>(wizard, QStringLiteral("skipInvalid"))->isEnabled());
        CHECK(residentCount(*window) == 0); // nothing committed yet
        // Cancel has the focus and a name, so Space presses it.
        QPushButton* cancel = progress->cancelButton();
        CHECK(cancel->hasFocus());
        CHECK(cancel->accessibleName() == QStringLiteral("Cancel"));
        CHECK(cancel->toolTip().contains(QStringLiteral("exactly as it was")));

        SECTION("Cancel pressed from the keyboard")
        {
            QTest::keyClick(cancel, Qt::Key_Space);
        }
        SECTION("closing the wizard cancels the import and the wizard stays open")
        {
            wizard->close();
            CHECK(wizard->isVisible());
        }
        CHECK(wizard->task()->isCancelling());
        held.release();
        REQUIRE(wizard->task()->wait());
    }
    CHECK(wizard->isVisible());
    CHECK(wizard->currentId() == ImportResidentsWizard::PreviewPage);
    CHECK(progress->isHidden());
    const QString message = child<QLabel>(wizard, QStringLiteral("previewMessage"))->text();
    CHECK(message.contains(QStringLiteral("cancelled: nothing was imported")));
    CHECK(message.contains(QStringLiteral("exactly as it was")));
    CHECK(residentCount(*window) == 0);
    CHECK(test::tableDigest(store, QStringLiteral("residents")) == residentsBefore);
    CHECK(test::tableDigest(store, QStringLiteral("audit_events")) == auditBefore);
    CHECK(wizard->button(QWizard::CommitButton)->isEnabled());
    CHECK(wizard->button(QWizard::BackButton)->isEnabled());

    // Importing again then works, and the summary and the caseload show the result.
    click(wizard, QWizard::CommitButton);
    CHECK(wizard->task()->isRunning());
    REQUIRE(wizard->task()->wait());
    REQUIRE(wizard->currentId() == ImportResidentsWizard::SummaryPage);
    CHECK(child<QLabel>(wizard, QStringLiteral("importSummary"))
              ->text()
              .startsWith(QStringLiteral("2 residents imported from residents.csv")));
    CHECK(residentCount(*window) == 2);
    auto* caseload = window->findChild<CaseloadPage*>();
    REQUIRE(caseload);
    CHECK(caseload->model()->rowCount() == 2); // the window was refreshed
    wizard->accept();
}

TEST_CASE("Import wizard: the rows are checked off the GUI thread, and Cancel stays on the mapping",
          "[import][longwork]")
{
    test::UiFixture f;
    auto window = f.openWindow(preparedDatabase(f));
    auto* wizard = openWizard(*window);
    chooseFile(wizard, writeFile(f, QStringLiteral("residents.csv"), kGoodCsv));
    press(wizard, QWizard::NextButton);
    REQUIRE(wizard->currentId() == ImportResidentsWizard::MappingPage);
    auto* page = qobject_cast<ImportMappingPage*>(wizard->currentPage());
    REQUIRE(page);
    TaskProgress* progress = page->progress();
    CHECK(progress->isHidden());
    {
        test::HeldWorker held(QStringLiteral("Checking"), 1);
        click(wizard, QWizard::NextButton);
        REQUIRE(held.waitUntilHeld());
        CHECK(held.thread() != QThread::currentThread());
        CHECK(test::timerFiresWhile([&] { return wizard->task()->isRunning(); }));
        CHECK(progress->isVisible());
        CHECK(progress->stageText() == QStringLiteral("Checking 2 rows…"));
        REQUIRE(QTest::qWaitFor([&] { return progress->bar()->value() == 1; }, 5000));
        CHECK(progress->bar()->maximum() == 2);
        CHECK(wizard->currentId() == ImportResidentsWizard::MappingPage);
        CHECK_FALSE(wizard->button(QWizard::NextButton)->isEnabled());
        CHECK_FALSE(wizard->button(QWizard::BackButton)->isEnabled());
        CHECK_FALSE(child<QTableWidget>(wizard, QStringLiteral("mappingTable"))->isEnabled());
        CHECK(progress->cancelButton()->hasFocus());
        wizard->reject(); // the wizard's Cancel or Escape: stops the check, the wizard stays
        CHECK(wizard->isVisible());
        held.release();
        REQUIRE(wizard->task()->wait());
    }
    CHECK(wizard->isVisible());
    CHECK(wizard->currentId() == ImportResidentsWizard::MappingPage);
    CHECK(progress->isHidden());
    CHECK(child<QLabel>(wizard, QStringLiteral("mappingMessage"))->text().contains(QStringLiteral("cancelled")));
    CHECK(child<QTableWidget>(wizard, QStringLiteral("mappingTable"))->isEnabled());

    // Checked to the end, the preview shows the rows.
    press(wizard, QWizard::NextButton);
    REQUIRE(wizard->currentId() == ImportResidentsWizard::PreviewPage);
    CHECK(child<QLabel>(wizard, QStringLiteral("previewSummary"))->text()
          == QStringLiteral("2 rows read: 2 valid, 0 invalid."));
    CHECK(residentCount(*window) == 0);
    wizard->reject();
}

TEST_CASE("Import wizard: an import refused on the worker names the line, imports nothing and stays on the preview",
          "[import][longwork]")
{
    test::UiFixture f;
    auto window = f.openWindow(preparedDatabase(f));
    auto* wizard = openWizard(*window);
    chooseFile(wizard, writeFile(f, QStringLiteral("residents.csv"), kGoodCsv));
    press(wizard, QWizard::NextButton);
    press(wizard, QWizard::NextButton);
    REQUIRE(wizard->currentId() == ImportResidentsWizard::PreviewPage);
    // Hillside, Ben's ward on line 3, is removed after the rows were checked.
    window->store().wards().remove(QStringLiteral("E05000002"));
    const QByteArray residentsBefore = test::tableDigest(window->store(), QStringLiteral("residents"));
    MessageBox::clearLastShown();
    commit(wizard);
    CHECK(wizard->currentId() == ImportResidentsWizard::PreviewPage);
    const QString message = child<QLabel>(wizard, QStringLiteral("previewMessage"))->text();
    CHECK(message.contains(QStringLiteral("Nothing was imported")));
    CHECK(message.contains(QStringLiteral("line 3")));
    const auto shown = MessageBox::lastShown();
    REQUIRE(shown);
    CHECK(shown->kind == MessageBox::Kind::Warning);
    CHECK(shown->informativeText.contains(QStringLiteral("line 3")));
    CHECK(residentCount(*window) == 0);
    CHECK(test::tableDigest(window->store(), QStringLiteral("residents")) == residentsBefore);
    CHECK(wizard->button(QWizard::CommitButton)->isEnabled()); // can be tried again
    wizard->reject();
}

TEST_CASE("Import wizard: opening another database abandons a running import, which rolls back", "[import][longwork]")
{
    test::UiFixture f;
    const QString first = preparedDatabase(f);
    auto window = f.openWindow(first);
    auto* wizard = openWizard(*window);
    chooseFile(wizard, writeFile(f, QStringLiteral("residents.csv"), kGoodCsv));
    press(wizard, QWizard::NextButton);
    press(wizard, QWizard::NextButton);
    const QString second = f.folder.path(QStringLiteral("second.db"));
    {
        test::HeldWorker held(QStringLiteral("Importing"), 1);
        // Released once the wizard has abandoned the run (Cancel asked), before it waits for it.
        QObject::connect(wizard->task(), &BackgroundTask::idle, [&held] { held.release(); });
        click(wizard, QWizard::CommitButton);
        REQUIRE(held.waitUntilHeld());
        REQUIRE(window->openDatabase(second, storage::Store::OpenMode::CreateNew));
    }
    QTRY_VERIFY(window->findChild<ImportResidentsWizard*>() == nullptr);
    auto store = f.openStore(first, storage::Store::OpenMode::Existing);
    CHECK(store->residents().count(ResidentQuery {}) == 0);
}

TEST_CASE("Import wizard: the column choices made for a header are proposed the next time", "[import]")
{
    test::UiFixture f;
    auto window = f.openWindow(preparedDatabase(f));
    const QString path = writeFile(f, QStringLiteral("residents.csv"),
                                   "Name,Family,Ward,Date identified\nAda,Lovelace,E05000001,2026-10-01\n");
    {
        auto* wizard = openWizard(*window);
        chooseFile(wizard, path);
        press(wizard, QWizard::NextButton);
        CHECK(child<QLabel>(wizard, QStringLiteral("mappingRemembered"))->isHidden());
        auto* name = child<QComboBox>(wizard, QStringLiteral("fieldCombo0"));
        auto* family = child<QComboBox>(wizard, QStringLiteral("fieldCombo1"));
        CHECK(name->currentData().toString().isEmpty()); // "Name" matches no field by itself
        CHECK_FALSE(wizard->button(QWizard::NextButton)->isEnabled()); // no name column yet
        name->setCurrentIndex(name->findData(QStringLiteral("given_name")));
        family->setCurrentIndex(family->findData(QStringLiteral("family_name")));
        press(wizard, QWizard::NextButton); // remembers the choices
        REQUIRE(wizard->currentId() == ImportResidentsWizard::PreviewPage);
        wizard->reject();
        QTRY_VERIFY(window->findChild<ImportResidentsWizard*>() == nullptr);
    }
    CHECK(residentCount(*window) == 0);

    // Remembered in the settings file, so also after a restart.
    f.settings.sync();
    auto* wizard = openWizard(*window);
    chooseFile(wizard, path);
    press(wizard, QWizard::NextButton);
    REQUIRE(wizard->currentId() == ImportResidentsWizard::MappingPage);
    CHECK(child<QLabel>(wizard, QStringLiteral("mappingRemembered"))->isVisible());
    CHECK(child<QComboBox>(wizard, QStringLiteral("fieldCombo0"))->currentData().toString()
          == QStringLiteral("given_name"));
    CHECK(child<QComboBox>(wizard, QStringLiteral("fieldCombo1"))->currentData().toString()
          == QStringLiteral("family_name"));
    CHECK(child<QComboBox>(wizard, QStringLiteral("fieldCombo2"))->currentData().toString()
          == QStringLiteral("ward_code"));
    press(wizard, QWizard::NextButton);
    commit(wizard);
    CHECK(residentCount(*window) == 1);
    wizard->accept();
}

TEST_CASE("Import wizard: a file that is not CSV is refused on the first page, naming the line", "[import]")
{
    test::UiFixture f;
    auto window = f.openWindow(preparedDatabase(f));
    auto* wizard = openWizard(*window);

    SECTION("an unterminated quote")
    {
        chooseFile(wizard,
                   writeFile(f, QStringLiteral("quote.csv"),
                             "Forename,Surname,Ward,Date identified\n"
                             "Ada,Lovelace,E05000001,2026-10-01\n"
                             "Ben,\"Okafor,E05000001,2026-10-01\n"
                             "Cat,Nguyen,E05000001,2026-10-01\n"));
        auto* error = child<QLabel>(wizard, QStringLiteral("fileError"));
        CHECK(error->isVisible());
        CHECK(error->text().contains(QStringLiteral("quote.csv cannot be read as CSV: line 3:")));
        CHECK(error->text().contains(QStringLiteral("quote")));
    }
    SECTION("a missing file")
    {
        chooseFile(wizard, f.folder.path(QStringLiteral("missing.csv")));
        CHECK(child<QLabel>(wizard, QStringLiteral("fileError"))->text().contains(QStringLiteral("no such file")));
    }
    SECTION("a header without rows")
    {
        chooseFile(wizard, writeFile(f, QStringLiteral("empty.csv"), "Forename,Ward,Date identified\n"));
        CHECK(child<QLabel>(wizard, QStringLiteral("fileError"))->text().contains(QStringLiteral("no rows")));
    }
    SECTION("a forced delimiter that does not split the header is named")
    {
        chooseFile(
            wizard,
            writeFile(f, QStringLiteral("semi.csv"), "Forename;Ward;Date identified\nAda;E05000001;2026-10-01\n"));
        CHECK(child<QLabel>(wizard, QStringLiteral("fileInfo"))->text().contains(QStringLiteral("semicolon")));
        auto* delimiter = child<QComboBox>(wizard, QStringLiteral("delimiterCombo"));
        delimiter->setCurrentIndex(delimiter->findData(QStringLiteral("comma")));
        CHECK(child<QLabel>(wizard, QStringLiteral("fileError"))->text().contains(QStringLiteral("semicolon")));
    }
    CHECK_FALSE(wizard->button(QWizard::NextButton)->isEnabled());
    CHECK(residentCount(*window) == 0);
    wizard->reject();
}

TEST_CASE("Import wizard: a file read as Windows-1252 says so", "[import]")
{
    test::UiFixture f;
    auto window = f.openWindow(preparedDatabase(f));
    auto* wizard = openWizard(*window);
    chooseFile(wizard,
               writeFile(f, QStringLiteral("excel.csv"),
                         "Forename,Surname,Ward,Date identified\nZo\xEB,Br\xFB,E05000001,2026-10-01\n"));
    CHECK(child<QLabel>(wizard, QStringLiteral("fileInfo"))->text().contains(QStringLiteral("Windows-1252")));
    CHECK(child<QLabel>(wizard, QStringLiteral("fileWarning"))->isVisible());
    CHECK(wizard->button(QWizard::NextButton)->isEnabled());
    wizard->reject();
}

TEST_CASE("Import wizard: every control is named for assistive technology", "[import]")
{
    test::UiFixture f;
    auto window = f.openWindow(preparedDatabase(f));
    auto* wizard = openWizard(*window);
    chooseFile(wizard, writeFile(f, QStringLiteral("bad.csv"), kBadCsv));
    press(wizard, QWizard::NextButton);
    press(wizard, QWizard::NextButton);
    REQUIRE(wizard->currentId() == ImportResidentsWizard::PreviewPage);
    int checked = 0;
    for (QWidget* widget : wizard->findChildren<QWidget*>()) {
        const bool control = widget->inherits("QLineEdit") || widget->inherits("QCheckBox")
            || (widget->inherits("QComboBox") && !widget->parentWidget()->inherits("QComboBox"))
            || widget->inherits("QTableWidget");
        if (control && !widget->objectName().isEmpty()) {
            INFO(widget->metaObject()->className() << " " << widget->objectName().toStdString());
            CHECK_FALSE(widget->accessibleName().isEmpty());
            ++checked;
        }
    }
    CHECK(checked >= 9); // file, delimiter, mapping table, 4 field choices, issue table, skip box
    wizard->reject();
}

// Not run by default: saves the preview page to HEARTH_SCREENSHOT (docs/screenshots/import-preview.png).
TEST_CASE("Screenshot of the import wizard's preview page", "[.screenshot]")
{
    const QString path = qEnvironmentVariable("HEARTH_SCREENSHOT");
    REQUIRE_FALSE(path.isEmpty());
    test::UiFixture f;
    auto window = f.openWindow(preparedDatabase(f));
    auto* wizard = openWizard(*window);
    chooseFile(wizard,
               writeFile(f, QStringLiteral("residents.csv"),
                         "Forename,Surname,Ward,Date identified,Phone,Notes\n"
                         "Ada,Lovelace,E05000001,2026-10-01,07700 900123,\n"
                         "Ben,Okafor,E05000099,2026-10-02,,\n"
                         "Cat,Nguyen,Riverside,2026-10-03,0770,\n"
                         "Dan,Evans,Hillside,03/10/2026,,\n"
                         ",,Riverside,2027-01-01,,\n"));
    press(wizard, QWizard::NextButton);
    press(wizard, QWizard::NextButton);
    REQUIRE(wizard->currentId() == ImportResidentsWizard::PreviewPage);
    QTest::qWait(100);
    REQUIRE(wizard->grab().save(path));
    wizard->reject();
}
