// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/replacement_file.h"

#include <QFileInfo>
#include <QRandomGenerator>
#include <QThread>

#include <array>
#include <atomic>
#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstring>
#include <utility>

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

namespace initviz::ui {

namespace {
constexpr char kNamedTemporaryVariable[] = "INITVIZ_TEST_NAMED_TEMPORARY";
constexpr char kHoldVariable[] = "INITVIZ_TEST_HOLD_TEMPORARY";
// The test hook's wait, in steps, before the content is put in place anyway.
constexpr int kHoldSteps = 600;
constexpr unsigned long kHoldStepMs = 100;
constexpr mode_t kNewFileMode = 0666; // less the umask, as every program creates files
constexpr mode_t kPrivateMode = 0600; // until the replaced file's permissions are copied
constexpr int kNameAttempts = 100;
constexpr int kSuffixLength = 6;
constexpr char kSuffixCharacters[]
    = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
constexpr std::array<int, 3> kEndingSignals{SIGINT, SIGTERM, SIGHUP};

// The one named temporary file the signal handler removes. A plain buffer and a lock-free
// atomic: all an async-signal-safe handler may touch.
char gTemporaryName[PATH_MAX]{};
std::atomic<bool> gTemporaryNamed{false};
std::atomic<bool> gSlotTaken{false};
std::array<struct sigaction, kEndingSignals.size()> gPreviousActions{};
std::array<bool, kEndingSignals.size()> gHandled{};
static_assert(std::atomic<bool>::is_always_lock_free);

extern "C" void removeTemporaryThenEnd(int signal)
{
    if (gTemporaryNamed.load())
        ::unlink(gTemporaryName);
    // The signal's previous action (usually: end the program) takes over once this returns.
    for (std::size_t i = 0; i < kEndingSignals.size(); ++i) {
        if (kEndingSignals[i] == signal)
            ::sigaction(signal, &gPreviousActions[i], nullptr);
    }
    ::raise(signal);
}

/// Registers `name` for removal on a signal that ends the program, until released. Only one file
/// at a time (all writes happen on the GUI thread); a second one is simply not registered.
bool registerTemporaryName(const QByteArray& name)
{
    if (name.size() >= static_cast<qsizetype>(sizeof gTemporaryName) || gSlotTaken.exchange(true))
        return false;
    std::memcpy(gTemporaryName, name.constData(), static_cast<std::size_t>(name.size()) + 1);
    gTemporaryNamed.store(true);
    struct sigaction action { };
    action.sa_handler = removeTemporaryThenEnd;
    sigemptyset(&action.sa_mask);
    for (std::size_t i = 0; i < kEndingSignals.size(); ++i) {
        gHandled[i] = false;
        // An ignored signal (nohup) stays ignored.
        if (::sigaction(kEndingSignals[i], nullptr, &gPreviousActions[i]) == 0
            && gPreviousActions[i].sa_handler != SIG_IGN)
            gHandled[i] = ::sigaction(kEndingSignals[i], &action, nullptr) == 0;
    }
    return true;
}

void releaseTemporaryName()
{
    for (std::size_t i = 0; i < kEndingSignals.size(); ++i) {
        if (gHandled[i])
            ::sigaction(kEndingSignals[i], &gPreviousActions[i], nullptr);
    }
    gTemporaryNamed.store(false);
    gSlotTaken.store(false);
}

QByteArray randomName(const QByteArray& base)
{
    QByteArray name = base + '.';
    for (int i = 0; i < kSuffixLength; ++i)
        name += kSuffixCharacters[QRandomGenerator::global()->bounded(
            static_cast<int>(sizeof kSuffixCharacters - 1))];
    return name;
}

/// A fresh name beside `base`, for which `create(name)` succeeded (it fails with EEXIST when
/// taken), and whether it is `registered` for removal. Empty, errno set, on failure.
template <typename Create>
QByteArray createNamed(const QByteArray& base, bool& registered, Create create)
{
    for (int attempt = 0; attempt < kNameAttempts; ++attempt) {
        const QByteArray name = randomName(base);
        // Registered before it exists: a signal in between finds nothing to remove.
        registered = registerTemporaryName(name);
        if (create(name))
            return name;
        const int error = errno;
        if (std::exchange(registered, false))
            releaseTemporaryName();
        errno = error;
        if (error != EEXIST)
            return {};
    }
    errno = EEXIST;
    return {};
}

bool namedTemporaryForced()
{
    return qEnvironmentVariableIntValue(kNamedTemporaryVariable) != 0;
}

void holdForATest()
{
    if (qEnvironmentVariableIntValue(kHoldVariable) == 0)
        return;
    std::fputs("initviz: test hook: holding the temporary file\n", stderr);
    std::fflush(stderr);
    for (int step = 0; step < kHoldSteps; ++step)
        QThread::msleep(kHoldStepMs);
}
} // namespace

QString systemReason(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

ReplacementFile::ReplacementFile(QString destination)
    : destination_(std::move(destination))
{
}

ReplacementFile::~ReplacementFile()
{
    discard();
}

bool ReplacementFile::open(bool replacesAFile, QString* reason)
{
    const mode_t mode = replacesAFile ? kPrivateMode : kNewFileMode;
    const QByteArray base = QFile::encodeName(destination_);
    const QByteArray folder = QFile::encodeName(QFileInfo(destination_).absolutePath());
    // The unnamed file is given its name with linkat through /proc, as Qt's QSaveFile does.
    if (!namedTemporaryForced() && ::access("/proc/self/fd", X_OK) == 0)
        descriptor_ = ::open(folder.constData(), O_TMPFILE | O_WRONLY | O_CLOEXEC, mode);
    if (descriptor_ < 0) {
        temporaryName_ = createNamed(base, registered_, [&](const QByteArray& name) {
            descriptor_ = ::open(name.constData(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, mode);
            return descriptor_ >= 0;
        });
        if (descriptor_ < 0) {
            *reason = systemReason(errno);
            return false;
        }
    }
    if (!file_.open(descriptor_, QIODevice::WriteOnly, QFileDevice::DontCloseHandle)) {
        *reason = file_.errorString();
        discard();
        return false;
    }
    return true;
}

bool ReplacementFile::commit(QString* reason)
{
    const auto fail = [&](const QString& why) {
        *reason = why;
        discard();
        return false;
    };
    if (!file_.flush() || file_.error() != QFileDevice::NoError)
        return fail(file_.errorString());
    file_.close();
    // Written to the disk before it replaces anything: a crash then leaves one of the two whole.
    if (::fsync(descriptor_) != 0)
        return fail(systemReason(errno));
    holdForATest();
    if (temporaryName_.isEmpty()) {
        const QByteArray procPath = "/proc/self/fd/" + QByteArray::number(descriptor_);
        temporaryName_ = createNamed(QFile::encodeName(destination_), registered_,
                                     [&](const QByteArray& name) {
                                         return ::linkat(AT_FDCWD, procPath.constData(), AT_FDCWD,
                                                         name.constData(), AT_SYMLINK_FOLLOW)
                                             == 0;
                                     });
        if (temporaryName_.isEmpty())
            return fail(systemReason(errno));
    }
    const int closed = ::close(std::exchange(descriptor_, -1)); // NFS reports errors here
    if (closed != 0)
        return fail(systemReason(errno));
    if (::rename(temporaryName_.constData(), QFile::encodeName(destination_).constData()) != 0)
        return fail(systemReason(errno));
    temporaryName_.clear();
    if (std::exchange(registered_, false))
        releaseTemporaryName();
    return true;
}

void ReplacementFile::discard()
{
    if (file_.isOpen())
        file_.close();
    if (descriptor_ >= 0)
        ::close(std::exchange(descriptor_, -1));
    if (!temporaryName_.isEmpty()) {
        ::unlink(temporaryName_.constData());
        temporaryName_.clear();
    }
    if (std::exchange(registered_, false))
        releaseTemporaryName();
}

} // namespace initviz::ui
