// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

class QStatusBar;
class QWidget;

namespace initviz::ui {

/// What one "Save as CSV" command of the window asks and says.
struct CsvSaveCommand {
    QString title; ///< the dialog's and an error box's title ("Save data")
    QString folderKey; ///< the settings key remembering the folder last saved to
    QString proposedName; ///< the file name proposed in that folder ("initviz-data.csv")
    /// Writes the file; returns false with a message on failure.
    std::function<bool(const QString& path, QString* error)> write;
};

/// Asks where to save (starting in the remembered folder, else Documents), adds ".csv" to a name
/// without a suffix, writes it, and reports: an error box, or "Saved PATH" in `status` for
/// `messageMs`. The folder is remembered after a successful save. Nothing happens on Cancel.
void saveCsvInteractively(QWidget* parent, QStatusBar* status, const CsvSaveCommand& command,
                          int messageMs);

} // namespace initviz::ui
