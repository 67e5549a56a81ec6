// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Runs the `initviz` command line as a user runs it, for the tests of its commands: the target
// that includes this defines INITVIZ_EXE (the program's path).

#include "slowdown.h"

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace initviz::test {

inline constexpr int kCliTimeoutMs = 120'000 * kSlowdown;

/// What a finished (or killed) process left: its exit code (-1 when it crashed or never
/// started), its standard output as bytes and its standard error as text.
struct CliOutcome {
    bool finished = false;
    int exitCode = -1;
    QByteArray out;
    QString err;
};

/// `initviz arguments...`, waiting at most kCliTimeoutMs (then killed: `finished` false).
inline CliOutcome runInitviz(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral(INITVIZ_EXE), arguments);
    CliOutcome outcome;
    if (!process.waitForStarted(kCliTimeoutMs))
        return outcome;
    outcome.finished = process.waitForFinished(kCliTimeoutMs);
    if (!outcome.finished) {
        process.kill();
        process.waitForFinished();
    }
    outcome.exitCode = process.exitStatus() == QProcess::CrashExit ? -1 : process.exitCode();
    outcome.out = process.readAllStandardOutput();
    outcome.err = QString::fromUtf8(process.readAllStandardError());
    return outcome;
}

} // namespace initviz::test
