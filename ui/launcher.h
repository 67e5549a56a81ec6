// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/launch_options.h"

#include <QStringList>

namespace initviz::ui {

/// Shows the main window configured by `options` and runs the event loop until it closes (or, with
/// quitWhenDone, until every run has finished and the screenshot is written). Needs a
/// QApplication. Returns the process exit code: 0; 1 with a message on stderr if every run of a
/// scripted experiment failed; 2 with a message if a scripted screenshot could not be written.
int runWindow(const LaunchOptions& options);

/// Issue 15: the exit code of a scripted window run of `runCount` runs of which those in
/// `failures` failed (their messages): 1 when there were runs and every one failed (the first
/// reason printed on stderr as "initviz: ..."), otherwise 0.
[[nodiscard]] int scriptExitCode(int runCount, const QStringList& failures);

} // namespace initviz::ui
