// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRect>
#include <QSize>

namespace initviz::ui {

/// How the window opens the first time (nothing remembered) on a screen whose available area
/// is `available` (logical pixels): the default size on a large screen, else maximized;
/// and the Experiment form beside the panels only where three boundary panels still get large
/// plots next to it (on narrower screens the form starts as the strip along the top).
struct FirstStartLayout {
    QRect geometry; ///< the normal geometry, centred on the screen
    bool maximized = false;
    bool formBesidePanels = true;
};

[[nodiscard]] FirstStartLayout firstStartLayout(const QRect& available);

/// The window's size when the screen is large enough: room for the form, three large panels, the
/// cost plot and the table.
[[nodiscard]] QSize defaultWindowSize();

} // namespace initviz::ui
