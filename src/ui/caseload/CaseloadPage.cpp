#include "caseload/CaseloadPage.h"

#include "ui_CaseloadPage.h"

#include "PageStyle.h"
#include "ResidentRepository.h"
#include "Store.h"
#include "UiLog.h"

#include <QLocale>

namespace hearth::ui {

CaseloadPage::CaseloadPage(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::CaseloadPage>())
{
    m_ui->setupUi(this);
    styleHeading(m_ui->heading);
    for (QLabel* figure : {m_ui->openCount, m_ui->closedCount, m_ui->dueCount}) {
        styleFigure(figure);
    }
    m_ui->errorLabel->hide();
    m_ui->emptyLabel->hide();
}

CaseloadPage::~CaseloadPage() = default;

void CaseloadPage::setStore(storage::Store* store)
{
    m_store = store;
    refresh();
}

void CaseloadPage::refresh()
{
    m_summary.reset();
    m_ui->errorLabel->hide();
    m_ui->emptyLabel->hide();
    const QString unknown = tr("–");
    m_ui->openCount->setText(unknown);
    m_ui->closedCount->setText(unknown);
    m_ui->dueCount->setText(unknown);
    m_ui->asOfLabel->clear();
    if (!m_store) {
        return;
    }

    const QDate today = m_store->clock().today();
    try {
        auto residents = m_store->residents();
        m_summary = summariseCaseload(residents, today);
    } catch (const std::exception& error) {
        uiLog()->warn("could not read the caseload summary");
        m_ui->errorLabel->setText(
            tr("Hearth could not read the caseload from the database: %1").arg(QString::fromUtf8(error.what())));
        m_ui->errorLabel->show();
        return;
    }

    const QLocale locale;
    m_ui->openCount->setText(locale.toString(m_summary->open));
    m_ui->closedCount->setText(locale.toString(m_summary->closed));
    m_ui->dueCount->setText(locale.toString(m_summary->followUpsDue));
    m_ui->openTile->setAccessibleName(tr("Open cases: %1").arg(m_summary->open));
    m_ui->closedTile->setAccessibleName(tr("Closed cases: %1").arg(m_summary->closed));
    m_ui->dueTile->setAccessibleName(tr("Follow-ups due today or overdue: %1").arg(m_summary->followUpsDue));
    m_ui->asOfLabel->setText(tr("Figures as of %1.").arg(locale.toString(today, QLocale::LongFormat)));
    m_ui->emptyLabel->setVisible(m_summary->open + m_summary->closed == 0);
}

} // namespace hearth::ui
