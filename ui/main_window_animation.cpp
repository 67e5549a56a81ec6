// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 12: File → Export animation…, the comparison as it evolved over the recorded iterations,
// an animated GIF (ui/gif_writer.h). Frames are drawn with QCustomPlot, a widget, so on the GUI
// thread; the progress dialog's callback between frames lets the window repaint and Cancel.
#include "ui/main_window.h"

#include "ui/animation_export.h"
#include "ui/gif_writer.h"
#include "ui/save_file.h"

#include "core/decision_grid.h"
#include "core/network.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>

#include <algorithm>
#include <cmath>
#include <limits>

namespace initviz::ui {

namespace {
const QString kAnimationDirKey = QStringLiteral("window/exportDirectory");

double accuracyOf(const Parameters& parameters, const Dataset& set, Activation activation)
{
    if (set.size() == 0)
        return std::numeric_limits<double>::quiet_NaN();
    return accuracy(predictLabels(predictProbabilities(parameters, set.X, activation)), set.Y);
}
} // namespace

bool MainWindow::exportAnimation(const QString& path, QSize size, int frames, int delayCentiseconds,
                                 QString* errorMessage,
                                 const std::function<bool(int, int)>& progress,
                                 bool* cancelled) const
{
    if (cancelled)
        *cancelled = false;
    if (const QString problem = fileNameProblem(path, {QStringLiteral("gif")});
        !problem.isEmpty()) {
        if (errorMessage)
            *errorMessage = problem;
        return false;
    }
    // Every recorded iteration, and each run's weights there: copied now, since the runs may
    // record more while the frames are drawn.
    std::vector<int> recorded;
    for (const Run& run : runs_)
        for (const TimelineEntry& entry : run.timeline.entries())
            recorded.push_back(entry.iteration);
    std::sort(recorded.begin(), recorded.end());
    recorded.erase(std::unique(recorded.begin(), recorded.end()), recorded.end());
    if (!data_ || recorded.empty()) {
        if (errorMessage)
            *errorMessage = tr("There is nothing to animate yet: press Start first.");
        return false;
    }
    frames = std::max(2, frames);
    // Frames 0..frames-2 at recorded iterations evenly spread over them; the last is now.
    const int last = static_cast<int>(recorded.size()) - 1;
    std::vector<int> iterations;
    for (int k = 0; k + 1 < frames; ++k)
        iterations.push_back(recorded[static_cast<std::size_t>(
            std::lround(static_cast<double>(k) * last / std::max(1, frames - 2)))]);
    std::vector<std::vector<std::shared_ptr<const Parameters>>> weights(runs_.size());
    for (std::size_t r = 0; r < runs_.size(); ++r) {
        for (const int iteration : iterations) {
            const TimelineEntry* entry = runs_[r].timeline.at(iteration);
            weights[r].push_back(entry ? entry->parameters : nullptr);
        }
    }
    std::vector<FigureRun> finalRuns;
    FigureOptions options;
    currentFigure(&finalRuns, &options);
    const DatasetPair points = *data_;
    const GridSpec grid = figureBoundaryGrid(points, shown_.training.layerDims);
    std::vector<Activation> activations;
    for (const Run& run : runs_)
        activations.push_back(run.activation);

    GifAnimation animation;
    animation.size = size;
    animation.frameCount = frames;
    animation.delayCentiseconds = delayCentiseconds;
    animation.paletteFrames = {0, frames - 1};
    animation.frame = [&](int k) {
        if (k == frames - 1)
            return renderComparisonFigure(finalRuns, points, options, size);
        std::vector<FigureRun> figure = finalRuns;
        const int iteration = iterations[static_cast<std::size_t>(k)];
        for (std::size_t r = 0; r < figure.size() && r < weights.size(); ++r) {
            FigureRun& run = figure[r];
            const std::shared_ptr<const Parameters>& parameters
                = weights[r][static_cast<std::size_t>(k)];
            std::erase_if(run.costs, [iteration](const CostPoint& point) {
                return point.iteration > iteration;
            });
            run.diverged
                = std::any_of(run.costs.begin(), run.costs.end(),
                              [](const CostPoint& point) { return std::isnan(point.cost); });
            run.note = tr("iteration %1").arg(formatCount(iteration));
            if (!parameters) { // not yet recorded there
                run.boundary = DecisionGrid();
                run.trainAccuracy = run.testAccuracy = std::numeric_limits<double>::quiet_NaN();
                continue;
            }
            run.boundary = evaluateGrid(*parameters, grid, {}, activations[r]);
            run.trainAccuracy = accuracyOf(*parameters, points.train, activations[r]);
            run.testAccuracy = accuracyOf(*parameters, points.test, activations[r]);
        }
        return renderComparisonFigure(figure, points, options, size);
    };
    if (progress)
        animation.progress = [&](int done) { return progress(done, frames); };
    return writeAnimatedGif(path, animation, errorMessage, nullptr, cancelled);
}

void MainWindow::exportAnimationInteractively()
{
    QSettings store;
    const QString directory
        = store
              .value(kAnimationDirKey,
                     QStandardPaths::writableLocation(QStandardPaths::PicturesLocation))
              .toString();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export animation"),
        QDir(directory).filePath(QStringLiteral("initviz-comparison.gif")),
        tr("Animated GIF (*.gif)"));
    if (path.isEmpty())
        return;
    QString target = path;
    if (QFileInfo(target).suffix().isEmpty())
        target += QStringLiteral(".gif");
    const AnimationSettings settings; // 1280x720, 6 s at 25 frames a second
    QProgressDialog dialog(tr("Drawing the animation\u2026"), tr("Cancel"), 0,
                           settings.frameCount(), this);
    dialog.setObjectName(QStringLiteral("animationProgress"));
    dialog.setWindowTitle(tr("Export animation"));
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(0);
    dialog.setValue(0);
    QString error;
    bool cancelled = false;
    const bool written = exportAnimation(
        target, settings.size, settings.frameCount(), settings.delayCentiseconds(), &error,
        [&dialog](int done, int) {
            dialog.setValue(done);
            QCoreApplication::processEvents();
            return !dialog.wasCanceled();
        },
        &cancelled);
    dialog.reset();
    if (cancelled) {
        statusBar()->showMessage(tr("Animation export cancelled"), kStatusMessageMs);
        return;
    }
    if (!written) {
        QMessageBox::critical(this, tr("Export animation"), error);
        return;
    }
    store.setValue(kAnimationDirKey, QFileInfo(target).absolutePath());
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(target)),
                             kStatusMessageMs);
}

} // namespace initviz::ui
