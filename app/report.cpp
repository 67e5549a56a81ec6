// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/report.h"

#include "app/json.h"
#include "app/text_table.h"
#include "core/activations.h"
#include "core/experiment.h"
#include "core/initializers.h"
#include "core/text.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>

namespace initviz::cli {

namespace {
constexpr std::string_view kColumnSeparator = " | ";
constexpr std::string_view kDivergedNote = " (diverged)";

// A test accuracy without a test set (--data without --test-data) is NaN; it reads "none".
constexpr char kNoTestSet[] = "none";

// The notebook's table shows whole percents: 0.9933 -> "99%", 0.83 -> "83%".
std::string wholePercent(double fraction)
{
    if (std::isnan(fraction))
        return kNoTestSet;
    return std::to_string(std::lround(fraction * kPercent)) + "%";
}

std::string modelName(const TrainingResult& result)
{
    return initviz::modelName(result.config.init, result.config.layerDims,
                              result.config.activation);
}

/// The run's measured diagnosis, and whether it diverged when that is not the verdict (a symmetric
/// network that diverges stays "fails to break symmetry").
std::string comment(const TrainingResult& result, const Diagnosis& diagnosis)
{
    std::string text = diagnosis.text;
    if (result.diverged && diagnosis.code != "diverged")
        text += kDivergedNote;
    return text;
}

/// "63% to 89%" over a model's runs, or "50%" when they all round alike.
std::string percentRange(const std::vector<double>& fractions)
{
    const auto [low, high] = std::minmax_element(fractions.begin(), fractions.end());
    const std::string lowText = wholePercent(*low);
    const std::string highText = wholePercent(*high);
    return lowText == highText ? lowText : lowText + " to " + highText;
}

void writeRun(JsonWriter& json, const TrainingResult& result, const Diagnosis* diagnosis = nullptr)
{
    const TrainingConfig& config = result.config;
    json.beginObject();
    json.key("init");
    json.string(schemeInfo(config.init).name);
    json.key("activation");
    json.string(activationInfo(config.activation).name);
    json.key("seed");
    json.integer(config.seed);
    json.key("learning_rate");
    json.number(config.learningRate);
    json.key("iterations");
    json.integer(config.iterations);
    json.key("layers");
    json.beginArray();
    for (const int width : config.layerDims)
        json.integer(width);
    json.endArray();
    json.key("cost_every");
    json.integer(config.costEvery);
    json.key("stable_loss");
    json.boolean(config.stableLoss);
    json.key("costs");
    json.beginArray();
    for (const CostPoint& point : result.costs) {
        json.beginObject();
        json.key("iteration");
        json.integer(point.iteration);
        json.key("cost");
        json.number(point.cost);
        json.endObject();
    }
    json.endArray();
    json.key("train_accuracy");
    json.number(result.trainAccuracy);
    json.key("test_accuracy");
    if (std::isnan(result.testAccuracy)) // no test set
        json.null();
    else
        json.number(result.testAccuracy);
    json.key("train_predictions");
    json.string(formatPredictions(result.trainPredictions));
    json.key("test_predictions");
    json.string(formatPredictions(result.testPredictions));
    json.key("diverged");
    json.boolean(result.diverged);
    json.key("train_seconds");
    json.number(result.trainSeconds);
    if (diagnosis != nullptr)
        writeDiagnosis(json, *diagnosis);
    json.endObject();
}

void writePoints(JsonWriter& json, const Dataset& set)
{
    json.beginArray();
    for (Eigen::Index j = 0; j < set.size(); ++j) {
        json.beginArray();
        json.number(set.X(0, j));
        json.number(set.X(1, j));
        json.integer(std::lround(set.Y(j)));
        json.endArray();
    }
    json.endArray();
}
} // namespace

std::string trainText(const TrainingResult& result)
{
    std::string text;
    for (const CostPoint& point : result.costs) {
        text += "Cost after iteration " + std::to_string(point.iteration) + ": "
            + formatPython(point.cost) + "\n";
    }
    text += "On the train set:\nAccuracy: " + formatPython(result.trainAccuracy) + "\n";
    text += "On the test set:\nAccuracy: "
        + (std::isnan(result.testAccuracy) ? std::string(kNoTestSet) + " (no test set)"
                                           : formatPython(result.testAccuracy))
        + "\n";
    // Issue 15: a cost of 0.0 after a learning rate of 1e300 is not a success; say so (the
    // notebook's lines above stay as the notebook prints them).
    if (result.diverged)
        text += "Diverged: a cost or a weight is no longer finite (try a smaller learning rate)\n";
    return text;
}

std::string trainJson(const TrainingResult& result)
{
    JsonWriter json;
    writeRun(json, result);
    return json.text() + "\n";
}

void writeDiagnosis(JsonWriter& json, const Diagnosis& diagnosis)
{
    json.key("diagnosis");
    json.beginObject();
    json.key("code");
    json.string(diagnosis.code);
    json.key("text");
    json.string(diagnosis.text);
    json.key("evidence");
    json.string(diagnosis.evidence.english());
    json.endObject();
}

std::vector<Diagnosis> diagnoseAll(const std::vector<TrainingResult>& results,
                                   const DatasetPair& data)
{
    std::vector<Diagnosis> diagnoses;
    diagnoses.reserve(results.size());
    for (const TrainingResult& result : results)
        diagnoses.push_back(diagnoseRun(result, data.train.X, data.train.Y));
    return diagnoses;
}

std::string compareText(const std::vector<TrainingResult>& results,
                        const std::vector<Diagnosis>& diagnoses)
{
    const bool severalSeeds
        = std::any_of(results.begin(), results.end(), [&](const TrainingResult& result) {
              return result.config.seed != results.front().config.seed;
          });
    if (!severalSeeds) {
        std::vector<std::array<std::string, 4>> rows{
            {"Model", "Train accuracy", "Test accuracy", "Problem/Comment"}};
        for (std::size_t i = 0; i < results.size(); ++i) {
            const TrainingResult& result = results[i];
            rows.push_back({modelName(result), wholePercent(result.trainAccuracy),
                            wholePercent(result.testAccuracy), comment(result, diagnoses.at(i))});
        }
        return alignedTable(rows, kColumnSeparator);
    }

    // compare --seeds: a row per run, then each model's spread over the seeds, in first-seen
    // order.
    std::vector<std::array<std::string, 5>> rows{
        {"Model", "Seed", "Train accuracy", "Test accuracy", "Problem/Comment"}};
    std::vector<std::string> models;
    for (std::size_t i = 0; i < results.size(); ++i) {
        const TrainingResult& result = results[i];
        const std::string model = modelName(result);
        rows.push_back({model, std::to_string(result.config.seed),
                        wholePercent(result.trainAccuracy), wholePercent(result.testAccuracy),
                        comment(result, diagnoses.at(i))});
        if (std::find(models.begin(), models.end(), model) == models.end())
            models.push_back(model);
    }
    std::vector<std::array<std::string, 4>> spread{
        {"Over the seeds", "Runs", "Train accuracy", "Test accuracy"}};
    for (const std::string& model : models) {
        std::vector<double> train;
        std::vector<double> test;
        for (const TrainingResult& result : results) {
            if (modelName(result) == model) {
                train.push_back(result.trainAccuracy);
                test.push_back(result.testAccuracy);
            }
        }
        spread.push_back(
            {model, std::to_string(train.size()), percentRange(train), percentRange(test)});
    }
    return alignedTable(rows, kColumnSeparator) + "\n" + alignedTable(spread, kColumnSeparator);
}

std::string compareJson(const std::vector<TrainingResult>& results,
                        const std::vector<Diagnosis>& diagnoses)
{
    JsonWriter json;
    json.beginArray();
    for (std::size_t i = 0; i < results.size(); ++i)
        writeRun(json, results[i], &diagnoses.at(i));
    json.endArray();
    return json.text() + "\n";
}

std::string datasetText(const DatasetPair& data)
{
    std::vector<std::array<std::string, 4>> rows{{"set", "x1", "x2", "label"}};
    const auto addRows = [&rows](const char* setName, const Dataset& set) {
        for (Eigen::Index j = 0; j < set.size(); ++j) {
            rows.push_back({setName, formatPython(set.X(0, j)), formatPython(set.X(1, j)),
                            std::to_string(std::lround(set.Y(j)))});
        }
    };
    addRows("train", data.train);
    addRows("test", data.test);
    return alignedTable(rows, "  ");
}

std::string datasetJson(const DatasetPair& data)
{
    JsonWriter json;
    json.beginObject();
    json.key("train");
    writePoints(json, data.train);
    json.key("test");
    writePoints(json, data.test);
    json.endObject();
    return json.text() + "\n";
}

} // namespace initviz::cli

