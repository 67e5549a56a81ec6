// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/diagnosis.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <utility>

namespace initviz {

namespace {
// Share of samples whose output is 0 or 1 to 1e-12 at the start above which the sigmoid output is
// "saturated": the notebook's random x10 run has about a third of its points there (its first cost
// is inf); He has none. A tenth is far from both.
constexpr double kSaturatedOutputFraction = 0.1;
// The activation std's ratio, first to last hidden layer, at the start, beyond which the signal
// vanishes or explodes through depth: the 10x either way (an order of magnitude is what
// the Glorot and He papers show per few layers, where He and Xavier on tanh stay within ~2x).
constexpr double kDepthRatio = 10.0;
// Share of the hidden ReLU units' outputs that are 0 at the end above which "most ReLUs are dead":
// a healthy ReLU layer has about half its entries 0 (the pre-activation's sign), so "most" means
// clearly more than half.
constexpr double kDeadFraction = 0.75;
// A cost above this over the last half of the checkpoints is a plateau: log(2) = 0.693 is the
// cost of predicting 0.5 everywhere, and 0.6 is hardly better than that.
constexpr double kStalledCost = 0.6;
// Train minus test accuracy above this (10 points) is overfitting, as the issue says.
constexpr double kOverfitGap = 0.10;
// The evidence's numbers: standard deviations with 3 significant digits, costs with 4; shares
// of points or units as percents with 1 decimal, accuracies as whole percents.
constexpr int kStdDigits = 3;
constexpr int kCostDigits = 4;
constexpr int kShareDecimals = 1;
constexpr int kAccuracyDecimals = 0;

/// Whether W has several rows, all identical (the units of a symmetric layer compute the same).
bool allRowsIdentical(const Matrix& W)
{
    for (Eigen::Index i = 1; i < W.rows(); ++i) {
        if (W.row(i) != W.row(0))
            return false;
    }
    return W.rows() > 1;
}

bool allFinite(const Parameters& parameters)
{
    for (std::size_t l = 0; l < parameters.layerCount(); ++l) {
        if (!parameters.W[l].allFinite() || !parameters.b[l].allFinite())
            return false;
    }
    return true;
}

std::optional<Diagnosis> symmetry(const TrainingResult& result)
{
    const Parameters& start = result.initialParameters;
    const Parameters& end = result.finalParameters;
    // Hidden layers only: the output layer has one row.
    for (std::size_t l = 0; l + 1 < start.layerCount() && l + 1 < end.layerCount(); ++l) {
        if (allRowsIdentical(start.W[l]) && allRowsIdentical(end.W[l])) {
            //: %1: the weight matrix's layer (W1, W2, ...); %2: its number of rows (units)
            Message evidence{
                QT_TRANSLATE_NOOP("initviz::core",
                                  "W%1: %2 identical rows at the start and at the end"),
                {MessageArg::integer(l + 1), MessageArg::integer(start.W[l].rows())}};
            return Diagnosis{"symmetry", "fails to break symmetry", std::move(evidence)};
        }
    }
    return std::nullopt;
}

std::optional<Diagnosis> diverged(const TrainingResult& result)
{
    // As the trainer's `diverged` says it: a NaN cost, or the last cost after iteration 0 still
    // infinite. An inf on the way (a point predicted exactly wrong, then learned: two-point sets)
    // or the first cost of a saturated output (the notebook's random x10) is not divergence.
    for (const CostPoint& point : result.costs) {
        if (std::isnan(point.cost)) {
            return Diagnosis{"diverged",
                             "diverged",
                             {QT_TRANSLATE_NOOP("initviz::core", "cost NaN at iteration %1"),
                              {MessageArg::integer(point.iteration)}}};
        }
    }
    if (!result.costs.empty() && result.costs.back().iteration > 0
        && std::isinf(result.costs.back().cost)) {
        //: inf: the cost is infinite
        return Diagnosis{"diverged",
                         "diverged",
                         {QT_TRANSLATE_NOOP("initviz::core", "cost still inf at iteration %1"),
                          {MessageArg::integer(result.costs.back().iteration)}}};
    }
    // The final weights' cost, after the last checkpoint: the verdict does not hang on how often
    // the cost was recorded (a cost every 1000 of 1000 iterations records only the first).
    if (result.finalCost.iteration > 0 && !std::isfinite(result.finalCost.cost)) {
        const MessageArg iterations = MessageArg::integer(result.finalCost.iteration);
        if (std::isnan(result.finalCost.cost))
            return Diagnosis{
                "diverged",
                "diverged",
                {QT_TRANSLATE_NOOP("initviz::core", "cost NaN after %1 iterations"), {iterations}}};
        //: inf: the cost is infinite
        return Diagnosis{
            "diverged",
            "diverged",
            {QT_TRANSLATE_NOOP("initviz::core", "cost inf after %1 iterations"), {iterations}}};
    }
    if (result.diverged || !allFinite(result.finalParameters))
        return Diagnosis{
            "diverged",
            "diverged",
            {QT_TRANSLATE_NOOP("initviz::core", "the final weights are not all finite")}};
    return std::nullopt;
}

std::optional<Diagnosis> saturatedOutput(const TrainingResult& result,
                                         const NetworkStatistics& atStart)
{
    const bool infCost = !result.costs.empty() && result.costs.front().iteration == 0
        && std::isinf(result.costs.front().cost);
    const double fraction = atStart.outputSaturatedFraction;
    if (fraction <= kSaturatedOutputFraction && !infCost)
        return std::nullopt;
    const MessageArg share = MessageArg::percent(fraction, kShareDecimals);
    if (infCost)
        //: %1: a share of the points ("33.5%"); the sigmoid output is 0 or 1 there
        return Diagnosis{"saturated-output",
                         "too large weights",
                         {QT_TRANSLATE_NOOP("initviz::core",
                                            "output saturated at the start on %1 of the points; "
                                            "cost inf at iteration 0"),
                          {share}}};
    //: %1: a share of the points ("33.5%"); the sigmoid output is 0 or 1 there
    return Diagnosis{
        "saturated-output",
        "too large weights",
        {QT_TRANSLATE_NOOP("initviz::core", "output saturated at the start on %1 of the points"),
         {share}}};
}

std::optional<Diagnosis> depthSignal(const NetworkStatistics& atStart)
{
    const std::size_t hidden = atStart.layers.empty() ? 0 : atStart.layers.size() - 1;
    if (hidden < 2)
        return std::nullopt;
    const double first = atStart.layers.front().activationStd;
    const double last = atStart.layers[hidden - 1].activationStd;
    //: std: standard deviation of the layer's activations; %3: the last hidden layer's number
    const Message evidence{QT_TRANSLATE_NOOP("initviz::core",
                                             "activation std %1 in layer 1, %2 in layer %3 at the "
                                             "start"),
                           {MessageArg::significant(first, kStdDigits),
                            MessageArg::significant(last, kStdDigits),
                            MessageArg::integer(hidden)}};
    if (last * kDepthRatio < first)
        return Diagnosis{"vanishing", "signal vanishes through depth", evidence};
    if (last > first * kDepthRatio)
        return Diagnosis{"exploding", "signal explodes through depth", evidence};
    return std::nullopt;
}

std::optional<Diagnosis> deadRelu(const TrainingResult& result, const NetworkStatistics& atEnd)
{
    if (result.config.activation != Activation::Relu || atEnd.layers.size() < 2)
        return std::nullopt;
    double dead = 0.0;
    double entries = 0.0;
    for (std::size_t l = 0; l + 1 < atEnd.layers.size(); ++l) {
        const double units = result.config.layerDims[l + 1];
        dead += atEnd.layers[l].deadFraction * units;
        entries += units;
    }
    const double fraction = dead / entries;
    if (fraction <= kDeadFraction)
        return std::nullopt;
    //: %1: a share of the hidden units' outputs ("80.0%")
    return Diagnosis{
        "dead-relu",
        "most ReLUs are dead",
        {QT_TRANSLATE_NOOP("initviz::core", "%1 of the hidden ReLU outputs are 0 at the end"),
         {MessageArg::percent(fraction, kShareDecimals)}}};
}

std::optional<Diagnosis> stalled(const TrainingResult& result)
{
    if (result.costs.size() < 2)
        return std::nullopt;
    const std::size_t half = result.costs.size() / 2;
    double lowest = result.costs[half].cost;
    for (std::size_t i = half; i < result.costs.size(); ++i)
        lowest = std::min(lowest, result.costs[i].cost);
    if (!(lowest > kStalledCost))
        return std::nullopt;
    //: %1: a cost; over the last half of the recorded costs; %2: the lowest of them
    return Diagnosis{
        "stalled",
        "learning stalled",
        {QT_TRANSLATE_NOOP("initviz::core", "cost stays above %1 over the last half (lowest %2)"),
         {MessageArg::significant(kStalledCost, kStdDigits),
          MessageArg::significant(lowest, kCostDigits)}}};
}

std::optional<Diagnosis> overfitting(const TrainingResult& result)
{
    const double gap = result.trainAccuracy - result.testAccuracy;
    if (!(gap > kOverfitGap)) // NaN without a test set
        return std::nullopt;
    return Diagnosis{"overfitting",
                     "overfitting",
                     {QT_TRANSLATE_NOOP("initviz::core", "train accuracy %1, test accuracy %2"),
                      {MessageArg::percent(result.trainAccuracy, kAccuracyDecimals),
                       MessageArg::percent(result.testAccuracy, kAccuracyDecimals)}}};
}
} // namespace

Diagnosis diagnose(const TrainingResult& result, const NetworkStatistics& atStart,
                   const NetworkStatistics& atEnd)
{
    for (auto verdict :
         {symmetry(result), diverged(result), saturatedOutput(result, atStart),
          depthSignal(atStart), deadRelu(result, atEnd), stalled(result), overfitting(result)}) {
        if (verdict)
            return *verdict;
    }
    const MessageArg cost = MessageArg::significant(result.finalCost.cost, kCostDigits);
    // The notebook's words for the run that trains well (its He row), earned here by measurement.
    if (std::isnan(result.trainAccuracy)) // inspect at iteration 0 has no accuracy
        return Diagnosis{"trains-well",
                         "recommended method",
                         {QT_TRANSLATE_NOOP("initviz::core", "final cost %1"), {cost}}};
    return Diagnosis{"trains-well",
                     "recommended method",
                     {QT_TRANSLATE_NOOP("initviz::core", "final cost %1, train accuracy %2"),
                      {cost, MessageArg::percent(result.trainAccuracy, kAccuracyDecimals)}}};
}

Diagnosis diagnoseRun(const TrainingResult& result, const Matrix& X, const RowVector& Y)
{
    const NetworkStatistics atStart
        = measureNetwork(result.initialParameters, result.config.activation, X, Y, 0);
    const NetworkStatistics atEnd = measureNetwork(result.finalParameters, result.config.activation,
                                                   X, Y, result.iterationsDone);
    return diagnose(result, atStart, atEnd);
}

} // namespace initviz
