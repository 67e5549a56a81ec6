// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/figure_export.h"

#include "ui/comparison_figure.h"

#include <QCoreApplication>

#include <algorithm>

namespace initviz::ui {

namespace {
// Seeds compared: up to this many, a row of panels per initialization.
constexpr std::size_t kMaxSeedColumns = 8;
} // namespace

ComparisonFigureRuns comparisonFigureRuns(const std::vector<TrainingResult>& runs,
                                          const DatasetPair& data)
{
    ComparisonFigureRuns figure;
    std::vector<FigureRun>& figureRuns = figure.runs;
    FigureOptions& options = figure.options;
    options.iterations = 1;
    // Every run of a comparison has the same layers: one grid, sized for them (issue 15).
    figure.grid = figureBoundaryGrid(
        data, runs.empty() ? std::vector<int>{2, 1} : runs.front().config.layerDims);
    const GridSpec& grid = figure.grid;
    // compare --seeds: every panel names its seed, a row per initialization.
    std::vector<std::uint32_t> seeds;
    for (const TrainingResult& result : runs) {
        if (std::find(seeds.begin(), seeds.end(), result.config.seed) == seeds.end())
            seeds.push_back(result.config.seed);
    }
    const bool severalSeeds = seeds.size() > 1;
    if (severalSeeds && seeds.size() <= kMaxSeedColumns)
        options.columns = static_cast<int>(seeds.size());
    // compare --activations with one seed: a column per activation (the 2x2 grid).
    std::vector<Activation> activations;
    for (const TrainingResult& result : runs) {
        if (std::find(activations.begin(), activations.end(), result.config.activation)
            == activations.end())
            activations.push_back(result.config.activation);
    }
    if (!severalSeeds && activations.size() > 1 && runs.size() > activations.size())
        options.columns = static_cast<int>(activations.size());
    for (const TrainingResult& result : runs) {
        FigureRun run;
        run.scheme = result.config.init;
        run.activation = result.config.activation;
        if (severalSeeds)
            run.seed = result.config.seed;
        run.boundary = evaluateGrid(result.finalParameters, grid, {}, result.config.activation);
        run.costs = result.costs;
        run.trainAccuracy = result.trainAccuracy;
        run.testAccuracy = result.testAccuracy;
        run.diverged = result.diverged;
        if (result.diverged)
            //: Figure note: the run's cost became NaN
            run.note = QCoreApplication::translate("initviz::ui::FigureExport", "diverged");
        else if (result.cancelled)
            //: Figure note: the run was stopped before its last iteration
            run.note = QCoreApplication::translate("initviz::ui::FigureExport", "stopped");
        figureRuns.push_back(std::move(run));
        options.iterations = std::max(options.iterations, result.config.iterations);
    }
    if (!runs.empty())
        options.subtitle
            = experimentSummary(runs.front().config, data.train.size(), data.test.size());
    return figure;
}

bool exportComparisonFigure(const std::vector<TrainingResult>& runs, const DatasetPair& data,
                            const QString& path, QString* errorMessage, QString* notice)
{
    const ComparisonFigureRuns figure = comparisonFigureRuns(runs, data);
    return writeComparisonFigure(figure.runs, data, figure.options, path, errorMessage, notice);
}

} // namespace initviz::ui
