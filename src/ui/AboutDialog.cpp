#include "AboutDialog.h"

#include "ui_AboutDialog.h"

#include "AppIcon.h"
#include "PageStyle.h"

namespace hearth::ui {

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AboutDialog>())
{
    m_ui->setupUi(this);
    m_ui->iconLabel->setPixmap(appIcon().pixmap(96, 96));
    styleHeading(m_ui->nameLabel);
    m_ui->versionLabel->setText(tr("Version %1").arg(QStringLiteral(HEARTH_VERSION)));
    m_ui->qtLabel->setText(
        tr("Built with Qt %1, running on Qt %2.").arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())));
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

AboutDialog::~AboutDialog() = default;

} // namespace hearth::ui
