// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/statistics_history.h"

#include <utility>

namespace initviz::ui {

void StatisticsHistory::add(NetworkStatistics statistics)
{
    // The final measurement of a run may repeat the last snapshot's iteration: it replaces it.
    if (!entries_.empty() && entries_.back().iteration == statistics.iteration) {
        entries_.back() = std::move(statistics);
        return;
    }
    if (entries_.size() >= kMaxEntries) {
        std::size_t kept = 0;
        for (std::size_t i = 0; i < entries_.size(); i += 2)
            entries_[kept++] = std::move(entries_[i]);
        entries_.resize(kept);
    }
    entries_.push_back(std::move(statistics));
}

} // namespace initviz::ui
