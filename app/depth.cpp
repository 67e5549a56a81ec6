// SPDX-License-Identifier: GPL-3.0-or-later
// What `initviz depth` prints: the depth experiment's table, as text or JSON.
#include "app/depth.h"

#include "app/json.h"
#include "core/text.h"

#include <algorithm>
#include <cstdio>
#include <vector>

namespace initviz::cli {

namespace {
// Text columns: the std to four significant digits ("1.234e-05" is the widest).
constexpr int kSignificantDigits = 4;

std::string curveName(const DepthCurve& curve, const DepthResult& result)
{
    // The activation is named when several are compared, or when it is not the notebook's.
    const bool oneActivation
        = std::all_of(result.curves.begin(), result.curves.end(), [&](const DepthCurve& other) {
              return other.activation == curve.activation;
          });
    std::string name(schemeInfo(curve.scheme).name);
    if (!oneActivation || curve.activation != Activation::Relu) {
        name += '/';
        name += activationInfo(curve.activation).name;
    }
    return name;
}

std::string shortNumber(double value)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.*g", kSignificantDigits, value);
    return text;
}

void pad(std::string& line, const std::string& cell, std::size_t width)
{
    line += std::string(width > cell.size() ? width - cell.size() : 0, ' ') + cell;
}
} // namespace

std::string depthText(const DepthResult& result, std::uint32_t seed, long long samples)
{
    const std::vector<int> dims = depthLayerDims(result.width, result.depth);
    std::string text = "Depth experiment: layers " + formatLayers(dims) + " ("
        + std::to_string(result.depth) + " hidden layers of width " + std::to_string(result.width)
        + "), weight seed " + std::to_string(seed) + ", " + std::to_string(samples)
        + " train points\n"
        + "std of the activations A_l (forward) and of the gradients dZ_l (backward) at "
          "initialization; layer "
        + std::to_string(result.depth + 1) + " is the sigmoid output\n";

    std::vector<std::string> header{"layer"};
    for (const DepthCurve& curve : result.curves) {
        header.push_back(curveName(curve, result) + " fwd");
        header.push_back(curveName(curve, result) + " bwd");
    }
    std::vector<std::vector<std::string>> rows;
    for (int l = 0; l <= result.depth; ++l) {
        std::vector<std::string> row{std::to_string(l + 1)};
        for (const DepthCurve& curve : result.curves) {
            row.push_back(shortNumber(curve.forwardStd[static_cast<std::size_t>(l)]));
            row.push_back(shortNumber(curve.backwardStd[static_cast<std::size_t>(l)]));
        }
        rows.push_back(std::move(row));
    }
    std::vector<std::size_t> widths(header.size());
    for (std::size_t c = 0; c < header.size(); ++c) {
        widths[c] = header[c].size();
        for (const auto& row : rows)
            widths[c] = std::max(widths[c], row[c].size());
    }
    for (const auto& row : [&] {
             std::vector<std::vector<std::string>> all{header};
             all.insert(all.end(), rows.begin(), rows.end());
             return all;
         }()) {
        std::string line;
        for (std::size_t c = 0; c < row.size(); ++c) {
            if (c > 0)
                line += "  ";
            pad(line, row[c], widths[c]);
        }
        text += line + "\n";
    }
    return text;
}

std::string depthJson(const DepthResult& result, std::uint32_t seed, long long samples)
{
    JsonWriter json;
    json.beginObject();
    json.key("width");
    json.integer(result.width);
    json.key("depth");
    json.integer(result.depth);
    json.key("seed");
    json.integer(seed);
    json.key("samples");
    json.integer(samples);
    json.key("curves");
    json.beginArray();
    for (const DepthCurve& curve : result.curves) {
        json.beginObject();
        json.key("init");
        json.string(schemeInfo(curve.scheme).name);
        json.key("activation");
        json.string(activationInfo(curve.activation).name);
        for (const auto& [key, values] : {std::pair{"forward_std", &curve.forwardStd},
                                          std::pair{"backward_std", &curve.backwardStd}}) {
            json.key(key);
            json.beginArray();
            for (const double value : *values)
                json.number(value);
            json.endArray();
        }
        json.endObject();
    }
    json.endArray();
    json.endObject();
    return json.text() + "\n";
}

} // namespace initviz::cli
