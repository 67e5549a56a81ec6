// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/activations.h"
#include "core/benchmark.h"
#include "core/datasets.h"
#include "core/depth_experiment.h"
#include "core/initializers.h"
#include "core/trainer.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <stdexcept>
#include <vector>

namespace initviz::cli {

// compare --animate (issue 12): the defaults (6 s at 25 fps, 1280x720) and the limits.
inline constexpr int kAnimationDefaultWidth = 1280;
inline constexpr int kAnimationDefaultHeight = 720;
inline constexpr double kAnimationDefaultSeconds = 6.0;
inline constexpr int kAnimationDefaultFps = 25;
inline constexpr int kAnimationMinWidth = 320;
inline constexpr int kAnimationMinHeight = 240;
inline constexpr int kAnimationMaxWidth = 3840;
inline constexpr int kAnimationMaxHeight = 2160;
inline constexpr int kAnimationMaxSeconds = 120;
inline constexpr int kAnimationMaxFps = 50;

/// What `initviz` was asked to do: one of the headless commands, or (no command) the window.
enum class Command { Window, Train, Compare, Dataset, Bench, Inspect, Depth };

/// A command line that parsed and passed the core's validation: everything needed to run it, with
/// the notebook's values where an option was not given. Building one allocates nothing large, so a
/// fuzzer can feed parseCommandLine anything.
struct CommandLine {
    Command command = Command::Window;
    bool showHelp = false; ///< --help: print helpText() and nothing else
    bool showVersion = false; ///< --version: print versionText() and nothing else

    /// train: the one --init; compare and the window: --inits, in the order given.
    std::vector<InitScheme> inits;
    /// train: the one --activation; compare and the window: --activations, in the order given.
    std::vector<Activation> activations;
    TrainingConfig training; ///< `init` is the first of `inits`, `activation` of `activations`
    /// compare: the weight seeds every initialization runs with, in the order given (--seeds);
    /// just `training.seed` unless --seeds was given. The window: consecutive seeds from
    /// `training.seed` (--seeds 3-6), or empty.
    std::vector<std::uint32_t> seeds;
    DatasetOptions data;
    /// --data and --test-data: your own points (read when the command runs, not here). When
    /// dataPath is set, `data` is unused; without testDataPath there is no test set.
    QString dataPath;
    QString testDataPath;
    bool json = false; ///< --json or --format json (train, compare, dataset)
    bool csv = false; ///< dataset --format csv
    bool csvTestSet = false; ///< dataset --format csv --set test
    QString plotPath; ///< compare --plot FILE.png|FILE.pdf; empty when not given
    /// compare --animate FILE.gif (issue 12); empty when not given. Its size, length and pace:
    /// --animation-size WxH, --animation-seconds S, --fps N.
    QString animatePath;
    int animationWidth = kAnimationDefaultWidth;
    int animationHeight = kAnimationDefaultHeight;
    double animationSeconds = kAnimationDefaultSeconds;
    int animationFps = kAnimationDefaultFps;
    /// The window only: --inits or a training or dataset option was given explicitly, so the
    /// window uses these settings instead of the ones remembered from the last session.
    bool settingsGiven = false;
    bool maxSpeed = false; ///< --speed max
    bool start = false; ///< --start
    QString screenshotPath; ///< --screenshot FILE.png
    bool quitWhenDone = false; ///< --quit-when-done
    bool showLayers = false; ///< --show-layers
    bool showDepth = false; ///< --show-depth
    /// The window only: `initviz FILE.initviz` (issue 12), a positional argument ending in
    /// .initviz; empty without one.
    QString experimentPath;
    BenchmarkOptions benchmark; ///< bench: --repetitions
    /// inspect: --iteration, the updates before measuring (0: at initialization). When > 0,
    /// `training.iterations` is the same number.
    int inspectIteration = 0;
    /// depth: --inits, --activations, --seed, --width and --max-depth (validated).
    DepthSettings depth;
};

/// Bad input on the command line. what() is the one-line message shown after "initviz: ".
class UsageError : public std::invalid_argument {
public:
    using std::invalid_argument::invalid_argument;
};

/// Parses `arguments` (the first is the program name, as in QCoreApplication::arguments()) and
/// validates the values with the core, before anything is trained or allocated. Throws
/// std::invalid_argument (UsageError, or the core's own) with a user-facing message for an
/// unknown command or option, an option that does not belong to the command, a repeated option,
/// a value that is not a number or is out of range, or a configuration the core refuses.
/// --help and --version win over every other option once the command line parses.
[[nodiscard]] CommandLine parseCommandLine(const QStringList& arguments);

/// compare's runs: every initialization of `line.inits` with every activation of
/// `line.activations` and every seed of `line.seeds`, grouped by initialization, then activation.
[[nodiscard]] std::vector<TrainingConfig> compareRuns(const CommandLine& line);

/// What --help prints: the commands and every option with its default and where it applies.
[[nodiscard]] QString helpText();

/// What --version prints: "initviz 0.1.0".
[[nodiscard]] QString versionText();

} // namespace initviz::cli
