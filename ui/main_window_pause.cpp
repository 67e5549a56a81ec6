// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 12: pause, resume and step. The runs hold inside their training threads (RunController,
// PauseGate); the window's part is the actions, the buttons' state and what the status says.
#include "ui/main_window.h"

#include "ui/experiment_form.h"
#include "ui/run_controller.h"

#include <QAction>
#include <QKeySequence>
#include <QMenu>

namespace initviz::ui {

void MainWindow::buildPauseActions(QMenu* run)
{
    //: Menu action: stop every run where it is
    stopAction_ = run->addAction(tr("S&top"), this, &MainWindow::stop);
    stopAction_->setObjectName(QStringLiteral("stopAction"));
    stopAction_->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_Space));
    stopAction_->setShortcutContext(Qt::WindowShortcut);
    //: Menu action: while paused, train every run one more iteration
    stepAction_ = run->addAction(tr("Step one &iteration"), this, &MainWindow::step);
    stepAction_->setObjectName(QStringLiteral("stepAction"));
    // Only while paused: otherwise the arrow keys keep their usual meaning in lists and fields.
    stepAction_->setShortcut(QKeySequence(Qt::Key_Right));
    stepAction_->setShortcutContext(Qt::WindowShortcut);
    //: Menu action: while paused, train every run on to the next cost checkpoint
    checkpointAction_ = run->addAction(tr("Step to the next &checkpoint"), this,
                                       &MainWindow::stepToNextCheckpoint);
    checkpointAction_->setObjectName(QStringLiteral("checkpointAction"));
    checkpointAction_->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_Right));
    checkpointAction_->setShortcutContext(Qt::WindowShortcut);

    connect(form_, &ExperimentForm::pauseClicked, this, [this] {
        if (isPaused())
            resume();
        else
            pause();
    });
    connect(form_, &ExperimentForm::stepClicked, this, &MainWindow::step);
    connect(form_, &ExperimentForm::checkpointClicked, this, &MainWindow::stepToNextCheckpoint);
    connect(controller_, &RunController::paused, this, [this] {
        updateActions();
        updateStatus();
    });
    connect(controller_, &RunController::resumed, this, [this] {
        updateActions();
        updateStatus();
    });
}

void MainWindow::updatePauseActions()
{
    const bool running = controller_->isRunning();
    const bool paused = running && controller_->isPaused();
    const bool held = paused && controller_->pausedAt() >= 0;
    //: Menu action text: pause the runs, resume them, or start training
    startStopAction_->setText(!running ? tr("&Start") : paused ? tr("&Resume") : tr("&Pause"));
    stopAction_->setEnabled(running);
    stepAction_->setEnabled(held);
    checkpointAction_->setEnabled(held);
    form_->setPaused(paused, held);
}

void MainWindow::pause()
{
    controller_->pause();
    updateActions();
    updateStatus();
}

void MainWindow::resume()
{
    controller_->resume();
    updateActions();
    updateStatus();
}

void MainWindow::step()
{
    controller_->step(1);
}

void MainWindow::stepToNextCheckpoint()
{
    controller_->stepToNextCheckpoint();
}

bool MainWindow::isPaused() const
{
    return controller_->isRunning() && controller_->isPaused();
}

int MainWindow::pausedAt() const
{
    return isPaused() ? controller_->pausedAt() : -1;
}

} // namespace initviz::ui
