// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/trainer.h"

#include "core/message.h"
#include "core/text.h"

#include <chrono>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>

namespace initviz {

namespace {
// Larger networks than this are typos (2,100000000,1), not experiments: refuse before allocating.
constexpr double kMaxParameters = 1e7;
constexpr double kMaxActivationBytes = 2.0 * 1024 * 1024 * 1024;
// Training keeps A_l and dZ_l (n_l x m each) for every layer.
constexpr double kBuffersPerUnit = 2.0;
// Every recorded cost is kept (and plotted): a million points is far beyond any readable curve.
constexpr long long kMaxCostPoints = 1'000'000;

// Parameter counts and sizes in messages: "1.2e+07 parameters".
constexpr int kFigureDigits = 3;

MessageArg figure(double value)
{
    return MessageArg::significant(value, kFigureDigits);
}

bool allFinite(const Parameters& parameters)
{
    for (const Matrix& W : parameters.W) {
        if (!W.allFinite())
            return false;
    }
    for (const Vector& b : parameters.b) {
        if (!b.allFinite())
            return false;
    }
    return true;
}
} // namespace

void validate(const TrainingConfig& config, Eigen::Index samples)
{
    if (!std::isfinite(config.learningRate) || config.learningRate <= 0.0)
        throw UserError(QT_TRANSLATE_NOOP("initviz::core",
                                          "learning rate must be a finite number > 0 (got %1)"),
                        {MessageArg::real(config.learningRate)});
    if (config.iterations < 1)
        throw UserError(
            QT_TRANSLATE_NOOP("initviz::core", "iterations must be at least 1 (got %1)"),
            {MessageArg::integer(config.iterations)});
    if (config.costEvery < 1)
        throw UserError(
            QT_TRANSLATE_NOOP("initviz::core", "cost interval must be at least 1 (got %1)"),
            {MessageArg::integer(config.costEvery)});
    const long long costPoints
        = (static_cast<long long>(config.iterations) - 1) / config.costEvery + 1;
    if (costPoints > kMaxCostPoints)
        //: %1: the cost interval; %2: the iterations; %3: the cost points this records
        throw UserError(QT_TRANSLATE_NOOP("initviz::core",
                                          "a cost every %1 of %2 iterations makes %3 cost points; "
                                          "the limit is %4, so raise the cost interval"),
                        {MessageArg::integer(config.costEvery),
                         MessageArg::integer(config.iterations), MessageArg::integer(costPoints),
                         MessageArg::integer(kMaxCostPoints)});
    const std::vector<int>& dims = config.layerDims;
    if (dims.size() < 2)
        throw UserError(QT_TRANSLATE_NOOP("initviz::core",
                                          "layers need at least an input and an output width"));
    if (dims.front() != 2)
        throw UserError(QT_TRANSLATE_NOOP(
            "initviz::core", "the first layer must be 2 (the points have two coordinates)"));
    if (dims.back() != 1)
        throw UserError(QT_TRANSLATE_NOOP(
            "initviz::core", "the last layer must be 1 (one output: the probability of blue)"));
    double units = 0.0;
    for (std::size_t l = 0; l < dims.size(); ++l) {
        if (dims[l] < 1)
            throw UserError(QT_TRANSLATE_NOOP("initviz::core", "layer %1 needs at least 1 unit"),
                            {MessageArg::integer(l + 1)});
        if (l > 0)
            units += dims[l];
    }
    const double parameters = parameterCount(dims);
    if (parameters > kMaxParameters)
        //: %1: the layer widths ("2,5000,5000,1"); %2: their parameter count
        throw UserError(
            QT_TRANSLATE_NOOP("initviz::core", "layers %1 need %2 parameters; the limit is %3"),
            {MessageArg::text(formatLayers(dims)), figure(parameters), figure(kMaxParameters)});
    const double activationBytes = kBuffersPerUnit * units * static_cast<double>(samples)
        * static_cast<double>(sizeof(Scalar));
    if (activationBytes > kMaxActivationBytes)
        //: %1: the layer widths; %2: the number of points; %3: gibibytes of memory
        throw UserError(QT_TRANSLATE_NOOP("initviz::core",
                                          "layers %1 on %2 samples need %3 GiB of activations; "
                                          "the limit is 2 GiB"),
                        {MessageArg::text(formatLayers(dims)), MessageArg::integer(samples),
                         figure(activationBytes / (1024.0 * 1024 * 1024))});
}

double parameterCount(const std::vector<int>& layerDims)
{
    double parameters = 0.0;
    for (std::size_t l = 1; l < layerDims.size(); ++l)
        parameters
            += static_cast<double>(layerDims[l]) * (static_cast<double>(layerDims[l - 1]) + 1.0);
    return parameters;
}

TrainingResult train(const TrainingConfig& config, const DatasetPair& data,
                     const TrainerHooks& hooks)
{
    const Dataset& trainSet = data.train;
    const Dataset& testSet = data.test;
    if (trainSet.size() < 1 || trainSet.X.rows() != 2 || trainSet.Y.cols() != trainSet.size())
        throw std::invalid_argument("the train set must be 2 x m points with m labels");
    if (testSet.X.rows() != 2 || testSet.Y.cols() != testSet.size())
        throw std::invalid_argument("the test set must be 2 x m points with m labels");
    validate(config, std::max(trainSet.size(), testSet.size()));

    TrainingResult result;
    result.config = config;
    Network network(initializeParameters(config.layerDims, config.init, config.seed),
                    config.activation);
    network.setStopToken(hooks.stop);
    result.initialParameters = network.parameters();
    result.costs.reserve(static_cast<std::size_t>(config.iterations / config.costEvery + 1));

    TrainingSnapshot snapshot;
    const bool mayCollect = hooks.collectStatistics && hooks.onSnapshot;
    // Issue 11: the window collects only while its Layers panel is shown.
    const auto collectNow = [&] {
        return mayCollect
            && (hooks.statisticsWanted == nullptr
                || hooks.statisticsWanted->load(std::memory_order_relaxed));
    };
    bool collect = false;
    snapshot.totalIterations = config.iterations;
    int lastReported = -1;
    const auto report = [&](int iteration, const CostPoint* cost) {
        if (!hooks.onSnapshot)
            return;
        snapshot.iteration = iteration;
        snapshot.hasCost = cost != nullptr;
        snapshot.cost = cost ? *cost : CostPoint{};
        snapshot.parameters = network.parameters();
        hooks.onSnapshot(snapshot);
        lastReported = iteration;
    };

    RowVector costScratch(trainSet.size());
    const auto started = std::chrono::steady_clock::now();
    int i = 0;
    for (; i < config.iterations; ++i) {
        if (hooks.stop.stop_requested()) {
            result.cancelled = true;
            break;
        }
        collect = collectNow();
        snapshot.hasStatistics = false; // until this pass's are collected
        const RowVector& A = network.forward(trainSet.X);
        // Issue 15: one iteration of a large network takes seconds, so a stop request also cuts
        // a pass short; the weights stay those after i whole updates.
        if (hooks.stop.stop_requested()) {
            result.cancelled = true;
            break;
        }
        const bool checkpoint = i % config.costEvery == 0;
        const bool snapshotDue = hooks.snapshotEvery > 0 && (i + 1) % hooks.snapshotEvery == 0;
        CostPoint point;
        if (checkpoint) {
            // The notebook computes the cost before this iteration's update.
            point = {i,
                     config.stableLoss ? stableCost(network.logits(), trainSet.Y)
                                       : notebookCost(A, trainSet.Y, costScratch)};
            result.costs.push_back(point);
            if (std::isnan(point.cost))
                result.diverged = true;
            if (!collect)
                report(i, &point);
        }
        network.backward(trainSet.X, trainSet.Y);
        if (hooks.stop.stop_requested()) {
            if (checkpoint && collect)
                report(i, &point); // without statistics (hasStatistics false)
            result.cancelled = true;
            break;
        }
        // Issue 11: the statistics of this pass, from its own buffers, before the update changes W.
        if (collect && (checkpoint || snapshotDue)) {
            network.statistics(snapshot.statistics, i);
            snapshot.hasStatistics = true;
        }
        if (checkpoint && collect)
            report(i, &point);
        network.update(config.learningRate);
        // Read after this iteration's checkpoint report, which may have held the run while the
        // breakpoint moved (issue 12: a step from a paused checkpoint).
        if (snapshotDue
            || (hooks.breakpoint != nullptr
                && hooks.breakpoint->load(std::memory_order_relaxed) == i + 1))
            report(i + 1, nullptr);
    }
    const auto finished = std::chrono::steady_clock::now();
    result.trainSeconds = std::chrono::duration<double>(finished - started).count();
    result.iterationsDone = i;
    if (lastReported != i) { // the final weights, for the last boundary
        snapshot.hasStatistics = false;
        if (collectNow() && !result.cancelled) {
            network.forward(trainSet.X);
            network.backward(trainSet.X, trainSet.Y);
            network.statistics(snapshot.statistics, i);
            snapshot.hasStatistics = true;
        }
        report(i, nullptr);
    }

    result.finalParameters = network.parameters();
    // The cost of the final weights: the last checkpoint is the cost *before* its iteration's
    // update, so with 1000 iterations and a cost every 1000 it is the initial cost.
    const RowVector& finalA = network.forward(trainSet.X);
    result.finalCost = {i,
                        config.stableLoss ? stableCost(network.logits(), trainSet.Y)
                                          : notebookCost(finalA, trainSet.Y, costScratch)};
    // Diverged: NaN weights, or a cost still infinite at the last checkpoint after iteration 0.
    // The cost at iteration 0 judges the initialization, not the training: the large random
    // init's inf there is the notebook's lesson, not divergence, even in a run too short for a
    // second checkpoint.
    if (!allFinite(result.finalParameters)
        || (!result.costs.empty() && result.costs.back().iteration > 0
            && !std::isfinite(result.costs.back().cost)))
        result.diverged = true;
    if (result.cancelled && !hooks.predictWhenCancelled) {
        result.trainAccuracy = std::numeric_limits<double>::quiet_NaN();
        result.testAccuracy = std::numeric_limits<double>::quiet_NaN();
        return result;
    }
    result.trainPredictions = predictLabels(
        predictProbabilities(result.finalParameters, trainSet.X, config.activation));
    result.trainAccuracy = accuracy(result.trainPredictions, trainSet.Y);
    if (testSet.size() > 0) {
        result.testPredictions = predictLabels(
            predictProbabilities(result.finalParameters, testSet.X, config.activation));
        result.testAccuracy = accuracy(result.testPredictions, testSet.Y);
    } else { // your own data without a test set (issue 10): no accuracy, not 0
        result.testAccuracy = std::numeric_limits<double>::quiet_NaN();
    }
    return result;
}

} // namespace initviz
