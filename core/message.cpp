// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/message.h"

#include "core/text.h"

#include <cstdio>
#include <utility>

namespace initviz {

namespace {
constexpr double kPercent = 100.0;

/// "%.*g": `digits` significant digits.
std::string printedSignificant(double value, int digits)
{
    char text[64];
    std::snprintf(text, sizeof text, "%.*g", digits, value);
    return text;
}

/// "%.*f%%" of 100 x `fraction`.
std::string printedPercent(double fraction, int decimals)
{
    char text[400]; // "%f" of a huge value writes every digit before the point
    std::snprintf(text, sizeof text, "%.*f%%", decimals, fraction * kPercent);
    return text;
}
} // namespace

MessageArg::MessageArg(Kind kind, std::string english)
    : kind_(kind)
    , english_(std::move(english))
{
}

MessageArg::MessageArg(long long value, std::string english)
    : kind_(Kind::Integer)
    , english_(std::move(english))
    , integer_(value)
{
}

MessageArg::MessageArg(double value, RealForm form, int precision, std::string english)
    : kind_(Kind::Real)
    , english_(std::move(english))
    , real_(value)
    , realForm_(form)
    , precision_(precision)
{
}

MessageArg MessageArg::text(std::string_view text)
{
    return MessageArg(Kind::Text, std::string(text));
}

MessageArg MessageArg::real(double value)
{
    return MessageArg(value, RealForm::Python, 0, formatPython(value));
}

MessageArg MessageArg::significant(double value, int digits)
{
    return MessageArg(value, RealForm::Significant, digits, printedSignificant(value, digits));
}

MessageArg MessageArg::percent(double fraction, int decimals)
{
    return MessageArg(fraction, RealForm::Percent, decimals, printedPercent(fraction, decimals));
}

MessageArg MessageArg::nested(Message message)
{
    MessageArg arg(Kind::Nested, message.english());
    arg.nested_ = std::make_shared<const Message>(std::move(message));
    return arg;
}

std::string substitutePlaceholders(std::string_view pattern,
                                   const std::vector<std::string>& arguments)
{
    std::string out;
    out.reserve(pattern.size());
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == '%' && i + 1 < pattern.size() && pattern[i + 1] >= '1'
            && pattern[i + 1] <= '9') {
            const auto number = static_cast<std::size_t>(pattern[i + 1] - '0');
            if (number <= arguments.size()) {
                out += arguments[number - 1];
                ++i;
                continue;
            }
        }
        out += pattern[i];
    }
    return out;
}

std::string Message::english() const
{
    std::vector<std::string> english;
    english.reserve(args.size());
    for (const MessageArg& arg : args)
        english.push_back(arg.english());
    return substitutePlaceholders(text, english);
}

UserError::UserError(Message message)
    : std::invalid_argument(message.english())
    , message_(std::make_shared<const Message>(std::move(message)))
{
}

UserError::UserError(const char* pattern, std::vector<MessageArg> arguments)
    : UserError(Message(pattern, std::move(arguments)))
{
}

} // namespace initviz
