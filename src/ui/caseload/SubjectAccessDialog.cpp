#include "SubjectAccessDialog.h"
#include "PageStyle.h"

#include "FileDialog.h"
#include "MessageBox.h"
#include "Sqlite.h"
#include "Store.h"
#include "SubjectAccessExport.h"
#include "SubjectAccessFacts.h"
#include "work/BackgroundTask.h"
#include "work/TaskProgress.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QVBoxLayout>

#include <initializer_list>
#include <stdexcept>

namespace hearth::ui {

SubjectAccessDialog::SubjectAccessDialog(storage::Store& store, const QString& residentId, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_residentId(residentId)
    , m_kdf(crypto::KdfLimits::production())
{
    setWindowTitle(tr("Subject access export"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Everything Hearth holds on this resident: the record, contacts with their "
                                "corrections, measurements with scores, referrals with their history, and who viewed "
                                "or changed the record. One file holds a readable document and the same data as "
                                "JSON. Making it is recorded in the audit trail."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("formatCombo"));
    m_format->addItem(tr("PDF"), QStringLiteral("pdf"));
    m_format->addItem(tr("HTML (opens in a web browser)"), QStringLiteral("html"));
    form->addRow(tr("Readable &document:"), m_format);
    m_encrypt = new QCheckBox(tr("&Encrypt with a passphrase (recommended)"), this);
    m_encrypt->setObjectName(QStringLiteral("encryptCheck"));
    m_encrypt->setChecked(true);
    form->addRow(QString(), m_encrypt);
    m_passphrase = new QLineEdit(this);
    m_passphrase->setObjectName(QStringLiteral("passphraseEdit"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setAccessibleName(tr("Passphrase"));
    form->addRow(tr("&Passphrase:"), m_passphrase);
    m_confirm = new QLineEdit(this);
    m_confirm->setObjectName(QStringLiteral("confirmEdit"));
    m_confirm->setEchoMode(QLineEdit::Password);
    m_confirm->setAccessibleName(tr("Passphrase again"));
    form->addRow(tr("Passphrase &again:"), m_confirm);
    layout->addLayout(form);
    auto* advice = new QLabel(tr("Give the passphrase to the requester separately from the file (by phone, say). "
                                 "They can open the file with “hearth-cli sar open”, as docs/formats.md describes."),
                              this);
    advice->setWordWrap(true);
    layout->addWidget(advice);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);
    styleTone(m_problem, colours::Tone::Problem);
    layout->addWidget(m_problem);
    m_task = new BackgroundTask(this);
    m_progress = new TaskProgress(m_task, this);
    m_progress->setCancelToolTip(tr("Stop: a cancelled export writes no file and records nothing"));
    layout->addWidget(m_progress);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto* save = buttons->addButton(tr("&Save as…"), QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("saveButton"));
    save->setDefault(true);
    m_save = save;
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SubjectAccessDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_encrypt, &QCheckBox::toggled, this, &SubjectAccessDialog::updateEncryption);
    updateEncryption();
    m_format->setFocus();
}

QString SubjectAccessDialog::problemText() const
{
    return m_problem->text();
}

void SubjectAccessDialog::updateEncryption()
{
    m_passphrase->setEnabled(m_encrypt->isChecked());
    m_confirm->setEnabled(m_encrypt->isChecked());
}

void SubjectAccessDialog::accept()
{
    m_problem->clear();
    if (m_encrypt->isChecked()) {
        if (m_passphrase->text().isEmpty()) {
            m_problem->setText(tr("Type a passphrase, or untick Encrypt."));
            m_passphrase->setFocus();
            return;
        }
        if (m_passphrase->text() != m_confirm->text()) {
            m_problem->setText(tr("The two passphrases differ: type the same passphrase twice."));
            m_confirm->selectAll();
            m_confirm->setFocus();
            return;
        }
    }
    const bool encrypt = m_encrypt->isChecked();
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(QStringLiteral("subject-access-%1.%2")
                          .arg(m_residentId, encrypt ? QStringLiteral("hsar") : QStringLiteral("zip")));
    const QString path =
        FileDialog::getSaveFileName(this, tr("Save the subject access export"), suggested,
                                    encrypt ? tr("Encrypted subject access file (*.hsar)") : tr("ZIP file (*.zip)"));
    if (path.isEmpty()) {
        return;
    }
    startExport(path);
}

void SubjectAccessDialog::reject()
{
    if (m_task->isRunning()) {
        m_task->cancel();
        return;
    }
    QDialog::reject();
}

void SubjectAccessDialog::setFormEnabled(bool enabled)
{
    for (QWidget* widget : std::initializer_list<QWidget*> {m_format, m_encrypt, m_save}) {
        widget->setEnabled(enabled);
    }
    m_passphrase->setEnabled(enabled && m_encrypt->isChecked());
    m_confirm->setEnabled(enabled && m_encrypt->isChecked());
}

void SubjectAccessDialog::startExport(const QString& path)
{
    const QFileInfo info(path);
    if (info.exists()) {
        const QString error = tr("%1 already exists; choose another name.").arg(info.fileName());
        m_problem->setText(error);
        MessageBox::warning(this, tr("Subject access export"), tr("The export was not saved."), error);
        return;
    }
    const auto format =
        m_format->currentData().toString() == QLatin1String("pdf") ? reports::Format::Pdf : reports::Format::Html;
    const bool encrypt = m_encrypt->isChecked();
    const QString passphrase = m_passphrase->text();
    const crypto::KdfLimits kdf = m_kdf;
    const QString residentId = m_residentId;
    const QString reading = tr("Reading the record…");
    const QString sealing = tr("Encrypting…");
    const QString writing = tr("Writing %1…").arg(info.fileName());
    const QString notWritten = tr("%1 could not be written: %2");
    const QString fileName = info.fileName();
    setFormEnabled(false);
    m_task->start(
        reading, m_store.path(), &m_store.clock(),
        [=](TaskContext& context) {
            storage::Store& store = *context.store();
            context.progress(reading, 0, 4);
            QByteArray bytes = reports::subjectAccessPackage(storage::readSubjectAccess(store, residentId), format);
            if (encrypt) {
                context.progress(sealing, 1, 4);
                bytes = reports::sealSubjectAccess(bytes, passphrase, kdf);
            }
            context.progress(writing, 2, 4);
            // The file and its audit event together: a file that cannot be written, or Cancel
            // before it is committed, leaves neither.
            sql::Transaction transaction(store.db());
            reports::recordSubjectAccessExport(store, residentId, format, encrypt);
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
                throw std::runtime_error(notWritten.arg(fileName, file.errorString()).toStdString());
            }
            context.progress(writing, 3, 4);
            if (!file.commit()) {
                throw std::runtime_error(notWritten.arg(fileName, file.errorString()).toStdString());
            }
            transaction.commit();
        },
        [this, path](BackgroundTask::Outcome outcome, const QString& error) {
            setFormEnabled(true);
            if (outcome == BackgroundTask::Outcome::Finished) {
                m_written = path;
                QDialog::accept();
            } else if (outcome == BackgroundTask::Outcome::Cancelled) {
                m_problem->setText(tr("Export cancelled: no file was written and nothing was recorded."));
            } else {
                m_problem->setText(error);
                MessageBox::warning(this, tr("Subject access export"), tr("The export was not saved."), error);
            }
        });
}

} // namespace hearth::ui
