// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/pause_gate.h"
#include "ui/run_types.h"

#include "core/datasets.h"
#include "core/decision_grid.h"
#include "core/trainer.h"

#include <QObject>
#include <QString>

#include <memory>
#include <stop_token>
#include <vector>

class QThread;

namespace initviz::ui {

/// Owns the training threads: one QThread with a RunWorker per run of an experiment. Lives on
/// the GUI thread and re-emits the workers' values as its own signals, tagged with the run's
/// index, dropping those of an experiment that was stopped and replaced (Start while running).
/// Stop and restart never wait; the destructor stops every run and joins every thread.
class RunController : public QObject {
    Q_OBJECT
public:
    explicit RunController(QObject* parent = nullptr);
    ~RunController() override;

    RunController(const RunController&) = delete;
    RunController& operator=(const RunController&) = delete;

    /// Starts one run per config on `data`, replacing (stopping) any experiment still running.
    /// Boundaries are evaluated on `boundaryGrid`.
    void start(const std::vector<TrainingConfig>& runs, std::shared_ptr<const DatasetPair> data,
               const GridSpec& boundaryGrid);
    /// Asks every run to stop; each then reports `runFinished` with `cancelled` set.
    void stop();

    /// Training speed in iterations per second, 0 for unpaced; applies to running runs too.
    void setIterationsPerSecond(double rate);
    [[nodiscard]] double iterationsPerSecond() const;
    /// Whether runs measure their layers at every snapshot (issue 11: while the Layers panel is
    /// shown); applies to running runs too. Off by default: training at full speed.
    void setStatisticsWanted(bool wanted);
    [[nodiscard]] bool statisticsWanted() const;

    /// Issue 12: every run trains on to the iteration the furthest one has reached and holds
    /// there, keeping its state; `paused` follows once all have. Nothing when not running.
    void pause();
    /// Continues every paused run from where it holds.
    void resume();
    /// While paused: every run trains `iterations` more and holds again.
    void step(int iterations = 1);
    /// While paused: every run trains on to the next cost checkpoint and holds again.
    void stepToNextCheckpoint();
    /// Paused (or pausing): Pause was asked and not yet Resume, Stop or a new Start.
    [[nodiscard]] bool isPaused() const { return gate_->isPaused(); }
    /// The iteration every run holds at while paused (-1 otherwise, or until all have arrived).
    [[nodiscard]] int pausedAt() const { return pausedAt_; }

    /// True while a run of the current experiment has not reported back.
    [[nodiscard]] bool isRunning() const { return remaining_ > 0; }
    /// Threads alive, including those of replaced experiments still winding down.
    [[nodiscard]] int threadCount() const { return static_cast<int>(threads_.size()); }

signals:
    void started(int runCount);
    void progressed(int run, const initviz::ui::RunProgress& progress);
    void runFinished(int run, const initviz::TrainingResult& result);
    /// A finished run's measured diagnosis (before its runFinished).
    void runDiagnosed(int run, const QString& code, const QString& evidence);
    void runFailed(int run, const QString& message);
    /// Every run of the experiment has reported back (finished, stopped or failed).
    void allFinished(bool stopped);
    /// Every run still training holds at `iteration` (after pause or a step).
    void paused(int iteration);
    /// The runs move again (Resume, Step or Stop).
    void resumed();

private:
    void runEnded();
    void stopAllThreads();
    void onProgress(int run, const RunProgress& progress);
    void checkAllHeld();
    void leavePause();

    static constexpr int kEnded = -2;

    std::shared_ptr<Pace> pace_ = std::make_shared<Pace>();
    std::shared_ptr<PauseGate> gate_ = std::make_shared<PauseGate>();
    /// Per run of the current experiment: the iteration it holds at, -1 while it moves, and
    /// kEnded once it has reported back.
    std::vector<int> heldAt_;
    int pausedAt_ = -1;
    int costEvery_ = 1;
    std::stop_source stopSource_;
    std::vector<QThread*> threads_;
    unsigned long long experiment_ = 0;
    int remaining_ = 0;
    bool stopRequested_ = false;
};

} // namespace initviz::ui
