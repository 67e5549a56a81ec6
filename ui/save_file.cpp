// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/save_file.h"

#include "ui/replacement_file.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <optional>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace initviz::ui {

namespace {
// Issue 15: a path quoted in a message is cut to about this many characters.
constexpr qsizetype kMaxShownPathLength = 200;
// Links followed at most, as the kernel's own limit (ELOOP past 40).
constexpr int kMaxLinksFollowed = 40;

QByteArray encoded(const QString& path)
{
    return QFile::encodeName(path);
}

/// Where writing `path` ends up once its links are followed, or why it may not be written.
struct Destination {
    QString path; ///< no link left in the last component
    std::optional<struct stat> existing; ///< what is there now, if anything
    QString problem; ///< non-empty: refuse, for this reason
};

/// Follows the links of `path`'s last component as the kernel would with protected_symlinks = 1
/// (Documentation/admin-guide/sysctl/fs.rst): in a sticky, world-writable folder a link is only
/// followed if this user or the folder's owner owns it. A link to nothing is refused: writing
/// would create a file wherever a link someone planted points.
Destination resolve(const QString& path)
{
    Destination destination;
    QString current = QFileInfo(path).absoluteFilePath();
    for (int followed = 0; followed <= kMaxLinksFollowed; ++followed) {
        struct stat node { };
        if (::lstat(encoded(current).constData(), &node) != 0) {
            if (errno == ENOENT && followed > 0)
                destination.problem = QCoreApplication::translate(
                                          "initviz::ui::SaveFile",
                                          "it is a symbolic link to %1, which does not exist; "
                                          "refusing to create a file through it")
                                          .arg(shownPath(current));
            else if (errno != ENOENT)
                destination.problem = systemReason(errno);
            destination.path = current;
            return destination;
        }
        if (!S_ISLNK(node.st_mode)) {
            destination.path = current;
            destination.existing = node;
            return destination;
        }
        const QString folder = QFileInfo(current).absolutePath();
        struct stat folderStatus { };
        if (::stat(encoded(folder).constData(), &folderStatus) == 0
            && (folderStatus.st_mode & S_ISVTX) != 0 && (folderStatus.st_mode & S_IWOTH) != 0
            && node.st_uid != ::geteuid() && node.st_uid != folderStatus.st_uid) {
            destination.problem
                = QCoreApplication::translate(
                      "initviz::ui::SaveFile",
                      "it is a symbolic link in the shared folder %1 that belongs to another user "
                      "(uid %2); following it could overwrite someone else's file, so it is "
                      "refused, as the system refuses it to shell redirections")
                      .arg(shownPath(folder))
                      .arg(node.st_uid);
            return destination;
        }
        const QString target = QFileInfo(current).symLinkTarget();
        if (target.isEmpty()) {
            destination.problem = QCoreApplication::translate("initviz::ui::SaveFile",
                                                              "its symbolic link cannot be read");
            return destination;
        }
        current = target;
    }
    destination.problem = systemReason(ELOOP);
    return destination;
}

bool isSpecial(const struct stat& node)
{
    return S_ISCHR(node.st_mode) || S_ISBLK(node.st_mode) || S_ISFIFO(node.st_mode)
        || S_ISSOCK(node.st_mode);
}

/// Opens a device, pipe or socket for writing without waiting: a pipe with no reader would
/// otherwise block forever.
bool openSpecial(QFile& file, const QString& path, QString* reason)
{
    const int descriptor = ::open(encoded(path).constData(), O_WRONLY | O_NONBLOCK | O_CLOEXEC);
    if (descriptor < 0) {
        *reason = errno == ENXIO ? QCoreApplication::translate(
                      "initviz::ui::SaveFile", "it is a pipe that no program is reading")
                                 : systemReason(errno);
        return false;
    }
    // Blocking again for the writes themselves: the reader sets the pace.
    const int flags = ::fcntl(descriptor, F_GETFL);
    if (flags >= 0)
        ::fcntl(descriptor, F_SETFL, flags & ~O_NONBLOCK);
    if (!file.open(descriptor, QIODevice::WriteOnly | QIODevice::Unbuffered,
                   QFileDevice::AutoCloseHandle)) {
        ::close(descriptor);
        *reason = file.errorString();
        return false;
    }
    return true;
}

/// Gives the new file the replaced one's permissions, owner and group. Returns a notice when the
/// owner or group could not be kept (only root may give a file away).
QString keepAttributes(int descriptor, const struct stat& old)
{
    ::fchmod(descriptor, old.st_mode & 07777);
    if (old.st_uid == ::geteuid() && old.st_gid == ::getegid())
        return {};
    if (::fchown(descriptor, old.st_uid, old.st_gid) == 0) {
        // chown clears set-user-ID and set-group-ID bits: put them back.
        ::fchmod(descriptor, old.st_mode & 07777);
        return {};
    }
    if (old.st_uid == ::geteuid() && ::fchown(descriptor, static_cast<uid_t>(-1), old.st_gid) == 0)
        return {};
    return QCoreApplication::translate(
               "initviz::ui::SaveFile",
               "the new file belongs to you, not to the owner of the file it replaced (uid %1, "
               "gid %2): only its permissions were kept")
        .arg(old.st_uid)
        .arg(old.st_gid);
}

/// Why this user cannot create a file in `folder`, or an empty string.
QString folderProblem(const QString& folder)
{
    const QFileInfo info(folder);
    if (!info.exists())
        return QCoreApplication::translate("initviz::ui::SaveFile", "the folder %1 does not exist")
            .arg(shownPath(folder));
    if (!info.isDir())
        return QCoreApplication::translate("initviz::ui::SaveFile", "%1 is not a folder")
            .arg(shownPath(folder));
    if (::access(encoded(folder).constData(), W_OK | X_OK) != 0)
        return QCoreApplication::translate("initviz::ui::SaveFile",
                                           "the folder %1 is read-only (%2)")
            .arg(shownPath(folder), systemReason(errno));
    return {};
}
} // namespace

