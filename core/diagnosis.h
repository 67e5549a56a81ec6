// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The measured diagnosis of a run (issue 11, item 5): the results table's Problem/Comment earned by
// measurements of the run, not by its scheme's name.

#include "core/layer_stats.h"
#include "core/message.h"
#include "core/trainer.h"

#include <string>

namespace initviz {

/// A run's verdict: a stable ASCII code ("symmetry", "diverged", "saturated-output", "vanishing",
/// "exploding", "dead-relu", "stalled", "overfitting", "trains-well"), its short English text
/// (the command line prints it; the window words the code through tr()) and the measurement that
/// earned it (the command line prints its English, the window translates it).
struct Diagnosis {
    std::string code;
    std::string text;
    Message evidence;
};

/// Diagnoses a trained run from its result and the statistics of measureNetwork on the train set
/// at its initial (`atStart`) and final (`atEnd`) parameters. The first verdict that holds, in
/// this order: symmetry not broken, diverged, sigmoid output saturated at the start, signal
/// vanishing or exploding through depth, most ReLUs dead, learning stalled, overfitting, trains
/// well.
[[nodiscard]] Diagnosis diagnose(const TrainingResult& result, const NetworkStatistics& atStart,
                                 const NetworkStatistics& atEnd);

/// measureNetwork at the result's initial and final parameters on (X, Y), then diagnose.
[[nodiscard]] Diagnosis diagnoseRun(const TrainingResult& result, const Matrix& X,
                                    const RowVector& Y);

} // namespace initviz
