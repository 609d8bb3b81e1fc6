#include "settings/CouncilSettingsDialog.h"
#include "PageStyle.h"

#include "ui_CouncilSettingsDialog.h"

#include "FileDialog.h"
#include "MessageBox.h"
#include "OfficerRepository.h"
#include "Store.h"
#include "UiLog.h"
#include "Vocabulary.h"
#include "WardCsv.h"
#include "WardRepository.h"
#include "measures/Instrument.h"

#include <QBoxLayout>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStyledItemDelegate>
#include <QTableWidget>

#include <algorithm>

namespace hearth::ui {

namespace {

constexpr int kCodeColumn = 0; // wards
constexpr int kWardNameColumn = 1;
constexpr int kOfficerNameColumn = 0; // officers; the id is the name item's Qt::UserRole
constexpr int kRoleColumn = 1; // the code is the item's Qt::UserRole, the label its text
constexpr int kTeamColumn = 2;
constexpr int kIsNewRole = Qt::UserRole + 1; // a ward added in this dialog, not yet saved
constexpr int kMaxProblemsShown = 20;

QString roleLabel(const QString& code)
{
    return QCoreApplication::translate("Vocabulary", vocab::officerRoles().label(code).toUtf8().constData());
}

// The role column is edited with a list of the roles, never free text.
class RoleDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const override
    {
        auto* editor = new QComboBox(parent);
        editor->setAccessibleName(QCoreApplication::translate("CouncilSettingsDialog", "Role"));
        for (const auto& term : vocab::officerRoles().terms()) {
            editor->addItem(roleLabel(QString::fromLatin1(term.code)), QString::fromLatin1(term.code));
        }
        return editor;
    }
    void setEditorData(QWidget* editor, const QModelIndex& index) const override
    {
        auto* combo = static_cast<QComboBox*>(editor);
        combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::UserRole))));
    }
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override
    {
        auto* combo = static_cast<QComboBox*>(editor);
        model->setData(index, combo->currentData(), Qt::UserRole);
        model->setData(index, combo->currentText(), Qt::DisplayRole);
    }
};

void showMessage(QLabel* label, const QString& text, bool problem)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
    // A red chosen from the palette to keep 4.5:1 contrast; information in the ordinary text colour.
    if (problem) {
        styleTone(label, colours::Tone::Problem);
    } else {
        clearTone(label);
    }
}

QTableWidgetItem* readOnlyItem(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}

} // namespace

CouncilSettingsDialog::CouncilSettingsDialog(storage::Store& store, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CouncilSettingsDialog>())
    , m_store(store)
{
    m_ui->setupUi(this);
    setupFields();
    setupLists();

    m_ui->wardTable->horizontalHeader()->setSectionResizeMode(kCodeColumn, QHeaderView::ResizeToContents);
    m_ui->officerTable->setItemDelegateForColumn(kRoleColumn, new RoleDelegate(m_ui->officerTable));
    m_ui->officerTable->horizontalHeader()->setSectionResizeMode(kOfficerNameColumn, QHeaderView::Stretch);
    m_ui->officerTable->horizontalHeader()->setSectionResizeMode(kRoleColumn, QHeaderView::ResizeToContents);
    m_ui->officerTable->horizontalHeader()->setStretchLastSection(false);
    m_ui->officerTable->horizontalHeader()->setSectionResizeMode(kTeamColumn, QHeaderView::Stretch);
    for (const auto& term : vocab::officerRoles().terms()) {
        m_ui->officerRole->addItem(roleLabel(QString::fromLatin1(term.code)), QString::fromLatin1(term.code));
    }

    connect(m_ui->addWard, &QPushButton::clicked, this, &CouncilSettingsDialog::addWardFromFields);
    connect(m_ui->removeWard, &QPushButton::clicked, this, &CouncilSettingsDialog::removeSelectedWard);
    connect(m_ui->importWards, &QPushButton::clicked, this, &CouncilSettingsDialog::importWards);
    connect(m_ui->addOfficer, &QPushButton::clicked, this, &CouncilSettingsDialog::addOfficerFromFields);
    // Enter in the fields for a new ward or officer adds it, rather than pressing OK.
    for (QWidget* field : {static_cast<QWidget*>(m_ui->wardCode), static_cast<QWidget*>(m_ui->wardName),
                           static_cast<QWidget*>(m_ui->officerName), static_cast<QWidget*>(m_ui->officerTeam)}) {
        field->installEventFilter(this);
    }
    connect(m_ui->deactivateOfficer, &QPushButton::clicked, this, &CouncilSettingsDialog::deactivateSelectedOfficer);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &CouncilSettingsDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &CouncilSettingsDialog::reject);

    load();
}

