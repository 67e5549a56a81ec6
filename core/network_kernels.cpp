// SPDX-License-Identifier: GPL-3.0-or-later
// The network's kernels: the forward and backward products over samples in SIMD lanes, sliced so a
// stop request is seen within a second, and the vectorised sigmoid. Network and PointPredictor
// (core/network.cpp) run on them.
#include "core/network_kernels.h"

#include "core/network.h"
#include "core/vector_math.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <optional>
#include <stdexcept>
#include <stop_token>
#include <type_traits>
#include <utility>

namespace initviz {

namespace {
// The kernels' pointers never alias (distinct buffers): __restrict lets GCC and Clang vectorise
// their loops without run-time overlap checks.
// Samples processed together by the kernels: four AVX-512 registers (eight AVX2 ones) of doubles,
// enough independent accumulators to hide the FMA latency.
constexpr Eigen::Index kChunk = 32;
// Issue 15: a product larger than this many multiply-adds (a few milliseconds) is computed in
// slices, with a stop request checked between them, so that Stop takes effect within a second
// even on the largest network accepted. Every sample (and every row of dW) is computed by the same
// instructions whatever the slicing, so results do not change.
constexpr double kMultiplyAddsPerStopCheck = 2e7;

// sigmoid = 1 / (1 + np.exp(-z)).
inline Scalar sigmoid(Scalar z)
{
    return 1.0 / (1.0 + std::exp(-z));
}
// Calls f(std::integral_constant<int, N>) with N == n for the narrow widths of classroom networks
// (the kernels' short loops then unroll and their accumulators stay in registers), or with N == 0,
// meaning "use the run-time width", for wider layers. One generic kernel serves both.
constexpr int kMaxUnrolledWidth = 12;

template <int N = 1, typename F> inline void withWidth(Eigen::Index n, F&& f)
{
    if constexpr (N > kMaxUnrolledWidth) {
        f(std::integral_constant<int, 0>{});
    } else {
        if (n == N)
            f(std::integral_constant<int, N>{});
        else
            withWidth<N + 1>(n, std::forward<F>(f));
    }
}

// The vector arithmetic (Lanes, vectorExp, the activations) lives in core/vector_math.h.
using namespace detail;

constexpr int kVectors = static_cast<int>(kChunk / kLaneCount); // per chunk of samples

// Wide layers (the run-time width path) compute this many outputs (or, backwards, inputs) at once
// per chunk of samples, so each activation loaded from memory feeds that many FMAs: 4 x 4
// AVX-512 accumulators plus 4 loaded vectors fit the 32 registers. Narrower vectors have more
// of them per chunk, and no registers to spare. Each output still sums over k in the same order,
// so the results are the same to the bit.
constexpr int kRowBlock = kLaneCount >= 8 ? 4 : 1;

// out(j, s) = sum_k W(j, k) in(k, s) + b(j), then g if asked: the notebook's np.dot(W, A) + b.
// Rows are `stride` samples long; every sample of the padded width is computed.
template <int FixedInputs, bool Activate, Activation G>
void affineKernel(const Matrix& W, const Vector& b, const Scalar* __restrict in,
                  Scalar* __restrict out, Eigen::Index stride, Eigen::Index first,
                  Eigen::Index last)
{
    const Eigen::Index outputs = W.rows();
    const Eigen::Index inputs = FixedInputs > 0 ? FixedInputs : W.cols();
    // `count` outputs from j on, for the chunk of samples from s0.
    const auto outputRows = [&](Eigen::Index s0, Eigen::Index j, auto count) {
        constexpr int kRows = decltype(count)::value;
        Lanes acc[kRows][kVectors] = {};
        for (Eigen::Index k = 0; k < inputs; ++k) {
            const Scalar* a = in + k * stride + s0;
            Lanes activation[kVectors];
            for (int q = 0; q < kVectors; ++q)
                activation[q] = load(a + q * kLaneCount);
            for (int r = 0; r < kRows; ++r) {
                const Lanes w = broadcast(W(j + r, k));
                for (int q = 0; q < kVectors; ++q)
                    acc[r][q] += w * activation[q];
            }
        }
        for (int r = 0; r < kRows; ++r) {
            const Lanes bias = broadcast(b(j + r));
            Scalar* o = out + (j + r) * stride + s0;
            for (int q = 0; q < kVectors; ++q) {
                Lanes z = acc[r][q] + bias;
                if constexpr (Activate)
                    z = activate<G>(z);
                store(o + q * kLaneCount, z);
            }
        }
    };
    for (Eigen::Index s0 = first; s0 < last; s0 += kChunk) {
        Eigen::Index j = 0;
        if constexpr (FixedInputs == 0) {
            for (; j + kRowBlock <= outputs; j += kRowBlock)
                outputRows(s0, j, std::integral_constant<int, kRowBlock>{});
        }
        for (; j < outputs; ++j)
            outputRows(s0, j, std::integral_constant<int, 1>{});
    }
}

// Samples per slice of a product costing `multiplyAddsPerSample` per sample: a whole number of
// chunks, all `stride` samples when the product is small.
Eigen::Index samplesPerSlice(Eigen::Index stride, Eigen::Index multiplyAddsPerSample)
{
    const double chunks = kMultiplyAddsPerStopCheck
        / (static_cast<double>(std::max<Eigen::Index>(1, multiplyAddsPerSample)) * kChunk);
    if (chunks * kChunk >= static_cast<double>(stride))
        return stride;
    return std::max<Eigen::Index>(1, static_cast<Eigen::Index>(chunks)) * kChunk;
}

bool stopRequested(const std::stop_token* stop)
{
    return stop != nullptr && stop->stop_requested();
}

// Returns false if a stop request cut the product short (`out` is then incomplete).
bool affine(const Matrix& W, const Vector& b, const Scalar* in, Scalar* out, Eigen::Index stride,
            std::optional<Activation> activation, const std::stop_token* stop)
{
    const Eigen::Index slice = samplesPerSlice(stride, W.rows() * W.cols());
    for (Eigen::Index first = 0; first < stride; first += slice) {
        if (first > 0 && stopRequested(stop))
            return false;
        const Eigen::Index last = std::min(stride, first + slice);
        withWidth(W.cols(), [&](auto inputs) {
            if (!activation) {
                affineKernel<inputs(), false, Activation::Relu>(W, b, in, out, stride, first, last);
                return;
            }
            withActivation(*activation, [&](auto g) {
                affineKernel<inputs(), true, g()>(W, b, in, out, stride, first, last);
            });
        });
    }
    return true;
}

// dPrevious(k, s) = (sum_j W(j, k) dZ(j, s)) * g'(A_previous(k, s)): np.dot(W.T, dZ) times the
// derivative, e.g. the ReLU mask. Masked-out values are multiplied by 0 rather than replaced, so
// NaN and inf still turn into NaN as in numpy's multiplication by np.int64(A > 0).
template <int FixedOutputs, Activation G>
void backpropagateKernel(const Matrix& W, const Scalar* __restrict dZ,
                         const Scalar* __restrict previous, Scalar* __restrict dPrevious,
                         Eigen::Index stride, Eigen::Index first, Eigen::Index last)
{
    const Eigen::Index outputs = FixedOutputs > 0 ? FixedOutputs : W.rows();
    const Eigen::Index inputs = W.cols();
    // `count` inputs from k on, for the chunk of samples from s0.
    const auto inputRows = [&](Eigen::Index s0, Eigen::Index k, auto count) {
        constexpr int kRows = decltype(count)::value;
        Lanes acc[kRows][kVectors] = {};
        for (Eigen::Index j = 0; j < outputs; ++j) {
            const Scalar* d = dZ + j * stride + s0;
            Lanes delta[kVectors];
            for (int q = 0; q < kVectors; ++q)
                delta[q] = load(d + q * kLaneCount);
            for (int r = 0; r < kRows; ++r) {
                const Lanes w = broadcast(W(j, k + r));
                for (int q = 0; q < kVectors; ++q)
                    acc[r][q] += w * delta[q];
            }
        }
        for (int r = 0; r < kRows; ++r) {
            const Scalar* a = previous + (k + r) * stride + s0;
            Scalar* o = dPrevious + (k + r) * stride + s0;
            for (int q = 0; q < kVectors; ++q) {
                const Lanes activation = load(a + q * kLaneCount);
                store(o + q * kLaneCount, activationGradient<G>(acc[r][q], activation));
            }
        }
    };
    for (Eigen::Index s0 = first; s0 < last; s0 += kChunk) {
        Eigen::Index k = 0;
        if constexpr (FixedOutputs == 0) {
            for (; k + kRowBlock <= inputs; k += kRowBlock)
                inputRows(s0, k, std::integral_constant<int, kRowBlock>{});
        }
        for (; k < inputs; ++k)
            inputRows(s0, k, std::integral_constant<int, 1>{});
    }
}
// The lanes of a partial sum, added in a fixed tree.
template <Eigen::Index First = 0, Eigen::Index Count = kLaneCount> inline Scalar sumLanes(Lanes v)
{
    if constexpr (Count == 1)
        return v[First];
    else
        return sumLanes<First, Count / 2>(v) + sumLanes<First + Count / 2, Count / 2>(v);
}

// The bias gradient db(j) = sum_s dZ(j, s) adds up in one order on every machine: eight partial
// sums, the i-th of samples i, i + 8, i + 16, ..., then ((0 + 1) + (2 + 3)) +
// ((4 + 5) + (6 + 7)), as an AVX-512 register's lanes add up. The bias gradient's rounding then
// does not depend on the vector width: the zeros run's output unit, whose dZ_L holds +-0.5/m for
// as many red as blue points, sums to exactly 0 in this order, keeps a_L = 0.5 and the
// notebook's cost at ln 2 to the bit, on AVX2 and SSE2 machines as on AVX-512 ones
// (tst_trainer::zerosNeverBreakSymmetry).
constexpr int kBiasLanes = 8;
constexpr int kBiasVectors = static_cast<int>(kBiasLanes / kLaneCount);
static_assert(kBiasVectors >= 1 && kBiasVectors * kLaneCount == kBiasLanes
              && kChunk % kBiasLanes == 0);

// The eight partial sums, added in the fixed tree.
Scalar sumEights(const Lanes (&partial)[kBiasVectors])
{
    Scalar lanes[kBiasLanes];
    for (int v = 0; v < kBiasVectors; ++v)
        store(lanes + v * kLaneCount, partial[v]);
    return ((lanes[0] + lanes[1]) + (lanes[2] + lanes[3]))
        + ((lanes[4] + lanes[5]) + (lanes[6] + lanes[7]));
}

// dW(j, k) = sum_s dZ(j, s) A(k, s) and db(j) = sum_s dZ(j, s), over the padded rows (whose
// padding is zero in both). dW's sums run in SIMD lanes, so their order differs from numpy's in
// the last bits, as BLAS's own order does; db's run in eights (above) on every machine.
template <int FixedInputs>
void weightGradientKernel(const Scalar* __restrict dZ, const Scalar* __restrict previous,
                          Matrix& dW, Vector& db, Eigen::Index stride, Eigen::Index firstRow,
                          Eigen::Index lastRow)
{
    constexpr Eigen::Index kBlock = 4;
    const Eigen::Index inputs = FixedInputs > 0 ? FixedInputs : dW.cols();
    if constexpr (FixedInputs > 0) {
        // Narrow layer: one partial sum per input, all in registers; each dZ load feeds them all.
        for (Eigen::Index j = firstRow; j < lastRow; ++j) {
            const Scalar* d = dZ + j * stride;
            Lanes acc[FixedInputs] = {};
            Lanes bias[kBiasVectors] = {};
            for (Eigen::Index s = 0; s < stride; s += kBiasLanes) {
                for (int v = 0; v < kBiasVectors; ++v) {
                    const Lanes dj = load(d + s + v * kLaneCount);
                    bias[v] += dj;
                    for (int q = 0; q < FixedInputs; ++q)
                        acc[q] += dj * load(previous + q * stride + s + v * kLaneCount);
                }
            }
            for (int q = 0; q < FixedInputs; ++q)
                dW(j, q) = sumLanes(acc[q]);
            db(j) = sumEights(bias);
        }
        return;
    }
    // Wide layer: four inputs at a time with two partial sums each, so each dZ load feeds eight
    // independent FMA chains.
    for (Eigen::Index j = firstRow; j < lastRow; ++j) {
        const Scalar* d = dZ + j * stride;
        Lanes bias[kBiasVectors] = {};
        for (Eigen::Index s = 0; s < stride; s += kBiasLanes) {
            for (int v = 0; v < kBiasVectors; ++v)
                bias[v] += load(d + s + v * kLaneCount);
        }
        db(j) = sumEights(bias);
        Eigen::Index k = 0;
        for (; k + kBlock <= inputs; k += kBlock) {
            Lanes even[kBlock] = {};
            Lanes odd[kBlock] = {};
            const Scalar* a = previous + k * stride;
            for (Eigen::Index s = 0; s < stride; s += 2 * kLaneCount) {
                const Lanes d0 = load(d + s);
                const Lanes d1 = load(d + s + kLaneCount);
                for (Eigen::Index q = 0; q < kBlock; ++q) {
                    even[q] += d0 * load(a + q * stride + s);
                    odd[q] += d1 * load(a + q * stride + s + kLaneCount);
                }
            }
            for (Eigen::Index q = 0; q < kBlock; ++q)
                dW(j, k + q) = sumLanes(even[q] + odd[q]);
        }
        for (; k < inputs; ++k) {
            Lanes even{};
            Lanes odd{};
            const Scalar* a = previous + k * stride;
            for (Eigen::Index s = 0; s < stride; s += 2 * kLaneCount) {
                even += load(d + s) * load(a + s);
                odd += load(d + s + kLaneCount) * load(a + s + kLaneCount);
            }
            dW(j, k) = sumLanes(even + odd);
        }
    }
}
} // namespace

namespace network_detail {

Eigen::Index padded(Eigen::Index samples)
{
    return (samples + kChunk - 1) / kChunk * kChunk;
}
// Returns false if a stop request cut the product short.
bool backpropagate(const Matrix& W, const Scalar* dZ, const Scalar* previous, Scalar* dPrevious,
                   Eigen::Index stride, Activation activation, const std::stop_token* stop)
{
    const Eigen::Index slice = samplesPerSlice(stride, W.rows() * W.cols());
    for (Eigen::Index first = 0; first < stride; first += slice) {
        if (first > 0 && stopRequested(stop))
            return false;
        const Eigen::Index last = std::min(stride, first + slice);
        withWidth(W.rows(), [&](auto outputs) {
            withActivation(activation, [&](auto g) {
                backpropagateKernel<outputs(), g()>(W, dZ, previous, dPrevious, stride, first,
                                                    last);
            });
        });
    }
    return true;
}
// Returns false if a stop request cut the product short (dW is then incomplete). Sliced by rows
// of dW, each of which is computed whole.
bool weightGradient(const Scalar* dZ, const Scalar* previous, Matrix& dW, Vector& db,
                    Eigen::Index stride, const std::stop_token* stop)
{
    const double perRow = static_cast<double>(dW.cols()) * static_cast<double>(stride);
    const Eigen::Index rows = dW.rows();
    const Eigen::Index slice
        = std::max<Eigen::Index>(1, static_cast<Eigen::Index>(kMultiplyAddsPerStopCheck / perRow));
    for (Eigen::Index first = 0; first < rows; first += slice) {
        if (first > 0 && stopRequested(stop))
            return false;
        const Eigen::Index last = std::min(rows, first + slice);
        withWidth(dW.cols(), [&](auto inputs) {
            weightGradientKernel<inputs()>(dZ, previous, dW, db, stride, first, last);
        });
    }
    return true;
}

// Zeroes the samples past m in every row, so that padding never reaches a sum.
void clearPadding(Scalar* rows, Eigen::Index count, Eigen::Index m, Eigen::Index stride)
{
    if (m == stride)
        return;
    for (Eigen::Index r = 0; r < count; ++r)
        std::fill(rows + r * stride + m, rows + (r + 1) * stride, 0.0);
}
bool forwardLayers(const Parameters& parameters, Activation activation,
                   std::vector<SampleRows>& layers, Eigen::Index m, Eigen::Index stride,
                   const std::stop_token* stop)
{
    const std::size_t count = parameters.W.size();
    for (std::size_t l = 0; l < count; ++l) {
        if (stopRequested(stop))
            return false;
        SampleRows& out = layers[l + 1];
        if (!affine(parameters.W[l], parameters.b[l], layers[l].data(), out.data(), stride,
                    l + 1 < count ? std::optional(activation) : std::nullopt, stop))
            return false;
        clearPadding(out.data(), out.rows(), m, stride);
    }
    return true;
}

void sizeLayers(const Parameters& parameters, std::vector<SampleRows>& layers, Eigen::Index stride)
{
    layers.resize(parameters.W.size() + 1);
    layers[0].resize(parameters.W.front().cols(), stride);
    for (std::size_t l = 0; l < parameters.W.size(); ++l)
        layers[l + 1].resize(parameters.W[l].rows(), stride);
}

void loadInput(const Matrix& X, SampleRows& input, Eigen::Index m)
{
    input.leftCols(m) = X;
    input.rightCols(input.cols() - m).setZero();
}

} // namespace network_detail

void sigmoidRow(const Scalar* z, Scalar* a, Eigen::Index count)
{
    Eigen::Index s = 0;
    for (; s + kLaneCount <= count; s += kLaneCount) {
        const Lanes u = -load(z + s);
        // Near overflow, underflow or NaN, std::exp decides (sigmoid is then exactly 0 or 1 as in
        // numpy); everywhere else the vector exp is within an ulp or so of it.
        const auto outside = (u > kVectorExpLimit) | (u < -kVectorExpLimit) | (u != u);
        bool anyOutside = false;
        for (Eigen::Index t = 0; t < kLaneCount; ++t)
            anyOutside = anyOutside || outside[t] != 0;
        if (anyOutside) {
            for (Eigen::Index t = 0; t < kLaneCount; ++t)
                a[s + t] = sigmoid(z[s + t]);
        } else {
            store(a + s, 1.0 / (1.0 + vectorExp(u)));
        }
    }
    for (; s < count; ++s)
        a[s] = sigmoid(z[s]);
}

} // namespace initviz
