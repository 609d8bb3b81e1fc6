#include "TaskProgressDialog.h"

#include "BackgroundTask.h"

#include <QPushButton>

#include <utility>

namespace hearth::ui {

TaskProgressDialog::TaskProgressDialog(BackgroundTask* task, const QString& title, const QString& stage,
                                       OnCancel onCancel, QWidget* parent)
    : QProgressDialog(stage, tr("Cancel"), 0, 0, parent)
    , m_task(task)
    , m_onCancel(onCancel)
    , m_cancellingText(tr("Cancelling…"))
{
    setWindowTitle(title);
    setAutoClose(false);
    setAutoReset(false);
    setMinimumDuration(500);
    setValue(0);
    connect(task, &BackgroundTask::progress, this, [this](const QString& stage, qint64 done, qint64 total) {
        setLabelText(stage);
        // As thousandths: a large file has more pages than the bar's int range likes.
        setMaximum(total > 0 ? 1000 : 0);
        setValue(total > 0 ? static_cast<int>(done * 1000 / total) : 0);
    });
    connect(this, &QProgressDialog::canceled, this, &TaskProgressDialog::requestCancel);
    // Escape rejects the dialog, which hides it without a word to the task: it cancels too.
    connect(this, &QDialog::rejected, this, &TaskProgressDialog::requestCancel);
    connect(task, &BackgroundTask::idle, this, &QObject::deleteLater);
}

void TaskProgressDialog::requestCancel()
{
    if (std::exchange(m_cancelRequested, true) || !m_task->isRunning()) {
        return;
    }
    emit cancelRequested();
    if (m_onCancel == OnCancel::Abandon) {
        m_task->abandon(); // idle: this dialog goes
        return;
    }
    // The work stops at its next progress report; the dialog stays until it has.
    m_task->cancel();
    if (auto* button = findChild<QPushButton*>()) {
        button->setEnabled(false);
    }
    setLabelText(m_cancellingText);
    show();
}

} // namespace hearth::ui
