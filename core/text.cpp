// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text.h"

#include "core/message.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <limits>
#include <stdexcept>
#include <string>

namespace initviz {

namespace {
// Python's repr switches to exponent notation outside 1e-4 <= |x| < 1e16.
constexpr int kMinFixedExponent = -4;
constexpr int kMaxFixedExponent = 16;
// Deeper than any network a classroom trains; keeps a typo like "2,1,1,...,1" bounded.
constexpr std::size_t kMaxLayers = 1000;
// A layer item echoed in a message is cut here (as the command line cuts its echoes), so a
// pasted paragraph still gives a short message.
constexpr std::size_t kMaxEchoedLength = 40;

std::string_view trim(std::string_view text)
{
    const auto isSpace = [](char c) { return c == ' ' || c == '\t'; };
    while (!text.empty() && isSpace(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && isSpace(text.back()))
        text.remove_suffix(1);
    return text;
}

/// A user's item inside a message: quoted, on one line (control characters, newlines included,
/// show as '?'), and bounded without cutting a UTF-8 sequence in two. Issue 5: the layers fuzzer
/// found "2,x<newline>y,1" giving a two-line message.
std::string echo(std::string_view item)
{
    const auto continuesSequence
        = [](char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; };
    std::size_t length = std::min(item.size(), kMaxEchoedLength);
    while (length > 0 && length < item.size() && continuesSequence(item[length]))
        --length;
    std::string shown = "'";
    for (const char c : item.substr(0, length)) {
        const auto byte = static_cast<unsigned char>(c);
        shown.push_back(byte < 0x20 || byte == 0x7f ? '?' : c);
    }
    if (length < item.size())
        shown += "...";
    return shown + "'";
}
} // namespace

std::string formatPython(double value)
{
    if (std::isnan(value))
        return "nan";
    if (std::isinf(value))
        return value > 0 ? "inf" : "-inf";

    // Shortest round-trip digits, in scientific form: [-]d[.ddd]e[+-]XX.
    char buffer[64];
    const auto [end, error]
        = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::scientific);
    if (error != std::errc())
        return "nan";
    const std::string_view text(buffer, static_cast<std::size_t>(end - buffer));
    const std::size_t ePos = text.find('e');
    std::string_view mantissa = text.substr(0, ePos);
    const int exponent = std::atoi(std::string(text.substr(ePos + 1)).c_str());

    std::string sign; // push_back, not = "-": GCC 12's false -Wrestrict, PR 105651
    if (!mantissa.empty() && mantissa.front() == '-') {
        sign.push_back('-');
        mantissa.remove_prefix(1);
    }
    std::string digits;
    for (const char c : mantissa) {
        if (c != '.')
            digits.push_back(c);
    }

