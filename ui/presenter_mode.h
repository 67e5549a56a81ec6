// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <functional>

class QDockWidget;
class QMainWindow;

namespace initviz::ui {

/// Presenter mode's part of the window: full screen with the form as the strip, and on leaving
/// exactly the geometry, window state and docks from before. While it is on, the window
/// remembers (for its next start) what it will return to, never the full screen.
class PresenterMode {
public:
    /// `applyFonts(presenting)` scales the window's text; it runs before the window goes full
    /// screen, so the window's minimum size is final when the window manager is asked.
    PresenterMode(QMainWindow* window, QDockWidget* formDock,
                  std::function<void(bool presenting)> applyFonts);

    [[nodiscard]] bool isActive() const { return active_; }
    void enter();
    void leave();

    /// saveGeometry() / saveState() of the window as it was before presenter mode while it is
    /// on, else as it is.
    [[nodiscard]] QByteArray geometryToRemember() const;
    [[nodiscard]] QByteArray stateToRemember() const;

private:
    QMainWindow* window_;
    QDockWidget* formDock_;
    std::function<void(bool)> applyFonts_;
    bool active_ = false;
    QByteArray geometry_;
    QByteArray state_;
};

} // namespace initviz::ui
