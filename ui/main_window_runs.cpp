// SPDX-License-Identifier: GPL-3.0-or-later
// The experiment on display and its runs: preview, Start and Stop, and what the
// RunController reports back (progress, results, failures).
#include "ui/main_window.h"

#include "ui/boundary_view.h"
#include "ui/core_text.h"
#include "ui/cost_view.h"
#include "ui/experiment_form.h"
#include "ui/layers_panel.h"
#include "ui/run_controller.h"
#include "ui/start_stop_key.h"
#include "ui/understanding_panel.h"
#include "ui/window_fit.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

namespace initviz::ui {

namespace {
// The live panels' boundary resolution: ~2 display pixels per cell at the default size.
constexpr int kBoundaryGridSize = 151;
// iterations/s is measured over the last second of progress.
constexpr double kRateWindowSeconds = 1.0;
constexpr double kMinimumRateSpan = 0.05;
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
} // namespace

MainWindow::Run::Run()
    : trainAccuracy(kNaN)
    , testAccuracy(kNaN)
{
}

// ---------------------------------------------------------------------------------------------
// The experiment on display

bool MainWindow::showExperiment(const ExperimentSettings& settings)
{
    std::shared_ptr<const DatasetPair> dataset;
    try {
        settings.validate();
        dataset = settings.makeData();
    } catch (const std::exception& error) {
        statusText_->setText(errorText(error));
        return false;
    }
    shown_ = settings;
    data_ = std::move(dataset);
    runs_.clear();
    for (const TrainingConfig& config : settings.runConfigs()) {
        Run run;
        run.scheme = config.init;
        run.seed = config.seed;
        run.activation = config.activation;
        run.firstOfScheme = config.seed == settings.training.seed;
        run.totalIterations = settings.training.iterations;
        runs_.push_back(run);
    }
    rebuildPanels();
    std::vector<LayersPanel::RunLabel> layerLabels;
    for (const Run& run : runs_)
        layerLabels.push_back({panelTitle(run.scheme, seedShown(run), run.activation,
                                          static_cast<int>(settings.activations.size())),
                               run.activation});
    layers_->setRuns(layerLabels);
    selectedRun_ = -1;
    costView_->reset(settings.training.iterations);
    // The seeds of an initialization and activation follow one another: shades of its colour,
    // one legend entry; each activation its own line style.
    int seedIndex = 0;
    for (const Run& run : runs_) {
        seedIndex = run.firstOfScheme ? 0 : seedIndex + 1;
        costView_->addRun(familyTitle(run.scheme, run.activation), runColor(run.scheme), seedIndex,
                          settings.seedCount, activationPenStyle(run.activation));
    }
    costPlot_->replot(QCustomPlot::rpQueuedReplot);
    updateTable();
    const InitScheme selected
        = understanding_->hasScheme() ? understanding_->currentScheme() : InitScheme::He;
    std::vector<UnderstandingPanel::Candidate> candidates;
    // A scheme's initial weights are the same under every activation: one entry for them.
    for (const Run& run : runs_) {
        const bool listed
            = std::any_of(candidates.begin(), candidates.end(), [&run](const auto& c) {
                  return c.scheme == run.scheme && c.seed == run.seed;
              });
        if (!listed)
            candidates.push_back({run.scheme, run.seed});
    }
    understanding_->setCandidates(candidates, settings.training.layerDims, settings.seedCount > 1);
    if (!understanding_->hasScheme() || understanding_->currentScheme() != selected)
        understanding_->setCurrentScheme(selected);
    if (understanding_->hasScheme())
        selectRun(understanding_->currentScheme(), understanding_->currentSeed());
    updateDockWidths();
    return true;
}

RunResult MainWindow::resultOf(int index) const
{
    const Run& run = runs_[static_cast<std::size_t>(index)];
    RunResult result;
    result.scheme = run.scheme;
    result.seed = run.seed;
    result.activation = run.activation;
    result.live = run.state == RunState::Training || run.state == RunState::Stopping;
    result.trainAccuracy = run.trainAccuracy;
    result.testAccuracy = run.testAccuracy;
    // Once a run ends: the cost after its last iteration (the trainer computes it whether or not
    // a checkpoint falls there, issue 9); while it trains, its latest checkpoint.
    const std::vector<CostPoint>& costs = costView_->costs(index);
    if (run.finalCost)
        result.finalCost = run.finalCost;
    else if (!costs.empty())
        result.finalCost = costs.back();
    result.diverged = run.diverged;
    result.note = noteText(run);
    if (run.state == RunState::Failed)
        result.failure = run.failure;
    if (run.state == RunState::Finished) {
        result.diagnosisCode = run.diagnosisCode;
        result.diagnosisEvidence = run.diagnosisEvidence;
    }
    return result;
}

void MainWindow::updateTable()
{
    tableDirty_ = false;
    std::vector<RunResult> results;
    for (int i = 0; i < runCount(); ++i)
        results.push_back(resultOf(i));
    const int layerCount = weightLayerCount(shown_.training.layerDims);
    table_->setResults(results, layerCount, shown_.seedCount);
    balanceBottom();
}

void MainWindow::onFormChanged()
{
    // Other data makes the points shown, and any boundary over them, stale: after a run, the
    // window previews the new data as before the first Start (issue 9).
    if (started_ && !isRunning() && form_->isValid()) {
        ExperimentSettings withFormData = shown_;
        withFormData.data = form_->settings().data;
        withFormData.ownData = form_->ownData();
        if (!(withFormData == shown_))
            started_ = false;
    }
    updateActions();
    // At once, so the status bar never says "Ready" while Start is disabled.
    updateStatus();
    if (!started_)
        previewTimer_.start();
}

void MainWindow::refreshPreview()
{
    // Before the first Start the window previews what Start will run: its panels over the data
    // set, and the initial weights.
    if (started_ || !form_->isValid())
        return;
    showExperiment(form_->settings());
    updateStatus();
}

// ---------------------------------------------------------------------------------------------
// Running

void MainWindow::start()
{
    if (!form_->isValid()) {
        statusText_->setText(form_->validationError());
        return;
    }
    const ExperimentSettings settings = form_->settings();
    if (!showExperiment(settings))
        return;
    started_ = true;
    for (Run& run : runs_)
        run.state = RunState::Training;
    clock_.start();
    experimentSeconds_ = 0.0;
    controller_->setIterationsPerSecond(iterationsPerSecond(form_->speed()));
    // The boundary over the view the panels show: the notebook's, or wider to fit noisy data.
    controller_->start(settings.runConfigs(), data_,
                       boundaryViewGrid(boundaryViewLimit(*data_), kBoundaryGridSize));
}

void MainWindow::stop()
{
    if (!controller_->isRunning())
        return;
    controller_->stop();
    for (std::size_t i = 0; i < runs_.size(); ++i) {
        if (runs_[i].state == RunState::Training) {
            runs_[i].state = RunState::Stopping;
            runs_[i].dirty = true;
        }
    }
    scheduleRedraw();
}

void MainWindow::startPauseResume()
{
    if (!isRunning())
        start();
    else if (isPaused())
        resume();
    else
        pause();
}

bool MainWindow::isRunning() const
{
    return controller_->isRunning();
}

MainWindow::Run* MainWindow::runAt(int index)
{
    return index >= 0 && index < runCount() ? &runs_[static_cast<std::size_t>(index)] : nullptr;
}

MainWindow::RunState MainWindow::runState(int run) const
{
    return run >= 0 && run < runCount() ? runs_[static_cast<std::size_t>(run)].state
                                        : RunState::Ready;
}

void MainWindow::onStarted()
{
    form_->setRunning(true);
    for (int i = 0; i < runCount(); ++i)
        runs_[static_cast<std::size_t>(i)].dirty = true;
    updateActions();
    scheduleRedraw();
}

void MainWindow::onProgress(int index, const RunProgress& progress)
{
    Run* found = runAt(index);
    if (!found)
        return;
    Run& run = *found;
    run.iteration = progress.iteration;
    run.totalIterations = progress.totalIterations;
    run.trainAccuracy = progress.trainAccuracy;
    run.testAccuracy = progress.testAccuracy;
    if (!progress.costs.empty()) {
        costView_->addCosts(index, progress.costs);
        run.diverged = costView_->isDiverged(index);
        costPlotDirty_ = true;
    }
    if (!progress.boundary.probability.empty())
        run.pendingBoundary = progress.boundary;
    if (progress.statistics)
        layers_->addStatistics(index, *progress.statistics);
    if (progress.parameters) {
        run.parameters = progress.parameters;
        run.parametersIteration = progress.iteration;
    }

    run.rateSamples.emplace_back(progress.elapsedSeconds, progress.iteration);
    while (run.rateSamples.size() > 2
           && run.rateSamples.front().first < progress.elapsedSeconds - kRateWindowSeconds)
        run.rateSamples.pop_front();
    const double span = run.rateSamples.back().first - run.rateSamples.front().first;
    if (span >= kMinimumRateSpan)
        run.iterationsPerSecond
            = (run.rateSamples.back().second - run.rateSamples.front().second) / span;
    run.dirty = true;
    scheduleRedraw();
}

void MainWindow::onRunFinished(int index, const TrainingResult& result)
{
    Run* found = runAt(index);
    if (!found)
        return;
    Run& run = *found;
    run.state = result.cancelled ? RunState::Stopped : RunState::Finished;
    run.iteration = result.iterationsDone;
    // A stopped large run comes back without predictions: it keeps its last accuracies.
    if (!result.cancelled || !std::isnan(result.trainAccuracy)) {
        run.trainAccuracy = result.trainAccuracy;
        run.testAccuracy = data_ && data_->test.size() > 0 ? result.testAccuracy : kNaN;
    }
    run.diverged = result.diverged;
    if (result.diverged) {
        costView_->setDiverged(index);
        costPlotDirty_ = true;
    }
    run.finalCost = result.finalCost;
    run.trainSeconds = result.trainSeconds;
    run.iterationsPerSecond = 0.0;
    run.dirty = true;
    scheduleRedraw();
}

void MainWindow::onRunFailed(int index, const QString& message)
{
    Run* found = runAt(index);
    if (!found)
        return;
    Run& run = *found;
    run.state = RunState::Failed;
    run.failure = message;
    run.iterationsPerSecond = 0.0;
    run.dirty = true;
    scheduleRedraw();
}

void MainWindow::onAllFinished(bool stopped)
{
    experimentSeconds_ = static_cast<double>(clock_.elapsed()) / 1000.0;
    form_->setRunning(false);
    updateActions();
    flushRedraws();
    emit experimentFinished(stopped);
    if (!screenshotPath_.isEmpty() || quitWhenDone_)
        QTimer::singleShot(0, this, &MainWindow::finishScript);
}

} // namespace initviz::ui
