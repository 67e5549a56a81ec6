// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

class QIODevice;

namespace initviz::ui {

/// Writes `path` atomically through QSaveFile: `write` fills the device and returns false (with
/// a message) on failure; the file appears only if everything succeeded, otherwise an existing
/// file is left untouched. A device, pipe or socket (`/dev/full`, or a link to one) is written in
/// place instead, since there is no file to keep and QSaveFile would replace the node. On failure
/// returns false and sets `errorMessage` to a sentence naming the file and the reason.
bool writeFileAtomically(const QString& path,
                         const std::function<bool(QIODevice& device, QString* error)>& write,
                         QString* errorMessage);

} // namespace initviz::ui
