// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/benchmark.h"
#include "core/datasets.h"
#include "core/diagnosis.h"
#include "core/trainer.h"

#include <string>
#include <vector>

namespace initviz::cli {

/// A fraction times this is its percentage (the reports' accuracies, inspect's fractions).
inline constexpr double kPercent = 100.0;

class JsonWriter;

/// What the headless commands print, as text ending in a newline. Numbers print as Python's
/// repr (core's formatPython), so the text matches the notebook's to the digit.

/// `train`: the notebook's "Cost after iteration i: c" lines, then the train and test accuracy.
[[nodiscard]] std::string trainText(const TrainingResult& result);

/// `train --json`: one object with the configuration, the costs (non-finite as "inf"/"nan"),
/// accuracies, 0/1 prediction strings, "diverged" and "train_seconds".
[[nodiscard]] std::string trainJson(const TrainingResult& result);

/// `compare`: the notebook's conclusion table, Model | Train accuracy | Test accuracy |
/// Problem/Comment, one row per run in the given order, columns aligned. Problem/Comment is the
/// run's measured diagnosis (core/diagnosis.h; diagnoses[i] is results[i]'s). Runs with different
/// seeds (compare --seeds) get a Seed column and a second table: each model's accuracy range.
[[nodiscard]] std::string compareText(const std::vector<TrainingResult>& results,
                                      const std::vector<Diagnosis>& diagnoses);

/// `compare --json`: an array of trainJson objects, each with its run's
/// "diagnosis": {"code", "text", "evidence"}.
[[nodiscard]] std::string compareJson(const std::vector<TrainingResult>& results,
                                      const std::vector<Diagnosis>& diagnoses);

/// The diagnosis of every run, on the train set they trained on.
[[nodiscard]] std::vector<Diagnosis> diagnoseAll(const std::vector<TrainingResult>& results,
                                                 const DatasetPair& data);

/// "diagnosis": {"code", "text", "evidence"} into an open JSON object (compare and inspect).
void writeDiagnosis(JsonWriter& json, const Diagnosis& diagnosis);

/// `dataset`: one row per point, "set x1 x2 label", train points then test points.
[[nodiscard]] std::string datasetText(const DatasetPair& data);

/// `dataset --json`: {"train":[[x1,x2,label],...],"test":[...]}.
[[nodiscard]] std::string datasetJson(const DatasetPair& data);

/// `bench`: one line per figure with its unit and GFLOP/s, then the concurrency speed-up.
[[nodiscard]] std::string benchText(const BenchmarkReport& report);

/// `bench --json`: {"build", "hardware_threads", "repetitions", "concurrency_speedup",
/// "figures": [{"name", "description", "seconds", "min_seconds", "max_seconds", "flops",
/// "gflops", "points"}]}.
[[nodiscard]] std::string benchJson(const BenchmarkReport& report);

} // namespace initviz::cli
