#pragma once

#include <QProgressDialog>

namespace hearth::ui {

class BackgroundTask;

// A modal progress dialog over the current run of a BackgroundTask, for work the window must not
// go on from meanwhile (restore from backup, Check database); TaskProgress is the in-page version.
// It shows the stage in words and the bar; Cancel, Escape and closing all do what `onCancel`
// says (Escape alone would hide a QProgressDialog and leave the work running). It deletes itself
// when the run ends or is abandoned.
class TaskProgressDialog : public QProgressDialog
{
    Q_OBJECT

public:
    enum class OnCancel {
        // Work that writes: ask it to stop and stay, Cancel greyed and `cancellingText` shown,
        // until it has (its transaction rolled back), so nothing is used while it still holds the
        // database.
        StopAndWait,
        // Work that only reads and cannot stop part-way: stop waiting for it at once; its thread
        // ends by itself and nothing it finds is shown.
        Abandon,
    };

    // Made before the task starts its run: `stage` is the text shown until its first report.
    TaskProgressDialog(BackgroundTask* task, const QString& title, const QString& stage, OnCancel onCancel,
                       QWidget* parent);

    void setCancellingText(const QString& text) { m_cancellingText = text; }

signals:
    // Cancel, Escape or closing was pressed (once).
    void cancelRequested();

private:
    void requestCancel();

    BackgroundTask* m_task;
    OnCancel m_onCancel;
    QString m_cancellingText;
    bool m_cancelRequested = false;
};

} // namespace hearth::ui
