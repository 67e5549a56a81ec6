// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: your own points as a CSV file (issue 10), parsed by initviz::parseDataCsv.
// The input is the file's bytes. It may only throw initviz::DataFileError with a non-empty
// one-line message; a data set it accepts must have 1 to 100,000 finite points labelled 0 or 1
// with both labels present, and must write back (writeDataCsv) to a text that reads to the same
// bits.
#include "core/dataset_csv.h"

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>

namespace {
[[noreturn]] void finding(const char* what, std::string_view detail)
{
    std::fprintf(stderr, "fuzz_data_csv: %s: '%.*s'\n", what, static_cast<int>(detail.size()),
                 detail.data());
    std::abort();
}

bool sameBits(double a, double b)
{
    return std::memcmp(&a, &b, sizeof a) == 0;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    initviz::Dataset points;
    try {
        points = initviz::parseDataCsv(text);
    } catch (const initviz::DataFileError& error) {
        const std::string_view message = error.what();
        if (message.empty())
            finding("empty message", text);
        if (message.find_first_of("\n\r") != std::string_view::npos)
            finding("message of more than one line", message);
        return 0;
    }
    const Eigen::Index m = points.size();
    if (m < 1 || m > initviz::kMaxDataRows || points.X.rows() != 2 || points.Y.cols() != m)
        finding("accepted a data set of the wrong shape", text);
    bool zero = false;
    bool one = false;
    for (Eigen::Index k = 0; k < m; ++k) {
        if (!std::isfinite(points.X(0, k)) || !std::isfinite(points.X(1, k)))
            finding("accepted a coordinate that is not finite", text);
        zero = zero || points.Y(k) == 0.0;
        one = one || points.Y(k) == 1.0;
        if (points.Y(k) != 0.0 && points.Y(k) != 1.0)
            finding("accepted a label that is not 0 or 1", text);
    }
    if (!zero || !one)
        finding("accepted one class only", text);
    const std::string written = initviz::writeDataCsv(points);
    const initviz::Dataset back = initviz::parseDataCsv(written);
    if (back.size() != m)
        finding("writeDataCsv does not read back", written);
    for (Eigen::Index k = 0; k < m; ++k) {
        if (!sameBits(back.X(0, k), points.X(0, k)) || !sameBits(back.X(1, k), points.X(1, k))
            || !sameBits(back.Y(k), points.Y(k)))
            finding("writeDataCsv does not read back to the same bits", written);
    }
    return 0;
}
