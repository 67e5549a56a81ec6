// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/run_worker.h"

#include "ui/core_text.h"

#include "core/diagnosis.h"

#include "core/layer_stats.h"
#include "core/network.h"

#include <algorithm>
#include <cmath>
#include <condition_variable>
#include <exception>
#include <memory>
#include <mutex>
#include <optional>
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
// Issue 15: the live boundary of a large network costs as much as many iterations. Its grid gets
// at most this many multiply-adds (about 10-30 ms on one core; the notebook's network keeps the
// full 200 x 200 grid; core/decision_grid.h's affordableGrid)...
constexpr double kLiveBoundaryMultiplyAdds = 1e8;
// ...and the worker spends at most a ninth of its time publishing: after a publication that took
// t, the next waits at least kPublishCostFactor * t, so that a window run stays within issue 14's
// 20% of `initviz train` at maximum speed with the rest of its work (snapshots, timeline, the
// final diagnosis): a deep net's 15 ms boundary is redrawn about 7 times a second
// (tests/bench/bench_frame.cpp --run-iterations measures the loss).
constexpr double kPublishCostFactor = 8.0;
// Accuracies are predicted in batches of this many points, with a stop check between them.
constexpr Eigen::Index kAccuracyBatch = 32;

} // namespace

std::optional<double> accuracyOf(const Parameters& parameters, Activation activation,
                                 const Dataset& set, const std::stop_token& stop)
{
    const Eigen::Index m = set.size();
    if (m == 0)
        return std::numeric_limits<double>::quiet_NaN();
    PointPredictor predictor(parameters, kAccuracyBatch, activation);
    std::vector<double> x(static_cast<std::size_t>(kAccuracyBatch));
    std::vector<double> y(static_cast<std::size_t>(kAccuracyBatch));
    std::vector<double> probability(static_cast<std::size_t>(kAccuracyBatch));
    Eigen::Index correct = 0;
    for (Eigen::Index first = 0; first < m; first += kAccuracyBatch) {
        const Eigen::Index count = std::min(kAccuracyBatch, m - first);
        for (Eigen::Index k = 0; k < count; ++k) {
            x[static_cast<std::size_t>(k)] = set.X(0, first + k);
            y[static_cast<std::size_t>(k)] = set.X(1, first + k);
        }
        if (!predictor.predict(x.data(), y.data(), count, probability.data(), stop))
            return std::nullopt;
        for (Eigen::Index k = 0; k < count; ++k) {
            const int label = probability[static_cast<std::size_t>(k)] > 0.5 ? 1 : 0;
            correct += static_cast<double>(label) == set.Y(first + k) ? 1 : 0;
        }
    }
    return static_cast<double>(correct) / static_cast<double>(m);
}

GridSpec liveBoundaryGrid(const GridSpec& full, const std::vector<int>& layerDims)
{
    return affordableGrid(full, layerDims, kLiveBoundaryMultiplyAdds);
}

RunWorker::RunWorker(TrainingConfig config, std::shared_ptr<const DatasetPair> data,
                     std::shared_ptr<const Pace> pace, std::shared_ptr<PauseGate> gate,
                     std::stop_token stop, GridSpec boundaryGrid)
    : config_(std::move(config))
    , data_(std::move(data))
    , pace_(std::move(pace))
    , gate_(std::move(gate))
    , stop_(std::move(stop))
    , boundaryGrid_(liveBoundaryGrid(boundaryGrid, config_.layerDims))
    , records_(parameterCount(config_.layerDims) <= kMaxLiveParameters)
{
}

void RunWorker::run()
{
    try {
        TrainerHooks hooks;
        hooks.snapshotEvery = kSnapshotEvery;
        hooks.stop = stop_;
        // Issue 15: a stopped large network skips its final predictions (as long as an
        // iteration); its panel keeps the accuracies last published.
        hooks.predictWhenCancelled = multiplyAddsPerPoint(config_.layerDims)
                * static_cast<double>(data_->train.size() + data_->test.size())
            <= kLiveBoundaryMultiplyAdds;
        // Issue 11: the trainer measures every layer at each snapshot, in the same pass, while the
        // Layers panel is shown (closed, training runs at full speed).
        hooks.collectStatistics = true;
        hooks.statisticsWanted = &pace_->statisticsWanted();
        hooks.breakpoint = &gate_->breakpoint();
        hooks.onSnapshot = [this](const TrainingSnapshot& snapshot) { onSnapshot(snapshot); };
        started_ = Clock::now();
        pacedUntil_ = started_;
        TrainingResult result = train(config_, *data_, hooks);
        // The final weights always reach the panel, however recently the last progress went out.
        publishedOnce_ = false;
        record(result.iterationsDone, result.finalParameters);
        // The final weights' statistics: one more pass here, on the training thread, unless a
        // stopped large network must end at once.
        // Issue 15: as long as an iteration on a large network, so a stop request cuts it short
        // there (as the trainer's final predictions); a small one is measured whatever.
        const std::stop_token measureStop = hooks.predictWhenCancelled ? std::stop_token{} : stop_;
        std::optional<NetworkStatistics> finalStatistics;
        if (!result.cancelled || hooks.predictWhenCancelled)
            finalStatistics
                = measureNetwork(result.finalParameters, config_.activation, data_->train.X,
                                 data_->train.Y, result.iterationsDone, measureStop);
        if (finalStatistics && finalStatistics->layers.empty())
            finalStatistics.reset(); // stopped
        publish(result.iterationsDone, result.finalParameters,
                finalStatistics ? &*finalStatistics : nullptr);
        // Issue 11: the Problem/Comment a finished run has earned, from the same measurements.
        if (finalStatistics && !result.cancelled) {
            const NetworkStatistics atStart
                = measureNetwork(result.initialParameters, config_.activation, data_->train.X,
                                 data_->train.Y, 0, measureStop);
            if (atStart.layers.empty()) { // stopped
                emit finished(result);
                return;
            }
            const Diagnosis diagnosis = diagnose(result, atStart, *finalStatistics);
            // Translated here: QCoreApplication::translate is thread-safe, and the window's
            // language and locale are set once, before any run starts.
            emit diagnosed(QString::fromStdString(diagnosis.code), translated(diagnosis.evidence));
        }
        emit finished(result);
    } catch (const std::exception& error) {
        emit failed(errorText(error));
    }
}