    if (exponent < kMinFixedExponent || exponent >= kMaxFixedExponent) {
        std::string out = sign;
        out.append(digits, 0, 1);
        if (digits.size() > 1) {
            out.push_back('.');
            out.append(digits, 1);
        }
        const int magnitude = std::abs(exponent);
        out += exponent < 0 ? "e-" : "e+";
        if (magnitude < 10)
            out += "0";
        out += std::to_string(magnitude);
        return out;
    }
    // Fixed notation with at least one digit after the point ("1.0", "0.0001", "123.5").
    // (Built with push_back/append only: GCC 12 warns falsely on string assignment, PR 105651.)
    const int pointAt = exponent + 1; // digits before the decimal point
    std::string out = sign;
    if (pointAt <= 0) {
        out.push_back('0');
        out.push_back('.');
        out.append(static_cast<std::size_t>(-pointAt), '0');
        out.append(digits);
    } else if (static_cast<std::size_t>(pointAt) >= digits.size()) {
        out.append(digits);
        out.append(static_cast<std::size_t>(pointAt) - digits.size(), '0');
        out.push_back('.');
        out.push_back('0');
    } else {
        out.append(digits, 0, static_cast<std::size_t>(pointAt));
        out.push_back('.');
        out.append(digits, static_cast<std::size_t>(pointAt));
    }
    return out;
}

std::vector<int> parseLayers(std::string_view text)
{
    if (trim(text).empty())
        throw UserError(
            QT_TRANSLATE_NOOP("initviz::core", "layers are empty; give widths like 2,10,5,1"));
    std::vector<int> widths;
    std::size_t position = 0;
    while (true) {
        const std::size_t comma = text.find(',', position);
        const std::string_view item = trim(text.substr(
            position, comma == std::string_view::npos ? std::string_view::npos : comma - position));
        const MessageArg number = MessageArg::integer(widths.size() + 1);
        if (item.empty())
            //: %1: the layer's position in the list (1 for the first)
            throw UserError(
                QT_TRANSLATE_NOOP("initviz::core", "layer %1 is empty; give widths like 2,10,5,1"),
                {number});
        long long width = 0;
        const auto [end, error] = std::from_chars(item.data(), item.data() + item.size(), width);
        if (error == std::errc::result_out_of_range
            || (error == std::errc() && end == item.data() + item.size()
                && width > std::numeric_limits<int>::max()))
            //: %1: the layer's position in the list; %2: what was typed, quoted
            throw UserError(QT_TRANSLATE_NOOP("initviz::core", "layer %1 is too wide: %2"),
                            {number, MessageArg::text(echo(item))});
        if (error != std::errc() || end != item.data() + item.size())
            //: %1: the layer's position in the list; %2: what was typed, quoted
            throw UserError(
                QT_TRANSLATE_NOOP("initviz::core", "layer %1 is not a whole number: %2"),
                {number, MessageArg::text(echo(item))});
        if (width < 1)
            //: %1: the layer's position in the list; %2: its width as typed (0 or negative)
            throw UserError(
                QT_TRANSLATE_NOOP("initviz::core",
                                  "layer %1 has width %2; every layer needs at least 1 unit"),
                {number, MessageArg::integer(width)});
        widths.push_back(static_cast<int>(width));
        if (widths.size() > kMaxLayers)
            throw UserError(QT_TRANSLATE_NOOP("initviz::core", "more than %1 layers"),
                            {MessageArg::integer(kMaxLayers)});
        if (comma == std::string_view::npos)
            break;
        position = comma + 1;
    }
    if (widths.size() < 2)
        throw UserError(QT_TRANSLATE_NOOP(
            "initviz::core",
            "layers need at least an input and an output width, like 2,1 or 2,10,5,1"));
    if (widths.front() != 2)
        throw UserError(QT_TRANSLATE_NOOP(
                            "initviz::core",
                            "the first layer must be 2 (the points have two coordinates), got %1"),
                        {MessageArg::integer(widths.front())});
    if (widths.back() != 1)
        throw UserError(
            QT_TRANSLATE_NOOP(
                "initviz::core",
                "the last layer must be 1 (one output: the probability of blue), got %1"),
            {MessageArg::integer(widths.back())});
    return widths;
}

std::string formatLayers(const std::vector<int>& layerDims)
{
    std::string out;
    for (std::size_t i = 0; i < layerDims.size(); ++i) {
        if (i > 0)
            out += ',';
        out += std::to_string(layerDims[i]);
    }
    return out;
}

std::vector<std::uint32_t> parseSeeds(std::string_view text, std::size_t maxCount)
{
    if (trim(text).empty())
        throw UserError(
            QT_TRANSLATE_NOOP("initviz::core", "no seeds; give seeds like 3, 1-4 or 1,5,9"));
    // One seed: digits only, within numpy's range.
    const auto seedOf = [](std::string_view item, std::string_view whole) {
        unsigned long long value = 0;
        const auto [end, error] = std::from_chars(item.data(), item.data() + item.size(), value);
        if (error == std::errc::result_out_of_range
            || (error == std::errc() && end == item.data() + item.size()
                && value > std::numeric_limits<std::uint32_t>::max()))
            //: %1: what was typed, quoted
            throw UserError(
                QT_TRANSLATE_NOOP("initviz::core",
                                  "seeds go from 0 to 4294967295 (numpy's range), got %1"),
                {MessageArg::text(echo(whole))});
        if (error != std::errc() || end != item.data() + item.size() || item.empty())
            //: %1: what was typed, quoted
            throw UserError(QT_TRANSLATE_NOOP("initviz::core",
                                              "%1 is neither a whole number nor a range like 1-4"),
                            {MessageArg::text(echo(whole))});
        return static_cast<std::uint32_t>(value);
    };
    std::vector<std::uint32_t> seeds;
    std::size_t position = 0;
    std::size_t index = 0;
    while (true) {
        const std::size_t comma = text.find(',', position);
        const std::string_view item = trim(text.substr(
            position, comma == std::string_view::npos ? std::string_view::npos : comma - position));
        ++index;
        if (item.empty())
            //: %1: the item's position in the comma-separated list of seeds
            throw UserError(QT_TRANSLATE_NOOP("initviz::core",
                                              "item %1 is empty; give seeds like 3, 1-4 or 1,5,9"),
                            {MessageArg::integer(index)});
        if (item.front() == '-')
            throw UserError(
                QT_TRANSLATE_NOOP("initviz::core",
                                  "seeds go from 0 to 4294967295 (numpy's range), got %1"),
                {MessageArg::text(echo(item))});
        const std::size_t dash = item.find('-');
        const std::uint32_t first = seedOf(trim(item.substr(0, dash)), item);
        const std::uint32_t last
            = dash == std::string_view::npos ? first : seedOf(trim(item.substr(dash + 1)), item);
        if (last < first)
            //: %1: the range as typed, quoted ('9-3')
            throw UserError(QT_TRANSLATE_NOOP("initviz::core", "the range %1 runs backwards"),
                            {MessageArg::text(echo(item))});
        if (std::uint64_t{last} - first + 1 + seeds.size() > maxCount)
            throw UserError(QT_TRANSLATE_NOOP("initviz::core", "more than %1 seeds"),
                            {MessageArg::integer(maxCount)});
        for (std::uint64_t seed = first; seed <= last; ++seed) {
            const auto value = static_cast<std::uint32_t>(seed);
            if (std::find(seeds.begin(), seeds.end(), value) != seeds.end())
                throw UserError(QT_TRANSLATE_NOOP("initviz::core", "seed %1 is listed twice"),
                                {MessageArg::integer(value)});
            seeds.push_back(value);
        }
        if (comma == std::string_view::npos)
            break;
        position = comma + 1;
    }
    return seeds;
}

std::string formatSeeds(const std::vector<std::uint32_t>& seeds)
{
    std::string out;
    for (std::size_t i = 0; i < seeds.size();) {
        std::size_t end = i + 1; // one past the last of a run of consecutive seeds
        while (end < seeds.size() && seeds[end - 1] != std::numeric_limits<std::uint32_t>::max()
               && seeds[end] == seeds[end - 1] + 1)
            ++end;
        if (!out.empty())
            out += ',';
        out += std::to_string(seeds[i]);
        if (end - i >= 2) {
            out.push_back(end - i == 2 ? ',' : '-');
            out += std::to_string(seeds[end - 1]);
        }
        i = end;
    }
    return out;
}

std::string formatPredictions(const std::vector<int>& predictions)
{
    std::string out;
    out.reserve(predictions.size());
    for (const int p : predictions)
        out += p != 0 ? '1' : '0';
    return out;
}

} // namespace initviz
