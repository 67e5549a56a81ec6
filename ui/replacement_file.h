// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFile>
#include <QString>

namespace initviz::ui {

/// The new content of a regular file, written beside it and put in its place (rename) only once
/// complete, so that a failure leaves the previous file intact (issue 5). The new content lives
/// in an unnamed file (O_TMPFILE) where the file system offers one, otherwise in a named
/// `name.XXXXXX` beside it (vfat, NFS). Issue 15: while a named temporary file exists, SIGINT,
/// SIGTERM and SIGHUP remove it before they end the program as usual, so Ctrl+C never leaves one
/// behind. Not committed, it is removed when destroyed.
///
/// Test hooks (environment): INITVIZ_TEST_NAMED_TEMPORARY=1 uses the named file even where an
/// unnamed one would do; INITVIZ_TEST_HOLD_TEMPORARY=1 says "holding the temporary file" on
/// stderr once the content is written and waits up to a minute before putting it in place, so a
/// test can send a signal mid-write.
class ReplacementFile {
public:
    /// `destination`: an absolute path whose last component is not a symbolic link.
    explicit ReplacementFile(QString destination);
    ~ReplacementFile();
    ReplacementFile(const ReplacementFile&) = delete;
    ReplacementFile& operator=(const ReplacementFile&) = delete;

    /// Creates the temporary file: private (0600) if it will replace a file, whose permissions
    /// are then copied onto handle(), or as any new file (0666 less the umask). False with a
    /// reason on failure.
    bool open(bool replacesAFile, QString* reason);
    [[nodiscard]] int handle() const { return descriptor_; }
    /// Where the content is written (buffered).
    [[nodiscard]] QFile& device() { return file_; }
    /// Writes out and syncs the content, then puts it in place of the destination. False with a
    /// reason on failure, the destination untouched and the temporary file removed.
    bool commit(QString* reason);

private:
    void discard();

    QString destination_;
    QByteArray temporaryName_; ///< empty while the file has no name
    bool registered_ = false; ///< temporaryName_ is removed on SIGINT, SIGTERM, SIGHUP
    int descriptor_ = -1;
    QFile file_;
};

/// The system's words for errno value `error` (strerror), in the locale's encoding.
QString systemReason(int error);

} // namespace initviz::ui