CouncilSettingsDialog::~CouncilSettingsDialog() = default;

bool CouncilSettingsDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            if (watched == m_ui->wardCode || watched == m_ui->wardName) {
                addWardFromFields();
                return true;
            }
            if (watched == m_ui->officerName || watched == m_ui->officerTeam) {
                addOfficerFromFields();
                return true;
            }
            for (const TermListWidgets& widgets : m_termLists) {
                if (watched == widgets.label) {
                    addTerm(widgets);
                    return true;
                }
            }
        }
    }
    return QDialog::eventFilter(watched, event);
}

void CouncilSettingsDialog::setupFields()
{
    const std::pair<const char*, QWidget*> inputs[] = {
        {"council_name", m_ui->councilName},
        {"primary_instrument", m_ui->primaryInstrument},
        {"review_interval_weeks", m_ui->reviewIntervalWeeks},
        {"suppression_threshold", m_ui->suppressionThreshold},
        {"stale_after_months", m_ui->staleAfterMonths},
        {"no_response_days", m_ui->noResponseDays},
        {"retention_years", m_ui->retentionYears},
        {"action_no_update_weeks", m_ui->actionNoUpdateWeeks},
        {"ucla3_lonely_from", m_ui->ucla3LonelyFrom},
        {"ucla3_improvement", m_ui->ucla3Improvement},
        {"swemwbs_change", m_ui->swemwbsChange},
        {"swemwbs_low_wellbeing_below", m_ui->swemwbsLowWellbeingBelow},
        {"wemwbs_change", m_ui->wemwbsChange},
        {"cel_change", m_ui->celChange},
        {"djg6_change", m_ui->djg6Change},
    };
    for (const auto& [field, input] : inputs) {
        auto* message = findChild<QLabel*>(input->objectName() + QStringLiteral("Error"));
        Q_ASSERT(message);
        m_fields.insert(QString::fromLatin1(field), {input, message});
    }
    for (const auto& instrument : measures::instruments()) {
        m_ui->primaryInstrument->addItem(instrument.name, instrument.id);
        m_ui->primaryInstrument->setItemData(
            m_ui->primaryInstrument->count() - 1,
            instrument.lonelyLabel.isEmpty()
                ? tr("%1 has no “lonely” classification: the KPIs that count lonely residents will be empty")
                      .arg(instrument.id)
                : tr("The KPIs count “%1” by this instrument").arg(instrument.lonelyLabel),
            Qt::ToolTipRole);
    }
}

