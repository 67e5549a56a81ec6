// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/layer_stats.h"

#include <cstddef>
#include <vector>

namespace initviz::ui {

/// The per-layer statistics a run has reported, oldest first, for the gradient-flow plot (issue
/// 11). Bounded: once it holds kMaxEntries, every other entry is dropped (the first always
/// stays), so a long run keeps its whole span at half the resolution rather than only its end.
class StatisticsHistory {
public:
    static constexpr std::size_t kMaxEntries = 512;

    void add(NetworkStatistics statistics);
    void clear() { entries_.clear(); }
    [[nodiscard]] const std::vector<NetworkStatistics>& entries() const { return entries_; }
    [[nodiscard]] bool empty() const { return entries_.empty(); }
    /// The latest entry; the history must not be empty.
    [[nodiscard]] const NetworkStatistics& latest() const { return entries_.back(); }

private:
    std::vector<NetworkStatistics> entries_;
};

} // namespace initviz::ui
