// The outcome-measure questionnaire dialog and a resident's measurement history (issue 4), driven
// with QTest key events on the real widgets.
#include "UiFixture.h"

#include "MeasurementRepository.h"
#include "measures/MeasureDialog.h"
#include "measures/MeasurementHistoryWidget.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTimer>

using namespace hearth;
using namespace hearth::ui;

namespace {

const QDate kToday(2026, 11, 22); // test::fixedNow()

struct MeasuresFixture : test::UiFixture
{
    std::unique_ptr<storage::Store> store = openStore(folder.dbPath());
    QString residentId;

    MeasuresFixture()
    {
        const Ward ward = store->wards().save({QStringLiteral("E05000001"), QStringLiteral("Riverside"), {}});
        const Officer officer =
            store->officers().add({{}, QStringLiteral("Alex Officer"), QStringLiteral("officer"), {}, {}});
        store->setActingOfficer(officer.id);
        residentId = addResident(ward.code);
    }

    QString addResident(const QString& wardCode)
    {
        Resident resident;
        resident.givenName = QStringLiteral("Ada");
        resident.familyName = QStringLiteral("Measured");
        resident.wardCode = wardCode;
        resident.identifiedOn = QDate(2026, 5, 1);
        return store->residents().create(resident).id;
    }

    Measurement add(const char* instrument, const char* stage, const QDate& on, measures::Responses responses,
                    const QString& resident = {})
    {
        Measurement m;
        m.residentId = resident.isEmpty() ? residentId : resident;
        m.instrument = QString::fromLatin1(instrument);
        m.stage = QString::fromLatin1(stage);
        m.takenOn = on;
        m.responses = std::move(responses);
        return store->measurements().add(m);
    }

    QList<Measurement> held(const char* instrument = "ucla3")
    {
        return store->measurements().forResident(residentId, QString::fromLatin1(instrument));
    }
};

template <class T>
T* child(QWidget& parent, const QString& name)
{
    auto* found = parent.findChild<T*>(name);
    REQUIRE(found);
    return found;
}

void show(QWidget& widget)
{
    widget.show();
    widget.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&widget));
}

// A key pressed where the keyboard focus is, as a person would.
void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget* focus = QApplication::focusWidget();
    REQUIRE(focus);
    QTest::keyClick(focus, key, modifiers);
}

QString focusedName()
{
    return QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : QString();
}

} // namespace

TEST_CASE("UCLA-3 can be answered and saved with digit keys alone", "[measures][ui]")
{
    MeasuresFixture f;
    MeasureDialog dialog(*f.store, f.residentId, QStringLiteral("ucla3"), kToday);
    show(dialog);
    CHECK(child<QComboBox>(dialog, QStringLiteral("stageCombo"))->currentData().toString()
          == QStringLiteral("baseline"));
    CHECK(child<QDateEdit>(dialog, QStringLiteral("dateEdit"))->date() == kToday);
    // A questionnaire cannot be dated in the future.
    CHECK(child<QDateEdit>(dialog, QStringLiteral("dateEdit"))->maximumDate() == kToday);

    // Focus starts on the first item; each digit answers the focused item and moves to the next.
    CHECK(focusedName() == QStringLiteral("item1_option1"));
    press(Qt::Key_3); // often
    CHECK(focusedName().startsWith(QStringLiteral("item2_")));
    press(Qt::Key_2); // some of the time
    CHECK(focusedName().startsWith(QStringLiteral("item3_")));
    press(Qt::Key_3); // often
    CHECK(QApplication::focusWidget() == dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok));

    // The score is computed as the items are answered.
    const QString score = child<QLabel>(dialog, QStringLiteral("scoreLabel"))->text();
    CHECK(score.contains(QStringLiteral("Score 8")));
    CHECK(score.contains(QStringLiteral("Lonely")));
    CHECK(child<QRadioButton>(dialog, QStringLiteral("item2_option2"))->isChecked());

    press(Qt::Key_Return);
    CHECK(dialog.result() == QDialog::Accepted);
    REQUIRE(dialog.saved());
    const auto held = f.held();
    REQUIRE(held.size() == 1);
    CHECK(held.first().id == dialog.saved()->id);
    CHECK(held.first().stage == QStringLiteral("baseline"));
    CHECK(held.first().takenOn == kToday);
    CHECK(held.first().responses == measures::Responses {3, 2, 3});
    CHECK(f.store->measurements().scores(held.first()).total == 8);
}

