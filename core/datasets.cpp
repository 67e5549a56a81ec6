// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/datasets.h"

#include "core/dataset_kinds.h"
#include "core/message.h"
#include "core/text.h"

#include <cmath>
#include <numbers>
#include <numeric>
#include <stdexcept>
#include <string>
#include <vector>

namespace initviz {

namespace {
constexpr int kMinSamples = 2;
// More points than any screen or classroom can use; keeps generation and training bounded.
constexpr int kMaxSamples = 1'000'000;

void validateFactor(double factor, const MessageArg& what)
{
    if (!std::isfinite(factor) || factor < 0.0 || factor >= 1.0)
        //: %1: the data set ("circles") or its generator ("make_circles"); the circles' factor
        throw UserError(QT_TRANSLATE_NOOP("initviz::core",
                                          "%1: factor must be in [0, 1), as in sklearn (got %2)"),
                        {what, MessageArg::real(factor)});
}

void validateSpread(double spread, const MessageArg& what)
{
    if (!std::isfinite(spread) || spread <= 0.0)
        //: %1: the data set ("blobs"); the spread of the blobs around their centres
        throw UserError(
            QT_TRANSLATE_NOOP("initviz::core", "%1: spread must be a finite number > 0 (got %2)"),
            {what, MessageArg::real(spread)});
}

void validateParameters(const DatasetOptions& options, const MessageArg& what)
{
    const unsigned uses = datasetKindInfo(options.kind).parameters;
    if (uses & kUsesNoise)
        validateNoise(options.noise, what);
    if (uses & kUsesFactor)
        validateFactor(options.factor, what);
    if (uses & kUsesSpread)
        validateSpread(options.spread, what);
}
} // namespace

void validateSampleCount(int samples, const MessageArg& what)
{
    if (samples < kMinSamples)
        //: %1: "train set", "test set" or a generator ("make_moons"); %2: the least; %3: given
        throw UserError(
            QT_TRANSLATE_NOOP("initviz::core", "%1: sample count must be at least %2 (got %3)"),
            {what, MessageArg::integer(kMinSamples), MessageArg::integer(samples)});
    if (samples > kMaxSamples)
        //: %1: "train set", "test set" or a generator ("make_moons"); %2: the most; %3: given
        throw UserError(
            QT_TRANSLATE_NOOP("initviz::core", "%1: sample count must be at most %2 (got %3)"),
            {what, MessageArg::integer(kMaxSamples), MessageArg::integer(samples)});
}

void validateNoise(double noise, const MessageArg& what)
{
    if (!std::isfinite(noise) || noise < 0.0)
        //: %1: the data set ("moons") or its generator ("make_moons")
        throw UserError(
            QT_TRANSLATE_NOOP("initviz::core", "%1: noise must be a finite number >= 0 (got %2)"),
            {what, MessageArg::real(noise)});
}

Dataset makeCircles(int samples, double noise, double factor, NumpyRandom& rng)
{
    const MessageArg what = MessageArg::text("make_circles");
    validateSampleCount(samples, what);
    validateNoise(noise, what);
    validateFactor(factor, what);
    const int outer = samples / 2;
    const int inner = samples - outer;

    // Rows are the outer circle (label 0) then the inner one (label 1); angles are
    // np.linspace(0, 2 pi, n, endpoint=False) = i * (2 pi / n).
    std::vector<double> px(static_cast<std::size_t>(samples));
    std::vector<double> py(px.size());
    std::vector<double> label(px.size());
    const double twoPi = 2.0 * std::numbers::pi;
    for (int i = 0; i < outer; ++i) {
        const double t = i * (twoPi / outer) + 0.0;
        px[static_cast<std::size_t>(i)] = std::cos(t);
        py[static_cast<std::size_t>(i)] = std::sin(t);
        label[static_cast<std::size_t>(i)] = 0.0;
    }
    for (int i = 0; i < inner; ++i) {
        const double t = i * (twoPi / inner) + 0.0;
        const auto row = static_cast<std::size_t>(outer + i);
        px[row] = std::cos(t) * factor;
        py[row] = std::sin(t) * factor;
        label[row] = 1.0;
    }

    // sklearn.utils.shuffle: permute np.arange(n) with the generator, then index the rows.
    std::vector<int> order(px.size());
    std::iota(order.begin(), order.end(), 0);
    rng.shuffle(std::span<int>(order));

    Dataset data;
    data.X.resize(2, samples);
    data.Y.resize(samples);
    for (int k = 0; k < samples; ++k) {
        const auto source = static_cast<std::size_t>(order[static_cast<std::size_t>(k)]);
        data.X(0, k) = px[source];
        data.X(1, k) = py[source];
        data.Y(k) = label[source];
    }
    // X += normal(scale=noise, size=(n, 2)), drawn row by row: x then y of each point.
    for (int k = 0; k < samples; ++k) {
        data.X(0, k) += rng.normal(0.0, noise);
        data.X(1, k) += rng.normal(0.0, noise);
    }
    return data;
}

void validate(const DatasetOptions& options)
{
    validateSampleCount(options.trainSamples,
                        MessageArg::nested({QT_TRANSLATE_NOOP("initviz::core", "train set")}));
    validateSampleCount(options.testSamples,
                        MessageArg::nested({QT_TRANSLATE_NOOP("initviz::core", "test set")}));
    validateParameters(options, MessageArg::text(datasetKindInfo(options.kind).name));
}

DatasetPair makeDatasets(const DatasetOptions& options)
{
    validate(options);
    const auto generate = datasetKindInfo(options.kind).generate;
    NumpyRandom rng(options.trainSeed);
    DatasetPair pair;
    pair.train = generate(options.trainSamples, options, rng);
    rng.seed(options.testSeed);
    pair.test = generate(options.testSamples, options, rng);
    return pair;
}

} // namespace initviz
