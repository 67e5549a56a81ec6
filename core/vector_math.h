// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The network kernels' SIMD arithmetic: a register of doubles as a value, a vectorised exp and
// expm1, and the hidden activations g(z) and their derivatives from a = g(z). Internal to the
// core (network_kernels.cpp); not an API.

#include "core/activations.h"
#include "core/types.h"

#include <cmath>
#include <cstdint>
#include <cstring>
#include <stdexcept>
#include <type_traits>

namespace initviz::detail {

// One SIMD register of doubles as a value (GCC/Clang vector extension), as wide as the target's
// registers: the kernels keep their accumulators in these so they stay in registers.
#if defined(__AVX512F__)
constexpr Eigen::Index kLaneCount = 8;
#elif defined(__AVX__)
constexpr Eigen::Index kLaneCount = 4;
#else
constexpr Eigen::Index kLaneCount = 2;
#endif
using Lanes = Scalar __attribute__((vector_size(kLaneCount * sizeof(Scalar))));

inline Lanes load(const Scalar* p)
{
    Lanes v;
    std::memcpy(&v, p, sizeof v);
    return v;
}

inline void store(Scalar* p, Lanes v)
{
    std::memcpy(p, &v, sizeof v);
}

inline Lanes broadcast(Scalar x)
{
    return Lanes{} + x;
}

using IntegerLanes = std::int64_t __attribute__((vector_size(kLaneCount * sizeof(std::int64_t))));

// exp(u) for |u| <= kVectorExpLimit, to within about one unit in the last place: u = n ln2 + r
// with |r| <= ln2 / 2 (ln2 split in two so n * kLn2High is exact), exp(r) = 1 + (r + r^2 q(r))
// from the Taylor series to r^13 (truncation error below 2^-57), times 2^n built in the exponent
// bits. Lanes outside the limit or NaN are left to std::exp by the caller.
constexpr Scalar kVectorExpLimit = 700.0;

// 1.5 * 2^52: adding it rounds to a whole number, which then sits in the low bits.
constexpr Scalar kRoundMagic = 6755399441055744.0;

// 2^n for the whole numbers n = shifted - kRoundMagic (|n| < 1023), from the bits of `shifted`:
// in [2^52, 2^53) one ulp is 1, so shifted's bit pattern is kRoundMagic's plus n. Integer vector
// arithmetic throughout (a double-to-integer conversion would be lane by lane below AVX-512).
inline Lanes powerOfTwo(Lanes shifted)
{
    IntegerLanes bits;
    std::memcpy(&bits, &shifted, sizeof bits);
    const Lanes magic = broadcast(kRoundMagic);
    IntegerLanes magicBits;
    std::memcpy(&magicBits, &magic, sizeof magicBits);
    const IntegerLanes exponent = (bits - magicBits + 1023) << 52;
    Lanes scale;
    std::memcpy(&scale, &exponent, sizeof scale);
    return scale;
}

// exp's reduction, shared by vectorExp and vectorExpm1: u = n ln2 + r, with n in the low bits of
// `shifted` (powerOfTwo) and exp(r) - 1 = r + r^2 q(r).
struct ExpReduction {
    Lanes shifted;
    Lanes r;
    Lanes q; ///< 1/2! + r/3! + ... + r^11/13!
};

inline ExpReduction reduceExp(Lanes u)
{
    constexpr Scalar kLog2e = 1.4426950408889634;
    constexpr Scalar kLn2High = 6.93145751953125e-1;
    constexpr Scalar kLn2Low = 1.42860682030941723212e-6;
    const Lanes shifted = u * kLog2e + kRoundMagic;
    const Lanes n = shifted - kRoundMagic;
    const Lanes r = (u - n * kLn2High) - n * kLn2Low;
    constexpr Scalar kInverseFactorials[]
        = {1.0 / 2,       1.0 / 6,        1.0 / 24,        1.0 / 120,
           1.0 / 720,     1.0 / 5040,     1.0 / 40320,     1.0 / 362880,
           1.0 / 3628800, 1.0 / 39916800, 1.0 / 479001600, 1.0 / 6227020800};
    Lanes q = broadcast(kInverseFactorials[11]);
    for (int i = 10; i >= 0; --i)
        q = q * r + kInverseFactorials[i];
    return {shifted, r, q};
}

inline Lanes vectorExp(Lanes u)
{
    const ExpReduction e = reduceExp(u);
    const Lanes expR = 1.0 + (e.r + (e.r * e.r) * e.q);
    return expR * powerOfTwo(e.shifted);
}

// expm1(u) = 2^n (r + r^2 q(r)) + (2^n - 1) with vectorExp's reduction: for |u| <= ln2 / 2 (n = 0)
// this is r + r^2 q(r) itself, so small arguments keep their relative precision. |u| <= 700.
inline Lanes vectorExpm1(Lanes u)
{
    const ExpReduction e = reduceExp(u);
    const Lanes p = e.r + (e.r * e.r) * e.q;
    const Lanes scale = powerOfTwo(e.shifted);
    return scale * p + (scale - 1.0);
}

// tanh(z) = sign(z) * -m / (m + 2), m = expm1(-2|z|) in (-1, 0]: within a few ulps of np.tanh,
// and of its relative precision near 0. |z| > 350 gives exactly +-1, NaN stays NaN.
inline Lanes vectorTanh(Lanes z)
{
    const Lanes zero{};
    const Lanes magnitude = z < zero ? -z : z;
    Lanes u = -2.0 * magnitude;
    u = u < -kVectorExpLimit ? broadcast(-kVectorExpLimit) : u;
    const Lanes m = vectorExpm1(u);
    const Lanes t = -m / (m + 2.0);
    return z < zero ? -t : t;
}

// The hidden sigmoid 1 / (1 + exp(-z)); lanes beyond the vector exp's range (or NaN) go to
// std::exp, as in sigmoidRow, so saturation is numpy's.
inline Lanes vectorSigmoid(Lanes z)
{
    const Lanes u = -z;
    const auto outside = (u > kVectorExpLimit) | (u < -kVectorExpLimit) | (u != u);
    bool anyOutside = false;
    for (Eigen::Index t = 0; t < kLaneCount; ++t)
        anyOutside = anyOutside || outside[t] != 0;
    if (!anyOutside)
        return 1.0 / (1.0 + vectorExp(u));
    Lanes a;
    for (Eigen::Index t = 0; t < kLaneCount; ++t)
        a[t] = 1.0 / (1.0 + std::exp(-z[t]));
    return a;
}

// g(z) of a hidden layer, lane by lane.
template <Activation G> inline Lanes activate(Lanes z)
{
    const Lanes zero{};
    if constexpr (G == Activation::Relu)
        return z < zero ? zero : z; // np.maximum(0, z): NaN stays NaN
    else if constexpr (G == Activation::LeakyRelu)
        return z > zero ? z : z * kLeakyReluSlope; // np.where(z > 0, z, 0.01 * z)
    else if constexpr (G == Activation::Tanh)
        return vectorTanh(z);
    else
        return vectorSigmoid(z);
}

// dZ = dA * g'(z), g' written from the stored a = g(z) as the numpy reference does.
template <Activation G> inline Lanes activationGradient(Lanes dA, Lanes a)
{
    const Lanes zero{};
    if constexpr (G == Activation::Relu)
        return a > zero ? dA : dA * zero; // the notebook's dA * int64(a > 0)
    else if constexpr (G == Activation::LeakyRelu)
        return a > zero ? dA : dA * kLeakyReluSlope;
    else if constexpr (G == Activation::Tanh)
        return dA * (1.0 - a * a);
    else
        return dA * (a * (1.0 - a));
}

// Calls f(std::integral_constant<Activation, G>) for the run-time activation, so each kernel is
// compiled once per activation with g inlined.
template <typename F> inline void withActivation(Activation activation, F&& f)
{
    switch (activation) {
    case Activation::Relu:
        return f(std::integral_constant<Activation, Activation::Relu>{});
    case Activation::Tanh:
        return f(std::integral_constant<Activation, Activation::Tanh>{});
    case Activation::Sigmoid:
        return f(std::integral_constant<Activation, Activation::Sigmoid>{});
    case Activation::LeakyRelu:
        return f(std::integral_constant<Activation, Activation::LeakyRelu>{});
    }
    throw std::invalid_argument("unknown activation");
}

} // namespace initviz::detail
