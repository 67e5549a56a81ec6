// SPDX-License-Identifier: GPL-3.0-or-later
// `initviz inspect`: what happens inside one network (issue 11), as a table or JSON.
#include "app/inspect.h"

#include "app/json.h"
#include "app/report.h"
#include "app/text_table.h"
#include "core/activations.h"
#include "core/initializers.h"
#include "core/network.h"
#include "core/text.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <limits>
#include <utility>
#include <vector>

namespace initviz::cli {

namespace {
constexpr int kColumns = 9;

// Four significant digits: enough to see a std halve per layer or a gradient vanish.
std::string figure(double value)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.4g", value);
    return text;
}

std::string percent(double fraction)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.1f%%", fraction * kPercent);
    return text;
}
} // namespace

InspectedNetwork inspectNetwork(const TrainingConfig& config, const DatasetPair& data,
                                int iteration)
{
    const Matrix& X = data.train.X;
    const RowVector& Y = data.train.Y;
    TrainingResult result;
    result.config = config;
    if (iteration > 0) {
        TrainingConfig run = config;
        run.iterations = iteration;
        result = train(run, data);
    } else {
        // From the start alone: see inspect.h.
        result.initialParameters = initializeParameters(config.layerDims, config.init, config.seed);
        result.finalParameters = result.initialParameters;
        Network network(result.initialParameters, config.activation);
        result.finalCost = {0, notebookCost(network.forward(X), Y)};
        result.costs = {result.finalCost};
        result.trainAccuracy = std::numeric_limits<double>::quiet_NaN();
        result.testAccuracy = std::numeric_limits<double>::quiet_NaN();
    }
    InspectedNetwork inspected;
    inspected.statistics
        = measureNetwork(result.finalParameters, config.activation, X, Y, iteration);
    const NetworkStatistics atStart = iteration > 0
        ? measureNetwork(result.initialParameters, config.activation, X, Y, 0)
        : inspected.statistics;
    inspected.diagnosis = diagnose(result, atStart, inspected.statistics);
    return inspected;
}

std::string inspectText(const InspectedNetwork& inspected, const TrainingConfig& config,
                        Eigen::Index samples)
{
    const NetworkStatistics& statistics = inspected.statistics;
    std::string text = "Layers of " + std::string(schemeInfo(config.init).title) + ", "
        + std::string(activationInfo(config.activation).title) + ", layers "
        + formatLayers(config.layerDims) + ", seed " + std::to_string(config.seed)
        + (statistics.iteration == 0
               ? std::string(" at initialization")
               : " after " + std::to_string(statistics.iteration) + " iterations")
        + " (train set, " + std::to_string(samples) + " points)\n\n";
    std::vector<std::array<std::string, kColumns>> rows;
    rows.push_back(
        {"Layer", "Units", "A mean", "A std", "Dead", "Saturated", "W std", "||dW||", "dZ std"});
    for (const LayerStatistics& layer : statistics.layers) {
        const bool output = layer.layer == static_cast<int>(statistics.layers.size());
        rows.push_back({std::to_string(layer.layer) + (output ? " (output)" : ""),
                        std::to_string(config.layerDims[static_cast<std::size_t>(layer.layer)]),
                        figure(layer.activationMean), figure(layer.activationStd),
                        percent(layer.deadFraction), percent(layer.saturatedFraction),
                        figure(layer.weightStd), figure(layer.gradientNorm),
                        figure(layer.deltaStd)});
    }
    text += alignedTable(rows, "  ");
    text += "\nOutput saturated (a <= 1e-12 or a >= 1 - 1e-12): "
        + percent(statistics.outputSaturatedFraction) + " of the points\n";
    text += "Diagnosis: " + inspected.diagnosis.text + " (" + inspected.diagnosis.evidence.english()
        + ")\n";
    return text;
}

std::string inspectJson(const InspectedNetwork& inspected)
{
    const NetworkStatistics& statistics = inspected.statistics;
    JsonWriter json;
    json.beginObject();
    json.key("iteration");
    json.integer(statistics.iteration);
    json.key("layers");
    json.beginArray();
    for (const LayerStatistics& layer : statistics.layers) {
        json.beginObject();
        json.key("layer");
        json.integer(layer.layer);
        const std::pair<const char*, double> fields[]
            = {{"activation_mean", layer.activationMean},
               {"activation_std", layer.activationStd},
               {"dead_fraction", layer.deadFraction},
               {"saturated_fraction", layer.saturatedFraction},
               {"weight_std", layer.weightStd},
               {"gradient_norm", layer.gradientNorm},
               {"delta_std", layer.deltaStd}};
        for (const auto& [name, value] : fields) {
            json.key(name);
            json.number(value);
        }
        json.endObject();
    }
    json.endArray();
    json.key("output_saturated_fraction");
    json.number(statistics.outputSaturatedFraction);
    writeDiagnosis(json, inspected.diagnosis);
    json.endObject();
    return json.text() + "\n";
}

} // namespace initviz::cli
