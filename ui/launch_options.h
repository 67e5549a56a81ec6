// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/activations.h"
#include "core/datasets.h"
#include "core/experiment.h"
#include "core/initializers.h"
#include "core/trainer.h"

#include <QString>

#include <optional>
#include <vector>

namespace initviz::ui {

/// What the command line asks of the window (`initviz [options]` with no command).
struct LaunchOptions {
    /// True when --inits or any training/dataset option was given: the window then uses
    /// `inits`, `training` and `data` (unspecified ones at the notebook's values) instead of the
    /// settings remembered from the last session.
    bool overrideSettings = false;
    std::vector<InitScheme> inits{InitScheme::Zeros, InitScheme::Random, InitScheme::He};
    /// --activations: every initialization trains with each (training.activation is ignored).
    std::vector<Activation> activations{Activation::Relu};
    TrainingConfig training; ///< `init` is ignored: one run per entry of `inits`
    int seedCount = 1; ///< each initialization trains with seeds training.seed, +1, ... (--seeds)
    DatasetOptions data;
    bool maxSpeed = false; ///< --speed max: train unpaced
    bool start = false; ///< --start: press Start once the window is shown
    QString screenshotPath; ///< --screenshot FILE.png: grab the window when all runs finish
    bool quitWhenDone = false; ///< --quit-when-done: exit 0 when all runs finish
    bool showLayers = false; ///< --show-layers: open the Layers panel (issue 11)
    bool showDepth = false; ///< --show-depth: open the Depth panel (issue 11)
    /// Issue 12: `initviz FILE.initviz`, the file already read (readExperimentFile): the window
    /// opens with its experiment, as that file. Empty without one.
    QString experimentPath;
    std::optional<Experiment> experiment;
};

} // namespace initviz::ui
