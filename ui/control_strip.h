// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QToolBar>

#include <vector>

class QCheckBox;
class QPushButton;

namespace initviz::ui {

class ExperimentForm;

/// The form as a strip along the top of the window, shown in presenter mode and whenever the
/// Experiment dock is closed (the first start on a screen too narrow for it beside three panels):
/// Start, Stop, a check box per initialization and the toggles that open the docks. It mirrors
/// the form's own controls both ways, so there is one experiment, whichever is on screen. A strip
/// wider than the window puts what does not fit behind the toolbar's extension arrow.
class ControlStrip : public QToolBar {
    Q_OBJECT
public:
    /// `showSettings` opens the Experiment dock (after Stop, so it never scrolls out of reach);
    /// `showUnderstanding` the Understanding panel (at the end).
    ControlStrip(ExperimentForm* form, QAction* showSettings, QAction* showUnderstanding,
                 QWidget* parent = nullptr);

    /// Copies the form's Start / Stop state (enabled, "Start" or "Restart").
    void sync();

    [[nodiscard]] QPushButton* startButton() const { return start_; }
    [[nodiscard]] QPushButton* stopButton() const { return stop_; }
    [[nodiscard]] QPushButton* pauseButton() const { return pause_; }

private:
    ExperimentForm* form_;
    QPushButton* start_;
    QPushButton* pause_;
    QPushButton* stop_;
    QPushButton* step_;
    QPushButton* checkpoint_;
};

} // namespace initviz::ui
