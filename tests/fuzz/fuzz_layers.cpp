// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: a layer list (`--layers`, and the window's layer field), parsed by
// initviz::parseLayers. The input is the text, any bytes. It may only throw
// std::invalid_argument with a non-empty one-line message; a list it accepts must be 2,...,1
// with every width >= 1, and must print back (formatLayers) to a text that parses to itself.
#include "core/text.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace {
[[noreturn]] void finding(const char* what, std::string_view detail)
{
    std::fprintf(stderr, "fuzz_layers: %s: '%.*s'\n", what, static_cast<int>(detail.size()),
                 detail.data());
    std::abort();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    std::vector<int> widths;
    try {
        widths = initviz::parseLayers(text);
    } catch (const std::invalid_argument& error) {
        const std::string_view message = error.what();
        if (message.empty())
            finding("empty message", text);
        if (message.find_first_of("\n\r") != std::string_view::npos)
            finding("message of more than one line", message);
        return 0;
    }
    if (widths.size() < 2 || widths.front() != 2 || widths.back() != 1
        || !std::all_of(widths.begin(), widths.end(), [](int width) { return width >= 1; }))
        finding("accepted a list that is not 2,...,1 with widths >= 1", text);
    const std::string printed = initviz::formatLayers(widths);
    if (initviz::parseLayers(printed) != widths)
        finding("formatLayers does not read back", printed);
    return 0;
}
