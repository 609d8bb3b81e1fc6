#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <span>

namespace hearth::demo {

// The demo's random numbers: xoshiro256** seeded through SplitMix64. Both algorithms are fully
// specified bit operations, and every mapping below is integer arithmetic, so the same seed gives
// the same data with any compiler and standard library (std:: distributions do not promise that).
class DemoRandom
{
public:
    explicit DemoRandom(std::uint64_t seed)
    {
        for (auto& word : m_state) {
            word = splitMix(seed);
        }
    }

    // An independent stream for one step (and one item of it), so adding a step or drawing one
    // more number in one step does not change what the other steps generate.
    static DemoRandom stream(std::uint64_t seed, std::uint64_t step, std::uint64_t item = 0)
    {
        std::uint64_t mixed = seed;
        mixed = splitMix(mixed) ^ (step * 0x9E3779B97F4A7C15ULL);
        mixed = splitMix(mixed) ^ (item * 0xD1B54A32D192ED03ULL);
        return DemoRandom(splitMix(mixed));
    }

    static std::uint64_t splitMix(std::uint64_t& state)
    {
        std::uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

    std::uint64_t next()
    {
        const std::uint64_t result = rotl(m_state[1] * 5, 7) * 9;
        const std::uint64_t t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }

    // 0 … n-1 (n > 0). The modulo bias is below 2^-40 for the small n used here.
    int below(int n) { return n <= 1 ? 0 : static_cast<int>((next() >> 11) % static_cast<std::uint64_t>(n)); }
    // low … high, both included.
    int between(int low, int high) { return high <= low ? low : low + below(high - low + 1); }
    // True with probability percent / 100, or perMille / 1000.
    bool percent(int percent) { return below(100) < percent; }
    bool perMille(int perMille) { return below(1000) < perMille; }

    // An index chosen with the given integer weights.
    int weighted(std::span<const int> weights)
    {
        int total = 0;
        for (const int weight : weights) {
            total += weight;
        }
        int draw = below(total);
        for (std::size_t i = 0; i < weights.size(); ++i) {
            if (draw < weights[i]) {
                return static_cast<int>(i);
            }
            draw -= weights[i];
        }
        return static_cast<int>(weights.size()) - 1;
    }
    int weighted(std::initializer_list<int> weights)
    {
        return weighted(std::span<const int>(weights.begin(), weights.size()));
    }

    // An index skewed towards the start of a list (the first entries are the common ones): the
    // smallest of three uniform draws, so entry 0 is about three times as likely as the average
    // entry and the last entries are rare.
    int skewed(int n) { return n <= 1 ? 0 : std::min({below(n), below(n), below(n)}); }

    template <class T>
    const T& pick(std::span<const T> items)
    {
        return items[static_cast<std::size_t>(below(static_cast<int>(items.size())))];
    }

private:
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

    std::uint64_t m_state[4] {};
};

} // namespace hearth::demo
