#include "FileDialog.h"

#include <QFileDialog>
#include <QStandardPaths>

#include <optional>

namespace hearth::ui {

namespace {

std::optional<QString> g_nextFileName;

std::optional<QString> takeQueuedAnswer()
{
    if (g_nextFileName) {
        const QString answer = *g_nextFileName;
        g_nextFileName.reset();
        return answer;
    }
    if (QStandardPaths::isTestModeEnabled()) {
        return QString();
    }
    return std::nullopt;
}

} // namespace

QString FileDialog::getOpenFileName(QWidget* parent, const QString& caption, const QString& folder,
                                    const QString& filter)
{
    if (const auto queued = takeQueuedAnswer()) {
        return *queued;
    }
    return QFileDialog::getOpenFileName(parent, caption, folder, filter);
}

QString FileDialog::getSaveFileName(QWidget* parent, const QString& caption, const QString& folder,
                                    const QString& filter)
{
    if (const auto queued = takeQueuedAnswer()) {
        return *queued;
    }
    return QFileDialog::getSaveFileName(parent, caption, folder, filter, nullptr, QFileDialog::DontConfirmOverwrite);
}

void FileDialog::setNextFileName(const QString& path)
{
    g_nextFileName = path;
}

} // namespace hearth::ui
