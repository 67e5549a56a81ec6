// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/datasets.h"
#include "core/trainer.h"
#include "ui/comparison_figure.h"

#include <QString>

#include <vector>

namespace initviz::ui {

/// The figure's runs and options for `runs`, as exportComparisonFigure draws them (issue 12: the
/// animation's last frame is this figure).
struct ComparisonFigureRuns {
    std::vector<FigureRun> runs;
    FigureOptions options;
    GridSpec grid; ///< the boundary grid the runs' fills were evaluated on
};
[[nodiscard]] ComparisonFigureRuns comparisonFigureRuns(const std::vector<TrainingResult>& runs,
                                                        const DatasetPair& data);

/// Renders the side-by-side comparison (one decision-boundary panel per run over the train
/// points, and the cost plot) to `path`, PNG or PDF by its suffix, without showing a window, and
/// writes it atomically. Needs a QApplication (the offscreen platform is enough). Returns false
/// with a user-facing `errorMessage` if the suffix is unknown or the file cannot be written; an
/// existing file is then left untouched.
bool exportComparisonFigure(const std::vector<TrainingResult>& runs, const DatasetPair& data,
                            const QString& path, QString* errorMessage, QString* notice = nullptr);

} // namespace initviz::ui
