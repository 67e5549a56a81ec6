// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/numpy_random.h"

#include <cmath>

namespace initviz {

namespace {
// random_sample: 53 random bits as ((a >> 5) * 2^26 + (b >> 6)) / 2^53.
constexpr double kTwoPow26 = 67108864.0;
constexpr double kTwoPow53 = 9007199254740992.0;

// MT19937 (Matsumoto & Nishimura 1998), as numpy's init_genrand and std::mt19937 define it.
constexpr std::size_t kShift = 397; // m
constexpr std::uint32_t kMatrixA = 0x9908b0dfU;
constexpr std::uint32_t kUpperBit = 0x80000000U;
constexpr std::uint32_t kLowerBits = 0x7fffffffU;
constexpr std::uint32_t kSeedMultiplier = 1812433253U;

inline std::uint32_t twist(std::uint32_t current, std::uint32_t following, std::uint32_t distant)
{
    const std::uint32_t y = (current & kUpperBit) | (following & kLowerBits);
    return distant ^ (y >> 1) ^ ((0U - (y & 1U)) & kMatrixA);
}

inline std::uint32_t temper(std::uint32_t y)
{
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c5680U;
    y ^= (y << 15) & 0xefc60000U;
    return y ^ (y >> 18);
}
} // namespace

NumpyRandom::NumpyRandom(std::uint32_t seed)
{
    this->seed(seed);
}

void NumpyRandom::seed(std::uint32_t seed)
{
    state_[0] = seed;
    for (std::size_t i = 1; i < kStateSize; ++i) {
        const std::uint32_t previous = state_[i - 1];
        state_[i] = kSeedMultiplier * (previous ^ (previous >> 30)) + static_cast<std::uint32_t>(i);
    }
    next_ = kStateSize;
    hasGauss_ = false;
    gauss_ = 0.0;
}

void NumpyRandom::refill()
{
    std::uint32_t* mt = state_.data();
    constexpr std::size_t n = kStateSize;
    // Three loops without a carried dependence (the second reads words the first wrote, 227
    // back), so each vectorises.
    for (std::size_t i = 0; i < n - kShift; ++i)
        mt[i] = twist(mt[i], mt[i + 1], mt[i + kShift]);
    for (std::size_t i = n - kShift; i < n - 1; ++i)
        mt[i] = twist(mt[i], mt[i + 1], mt[i + kShift - n]);
    mt[n - 1] = twist(mt[n - 1], mt[0], mt[kShift - 1]);
    for (std::size_t i = 0; i < n; ++i)
        output_[i] = temper(mt[i]);
    next_ = 0;
}

double NumpyRandom::nextDouble()
{
    const std::uint32_t a = nextUint32() >> 5;
    const std::uint32_t b = nextUint32() >> 6;
    return (a * kTwoPow26 + b) / kTwoPow53;
}

double NumpyRandom::standardNormal()
{
    if (hasGauss_) {
        hasGauss_ = false;
        const double cached = gauss_;
        gauss_ = 0.0;
        return cached;
    }
    double x1 = 0.0;
    double x2 = 0.0;
    double r2 = 0.0;
    do {
        x1 = 2.0 * nextDouble() - 1.0;
        x2 = 2.0 * nextDouble() - 1.0;
        r2 = x1 * x1 + x2 * x2;
    } while (r2 >= 1.0 || r2 == 0.0);
    const double f = std::sqrt(-2.0 * std::log(r2) / r2);
    gauss_ = f * x1;
    hasGauss_ = true;
    return f * x2;
}

double NumpyRandom::normal(double loc, double scale)
{
    return loc + scale * standardNormal();
}

double NumpyRandom::uniform(double low, double high)
{
    return low + (high - low) * nextDouble();
}

std::uint32_t NumpyRandom::interval(std::uint32_t max)
{
    if (max == 0)
        return 0;
    // Smallest all-ones mask >= max.
    std::uint32_t mask = max;
    mask |= mask >> 1;
    mask |= mask >> 2;
    mask |= mask >> 4;
    mask |= mask >> 8;
    mask |= mask >> 16;
    std::uint32_t value = 0;
    while ((value = nextUint32() & mask) > max) { }
    return value;
}

} // namespace initviz
