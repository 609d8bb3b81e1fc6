// The council's target groups in the Council settings dialog, the resident record and the caseload
// filter, driven through real widgets.
#include "UiFixture.h"

#include "caseload/CaseloadPage.h"
#include "caseload/ResidentDialog.h"
#include "settings/CouncilSettingsDialog.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>

using namespace hearth;
using namespace hearth::ui;

namespace {

template <typename T>
T* child(QWidget* parent, const char* name)
{
    auto* found = parent->findChild<T*>(QLatin1String(name));
    INFO("no " << name);
    REQUIRE(found);
    return found;
}

QPointer<CouncilSettingsDialog> openSettings(MainWindow& window)
{
    child<QAction>(&window, "actionCouncilSettings")->trigger();
    QPointer<CouncilSettingsDialog> dialog = window.findChild<CouncilSettingsDialog*>();
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowExposed(dialog.data()));
    dialog->showSection(CouncilSettingsDialog::Section::TargetGroupsAndBarriers);
    return dialog;
}

QStringList itemTexts(QListWidget* list)
{
    QStringList texts;
    for (int row = 0; row < list->count(); ++row) {
        texts.append(list->item(row)->text());
    }
    return texts;
}

QStringList comboTexts(QComboBox* combo)
{
    QStringList texts;
    for (int i = 0; i < combo->count(); ++i) {
        texts.append(combo->itemText(i));
    }
    return texts;
}

} // namespace

TEST_CASE("A target group added in Council settings is offered in the record and the caseload filter, and a retired "
          "one only where a resident has it",
          "[councilsettings][vocabulary]")
{
    test::UiFixture f;
    auto window = f.openWindow(f.folder.dbPath());
    test::addSampleCaseload(window->store());
    CouncilSettings settings = window->store().councilSettings();
    settings.councilName = QStringLiteral("Testshire"); // OK saves only a valid form
    window->store().saveCouncilSettings(settings);
    auto dialog = openSettings(*window);
    // Target groups and barriers each have a section.
    CHECK(
        child<QWidget>(dialog.data(), "listsTab")->isAncestorOf(child<QTableWidget>(dialog.data(), "targetGroupList")));
    CHECK(
        child<QWidget>(dialog.data(), "barriersTab")->isAncestorOf(child<QTableWidget>(dialog.data(), "barrierList")));

    // A bad label is explained beside the list and nothing is added.
    auto* label = child<QLineEdit>(dialog.data(), "targetGroupLabel");
    label->setFocus();
    QTest::keyClicks(label, QStringLiteral("carer"));
    QTest::keyClick(label, Qt::Key_Return);
    auto* message = child<QLabel>(dialog.data(), "targetGroupMessage");
    CHECK(message->text() == QStringLiteral("there is already a target group called 'Carer'"));
    auto* table = child<QTableWidget>(dialog.data(), "targetGroupList");
    const int builtIn = table->rowCount();

    // Typed and added with the keyboard alone.
    QTest::keyClick(label, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(label, QStringLiteral("Refugees"));
    QTest::keyClick(label, Qt::Key_Return);
    REQUIRE(table->rowCount() == builtIn + 1);
    CHECK(table->item(builtIn, 0)->text() == QStringLiteral("Refugees"));
    CHECK(table->item(builtIn, 1)->text() == QStringLiteral("refugees"));
    CHECK(label->text().isEmpty());

    // Retire "Armed forces veteran", selected in the table.
    table->setCurrentCell(
        static_cast<int>(table->findItems(QStringLiteral("veteran"), Qt::MatchExactly).first()->row()), 1);
    auto* retire = child<QPushButton>(dialog.data(), "targetGroupRetire");
    CHECK(retire->text() == QStringLiteral("Retire"));
    QTest::mouseClick(retire, Qt::LeftButton);
    CHECK(retire->text() == QStringLiteral("Restore"));
    QTest::mouseClick(child<QDialogButtonBox>(dialog.data(), "buttons")->button(QDialogButtonBox::Ok), Qt::LeftButton);

    const CouncilVocabulary saved = window->store().councilVocabulary();
    CHECK(saved.targetGroups().isActive(QStringLiteral("refugees")));
    CHECK_FALSE(saved.targetGroups().isActive(QStringLiteral("veteran")));

    auto* page = window->findChild<CaseloadPage*>();
    REQUIRE(page);
    page->refresh();
    const QStringList filter = comboTexts(child<QComboBox>(page, "targetGroupFilter"));
    CHECK(filter.contains(QStringLiteral("Refugees")));
    CHECK(filter.contains(QStringLiteral("Armed forces veteran (retired)")));

    // A new record offers the added group, not the retired one.
    ResidentDialog* record = page->openRecord({});
    REQUIRE(record);
    const QStringList offered = itemTexts(child<QListWidget>(record, "targetGroupsList"));
    CHECK(offered.contains(QStringLiteral("Refugees")));
    CHECK_FALSE(offered.contains(QStringLiteral("Armed forces veteran")));
    CHECK_FALSE(offered.contains(QStringLiteral("Armed forces veteran (retired)")));
    record->close();
}

TEST_CASE("A resident who has a retired target group keeps it, shown as retired", "[vocabulary]")
{
    test::UiFixture f;
    auto window = f.openWindow(f.folder.dbPath());
    test::addSampleCaseload(window->store());
    auto& store = window->store();
    const QStringList ids = store.residents().listIds(ResidentQuery {});
    REQUIRE_FALSE(ids.isEmpty());
    Resident resident = *store.residents().find(ids.first());
    resident.targetGroups = {QStringLiteral("veteran")};
    store.residents().update(resident);
    CouncilVocabulary vocabulary = store.councilVocabulary();
    REQUIRE(vocabulary.targetGroups().setRetired(QStringLiteral("veteran"), true).isEmpty());
    store.saveCouncilVocabulary(vocabulary);

    auto* page = window->findChild<CaseloadPage*>();
    REQUIRE(page);
    ResidentDialog* record = page->openRecord(resident.id);
    REQUIRE(record);
    auto* list = child<QListWidget>(record, "targetGroupsList");
    const auto found = list->findItems(QStringLiteral("Armed forces veteran (retired)"), Qt::MatchExactly);
    REQUIRE(found.size() == 1);
    CHECK(found.first()->checkState() == Qt::Checked);
    record->close();
}
