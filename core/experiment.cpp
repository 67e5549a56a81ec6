// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/experiment.h"

#include "core/dataset_csv.h"
#include "core/message.h"

#include <algorithm>
#include <cctype>
#include <stdexcept>
#include <string>

namespace initviz {

std::vector<TrainingConfig> Experiment::runConfigs() const
{
    std::vector<TrainingConfig> configs;
    for (const InitScheme scheme : schemes) {
        for (const Activation activation : activations) {
            for (int k = 0; k < seedCount; ++k) {
                TrainingConfig config = training;
                config.init = scheme;
                config.activation = activation;
                config.seed = training.seed + static_cast<std::uint32_t>(k);
                configs.push_back(config);
            }
        }
    }
    return configs;
}

void Experiment::validate() const
{
    if (schemes.empty())
        throw UserError(
            QT_TRANSLATE_NOOP("initviz::core", "select at least one initialization to compare"));
    if (seedCount < 1)
        throw UserError(QT_TRANSLATE_NOOP("initviz::core", "the seed count must be at least 1"));
    if (static_cast<double>(training.seed) + seedCount - 1 > limits::kMaxSeed)
        //: %1: how many weight seeds; %2: the first seed
        throw UserError(
            QT_TRANSLATE_NOOP("initviz::core",
                              "%1 seeds from %2 run past 4294967295, numpy's last seed"),
            {MessageArg::integer(seedCount), MessageArg::integer(training.seed)});
    if (activations.empty())
        throw UserError(QT_TRANSLATE_NOOP("initviz::core", "select at least one activation"));
    const auto runs = static_cast<long long>(schemes.size())
        * static_cast<long long>(activations.size()) * seedCount;
    if (runs > limits::kMaxRuns && activations.size() > 1)
        //: %1 initializations x %2 activations x %3 seeds = %4 runs, more than %5
        throw UserError(QT_TRANSLATE_NOOP("initviz::core",
                                          "%1 initializations with %2 activations and %3 seeds "
                                          "each make %4 runs; the window trains at most %5 side "
                                          "by side"),
                        {MessageArg::integer(schemes.size()),
                         MessageArg::integer(activations.size()), MessageArg::integer(seedCount),
                         MessageArg::integer(runs), MessageArg::integer(limits::kMaxRuns)});
    if (runs > limits::kMaxRuns)
        //: %1 initializations x %2 seeds = %3 runs, more than %4
        throw UserError(QT_TRANSLATE_NOOP("initviz::core",
                                          "%1 initializations with %2 seeds each make %3 runs; "
                                          "the window trains at most %4 side by side"),
                        {MessageArg::integer(schemes.size()), MessageArg::integer(seedCount),
                         MessageArg::integer(runs), MessageArg::integer(limits::kMaxRuns)});
    if (ownData) {
        validateOwnPoints(ownData->train);
        initviz::validate(training, std::max(ownData->train.size(), ownData->test.size()));
        return;
    }
    initviz::validate(data);
    initviz::validate(training, std::max(data.trainSamples, data.testSamples));
}

std::shared_ptr<const DatasetPair> Experiment::makeData() const
{
    if (ownData)
        return ownData;
    return std::make_shared<const DatasetPair>(makeDatasets(data));
}

void validateOwnPoints(const Dataset& train)
{
    if (train.size() == 0)
        throw UserError(QT_TRANSLATE_NOOP("initviz::core", "there are no train points"));
    if (train.size() > kMaxDataRows)
        throw UserError(QT_TRANSLATE_NOOP("initviz::core",
                                          "the train set has %1 points; at most %2 are allowed"),
                        {MessageArg::integer(train.size()), MessageArg::integer(kMaxDataRows)});
    if (!train.X.allFinite())
        throw UserError(
            QT_TRANSLATE_NOOP("initviz::core", "the train set has a point that is not finite"));
    const auto blue = (train.Y.array() == 1.0).count();
    const auto red = (train.Y.array() == 0.0).count();
    if (red + blue != train.size())
        throw UserError(
            QT_TRANSLATE_NOOP("initviz::core", "the train set has a label other than 0 and 1"));
    if (red == 0)
        throw UserError(QT_TRANSLATE_NOOP(
            "initviz::core",
            "the train set has no points of label 0 (red); both classes, 0 and 1, are needed"));
    if (blue == 0)
        throw UserError(QT_TRANSLATE_NOOP(
            "initviz::core",
            "the train set has no points of label 1 (blue); both classes, 0 and 1, are needed"));
}

namespace {
bool samePoints(const std::shared_ptr<const DatasetPair>& a,
                const std::shared_ptr<const DatasetPair>& b)
{
    if (a == b)
        return true;
    if (!a || !b)
        return false;
    const auto same = [](const Dataset& x, const Dataset& y) {
        return x.X.rows() == y.X.rows() && x.X.cols() == y.X.cols() && x.Y.size() == y.Y.size()
            && x.X == y.X && x.Y == y.Y;
    };
    return same(a->train, b->train) && same(a->test, b->test);
}
} // namespace

bool operator==(const Experiment& a, const Experiment& b)
{
    const TrainingConfig& x = a.training;
    const TrainingConfig& y = b.training;
    const DatasetOptions& p = a.data;
    const DatasetOptions& q = b.data;
    return a.schemes == b.schemes && a.activations == b.activations && a.seedCount == b.seedCount
        && x.seed == y.seed && x.activation == y.activation && x.learningRate == y.learningRate
        && x.iterations == y.iterations && x.layerDims == y.layerDims && x.costEvery == y.costEvery
        && x.stableLoss == y.stableLoss && p.trainSamples == q.trainSamples
        && p.testSamples == q.testSamples && p.noise == q.noise && p.factor == q.factor
        && p.trainSeed == q.trainSeed && p.testSeed == q.testSeed && p.kind == q.kind
        && p.spread == q.spread && samePoints(a.ownData, b.ownData);
}

int weightLayerCount(const std::vector<int>& layerDims)
{
    return std::max(0, static_cast<int>(layerDims.size()) - 1);
}

std::string schemeName(InitScheme scheme)
{
    std::string name(schemeInfo(scheme).title);
    if (!name.empty())
        name.front() = static_cast<char>(std::toupper(static_cast<unsigned char>(name.front())));
    return name;
}

std::string modelName(InitScheme scheme, const std::vector<int>& layerDims, Activation activation)
{
    std::string name = std::to_string(weightLayerCount(layerDims)) + "-layer NN with "
        + std::string(schemeInfo(scheme).title) + " initialization";
    // The notebook's ReLU goes unsaid: "11-layer NN with He initialization, tanh".
    if (activation != Activation::Relu)
        name += ", " + std::string(activationInfo(activation).title);
    return name;
}

std::string modelPlotTitle(InitScheme scheme)
{
    const std::string title(schemeInfo(scheme).title);
    const bool phrase = title.find(' ') != std::string::npos;
    return "Model with " + (phrase ? title : schemeName(scheme)) + " initialization";
}

std::string runPlotTitle(InitScheme scheme, std::optional<std::uint32_t> seed,
                         Activation activation)
{
    const std::string said = activation == Activation::Relu
        ? ""
        : ", " + std::string(activationInfo(activation).title);
    if (!seed)
        return modelPlotTitle(scheme) + said;
    return schemeName(scheme) + said + ", seed " + std::to_string(*seed);
}

} // namespace initviz
