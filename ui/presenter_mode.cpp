// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/presenter_mode.h"

#include <QDockWidget>
#include <QMainWindow>

#include <utility>

namespace initviz::ui {

PresenterMode::PresenterMode(QMainWindow* window, QDockWidget* formDock,
                             std::function<void(bool)> applyFonts)
    : window_(window)
    , formDock_(formDock)
    , applyFonts_(std::move(applyFonts))
{
}

void PresenterMode::enter()
{
    if (active_)
        return;
    active_ = true;
    geometry_ = window_->saveGeometry();
    state_ = window_->saveState();
    formDock_->hide();
    applyFonts_(true);
    window_->setWindowState((window_->windowState() & ~Qt::WindowMinimized) | Qt::WindowFullScreen);
    window_->show();
}

void PresenterMode::leave()
{
    if (!active_)
        return;
    active_ = false;
    applyFonts_(false);
    window_->restoreState(state_);
    // restoreGeometry adds "maximized" to the current state rather than replacing it: leave full
    // screen first. It then sets the state (normal or maximized) and the normal geometry.
    window_->setWindowState(window_->windowState() & ~Qt::WindowFullScreen);
    window_->restoreGeometry(geometry_);
    window_->show();
}

QByteArray PresenterMode::geometryToRemember() const
{
    return active_ ? geometry_ : window_->saveGeometry();
}

QByteArray PresenterMode::stateToRemember() const
{
    return active_ ? state_ : window_->saveState();
}

} // namespace initviz::ui