void CouncilSettingsDialog::setupLists()
{
    m_ui->listsIntro->setText(
        tr("Hearth's own target groups and barriers keep their codes in every council, so that KPI breakdowns can be "
           "compared. Add the council's own terms below; retire a term you no longer use: it is no longer offered for "
           "new entries, but residents who have it keep it and still count in the KPIs."));
    // Two sections: target groups stay on the lists tab, barriers get a tab of their own.
    auto* barriersTab = new QWidget;
    barriersTab->setObjectName(QStringLiteral("barriersTab"));
    auto* barriersLayout = new QVBoxLayout(barriersTab);
    m_ui->listsColumns->removeItem(m_ui->barriersColumn);
    barriersLayout->addLayout(m_ui->barriersColumn);
    m_ui->sections->setTabText(m_ui->sections->indexOf(m_ui->listsTab), tr("&Target groups"));
    m_ui->sections->addTab(barriersTab, tr("Barrier&s"));

    m_loadedVocabulary = m_store.councilVocabulary();
    m_vocabulary = m_loadedVocabulary;
    struct Spec
    {
        QString field;
        QTableWidget* table;
        QBoxLayout* column;
        QString singular;
        const char* name;
    };
    const Spec specs[] = {
        {QStringLiteral("target_groups"), m_ui->targetGroupList, m_ui->targetGroupsColumn, tr("target group"),
         "targetGroup"},
        {QStringLiteral("barriers"), m_ui->barrierList, m_ui->barriersColumn, tr("barrier"), "barrier"}};
    for (const Spec& spec : specs) {
        TermListWidgets widgets;
        widgets.field = spec.field;
        widgets.table = spec.table;
        spec.table->setColumnCount(3);
        spec.table->setHorizontalHeaderLabels({tr("Label"), tr("Code"), tr("Status")});
        const QString name = QString::fromLatin1(spec.name);
        widgets.label = new QLineEdit(this);
        widgets.label->setObjectName(name + QStringLiteral("Label"));
        widgets.label->setMaxLength(CouncilTermList::kMaxLength);
        widgets.label->setPlaceholderText(tr("Label of a new %1, or the new label").arg(spec.singular));
        widgets.label->setAccessibleName(tr("Label for a new or renamed %1").arg(spec.singular));
        widgets.add = new QPushButton(tr("Add"), this);
        widgets.add->setObjectName(name + QStringLiteral("Add"));
        widgets.add->setAccessibleName(tr("Add a %1").arg(spec.singular));
        widgets.rename = new QPushButton(tr("Rename"), this);
        widgets.rename->setObjectName(name + QStringLiteral("Rename"));
        widgets.rename->setAccessibleName(tr("Rename the selected %1").arg(spec.singular));
        widgets.retire = new QPushButton(tr("Retire"), this);
        widgets.retire->setObjectName(name + QStringLiteral("Retire"));
        widgets.retire->setAccessibleName(tr("Retire or restore the selected %1").arg(spec.singular));
        widgets.message = new QLabel(this);
        widgets.message->setObjectName(name + QStringLiteral("Message"));
        widgets.message->setWordWrap(true);
        widgets.message->setVisible(false);
        auto* row = new QHBoxLayout;
        row->addWidget(widgets.label, 1);
        row->addWidget(widgets.add);
        row->addWidget(widgets.rename);
        row->addWidget(widgets.retire);
        spec.column->addLayout(row);
        spec.column->addWidget(widgets.message);
        setTabOrder(spec.table, widgets.label);
        setTabOrder(widgets.label, widgets.add);
        setTabOrder(widgets.add, widgets.rename);
        setTabOrder(widgets.rename, widgets.retire);
        m_termLists.append(widgets);
    }
    for (qsizetype i = 0; i < m_termLists.size(); ++i) {
        const TermListWidgets widgets = m_termLists.at(i);
        connect(widgets.add, &QPushButton::clicked, this, [this, widgets] { addTerm(widgets); });
        widgets.label->installEventFilter(this); // Return adds the term rather than pressing OK
        connect(widgets.rename, &QPushButton::clicked, this, [this, widgets] { renameTerm(widgets); });
        connect(widgets.retire, &QPushButton::clicked, this, [this, widgets] { toggleRetired(widgets); });
        connect(widgets.table, &QTableWidget::itemSelectionChanged, this,
                [this, widgets] { updateTermButtons(widgets); });
        showTerms(widgets);
    }
    // The last list's Retire is followed by the dialog's buttons.
    setTabOrder(m_termLists.first().retire, m_ui->barrierList);
    setTabOrder(m_termLists.last().retire, m_ui->buttons);
}

void CouncilSettingsDialog::showTerms(const TermListWidgets& widgets, const QString& selectCode)
{
    const CouncilTermList& list = *m_vocabulary.list(widgets.field);
    QTableWidget* table = widgets.table;
    table->setRowCount(static_cast<int>(list.terms().size()));
    int row = 0;
    for (const auto& term : list.terms()) {
        auto* label = readOnlyItem(list.label(term.code));
        label->setData(Qt::UserRole, term.code);
        table->setItem(row, 0, label);
        table->setItem(row, 1, readOnlyItem(term.code));
        const QString kind = term.builtIn ? tr("Hearth's own") : tr("Added by the council");
        table->setItem(row, 2, readOnlyItem(term.retired ? tr("%1, retired").arg(kind) : kind));
        if (term.code == selectCode) {
            table->setCurrentCell(row, 0);
        }
        ++row;
    }
    table->resizeColumnToContents(0);
    table->resizeColumnToContents(1); // codes in full: they are what the CLI and imports take
    updateTermButtons(widgets);
}

