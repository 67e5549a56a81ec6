// SPDX-License-Identifier: GPL-3.0-or-later
// The window's menus and actions, and the dialogs they open (shortcuts, about).
#include "ui/main_window.h"

#include "ui/boundary_panel.h"
#include "ui/control_strip.h"
#include "ui/cost_view.h"
#include "ui/experiment_form.h"
#include "ui/language.h"
#include "ui/plot_style.h"
#include "ui/run_controller.h"
#include "ui/start_stop_key.h"

#include <QAction>
#include <QCheckBox>
#include <QKeySequence>
#include <QMessageBox>

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

namespace initviz::ui {

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    addExperimentFileActions(file);
    QAction* openData
        = file->addAction(tr("&Open data\u2026"), this, &MainWindow::openDataInteractively);
    openData->setObjectName(QStringLiteral("openDataAction"));
    openData->setStatusTip(tr("Train on your own points: a CSV file of x1,x2,label rows"));
    saveDataAction_
        = file->addAction(tr("&Save data\u2026"), this, &MainWindow::saveDataInteractively);
    saveDataAction_->setObjectName(QStringLiteral("saveDataAction"));
    saveDataAction_->setStatusTip(tr("Save the train points as CSV (x1,x2,label)"));
    clearPointsAction_ = file->addAction(tr("C&lear points"), this, &MainWindow::clearPoints);
    clearPointsAction_->setObjectName(QStringLiteral("clearPointsAction"));
    clearPointsAction_->setStatusTip(
        tr("Remove every point, then click a panel to add red points, Shift+click blue ones"));
    file->addSeparator();
    exportFigureAction_
        = file->addAction(tr("&Export figure\u2026"), this, &MainWindow::exportFigureInteractively);
    exportFigureAction_->setObjectName(QStringLiteral("exportFigureAction"));
    exportFigureAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportFigureAction_->setStatusTip(
        tr("Save the boundaries and the cost plot as a PNG or PDF figure"));
    exportAnimationAction_ = file->addAction(tr("Export &animation\u2026"), this,
                                             &MainWindow::exportAnimationInteractively);
    exportAnimationAction_->setObjectName(QStringLiteral("exportAnimationAction"));
    exportAnimationAction_->setStatusTip(
        tr("Save the boundaries and the cost plot as they evolved, as an animated GIF"));
    exportCostsAction_ = file->addAction(tr("Export &costs (CSV)\u2026"), this,
                                         &MainWindow::exportCostsInteractively);
    exportCostsAction_->setObjectName(QStringLiteral("exportCostsAction"));
    exportCostsAction_->setStatusTip(tr("Save every recorded cost as run,iteration,cost"));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    //: Menu title: training runs
    QMenu* run = menuBar()->addMenu(tr("&Run"));
    //: Menu action: start training
    startStopAction_ = run->addAction(tr("&Start"), this, &MainWindow::startPauseResume);
    startStopAction_->setObjectName(QStringLiteral("startStopAction"));
    startStopAction_->setShortcut(QKeySequence(Qt::Key_Space));
    startStopAction_->setShortcutContext(Qt::WindowShortcut);
    buildPauseActions(run);
    buildTimelineActions(run);
    // Space and Shift+Space anywhere but in a text field, without also toggling a focused
    // checkbox.
    new StartStopKey(
        this,
        [this] {
            if (startStopAction_->isEnabled())
                startStopAction_->trigger();
        },
        [this] {
            if (stopAction_->isEnabled())
                stopAction_->trigger();
        });
    run->addSeparator();
    QAction* restore = run->addAction(tr("&Restore notebook settings"), this,
                                      &MainWindow::restoreNotebookSettings);
    restore->setObjectName(QStringLiteral("restoreAction"));

    QMenu* view = menuBar()->addMenu(tr("&View"));
    testPointsAction_ = view->addAction(tr("Show &test points"));
    testPointsAction_->setCheckable(true);
    testPointsAction_->setShortcut(QKeySequence(Qt::Key_T));
    connect(testPointsAction_, &QAction::toggled, showTestPoints_, &QCheckBox::setChecked);
    connect(showTestPoints_, &QCheckBox::toggled, testPointsAction_, &QAction::setChecked);
    logScaleAction_ = view->addAction(tr("&Log-scale cost"));
    logScaleAction_->setCheckable(true);
    logScaleAction_->setShortcut(QKeySequence(Qt::Key_L));
    connect(logScaleAction_, &QAction::toggled, logScale_, &QCheckBox::setChecked);
    connect(logScale_, &QCheckBox::toggled, logScaleAction_, &QAction::setChecked);
    view->addSeparator();
    presenterAction_ = view->addAction(tr("&Presenter mode"));
    presenterAction_->setObjectName(QStringLiteral("presenterAction"));
    presenterAction_->setCheckable(true);
    presenterAction_->setShortcut(QKeySequence(Qt::Key_F11));
    presenterAction_->setStatusTip(tr("Full screen with larger text (F11)"));
    connect(presenterAction_, &QAction::toggled, this, &MainWindow::setPresenterMode);
    colourBlindAction_ = view->addAction(tr("Colour-&blind-safe classes"));
    colourBlindAction_->setObjectName(QStringLiteral("colourBlindAction"));
    colourBlindAction_->setCheckable(true);
    colourBlindAction_->setStatusTip(tr("Labels 0 and 1 in orange and blue, as circles and "
                                        "squares, instead of the notebook's red and blue"));
    connect(colourBlindAction_, &QAction::toggled, this, &MainWindow::setColourBlindSafeClasses);
    view->addAction(formDock_->toggleViewAction());
    view->addAction(understandingDock_->toggleViewAction());
    understandingDock_->toggleViewAction()->setText(tr("&Understanding panel"));
    understandingDock_->toggleViewAction()->setIconText(tr("Understanding"));
    view->addAction(layersDock_->toggleViewAction());
    view->addAction(depthDock_->toggleViewAction());
    view->addSeparator();
    view->addMenu(createLanguageMenu(this));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Keyboard shortcuts"), this, &MainWindow::showShortcuts);
    help->addAction(tr("&About InitViz"), this, &MainWindow::showAbout);

