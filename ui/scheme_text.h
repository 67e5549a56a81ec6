// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/activations.h"
#include "core/initializers.h"

#include <QString>

#include <vector>

namespace initviz::ui {

/// The core's words for a scheme (InitSchemeInfo's title and Problem/Comment, plain English the
/// command line prints) in the window's language: the core stays Qt-free and English, the window
/// translates them under the context "initviz::ui::Scheme".
[[nodiscard]] QString schemeTitleText(InitScheme scheme);
[[nodiscard]] QString schemeCommentText(InitScheme scheme);

/// The core's words for an activation (ActivationInfo's title and help), translated the same way.
[[nodiscard]] QString activationTitleText(Activation activation);
[[nodiscard]] QString activationHelpText(Activation activation);
/// The scheme of the core's ActivationInfo::meantFor (He or Xavier) whose scale `scheme` shares:
/// He uniform is He's, LeCun and Xavier uniform are Xavier's; others are their own.
[[nodiscard]] InitScheme schemeFamily(InitScheme scheme);
/// The activations whose meantFor is `scheme`'s family, in the core's order: He -> ReLU and leaky
/// ReLU, Xavier and LeCun -> tanh and sigmoid, zeros and the random ones -> none.
[[nodiscard]] std::vector<Activation> activationsMeantFor(InitScheme scheme);
/// "meant for ReLU and leaky ReLU", or empty for a scheme meant for none.
[[nodiscard]] QString meantForText(InitScheme scheme);
/// The scheme's Problem/Comment with the activations it is meant for: "recommended method;
/// meant for ReLU and leaky ReLU" (the comment alone for a scheme meant for none).
[[nodiscard]] QString schemeCommentAndUse(InitScheme scheme);
/// Whether every scheme's title and comment, and every activation's title and help, is in the list
/// lupdate extracts (a test asks, so a new scheme cannot reach the window untranslatable).
[[nodiscard]] bool everySchemeTextIsTranslatable();

} // namespace initviz::ui
