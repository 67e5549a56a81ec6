// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/launch_options.h"

namespace initviz::ui {

/// Shows the main window configured by `options` and runs the event loop until it closes (or, with
/// quitWhenDone, until every run has finished and the screenshot is written). Needs a
/// QApplication. Returns the process exit code: 0, or 2 with a message on stderr if a scripted
/// screenshot could not be written.
int runWindow(const LaunchOptions& options);

} // namespace initviz::ui