QString CouncilSettingsDialog::selectedTerm(const TermListWidgets& widgets) const
{
    const int row = widgets.table->currentRow();
    return row < 0 || !widgets.table->item(row, 0) ? QString()
                                                   : widgets.table->item(row, 0)->data(Qt::UserRole).toString();
}

void CouncilSettingsDialog::updateTermButtons(const TermListWidgets& widgets)
{
    const CouncilTermList& list = *m_vocabulary.list(widgets.field);
    const CouncilTerm* term = list.find(selectedTerm(widgets));
    widgets.rename->setEnabled(term && !term->builtIn);
    widgets.retire->setEnabled(term != nullptr);
    widgets.retire->setText(term && term->retired ? tr("Restore") : tr("Retire"));
}

void CouncilSettingsDialog::addTerm(const TermListWidgets& widgets)
{
    QString code;
    const QString problem = m_vocabulary.list(widgets.field)->add(widgets.label->text(), QString(), &code);
    showMessage(widgets.message, problem, true);
    if (!problem.isEmpty()) {
        widgets.label->setFocus();
        return;
    }
    widgets.label->clear();
    showTerms(widgets, code);
    showMessage(widgets.message, tr("Added with the code %1. It is saved when you press OK.").arg(code), false);
}

void CouncilSettingsDialog::renameTerm(const TermListWidgets& widgets)
{
    const QString code = selectedTerm(widgets);
    const QString problem = m_vocabulary.list(widgets.field)->rename(code, widgets.label->text());
    showMessage(widgets.message, problem, true);
    if (!problem.isEmpty()) {
        widgets.label->setFocus();
        return;
    }
    widgets.label->clear();
    showTerms(widgets, code);
}

void CouncilSettingsDialog::toggleRetired(const TermListWidgets& widgets)
{
    const QString code = selectedTerm(widgets);
    CouncilTermList& list = *m_vocabulary.list(widgets.field);
    const CouncilTerm* term = list.find(code);
    if (!term) {
        return;
    }
    const bool retire = !term->retired;
    showMessage(widgets.message, list.setRetired(code, retire), true);
    showTerms(widgets, code);
    if (retire) {
        showMessage(widgets.message,
                    tr("%1 is retired: no longer offered for new entries; residents who have it keep it.")
                        .arg(list.label(code)),
                    false);
    }
    widgets.table->setFocus();
}

void CouncilSettingsDialog::load()
{
    m_loaded = m_store.councilSettings();
    m_ui->councilName->setText(m_loaded.councilName);
    int instrument = m_ui->primaryInstrument->findData(m_loaded.primaryInstrument);
    if (instrument < 0) { // stored by a newer Hearth: keep it choosable
        m_ui->primaryInstrument->addItem(m_loaded.primaryInstrument, m_loaded.primaryInstrument);
        instrument = m_ui->primaryInstrument->count() - 1;
    }
    m_ui->primaryInstrument->setCurrentIndex(instrument);
    m_ui->reviewIntervalWeeks->setValue(m_loaded.reviewIntervalWeeks);
    m_ui->suppressionThreshold->setValue(m_loaded.suppressionThreshold);
    m_ui->staleAfterMonths->setValue(m_loaded.staleAfterMonths);
    m_ui->noResponseDays->setValue(m_loaded.noResponseDays);
    m_ui->retentionYears->setValue(m_loaded.retentionYears);
    m_ui->actionNoUpdateWeeks->setValue(m_loaded.actionNoUpdateWeeks);
    m_ui->ucla3LonelyFrom->setValue(m_loaded.ucla3LonelyFrom);
    m_ui->ucla3Improvement->setValue(m_loaded.ucla3Improvement);
    m_ui->swemwbsChange->setValue(m_loaded.swemwbsChange);
    m_ui->swemwbsLowWellbeingBelow->setValue(m_loaded.swemwbsLowWellbeingBelow);
    m_ui->wemwbsChange->setValue(m_loaded.wemwbsChange);
    m_ui->celChange->setValue(m_loaded.celChange);
    m_ui->djg6Change->setValue(m_loaded.djg6Change);

    for (const Ward& ward : m_store.wards().list()) {
        m_loadedWards.insert(ward.code, ward);
        addWardRow(ward, false);
    }
    for (const Officer& officer : m_store.officers().list()) {
        m_loadedOfficers.insert(officer.id, officer);
        addOfficerRow(officer);
    }
}

