// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/save_file.h"

#include <QDir>
#include <QSaveFile>

namespace initviz::ui {

bool writeFileAtomically(const QString& path,
                         const std::function<bool(QIODevice& device, QString* error)>& write,
                         QString* errorMessage)
{
    const auto fail = [&](const QString& reason) {
        if (errorMessage)
            *errorMessage = QStringLiteral("Could not write %1: %2")
                                .arg(QDir::toNativeSeparators(path), reason);
        return false;
    };
    if (path.isEmpty())
        return fail(QStringLiteral("no file name given"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
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
