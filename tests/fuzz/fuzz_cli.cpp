// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the command line, parsed and validated as `initviz` does before it trains or
// allocates anything (app/cli.h). The input is the arguments after the program name, each ended
// by a NUL byte (the last may end with the input instead), so "\0" is one empty argument: a real
// argv cannot hold a NUL but can hold anything else, newlines included.
// parseCommandLine may only throw std::invalid_argument, with a non-empty one-line message; a
// command line it accepts must satisfy the documented ranges. Anything else aborts (a finding).
#include "app/cli.h"

#include <QString>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <stdexcept>
#include <string_view>
#include <vector>

namespace {
// What QCoreApplication::arguments() gives first; parseCommandLine skips it.
constexpr char kProgramName[] = "initviz";
// The fewest points make_circles accepts (issue 2: samples < 2 is refused).
constexpr int kMinSamples = 2;

[[noreturn]] void finding(const char* what, std::string_view detail)
{
    std::fprintf(stderr, "fuzz_cli: %s: '%.*s'\n", what, static_cast<int>(detail.size()),
                 detail.data());
    std::abort();
}

// Runs (initializations x seeds) of compare --seeds and of the window, as README documents.
constexpr std::size_t kMaxCompareRuns = 64;
constexpr std::size_t kMaxWindowRuns = 16;

void check(bool holds, const char* what)
{
    if (!holds)
        finding("accepted a command line that breaks a documented range", what);
}

/// The ranges issue 2 documents for a command line that parses (independent of the parser's
/// own code, so a validation that goes missing is noticed).
void checkAccepted(const initviz::cli::CommandLine& line)
{
    using initviz::cli::Command;
    if (line.showHelp || line.showVersion)
        return;
    const initviz::DatasetOptions& data = line.data;
    check(data.trainSamples >= kMinSamples && data.testSamples >= kMinSamples, "samples >= 2");
    check(std::isfinite(data.noise) && data.noise >= 0.0, "noise >= 0");
    check(data.factor >= 0.0 && data.factor < 1.0, "factor in [0, 1)");
    check(std::isfinite(data.spread) && data.spread > 0.0, "spread > 0");
    check(line.testDataPath.isEmpty() || !line.dataPath.isEmpty(), "--test-data only with --data");
    check(!line.csvTestSet || line.csv, "--set only with --format csv");
    if (line.command == Command::Dataset || line.command == Command::Bench)
        return;
    const initviz::TrainingConfig& training = line.training;
    check(std::isfinite(training.learningRate) && training.learningRate > 0.0,
          "learning rate finite and > 0");
    check(training.iterations >= 1, "iterations >= 1");
    check(training.costEvery >= 1, "cost-every >= 1");
    const std::vector<int>& dims = training.layerDims;
    check(dims.size() >= 2 && dims.front() == 2 && dims.back() == 1, "layers 2,...,1");
    check(std::all_of(dims.begin(), dims.end(), [](int width) { return width >= 1; }),
          "every layer width >= 1");
    check(!line.inits.empty(), "at least one initialization");
    check(line.command != Command::Train || line.inits.size() == 1, "train has one --init");
    check(training.init == line.inits.front(), "training.init is the first of inits");
    if (line.command == Command::Window) {
        for (std::size_t i = 1; i < line.seeds.size(); ++i)
            check(line.seeds[i] == std::uint64_t{line.seeds[i - 1]} + 1,
                  "the window: consecutive seeds");
        check(line.inits.size() * std::max<std::size_t>(line.seeds.size(), 1) <= kMaxWindowRuns,
              "the window: at most 16 runs");
    }
    if (line.command != Command::Compare)
        return;
    check(!line.seeds.empty() && line.seeds.front() == training.seed,
          "compare has its seeds, the first in training");
    check(line.inits.size() * line.seeds.size() <= kMaxCompareRuns, "compare: at most 64 runs");
    std::vector<std::uint32_t> sorted = line.seeds;
    std::sort(sorted.begin(), sorted.end());
    check(std::adjacent_find(sorted.begin(), sorted.end()) == sorted.end(),
          "compare: distinct seeds");
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    QStringList arguments{QString::fromLatin1(kProgramName)};
    // Decoded as app/run.cpp decodes argv (Qt 6: local 8-bit is UTF-8 on Unix).
    for (std::size_t first = 0; first < bytes.size();) {
        const std::size_t nul = std::min(bytes.find('\0', first), bytes.size());
        const std::string_view argument = bytes.substr(first, nul - first);
        arguments << QString::fromLocal8Bit(argument.data(),
                                            static_cast<qsizetype>(argument.size()));
        first = nul + 1;
    }
    try {
        checkAccepted(initviz::cli::parseCommandLine(arguments));
    } catch (const std::invalid_argument& error) {
        const std::string_view message = error.what();
        if (message.empty())
            finding("empty message", message);
        if (message.find_first_of("\n\r") != std::string_view::npos)
            finding("message of more than one line", message);
    }
    return 0;
}
