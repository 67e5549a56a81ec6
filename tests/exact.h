// SPDX-License-Identifier: GPL-3.0-or-later
// Exact comparison of doubles for the tests that claim "bit for bit": QCOMPARE on doubles is
// fuzzy (qFuzzyCompare, about 1e-12 relative), so a value one ulp off, or a sum in another order,
// would pass it. These compare IEEE-754 bit patterns and report the distance in ulps.
#pragma once

#include <QString>

#include <bit>
#include <cmath>
#include <cstdint>
#include <limits>

namespace initviz::test {

[[nodiscard]] inline std::uint64_t bitsOf(double value)
{
    return std::bit_cast<std::uint64_t>(value);
}

[[nodiscard]] inline double fromBits(std::uint64_t bits)
{
    return std::bit_cast<double>(bits);
}

/// Doubles in order of value as integers (negative ones below zero), so that their difference
/// counts the representable doubles between them. -0.0 and +0.0 map to the same position but
/// differ in bits, which sameBits() catches.
[[nodiscard]] inline std::int64_t orderedBits(double value)
{
    const auto bits = static_cast<std::int64_t>(bitsOf(value));
    return bits < 0 ? std::numeric_limits<std::int64_t>::min() - bits : bits;
}

/// Representable doubles between a and b (0 when equal); the maximum for NaN.
[[nodiscard]] inline std::uint64_t ulpDistance(double a, double b)
{
    if (std::isnan(a) || std::isnan(b))
        return std::numeric_limits<std::uint64_t>::max();
    const std::int64_t x = orderedBits(a);
    const std::int64_t y = orderedBits(b);
    return x > y ? std::uint64_t(x) - std::uint64_t(y) : std::uint64_t(y) - std::uint64_t(x);
}

/// The same double, down to the sign of zero and NaN's payload.
[[nodiscard]] inline bool sameBits(double a, double b)
{
    return bitsOf(a) == bitsOf(b);
}

/// "got 0x... (v), want 0x... (v): n ulp apart" for a failure message.
[[nodiscard]] inline QString bitsMismatch(double got, double want)
{
    return QStringLiteral("got %1 (%2), want %3 (%4): %5 ulp apart")
        .arg(bitsOf(got), 16, 16, QLatin1Char('0'))
        .arg(got, 0, 'g', 17)
        .arg(bitsOf(want), 16, 16, QLatin1Char('0'))
        .arg(want, 0, 'g', 17)
        .arg(ulpDistance(got, want));
}

} // namespace initviz::test

/// QCOMPARE for a claim of exactness: same bit pattern, or a message with both patterns and their
/// distance in ulps.
#define QCOMPARE_BITS(got, want)                                                                   \
    do {                                                                                           \
        const double initvizGot_ = (got);                                                          \
        const double initvizWant_ = (want);                                                        \
        QVERIFY2(initviz::test::sameBits(initvizGot_, initvizWant_),                               \
                 qPrintable(initviz::test::bitsMismatch(initvizGot_, initvizWant_)));              \
    } while (false)
