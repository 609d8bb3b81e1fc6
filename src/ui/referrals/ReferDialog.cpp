#include "ReferDialog.h"

#include "DirectoryRepository.h"
#include "ReferralRepository.h"
#include "ResidentRepository.h"
#include "StorageError.h"
#include "Store.h"
#include "UiLog.h"
#include "Vocabulary.h"
#include "forms/FieldErrorDisplay.h"
#include "forms/FormFields.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hearth::ui {

namespace {

QString reasonText(const QString& reason, const CouncilVocabulary& vocabulary)
{
    if (reason == QLatin1String("ward")) {
        return ReferDialog::tr("serves their ward");
    }
    if (reason == QLatin1String("council_wide")) {
        return ReferDialog::tr("serves the whole area");
    }
    if (reason == QLatin1String("age")) {
        return ReferDialog::tr("takes their age");
    }
    if (reason.startsWith(QLatin1String("target_group:"))) {
        return ReferDialog::tr("for %1").arg(
            vocabulary.targetGroups().label(reason.section(QLatin1Char(':'), 1)).toLower());
    }
    if (reason.startsWith(QLatin1String("barrier:"))) {
        return ReferDialog::tr("meets barrier: %1")
            .arg(vocabulary.barriers().label(reason.section(QLatin1Char(':'), 1)).toLower());
    }
    return reason;
}

} // namespace

ReferDialog::ReferDialog(storage::Store& store, const QString& residentId, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_residentId(residentId)
{
    setWindowTitle(tr("Refer or signpost"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Services that fit this resident, best first:"), this);
    layout->addWidget(intro);
    m_suggestions = new QTableWidget(0, 3, this);
    m_suggestions->setObjectName(QStringLiteral("suggestionsTable"));
    m_suggestions->setProperty(kFieldProperty, QStringLiteral("service"));
    m_suggestions->setHorizontalHeaderLabels({tr("Service"), tr("Score"), tr("Why it fits")});
    m_suggestions->verticalHeader()->hide();
    m_suggestions->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_suggestions->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_suggestions->setSelectionMode(QAbstractItemView::SingleSelection);
    m_suggestions->setTabKeyNavigation(false);
    m_suggestions->setAccessibleName(tr("Suggested services"));
    m_suggestions->horizontalHeader()->setStretchLastSection(true);
    intro->setBuddy(m_suggestions);

    auto* form = new QFormLayout;
    form->addRow(m_suggestions);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    m_kind->setProperty(kFieldProperty, QStringLiteral("kind"));
    fillCodeCombo(m_kind, vocab::referralKinds());
    setComboCode(m_kind, QStringLiteral("warm"));
    form->addRow(tr("&Kind:"), m_kind);
    m_date = new QLineEdit(userDateText(store.clock().today()), this);
    m_date->setObjectName(QStringLiteral("dateEdit"));
    m_date->setProperty(kFieldProperty, QStringLiteral("created_on"));
    m_date->setPlaceholderText(tr("dd/mm/yyyy"));
    form->addRow(tr("&Date:"), m_date);
    m_sendNow = new QCheckBox(tr("Sent to the service on this date"), this);
    m_sendNow->setObjectName(QStringLiteral("sendNowCheck"));
    m_sendNow->setChecked(true);
    form->addRow(QString(), m_sendNow);
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_note->setProperty(kFieldProperty, QStringLiteral("note"));
    form->addRow(tr("&Note:"), m_note);
    layout->addLayout(form, 1);
    m_general = new QLabel(this);
    m_general->setObjectName(QStringLiteral("generalErrorLabel"));
    m_general->setWordWrap(true);
    layout->addWidget(m_general);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Refer"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ReferDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ReferDialog::reject);
    layout->addWidget(buttons);
    m_errors = std::make_unique<FieldErrorDisplay>(this, m_general);

    try {
        const auto resident = store.residents().find(residentId);
        const auto suggestions = resident
            ? storage::DirectoryRepository(store).suggestionsFor(*resident, store.clock().today())
            : QList<storage::DirectoryRepository::Suggestion> {};
        const CouncilVocabulary vocabulary = store.councilVocabulary();
        m_suggestions->setRowCount(static_cast<int>(suggestions.size()));
        for (int row = 0; row < suggestions.size(); ++row) {
            const auto& s = suggestions[row];
            QStringList reasons;
            for (const QString& reason : s.reasons) {
                reasons.append(reasonText(reason, vocabulary));
            }
            const QString cells[] = {s.service.name, QString::number(s.score), reasons.join(QStringLiteral(", "))};
            for (int column = 0; column < 3; ++column) {
                auto* item = new QTableWidgetItem(cells[column]);
                item->setData(Qt::UserRole, s.service.id);
                item->setToolTip(cells[column]);
                m_suggestions->setItem(row, column, item);
            }
        }
        if (suggestions.isEmpty()) {
            m_general->setText(tr("No running service fits this resident's ward and age."));
        }
    } catch (const storage::Error& error) {
        m_general->setText(error.message());
    }
    m_suggestions->resizeColumnsToContents();
    resize(720, 480);
}

ReferDialog::~ReferDialog() = default;

bool ReferDialog::chooseService(const QString& serviceId)
{
    for (int row = 0; row < m_suggestions->rowCount(); ++row) {
        if (m_suggestions->item(row, 0)->data(Qt::UserRole).toString() == serviceId) {
            m_suggestions->selectRow(row);
            return true;
        }
    }
    return false;
}

void ReferDialog::setKind(const QString& kind)
{
    setComboCode(m_kind, kind);
}

void ReferDialog::setDateText(const QString& text)
{
    m_date->setText(text);
}

bool ReferDialog::save()
{
    FieldErrors problems;
    Referral referral;
    referral.residentId = m_residentId;
    const auto selected = m_suggestions->selectionModel()->selectedRows();
    if (selected.isEmpty()) {
        problems.append({QStringLiteral("service"), tr("choose a service from the list")});
    } else {
        referral.serviceId = m_suggestions->item(selected.first().row(), 0)->data(Qt::UserRole).toString();
    }
    referral.kind = comboCode(m_kind);
    const auto date = parseUserDate(m_date->text());
    if (!date) {
        problems.append({QStringLiteral("created_on"), tr("'%1' is not a date (dd/mm/yyyy)").arg(m_date->text())});
    } else {
        referral.createdOn = *date;
    }
    referral.note = m_note->text().trimmed();
    if (problems.isEmpty()) {
        problems = referral.validate(m_store.clock().today());
    }
    if (m_errors->show(problems)) {
        uiLog()->info("referral not saved: {} field problem(s)", problems.size());
        return false;
    }
    try {
        m_saved = storage::ReferralRepository(m_store).add(referral, m_sendNow->isChecked());
    } catch (const storage::Error& error) {
        m_errors->show(error.fields().isEmpty() ? FieldErrors {{QStringLiteral("referral"), error.message()}}
                                                : error.fields());
        return false;
    }
    return true;
}

void ReferDialog::accept()
{
    if (save()) {
        QDialog::accept();
    }
}

} // namespace hearth::ui
