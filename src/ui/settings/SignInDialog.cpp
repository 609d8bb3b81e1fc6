#include "settings/SignInDialog.h"
#include "PageStyle.h"

#include "OfficerRepository.h"
#include "Store.h"
#include "UiLog.h"
#include "Vocabulary.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace hearth::ui {

SignInDialog::SignInDialog(storage::Store& store, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("SignInDialog"));
    setWindowTitle(tr("Sign in"));
    auto* layout = new QVBoxLayout(this);

    m_intro = new QLabel(this);
    m_intro->setObjectName(QStringLiteral("signInIntro"));
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    const QList<Officer> officers = store.officers().list();
    m_addFirst = officers.isEmpty();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttons"));

    if (!m_addFirst) {
        m_intro->setText(tr("Choose who you are. Hearth puts your name on everything you record or change in "
                            "this database, and remembers you the next time it is opened."));
        auto* listLabel = new QLabel(tr("&Officers:"), this);
        m_list = new QListWidget(this);
        m_list->setObjectName(QStringLiteral("officerList"));
        m_list->setAccessibleName(tr("Officers"));
        listLabel->setBuddy(m_list);
        for (const Officer& officer : officers) {
            QString text = officer.displayName;
            if (officer.role != QLatin1String("officer") || !officer.team.isEmpty()) {
                QStringList about {QCoreApplication::translate(
                    "Vocabulary", vocab::officerRoles().label(officer.role).toUtf8().constData())};
                if (!officer.team.isEmpty()) {
                    about.append(officer.team);
                }
                text += QStringLiteral(" (%1)").arg(about.join(QStringLiteral(", ")));
            }
            auto* item = new QListWidgetItem(text, m_list);
            item->setData(Qt::UserRole, officer.id);
            if (officer.id == store.actingOfficerId()) {
                m_list->setCurrentItem(item);
            }
        }
        if (!m_list->currentItem()) {
            m_list->setCurrentRow(0);
        }
        connect(m_list, &QListWidget::itemActivated, this, &SignInDialog::accept);
        layout->addWidget(listLabel);
        layout->addWidget(m_list);
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Sign in"));
        setFocusProxy(m_list);
    } else {
        m_intro->setText(tr("This database has no officers yet. Add yourself as the first one; you can add the rest "
                            "of your team in Council settings."));
        auto* form = new QFormLayout;
        m_name = new QLineEdit(this);
        m_name->setObjectName(QStringLiteral("officerName"));
        m_name->setAccessibleName(tr("Your name"));
        m_name->setMaxLength(120);
        m_role = new QComboBox(this);
        m_role->setObjectName(QStringLiteral("officerRole"));
        m_role->setAccessibleName(tr("Your role"));
        for (const auto& term : vocab::officerRoles().terms()) {
            m_role->addItem(QCoreApplication::translate("Vocabulary", term.label), QString::fromLatin1(term.code));
        }
        form->addRow(tr("&Your name:"), m_name);
        form->addRow(tr("&Role:"), m_role);
        layout->addLayout(form);
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add and sign in"));
        setFocusProxy(m_name);
    }

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("signInProblem"));
    m_problem->setAccessibleName(tr("Problem"));
    m_problem->setWordWrap(true);
    styleTone(m_problem, colours::Tone::Problem);
    m_problem->hide();
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
    resize(420, m_addFirst ? 200 : 320);
}

SignInDialog::~SignInDialog() = default;

bool SignInDialog::isNeeded(storage::Store& store)
{
    const QList<Officer> officers = store.officers().list();
    const QString acting = store.actingOfficerId();
    return !officers.isEmpty()
        && std::none_of(officers.cbegin(), officers.cend(), [&acting](const Officer& o) { return o.id == acting; });
}

void SignInDialog::showProblem(const QString& text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

void SignInDialog::accept()
{
    try {
        if (!m_addFirst) {
            const QListWidgetItem* item = m_list->currentItem();
            if (!item) {
                showProblem(tr("Choose your name in the list."));
                m_list->setFocus();
                return;
            }
            m_signedIn = item->data(Qt::UserRole).toString();
        } else {
            Officer officer;
            officer.displayName = m_name->text().trimmed();
            officer.role = m_role->currentData().toString();
            if (const FieldErrors errors = officer.validate(); !errors.isEmpty()) {
                showProblem(tr("Your name: %1").arg(errors.first().message));
                m_name->setAccessibleDescription(m_problem->text());
                m_name->setFocus();
                return;
            }
            m_signedIn = m_store.officers().add(officer).id;
        }
        m_store.setActingOfficer(m_signedIn);
    } catch (const std::exception& error) {
        uiLog()->error("signing in failed: {}", error.what());
        showProblem(tr("Could not sign in: %1").arg(QString::fromUtf8(error.what())));
        return;
    }
    uiLog()->info("signed in as officer {}", m_signedIn.toStdString());
    QDialog::accept();
}

} // namespace hearth::ui