void CouncilSettingsDialog::showSection(Section section)
{
    m_ui->sections->setCurrentIndex(static_cast<int>(section));
}

CouncilSettings CouncilSettingsDialog::settingsFromForm() const
{
    CouncilSettings settings = m_loaded;
    settings.councilName = m_ui->councilName->text().trimmed();
    settings.primaryInstrument = m_ui->primaryInstrument->currentData().toString();
    settings.reviewIntervalWeeks = m_ui->reviewIntervalWeeks->value();
    settings.suppressionThreshold = m_ui->suppressionThreshold->value();
    settings.staleAfterMonths = m_ui->staleAfterMonths->value();
    settings.noResponseDays = m_ui->noResponseDays->value();
    settings.retentionYears = m_ui->retentionYears->value();
    settings.actionNoUpdateWeeks = m_ui->actionNoUpdateWeeks->value();
    settings.ucla3LonelyFrom = m_ui->ucla3LonelyFrom->value();
    settings.ucla3Improvement = m_ui->ucla3Improvement->value();
    settings.swemwbsChange = m_ui->swemwbsChange->value();
    settings.swemwbsLowWellbeingBelow = m_ui->swemwbsLowWellbeingBelow->value();
    settings.wemwbsChange = m_ui->wemwbsChange->value();
    settings.celChange = m_ui->celChange->value();
    settings.djg6Change = m_ui->djg6Change->value();
    return settings;
}

storage::CouncilChanges CouncilSettingsDialog::pendingChanges() const
{
    storage::CouncilChanges changes;
    if (const CouncilSettings settings = settingsFromForm(); !(settings == m_loaded)) {
        changes.settings = settings;
    }
    if (!(m_vocabulary == m_loadedVocabulary)) {
        changes.vocabulary = m_vocabulary;
    }

    QStringList listedCodes;
    for (int row = 0; row < m_ui->wardTable->rowCount(); ++row) {
        const QString code = m_ui->wardTable->item(row, kCodeColumn)->text();
        const QString name = m_ui->wardTable->item(row, kWardNameColumn)->text().trimmed();
        listedCodes.append(code);
        const auto loaded = m_loadedWards.constFind(code);
        if (loaded == m_loadedWards.cend() || loaded->name != name) {
            changes.savedWards.append(Ward {code, name, {}});
        }
    }
    for (const QString& code : m_loadedWards.keys()) {
        if (!listedCodes.contains(code)) {
            changes.removedWards.append(code);
        }
    }

    QStringList listedIds;
    for (int row = 0; row < m_ui->officerTable->rowCount(); ++row) {
        const QString id = m_ui->officerTable->item(row, kOfficerNameColumn)->data(Qt::UserRole).toString();
        Officer officer = id.isEmpty() ? Officer {} : m_loadedOfficers.value(id);
        officer.displayName = m_ui->officerTable->item(row, kOfficerNameColumn)->text().trimmed();
        officer.role = m_ui->officerTable->item(row, kRoleColumn)->data(Qt::UserRole).toString();
        officer.team = m_ui->officerTable->item(row, kTeamColumn)->text().trimmed();
        if (id.isEmpty()) {
            changes.addedOfficers.append(officer);
        } else {
            listedIds.append(id);
            if (!(officer == m_loadedOfficers.value(id))) {
                changes.updatedOfficers.append(officer);
            }
        }
    }
    for (const QString& id : m_loadedOfficers.keys()) {
        if (!listedIds.contains(id)) {
            changes.deactivatedOfficers.append(id);
        }
    }
    return changes;
}

QString CouncilSettingsDialog::fieldMessage(const QString& field) const
{
    const auto found = m_fields.constFind(field);
    return found != m_fields.cend() && !found->message->isHidden() ? found->message->text() : QString();
}