TEST_CASE("Arrow keys and Tab move between items and answers in the questionnaire", "[measures][ui]")
{
    MeasuresFixture f;
    MeasureDialog dialog(*f.store, f.residentId, QStringLiteral("ucla3"), kToday);
    show(dialog);
    REQUIRE(focusedName() == QStringLiteral("item1_option1"));
    press(Qt::Key_Down);
    CHECK(focusedName() == QStringLiteral("item2_option1"));
    press(Qt::Key_Tab);
    CHECK(focusedName() == QStringLiteral("item3_option1"));
    press(Qt::Key_Up);
    CHECK(focusedName() == QStringLiteral("item2_option1"));
    press(Qt::Key_Backtab, Qt::ShiftModifier);
    CHECK(focusedName() == QStringLiteral("item1_option1"));
    // Right moves along the answers; Space picks the one with the focus.
    press(Qt::Key_Right);
    CHECK(focusedName() == QStringLiteral("item1_option2"));
    press(Qt::Key_Space);
    CHECK(dialog.responses() == measures::Responses {2, std::nullopt, std::nullopt});
    // Coming back to an answered item lands on its answer.
    press(Qt::Key_Down);
    press(Qt::Key_Up);
    CHECK(focusedName() == QStringLiteral("item1_option2"));
    // Tab leaves the last item for the controls below; Shift+Tab comes back to it.
    press(Qt::Key_Down);
    press(Qt::Key_Down);
    CHECK(focusedName().startsWith(QStringLiteral("item3_")));
    press(Qt::Key_Tab);
    CHECK(focusedName() == QStringLiteral("allowIncomplete"));
    press(Qt::Key_Backtab, Qt::ShiftModifier);
    CHECK(focusedName().startsWith(QStringLiteral("item3_")));
    press(Qt::Key_Up);
    press(Qt::Key_Up);
    // Tab from the date (past its day, month and year) reaches the first item.
    auto* date = child<QDateEdit>(dialog, QStringLiteral("dateEdit"));
    date->setFocus(Qt::OtherFocusReason);
    for (int n = 0; n < 4 && (QApplication::focusWidget() == date || date->isAncestorOf(QApplication::focusWidget()));
         ++n) {
        press(Qt::Key_Tab);
    }
    CHECK(focusedName() == QStringLiteral("item1_option2"));
    // A digit that is no answer of this item does nothing.
    press(Qt::Key_7);
    CHECK(focusedName() == QStringLiteral("item1_option2"));
    CHECK(dialog.responses() == measures::Responses {2, std::nullopt, std::nullopt});
}

TEST_CASE("A missing answer keeps the questionnaire from saving and names the item", "[measures][ui]")
{
    MeasuresFixture f;
    MeasureDialog dialog(*f.store, f.residentId, QStringLiteral("ucla3"), kToday);
    show(dialog);
    press(Qt::Key_1); // item 1
    press(Qt::Key_Down); // item 2 skipped
    press(Qt::Key_2); // item 3
    press(Qt::Key_Return);

    CHECK(dialog.isVisible());
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK_FALSE(dialog.saved());
    const QString error = dialog.errorText();
    CHECK(error.contains(QStringLiteral("Item 2, 'How often do you feel left out?'")));
    CHECK_FALSE(error.contains(QStringLiteral("Item 1")));
    CHECK(child<QLabel>(dialog, QStringLiteral("errorLabel"))->isVisible());
    CHECK(f.held().isEmpty());
    // The focus goes to the item that needs an answer.
    CHECK(focusedName().startsWith(QStringLiteral("item2_")));

    // When the resident chose not to answer, the officer says so and the gap is stored as such.
    child<QCheckBox>(dialog, QStringLiteral("allowIncomplete"))->setChecked(true);
    child<QDialogButtonBox>(dialog, QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok)->click();
    CHECK(dialog.result() == QDialog::Accepted);
    REQUIRE(f.held().size() == 1);
    CHECK(f.held().first().responses == measures::Responses {1, std::nullopt, 2});
}

