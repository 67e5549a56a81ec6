// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/window_fit.h"

#include <algorithm>

namespace initviz::ui {

namespace {
constexpr int kDefaultWidth = 1500;
constexpr int kDefaultHeight = 950;
// What a window manager's frame and title bar take around the window, at most.
constexpr int kFrameAllowance = 40;
// Where the default size would take more than this share of the screen either way (a laptop, a
// projector, a 1920x1080 monitor), the window opens maximized: every pixel goes to the lesson.
constexpr double kMaximizeAboveShare = 0.75;
// Narrower than this (a 1366x768 laptop), the form beside three panels would leave each plot
// under 280 px: the form starts as the strip along the top, one click from opening.
constexpr int kFormBesidePanelsWidth = 1400;
} // namespace

QSize defaultWindowSize()
{
    return {kDefaultWidth, kDefaultHeight};
}

FirstStartLayout firstStartLayout(const QRect& available)
{
    FirstStartLayout layout;
    const QSize room(std::max(1, available.width() - kFrameAllowance),
                     std::max(1, available.height() - kFrameAllowance));
    QSize size = defaultWindowSize();
    layout.maximized = size.width() > kMaximizeAboveShare * room.width()
        || size.height() > kMaximizeAboveShare * room.height();
    size = size.boundedTo(room);
    layout.geometry = QRect(QPoint(0, 0), size);
    layout.geometry.moveCenter(available.center());
    layout.formBesidePanels = available.width() >= kFormBesidePanelsWidth;
    return layout;
}

} // namespace initviz::ui
