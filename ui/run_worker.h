// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/pause_gate.h"
#include "ui/run_types.h"

#include "core/datasets.h"
#include "core/decision_grid.h"
#include "core/trainer.h"

#include <QObject>
#include <QString>

#include <chrono>
#include <memory>
#include <stop_token>
#include <vector>

namespace initviz::ui {

/// The live boundary grid for a network of `layerDims`: `full` itself for classroom networks, a
/// coarser grid over the same square for large ones, so that one evaluation stays in the tens of
/// milliseconds (issue 15).
[[nodiscard]] GridSpec liveBoundaryGrid(const GridSpec& full, const std::vector<int>& layerDims);

/// Trains one run on the thread it is moved to. The core's snapshot callback becomes queued
/// `progressed` signals carrying values: new costs, the decision boundary evaluated here (so the
/// GUI thread only paints) and the current accuracies, at most ~30 times a second. Pacing sleeps
/// wait on the stop token, so a stop request ends the run within one iteration.
class RunWorker : public QObject {
    Q_OBJECT
public:
    RunWorker(TrainingConfig config, std::shared_ptr<const DatasetPair> data,
              std::shared_ptr<const Pace> pace, std::shared_ptr<PauseGate> gate,
              std::stop_token stop, GridSpec boundaryGrid);

public slots:
    void run();

signals:
    void progressed(const initviz::ui::RunProgress& progress);
    /// Before `finished`, for a run that ended with its final statistics: the measured
    /// diagnosis (core/diagnosis.h), computed here on the training thread.
    void diagnosed(const QString& code, const QString& evidence);
    void finished(const initviz::TrainingResult& result);
    void failed(const QString& message);

private:
    using Clock = std::chrono::steady_clock;

    void onSnapshot(const TrainingSnapshot& snapshot);
    void waitForPace(int iteration);
    void publish(int iteration, const Parameters& parameters, const NetworkStatistics* statistics,
                 bool held = false);
    /// Issue 12: holds the run at a paused snapshot (after showing it); true if it held.
    bool holdIfPaused(const TrainingSnapshot& snapshot);

    TrainingConfig config_;
    std::shared_ptr<const DatasetPair> data_;
    std::shared_ptr<const Pace> pace_;
    std::shared_ptr<PauseGate> gate_;
    std::stop_token stop_;
    GridSpec boundaryGrid_;

    Clock::time_point started_;
    Clock::time_point lastPublished_;
    Clock::duration publishInterval_{};
    bool publishedOnce_ = false;
    std::vector<CostPoint> pendingCosts_;
    // The pacing clock: when the run should reach `pacedIteration_` at the current speed.
    Clock::time_point pacedUntil_;
    int pacedIteration_ = 0;
};

} // namespace initviz::ui