TEST_CASE("A review dated before the baseline is refused, naming the problem, and nothing is stored", "[measures][ui]")
{
    MeasuresFixture f;
    f.add("ucla3", "baseline", QDate(2026, 10, 1), {3, 3, 3});
    MeasureDialog dialog(*f.store, f.residentId, QStringLiteral("ucla3"), kToday);
    show(dialog);
    // The resident has a baseline, so the dialog offers a review.
    CHECK(child<QComboBox>(dialog, QStringLiteral("stageCombo"))->currentData().toString() == QStringLiteral("review"));
    child<QDateEdit>(dialog, QStringLiteral("dateEdit"))->setDate(QDate(2026, 9, 1));
    child<QRadioButton>(dialog, QStringLiteral("item1_option1"))->setFocus();
    press(Qt::Key_1);
    press(Qt::Key_1);
    press(Qt::Key_2);
    press(Qt::Key_Return);

    CHECK(dialog.result() != QDialog::Accepted);
    const QString error = dialog.errorText();
    CHECK(
        error.contains(QStringLiteral("Date: 2026-09-01 is before this resident's ucla3 baseline, dated 2026-10-01")));
    CHECK(f.held().size() == 1);
    CHECK(QApplication::focusWidget() == child<QDateEdit>(dialog, QStringLiteral("dateEdit")));

    // A second baseline is refused too, naming the stage.
    child<QComboBox>(dialog, QStringLiteral("stageCombo"))->setCurrentIndex(0);
    child<QDateEdit>(dialog, QStringLiteral("dateEdit"))->setDate(QDate(2026, 11, 1));
    dialog.accept();
    CHECK(dialog.errorText().contains(QStringLiteral("Stage: this resident already has a ucla3 baseline")));
    CHECK(f.held().size() == 1);

    // Dated after the baseline, the review is stored.
    child<QComboBox>(dialog, QStringLiteral("stageCombo"))->setCurrentIndex(1);
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    REQUIRE(f.held().size() == 2);
    CHECK(f.held().last().stage == QStringLiteral("review"));
    CHECK(f.held().last().takenOn == QDate(2026, 11, 1));
}

TEST_CASE("CEL is labelled as not a screening tool and SWEMWBS shows its copyright line", "[measures][ui]")
{
    MeasuresFixture f;
    {
        MeasureDialog dialog(*f.store, f.residentId, QStringLiteral("cel"), kToday);
        CHECK(child<QLabel>(dialog, QStringLiteral("screeningLabel"))->isVisibleTo(&dialog));
        CHECK(child<QLabel>(dialog, QStringLiteral("screeningLabel"))
                  ->text()
                  .contains(QStringLiteral("not a screening tool")));
        // CEL items 1 and 3 are read from "strongly disagree", item 2 from "strongly agree".
        CHECK(child<QRadioButton>(dialog, QStringLiteral("item1_option1"))
                  ->text()
                  .contains(QStringLiteral("Strongly disagree")));
        CHECK(child<QRadioButton>(dialog, QStringLiteral("item2_option1"))
                  ->text()
                  .contains(QStringLiteral("Strongly agree")));
    }
    {
        MeasureDialog dialog(*f.store, f.residentId, QStringLiteral("swemwbs"), kToday);
        CHECK_FALSE(child<QLabel>(dialog, QStringLiteral("screeningLabel"))->isVisibleTo(&dialog));
        const auto* notice = child<QLabel>(dialog, QStringLiteral("noticeLabel"));
        CHECK(notice->isVisibleTo(&dialog));
        CHECK(notice->text()
              == QStringLiteral("© NHS Health Scotland, University of Warwick and University of Edinburgh, 2008"));
        CHECK(child<QLabel>(dialog, QStringLiteral("leadInLabel"))->text().contains(QStringLiteral("last 2 weeks")));
    }
    {
        // Switching the questionnaire rebuilds the items and the notices.
        MeasureDialog dialog(*f.store, f.residentId, QString(), kToday);
        CHECK(dialog.instrumentId() == QStringLiteral("ucla3")); // the council's primary instrument
        CHECK_FALSE(child<QLabel>(dialog, QStringLiteral("noticeLabel"))->isVisibleTo(&dialog));
        auto* combo = child<QComboBox>(dialog, QStringLiteral("instrumentCombo"));
        combo->setCurrentIndex(combo->findData(QStringLiteral("cel")));
        CHECK(dialog.instrumentId() == QStringLiteral("cel"));
        CHECK(dialog.responses().size() == 3);
        CHECK(child<QLabel>(dialog, QStringLiteral("screeningLabel"))->isVisibleTo(&dialog));
        combo->setCurrentIndex(combo->findData(QStringLiteral("ons4")));
        CHECK(dialog.responses().size() == 4);
        CHECK(dialog.findChild<QRadioButton*>(QStringLiteral("item1_option11")));
        CHECK_FALSE(dialog.findChild<QRadioButton*>(QStringLiteral("item5_option1")));
    }
}

