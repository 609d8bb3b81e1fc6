#include "BackupsDialog.h"

#include "Backup.h"
#include "FileDialog.h"
#include "ResidentRepository.h"
#include "StorageError.h"
#include "Store.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hearth::ui {

BackupsDialog::BackupsDialog(storage::Store& store, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
{
    setWindowTitle(tr("Restore from backup"));
    setObjectName(QStringLiteral("backupsDialog"));
    resize(560, 400);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        tr("Hearth backs up this database when it closes and once a day, into the folder %1. Restoring replaces "
           "everything in the database with the backup: what was recorded since is lost (a backup of the "
           "database as it is now is made first).")
            .arg(QDir::toNativeSeparators(storage::backupFolderFor(store.path()))));
    intro->setWordWrap(true);
    intro->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(intro);

    m_table = new QTableWidget(0, 2);
    m_table->setObjectName(QStringLiteral("backupsTable"));
    m_table->setAccessibleName(tr("Automatic backups, newest first"));
    m_table->setHorizontalHeaderLabels({tr("Made"), tr("Size")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);
    m_empty = new QLabel(tr("There is no automatic backup yet."));
    m_empty->setObjectName(QStringLiteral("noBackupsLabel"));
    layout->addWidget(m_empty);

    auto* form = new QFormLayout;
    m_keep = new QSpinBox;
    m_keep->setObjectName(QStringLiteral("backupsToKeepSpin"));
    m_keep->setAccessibleName(tr("Number of automatic backups to keep"));
    m_keep->setRange(1, 365);
    m_keep->setValue(storage::backupsToKeep(store));
    auto* keepLabel = new QLabel(tr("&Keep the newest:"));
    keepLabel->setBuddy(m_keep);
    form->addRow(keepLabel, m_keep);
    layout->addLayout(form);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_restore = buttons->addButton(tr("&Restore…"), QDialogButtonBox::ActionRole);
    m_restore->setObjectName(QStringLiteral("restoreBackupButton"));
    m_restore->setAccessibleName(tr("Restore the chosen backup"));
    auto* file = buttons->addButton(tr("Choose a &file…"), QDialogButtonBox::ActionRole);
    file->setObjectName(QStringLiteral("restoreFileButton"));
    file->setAccessibleName(tr("Restore from a backup file"));
    layout->addWidget(buttons);

    connect(m_keep, &QSpinBox::valueChanged, this, [this](int keep) { storage::setBackupsToKeep(m_store, keep); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_restore->setEnabled(!m_table->selectedItems().isEmpty()); });
    connect(m_table, &QTableWidget::cellActivated, this, [this] { restoreChosen(); });
    connect(m_restore, &QPushButton::clicked, this, &BackupsDialog::restoreChosen);
    connect(file, &QPushButton::clicked, this, &BackupsDialog::chooseFile);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    reload();
}

void BackupsDialog::reload()
{
    const auto files = storage::rotatingBackups(storage::backupFolderFor(m_store.path()));
    const QLocale locale;
    m_table->setRowCount(static_cast<int>(files.size()));
    for (int row = 0; row < files.size(); ++row) {
        const auto& file = files.at(row);
        auto* made = new QTableWidgetItem(locale.toString(file.madeAt.toLocalTime(), QLocale::ShortFormat));
        made->setData(Qt::UserRole, file.path);
        made->setToolTip(QDir::toNativeSeparators(file.path));
        m_table->setItem(row, 0, made);
        auto* size = new QTableWidgetItem(locale.formattedDataSize(file.size));
        size->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, 1, size);
    }
    m_table->setVisible(!files.isEmpty());
    m_empty->setVisible(files.isEmpty());
    if (!files.isEmpty()) {
        m_table->selectRow(0);
    }
    m_restore->setEnabled(!m_table->selectedItems().isEmpty());
}

void BackupsDialog::restoreChosen()
{
    const auto items = m_table->selectedItems();
    if (items.isEmpty()) {
        return;
    }
    emit restoreRequested(m_table->item(items.first()->row(), 0)->data(Qt::UserRole).toString());
}

void BackupsDialog::chooseFile()
{
    const QString path =
        FileDialog::getOpenFileName(this, tr("Restore from a backup file"), storage::backupFolderFor(m_store.path()),
                                    tr("Hearth databases (*.sqlite *.db *.hearth);;All files (*)"));
    if (!path.isEmpty()) {
        emit restoreRequested(path);
    }
}

CheckReport checkDatabase(storage::Store& store)
{
    CheckReport report;
    QStringList problems;
    try {
        problems = store.check();
    } catch (const std::exception& error) {
        problems.append(QString::fromUtf8(error.what()));
    }
    if (problems.isEmpty()) {
        report.ok = true;
        report.headline = QCoreApplication::translate("CheckReport", "The database is sound.");
        // Counted first: lupdate reads no further than a plain name or call as the count.
        const int residents = int(store.residents().count(ResidentQuery()));
        report.detail =
            QCoreApplication::translate("CheckReport",
                                        "The file is intact, every record's links are in place, the search index "
                                        "matches the records and the audit trail has not been changed (schema %1, "
                                        "%n resident(s)).",
                                        nullptr, residents)
                .arg(store.schemaVersion());
        return report;
    }
    report.headline =
        QCoreApplication::translate("CheckReport", "The database has %n problem(s).", nullptr, int(problems.size()));
    QStringList lines;
    for (const QString& problem : problems) {
        if (problem.startsWith(QLatin1String("integrity:"))) {
            lines.append(QCoreApplication::translate("CheckReport", "The file is damaged: %1").arg(problem.mid(11)));
        } else if (problem.startsWith(QLatin1String("foreign key:"))) {
            lines.append(
                QCoreApplication::translate("CheckReport", "A record's link is broken: %1").arg(problem.mid(13)));
        } else if (problem.startsWith(QLatin1String("search index:"))) {
            lines.append(QCoreApplication::translate("CheckReport", "The search index does not match the records: %1")
                             .arg(problem.mid(14)));
        } else if (problem.startsWith(QLatin1String("audit trail:"))) {
            lines.append(
                QCoreApplication::translate("CheckReport", "The audit trail was changed: %1").arg(problem.mid(13)));
        } else {
            lines.append(problem);
        }
    }
    lines.append(QCoreApplication::translate("CheckReport",
                                             "Restore the newest good backup (File > Restore from backup…) or ask "
                                             "your IT support for help."));
    report.detail = lines.join(QLatin1Char('\n'));
    return report;
}

} // namespace hearth::ui
