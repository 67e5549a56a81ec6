// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTimer>
#include <QWidget>

#include <vector>

class QLabel;
class QPushButton;
class QSlider;

namespace initviz::ui {

/// Issue 12: the timeline under the cost plot's title. While the runs are paused or after they
/// end, its slider scrubs every panel, the cost plot's cursor, the results table and the
/// Understanding panel to one recorded iteration; Play replays the recording from there at the
/// chosen pace; Live (or the slider's end) returns to where the runs are.
class TimelineBar : public QWidget {
    Q_OBJECT
public:
    explicit TimelineBar(QWidget* parent = nullptr);

    /// The iterations that can be shown (ascending; the last is where the runs are). Keeps the
    /// iteration shown if it is still one of them, else goes live.
    void setIterations(std::vector<int> iterations);
    /// Whether scrubbing is possible now (paused or ended); off, it shows live and Play stops.
    void setScrubbable(bool scrubbable);
    /// How many iterations a second Play advances.
    void setPace(double iterationsPerSecond) { pace_ = iterationsPerSecond; }

    /// The iteration shown, -1 when live.
    [[nodiscard]] int shownIteration() const;
    /// Shows `iteration` (the recorded one at or before it); emits iterationShown.
    void showIteration(int iteration);
    void goLive();
    void togglePlay();
    [[nodiscard]] bool isPlaying() const { return timer_.isActive(); }
    [[nodiscard]] QSlider* slider() const { return slider_; }

signals:
    /// A recorded iteration to show everywhere, or -1 for live.
    void iterationShown(int iteration);

private:
    void onSliderMoved(int index);
    void advance();
    void updateLabel();

    QPushButton* play_;
    QSlider* slider_;
    QLabel* label_;
    QPushButton* live_;
    QTimer timer_;
    std::vector<int> iterations_;
    double pace_ = 2500.0;
    double playPosition_ = 0.0;
    bool scrubbable_ = false;
};

} // namespace initviz::ui
