// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/message.h"

#include <QString>

#include <exception>
#include <string_view>

namespace initviz::ui {

/// The core's UTF-8 text (scheme names, formulas, comments, file fields) as a QString.
[[nodiscard]] QString toQString(std::string_view text);

/// The core's message (core/message.h) in the window's language: its template translated under
/// the context "initviz::core", then %1..%9 replaced in one pass by its arguments: text as given,
/// whole numbers and reals in the window's number format (German "0,01"), nested messages
/// translated the same way.
[[nodiscard]] QString translated(const Message& message);

/// What the window says of a failure: a UserError's message translated, any other exception's
/// what() (the core's internal checks, which no user input reaches).
[[nodiscard]] QString errorText(const std::exception& error);

} // namespace initviz::ui
