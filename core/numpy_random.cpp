// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/numpy_random.h"

#include <cmath>

namespace initviz {

namespace {
// random_sample: 53 random bits as ((a >> 5) * 2^26 + (b >> 6)) / 2^53.
constexpr double kTwoPow26 = 67108864.0;
constexpr double kTwoPow53 = 9007199254740992.0;
} // namespace

NumpyRandom::NumpyRandom(std::uint32_t seed)
    : engine_(seed)
{
}

void NumpyRandom::seed(std::uint32_t seed)
{
    engine_.seed(seed);
    hasGauss_ = false;
    gauss_ = 0.0;
}

std::uint32_t NumpyRandom::nextUint32()
{
    return static_cast<std::uint32_t>(engine_());
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
