// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 12: the timeline. Runs record their weights as they train (RunWorker, RunTimeline);
// while they are paused or after they end, the timeline shows any recorded iteration in every
// panel, the cost plot (a cursor), the results table and the Understanding panel: the boundary
// evaluated as the run evaluated it live, so a recorded iteration looks exactly as it did.
#include "ui/main_window.h"

#include "ui/boundary_panel.h"
#include "ui/boundary_view.h"
#include "ui/cost_view.h"
#include "ui/experiment_form.h"
#include "ui/layers_panel.h"
#include "ui/panel_grid.h"
#include "ui/run_controller.h"
#include "ui/run_worker.h"
#include "ui/timeline_bar.h"

#include "core/decision_grid.h"

#include <QAction>
#include <QKeySequence>
#include <QMenu>

#include <algorithm>
#include <limits>
#include <stop_token>

namespace initviz::ui {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
} // namespace

void MainWindow::buildTimelineActions(QMenu* run)
{
    //: Menu action: the timeline shows the first recorded iteration
    timelineStartAction_ = run->addAction(tr("Replay from the &beginning"), this,
                                          [this] { timeline_->showIteration(0); });
    timelineStartAction_->setObjectName(QStringLiteral("timelineStartAction"));
    timelineStartAction_->setShortcut(QKeySequence(Qt::Key_Home));
    //: Menu action: the timeline goes back to where the runs are
    timelineLiveAction_ = run->addAction(tr("Back to &live"), timeline_, &TimelineBar::goLive);
    timelineLiveAction_->setObjectName(QStringLiteral("timelineLiveAction"));
    timelineLiveAction_->setShortcut(QKeySequence(Qt::Key_End));
    connect(timeline_, &TimelineBar::iterationShown, this, &MainWindow::showRecordedIteration);

    timelineCursor_ = new QCPItemStraightLine(costPlot_);
    timelineCursor_->setPen(QPen(QColor(0x60, 0x60, 0x60), 1.5, Qt::DashLine));
    timelineCursor_->setClipToAxisRect(true);
    timelineCursor_->setVisible(false);
    timelineCursor_->setSelectable(false);
}

const DecisionGrid& MainWindow::shownBoundary(int run) const
{
    const Run& shown = runs_.at(static_cast<std::size_t>(run));
    return shown.replay ? shown.replay->boundary : shown.boundary;
}

void MainWindow::resetTimeline()
{
    const std::vector<int>& dims = shown_.training.layerDims;
    const std::size_t capacity = timelineCapacity(
        runCount(), timelineEntryBytes(parameterCount(dims), dims.empty() ? 0 : dims.size() - 1));
    for (Run& run : runs_) {
        run.timeline = RunTimeline(capacity);
        run.replay.reset();
    }
    timelineCursor_->setVisible(false);
    timeline_->setIterations({});
    timelineDirty_ = true;
}

void MainWindow::updateTimeline()
{
    timelineDirty_ = false;
    std::vector<int> iterations;
    for (const Run& run : runs_)
        for (const TimelineEntry& entry : run.timeline.entries())
            iterations.push_back(entry.iteration);
    std::sort(iterations.begin(), iterations.end());
    iterations.erase(std::unique(iterations.begin(), iterations.end()), iterations.end());
    const bool scrubbable = started_ && (pausedAt() >= 0 || !controller_->isRunning());
    exportAnimationAction_->setEnabled(started_ && !iterations.empty());
    timeline_->setPace(controller_->iterationsPerSecond());
    timeline_->setIterations(std::move(iterations));
    timeline_->setScrubbable(scrubbable);
    timelineStartAction_->setEnabled(timeline_->slider()->isEnabled());
    timelineLiveAction_->setEnabled(timeline_->slider()->isEnabled());
}

void MainWindow::showRecordedIteration(int iteration)
{
    const std::vector<BoundaryPanel*>& panels = panelGrid_->panels();
    const std::vector<int>& dims = shown_.training.layerDims;
    for (int i = 0; i < runCount(); ++i) {
        Run& run = runs_[static_cast<std::size_t>(i)];
        BoundaryPanel* panel
            = i < static_cast<int>(panels.size()) ? panels[static_cast<std::size_t>(i)] : nullptr;
        const TimelineEntry* entry = iteration >= 0 ? run.timeline.at(iteration) : nullptr;
        if (!entry) {
            if (run.replay && panel)
                panel->view().setBoundary(run.boundary); // back to live
            run.replay.reset();
            run.dirty = true;
            continue;
        }
        // As the run's worker evaluated it live (RunWorker::publish): the same grid and call.
        const std::stop_token never;
        Run::Replay replay;
        replay.iteration = entry->iteration;
        replay.parameters = entry->parameters;
        replay.trainAccuracy
            = accuracyOf(*entry->parameters, run.activation, data_->train, never).value_or(kNaN);
        replay.testAccuracy = data_->test.size() > 0
            ? accuracyOf(*entry->parameters, run.activation, data_->test, never).value_or(kNaN)
            : kNaN;
        replay.boundary = evaluateGrid(*entry->parameters, liveBoundaryGrid(liveGrid_, dims), never,
                                       run.activation);
        if (panel)
            panel->view().setBoundary(replay.boundary);
        run.replay = std::move(replay);
        run.dirty = true;
    }
    layers_->setShownIteration(iteration);
    timelineCursor_->setVisible(iteration >= 0);
    if (iteration >= 0) {
        timelineCursor_->point1->setCoords(iteration, 1.0); // positive: valid on a log axis too
        timelineCursor_->point2->setCoords(iteration, 2.0);
    }
    costPlotDirty_ = true;
    tableDirty_ = true;
    redraw();
}

} // namespace initviz::ui
