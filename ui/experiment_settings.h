// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/experiment.h"

#include <QString>

#include <optional>

class QSettings;

namespace initviz::ui {

/// The ranges of the window's inputs live in the core, beside the experiment they limit.
namespace limits = initviz::limits;

/// How fast the window trains: the classroom pace by default, or unpaced.
enum class Speed { Slow, Classroom, Fast, Maximum };

/// Iterations per second of wall time for a speed, 0 for Maximum (unpaced). At the classroom pace
/// the notebook's 15000 iterations take 6 seconds.
[[nodiscard]] double iterationsPerSecond(Speed speed);
[[nodiscard]] QString speedName(Speed speed); ///< for settings: "slow", "classroom", "fast", "max"

/// Everything Start needs: the core's description of an experiment (core/experiment.h).
using ExperimentSettings = initviz::Experiment;

/// What the window remembers between sessions besides its geometry.
struct RememberedSettings {
    ExperimentSettings experiment;
    Speed speed = Speed::Classroom;
    bool showTestPoints = false;
    bool logScale = false;
    bool colourBlindSafeClasses = false; ///< issue 13: ClassPalette::ColourBlindSafe
};

/// Issue 15: the largest settings file read (the window writes about one KiB).
inline constexpr long long kMaxSettingsFileBytes = 1024 * 1024;

/// The file QSettings uses for this application's user settings, found without opening it; empty
/// when there is no proper place for it (neither HOME nor an absolute XDG_CONFIG_HOME: the
/// settings would land in /.config at the filesystem root).
[[nodiscard]] QString userSettingsPath();

/// Why the settings file at `path` must be neither read nor written (anything but a regular file
/// of at most kMaxSettingsFileBytes: a FIFO would hang the start, a huge file exhaust memory), or
/// an empty string when it is fine or does not exist yet. Never opens the file.
[[nodiscard]] QString settingsFileProblem(const QString& path);

/// Checks the user's settings file before anything reads it; if it is unusable (or there is no
/// place for one), points QSettings at `emptyFolder` for the rest of the process, so the window
/// starts from the notebook's settings and remembers nothing, and returns the reason (empty
/// otherwise).
[[nodiscard]] QString isolateUnusableSettings(const QString& emptyFolder);

/// Issue 15: what the window remembers when the command line set values for this start only.
/// The experiment and the speed are each `current`'s, unless still exactly what the command line
/// set (`launched`): then the value remembered before (`previous`) is kept, so
/// `initviz --learning-rate 0.02` does not replace the remembered experiment.
[[nodiscard]] RememberedSettings
settingsToRemember(const RememberedSettings& current, const RememberedSettings& previous,
                   const std::optional<RememberedSettings>& launched);

/// Writes `remembered` under the window's keys.
void saveSettings(QSettings& store, const RememberedSettings& remembered);
/// Reads what `saveSettings` wrote. Every value is checked on its own — type, range, and the
/// core's validation of the whole experiment — and anything corrupt or hostile is ignored in
/// favour of the notebook's value; reading never throws.
[[nodiscard]] RememberedSettings loadSettings(QSettings& store);

} // namespace initviz::ui