namespace initviz::cli {

std::string benchText(const BenchmarkReport& report)
{
    char line[256];
    std::string text = "InitViz benchmark: " + report.build + ", "
        + std::to_string(report.hardwareThreads) + " hardware threads, median of "
        + std::to_string(report.repetitions) + " repetitions after a warm-up\n";
    for (const BenchmarkFigure& figure : report.figures) {
        std::snprintf(line, sizeof line, "  %-62s %10.3f ms  %7.2f GFLOP/s\n",
                      figure.description.c_str(), figure.seconds * 1e3, figure.gflops());
        text += line;
    }
    std::snprintf(line, sizeof line,
                  "  four runs concurrently are %.2fx as fast as one after another\n",
                  report.concurrencySpeedup);
    text += line;
    return text;
}

std::string benchJson(const BenchmarkReport& report)
{
    JsonWriter json;
    json.beginObject();
    json.key("build");
    json.string(report.build);
    json.key("hardware_threads");
    json.integer(report.hardwareThreads);
    json.key("repetitions");
    json.integer(report.repetitions);
    json.key("concurrency_speedup");
    json.number(report.concurrencySpeedup);
    json.key("figures");
    json.beginArray();
    for (const BenchmarkFigure& figure : report.figures) {
        json.beginObject();
        json.key("name");
        json.string(figure.name);
        json.key("description");
        json.string(figure.description);
        json.key("seconds");
        json.number(figure.seconds);
        json.key("min_seconds");
        json.number(figure.minSeconds);
        json.key("max_seconds");
        json.number(figure.maxSeconds);
        json.key("flops");
        json.number(figure.flops);
        json.key("gflops");
        json.number(figure.gflops());
        json.key("points");
        json.integer(figure.points);
        json.endObject();
    }
    json.endArray();
    json.endObject();
    return json.text() + "\n";
}

} // namespace initviz::cli
