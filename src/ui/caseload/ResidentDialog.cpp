#include "caseload/ResidentDialog.h"

#include "ui_ResidentDialog.h"

#include "ContactTimelineModel.h"
#include "MessageBox.h"
#include "OfficerRepository.h"
#include "PageStyle.h"
#include "ResidentRepository.h"
#include "StorageError.h"
#include "Store.h"
#include "UiLog.h"
#include "Vocabulary.h"
#include "WardRepository.h"
#include "caseload/CloseCaseDialog.h"
#include "caseload/ContactDialog.h"
#include "caseload/SubjectAccessDialog.h"
#include "dataprotection/EraseResidentDialog.h"
#include "forms/FieldErrorDisplay.h"
#include "forms/FormFields.h"
#include "measures/MeasurementHistoryWidget.h"
#include "referrals/ResidentReferralsWidget.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QUndoStack>

namespace hearth::ui {

namespace {

// One edit of the form: the state before and after. Typing in one field is one step, however many
// keys it took; the first redo is the edit itself, already on screen.
class FormEditCommand : public QUndoCommand
{
public:
    FormEditCommand(ResidentDialog* dialog, FormState before, FormState after, QString field, bool mergeable)
        : m_dialog(dialog)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_field(std::move(field))
        , m_mergeable(mergeable)
    {
        setText(QCoreApplication::translate("ResidentDialog", "edit %1").arg(m_field));
    }

    int id() const override { return 1; }
    bool mergeWith(const QUndoCommand* other) override
    {
        const auto* edit = static_cast<const FormEditCommand*>(other);
        if (!m_mergeable || !edit->m_mergeable || edit->m_field != m_field) {
            return false;
        }
        m_after = edit->m_after;
        return true;
    }
    void redo() override
    {
        if (m_first) {
            m_first = false;
            return;
        }
        m_dialog->applyState(m_after);
    }
    void undo() override { m_dialog->applyState(m_before); }

private:
    ResidentDialog* m_dialog;
    FormState m_before;
    FormState m_after;
    QString m_field;
    bool m_mergeable;
    bool m_first = true;
};

// Line edits keep an undo history of their own and claim Ctrl+Z for it; the record's history is
// the one a person means, so the edits let those keys through to the record's actions.
class RecordUndoKeys : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::ShortcutOverride) {
            auto* key = static_cast<QKeyEvent*>(event);
            const QKeyCombination pressed = key->keyCombination();
            if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)
                || pressed == QKeyCombination(Qt::CTRL | Qt::SHIFT, Qt::Key_Z)) {
                event->ignore();
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }
};

QString dateOrEmpty(const QDate& date)
{
    return userDateText(date);
}

} // namespace

ResidentDialog::ResidentDialog(storage::Store& store, const QString& residentId, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ResidentDialog>())
    , m_store(store)
    , m_vocabulary(store.councilVocabulary())
    , m_undo(new QUndoStack(this))
    , m_contacts(new models::ContactTimelineModel(this))
{
    m_ui->setupUi(this);
    setWindowFlag(Qt::Window, true);
    setWindowFlag(Qt::WindowMaximizeButtonHint, true);
    styleHeading(m_ui->nameHeading);
    m_errors = std::make_unique<FieldErrorDisplay>(m_ui->tabs, m_ui->generalErrorLabel);
    m_ui->tabs->removeTab(m_ui->tabs->indexOf(m_ui->measuresTab)); // until setMeasuresWidget
    setupFields();
    setupActions();

    m_ui->contactsView->setModel(m_contacts);
    m_ui->contactsView->horizontalHeader()->setSectionResizeMode(models::ContactTimelineModel::Note,
                                                                 QHeaderView::Stretch);
    m_ui->contactsView->verticalHeader()->hide();

    Resident resident;
    if (residentId.isEmpty()) {
        resident.identifiedOn = m_store.clock().today();
        resident.assignedOfficerId = m_store.actingOfficerId();
    } else {
        resident = m_store.residents().view(residentId); // audited: a person sees the record
    }
    load(resident);
    m_ui->givenNameEdit->setFocus();
}

