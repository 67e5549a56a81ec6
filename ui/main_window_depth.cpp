// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's Depth dock (issue 11): the depth experiment beside the Understanding and
// Layers panels, following the form's initializations, activations, seed and data.
#include "ui/data_generator.h"
#include "ui/depth_view.h"
#include "ui/experiment_form.h"
#include "ui/main_window.h"

#include <QAction>
#include <QDockWidget>
#include <QScrollArea>

#include <stdexcept>

namespace initviz::ui {

void MainWindow::buildDepthDock()
{
    depth_ = new DepthView;
    depth_->setObjectName(QStringLiteral("depthView"));
    auto* scroll = new QScrollArea;
    scroll->setWidget(depth_);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    //: Dock title: the signal's spread through a deep network at initialization
    depthDock_ = new QDockWidget(tr("Depth"), this);
    depthDock_->setObjectName(QStringLiteral("depthDock"));
    depthDock_->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    depthDock_->setWidget(scroll);
    tabifyDockWidget(understandingDock_, depthDock_);
    depthDock_->hide();
    QAction* toggle = depthDock_->toggleViewAction();
    toggle->setObjectName(QStringLiteral("depthAction"));
    toggle->setText(tr("&Depth experiment"));
    toggle->setIconText(tr("Depth"));
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    toggle->setStatusTip(tr("What happens to the signal through depth: each layer's spread at "
                            "initialization, for every chosen initialization (Ctrl+D)"));
    // Computing only while it is shown: a hidden view costs nothing.
    connect(depthDock_, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            updateDepthExperiment();
    });
    connect(form_, &ExperimentForm::settingsChanged, this, [this] {
        if (depthDock_->isVisible())
            updateDepthExperiment();
    });
    connect(depth_, &DepthView::trainRequested, this, [this](const std::vector<int>& layerDims) {
        ExperimentSettings settings = form_->settings();
        settings.training.layerDims = layerDims;
        form_->setSettings(settings);
    });
}

void MainWindow::updateDepthExperiment()
{
    const ExperimentSettings settings = form_->settings();
    std::shared_ptr<const DatasetPair> points;
    try {
        // Issue 15: a large set is generated in the background; onDataGenerated comes back.
        points = settings.ownData ? settings.ownData : dataGenerator_->points(settings.data);
    } catch (const std::invalid_argument&) {
        points = data_; // the form marks its bad data options; keep the points shown
    }
    if (!points)
        return;
    depth_->setExperiment(settings.schemes, settings.activations, settings.training.seed,
                          std::move(points));
}

} // namespace initviz::ui