TEST_CASE("The 14-item WEMWBS scrolls to keep the item being answered in view", "[measures][ui]")
{
    MeasuresFixture f;
    MeasureDialog dialog(*f.store, f.residentId, QStringLiteral("wemwbs"), kToday);
    dialog.resize(760, 500);
    show(dialog);
    auto* area = child<QScrollArea>(dialog, QStringLiteral("itemsArea"));
    CHECK(area->verticalScrollBar()->value() == 0);
    for (int n = 0; n < 14; ++n) {
        press(Qt::Key_4);
    }
    CHECK(area->verticalScrollBar()->maximum() > 0);
    CHECK(area->verticalScrollBar()->value() == area->verticalScrollBar()->maximum());
    CHECK(child<QLabel>(dialog, QStringLiteral("scoreLabel"))->text().contains(QStringLiteral("Score 56")));
    press(Qt::Key_Return);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(f.store->measurements().scores(f.held("wemwbs").first()).total == 56);
}

TEST_CASE("ONS4 answers 0 to 9 by digit", "[measures][ui]")
{
    MeasuresFixture f;
    MeasureDialog dialog(*f.store, f.residentId, QStringLiteral("ons4"), kToday);
    show(dialog);
    press(Qt::Key_7);
    press(Qt::Key_0);
    press(Qt::Key_9);
    press(Qt::Key_3);
    CHECK(dialog.responses() == measures::Responses {7, 0, 9, 3});
}

TEST_CASE("The history shows the change from baseline to review with its classification", "[measures][ui]")
{
    MeasuresFixture f;
    f.add("ucla3", "baseline", QDate(2026, 6, 1), {3, 3, 2}); // 8, lonely
    f.add("ucla3", "review", QDate(2026, 9, 1), {2, 1, 2}); // 5, not lonely
    f.add("swemwbs", "baseline", QDate(2026, 6, 1), {3, 3, 3, 3, 3, 3, 3}); // raw 21, metric 19.25
    f.add("swemwbs", "review", QDate(2026, 9, 1), {3, 3, 3, 3, 3, 3, 4}); // raw 22, metric 19.98

    MeasurementHistoryWidget history(*f.store, f.residentId, kToday);
    show(history);
    const QString ucla = history.changeText(QStringLiteral("ucla3"));
    CHECK(ucla.contains(QStringLiteral("From the baseline on 1 Jun 2026 (8) to the review on 1 Sep 2026 (5)")));
    CHECK(ucla.contains(QStringLiteral("\u22123 points")));
    CHECK(ucla.contains(QStringLiteral("Improved; moved out of lonely")));
    CHECK(child<QLabel>(history, QStringLiteral("change_ucla3"))->text() == ucla);
    CHECK(child<QLabel>(history, QStringLiteral("change_ucla3"))->isVisible());
    const QString swemwbs = history.changeText(QStringLiteral("swemwbs"));
    CHECK(swemwbs.contains(QStringLiteral("+0.73 metric points")));
    CHECK(swemwbs.contains(QStringLiteral("No meaningful change")));

    // Reviewed: no prompt.
    CHECK_FALSE(history.reviewDue(QStringLiteral("ucla3")));
    CHECK(history.reviewText(QStringLiteral("ucla3")).isEmpty());
    CHECK_FALSE(history.findChild<QLabel*>(QStringLiteral("review_ucla3")));

    // A table of every measurement, oldest first, with stage, score and classification.
    auto* section = child<QGroupBox>(history, QStringLiteral("section_ucla3"));
    auto* table = section->findChild<QTableWidget*>();
    REQUIRE(table);
    REQUIRE(table->rowCount() == 2);
    CHECK(table->item(0, 0)->text() == QStringLiteral("1 Jun 2026"));
    CHECK(table->item(0, 1)->text() == QStringLiteral("Baseline"));
    CHECK(table->item(0, 2)->text() == QStringLiteral("8"));
    CHECK(table->item(0, 3)->text() == QStringLiteral("Lonely"));
    CHECK(table->item(1, 1)->text() == QStringLiteral("Review"));
    CHECK(table->item(1, 3)->text() == QStringLiteral("Not lonely"));
    CHECK_FALSE(table->accessibleName().isEmpty());
    CHECK_FALSE(history.findChild<QLabel*>(QStringLiteral("emptyLabel"))->isVisible());
}

