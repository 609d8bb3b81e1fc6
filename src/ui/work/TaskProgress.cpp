#include "TaskProgress.h"

#include "BackgroundTask.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace hearth::ui {

TaskProgress::TaskProgress(BackgroundTask* task, QWidget* parent)
    : QWidget(parent)
    , m_task(task)
{
    setObjectName(QStringLiteral("taskProgress"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stage = new QLabel(this);
    m_stage->setObjectName(QStringLiteral("taskStage"));
    m_bar = new QProgressBar(this);
    m_bar->setObjectName(QStringLiteral("taskProgressBar"));
    m_bar->setAccessibleName(tr("Progress"));
    m_bar->setTextVisible(true);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("taskCancelButton"));
    m_cancel->setAccessibleName(tr("Cancel"));
    m_cancel->setShortcut(Qt::Key_Escape);
    layout->addWidget(m_stage);
    layout->addWidget(m_bar, 1);
    layout->addWidget(m_cancel);
    hide();

    connect(m_cancel, &QPushButton::clicked, task, &BackgroundTask::cancel);
    connect(task, &BackgroundTask::started, this, [this](const QString& stage) {
        showStage(stage, 0, 0);
        m_cancel->setEnabled(true);
        setVisible(true);
    });
    connect(task, &BackgroundTask::progress, this, &TaskProgress::showStage);
    connect(task, &BackgroundTask::cancelling, this, [this] {
        m_cancel->setEnabled(false);
        m_stage->setText(tr("Cancelling…"));
        m_bar->setAccessibleDescription(tr("Cancelling"));
    });
    connect(task, &BackgroundTask::idle, this, [this] { setVisible(false); });
}

void TaskProgress::setCancelToolTip(const QString& text)
{
    m_cancel->setToolTip(text);
    m_cancel->setAccessibleDescription(text);
}

QString TaskProgress::stageText() const
{
    return m_stage->text();
}

void TaskProgress::showStage(const QString& stage, qint64 done, qint64 total)
{
    m_stage->setText(stage);
    if (total > 0) {
        // QProgressBar counts in int; very large totals are scaled down.
        const qint64 scale = total > 1000000 ? total / 1000000 + 1 : 1;
        m_bar->setRange(0, static_cast<int>(total / scale));
        m_bar->setValue(static_cast<int>(done / scale));
    } else {
        m_bar->setRange(0, 0); // busy: how much is unknown
    }
    m_bar->setAccessibleDescription(stage);
}

} // namespace hearth::ui
