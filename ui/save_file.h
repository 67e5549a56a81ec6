// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <functional>

class QIODevice;

namespace initviz::ui {

/// Writes `path` atomically through a ReplacementFile: `write` fills the device and returns false
/// (with a message) on failure; the file appears only if everything succeeded, otherwise an
/// existing file is left untouched, and no temporary file either, even on Ctrl+C. A device, pipe
/// or socket (`/dev/full`, or a link to one) is written in place instead, since there is no file
/// to keep and a replacement would replace the node; a pipe
/// nobody reads is refused rather than waited on. On failure returns false and sets
/// `errorMessage` to a sentence naming the file and the reason.
///
/// Issue 15: symbolic links are followed as the kernel's `protected_symlinks` rule allows, and
/// no further: a link in a world-writable sticky folder (`/tmp`) owned neither by this user nor
/// by the folder's owner is refused, as is a link to nothing. A replaced file keeps its
/// permissions, and its owner and group where this user may set them; when it cannot, or when
/// the file had other names (hard links, which keep the previous content), `notice` (if given)
/// says so and the file is still written.
bool writeFileAtomically(const QString& path,
                         const std::function<bool(QIODevice& device, QString* error)>& write,
                         QString* errorMessage, QString* notice = nullptr);

/// Checks, before any work, that `path` could be written: its name ends in one of `suffixes`
/// (lower case, without the dot; empty for any), its folder exists and this user may create
/// files in it, and no link on the way breaks the rules above. Returns an empty string, or the
/// message writeFileAtomically would give.
[[nodiscard]] QString outputPathProblem(const QString& path, const QStringList& suffixes = {});

/// Issue 15: "Could not write PATH: the file name must end in .png" unless `path`'s suffix is one
/// of `suffixes` (lower case, without the dot), so a format always follows the file name; empty
/// when it does.
[[nodiscard]] QString fileNameProblem(const QString& path, const QStringList& suffixes);

/// A path as shown in a message: native separators, and at most about 200 characters (the
/// middle of a longer one elided), so a pasted paragraph still gives a readable line.
[[nodiscard]] QString shownPath(const QString& path);

} // namespace initviz::ui
