#include "sync/PeerDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace hearth::ui {

PeerDialog::PeerDialog(std::function<QString(const QString&)> siteIdProblem,
                       const QList<QPair<QString, QString>>& officers, QWidget* parent)
    : QDialog(parent)
    , m_siteIdProblem(std::move(siteIdProblem))
{
    setWindowTitle(tr("Add a peer"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("A peer is another database of the team that this one exchanges bundles with. Its "
                                "site id is shown on its own Sync page."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    m_siteId = new QLineEdit(this);
    m_siteId->setObjectName(QStringLiteral("peerSiteId"));
    m_siteId->setAccessibleName(tr("Peer's site id"));
    m_siteId->setPlaceholderText(QStringLiteral("0193a5c2-7b1e-7d3f-9a4b-2c6d8e0f1a2b"));
    m_siteId->setMinimumWidth(320);
    form->addRow(tr("&Site id:"), m_siteId);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("peerName"));
    m_name->setAccessibleName(tr("Peer's name"));
    m_name->setPlaceholderText(tr("e.g. Sam's laptop"));
    form->addRow(tr("&Name:"), m_name);
    m_officer = new QComboBox(this);
    m_officer->setObjectName(QStringLiteral("peerOfficer"));
    m_officer->setAccessibleName(tr("Officer whose database it is"));
    m_officer->addItem(tr("Learn it from the peer's first bundle"), QString());
    for (const auto& [id, name] : officers) {
        m_officer->addItem(name, id);
    }
    form->addRow(tr("&Officer:"), m_officer);
    layout->addLayout(form);
    auto* officerHelp = new QLabel(tr("A hub sends an officer's database that officer's caseload and the council-wide "
                                      "data only."),
                                   this);
    officerHelp->setWordWrap(true);
    layout->addWidget(officerHelp);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("peerProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("peerButtons"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &PeerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_siteId->setFocus();
}

QString PeerDialog::siteId() const
{
    return m_siteId->text().trimmed();
}

QString PeerDialog::name() const
{
    return m_name->text().trimmed();
}

QString PeerDialog::officerId() const
{
    return m_officer->currentData().toString();
}

QString PeerDialog::problem() const
{
    return m_problem->text();
}

void PeerDialog::accept()
{
    const QString siteProblem = m_siteIdProblem ? m_siteIdProblem(siteId()) : QString();
    if (!siteProblem.isEmpty()) {
        m_problem->setText(tr("Error: site id: %1.").arg(siteProblem));
        m_siteId->setFocus();
        m_siteId->selectAll();
        return;
    }
    if (name().isEmpty()) {
        m_problem->setText(tr("Error: name: give the peer a name, such as whose laptop it is."));
        m_name->setFocus();
        return;
    }
    m_problem->clear();
    QDialog::accept();
}

} // namespace hearth::ui