ResidentDialog::~ResidentDialog() = default;

void ResidentDialog::setupFields()
{
    const QString notRecorded = tr("Not recorded");
    fillCodeCombo(m_ui->ageBandCombo, vocab::ageBandEstimates(), notRecorded);
    fillCodeCombo(m_ui->sexCombo, vocab::sex(), notRecorded);
    fillCodeCombo(m_ui->genderSameCombo, vocab::genderSameAsSex(), notRecorded);
    fillCodeCombo(m_ui->ethnicGroupCombo, vocab::ethnicGroups(), notRecorded);
    fillCodeCombo(m_ui->longTermConditionCombo, vocab::yesNoPreferNot(), notRecorded);
    fillCodeCombo(m_ui->activityLimitationCombo, vocab::activityLimitation(), notRecorded);
    fillCodeCombo(m_ui->preferredContactCombo, vocab::contactMethods(), notRecorded);
    fillCodeCombo(m_ui->identifiedByCombo, vocab::identifiedBy(), notRecorded);
    fillCodeCombo(m_ui->lawfulBasisCombo, vocab::lawfulBases(), notRecorded);
    fillYesNoCombo(m_ui->livesAloneCombo);
    fillYesNoCombo(m_ui->carerCombo);
    fillYesNoCombo(m_ui->previouslyEngagedCombo);
    fillCheckList(m_ui->targetGroupsList, m_vocabulary.targetGroups());
    fillCheckList(m_ui->barriersList, m_vocabulary.barriers());
    for (QListWidget* list : {m_ui->targetGroupsList, m_ui->barriersList}) {
        // Every choice in sight, without a scroll bar to miss.
        list->setMinimumHeight(list->sizeHintForRow(0) * list->count() + 2 * list->frameWidth() + 4);
    }

    m_ui->wardCombo->addItem(tr("Choose a ward"), QString());
    for (const Ward& ward : m_store.wards().list()) {
        m_ui->wardCombo->addItem(tr("%1 (%2)").arg(ward.name, ward.code), ward.code);
    }
    m_ui->officerCombo->addItem(tr("Not assigned"), QString());
    for (const Officer& officer : m_store.officers().list()) {
        m_ui->officerCombo->addItem(officer.displayName, officer.id);
    }

    // A risk flag's box and its date go together: ticking dates it today, unticking clears it.
    // Connected before the generic handlers below, so the box is ticked before the edit is recorded.
    const auto pairFlag = [this](QCheckBox* box, QLineEdit* since) {
        connect(box, &QCheckBox::toggled, this, [this, box, since](bool checked) {
            if (m_restoring) {
                return;
            }
            if (checked && since->text().trimmed().isEmpty()) {
                since->setText(userDateText(m_store.clock().today()));
            } else if (!checked) {
                since->clear();
            }
            fieldEdited(box);
        });
        connect(since, &QLineEdit::textEdited, this, [box](const QString& text) {
            const QSignalBlocker blocker(box);
            box->setChecked(!text.trimmed().isEmpty());
        });
    };
    pairFlag(m_ui->crisisCheck, m_ui->crisisSinceEdit);
    pairFlag(m_ui->safeguardingCheck, m_ui->safeguardingSinceEdit);
    // Every field reports its edits to the undo stack, and undo keys go to that stack rather than
    // to the field's own, so Ctrl+Z means the same in every field.
    auto* undoKeys = new RecordUndoKeys(this);
    for (auto* edit : m_ui->tabs->findChildren<QLineEdit*>()) {
        edit->installEventFilter(undoKeys);
        connect(edit, &QLineEdit::textEdited, this, [this, edit] { fieldEdited(edit); });
    }
    for (auto* combo : m_ui->tabs->findChildren<QComboBox*>()) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this, combo] { fieldEdited(combo); });
    }
    for (auto* list : m_ui->tabs->findChildren<QListWidget*>()) {
        connect(list, &QListWidget::itemChanged, this, [this, list] { fieldEdited(list); });
    }
    for (auto* box : {m_ui->consentStoreCheck, m_ui->consentShareCheck}) {
        connect(box, &QCheckBox::toggled, this, [this, box] { fieldEdited(box); });
    }
    connect(m_ui->genderSameCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_ui->genderIdentityEdit->setEnabled(comboCode(m_ui->genderSameCombo) == QLatin1String("no")); });
}

