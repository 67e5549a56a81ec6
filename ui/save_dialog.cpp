// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/save_dialog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>

namespace initviz::ui {

void saveCsvInteractively(QWidget* parent, QStatusBar* status, const CsvSaveCommand& command,
                          int messageMs)
{
    QSettings store;
    const QString directory
        = store
              .value(command.folderKey,
                     QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .toString();
    QString path = QFileDialog::getSaveFileName(
        parent, command.title, QDir(directory).filePath(command.proposedName),
        // The window's texts, in its catalogue context
        QCoreApplication::translate("initviz::ui::MainWindow", "CSV file (*.csv)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".csv");
    QString error;
    if (!command.write(path, &error)) {
        QMessageBox::critical(parent, command.title, error);
        return;
    }
    store.setValue(command.folderKey, QFileInfo(path).absolutePath());
    status->showMessage(QCoreApplication::translate("initviz::ui::MainWindow", "Saved %1")
                            .arg(QDir::toNativeSeparators(path)),
                        messageMs);
}

} // namespace initviz::ui
