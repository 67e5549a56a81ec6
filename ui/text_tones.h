// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Coloured text that stays readable on every palette (issue 13: the window follows the system's
// dark or high-contrast palette): a secondary line, a warning and an error each have a form for
// light and for dark backgrounds, and fall back to the palette's own text colour wherever even
// that form would read at less than kMinimumTextContrast (WCAG AA for body text).

#include <QColor>
#include <QPalette>

class QWidget;

namespace initviz::ui {

/// What a coloured text says.
enum class TextTone {
    Secondary, ///< says less than the text around it (a formula's seed line, a live value)
    Warning, ///< calls attention (all rows of a layer identical)
    Error, ///< says what is wrong (a field's inline message)
};

inline constexpr double kMinimumTextContrast = 4.5;

/// The colour of `tone` on `palette`'s `background` (Window or Base): its light-background form
/// on a light background, its dark-background form on a dark one, or the palette's text colour
/// for that background where the form would read at less than kMinimumTextContrast.
[[nodiscard]] QColor toneColor(TextTone tone, const QPalette& palette,
                               QPalette::ColorRole background = QPalette::Window);

/// Gives `widget`'s text (QPalette::WindowText) the tone's colour now and again whenever its
/// palette changes, as when the system switches to a dark or high-contrast theme.
void setTextTone(QWidget* widget, TextTone tone);

} // namespace initviz::ui
