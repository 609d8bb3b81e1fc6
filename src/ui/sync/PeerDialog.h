#pragma once

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;

namespace hearth::ui {

// Adding a peer on the Sync page: its site id (checked as typed, with a message saying what is
// wrong), a name, and for a hub the officer whose database it is (or "learn it from the first
// bundle"). OK stays on the dialog until the site id and name are good.
class PeerDialog : public QDialog
{
    Q_OBJECT

public:
    // siteIdProblem: the message for a site id, or an empty string if it is good.
    // officers: (id, name) of the officers to offer.
    PeerDialog(std::function<QString(const QString&)> siteIdProblem, const QList<QPair<QString, QString>>& officers,
               QWidget* parent = nullptr);

    QString siteId() const;
    QString name() const;
    QString officerId() const; // empty: not chosen
    QString problem() const; // the message shown, if any

    void accept() override;

private:
    std::function<QString(const QString&)> m_siteIdProblem;
    QLineEdit* m_siteId = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_officer = nullptr;
    QLabel* m_problem = nullptr;
};

} // namespace hearth::ui
