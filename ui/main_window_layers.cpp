// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 11, inside the network: the Layers dock (per-layer view, gradient flow) and the selected
// run whose statistics and current weights it and the Understanding panel show.
#include "ui/main_window.h"

#include "ui/boundary_panel.h"
#include "ui/layers_panel.h"
#include "ui/run_controller.h"
#include "ui/understanding_panel.h"

#include <QAction>
#include <QChildEvent>
#include <QDockWidget>
#include <QScrollArea>
#include <QTabBar>

namespace initviz::ui {

void MainWindow::buildLayersDock()
{
    layers_ = new LayersPanel;
    layers_->setObjectName(QStringLiteral("layersPanel"));
    layersScroll_ = new QScrollArea;
    layersScroll_->setWidget(layers_);
    layersScroll_->setWidgetResizable(true);
    layersScroll_->setFrameShape(QFrame::NoFrame);
    layersScroll_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    //: Dock title: inside the network, layer by layer
    layersDock_ = new QDockWidget(tr("Layers"), this);
    layersDock_->setObjectName(QStringLiteral("layersDock"));
    layersDock_->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    layersDock_->setWidget(layersScroll_);
    // A tab beside the Understanding panel: the same room, one or the other in front.
    tabifyDockWidget(understandingDock_, layersDock_);
    layersDock_->hide();
    QAction* toggle = layersDock_->toggleViewAction();
    toggle->setObjectName(QStringLiteral("layersAction"));
    toggle->setText(tr("&Layers panel"));
    toggle->setIconText(tr("Layers"));
    toggle->setStatusTip(tr("Inside the selected run: each layer's activations and gradients, "
                            "and the gradients' flow over the iterations"));
    // Runs measure their layers only while the panel is seen (in front of its tab or floating):
    // closed, training runs as fast as without it.
    connect(layersDock_, &QDockWidget::visibilityChanged, controller_,
            &RunController::setStatisticsWanted);
}

bool MainWindow::event(QEvent* event)
{
    // Tabified docks (Understanding and Layers) share a tab bar the main window creates when it
    // lays them out; it also keeps spare, empty ones off-screen. Tab must not stop on those
    // (a keyboard user switches panels from the View menu), and a screen reader gets a name.
    if (event->type() == QEvent::ChildPolished) {
        if (auto* tabs = qobject_cast<QTabBar*>(static_cast<QChildEvent*>(event)->child())) {
            tabs->setFocusPolicy(Qt::NoFocus);
            //: The tabs under docked panels that share a place (Understanding, Layers)
            tabs->setAccessibleName(tr("Docked panels"));
        }
    }
    return QMainWindow::event(event);
}

void MainWindow::setSelectedRun(int run)
{
    if (run < 0 || run >= runCount())
        return;
    selectedRun_ = run;
    const Run& selected = runs_[static_cast<std::size_t>(run)];
    // The Understanding panel lists initializations and seeds: it follows, then highlights.
    understanding_->setCurrentRun(selected.scheme, selected.seed);
    selectRun(selected.scheme, selected.seed);
}

void MainWindow::showSelectedRunInsides()
{
    if (selectedRun_ < 0 || selectedRun_ >= runCount())
        return;
    const Run& run = runs_[static_cast<std::size_t>(selectedRun_)];
    layers_->setSelectedRun(selectedRun_);
    layers_->refresh();
    if (run.replay) // issue 12: the weights at the iteration the timeline shows
        understanding_->setCurrentWeights(run.replay->parameters, run.replay->iteration);
    else
        understanding_->setCurrentWeights(run.parameters, run.parametersIteration);
}

} // namespace initviz::ui