void ResidentDialog::setupActions()
{
    auto* undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    auto* redo = m_undo->createRedoAction(this, tr("R&edo"));
    redo->setShortcuts({QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)});
    auto* save = new QAction(tr("&Save"), this);
    save->setShortcut(QKeySequence::Save);
    auto* contact = new QAction(tr("Add contact"), this);
    contact->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    addActions({undo, redo, save, contact});
    connect(save, &QAction::triggered, this, &ResidentDialog::save);
    connect(contact, &QAction::triggered, this, &ResidentDialog::addContact);

    connect(m_ui->undoButton, &QPushButton::clicked, undo, &QAction::trigger);
    connect(m_ui->redoButton, &QPushButton::clicked, redo, &QAction::trigger);
    connect(m_undo, &QUndoStack::canUndoChanged, m_ui->undoButton, &QWidget::setEnabled);
    connect(m_undo, &QUndoStack::canRedoChanged, m_ui->redoButton, &QWidget::setEnabled);
    connect(m_undo, &QUndoStack::cleanChanged, this, [this](bool clean) { setWindowModified(!clean); });
    m_ui->undoButton->setToolTip(undo->shortcut().toString(QKeySequence::NativeText));
    m_ui->redoButton->setToolTip(QKeySequence(QKeySequence::Redo).toString(QKeySequence::NativeText));
    m_ui->saveButton->setToolTip(save->shortcut().toString(QKeySequence::NativeText));
    m_ui->addContactButton->setToolTip(contact->shortcut().toString(QKeySequence::NativeText));

    connect(m_ui->saveButton, &QPushButton::clicked, this, &ResidentDialog::save);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &ResidentDialog::reject);
    connect(m_ui->addContactButton, &QPushButton::clicked, this, &ResidentDialog::addContact);
    connect(m_ui->correctContactButton, &QPushButton::clicked, this, &ResidentDialog::addCorrection);
    connect(m_ui->closeCaseButton, &QPushButton::clicked, this, &ResidentDialog::closeCase);
    connect(m_ui->reopenButton, &QPushButton::clicked, this, &ResidentDialog::reopenCase);

    auto* erase = new QPushButton(tr("Erase this reside&nt…"), this);
    erase->setObjectName(QStringLiteral("eraseResidentButton"));
    erase->setAccessibleName(tr("Erase this resident"));
    erase->setToolTip(tr("Erase the resident and everything recorded about them, for good (GDPR erasure)"));
    erase->setAutoDefault(false);
    m_ui->buttonLayout->insertWidget(m_ui->buttonLayout->indexOf(m_ui->reopenButton) + 1, erase);
    setTabOrder(m_ui->reopenButton, erase);
    connect(erase, &QPushButton::clicked, this, &ResidentDialog::eraseResident);
    connect(m_ui->contactsView, &QAbstractItemView::activated, this, &ResidentDialog::addCorrection);

    m_subjectAccessButton = new QPushButton(tr("Sub&ject access export…"), this);
    m_subjectAccessButton->setObjectName(QStringLiteral("subjectAccessButton"));
    m_subjectAccessButton->setToolTip(
        tr("Everything held on this resident, for a subject access request, in one file (optionally encrypted)"));
    m_ui->buttonLayout->insertWidget(m_ui->buttonLayout->indexOf(m_ui->reopenButton) + 1, m_subjectAccessButton);
    setTabOrder(m_ui->reopenButton, m_subjectAccessButton);
    connect(m_subjectAccessButton, &QPushButton::clicked, this, &ResidentDialog::exportSubjectAccess);
}

