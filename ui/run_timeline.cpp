// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/run_timeline.h"

#include <Eigen/Core>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <utility>

namespace initviz::ui {

std::size_t timelineEntryBytes(double parameterCount, std::size_t layers)
{
    const double values = std::max(0.0, parameterCount) * sizeof(double);
    // Each layer's W and b: a heap block and its matrix object; the entry and its control block.
    const double bookkeeping
        = static_cast<double>(layers) * 2.0 * (sizeof(Eigen::MatrixXd) + 32.0) + 128.0;
    return static_cast<std::size_t>(std::ceil(values + bookkeeping));
}

std::size_t timelineCapacity(int runCount, std::size_t entryBytes)
{
    const auto runs = static_cast<std::size_t>(std::max(1, runCount));
    const std::size_t byBytes = kMaxTimelineBytes / std::max<std::size_t>(1, entryBytes);
    const std::size_t total = std::min(kMaxTimelineEntries, byBytes);
    return std::max<std::size_t>(2, total / runs);
}

RunTimeline::RunTimeline(std::size_t capacity)
    : capacity_(std::max<std::size_t>(2, capacity))
{
}

void RunTimeline::add(TimelineEntry entry)
{
    if (!entries_.empty() && entry.iteration <= entries_.back().iteration)
        return;
    entries_.push_back(std::move(entry));
    if (entries_.size() <= capacity_)
        return;
    // Thin out: keep entries 0, 2, 4, ... and always the latest.
    std::vector<TimelineEntry> kept;
    kept.reserve(capacity_);
    for (std::size_t k = 0; k + 1 < entries_.size(); k += 2)
        kept.push_back(std::move(entries_[k]));
    kept.push_back(std::move(entries_.back()));
    entries_ = std::move(kept);
}

const TimelineEntry* RunTimeline::at(int iteration) const
{
    const auto after = std::upper_bound(
        entries_.begin(), entries_.end(), iteration,
        [](int wanted, const TimelineEntry& entry) { return wanted < entry.iteration; });
    return after == entries_.begin() ? nullptr : &*std::prev(after);
}

int RunTimeline::nearest(int iteration) const
{
    if (entries_.empty())
        return -1;
    const auto after = std::lower_bound(
        entries_.begin(), entries_.end(), iteration,
        [](const TimelineEntry& entry, int wanted) { return entry.iteration < wanted; });
    if (after == entries_.begin())
        return after->iteration;
    if (after == entries_.end())
        return entries_.back().iteration;
    const int below = std::prev(after)->iteration;
    return iteration - below <= after->iteration - iteration ? below : after->iteration;
}

} // namespace initviz::ui
