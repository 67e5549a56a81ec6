// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/timeline_bar.h"

#include "ui/plot_style.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSlider>
#include <QStyle>

#include <algorithm>
#include <utility>

namespace initviz::ui {

namespace {
constexpr int kPlayTickMs = 40; // 25 frames a second
// Play at an unpaced speed: the whole recording in this many seconds.
constexpr double kUnpacedReplaySeconds = 6.0;
} // namespace

TimelineBar::TimelineBar(QWidget* parent)
    : QWidget(parent)
    , play_(new QPushButton)
    , slider_(new QSlider(Qt::Horizontal))
    , label_(new QLabel)
    , live_(new QPushButton)
{
    setObjectName(QStringLiteral("timelineBar"));
    play_->setObjectName(QStringLiteral("timelinePlay"));
    slider_->setObjectName(QStringLiteral("timelineSlider"));
    label_->setObjectName(QStringLiteral("timelineLabel"));
    live_->setObjectName(QStringLiteral("timelineLive"));
    //: Accessible name of the timeline's slider
    slider_->setAccessibleName(tr("Recorded iteration"));
    slider_->setToolTip(tr("Scrub back through the recorded iterations while paused or after the "
                           "runs end (Home, End)"));
    play_->setToolTip(tr("Replay the recording from the iteration shown"));
    live_->setToolTip(tr("Back to where the runs are (End)"));
    slider_->setMinimumWidth(60);
    // Icons, named for screen readers, so the bar fits beside the cost plot's title at 1024 px.
    play_->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    live_->setIcon(style()->standardIcon(QStyle::SP_MediaSkipForward));
    //: Accessible name of the timeline's button that returns to the runs' current iteration
    live_->setAccessibleName(tr("Live"));
    for (QPushButton* button : {play_, live_}) {
        button->setFocusPolicy(Qt::TabFocus);
        button->setFlat(false);
        button->setFixedWidth(button->sizeHint().height() + 8);
    }
    label_->setMinimumWidth(
        label_->fontMetrics().horizontalAdvance(tr("Iteration %1").arg(formatCount(1'000'000))));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(play_);
    layout->addWidget(slider_, 1);
    layout->addWidget(label_);
    layout->addWidget(live_);

    timer_.setInterval(kPlayTickMs);
    connect(&timer_, &QTimer::timeout, this, &TimelineBar::advance);
    connect(slider_, &QSlider::valueChanged, this, &TimelineBar::onSliderMoved);
    connect(play_, &QPushButton::clicked, this, &TimelineBar::togglePlay);
    connect(live_, &QPushButton::clicked, this, &TimelineBar::goLive);
    setScrubbable(false);
}

void TimelineBar::setIterations(std::vector<int> iterations)
{
    const int shown = shownIteration();
    iterations_ = std::move(iterations);
    const QSignalBlocker blocker(slider_);
    slider_->setRange(0, std::max(0, static_cast<int>(iterations_.size()) - 1));
    const auto found = std::find(iterations_.begin(), iterations_.end(), shown);
    if (shown >= 0 && found != iterations_.end())
        slider_->setValue(static_cast<int>(found - iterations_.begin()));
    else
        slider_->setValue(slider_->maximum());
    setScrubbable(scrubbable_);
    updateLabel();
}

void TimelineBar::setScrubbable(bool scrubbable)
{
    scrubbable_ = scrubbable;
    const bool usable = scrubbable && iterations_.size() > 1;
    slider_->setEnabled(usable);
    play_->setEnabled(usable);
    live_->setEnabled(usable && shownIteration() >= 0);
    if (!usable) {
        timer_.stop();
        if (slider_->value() != slider_->maximum()) {
            const QSignalBlocker blocker(slider_);
            slider_->setValue(slider_->maximum());
            emit iterationShown(-1);
        }
    }
    play_->setIcon(
        style()->standardIcon(timer_.isActive() ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    //: Accessible name of the timeline's button: replay the recording (second: stop replaying)
    play_->setAccessibleName(timer_.isActive() ? tr("Pause replay") : tr("Replay"));
    updateLabel();
}

int TimelineBar::shownIteration() const
{
    if (iterations_.empty() || slider_->value() >= slider_->maximum())
        return -1;
    return iterations_[static_cast<std::size_t>(slider_->value())];
}

void TimelineBar::showIteration(int iteration)
{
    if (iterations_.empty() || !slider_->isEnabled())
        return;
    const auto after = std::upper_bound(iterations_.begin(), iterations_.end(), iteration);
    const int index = after == iterations_.begin()
        ? 0
        : static_cast<int>(std::prev(after) - iterations_.begin());
    slider_->setValue(index); // emits through onSliderMoved
}

void TimelineBar::goLive()
{
    timer_.stop();
    slider_->setValue(slider_->maximum());
    setScrubbable(scrubbable_);
}

void TimelineBar::togglePlay()
{
    if (timer_.isActive()) {
        timer_.stop();
    } else if (slider_->isEnabled()) {
        if (slider_->value() >= slider_->maximum())
            slider_->setValue(0); // from the start, as a replay of the whole run
        playPosition_
            = iterations_.empty() ? 0.0 : iterations_[static_cast<std::size_t>(slider_->value())];
        timer_.start();
    }
    setScrubbable(scrubbable_);
}

void TimelineBar::advance()
{
    if (iterations_.empty()) {
        timer_.stop();
        return;
    }
    const double last = iterations_.back();
    const double perTick = pace_ > 0.0 ? pace_ * kPlayTickMs / 1000.0
                                       : last * kPlayTickMs / (1000.0 * kUnpacedReplaySeconds);
    playPosition_ += std::max(1.0, perTick);
    if (playPosition_ >= last) {
        goLive(); // the end of the recording is where the runs are
        return;
    }
    showIteration(static_cast<int>(playPosition_));
}

void TimelineBar::onSliderMoved(int /*index*/)
{
    live_->setEnabled(slider_->isEnabled() && shownIteration() >= 0);
    updateLabel();
    emit iterationShown(shownIteration());
}

void TimelineBar::updateLabel()
{
    const int shown = shownIteration();
    //: The timeline's label: the recorded iteration shown (nothing while live)
    label_->setText(shown >= 0 ? tr("Iteration %1").arg(formatCount(shown)) : QString());
}

} // namespace initviz::ui
