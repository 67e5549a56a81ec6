// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <cstdint>

class QDoubleSpinBox;
class QLabel;
class QLocale;
class QSpinBox;

namespace initviz::ui {

/// The experiment form's fields. Number fields keep whatever is typed: text that is not one of
/// their values stays as typed (never a refused keystroke, nor silently replaced on focus-out or
/// Return, issue 9) so the form can say what is wrong.

/// Digits a real-valued field shows: enough for any value typed by hand, no trailing zeros.
inline constexpr int kShownDigits = 10;

/// Decimals a real-valued field keeps: QDoubleSpinBox rounds every value set to them.
inline constexpr int kRealFieldDecimals = 10;
/// Issue 12: whether a real-valued field holds `value` exactly (rounding it to
/// kRealFieldDecimals decimals changes no bit), so a value from a file is shown as it is.
[[nodiscard]] bool fitsRealField(double value);

/// How a field's text reads as a number.
enum class Reading {
    Number, ///< `value` holds it
    NotANumber,
    /// A number only with a group separator ("1.000" in German, "15,000" in English): refused,
    /// never read as a decimal point nor dropped, since "1.000" could mean 1 or 1000.
    GroupSeparator,
};

struct ReadNumber {
    Reading reading = Reading::NotANumber;
    double value = 0.0;
};

/// Reads `text` as `locale` writes numbers (German "0,01"), or in the C form ("0.01") where that
/// is the only reading; a group separator is refused. `whole`: integers only.
[[nodiscard]] ReadNumber readNumber(const QString& text, const QLocale& locale, bool whole);

/// A real value in [low, high] shown like Python prints it ("0.01", "1e-05").
[[nodiscard]] QDoubleSpinBox* realField(double low, double high, const QString& tip);
/// A whole number in [low, high].
[[nodiscard]] QSpinBox* integerField(int low, int high, const QString& tip);
/// A seed over numpy's whole 0..2^32-1.
[[nodiscard]] QDoubleSpinBox* seedField(const QString& tip);
[[nodiscard]] std::uint32_t seedOf(const QDoubleSpinBox* field);

/// A hidden, word-wrapped plain-text label in the error colour, for a message under a field.
[[nodiscard]] QLabel* errorLabel(const QString& objectName);

} // namespace initviz::ui
