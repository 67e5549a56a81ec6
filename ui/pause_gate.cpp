// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pause_gate.h"

#include <algorithm>
#include <limits>

namespace initviz::ui {

void PauseGate::setPoint(int point)
{
    point_ = point;
    breakpoint_.store(point, std::memory_order_relaxed);
    changed_.notify_all();
}

void PauseGate::pause()
{
    const std::scoped_lock lock(mutex_);
    if (paused_)
        return;
    paused_ = true;
    setPoint(0); // each run raises it to the iteration it has reached
}

void PauseGate::resume()
{
    const std::scoped_lock lock(mutex_);
    paused_ = false;
    ++resumes_;
    setPoint(-1);
}

void PauseGate::step(int iterations)
{
    const std::scoped_lock lock(mutex_);
    if (!paused_ || iterations <= 0)
        return;
    setPoint(point_ > std::numeric_limits<int>::max() - iterations ? std::numeric_limits<int>::max()
                                                                   : point_ + iterations);
}

void PauseGate::stepToNextMultipleOf(int interval)
{
    const std::scoped_lock lock(mutex_);
    if (!paused_ || interval <= 0)
        return;
    const long long next = (static_cast<long long>(point_) / interval + 1) * interval;
    setPoint(static_cast<int>(std::min<long long>(next, std::numeric_limits<int>::max())));
}

bool PauseGate::isPaused() const
{
    const std::scoped_lock lock(mutex_);
    return paused_;
}

int PauseGate::pausePoint() const
{
    const std::scoped_lock lock(mutex_);
    return paused_ ? point_ : -1;
}

bool PauseGate::mustHold(int iteration)
{
    const std::scoped_lock lock(mutex_);
    if (!paused_)
        return false;
    if (iteration > point_)
        setPoint(iteration);
    return iteration == point_;
}

void PauseGate::hold(int iteration, const std::stop_token& stop)
{
    std::unique_lock lock(mutex_);
    const unsigned long long resumes = resumes_;
    changed_.wait(lock, stop,
                  [&] { return !paused_ || point_ > iteration || resumes_ != resumes; });
}

} // namespace initviz::ui