void CouncilSettingsDialog::clearFieldErrors()
{
    for (const FieldWidgets& widgets : std::as_const(m_fields)) {
        showMessage(widgets.message, {}, true);
        widgets.input->setAccessibleDescription({});
    }
}

void CouncilSettingsDialog::showFieldErrors(const FieldErrors& errors)
{
    QWidget* first = nullptr;
    QStringList elsewhere;
    for (const FieldError& error : errors) {
        const auto found = m_fields.constFind(error.field);
        if (found == m_fields.cend()) {
            elsewhere.append(error.text());
            continue;
        }
        // Sentence case for the message beside the field: "Must be between 1 and 104".
        QString text = error.message;
        if (!text.isEmpty()) {
            text[0] = text[0].toUpper();
        }
        showMessage(found->message, text, true);
        found->input->setAccessibleDescription(text);
        if (!first) {
            first = found->input;
        }
    }
    if (first) {
        m_ui->sections->setCurrentWidget(m_ui->generalTab->isAncestorOf(first) ? m_ui->generalTab : m_ui->measuresTab);
        first->setFocus(Qt::OtherFocusReason);
    }
    if (!elsewhere.isEmpty()) {
        MessageBox::critical(this, tr("Cannot save the council settings"), elsewhere.join(QLatin1Char('\n')),
                             tr("Nothing was saved."));
    }
}

bool CouncilSettingsDialog::checkTables()
{
    showWardMessage({});
    showOfficerMessage({});
    for (int row = 0; row < m_ui->wardTable->rowCount(); ++row) {
        const Ward ward {m_ui->wardTable->item(row, kCodeColumn)->text(),
                         m_ui->wardTable->item(row, kWardNameColumn)->text().trimmed(),
                         {}};
        if (const FieldErrors errors = ward.validate(); !errors.isEmpty()) {
            m_ui->sections->setCurrentWidget(m_ui->wardsTab);
            m_ui->wardTable->setCurrentCell(row, kWardNameColumn);
            m_ui->wardTable->setFocus(Qt::OtherFocusReason);
            showMessage(m_ui->wardMessage, tr("Ward %1: %2").arg(ward.code, joinErrors(errors)), true);
            return false;
        }
    }
    for (int row = 0; row < m_ui->officerTable->rowCount(); ++row) {
        Officer officer;
        officer.displayName = m_ui->officerTable->item(row, kOfficerNameColumn)->text().trimmed();
        officer.role = m_ui->officerTable->item(row, kRoleColumn)->data(Qt::UserRole).toString();
        officer.team = m_ui->officerTable->item(row, kTeamColumn)->text().trimmed();
        if (const FieldErrors errors = officer.validate(); !errors.isEmpty()) {
            m_ui->sections->setCurrentWidget(m_ui->officersTab);
            m_ui->officerTable->setCurrentCell(row, kOfficerNameColumn);
            m_ui->officerTable->setFocus(Qt::OtherFocusReason);
            showMessage(m_ui->officerMessage, tr("Officer in row %1: %2").arg(row + 1).arg(joinErrors(errors)), true);
            return false;
        }
    }
    return true;
}

void CouncilSettingsDialog::accept()
{
    clearFieldErrors();
    if (const FieldErrors errors = settingsFromForm().validate(); !errors.isEmpty()) {
        showFieldErrors(errors);
        return;
    }
    if (!checkTables()) {
        return;
    }
    const storage::CouncilChanges changes = pendingChanges();
    if (!changes.isEmpty()) {
        try {
            storage::applyCouncilChanges(m_store, changes);
        } catch (const storage::Error& error) {
            if (!error.fields().isEmpty() && m_fields.contains(error.fields().first().field)) {
                showFieldErrors(error.fields());
            } else {
                MessageBox::critical(this, tr("Cannot save the council settings"), error.message(),
                                     tr("Nothing was saved."));
            }
            return;
        } catch (const std::exception& error) {
            uiLog()->error("saving the council settings failed: {}", error.what());
            MessageBox::critical(this, tr("Cannot save the council settings"),
                                 tr("The database could not be written: %1").arg(QString::fromUtf8(error.what())),
                                 tr("Nothing was saved."));
            return;
        }
        uiLog()->info("council settings saved: {} ward(s) saved, {} removed, {} officer(s) added, {} updated, {} "
                      "deactivated",
                      changes.savedWards.size(), changes.removedWards.size(), changes.addedOfficers.size(),
                      changes.updatedOfficers.size(), changes.deactivatedOfficers.size());
    }
    QDialog::accept();
}

