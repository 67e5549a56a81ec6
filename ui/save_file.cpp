// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/save_file.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace initviz::ui {

namespace {
/// A device, pipe or socket that `path` names (itself or through symbolic links), or an empty
/// string. QSaveFile would replace such a node with a regular file — for root, even `/dev/full` —
/// so these are written in place instead.
QString specialFileTarget(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return {};
    const QString target = info.isSymLink() ? info.canonicalFilePath() : info.absoluteFilePath();
    const QFileInfo resolved(target);
    if (target.isEmpty() || resolved.isFile() || resolved.isDir())
        return {};
    return target;
}
} // namespace

bool writeFileAtomically(const QString& path,
                         const std::function<bool(QIODevice& device, QString* error)>& write,
                         QString* errorMessage)
{
    const auto fail = [&](const QString& reason) {
        if (errorMessage)
            *errorMessage
                = QCoreApplication::translate("initviz::ui::SaveFile", "Could not write %1: %2")
                      .arg(QDir::toNativeSeparators(path), reason);
        return false;
    };
    if (path.isEmpty())
        return fail(QCoreApplication::translate("initviz::ui::SaveFile", "no file name given"));

    if (const QString special = specialFileTarget(path); !special.isEmpty()) {
        // Nothing there to keep intact: write straight to it, unbuffered so that the first
        // failing write (ENOSPC on /dev/full, EPIPE on a closed pipe) fails the export.
        QFile file(special);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
            return fail(file.errorString());
        QString reason;
        if (!write(file, &reason) || file.error() != QFileDevice::NoError)
            return fail(file.error() != QFileDevice::NoError || reason.isEmpty()
                            ? file.errorString()
                            : reason);
        return true;
    }

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        // The new file is written next to the old one first, so the folder must be writable
        // even when the file is (a read-only USB stick, a shared folder): say so.
        const QFileInfo folder(QFileInfo(path).absolutePath());
        if (folder.isDir() && !folder.isWritable())
            return fail(QCoreApplication::translate("initviz::ui::SaveFile",
                                                    "the folder %1 is read-only (%2)")
                            .arg(QDir::toNativeSeparators(folder.filePath()), file.errorString()));
        return fail(file.errorString());
    }
    QString reason;
    if (!write(file, &reason)) {
        file.cancelWriting();
        return fail(reason.isEmpty() ? file.errorString() : reason);
    }
    if (!file.commit())
        return fail(file.errorString());
    return true;
}

} // namespace initviz::ui
