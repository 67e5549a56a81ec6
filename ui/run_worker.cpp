// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/run_worker.h"

#include "core/network.h"

#include <condition_variable>
#include <exception>
#include <mutex>
#include <utility>

namespace initviz::ui {

namespace {
// The trainer calls back every this many iterations: the granularity of pacing and of the live
// boundary (at the classroom pace of 2500 iterations/s, a callback every 10 ms).
constexpr int kSnapshotEvery = 25;
// At most ~30 progress signals a second per run, whatever the speed and the cost interval.
constexpr std::chrono::milliseconds kPublishInterval{33};
// A run that falls further behind its pace than this (a slow machine, a speed change) restarts
// its pacing clock instead of racing to catch up.
constexpr std::chrono::milliseconds kMaxPaceLag{100};

double accuracyOf(const Parameters& parameters, const Dataset& set)
{
    if (set.size() == 0)
        return std::numeric_limits<double>::quiet_NaN();
    return accuracy(predictLabels(predictProbabilities(parameters, set.X)), set.Y);
}
} // namespace

RunWorker::RunWorker(TrainingConfig config, std::shared_ptr<const DatasetPair> data,
                     std::shared_ptr<const Pace> pace, std::stop_token stop, GridSpec boundaryGrid)
    : config_(std::move(config))
    , data_(std::move(data))
    , pace_(std::move(pace))
    , stop_(std::move(stop))
    , boundaryGrid_(boundaryGrid)
{
}

void RunWorker::run()
{
    try {
        TrainerHooks hooks;
        hooks.snapshotEvery = kSnapshotEvery;
        hooks.stop = stop_;
        hooks.onSnapshot = [this](const TrainingSnapshot& snapshot) { onSnapshot(snapshot); };
        started_ = Clock::now();
        pacedUntil_ = started_;
        TrainingResult result = train(config_, *data_, hooks);
        // The final weights always reach the panel, however recently the last progress went out.
        publishedOnce_ = false;
        publish(result.iterationsDone, result.finalParameters);
        emit finished(result);
    } catch (const std::exception& error) {
        emit failed(QString::fromStdString(error.what()));
    }
}

void RunWorker::onSnapshot(const TrainingSnapshot& snapshot)
{
    if (snapshot.hasCost)
        pendingCosts_.push_back(snapshot.cost);
    waitForPace(snapshot.iteration);
    const Clock::time_point now = Clock::now();
    if (!publishedOnce_ || now - lastPublished_ >= kPublishInterval)
        publish(snapshot.iteration, snapshot.parameters);
}

void RunWorker::waitForPace(int iteration)
{
    const double rate = pace_->iterationsPerSecond();
    const Clock::time_point now = Clock::now();
    if (rate <= 0.0) {
        pacedUntil_ = now;
        pacedIteration_ = iteration;
        return;
    }
    const std::chrono::duration<double> budget{(iteration - pacedIteration_) / rate};
    pacedUntil_ += std::chrono::duration_cast<Clock::duration>(budget);
    pacedIteration_ = iteration;
    if (pacedUntil_ < now - kMaxPaceLag)
        pacedUntil_ = now;
    if (pacedUntil_ <= now)
        return;
    // Sleeps until the pace allows the next iterations; a stop request wakes it at once.
    std::mutex mutex;
    std::condition_variable_any wakeUp;
    std::unique_lock lock(mutex);
    wakeUp.wait_until(lock, stop_, pacedUntil_, [] { return false; });
}

void RunWorker::publish(int iteration, const Parameters& parameters)
{
    const Clock::time_point now = Clock::now();
    RunProgress progress;
    progress.iteration = iteration;
    progress.totalIterations = config_.iterations;
    progress.costs = std::exchange(pendingCosts_, {});
    progress.boundary = evaluateGrid(parameters, boundaryGrid_);
    progress.trainAccuracy = accuracyOf(parameters, data_->train);
    progress.testAccuracy = accuracyOf(parameters, data_->test);
    progress.elapsedSeconds = std::chrono::duration<double>(now - started_).count();
    lastPublished_ = now;
    publishedOnce_ = true;
    emit progressed(progress);
}

} // namespace initviz::ui
