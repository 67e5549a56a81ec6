// SPDX-License-Identifier: GPL-3.0-or-later
// Redraws, coalesced on a timer, and the text the window shows about the runs: panel notes,
// progress and the status bar.
#include "ui/main_window.h"

#include "ui/boundary_panel.h"
#include "ui/data_generator.h"
#include "ui/experiment_form.h"
#include "ui/panel_grid.h"
#include "ui/run_controller.h"
#include "ui/timeline_bar.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

namespace initviz::ui {

namespace {

/// "6.1 s", "0.24 s", "0.003 s": two significant digits under a second.
QString formatSeconds(double seconds)
{
    //: Duration in seconds; %1 is a number
    return seconds >= 1.0 ? QCoreApplication::translate("initviz::ui::MainWindow", "%1 s")
                                .arg(QLocale().toString(seconds, 'f', 1))
                          : QCoreApplication::translate("initviz::ui::MainWindow", "%1 s")
                                .arg(QLocale().toString(seconds, 'g', 2));
}

} // namespace

// ---------------------------------------------------------------------------------------------
// Painting

void MainWindow::scheduleRedraw()
{
    if (!redrawTimer_.isActive())
        redrawTimer_.start();
}

void MainWindow::flushRedraws()
{
    redrawTimer_.stop();
    redraw();
    for (BoundaryPanel* panel : boundaryPanels())
        panel->plot()->replot(QCustomPlot::rpImmediateRefresh);
    costPlot_->replot(QCustomPlot::rpImmediateRefresh);
}

void MainWindow::redraw()
{
    const std::vector<BoundaryPanel*>& panels = panelGrid_->panels();
    for (int i = 0; i < runCount(); ++i) {
        Run& run = runs_[static_cast<std::size_t>(i)];
        if (!run.dirty)
            continue;
        run.dirty = false;
        updateRunViews(i);
        if (i < static_cast<int>(panels.size())) // only the fill changed in the plot
            panels[static_cast<std::size_t>(i)]->view().replotBoundary();
    }
    if (timelineDirty_)
        updateTimeline();
    if (tableDirty_)
        updateTable();
    if (costPlotDirty_) {
        costPlotDirty_ = false;
        costPlot_->replot(QCustomPlot::rpQueuedReplot);
    }
    showSelectedRunInsides();
    updateStatus();
}

QString MainWindow::noteText(const Run& run) const
{
    switch (run.state) {
    case RunState::Stopping:
    case RunState::Stopped:
        return tr("stopped at iteration %1").arg(formatCount(run.iteration));
    case RunState::Failed:
        //: Results table note: the run stopped with an error
        return tr("failed");
    default:
        break;
    }
    return run.diverged ? tr("diverged") : QString();
}

QString MainWindow::progressText(const Run& run) const
{
    switch (run.state) {
    case RunState::Ready:
        //: Run state: queued, not yet training
        return started_ ? tr("Waiting") : tr("Ready \u2014 press Start");
    case RunState::Training:
        if (pausedAt() >= 0 && run.iteration == pausedAt())
            return tr("Paused at iteration %1 of %2")
                .arg(formatCount(run.iteration), formatCount(run.totalIterations));
        return tr("Iteration %1 of %2")
            .arg(formatCount(run.iteration), formatCount(run.totalIterations));
    case RunState::Stopping:
        return tr("Stopping\u2026");
    case RunState::Stopped:
        return tr("Stopped at iteration %1 of %2")
            .arg(formatCount(run.iteration), formatCount(run.totalIterations));
    case RunState::Finished:
        return tr("%1 %2 iterations in %3")
            .arg(run.diverged ? tr("Diverged \u2014") : tr("Done \u2014"),
                 formatCount(run.iteration), formatSeconds(run.trainSeconds));
    case RunState::Failed:
        return tr("Failed: %1").arg(run.failure);
    }
    return {};
}

QString MainWindow::shortProgressText(const Run& run) const
{
    switch (run.state) {
    case RunState::Training:
        if (pausedAt() >= 0 && run.iteration == pausedAt())
            //: Run state, short: held at this iteration until Resume
            return tr("Paused at %1").arg(formatCount(run.iteration));
        return QStringLiteral("%1 / %2").arg(formatCount(run.iteration),
                                             formatCount(run.totalIterations));
    case RunState::Stopped:
        return tr("Stopped at %1").arg(formatCount(run.iteration));
    case RunState::Finished:
        //: Run state: the cost became NaN (first) or training finished
        return run.diverged ? tr("Diverged") : tr("Done");
    case RunState::Failed:
        //: Run state: the run stopped with an error
        return tr("Failed");
    case RunState::Ready:
    case RunState::Stopping:
        break;
    }
    return progressText(run);
}

void MainWindow::updateRunViews(int index)
{
    if (index < 0 || index >= runCount())
        return;
    Run& run = runs_[static_cast<std::size_t>(index)];
    const std::vector<BoundaryPanel*>& panels = panelGrid_->panels();
    if (index < static_cast<int>(panels.size())) {
        BoundaryPanel* panel = panels[static_cast<std::size_t>(index)];
        if (run.pendingBoundary) {
            run.boundary = std::move(*run.pendingBoundary);
            run.pendingBoundary.reset();
            panel->view().setBoundary(run.boundary);
        }
        if (run.replay) { // issue 12: the recorded iteration the timeline shows
            panel->setAccuracy(run.replay->trainAccuracy, run.replay->testAccuracy, QString());
            panel->setProgress(
                run.replay->iteration, run.totalIterations,
                tr("Replay: iteration %1 of %2")
                    .arg(formatCount(run.replay->iteration), formatCount(run.totalIterations)),
                //: Run state, short: the timeline shows this recorded iteration
                tr("Replay %1").arg(formatCount(run.replay->iteration)));
        } else {
            panel->setAccuracy(run.trainAccuracy, run.testAccuracy, noteText(run));
            const bool complete = run.state == RunState::Finished;
            panel->setProgress(complete ? run.totalIterations : run.iteration, run.totalIterations,
                               progressText(run), shortProgressText(run));
        }
    }
    // The table shows every run's row at once, on the next redraw.
    tableDirty_ = true;
}

void MainWindow::updateStatus()
{
    int training = 0;
    int slowest = std::numeric_limits<int>::max();
    int total = 0;
    double rate = 0.0;
    for (const Run& run : runs_) {
        if (run.state == RunState::Training) {
            ++training;
            slowest = std::min(slowest, run.iteration);
            total = std::max(total, run.totalIterations);
            rate += run.iterationsPerSecond;
        }
    }
    const int count = runCount();
    const QString runsText
        // Two source texts, not one "%n run(s)": with no translator loaded (English), the
        // window keeps saying "1 run" / "3 runs"; a translation gives "%n runs" its own forms.
        = count == 1 ? tr("1 run") : tr("%n runs", nullptr, count);
    QString text;
    if (training > 0 && pausedAt() >= 0) {
        text = tr("Paused at iteration %1 \u00b7 Space resumes, \u2192 steps, Shift+\u2192 goes on "
                  "to the next checkpoint")
                   .arg(formatCount(pausedAt()));
        rateText_->clear();
    } else if (training > 0 && isPaused()) {
        //: Status: the runs train on to the iteration the furthest has reached, then hold
        text = tr("Pausing %1 at one iteration\u2026").arg(runsText);
        rateText_->clear();
    } else if (training > 0) {
        text = tr("Training %1 \u00b7 iteration %2 of %3")
                   .arg(runsText, formatCount(slowest), formatCount(total));
        rateText_->setText(tr("%1 iterations/s").arg(formatCount(std::llround(rate))));
    } else if (controller_->isRunning()) {
        text = tr("Stopping %1\u2026").arg(runsText);
        rateText_->clear();
    } else if (dataGenerator_->isGenerating()) { // issue 15: a large set, made in the background
        text = tr("Generating the points\u2026");
        rateText_->clear();
    } else if (started_) {
        const bool anyStopped = std::any_of(runs_.begin(), runs_.end(), [](const Run& run) {
            return run.state == RunState::Stopped;
        });
        text = anyStopped
            ? tr("Stopped %1 after %2").arg(runsText, formatSeconds(experimentSeconds_))
            : tr("Finished %1 in %2").arg(runsText, formatSeconds(experimentSeconds_));
        rateText_->clear();
        if (form_->isValid() && !(form_->settings() == shown_))
            text += tr(" \u00b7 settings changed: press Start to run them");
    } else {
        text = tr("Ready \u00b7 %1 \u00b7 press Start (Space)").arg(runsText);
        rateText_->clear();
    }
    if (timeline_->shownIteration() >= 0) // issue 12
        text += tr(" \u00b7 showing the recorded iteration %1 (End: back to live)")
                    .arg(formatCount(timeline_->shownIteration()));
    if (!form_->isValid())
        text = tr("Cannot start: %1").arg(form_->validationError());
    statusText_->setText(text);
}

} // namespace initviz::ui
