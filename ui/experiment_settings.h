// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/datasets.h"
#include "core/initializers.h"
#include "core/trainer.h"

#include <QString>

#include <cstdint>
#include <limits>
#include <vector>

class QSettings;

namespace initviz::ui {

/// The ranges of the window's inputs, shared by the form and the settings reader. They cover what
/// the core accepts wherever a spin box can (the core's validation still has the last word).
namespace limits {
inline constexpr double kMinLearningRate = 1e-10;
// The core takes any finite rate > 0; 1e300 diverges, and the window reports it like the command
// line does.
inline constexpr double kMaxLearningRate = 1e300;
inline constexpr int kMaxIterations = std::numeric_limits<int>::max();
inline constexpr int kMinSamples = 2;
inline constexpr int kMaxSamples = 1'000'000;
inline constexpr double kMaxNoise = 1e6;
inline constexpr double kMaxFactor = 0.9999999999;
inline constexpr double kMaxSeed = std::numeric_limits<std::uint32_t>::max();
/// Runs the window trains side by side at most (initializations x seeds): sixteen panels still
/// read from the back of a classroom.
inline constexpr int kMaxRuns = 16;
} // namespace limits

/// How fast the window trains: the classroom pace by default, or unpaced.
enum class Speed { Slow, Classroom, Fast, Maximum };

/// Iterations per second of wall time for a speed, 0 for Maximum (unpaced). At the classroom pace
/// the notebook's 15000 iterations take 6 seconds.
[[nodiscard]] double iterationsPerSecond(Speed speed);
[[nodiscard]] QString speedName(Speed speed); ///< for settings: "slow", "classroom", "fast", "max"

/// Everything Start needs: which initializations to compare, one training configuration (its
/// `init` and `seed` are replaced per run), how many weight seeds each initialization trains
/// with, and the data sets.
struct ExperimentSettings {
    std::vector<InitScheme> schemes{InitScheme::Zeros, InitScheme::Random, InitScheme::He};
    TrainingConfig training;
    /// Each initialization trains with the weight seeds training.seed, training.seed + 1, ...:
    /// 1 is the notebook's experiment.
    int seedCount = 1;
    DatasetOptions data;

    /// The notebook's experiment: its three initializations and every value of the assignment.
    [[nodiscard]] static ExperimentSettings notebook() { return {}; }
    /// One configuration per scheme and seed: schemes in picker order, each with its seeds.
    [[nodiscard]] std::vector<TrainingConfig> runConfigs() const;
    /// The core's own checks (throws std::invalid_argument with its message), plus "at least one
    /// initialization", the seeds within numpy's range and at most limits::kMaxRuns runs.
    void validate() const;
    friend bool operator==(const ExperimentSettings& a, const ExperimentSettings& b);
};

/// What the window remembers between sessions besides its geometry.
struct RememberedSettings {
    ExperimentSettings experiment;
    Speed speed = Speed::Classroom;
    bool showTestPoints = false;
    bool logScale = false;
};

/// Writes `remembered` under the window's keys.
void saveSettings(QSettings& store, const RememberedSettings& remembered);
/// Reads what `saveSettings` wrote. Every value is checked on its own — type, range, and the
/// core's validation of the whole experiment — and anything corrupt or hostile is ignored in
/// favour of the notebook's value; reading never throws.
[[nodiscard]] RememberedSettings loadSettings(QSettings& store);

} // namespace initviz::ui
