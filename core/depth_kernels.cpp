// SPDX-License-Identifier: GPL-3.0-or-later
// The depth experiment's layer products. A tile is two output rows by kVectors registers of
// samples: 2 x 5 accumulators with the five loaded sample vectors and two broadcast weights fill
// AVX2's 16 registers, so every FMA's operands come from registers or one load (about 95% of
// the FMA peak on the development machine, against 50% for the training kernels, which are
// shaped for layers of a few units). The samples of a chunk are first copied to a contiguous
// tile, the weights are packed by packWeights, and both are then read in order.
#include "core/depth_kernels.h"

#include "core/vector_math.h"

#include <algorithm>
#include <cstdint>
#include <mutex>
#include <stdexcept>

namespace initviz::depth_detail {

namespace {
using namespace detail;

constexpr int kRows = 2; // output rows per tile
constexpr int kVectors = 5; // sample registers per tile
constexpr Eigen::Index kChunk = kVectors * kLaneCount;
constexpr Eigen::Index kLineScalars = 64 / sizeof(Scalar); // per cache line

// x in every lane. (vector_math.h's broadcast adds x to a zero vector, which costs a scalar add
// per weight here: -0.0 + 0.0 is +0.0, so the compiler may not drop it; x - 0.0 is always x.)
inline Lanes splat(Scalar x)
{
    return x - Lanes{};
}

// Entries of a panel layout of `rows` x `inner` coefficients: panels of kRows rows, each holding
// for k = 0..inner-1 the pair coefficient(p kRows + 0, k), coefficient(p kRows + 1, k). A last
// odd row is paired with zeros.
Eigen::Index panelEntries(Eigen::Index rows, Eigen::Index inner)
{
    return (rows + kRows - 1) / kRows * kRows * inner;
}

Eigen::Index panelIndex(Eigen::Index row, Eigen::Index k, Eigen::Index inner)
{
    return (row / kRows) * kRows * inner + k * kRows + row % kRows;
}

constexpr std::size_t kPoolBytes = std::size_t{128} << 20;

struct BufferPool {
    std::mutex mutex;
    std::vector<std::vector<Scalar>> buffers;
    std::size_t bytes = 0;
};

BufferPool& bufferPool()
{
    static BufferPool pool;
    return pool;
}

// Asks the caches for the line holding *p. (GCC 12 deletes loops whose body is only
// __builtin_prefetch; an asm statement it must keep.)
inline void prefetch(const Scalar* p)
{
#if defined(__x86_64__) || defined(__i386__)
    asm volatile("prefetcht0 (%0)" : : "r"(p));
#else
    __builtin_prefetch(p);
#endif
}

// Asks the caches for the lines of one chunk of a row.
inline void prefetchChunk(const Scalar* row)
{
    for (Eigen::Index e = 0; e < kChunk; e += kLineScalars)
        prefetch(row + e);
    prefetch(row + kChunk - 1); // the chunk need not start a line
}

// For every chunk of samples in [first, last): copies in(k, chunk) for k < inner to `tile`, then
// for each panel sums coefficient(r, k) in(k, s) over k in order into registers and hands each
// row's registers to finish(row, sample offset, sums). Before a panel's sums, ahead(row, sample
// offset) is called with the first row of the panel after it (and before the tile's copy, with
// row 0), for what finish will read.
template <typename Finish, typename Ahead>
void multiply(const Scalar* packed, Eigen::Index rows, Eigen::Index inner, const Scalar* in,
              Eigen::Index stride, Eigen::Index first, Eigen::Index last, std::vector<Scalar>& tile,
              Finish&& finish, Ahead&& ahead)
{
    if (first % kChunk != 0 || last % kChunk != 0 || last > stride)
        throw std::invalid_argument("depth kernels: a sample range off the chunk grid");
    // The tile from a 64-byte boundary, so that no load of it straddles two cache lines.
    constexpr std::size_t kAlign = 64 / sizeof(Scalar);
    tile.resize(static_cast<std::size_t>(inner * kChunk) + kAlign);
    const auto misalignment = reinterpret_cast<std::uintptr_t>(tile.data()) % 64 / sizeof(Scalar);
    Scalar* __restrict t = tile.data() + (misalignment == 0 ? 0 : kAlign - misalignment);
    for (Eigen::Index s0 = first; s0 < last; s0 += kChunk) {
        ahead(0, s0);
        for (Eigen::Index k = 0; k < inner; ++k) {
            for (int q = 0; q < kVectors; ++q)
                store(t + k * kChunk + q * kLaneCount, load(in + k * stride + s0 + q * kLaneCount));
        }
        for (Eigen::Index r0 = 0; r0 < rows; r0 += kRows) {
            if (r0 + kRows < rows)
                ahead(r0 + kRows, s0);
            const Scalar* __restrict w = packed + r0 * inner;
            Lanes acc[kRows][kVectors] = {};
            for (Eigen::Index k = 0; k < inner; ++k) {
                Lanes x[kVectors];
                for (int q = 0; q < kVectors; ++q)
                    x[q] = load(t + k * kChunk + q * kLaneCount);
                for (int r = 0; r < kRows; ++r) {
                    const Lanes coefficient = splat(w[k * kRows + r]);
                    for (int q = 0; q < kVectors; ++q)
                        acc[r][q] += coefficient * x[q];
                }
            }
            for (int r = 0; r < kRows && r0 + r < rows; ++r)
                finish(r0 + r, s0, acc[r]);
        }
    }
}
} // namespace

Eigen::Index sampleChunk()
{
    return kChunk;
}

Eigen::Index paddedSamples(Eigen::Index samples)
{
    return (samples + kChunk - 1) / kChunk * kChunk;
}

void PackedWeights::set(Eigen::Index j, Eigen::Index k, Scalar w)
{
    forward[panelIndex(j, k, inputs)] = w;
    backward[panelIndex(k, j, units)] = w;
}

PackedNetwork::PackedNetwork(const std::vector<int>& dims)
{
    std::vector<Eigen::Index> offsets;
    Eigen::Index size = 0;
    for (std::size_t l = 1; l < dims.size(); ++l) {
        offsets.push_back(size);
        size += panelEntries(dims[l], dims[l - 1]) + panelEntries(dims[l - 1], dims[l]);
    }
    storage_ = takeBuffer(static_cast<std::size_t>(size));
    for (std::size_t l = 1; l < dims.size(); ++l) {
        PackedWeights layer;
        layer.units = dims[l];
        layer.inputs = dims[l - 1];
        layer.forward = storage_.data() + offsets[l - 1];
        layer.backward = layer.forward + panelEntries(layer.units, layer.inputs);
        // The zeros that pair a last odd row (set() never writes them).
        if (layer.units % kRows != 0) {
            for (Eigen::Index k = 0; k < layer.inputs; ++k)
                layer.forward[panelIndex(layer.units, k, layer.inputs)] = 0.0;
        }
        if (layer.inputs % kRows != 0) {
            for (Eigen::Index j = 0; j < layer.units; ++j)
                layer.backward[panelIndex(layer.inputs, j, layer.units)] = 0.0;
        }
        layers_.push_back(layer);
    }
}

PackedNetwork::~PackedNetwork()
{
    returnBuffer(std::move(storage_));
}

std::vector<Scalar> takeBuffer(std::size_t size)
{
    BufferPool& pool = bufferPool();
    {
        const std::lock_guard lock(pool.mutex);
        // The smallest kept buffer that is large enough.
        auto best = pool.buffers.end();
        for (auto it = pool.buffers.begin(); it != pool.buffers.end(); ++it) {
            if (it->capacity() >= size
                && (best == pool.buffers.end() || it->capacity() < best->capacity()))
                best = it;
        }
        if (best != pool.buffers.end()) {
            std::vector<Scalar> buffer = std::move(*best);
            pool.buffers.erase(best);
            pool.bytes -= buffer.capacity() * sizeof(Scalar);
            buffer.resize(size); // within capacity: no allocation
            return buffer;
        }
    }
    return std::vector<Scalar>(size);
}

void returnBuffer(std::vector<Scalar>&& buffer)
{
    BufferPool& pool = bufferPool();
    const std::size_t bytes = buffer.capacity() * sizeof(Scalar);
    const std::lock_guard lock(pool.mutex);
    if (bytes == 0 || pool.bytes + bytes > kPoolBytes)
        return; // freed with `buffer`
    pool.bytes += bytes;
    pool.buffers.push_back(std::move(buffer));
}

void forwardLayer(const PackedWeights& W, Activation g, bool activate, const Scalar* in,
                  Scalar* out, Eigen::Index stride, Eigen::Index first, Eigen::Index last,
                  std::vector<Scalar>& tile)
{
    withActivation(g, [&](auto activation) {
        constexpr Activation G = decltype(activation)::value;
        multiply(
            W.forward, W.units, W.inputs, in, stride, first, last, tile,
            [&](Eigen::Index j, Eigen::Index s0, const Lanes* sums) {
                Scalar* o = out + j * stride + s0;
                for (int q = 0; q < kVectors; ++q)
                    store(o + q * kLaneCount, activate ? detail::activate<G>(sums[q]) : sums[q]);
            },
            [](Eigen::Index, Eigen::Index) {});
    });
}

void backwardLayer(const PackedWeights& W, Activation g, const Scalar* dZ, const Scalar* previous,
                   Scalar* dPrevious, Eigen::Index stride, Eigen::Index first, Eigen::Index last,
                   std::vector<Scalar>& tile)
{
    withActivation(g, [&](auto activation) {
        constexpr Activation G = decltype(activation)::value;
        multiply(
            W.backward, W.inputs, W.units, dZ, stride, first, last, tile,
            [&](Eigen::Index k, Eigen::Index s0, const Lanes* sums) {
                const Scalar* a = previous + k * stride + s0;
                Scalar* o = dPrevious + k * stride + s0;
                for (int q = 0; q < kVectors; ++q)
                    store(o + q * kLaneCount,
                          activationGradient<G>(sums[q], load(a + q * kLaneCount)));
            },
            // The stored activations come from the forward pass, long out of the caches:
            // fetched a panel ahead, their loads do not stall the finish.
            [&](Eigen::Index k0, Eigen::Index s0) {
                static_assert(kRows == 2);
                prefetchChunk(previous + k0 * stride + s0);
                if (k0 + 1 < W.inputs)
                    prefetchChunk(previous + (k0 + 1) * stride + s0);
            });
    });
}

} // namespace initviz::depth_detail