QString shownPath(const QString& path)
{
    const QString native = QDir::toNativeSeparators(path);
    if (native.size() <= kMaxShownPathLength)
        return native;
    const qsizetype half = kMaxShownPathLength / 2;
    return native.left(half) + QStringLiteral("...") + native.right(half);
}

QString fileNameProblem(const QString& path, const QStringList& suffixes)
{
    if (suffixes.contains(QFileInfo(path).suffix().toLower()))
        return {};
    return QCoreApplication::translate("initviz::ui::SaveFile", "Could not write %1: %2")
        .arg(
            shownPath(path),
            QCoreApplication::translate("initviz::ui::SaveFile", "the file name must end in .%1")
                .arg(suffixes.join(QCoreApplication::translate("initviz::ui::SaveFile", " or ."))));
}

QString outputPathProblem(const QString& path, const QStringList& suffixes)
{
    const auto problem = [&](const QString& reason) {
        return QCoreApplication::translate("initviz::ui::SaveFile", "Could not write %1: %2")
            .arg(shownPath(path), reason);
    };
    if (path.isEmpty())
        return problem(QCoreApplication::translate("initviz::ui::SaveFile", "no file name given"));
    if (!suffixes.isEmpty()) {
        if (const QString name = fileNameProblem(path, suffixes); !name.isEmpty())
            return name;
    }
    const Destination destination = resolve(path);
    if (!destination.problem.isEmpty())
        return problem(destination.problem);
    if (destination.existing && isSpecial(*destination.existing))
        return {};
    if (destination.existing && S_ISDIR(destination.existing->st_mode))
        return problem(QCoreApplication::translate("initviz::ui::SaveFile", "it is a folder"));
    if (const QString folder = folderProblem(QFileInfo(destination.path).absolutePath());
        !folder.isEmpty())
        return problem(folder);
    return {};
}

bool writeFileAtomically(const QString& path,
                         const std::function<bool(QIODevice& device, QString* error)>& write,
                         QString* errorMessage, QString* notice)
{
    const auto fail = [&](const QString& reason) {
        if (errorMessage)
            *errorMessage
                = QCoreApplication::translate("initviz::ui::SaveFile", "Could not write %1: %2")
                      .arg(shownPath(path), reason);
        return false;
    };
    if (path.isEmpty())
        return fail(QCoreApplication::translate("initviz::ui::SaveFile", "no file name given"));
    const Destination destination = resolve(path);
    if (!destination.problem.isEmpty())
        return fail(destination.problem);

    if (destination.existing && isSpecial(*destination.existing)) {
        // Nothing there to keep intact: write straight to it, unbuffered so that the first
        // failing write (ENOSPC on /dev/full, EPIPE on a closed pipe) fails the export.
        QFile file;
        QString reason;
        if (!openSpecial(file, destination.path, &reason))
            return fail(reason);
        if (!write(file, &reason) || file.error() != QFileDevice::NoError)
            return fail(file.error() != QFileDevice::NoError || reason.isEmpty()
                            ? file.errorString()
                            : reason);
        return true;
    }

    // The links are resolved above, under the rules: the file written is no link.
    // The new file is written next to the old one first, so the folder must be writable even
    // when the file is (a read-only USB stick, a shared folder): say so first.
    const auto failInFolder = [&](const QString& reason) {
        const QString folder = QFileInfo(destination.path).absolutePath();
        if (QFileInfo(folder).isDir() && ::access(encoded(folder).constData(), W_OK) != 0)
            return fail(QCoreApplication::translate("initviz::ui::SaveFile",
                                                    "the folder %1 is read-only (%2)")
                            .arg(shownPath(folder), reason));
        return fail(reason);
    };
    const bool replacesAFile = destination.existing && S_ISREG(destination.existing->st_mode);
    // As a shell redirection would, a read-only file stays (as QSaveFile kept it).
    if (replacesAFile && ::access(encoded(destination.path).constData(), W_OK) != 0)
        return failInFolder(systemReason(errno));
    ReplacementFile file(destination.path);
    QString reason;
    if (!file.open(replacesAFile, &reason))
        return failInFolder(reason);
    if (replacesAFile) {
        QStringList notices;
        if (const QString kept = keepAttributes(file.handle(), *destination.existing);
            !kept.isEmpty())
            notices << kept;
        // Issue 15: the file is replaced whole, so that a failed write cannot damage it; its
        // other names (hard links) therefore keep the previous content. Say so.
        if (destination.existing->st_nlink > 1)
            notices << QCoreApplication::translate(
                           "initviz::ui::SaveFile",
                           "it had %1 names (hard links): the others still show the previous "
                           "file, since it is replaced whole so that a failed write cannot damage "
                           "it; only this name shows the new one")
                           .arg(destination.existing->st_nlink);
        if (notice && !notices.isEmpty())
            *notice = QCoreApplication::translate("initviz::ui::SaveFile", "%1: %2")
                          .arg(shownPath(path),
                               notices.join(
                                   QCoreApplication::translate("initviz::ui::SaveFile", "; ")));
    }
    if (!write(file.device(), &reason) || file.device().error() != QFileDevice::NoError)
        return fail(reason.isEmpty() ? file.device().errorString() : reason);
    return file.commit(&reason) || fail(reason);
}

} // namespace initviz::ui
