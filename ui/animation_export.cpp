// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/animation_export.h"

#include "ui/figure_export.h"
#include "ui/gif_writer.h"
#include "ui/plot_style.h"
#include "ui/save_file.h"

#include "core/decision_grid.h"
#include "core/network.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>

namespace initviz::ui {

namespace {
constexpr double kCentisecondsPerSecond = 100.0;

double accuracyOf(const Parameters& parameters, const Dataset& set, Activation activation)
{
    if (set.size() == 0)
        return std::numeric_limits<double>::quiet_NaN();
    return accuracy(predictLabels(predictProbabilities(parameters, set.X, activation)), set.Y);
}
} // namespace

int AnimationSettings::frameCount() const
{
    return std::max(2, static_cast<int>(std::lround(seconds * fps)));
}

int AnimationSettings::delayCentiseconds() const
{
    return std::max(1, static_cast<int>(std::lround(kCentisecondsPerSecond / fps)));
}

std::vector<int> animationIterations(int iterations, int frames)
{
    std::vector<int> result;
    const int last = std::max(1, frames - 1);
    for (int k = 0; k < frames; ++k)
        result.push_back(static_cast<int>(
            std::lround(static_cast<double>(k) * iterations / static_cast<double>(last))));
    return result;
}

QImage renderAnimationFrame(const AnimationRuns& runs, const DatasetPair& data, QSize size,
                            int frame)
{
    ComparisonFigureRuns figure = comparisonFigureRuns(runs.results, data);
    const int frames = static_cast<int>(runs.iterations.size());
    if (frame < frames - 1) {
        const int iteration = runs.iterations[static_cast<std::size_t>(frame)];
        for (std::size_t r = 0; r < figure.runs.size() && r < runs.weights.size(); ++r) {
            const TrainingResult& result = runs.results[r];
            const Parameters& weights = runs.weights[r][static_cast<std::size_t>(frame)];
            FigureRun& run = figure.runs[r];
            const Activation activation = result.config.activation;
            run.boundary = evaluateGrid(weights, figure.grid, {}, activation);
            std::erase_if(run.costs, [iteration](const CostPoint& point) {
                return point.iteration > iteration;
            });
            run.diverged
                = std::any_of(run.costs.begin(), run.costs.end(),
                              [](const CostPoint& point) { return std::isnan(point.cost); });
            run.trainAccuracy = accuracyOf(weights, data.train, activation);
            run.testAccuracy = accuracyOf(weights, data.test, activation);
            //: Animation frame note: the iteration whose weights the panel shows
            run.note = QCoreApplication::translate("initviz::ui::AnimationExport", "iteration %1")
                           .arg(formatCount(iteration));
        }
    }
    return renderComparisonFigure(figure.runs, data, figure.options, size);
}

bool exportComparisonAnimation(const AnimationRuns& runs, const DatasetPair& data,
                               const AnimationSettings& settings, const QString& path,
                               QString* errorMessage, QString* notice,
                               const std::function<bool(int, int)>& progress, bool* cancelled)
{
    const int frames = static_cast<int>(runs.iterations.size());
    GifAnimation animation;
    animation.size = settings.size;
    animation.frameCount = frames;
    animation.delayCentiseconds = settings.delayCentiseconds();
    animation.frame = [&](int k) { return renderAnimationFrame(runs, data, settings.size, k); };
    animation.paletteFrames = {0, frames - 1};
    if (progress)
        animation.progress = [&](int done) { return progress(done, frames); };
    return writeAnimatedGif(path, animation, errorMessage, notice, cancelled);
}

} // namespace initviz::ui