void RunWorker::onSnapshot(const TrainingSnapshot& snapshot)
{
    if (snapshot.hasCost)
        pendingCosts_.push_back(snapshot.cost);
    if (snapshot.hasCost || snapshot.iteration % kTimelineEvery == 0)
        record(snapshot.iteration, snapshot.parameters);
    if (holdIfPaused(snapshot))
        return;
    waitForPace(snapshot.iteration);
    const Clock::time_point now = Clock::now();
    if (!publishedOnce_ || now - lastPublished_ >= publishInterval_)
        publish(snapshot.iteration, snapshot.parameters,
                snapshot.hasStatistics ? &snapshot.statistics : nullptr);
}

bool RunWorker::holdIfPaused(const TrainingSnapshot& snapshot)
{
    const int iteration = snapshot.iteration;
    // The last iteration ends the run instead. A run reaching a cost checkpoint is reported
    // twice with the same weights, after the update and then with the cost: it holds at the
    // second, so that a paused cost plot shows the checkpoint's cost.
    const bool checkpointFollows
        = !snapshot.hasCost && iteration % config_.costEvery == 0 && iteration < config_.iterations;
    if (iteration >= config_.iterations || checkpointFollows || !gate_->mustHold(iteration))
        return false;
    record(iteration, snapshot.parameters);
    publish(iteration, snapshot.parameters, snapshot.hasStatistics ? &snapshot.statistics : nullptr,
            true);
    gate_->hold(iteration, stop_);
    // Resumed (or stepped, or stopped): the pace counts from now, and the next snapshot tells the
    // window that the run moves again.
    pacedUntil_ = Clock::now();
    pacedIteration_ = iteration;
    publishedOnce_ = false;
    return true;
}

void RunWorker::record(int iteration, const Parameters& parameters)
{
    if (!records_ || iteration <= lastRecorded_)
        return;
    pendingTimeline_.push_back({iteration, std::make_shared<const Parameters>(parameters)});
    lastRecorded_ = iteration;
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

void RunWorker::publish(int iteration, const Parameters& parameters,
                        const NetworkStatistics* statistics, bool held)
{
    const Clock::time_point now = Clock::now();
    RunProgress progress;
    progress.iteration = iteration;
    progress.held = held;
    progress.totalIterations = config_.iterations;
    progress.costs = std::exchange(pendingCosts_, {});
    progress.timeline = std::exchange(pendingTimeline_, {});
    progress.elapsedSeconds = std::chrono::duration<double>(now - started_).count();
    if (statistics && !statistics->layers.empty())
        progress.statistics = *statistics;
    if (parameterCount(config_.layerDims) <= kMaxLiveParameters)
        progress.parameters = std::make_shared<const Parameters>(parameters);
    // Stopped runs skip the boundary and accuracies (the panel keeps the last ones); their costs
    // and iteration still go out.
    if (!stop_.stop_requested()) {
        DecisionGrid boundary = evaluateGrid(parameters, boundaryGrid_, stop_, config_.activation);
        const std::optional<double> trainAccuracy
            = accuracyOf(parameters, config_.activation, data_->train, stop_);
        const std::optional<double> testAccuracy
            = accuracyOf(parameters, config_.activation, data_->test, stop_);
        if (boundary.complete && trainAccuracy && testAccuracy) {
            progress.boundary = std::move(boundary);
            progress.trainAccuracy = *trainAccuracy;
            progress.testAccuracy = *testAccuracy;
        }
    }
    const Clock::time_point done = Clock::now();
    publishInterval_ = std::max<Clock::duration>(
        kPublishInterval,
        std::chrono::duration_cast<Clock::duration>((done - now) * kPublishCostFactor));
    lastPublished_ = done;
    publishedOnce_ = true;
    emit progressed(progress);
}

} // namespace initviz::ui
