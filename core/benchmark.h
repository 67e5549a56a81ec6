// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

namespace initviz {

/// What `initviz bench` measures, and how often.
struct BenchmarkOptions {
    int repetitions = 7; ///< timed repetitions per figure (after one warm-up); the median is kept
    int iterations = 15000;
};

/// One measured figure: the median wall time of `repetitions` runs and the arithmetic it did.
struct BenchmarkFigure {
    std::string name; ///< e.g. "notebook_run"
    std::string
        description; ///< e.g. "one notebook run (He, 15000 iterations, 2-10-5-1, 300 points)"
    double seconds = 0.0; ///< median
    double minSeconds = 0.0;
    double maxSeconds = 0.0;
    double flops = 0.0; ///< floating-point operations per repetition (a multiply-add counts 2)
    long long points = 0; ///< grid points, for the grid figures

    [[nodiscard]] double gflops() const { return seconds > 0 ? flops / seconds * 1e-9 : 0.0; }
};

struct BenchmarkReport {
    std::vector<BenchmarkFigure> figures;
    int repetitions = 0;
    unsigned hardwareThreads = 0;
    std::string build; ///< "native (-march=native)" or "portable", and the vector width used
    /// four runs one after another / the same four concurrently
    double concurrencySpeedup = 0.0;
};

/// Times, inside this process: one notebook run; the notebook's decision grid (step 0.01 over
/// [min - 1, max + 1]^2 of the train set, about 176,000 points) and the window's live grid; and
/// four runs (zeros, random, He, Xavier) one after another and concurrently on a pool of one
/// thread per core.
[[nodiscard]] BenchmarkReport runBenchmarks(const BenchmarkOptions& options);

/// Multiply-adds per sample of one training iteration (forward, dW and dA) for these layers.
[[nodiscard]] double multiplyAddsPerSample(const std::vector<int>& layerDims);

/// "native AVX-512" / "portable SSE2" etc.: how the core was compiled.
[[nodiscard]] std::string buildDescription();

} // namespace initviz
