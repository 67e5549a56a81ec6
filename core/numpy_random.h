// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <utility>

namespace initviz {

/// numpy's legacy `RandomState`, bit for bit: MT19937 seeded like `np.random.seed(s)`, 53-bit
/// doubles from two 32-bit words, polar Box-Muller normals with numpy's one-value cache, and the
/// masked-rejection shuffle. The notebook's data and weights come from this generator, so every
/// figure InitViz reproduces depends on it matching numpy exactly.
class NumpyRandom {
public:
    explicit NumpyRandom(std::uint32_t seed = 0);

    /// `np.random.seed(seed)`: reseeds MT19937 and clears the cached normal deviate.
    void seed(std::uint32_t seed);

    std::uint32_t nextUint32()
    {
        if (next_ == kStateSize)
            refill();
        return output_[next_++];
    }
    /// `np.random.random_sample()`: a double in [0, 1).
    double nextDouble();
    /// `np.random.randn()`.
    double standardNormal();
    /// `np.random.normal(loc, scale)` = loc + scale * randn.
    double normal(double loc, double scale);
    /// `np.random.uniform(low, high)` = low + (high - low) * random_sample.
    double uniform(double low, double high);
    /// A uniform integer in [0, max] by numpy's masked rejection (legacy `random_interval`).
    std::uint32_t interval(std::uint32_t max);

    /// `np.random.shuffle` of a 1-D array.
    template <typename T> void shuffle(std::span<T> items)
    {
        for (std::size_t i = items.size(); i-- > 1;) {
            const std::size_t j = interval(static_cast<std::uint32_t>(i));
            using std::swap;
            swap(items[i], items[j]);
        }
    }

private:
    static constexpr std::size_t kStateSize = 624; // MT19937's n

    /// The next 624 outputs at once: the twist and the tempering over whole arrays, which the
    /// compiler vectorises (the same words as std::mt19937 gives one at a time, three times
    /// faster).
    void refill();

    std::array<std::uint32_t, kStateSize> state_{};
    std::array<std::uint32_t, kStateSize> output_{}; ///< tempered, handed out in order
    std::size_t next_ = kStateSize;
    bool hasGauss_ = false;
    double gauss_ = 0.0;
};

} // namespace initviz
