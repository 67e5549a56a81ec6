// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 11: per-layer statistics against the numpy reference's golden files
// (tests/reference/layer_stats.py, stats_*.json), shared by tst_layer_stats and tst_cli_inspect.
#pragma once

#include "core/activations.h"
#include "core/initializers.h"
#include "core/layer_stats.h"
#include "core/trainer.h"
#include "exact.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <algorithm>
#include <cmath>
#include <limits>

namespace initviz::test {

using initviz::LayerStatistics;
using initviz::NetworkStatistics;

// The tolerances: relative 1e-12 at initialization, 1e-9 after training (the two sides'
// products and sums run in different orders, and training compounds the differences).
inline constexpr double kAtInitialization = 1e-12;
inline constexpr double kAfterTraining = 1e-9;

inline QJsonObject golden(const QString& name)
{
    QFile file(QStringLiteral(INITVIZ_TESTS_DIR "/reference/golden/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

// The two sides' activations may differ by an ulp or two of their size (the vectorised sigmoid,
// products summed in another order): on entries that barely vary (the small initialization's
// output, 0.5 +- 6e-7), that alone moves their mean and std by this many ulps of the entries.
inline constexpr double kEntryUlps = 8.0;

/// |got - want| <= tolerance * scale + floor, scale = |want| unless given (a mean near 0 is
/// compared relative to the spread of the entries it averages).
inline QString mismatch(const char* field, int layer, double got, double want, double tolerance,
                        double scale = -1.0, double floor = 0.0)
{
    if (scale < 0.0)
        scale = std::abs(want);
    if (std::abs(got - want) <= tolerance * scale + floor)
        return {};
    return QStringLiteral("layer %1 %2: got %3, want %4 (tolerance %5 x %6)")
        .arg(layer)
        .arg(QLatin1String(field))
        .arg(got, 0, 'g', 17)
        .arg(want, 0, 'g', 17)
        .arg(tolerance)
        .arg(scale);
}

/// Every field of `got` against the golden layers: empty if all agree, else the first difference.
inline QString compareWithGolden(const NetworkStatistics& got, const QJsonObject& want,
                                 double tolerance, bool withHistogram = true)
{
    const QJsonArray layers = want.value(QStringLiteral("layers")).toArray();
    if (got.iteration != want.value(QStringLiteral("iteration")).toInt())
        return QStringLiteral("iteration %1, want %2")
            .arg(got.iteration)
            .arg(want.value(QStringLiteral("iteration")).toInt());
    if (got.layers.size() != static_cast<std::size_t>(layers.size()))
        return QStringLiteral("%1 layers, want %2").arg(got.layers.size()).arg(layers.size());
    for (qsizetype l = 0; l < layers.size(); ++l) {
        const QJsonObject expected = layers.at(l).toObject();
        const LayerStatistics& layer = got.layers[static_cast<std::size_t>(l)];
        const auto value
            = [&](const char* key) { return expected.value(QLatin1String(key)).toDouble(); };
        if (layer.layer != expected.value(QStringLiteral("layer")).toInt())
            return QStringLiteral("layer numbered %1, want %2").arg(layer.layer).arg(l + 1);
        const double spread = std::max(std::abs(value("activation_mean")), value("activation_std"));
        const double entryUlps = kEntryUlps * std::numeric_limits<double>::epsilon()
            * std::max(std::abs(value("histogram_low")), std::abs(value("histogram_high")));
        for (const QString& d :
             {mismatch("activation_mean", layer.layer, layer.activationMean,
                       value("activation_mean"), tolerance, spread, entryUlps),
              mismatch("activation_std", layer.layer, layer.activationStd, value("activation_std"),
                       tolerance, -1.0, entryUlps),
              mismatch("weight_std", layer.layer, layer.weightStd, value("weight_std"), tolerance),
              mismatch("gradient_norm", layer.layer, layer.gradientNorm, value("gradient_norm"),
                       tolerance),
              mismatch("delta_std", layer.layer, layer.deltaStd, value("delta_std"), tolerance),
              // inspect's JSON has no histogram: then its range is not compared either
              mismatch("histogram_low", layer.layer,
                       withHistogram ? layer.histogramLow : value("histogram_low"),
                       value("histogram_low"), tolerance),
              mismatch("histogram_high", layer.layer,
                       withHistogram ? layer.histogramHigh : value("histogram_high"),
                       value("histogram_high"), tolerance),
              // counts over the same entries: exact
              mismatch("dead_fraction", layer.layer, layer.deadFraction, value("dead_fraction"),
                       0.0),
              mismatch("saturated_fraction", layer.layer, layer.saturatedFraction,
                       value("saturated_fraction"), 0.0)}) {
            if (!d.isEmpty())
                return d;
        }
        if (!withHistogram)
            continue;
        const QJsonArray histogram = expected.value(QStringLiteral("histogram")).toArray();
        if (histogram.size() != initviz::kHistogramBins)
            return QStringLiteral("golden histogram has %1 bins").arg(histogram.size());
        for (int b = 0; b < initviz::kHistogramBins; ++b) {
            const auto count = static_cast<std::uint32_t>(histogram.at(b).toInt());
            if (layer.histogram[static_cast<std::size_t>(b)] != count)
                return QStringLiteral("layer %1 histogram bin %2: got %3, want %4")
                    .arg(layer.layer)
                    .arg(b)
                    .arg(layer.histogram[static_cast<std::size_t>(b)])
                    .arg(count);
        }
    }
    const double saturated = want.value(QStringLiteral("output_saturated_fraction")).toDouble();
    if (got.outputSaturatedFraction != saturated)
        return QStringLiteral("output saturated fraction %1, want %2")
            .arg(got.outputSaturatedFraction)
            .arg(saturated);
    return {};
}

inline initviz::TrainingConfig configOf(const QJsonObject& want)
{
    initviz::TrainingConfig config;
    config.init
        = *initviz::parseInitScheme(want.value(QStringLiteral("init")).toString().toStdString());
    config.activation = *initviz::parseActivation(
        want.value(QStringLiteral("activation")).toString().toStdString());
    config.seed = static_cast<std::uint32_t>(want.value(QStringLiteral("seed")).toInt());
    config.learningRate = want.value(QStringLiteral("learning_rate")).toDouble();
    config.layerDims.clear();
    for (const QJsonValue& width : want.value(QStringLiteral("layer_dims")).toArray())
        config.layerDims.push_back(width.toInt());
    return config;
}

/// Every field bit for bit (the live statistics and measureNetwork run the same code on the same
/// pass).
inline QString compareBits(const NetworkStatistics& got, const NetworkStatistics& want,
                           bool withHistogram = true)
{
    if (got.iteration != want.iteration || got.layers.size() != want.layers.size())
        return QStringLiteral("iteration %1 / %2 layers, want %3 / %4")
            .arg(got.iteration)
            .arg(got.layers.size())
            .arg(want.iteration)
            .arg(want.layers.size());
    for (std::size_t l = 0; l < got.layers.size(); ++l) {
        const LayerStatistics& a = got.layers[l];
        const LayerStatistics& b = want.layers[l];
        const double pairs[][2] = {{a.activationMean, b.activationMean},
                                   {a.activationStd, b.activationStd},
                                   {a.deadFraction, b.deadFraction},
                                   {a.saturatedFraction, b.saturatedFraction},
                                   {a.weightStd, b.weightStd},
                                   {a.gradientNorm, b.gradientNorm},
                                   {a.deltaStd, b.deltaStd},
                                   {a.histogramLow, b.histogramLow},
                                   {a.histogramHigh, b.histogramHigh}};
        for (std::size_t f = 0; f < std::size(pairs); ++f) {
            if (!sameBits(pairs[f][0], pairs[f][1]))
                return QStringLiteral("layer %1 field %2: %3")
                    .arg(l + 1)
                    .arg(f)
                    .arg(initviz::test::bitsMismatch(pairs[f][0], pairs[f][1]));
        }
        if (a.layer != b.layer || (withHistogram && a.histogram != b.histogram))
            return QStringLiteral("layer %1: number or histogram differs").arg(l + 1);
    }
    if (!sameBits(got.outputSaturatedFraction, want.outputSaturatedFraction))
        return QStringLiteral("output saturated fraction differs");
    return {};
}

} // namespace initviz::test
