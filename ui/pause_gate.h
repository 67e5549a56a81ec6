// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <stop_token>

namespace initviz::ui {

/// Pause, resume and step for every run of one experiment (issue 12). The GUI thread pauses;
/// each training thread, at its next snapshot, raises the pause point to the iteration it has
/// reached, and every run trains on to that point and holds there, so all runs pause at the same
/// iteration. A run holds inside its trainer's snapshot callback, keeping all its state: Resume
/// and Step continue the very same run, and its numbers are those of a run never paused. Step
/// moves the point on (every run reports at it: the trainer's breakpoint), Resume lifts it, and a
/// stop request wakes a holding run at once.
class PauseGate {
public:
    // GUI thread.
    void pause();
    void resume();
    /// While paused: moves the pause point `iterations` further.
    void step(int iterations);
    /// While paused: moves the pause point to the next multiple of `interval` (the next cost
    /// checkpoint).
    void stepToNextMultipleOf(int interval);
    [[nodiscard]] bool isPaused() const;
    /// The iteration every run holds at (or is on its way to) while paused; -1 when not paused.
    [[nodiscard]] int pausePoint() const;

    // Training threads.
    /// The iteration the trainer must also report (TrainerHooks::breakpoint), -1 for none.
    [[nodiscard]] const std::atomic<int>& breakpoint() const { return breakpoint_; }
    /// At a snapshot of `iteration`: whether the run must hold there (paused, and the pause point
    /// reached). A run past the point raises it to `iteration`, so the others follow.
    [[nodiscard]] bool mustHold(int iteration);
    /// Waits while the run must hold at `iteration`: returns on Resume, on a Step beyond it or on
    /// a stop request.
    void hold(int iteration, const std::stop_token& stop);

private:
    void setPoint(int point); // with mutex_ held

    mutable std::mutex mutex_;
    std::condition_variable_any changed_;
    bool paused_ = false;
    int point_ = -1;
    /// Counts resumes: a run still waking from one pause when the next begins goes on to its next
    /// snapshot instead of holding where it was with the new pause point below it.
    unsigned long long resumes_ = 0;
    std::atomic<int> breakpoint_{-1};
};

} // namespace initviz::ui
