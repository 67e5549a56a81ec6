// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/decision_grid.h"
#include "core/layer_stats.h"
#include "core/trainer.h"

#include <QMetaType>

#include <atomic>
#include <limits>
#include <memory>
#include <optional>
#include <vector>

namespace initviz::ui {

/// What a worker reports about its run a few dozen times a second; a value, copied into the
/// queued signal, so the GUI thread never sees the training thread's memory.
struct RunProgress {
    int iteration = 0; ///< iterations completed
    int totalIterations = 0;
    std::vector<CostPoint> costs; ///< cost checkpoints reached since the previous progress
    DecisionGrid boundary; ///< P(blue) over the display grid for the current weights
    double trainAccuracy = std::numeric_limits<double>::quiet_NaN(); ///< current weights
    double testAccuracy = std::numeric_limits<double>::quiet_NaN(); ///< NaN without a test set
    double elapsedSeconds = 0.0; ///< since the run started training
    /// Issue 11: every layer's statistics at `iteration`, measured by the trainer in the same
    /// forward/backward pass (nothing when the trainer had none for this progress).
    std::optional<NetworkStatistics> statistics;
    /// The weights after `iteration` updates, for the Understanding panel's "current" and
    /// "change" (immutable once sent; nothing for networks above kMaxLiveParameters).
    std::shared_ptr<const Parameters> parameters;
    /// Issue 12: the run is paused at `iteration` and holds there until Resume, Step or Stop.
    bool held = false;
};

/// Networks up to this many weights and biases send their weights with every progress (a few
/// hundred kilobytes at most, ~30 times a second); larger ones do not.
inline constexpr double kMaxLiveParameters = 50'000;

/// How fast the workers train: iterations per second of wall time, 0 for unpaced; and whether
/// they measure their layers. Shared by the controller (which changes it) and every worker (which
/// reads it between iterations), so a change applies to runs already training.
class Pace {
public:
    void setIterationsPerSecond(double rate) { rate_.store(rate, std::memory_order_relaxed); }
    [[nodiscard]] double iterationsPerSecond() const
    {
        return rate_.load(std::memory_order_relaxed);
    }

    /// Issue 11: whether runs collect per-layer statistics (while the Layers panel is shown).
    void setStatisticsWanted(bool wanted) { statistics_.store(wanted, std::memory_order_relaxed); }
    [[nodiscard]] const std::atomic<bool>& statisticsWanted() const { return statistics_; }

private:
    std::atomic<double> rate_{0.0};
    std::atomic<bool> statistics_{false};
};

} // namespace initviz::ui

Q_DECLARE_METATYPE(initviz::ui::RunProgress)
Q_DECLARE_METATYPE(initviz::TrainingResult)
