// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The core's user-facing messages as templates plus arguments (issue 13): the command line prints
// their English, the window translates the template and words the arguments in its own locale.
// No Qt here: QT_TRANSLATE_NOOP only marks a template for lupdate (ui/CMakeLists.txt scans core/).

#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#ifndef QT_TRANSLATE_NOOP
#define QT_TRANSLATE_NOOP(scope, text) text
#endif

namespace initviz {

/// The translation context of every core template, as lupdate files them.
inline constexpr const char* kMessageContext = "initviz::core";

struct Message;

/// One argument of a Message: a user's text echoed verbatim, a whole number, a real (in one of
/// the core's printed forms) or a nested Message (itself translated). english() is what the core
/// prints for it, byte for byte as before issue 13; the window formats the value instead.
class MessageArg {
public:
    enum class Kind { Text, Integer, Real, Nested };
    /// How a real prints: Python's repr (formatPython), "%.*g" or a percent "%.*f%%" of
    /// 100 x the value.
    enum class RealForm { Python, Significant, Percent };

    [[nodiscard]] static MessageArg text(std::string_view text);
    template <typename Integer>
    requires std::is_integral_v<Integer>
    [[nodiscard]] static MessageArg integer(Integer value)
    {
        return MessageArg(static_cast<long long>(value), std::to_string(value));
    }
    /// As formatPython: "0.01", "1e-05", "inf".
    [[nodiscard]] static MessageArg real(double value);
    /// As "%.*g" with `digits` significant digits: "0.693", "1e+07".
    [[nodiscard]] static MessageArg significant(double value, int digits);
    /// A fraction as a percent with `decimals` decimals: 0.335 -> "33.5%".
    [[nodiscard]] static MessageArg percent(double fraction, int decimals);
    [[nodiscard]] static MessageArg nested(Message message);

    [[nodiscard]] Kind kind() const { return kind_; }
    [[nodiscard]] const std::string& english() const { return english_; }
    /// The Text's UTF-8 bytes (as english()).
    [[nodiscard]] const std::string& textValue() const { return english_; }
    [[nodiscard]] long long integerValue() const { return integer_; }
    [[nodiscard]] double realValue() const { return real_; }
    [[nodiscard]] RealForm realForm() const { return realForm_; }
    /// Significant digits or percent decimals (0 for Python's repr).
    [[nodiscard]] int precision() const { return precision_; }
    [[nodiscard]] const Message& nestedMessage() const { return *nested_; }

private:
    MessageArg(Kind kind, std::string english);
    MessageArg(long long value, std::string english);
    MessageArg(double value, RealForm form, int precision, std::string english);

    Kind kind_;
    std::string english_;
    long long integer_ = 0;
    double real_ = 0.0;
    RealForm realForm_ = RealForm::Python;
    int precision_ = 0;
    std::shared_ptr<const Message> nested_;
};

/// A user-facing message of the core: an English template marked with QT_TRANSLATE_NOOP
/// (context kMessageContext) with placeholders %1..%9, and its arguments. english() is the
/// template with each %N replaced by argument N's English (substitutePlaceholders).
struct Message {
    Message() = default;
    /// `pattern` is a string literal (the message keeps the pointer).
    Message(const char* pattern, std::vector<MessageArg> arguments = {})
        : text(pattern)
        , args(std::move(arguments))
    {
    }

    const char* text = "";
    std::vector<MessageArg> args;

    [[nodiscard]] std::string english() const;
};

/// `pattern` with %1..%9 replaced by arguments[0..8], in one pass: an argument's own "%2" stays
/// as it is, as do a %N without an argument and a '%' before anything but 1..9. UTF-8 in, UTF-8
/// out. Message::english and the window's translation (ui/core_text.cpp) both substitute here.
[[nodiscard]] std::string substitutePlaceholders(std::string_view pattern,
                                                 const std::vector<std::string>& arguments);

/// A problem the user can act on (a field, a file, a setting), thrown by the core's checks:
/// what() is the message's English (the command line prints it), message() is for the window.
class UserError : public std::invalid_argument {
public:
    explicit UserError(Message message);
    /// `pattern`: a string literal marked with QT_TRANSLATE_NOOP("initviz::core", ...).
    explicit UserError(const char* pattern, std::vector<MessageArg> arguments = {});
    [[nodiscard]] const Message& message() const { return *message_; }

private:
    std::shared_ptr<const Message> message_; // shared: copying an exception must not throw
};

} // namespace initviz
