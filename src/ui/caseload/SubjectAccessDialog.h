#pragma once

#include "SecretStream.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace hearth::storage {
class Store;
}

namespace hearth::ui {

class BackgroundTask;
class TaskProgress;

// "Subject access export…" on a resident's record: everything held on them (record, contacts,
// measurements with scores, referrals with history, the audit of who viewed or changed it) as
// HTML or PDF and JSON in one ZIP, encrypted with a passphrase asked twice when the officer ticks
// Encrypt (the default). Accepting asks where to save; the export is audited. It is made on a
// worker thread (the key derivation alone takes about a second) with a progress bar and Cancel:
// a cancelled export writes no file and records nothing.
class SubjectAccessDialog : public QDialog
{
    Q_OBJECT

public:
    SubjectAccessDialog(storage::Store& store, const QString& residentId, QWidget* parent = nullptr);

    // Tests derive keys with the fastest limits; real files use KdfLimits::production().
    void setKdfLimits(const crypto::KdfLimits& limits) { m_kdf = limits; }

    QComboBox* formatBox() const { return m_format; }
    QCheckBox* encryptBox() const { return m_encrypt; }
    QLineEdit* passphraseEdit() const { return m_passphrase; }
    QLineEdit* confirmEdit() const { return m_confirm; }
    QString problemText() const;
    // The file written by the last accept, or empty.
    QString writtenPath() const { return m_written; }

    BackgroundTask* task() const { return m_task; }
    TaskProgress* progress() const { return m_progress; }

public slots:
    void accept() override;
    // While the export is being made: cancels it (the dialog stays, saying so).
    void reject() override;

private:
    void startExport(const QString& path);
    void setFormEnabled(bool enabled);
    void updateEncryption();

    storage::Store& m_store;
    QString m_residentId;
    crypto::KdfLimits m_kdf;
    QComboBox* m_format;
    QCheckBox* m_encrypt;
    QLineEdit* m_passphrase;
    QLineEdit* m_confirm;
    QLabel* m_problem;
    QWidget* m_save;
    BackgroundTask* m_task;
    TaskProgress* m_progress;
    QString m_written;
};

} // namespace hearth::ui
