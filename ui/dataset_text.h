// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/datasets.h"

#include <QString>

namespace initviz::ui {

/// A data set kind's title (DatasetKindInfo::title, the core's English) in the window's language,
/// under the context "initviz::ui::Dataset": "Circles (the notebook)", "Moons", ...
[[nodiscard]] QString datasetTitle(DatasetKind kind);

/// Whether every kind's title is in the list lupdate extracts (a test asks, so a new kind cannot
/// reach the window untranslatable).
[[nodiscard]] bool everyDatasetTitleIsTranslatable();

} // namespace initviz::ui
