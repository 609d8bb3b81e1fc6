#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace hearth::storage {
class Store;
}

namespace hearth::ui {

// File > Restore from backup…: the rotating backups beside the database (when made, how big),
// newest first, and "Choose a file…" for any other backup; how many automatic backups to keep.
// Choosing one emits restoreRequested; the main window asks and restores.
class BackupsDialog : public QDialog
{
    Q_OBJECT

public:
    BackupsDialog(storage::Store& store, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    QSpinBox* keepSpin() const { return m_keep; }
    QPushButton* restoreButton() const { return m_restore; }
    void reload();
    // Emits restoreRequested for the chosen row; or asks for a file (chooseFile).
    void restoreChosen();
    void chooseFile();

signals:
    void restoreRequested(const QString& path);

private:
    storage::Store& m_store;
    QTableWidget* m_table = nullptr;
    QSpinBox* m_keep = nullptr;
    QPushButton* m_restore = nullptr;
    QLabel* m_empty = nullptr;
};

// What `hearth-cli check` finds, in words for a person: a headline and the detail.
struct CheckReport
{
    bool ok = false;
    QString headline;
    QString detail;
};
CheckReport checkDatabase(storage::Store& store);

} // namespace hearth::ui