TEST_CASE("The history prompts for a review 12 weeks after a baseline with no review", "[measures][ui]")
{
    MeasuresFixture f;
    f.add("ucla3", "baseline", QDate(2026, 8, 1), {3, 3, 3}); // 16 weeks before today
    f.add("swemwbs", "baseline", QDate(2026, 10, 1), {2, 2, 2, 2, 2, 2, 2}); // 7 weeks before today

    MeasurementHistoryWidget history(*f.store, f.residentId, kToday);
    show(history);
    CHECK(history.reviewDue(QStringLiteral("ucla3")));
    auto* prompt = child<QLabel>(history, QStringLiteral("review_ucla3"));
    CHECK(prompt->isVisible());
    CHECK(prompt->text().startsWith(QStringLiteral("⚠ Review due")));
    CHECK(prompt->text().contains(QStringLiteral("1 Aug 2026, 16 weeks ago")));
    CHECK(prompt->text().contains(QStringLiteral("24 Oct 2026")));
    CHECK(history.changeText(QStringLiteral("ucla3")).contains(QStringLiteral("No later measurement yet")));

    // Not yet due on SWEMWBS: the date is shown, without the prompt.
    CHECK_FALSE(history.reviewDue(QStringLiteral("swemwbs")));
    CHECK(history.reviewText(QStringLiteral("swemwbs"))
          == QStringLiteral("Next review due on 24 Dec 2026 (12 weeks after the baseline)."));

    // The council's own interval.
    CouncilSettings settings = f.store->councilSettings();
    settings.councilName = QStringLiteral("Test Council");
    settings.reviewIntervalWeeks = 6;
    f.store->saveCouncilSettings(settings);
    history.refresh();
    CHECK(history.reviewDue(QStringLiteral("swemwbs")));

    // A closed case is not prompted.
    f.store->residents().close(f.residentId, QDate(2026, 11, 20), QStringLiteral("improved"));
    history.refresh();
    CHECK_FALSE(history.reviewDue(QStringLiteral("ucla3")));
    CHECK_FALSE(history.findChild<QLabel*>(QStringLiteral("review_ucla3")));
}

TEST_CASE("Record measurement opens the questionnaire and the history shows what was saved", "[measures][ui]")
{
    MeasuresFixture f;
    MeasurementHistoryWidget history(*f.store, f.residentId, kToday);
    show(history);
    CHECK(child<QLabel>(history, QStringLiteral("emptyLabel"))->isVisible());
    QSignalSpy recorded(&history, &MeasurementHistoryWidget::measurementRecorded);

    bool answered = false;
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<MeasureDialog*>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        for (const Qt::Key key : {Qt::Key_2, Qt::Key_2, Qt::Key_1, Qt::Key_Return}) {
            QTest::keyClick(dialog->focusWidget(), key);
        }
        answered = true;
    });
    child<QPushButton>(history, QStringLiteral("recordMeasurementButton"))->click();
    CHECK(answered);
    REQUIRE(recorded.size() == 1);
    CHECK(f.held().size() == 1);
    CHECK_FALSE(child<QLabel>(history, QStringLiteral("emptyLabel"))->isVisible());
    CHECK(history.findChild<QGroupBox*>(QStringLiteral("section_ucla3")));
    CHECK(history.reviewText(QStringLiteral("ucla3")).contains(QStringLiteral("14 Feb 2027")));
}

// Not run by default: writes the screenshots in docs/screenshots when HEARTH_SCREENSHOT_DIR is set.
TEST_CASE("Screenshots of the questionnaire and the history", "[.screenshots]")
{
    const QString dir = qEnvironmentVariable("HEARTH_SCREENSHOT_DIR");
    REQUIRE_FALSE(dir.isEmpty());
    MeasuresFixture f;
    f.add("ucla3", "baseline", QDate(2026, 5, 12), {3, 3, 2});
    f.add("ucla3", "review", QDate(2026, 8, 10), {2, 2, 2});
    f.add("ucla3", "exit", QDate(2026, 11, 2), {2, 1, 1});
    f.add("swemwbs", "baseline", QDate(2026, 8, 3), {2, 3, 2, 3, 3, 2, 3});
    {
        MeasureDialog dialog(*f.store, f.residentId, QStringLiteral("swemwbs"), kToday);
        show(dialog);
        for (const Qt::Key key : {Qt::Key_3, Qt::Key_4, Qt::Key_3, Qt::Key_4}) {
            press(key);
        }
        QTest::qWait(50);
        CHECK(dialog.grab().save(QDir(dir).filePath(QStringLiteral("measure-dialog.png"))));
    }
    MeasurementHistoryWidget history(*f.store, f.residentId, kToday);
    history.resize(900, 760);
    show(history);
    QTest::qWait(50);
    CHECK(history.grab().save(QDir(dir).filePath(QStringLiteral("measurement-history.png"))));
}