    // Escape leaves presenter mode, as it leaves full screen everywhere else.
    auto* leavePresenter = new QAction(this);
    leavePresenter->setShortcut(QKeySequence(Qt::Key_Escape));
    connect(leavePresenter, &QAction::triggered, this, [this] {
        if (isPresenterMode())
            presenterAction_->setChecked(false);
        else if (isFullScreen())
            showNormal();
    });
    addAction(leavePresenter);
}

void MainWindow::updateActions()
{
    const bool running = controller_->isRunning();
    startStopAction_->setEnabled(running || form_->isValid());
    updatePauseActions();
    if (strip_)
        strip_->sync();
    const bool anyCosts = std::any_of(runs_.begin(), runs_.end(), [this](const Run& run) {
        const auto index = static_cast<int>(&run - runs_.data());
        return !costView_->costs(index).empty();
    });
    exportFigureAction_->setEnabled(started_);
    exportAnimationAction_->setEnabled(
        started_ && std::any_of(runs_.begin(), runs_.end(), [](const Run& run) {
            return !run.timeline.empty();
        }));
    saveDataAction_->setEnabled(data_ && data_->train.size() > 0);
    clearPointsAction_->setEnabled(!running);
    exportCostsAction_->setEnabled(started_ && anyCosts);
}

void MainWindow::showShortcuts()
{
    QMessageBox::information(
        this, tr("Keyboard shortcuts"),
        tr("<table cellpadding='3'>"
           "<tr><td><b>Space</b></td><td>Start / pause / resume</td></tr>"
           "<tr><td><b>Shift+Space</b></td><td>Stop</td></tr>"
           "<tr><td><b>\u2192</b></td><td>While paused: one iteration on</td></tr>"
           "<tr><td><b>Shift+\u2192</b></td><td>While paused: on to the next cost "
           "checkpoint</td></tr>"
           "<tr><td><b>Home / End</b></td><td>While paused or after the runs end: "
           "replay from the first recorded iteration / back to live</td></tr>"
           "<tr><td><b>F11</b></td><td>Presenter mode (full screen, larger "
           "text); Esc leaves it</td></tr>"
           "<tr><td><b>T</b></td><td>Show or hide the test points</td></tr>"
           "<tr><td><b>L</b></td><td>Log-scale cost axis</td></tr>"
           "<tr><td><b>Ctrl+E</b></td><td>Export the figure (PNG or PDF)</td></tr>"
           "<tr><td><b>Ctrl+N</b></td><td>New experiment (the notebook's settings)</td></tr>"
           "<tr><td><b>Ctrl+O</b></td><td>Open an experiment file</td></tr>"
           "<tr><td><b>Ctrl+S</b></td><td>Save the experiment</td></tr>"
           "<tr><td><b>Ctrl+Shift+S</b></td><td>Save the experiment as a new file</td></tr>"
           "<tr><td><b>Ctrl+Q</b></td><td>Quit</td></tr>"
           "</table>"));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About InitViz"),
                       tr("<h3>InitViz %1</h3>"
                          "<p>The \u201cInitialization\u201d assignment of deeplearning.ai's "
                          "<i>Improving Deep Neural Networks</i>, as a live classroom experiment: "
                          "the same network trained from different initial weights, side by "
                          "side.</p><p>Numbers reproduce the notebook's (numpy's generator, "
                          "sklearn's make_circles).</p>")
                           .arg(QCoreApplication::applicationVersion()));
}

void MainWindow::setColourBlindSafeClasses(bool on)
{
    setClassPalette(on ? ClassPalette::ColourBlindSafe : ClassPalette::Notebook);
    if (colourBlindAction_->isChecked() != on)
        colourBlindAction_->setChecked(on);
    updateClassLegend();
    for (BoundaryPanel* panel : boundaryPanels())
        panel->applyClassPalette();
}

} // namespace initviz::ui