// Wards.

void CouncilSettingsDialog::addWardRow(const Ward& ward, bool isNew)
{
    const int row = m_ui->wardTable->rowCount();
    m_ui->wardTable->insertRow(row);
    auto* code = readOnlyItem(ward.code);
    code->setData(kIsNewRole, isNew);
    m_ui->wardTable->setItem(row, kCodeColumn, code);
    m_ui->wardTable->setItem(row, kWardNameColumn, new QTableWidgetItem(ward.name));
}

int CouncilSettingsDialog::wardRow(const QString& code) const
{
    for (int row = 0; row < m_ui->wardTable->rowCount(); ++row) {
        if (m_ui->wardTable->item(row, kCodeColumn)->text() == code) {
            return row;
        }
    }
    return -1;
}

void CouncilSettingsDialog::showWardMessage(const QString& message)
{
    showMessage(m_ui->wardMessage, message, true);
}

void CouncilSettingsDialog::addWardFromFields()
{
    const Ward ward {m_ui->wardCode->text().trimmed().toUpper(), m_ui->wardName->text().trimmed(), {}};
    if (const FieldErrors errors = ward.validate(); !errors.isEmpty()) {
        showWardMessage(joinErrors(errors));
        (errors.first().field == QLatin1String("code") ? m_ui->wardCode : m_ui->wardName)->setFocus();
        return;
    }
    if (const int existing = wardRow(ward.code); existing >= 0) {
        showWardMessage(tr("Ward %1 is in the list already; to rename it, edit its name in the table.").arg(ward.code));
        m_ui->wardTable->setCurrentCell(existing, kWardNameColumn);
        return;
    }
    addWardRow(ward, !m_loadedWards.contains(ward.code));
    m_ui->wardTable->setCurrentCell(m_ui->wardTable->rowCount() - 1, kWardNameColumn);
    m_ui->wardCode->clear();
    m_ui->wardName->clear();
    m_ui->wardCode->setFocus();
    showMessage(m_ui->wardMessage, tr("Ward %1 is added when you press OK.").arg(ward.code), false);
}

void CouncilSettingsDialog::removeSelectedWard()
{
    const int row = m_ui->wardTable->currentRow();
    if (row < 0) {
        showWardMessage(tr("Choose the ward to remove in the table first."));
        return;
    }
    const QString code = m_ui->wardTable->item(row, kCodeColumn)->text();
    if (m_loadedWards.contains(code)) {
        int uses = 0;
        try {
            uses = m_store.wards().usage(code);
        } catch (const std::exception& error) {
            uiLog()->error("could not count the uses of a ward: {}", error.what());
            showWardMessage(tr("Cannot tell whether ward %1 is in use, so it was not removed.").arg(code));
            return;
        }
        if (uses > 0) {
            showWardMessage(
                tr("Ward %1 cannot be removed: %n resident(s), location(s) or service(s) refer to it.", nullptr, uses)
                    .arg(code));
            return;
        }
    }
    m_ui->wardTable->removeRow(row);
    showMessage(m_ui->wardMessage, tr("Ward %1 is removed when you press OK.").arg(code), false);
}

