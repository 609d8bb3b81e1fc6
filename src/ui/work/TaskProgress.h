#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace hearth::ui {

class BackgroundTask;

// The progress of a BackgroundTask in a page: what it is doing in words, a progress bar and a
// Cancel button, shown while the task runs and hidden otherwise. Cancel says what it leaves
// (the tooltip given), and Escape presses it while it has focus.
class TaskProgress : public QWidget
{
    Q_OBJECT

public:
    TaskProgress(BackgroundTask* task, QWidget* parent = nullptr);

    // What Cancel leaves behind, for its tooltip ("a cancelled export writes no file").
    void setCancelToolTip(const QString& text);

    QProgressBar* bar() const { return m_bar; }
    QPushButton* cancelButton() const { return m_cancel; }
    QString stageText() const;

private:
    void showStage(const QString& stage, qint64 done, qint64 total);

    BackgroundTask* m_task;
    QLabel* m_stage;
    QProgressBar* m_bar;
    QPushButton* m_cancel;
};

} // namespace hearth::ui
