#pragma once

#include <QString>

class QWidget;

namespace hearth::ui {

// Every file chooser Hearth shows goes through here, so that a test can answer it.
class FileDialog
{
public:
    // The file chosen, or an empty string if the person cancelled. With a name queued by
    // setNextFileName() nothing is shown and that name is returned; in QStandardPaths test mode an
    // unanswered chooser returns an empty string (cancelled) rather than wait.
    static QString getOpenFileName(QWidget* parent, const QString& caption, const QString& folder,
                                   const QString& filter);
    // Does not ask about overwriting: the caller refuses to overwrite and says so.
    static QString getSaveFileName(QWidget* parent, const QString& caption, const QString& folder,
                                   const QString& filter);

    // The next chooser returns `path` (an empty string: the person cancels).
    static void setNextFileName(const QString& path);
};

} // namespace hearth::ui
