// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/initializers.h"

#include <cstddef>
#include <memory>
#include <vector>

namespace initviz::ui {

/// Issue 12: the weights a run had at one iteration, recorded while it trained.
struct TimelineEntry {
    int iteration = 0;
    std::shared_ptr<const Parameters> parameters;
};

/// Runs record their weights every this many iterations, at every cost checkpoint, where they
/// pause and at their end.
inline constexpr int kTimelineEvery = 100;
/// Every run of an experiment together keeps at most this many recorded iterations...
inline constexpr std::size_t kMaxTimelineEntries = 2000;
/// ...and at most this many bytes of weights.
inline constexpr std::size_t kMaxTimelineBytes = std::size_t{64} << 20;

/// The bytes one entry of a network with `parameterCount` weights and biases takes (the values
/// and their vectors' bookkeeping).
[[nodiscard]] std::size_t timelineEntryBytes(double parameterCount, std::size_t layers);

/// How many entries each of `runCount` runs may keep, within both bounds (at least 2: the start
/// and the latest).
[[nodiscard]] std::size_t timelineCapacity(int runCount, std::size_t entryBytes);

/// One run's recorded iterations, in order. Beyond its capacity it drops every other entry (the
/// first and the latest always kept), so a long run keeps evenly spread iterations from its start
/// to its end rather than only the last ones.
class RunTimeline {
public:
    explicit RunTimeline(std::size_t capacity = 2);

    /// Appends `entry` (ignored unless past the latest recorded iteration).
    void add(TimelineEntry entry);
    void clear() { entries_.clear(); }

    [[nodiscard]] bool empty() const { return entries_.empty(); }
    [[nodiscard]] std::size_t size() const { return entries_.size(); }
    [[nodiscard]] std::size_t capacity() const { return capacity_; }
    [[nodiscard]] const std::vector<TimelineEntry>& entries() const { return entries_; }
    /// The latest entry at or before `iteration`, nullptr when none is.
    [[nodiscard]] const TimelineEntry* at(int iteration) const;
    /// The recorded iteration nearest `iteration` (ties: the earlier); -1 when empty.
    [[nodiscard]] int nearest(int iteration) const;

private:
    std::size_t capacity_;
    std::vector<TimelineEntry> entries_;
};

} // namespace initviz::ui
