// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/initializers.h"

#include <QString>

namespace initviz::ui {

/// The core's words for a scheme (InitSchemeInfo's title and Problem/Comment, plain English the
/// command line prints) in the window's language: the core stays Qt-free and English, the window
/// translates them under the context "initviz::ui::Scheme".
[[nodiscard]] QString schemeTitleText(InitScheme scheme);
[[nodiscard]] QString schemeCommentText(InitScheme scheme);

/// Whether every scheme's title and comment is in the list lupdate extracts (a test asks, so a
/// new scheme cannot reach the window untranslatable).
[[nodiscard]] bool everySchemeTextIsTranslatable();

} // namespace initviz::ui