void ResidentDialog::exportSubjectAccess()
{
    if (m_resident.id.isEmpty()) {
        return;
    }
    auto* dialog = new SubjectAccessDialog(m_store, m_resident.id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_childDialog = dialog;
    dialog->open();
}

void ResidentDialog::showMeasures()
{
    // A new resident has no measurements until saved; the tab comes once there is an id.
    if (m_resident.id.isEmpty() || m_measures) {
        return;
    }
    m_measures = new MeasurementHistoryWidget(m_store, m_resident.id, m_store.clock().today(), m_ui->measuresTab);
    m_measures->setObjectName(QStringLiteral("measurementHistory"));
    connect(m_measures, &MeasurementHistoryWidget::measurementRecorded, this,
            [this] { emit residentChanged(m_resident.id); });
    setMeasuresWidget(m_measures);
}

void ResidentDialog::showReferrals()
{
    if (m_resident.id.isEmpty() || m_referrals) {
        return;
    }
    m_referrals = new ResidentReferralsWidget(m_store, m_resident.id, m_ui->tabs);
    m_referrals->setObjectName(QStringLiteral("residentReferrals"));
    connect(m_referrals, &ResidentReferralsWidget::referralMade, this, [this] { emit residentChanged(m_resident.id); });
    m_ui->tabs->addTab(m_referrals, tr("Re&ferrals"));
}

void ResidentDialog::load(const Resident& resident)
{
    m_resident = resident;
    writeForm(resident);
    m_state = captureForm(m_ui->tabs);
    m_undo->clear();
    m_undo->setClean();
    m_ui->undoButton->setEnabled(false);
    m_ui->redoButton->setEnabled(false);
    setWindowModified(false);
    m_contacts->load(m_resident.id.isEmpty() ? nullptr : &m_store, m_resident.id);
    updateHeader();
    updateCaseButtons();
    showMeasures();
    showReferrals();
}

void ResidentDialog::writeForm(const Resident& r)
{
    m_restoring = true;
    m_ui->givenNameEdit->setText(r.givenName);
    m_ui->familyNameEdit->setText(r.familyName);
    m_ui->preferredNameEdit->setText(r.preferredName);
    m_ui->dateOfBirthEdit->setText(dateOrEmpty(r.dateOfBirth));
    setComboCode(m_ui->ageBandCombo, r.ageBandEstimate);
    setComboCode(m_ui->sexCombo, r.sex);
    setComboCode(m_ui->genderSameCombo, r.genderSameAsSex);
    m_ui->genderIdentityEdit->setText(r.genderIdentity);
    m_ui->genderIdentityEdit->setEnabled(r.genderSameAsSex == QLatin1String("no"));
    setComboCode(m_ui->ethnicGroupCombo, r.ethnicGroup);
    setComboCode(m_ui->longTermConditionCombo, r.longTermCondition);
    setComboCode(m_ui->activityLimitationCombo, r.activityLimitation);
    m_ui->addressLine1Edit->setText(r.addressLine1);
    m_ui->addressLine2Edit->setText(r.addressLine2);
    m_ui->townEdit->setText(r.town);
    m_ui->postcodeEdit->setText(r.postcode);
    if (!r.wardCode.isEmpty() && m_ui->wardCombo->findData(r.wardCode) < 0) {
        m_ui->wardCombo->addItem(r.wardCode, r.wardCode); // a ward no longer listed stays visible
    }
    setComboCode(m_ui->wardCombo, r.wardCode);
    m_ui->phoneEdit->setText(r.phone);
    m_ui->emailEdit->setText(r.email);
    setComboCode(m_ui->preferredContactCombo, r.preferredContact);
    setYesNoValue(m_ui->livesAloneCombo, r.livesAlone);
    setYesNoValue(m_ui->carerCombo, r.isCarer);
    addRetiredItems(m_ui->targetGroupsList, m_vocabulary.targetGroups(), r.targetGroups);
    addRetiredItems(m_ui->barriersList, m_vocabulary.barriers(), r.barriers);
    setCheckedCodes(m_ui->targetGroupsList, r.targetGroups);
    setCheckedCodes(m_ui->barriersList, r.barriers);
    m_ui->identifiedOnEdit->setText(dateOrEmpty(r.identifiedOn));
    setComboCode(m_ui->identifiedByCombo, r.identifiedBy);
    setYesNoValue(m_ui->previouslyEngagedCombo, r.previouslyEngaged);
    if (!r.assignedOfficerId.isEmpty() && m_ui->officerCombo->findData(r.assignedOfficerId) < 0) {
        m_ui->officerCombo->addItem(r.assignedOfficerId, r.assignedOfficerId);
    }
    setComboCode(m_ui->officerCombo, r.assignedOfficerId);
    m_ui->consentStoreCheck->setChecked(r.consentToStore);
    m_ui->consentShareCheck->setChecked(r.consentToShare);
    m_ui->consentDateEdit->setText(dateOrEmpty(r.consentDate));
    setComboCode(m_ui->lawfulBasisCombo, r.lawfulBasis);
    m_ui->crisisCheck->setChecked(r.crisisSince.isValid());
    m_ui->crisisSinceEdit->setText(dateOrEmpty(r.crisisSince));
    m_ui->safeguardingCheck->setChecked(r.safeguardingSince.isValid());
    m_ui->safeguardingSinceEdit->setText(dateOrEmpty(r.safeguardingSince));
    m_restoring = false;
}

Resident ResidentDialog::readForm(FieldErrors& problems) const
{
    Resident r = m_resident; // keeps the id, status, closure and sync metadata
    const auto date = [&problems](const QLineEdit* edit, const char* field) {
        const auto parsed = parseUserDate(edit->text());
        if (!parsed) {
            problems.append({QString::fromLatin1(field),
                             ResidentDialog::tr("“%1” is not a date: use dd/mm/yyyy").arg(edit->text().trimmed())});
            return QDate();
        }
        return *parsed;
    };
    r.givenName = m_ui->givenNameEdit->text().trimmed();
    r.familyName = m_ui->familyNameEdit->text().trimmed();
    r.preferredName = m_ui->preferredNameEdit->text().trimmed();
    r.dateOfBirth = date(m_ui->dateOfBirthEdit, "date_of_birth");
    r.ageBandEstimate = comboCode(m_ui->ageBandCombo);
    r.sex = comboCode(m_ui->sexCombo);
    r.genderSameAsSex = comboCode(m_ui->genderSameCombo);
    r.genderIdentity =
        r.genderSameAsSex == QLatin1String("no") ? m_ui->genderIdentityEdit->text().trimmed() : QString();
    r.ethnicGroup = comboCode(m_ui->ethnicGroupCombo);
    r.longTermCondition = comboCode(m_ui->longTermConditionCombo);
    r.activityLimitation = comboCode(m_ui->activityLimitationCombo);
    r.addressLine1 = m_ui->addressLine1Edit->text().trimmed();
    r.addressLine2 = m_ui->addressLine2Edit->text().trimmed();
    r.town = m_ui->townEdit->text().trimmed();
    r.postcode =
        m_ui->postcodeEdit->text().trimmed().isEmpty() ? QString() : normalisePostcode(m_ui->postcodeEdit->text());
    r.wardCode = comboCode(m_ui->wardCombo);
    r.phone = m_ui->phoneEdit->text().trimmed();
    r.email = m_ui->emailEdit->text().trimmed();
    r.preferredContact = comboCode(m_ui->preferredContactCombo);
    r.livesAlone = yesNoValue(m_ui->livesAloneCombo);
    r.isCarer = yesNoValue(m_ui->carerCombo);
    r.targetGroups = checkedCodes(m_ui->targetGroupsList);
    r.barriers = checkedCodes(m_ui->barriersList);
    r.identifiedOn = date(m_ui->identifiedOnEdit, "identified_on");
    r.identifiedBy = comboCode(m_ui->identifiedByCombo);
    r.previouslyEngaged = yesNoValue(m_ui->previouslyEngagedCombo);
    r.assignedOfficerId = comboCode(m_ui->officerCombo);
    r.consentToStore = m_ui->consentStoreCheck->isChecked();
    r.consentToShare = m_ui->consentShareCheck->isChecked();
    r.consentDate = date(m_ui->consentDateEdit, "consent_date");
    r.lawfulBasis = comboCode(m_ui->lawfulBasisCombo);
    r.crisisSince = date(m_ui->crisisSinceEdit, "crisis_since");
    r.safeguardingSince = date(m_ui->safeguardingSinceEdit, "safeguarding_since");
    return r;
}

void ResidentDialog::fieldEdited(QWidget* field)
{
    if (m_restoring) {
        return;
    }
    FormState now = captureForm(m_ui->tabs);
    if (now == m_state) {
        return;
    }
    const bool typing = qobject_cast<QLineEdit*>(field) != nullptr;
    m_undo->push(new FormEditCommand(this, m_state, now, field->objectName(), typing));
    m_state = std::move(now);
    updateHeader();
}

void ResidentDialog::applyState(const FormState& state)
{
    m_restoring = true;
    restoreForm(m_ui->tabs, state);
    m_ui->genderIdentityEdit->setEnabled(comboCode(m_ui->genderSameCombo) == QLatin1String("no"));
    m_restoring = false;
    m_state = state;
    updateHeader();
}

bool ResidentDialog::isModified() const
{
    return !m_undo->isClean();
}

void ResidentDialog::updateHeader()
{
    FieldErrors ignored;
    const Resident shown = readForm(ignored);
    const QString name = shown.displayName();
    m_ui->nameHeading->setText(name.isEmpty() ? tr("New resident") : name);
    setWindowTitle(tr("%1[*] — Hearth").arg(name.isEmpty() ? tr("New resident") : name));
    if (m_resident.isClosed()) {
        m_ui->statusLabel->setText(
            tr("Case closed on %1: %2")
                .arg(userDateText(m_resident.closedOn), vocab::closureReasons().label(m_resident.closureReason)));
    } else {
        m_ui->statusLabel->setText(m_resident.id.isEmpty() ? tr("New case, not yet saved") : tr("Open case"));
    }
    QStringList risks;
    if (!m_ui->crisisSinceEdit->text().trimmed().isEmpty()) {
        risks.append(tr("Crisis"));
    }
    if (!m_ui->safeguardingSinceEdit->text().trimmed().isEmpty()) {
        risks.append(tr("Safeguarding concern"));
    }
    m_ui->riskLabel->setText(risks.isEmpty() ? QString() : QStringLiteral("⚠ ") + risks.join(QStringLiteral(", ")));
    if (risks.isEmpty()) {
        clearTone(m_ui->riskLabel);
    } else {
        styleTone(m_ui->riskLabel, colours::Tone::Problem, true);
    }
}

void ResidentDialog::updateCaseButtons()
{
    const bool saved = !m_resident.id.isEmpty();
    m_ui->closeCaseButton->setVisible(saved && !m_resident.isClosed());
    m_ui->reopenButton->setVisible(saved && m_resident.isClosed());
    if (auto* erase = findChild<QPushButton*>(QStringLiteral("eraseResidentButton"))) {
        erase->setVisible(saved);
    }
    m_subjectAccessButton->setVisible(saved);
    m_ui->contactsTab->setEnabled(saved);
    m_ui->addContactButton->setEnabled(saved);
    m_ui->correctContactButton->setEnabled(saved);
    m_ui->tabs->setTabToolTip(m_ui->tabs->indexOf(m_ui->contactsTab),
                              saved ? QString() : tr("Save the resident first to record contacts."));
}

bool ResidentDialog::save()
{
    FieldErrors problems;
    Resident resident = readForm(problems);
    if (problems.isEmpty()) {
        problems = resident.validate(m_store.clock().today(), m_vocabulary);
    }
    if (problems.isEmpty()) {
        try {
            resident =
                resident.id.isEmpty() ? m_store.residents().create(resident) : m_store.residents().update(resident);
        } catch (const storage::Error& error) {
            problems =
                error.fields().isEmpty() ? FieldErrors {{QStringLiteral("record"), error.message()}} : error.fields();
        }
    }
    if (m_errors->show(problems)) {
        uiLog()->info("resident not saved: {} field problem(s)", problems.size());
        return false;
    }
    const bool created = m_resident.id.isEmpty();
    m_resident = resident;
    m_undo->setClean();
    if (created) {
        m_contacts->load(&m_store, m_resident.id);
        showMeasures();
        showReferrals();
    }
    updateHeader();
    updateCaseButtons();
    emit residentChanged(m_resident.id);
    return true;
}

bool ResidentDialog::confirmClose()
{
    if (!isModified()) {
        return true;
    }
    const auto answer = MessageBox::ask(this, MessageBox::Kind::Question, tr("Unsaved changes"),
                                        tr("Save the changes to %1’s record?").arg(m_ui->nameHeading->text()),
                                        tr("If you discard them, what you typed since the last save is lost."),
                                        MessageBox::Save | MessageBox::Discard | MessageBox::Cancel, MessageBox::Save);
    switch (answer) {
    case MessageBox::Save:
        return save();
    case MessageBox::Discard:
        return true;
    default:
        return false;
    }
}

void ResidentDialog::reject()
{
    if (confirmClose()) {
        QDialog::reject();
    }
}

void ResidentDialog::addContact()
{
    if (m_resident.id.isEmpty() && !(isModified() && save())) {
        MessageBox::ask(this, MessageBox::Kind::Information, tr("Save the resident first"),
                        tr("Save the resident's details before recording a contact."), {}, MessageBox::Ok);
        return;
    }
    auto* dialog = new ContactDialog(m_store, m_resident.id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        m_contacts->refresh();
        emit residentChanged(m_resident.id);
    });
    m_childDialog = dialog;
    m_ui->tabs->setCurrentWidget(m_ui->contactsTab);
    dialog->open();
}

