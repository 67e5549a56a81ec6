// SPDX-License-Identifier: GPL-3.0-or-later
// The arithmetic peak of one core as this build can use it: independent fused multiply-add
// chains on vectors as wide as the target's (-march=native in the release preset), enough of
// them to hide the FMA latency. tests/bench/compare-with-peers divides each row's floating-point
// operations by this figure for the row's floor. Prints {"peak_gflops": ..., "lanes": ...}.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

namespace {
#if defined(__AVX512F__)
constexpr int kLanes = 8;
#elif defined(__AVX__)
constexpr int kLanes = 4;
#else
constexpr int kLanes = 2;
#endif
using Lanes = double __attribute__((vector_size(kLanes * sizeof(double))));
// Two FMA units with a latency of 4 cycles need 8 chains; 16 leave a margin.
constexpr int kChains = 16;
constexpr long kSteps = 20'000'000;
constexpr int kTrials = 7;

// volatile inputs, so the compiler cannot fold the chains away.
volatile double gMultiplier = 0.999999999;
volatile double gAddend = 1e-9;
volatile double gSink = 0.0;

double trial()
{
    const Lanes a = Lanes{} + gMultiplier;
    const Lanes b = Lanes{} + gAddend;
    Lanes acc[kChains];
    for (int c = 0; c < kChains; ++c)
        acc[c] = Lanes{} + static_cast<double>(c);
    const auto start = std::chrono::steady_clock::now();
    for (long s = 0; s < kSteps; ++s) {
        for (int c = 0; c < kChains; ++c)
            acc[c] = acc[c] * a + b;
    }
    const auto stop = std::chrono::steady_clock::now();
    double sum = 0.0;
    for (int c = 0; c < kChains; ++c)
        for (int l = 0; l < kLanes; ++l)
            sum += acc[c][l];
    gSink = sum;
    const double seconds = std::chrono::duration<double>(stop - start).count();
    return 2.0 * kLanes * kChains * static_cast<double>(kSteps) / seconds * 1e-9;
}
} // namespace

int main()
{
    std::vector<double> rates;
    for (int t = 0; t < kTrials; ++t)
        rates.push_back(trial());
    // The best trial: the core's peak, as little disturbed by other processes as we saw it.
    std::printf("{\"peak_gflops\":%.3f,\"lanes\":%d}\n",
                *std::max_element(rates.begin(), rates.end()), kLanes);
    return 0;
}
