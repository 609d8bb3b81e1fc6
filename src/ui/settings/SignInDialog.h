#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace hearth::storage {
class Store;
}

namespace hearth::ui {

// Chooses who is using Hearth in this database (the acting officer, remembered in the database's
// local metadata): one of the active officers or, in a database with none yet, the first one.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SignInDialog(storage::Store& store, QWidget* parent = nullptr);
    ~SignInDialog() override;

    // Whether the database has active officers but none of them is signed in.
    static bool isNeeded(storage::Store& store);

    bool addsFirstOfficer() const { return m_addFirst; }
    QString signedInOfficerId() const { return m_signedIn; }

    void accept() override;

private:
    void showProblem(const QString& text);

    storage::Store& m_store;
    bool m_addFirst = false;
    QString m_signedIn;
    QLabel* m_intro = nullptr;
    QListWidget* m_list = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_role = nullptr;
    QLabel* m_problem = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace hearth::ui