void ResidentDialog::addCorrection()
{
    const QModelIndex current = m_ui->contactsView->currentIndex();
    const Contact* contact = current.isValid() ? m_contacts->contactAt(current.row()) : nullptr;
    if (!contact) {
        MessageBox::ask(this, MessageBox::Kind::Information, tr("Choose a note"),
                        tr("Choose the note to correct in the list of contacts first."), {}, MessageBox::Ok);
        return;
    }
    auto* dialog = new ContactDialog(m_store, m_resident.id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setCorrectionOf(*contact);
    connect(dialog, &QDialog::accepted, this, [this] {
        m_contacts->refresh();
        emit residentChanged(m_resident.id);
    });
    m_childDialog = dialog;
    dialog->open();
}

void ResidentDialog::closeCase()
{
    if (isModified() && !confirmClose()) {
        return;
    }
    auto* dialog = new CloseCaseDialog(m_store, m_resident.id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        load(m_store.residents().find(m_resident.id).value_or(m_resident));
        emit residentChanged(m_resident.id);
    });
    m_childDialog = dialog;
    dialog->open();
}

void ResidentDialog::reopenCase()
{
    const auto answer = MessageBox::ask(this, MessageBox::Kind::Question, tr("Reopen case"),
                                        tr("Reopen the case of %1?").arg(m_ui->nameHeading->text()),
                                        tr("The closing date and reason are kept in the audit log."),
                                        MessageBox::Yes | MessageBox::Cancel, MessageBox::Yes);
    if (answer != MessageBox::Yes || (isModified() && !confirmClose())) {
        return;
    }
    try {
        load(m_store.residents().reopen(m_resident.id));
    } catch (const storage::Error& error) {
        m_errors->show({{QStringLiteral("case"), error.message()}});
        return;
    }
    emit residentChanged(m_resident.id);
}

void ResidentDialog::eraseResident()
{
    if (m_resident.id.isEmpty()) {
        return;
    }
    auto* dialog = new EraseResidentDialog(m_store, m_resident.id, m_ui->nameHeading->text(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        const QString id = m_resident.id;
        m_undo->setClean(); // nothing left to save: the record is gone
        emit residentChanged(id);
        QDialog::done(QDialog::Accepted);
    });
    m_childDialog = dialog;
    dialog->open();
}

void ResidentDialog::setMeasuresWidget(QWidget* widget)
{
    m_ui->measuresLayout->addWidget(widget);
    m_ui->tabs->addTab(m_ui->measuresTab, tr("&Measures"));
}

} // namespace hearth::ui