void CouncilSettingsDialog::importWards()
{
    const QString path = FileDialog::getOpenFileName(this, tr("Import wards"), QFileInfo(m_store.path()).absolutePath(),
                                                     tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    const QString fileName = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        MessageBox::critical(this, tr("Cannot import wards"), tr("%1 cannot be read.").arg(fileName),
                             file.errorString());
        return;
    }
    const WardCsv csv = parseWardCsv(file.readAll(), fileName);
    if (!csv.ok()) {
        QStringList lines;
        for (const auto& problem : csv.problems.mid(0, kMaxProblemsShown)) {
            lines.append(problem.text());
        }
        if (csv.problems.size() > kMaxProblemsShown) {
            lines.append(tr("… and %n more.", nullptr, static_cast<int>(csv.problems.size() - kMaxProblemsShown)));
        }
        const QString headline = tr("%1 has %n problem(s), so no ward was imported. Correct the file and import it "
                                    "again.",
                                    nullptr, static_cast<int>(csv.problems.size()))
                                     .arg(fileName);
        showWardMessage(headline + QLatin1Char('\n') + csv.problems.first().text());
        MessageBox::warning(this, tr("Wards not imported"), headline, lines.join(QLatin1Char('\n')));
        return;
    }
    int added = 0;
    int renamed = 0;
    for (const Ward& ward : csv.wards) {
        if (const int row = wardRow(ward.code); row >= 0) {
            if (m_ui->wardTable->item(row, kWardNameColumn)->text() != ward.name) {
                m_ui->wardTable->item(row, kWardNameColumn)->setText(ward.name);
                ++renamed;
            }
        } else {
            addWardRow(ward, !m_loadedWards.contains(ward.code));
            ++added;
        }
    }
    showMessage(m_ui->wardMessage,
                tr("Read %n ward(s) from %1: %2 new, %3 renamed. They are saved when you press OK.", nullptr,
                   static_cast<int>(csv.wards.size()))
                    .arg(fileName)
                    .arg(added)
                    .arg(renamed),
                false);
}

// Officers.

void CouncilSettingsDialog::addOfficerRow(const Officer& officer)
{
    const int row = m_ui->officerTable->rowCount();
    m_ui->officerTable->insertRow(row);
    auto* name = new QTableWidgetItem(officer.displayName);
    name->setData(Qt::UserRole, officer.id);
    if (!officer.id.isEmpty() && officer.id == m_store.actingOfficerId()) {
        name->setToolTip(tr("Signed in"));
        name->setData(Qt::AccessibleDescriptionRole, tr("Signed in"));
        QFont font = name->font();
        font.setBold(true);
        name->setFont(font);
    }
    auto* role = new QTableWidgetItem(roleLabel(officer.role));
    role->setData(Qt::UserRole, officer.role);
    m_ui->officerTable->setItem(row, kOfficerNameColumn, name);
    m_ui->officerTable->setItem(row, kRoleColumn, role);
    m_ui->officerTable->setItem(row, kTeamColumn, new QTableWidgetItem(officer.team));
}

void CouncilSettingsDialog::showOfficerMessage(const QString& message)
{
    showMessage(m_ui->officerMessage, message, true);
}

void CouncilSettingsDialog::addOfficerFromFields()
{
    Officer officer;
    officer.displayName = m_ui->officerName->text().trimmed();
    officer.role = m_ui->officerRole->currentData().toString();
    officer.team = m_ui->officerTeam->text().trimmed();
    if (const FieldErrors errors = officer.validate(); !errors.isEmpty()) {
        showOfficerMessage(joinErrors(errors));
        m_ui->officerName->setFocus();
        return;
    }
    addOfficerRow(officer);
    m_ui->officerTable->setCurrentCell(m_ui->officerTable->rowCount() - 1, kOfficerNameColumn);
    m_ui->officerName->clear();
    m_ui->officerTeam->clear();
    m_ui->officerName->setFocus();
    showMessage(m_ui->officerMessage, tr("%1 is added when you press OK.").arg(officer.displayName), false);
}

void CouncilSettingsDialog::deactivateSelectedOfficer()
{
    const int row = m_ui->officerTable->currentRow();
    if (row < 0) {
        showOfficerMessage(tr("Choose the officer to deactivate in the table first."));
        return;
    }
    const QString id = m_ui->officerTable->item(row, kOfficerNameColumn)->data(Qt::UserRole).toString();
    const QString name = m_ui->officerTable->item(row, kOfficerNameColumn)->text();
    if (!id.isEmpty() && id == m_store.actingOfficerId()) {
        showOfficerMessage(tr("You are signed in as %1. Sign in as someone else before deactivating them.").arg(name));
        return;
    }
    m_ui->officerTable->removeRow(row);
    showMessage(m_ui->officerMessage,
                id.isEmpty() ? tr("%1 is no longer added.").arg(name)
                             : tr("%1 is deactivated when you press OK.").arg(name),
                false);
}

} // namespace hearth::ui
